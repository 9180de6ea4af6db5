<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the workspace</source>
        <translation>Back up the workspace</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>A copy of the database, photos, reports and keys, checked after writing. Choose an empty folder on another disk or a USB stick, and keep it locked away: it holds the county's root key (locked by its passphrase).</source>
        <translation>A copy of the database, photos, reports and keys, checked after writing. Choose an empty folder on another disk or a USB stick, and keep it locked away: it holds the county's root key (locked by its passphrase).</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Back up &amp;into</source>
        <translation>Back up &amp;into</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Remind me after</source>
        <translation>&amp;Remind me after</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>&lt;p&gt;The county needs its root certificate before it can sign assignment packages and issue certificates to its inspectors. Its key stays in this workspace, locked with the passphrase you choose now.&lt;/p&gt;&lt;p&gt;Keep the passphrase where the bureau keeps its seals: without it no package can be signed, and it cannot be recovered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The county needs its root certificate before it can sign assignment packages and issue certificates to its inspectors. Its key stays in this workspace, locked with the passphrase you choose now.&lt;/p&gt;&lt;p&gt;Keep the passphrase where the bureau keeps its seals: without it no package can be signed, and it cannot be recovered.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create the root certificate</source>
        <translation>&amp;Create the root certificate</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Badge No.</source>
        <translation>Badge No.</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Issue a certificate…</source>
        <translation>&amp;Issue a certificate…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>&amp;Export the root certificate…</source>
        <translation>&amp;Export the root certificate…</translation>
    </message>
    <message>
        <source>Root certificate: %1, serial %2, valid until %3.</source>
        <translation>Root certificate: %1, serial %2, valid until %3.</translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <translation>Revoked %1: %2</translation>
    </message>
    <message>
        <source>Valid, expires within %1 days</source>
        <translation>Valid, expires within %1 days</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Creating the root certificate…</source>
        <translation>Creating the root certificate…</translation>
    </message>
    <message>
        <source>The root certificate is set up (serial %1).</source>
        <translation>The root certificate is set up (serial %1).</translation>
    </message>
    <message>
        <source>Issuing the certificate…</source>
        <translation>Issuing the certificate…</translation>
    </message>
    <message>
        <source>Certificate %1 written to %2. Hand the file and its passphrase to the inspector separately.</source>
        <translation>Certificate %1 written to %2. Hand the file and its passphrase to the inspector separately.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revoking…</translation>
    </message>
    <message>
        <source>Certificate %1 is revoked.</source>
        <translation>Certificate %1 is revoked.</translation>
    </message>
    <message>
        <source>Export the root certificate</source>
        <translation>Export the root certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Certificates (*.pem)</translation>
    </message>
    <message>
        <source>Root certificate written to %1. Add it to the trusted certificates of the PDF reader (Adobe Acrobat: Preferences → Signatures → Identities &amp; Trusted Certificates).</source>
        <translation>Root certificate written to %1. Add it to the trusted certificates of the PDF reader (Adobe Acrobat: Preferences → Signatures → Identities &amp; Trusted Certificates).</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Export PNG…</source>
        <extracomment>Colours that stay apart when printed in grey: green for good, red for bad, grey for none.</extracomment>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>CitationFields</name>
    <message>
        <source>These findings cite no confirmed rule yet. Check the proposed rule against the published text, then confirm or rewrite it:</source>
        <translation>These findings cite no confirmed rule yet. Check the proposed rule against the published text, then confirm or rewrite it:</translation>
    </message>
    <message>
        <source>Document in 《》 and its article or clause</source>
        <translation>Document in 《》 and its article or clause</translation>
    </message>
</context>
<context>
    <name>CountyFields</name>
    <message>
        <source>for example 青岚县</source>
        <translation>for example 青岚县</translation>
    </message>
    <message>
        <source>six digits, optional</source>
        <translation>six digits, optional</translation>
    </message>
    <message>
        <source>for example 青岚县自然资源局</source>
        <translation>for example 青岚县自然资源局</translation>
    </message>
    <message>
        <source>&amp;County</source>
        <translation>&amp;County</translation>
    </message>
    <message>
        <source>Area c&amp;ode</source>
        <translation>Area c&amp;ode</translation>
    </message>
    <message>
        <source>&amp;Bureau</source>
        <translation>&amp;Bureau</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
</context>
<context>
    <name>CountySetupDialog</name>
    <message>
        <source>New county workspace</source>
        <translation>New county workspace</translation>
    </message>
    <message>
        <source>The county office's workspace: registers, draws, packages out and in, notices. Next, import the mine and inspector registers and set up the root certificate (File → Certificates).</source>
        <translation>The county office's workspace: registers, draws, packages out and in, notices. Next, import the mine and inspector registers and set up the root certificate (File → Certificates).</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>Creating the workspace…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Listing targets…</source>
        <translation>Listing targets…</translation>
    </message>
    <message>
        <source>Record publication…</source>
        <translation>Record publication…</translation>
    </message>
    <message>
        <source>Mines checked</source>
        <translation>Mines checked</translation>
    </message>
    <message>
        <source>Findings per checklist group</source>
        <translation>Findings per checklist group</translation>
    </message>
    <message>
        <source>Green-mine list per town</source>
        <translation>Green-mine list per town</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <translation>Sent, no answer</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>Drawn on</source>
        <translation>Drawn on</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Referrals per department</source>
        <translation>Referrals per department</translation>
    </message>
    <message>
        <source>Publication of results (within 20 working days of the check)</source>
        <translation>Publication of results (within 20 working days of the check)</translation>
    </message>
    <message>
        <source>All draws</source>
        <translation>All draws</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>none overdue</translation>
    </message>
    <message>
        <source>Checked %1 of %2 mines drawn · pass rate %3 · open rectifications %4 (%5)</source>
        <translation>Checked %1 of %2 mines drawn · pass rate %3 · open rectifications %4 (%5)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>On the list</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>%1 day(s) overdue</source>
        <translation>%1 day(s) overdue</translation>
    </message>
    <message>
        <source>To publish</source>
        <translation>To publish</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Published: %1</translation>
    </message>
    <message>
        <source>Publication of %1</source>
        <translation>Publication of %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>The bureau's website</source>
        <translation>The bureau's website</translation>
    </message>
</context>
<context>
    <name>DeadlinePreview</name>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (provisional)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Deadline: %1, provisional. The holiday schedule for %2 is not entered yet, so its working days are counted Monday to Friday. You can issue the notice; the deadline is reckoned again when the schedule is entered.</source>
        <translation>Deadline: %1, provisional. The holiday schedule for %2 is not entered yet, so its working days are counted Monday to Friday. You can issue the notice; the deadline is reckoned again when the schedule is entered.</translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <source>numbers called out, or a published lottery result</source>
        <translation>numbers called out, or a published lottery result</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>names, separated by commas</translation>
    </message>
    <message>
        <source>why the earlier draw is replaced</source>
        <translation>why the earlier draw is replaced</translation>
    </message>
    <message>
        <source>Draw… (Ctrl+D)</source>
        <translation>Draw… (Ctrl+D)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>&amp;Seed</translation>
    </message>
    <message>
        <source>&amp;Witnesses</source>
        <translation>&amp;Witnesses</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Licence No.</source>
        <translation>Licence No.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Drawn at</source>
        <translation>Drawn at</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Mines</source>
        <translation>Mines</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Export record… (Ctrl+E)</source>
        <translation>Export record… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export for publication (PDF)…</source>
        <translation>Export for publication (PDF)…</translation>
    </message>
    <message>
        <source>Assignment package…</source>
        <translation>Assignment package…</translation>
    </message>
    <message>
        <source>Results notice…</source>
        <translation>Results notice…</translation>
    </message>
    <message>
        <source>Verify record</source>
        <translation>Verify record</translation>
    </message>
    <message>
        <source>Draw records</source>
        <translation>Draw records</translation>
    </message>
    <message>
        <source>About to draw for plan “%1”. %2 Seed “%3”, witnesses: %4. Press Draw again to draw.</source>
        <translation>About to draw for plan “%1”. %2 Seed “%3”, witnesses: %4. Press Draw again to draw.</translation>
    </message>
    <message>
        <source>Draw now (Ctrl+D)</source>
        <translation>Draw now (Ctrl+D)</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Drawing…</translation>
    </message>
    <message>
        <source>Drawn: %1 mines. Record %2.</source>
        <translation>Drawn: %1 mines. Record %2.</translation>
    </message>
    <message>
        <source>nothing (a first draw)</source>
        <translation>nothing (a first draw)</translation>
    </message>
    <message>
        <source> (replaced)</source>
        <translation> (replaced)</translation>
    </message>
    <message>
        <source>Export draw record</source>
        <translation>Export draw record</translation>
    </message>
    <message>
        <source>Writing the draw record…</source>
        <translation>Writing the draw record…</translation>
    </message>
    <message>
        <source>Record written to %1</source>
        <translation>Record written to %1</translation>
    </message>
    <message>
        <source>Results notice</source>
        <translation>Results notice</translation>
    </message>
    <message>
        <source>Results notice written to %1 and %2; publish it by %3</source>
        <translation>Results notice written to %1 and %2; publish it by %3</translation>
    </message>
    <message>
        <source>Results notice written to %1 and %2</source>
        <translation>Results notice written to %1 and %2</translation>
    </message>
    <message>
        <source>Writing the results notice…</source>
        <translation>Writing the results notice…</translation>
    </message>
</context>
<context>
    <name>FieldSetupDialog</name>
    <message>
        <source>Set up this laptop for an inspection team</source>
        <translation>Set up this laptop for an inspection team</translation>
    </message>
    <message>
        <source>The county gives each team an assignment package (.gmtask) and each inspector a certificate file (.p12) with its passphrase. Both are checked before anything is made: the package must be signed by the county that issued the certificate, and the certificate's holder must be on the team.</source>
        <translation>The county gives each team an assignment package (.gmtask) and each inspector a certificate file (.p12) with its passphrase. Both are checked before anything is made: the package must be signed by the county that issued the certificate, and the certificate's holder must be on the team.</translation>
    </message>
    <message>
        <source>&amp;Assignment package</source>
        <translation>&amp;Assignment package</translation>
    </message>
    <message>
        <source>Assignment packages (*.gmtask)</source>
        <translation>Assignment packages (*.gmtask)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>C&amp;ertificate file</source>
        <translation>C&amp;ertificate file</translation>
    </message>
    <message>
        <source>Certificate files (*.p12)</source>
        <translation>Certificate files (*.p12)</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Checking the files and setting up…</source>
        <translation>Checking the files and setting up…</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to GreenMine</source>
        <translation>Welcome to GreenMine</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What is this computer for?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;What is this computer for?&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>County office (new county workspace)</source>
        <translation>County office (new county workspace)</translation>
    </message>
    <message>
        <source>Registers, draws, assignment packages out and results in, notices, statistics</source>
        <translation>Registers, draws, assignment packages out and results in, notices, statistics</translation>
    </message>
    <message>
        <source>Inspection team (set up this computer with an assignment package and a certificate file)</source>
        <translation>Inspection team (set up this computer with an assignment package and a certificate file)</translation>
    </message>
    <message>
        <source>Inspections offline, photos, signatures, the return package</source>
        <translation>Inspections offline, photos, signatures, the return package</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Open a workspace</translation>
    </message>
    <message>
        <source>A workspace folder on this computer or a restored backup</source>
        <translation>A workspace folder on this computer or a restored backup</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>A made-up county with a year of spot checks, to look around</source>
        <translation>A made-up county with a year of spot checks, to look around</translation>
    </message>
    <message>
        <source>Making the demo county…</source>
        <translation>Making the demo county…</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Licence No.</source>
        <translation>Licence No.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Issue the notice…</source>
        <translation>Issue the notice…</translation>
    </message>
    <message>
        <source>Served…</source>
        <translation>Served…</translation>
    </message>
    <message>
        <source>Report received…</source>
        <translation>Report received…</translation>
    </message>
    <message>
        <source>Re-check…</source>
        <translation>Re-check…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <source>Send the referral…</source>
        <translation>Send the referral…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <source>Assign a re-inspection…</source>
        <translation>Assign a re-inspection…</translation>
    </message>
    <message>
        <source>A re-inspection package for a team you choose (not drawn)</source>
        <translation>A re-inspection package for a team you choose (not drawn)</translation>
    </message>
    <message>
        <source>Decide on removal…</source>
        <translation>Decide on removal…</translation>
    </message>
    <message>
        <source>Opening cases…</source>
        <translation>Opening cases…</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation>Referral: %1</translation>
    </message>
    <message>
        <source>%1 case(s), %2 overdue</source>
        <translation>%1 case(s), %2 overdue</translation>
    </message>
    <message>
        <source>Choose a case to see its steps.</source>
        <translation>Choose a case to see its steps.</translation>
    </message>
    <message>
        <source>Inspection %1, findings: %2</source>
        <translation>Inspection %1, findings: %2</translation>
    </message>
    <message>
        <source>Green-mine list: %1</source>
        <translation>Green-mine list: %1</translation>
    </message>
    <message>
        <source>Proof of service</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <source>The report is accepted</source>
        <translation>The report is accepted</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Re-inspection package written to %1</source>
        <translation>Re-inspection package written to %1</translation>
    </message>
    <message>
        <source>Removal from the green-mine list</source>
        <translation>Removal from the green-mine list</translation>
    </message>
    <message>
        <source>Remove the mine from the list</source>
        <translation>Remove the mine from the list</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>Holiday schedule</source>
        <translation>Holiday schedule</translation>
    </message>
    <message>
        <source>Replace the year if it is already entered</source>
        <translation>Replace the year if it is already entered</translation>
    </message>
    <message>
        <source>One line a day or a run of days: date, 休 (day off) or 班 (adjusted working day), name. For example:
2027-10-01~2027-10-07,休,国庆节
2027-10-09,班,国庆节</source>
        <translation>One line a day or a run of days: date, 休 (day off) or 班 (adjusted working day), name. For example:
2027-10-01~2027-10-07,休,国庆节
2027-10-09,班,国庆节</translation>
    </message>
    <message>
        <source>&amp;Load CSV…</source>
        <translation>&amp;Load CSV…</translation>
    </message>
    <message>
        <source>&amp;Show as calendar</source>
        <translation>&amp;Show as calendar</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Notice &amp;number</source>
        <translation>Notice &amp;number</translation>
    </message>
    <message>
        <source>Notice &amp;title</source>
        <translation>Notice &amp;title</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 day(s) off (red), %2 adjusted working day(s) (blue). Check them against the notice, then save.</source>
        <translation>%1 day(s) off (red), %2 adjusted working day(s) (blue). Check them against the notice, then save.</translation>
    </message>
    <message>
        <source>Saving the schedule…</source>
        <translation>Saving the schedule…</translation>
    </message>
    <message>
        <source>The %1 schedule is saved. %2 provisional deadline(s) reckoned again, %3 moved.</source>
        <translation>The %1 schedule is saved. %2 provisional deadline(s) reckoned again, %3 moved.</translation>
    </message>
    <message>
        <source> (still provisional)</source>
        <translation> (still provisional)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>%1: preview</source>
        <translation>%1: preview</translation>
    </message>
    <message numerus="yes">
        <source>Import %n valid row(s)</source>
        <translation>
            <numerusform>Import %n valid row</numerusform>
            <numerusform>Import %n valid rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updates, %5 unchanged, %4 refused. Nothing is written until you import.</source>
        <translation>%1: %2 new, %3 updates, %5 unchanged, %4 refused. Nothing is written until you import.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Show only rows with problems</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>New inspection… (Ctrl+N)</source>
        <translation>New inspection… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start an inspection with Ctrl+N, or choose one from the list.</source>
        <translation>Start an inspection with Ctrl+N, or choose one from the list.</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>1 Items</source>
        <translation>1 Items</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>2 Findings</source>
        <translation>2 Findings</translation>
    </message>
    <message>
        <source>Export the record as PDF (Ctrl+Shift+E)</source>
        <translation>Export the record as PDF (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Sign the PDF…</source>
        <translation>Sign the PDF…</translation>
    </message>
    <message>
        <source>Print… (Ctrl+Shift+P)</source>
        <translation>Print… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <source>Rectification notice…</source>
        <translation>Rectification notice…</translation>
    </message>
    <message>
        <source>Referral letters</source>
        <translation>Referral letters</translation>
    </message>
    <message>
        <source>3 Review</source>
        <translation>3 Review</translation>
    </message>
    <message>
        <source>4 Signatures</source>
        <translation>4 Signatures</translation>
    </message>
    <message>
        <source>5 Photos</source>
        <translation>5 Photos</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>Signed and frozen on %1. Changing anything makes a new revision; this one is kept.</source>
        <translation>Signed and frozen on %1. Changing anything makes a new revision; this one is kept.</translation>
    </message>
    <message>
        <source>Superseded by a later revision; kept as it was signed, read only.</source>
        <translation>Superseded by a later revision; kept as it was signed, read only.</translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 left</source>
        <translation>%1 of %2 answered, %3 left</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>Does not pass</source>
        <translation>Does not pass</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Total %1 of %2 points; %3 needed.</source>
        <translation>Total %1 of %2 points; %3 needed.</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Failed prerequisites:</source>
        <translation>Failed prerequisites:</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet answered:</source>
        <translation>Not yet answered:</translation>
    </message>
    <message>
        <source>Photos still missing:</source>
        <translation>Photos still missing:</translation>
    </message>
    <message>
        <source>Before sign-off:</source>
        <translation>Before sign-off:</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <source>Photos: %1 of %2 needed (Ctrl+P adds, or drop files here)</source>
        <translation>Photos: %1 of %2 needed (Ctrl+P adds, or drop files here)</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Meets</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Starting a new revision…</source>
        <translation>Starting a new revision…</translation>
    </message>
    <message>
        <source>Revision %1 started; the signed revision is kept unchanged.</source>
        <translation>Revision %1 started; the signed revision is kept unchanged.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.heif);;All files (*)</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>Importing photos…</translation>
    </message>
    <message>
        <source>%1 photo(s) added, %2 already there, %3 refused.</source>
        <translation>%1 photo(s) added, %2 already there, %3 refused.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>Record written to %1</source>
        <translation>Record written to %1</translation>
    </message>
    <message>
        <source>Writing the referral letters…</source>
        <translation>Writing the referral letters…</translation>
    </message>
    <message>
        <source>Issued: %1, written to %2 (Open or Print it below)</source>
        <translation>Issued: %1, written to %2 (Open or Print it below)</translation>
    </message>
    <message>
        <source>Your certificate file</source>
        <translation>Your certificate file</translation>
    </message>
    <message>
        <source>Certificate (*.p12 *.pfx)</source>
        <translation>Certificate (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Sign the PDF</source>
        <translation>Sign the PDF</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase of %1:</translation>
    </message>
    <message>
        <source>Signing the PDF…</source>
        <translation>Signing the PDF…</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Signed: %1</translation>
    </message>
    <message>
        <source>Signed off: the inspection is frozen.</source>
        <translation>Signed off: the inspection is frozen.</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <source>Avoidance list (回避): select an inspector.</source>
        <translation>Avoidance list (回避): select an inspector.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Mine licence or credit code</source>
        <translation>Mine licence or credit code</translation>
    </message>
    <message>
        <source>Mine or company</source>
        <translation>Mine or company</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Avoidance list (回避) of %1</source>
        <translation>Avoidance list (回避) of %1</translation>
    </message>
</context>
<context>
    <name>InspectorTableModel</name>
    <message>
        <source>Badge No.</source>
        <translation>Badge No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Avoidances</source>
        <translation>Avoidances</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a certificate</source>
        <translation>Issue a certificate</translation>
    </message>
    <message>
        <source>for example E:\inspector.p12 on a USB stick</source>
        <translation>for example E:\inspector.p12 on a USB stick</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>Certificate &amp;file</source>
        <translation>Certificate &amp;file</translation>
    </message>
    <message>
        <source>The file's own passphrase (the inspector types it to sign):</source>
        <translation>The file's own passphrase (the inspector types it to sign):</translation>
    </message>
    <message>
        <source>&amp;Root key passphrase</source>
        <translation>&amp;Root key passphrase</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <source>Certificate files (*.p12)</source>
        <translation>Certificate files (*.p12)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Spot-check items</source>
        <translation>Spot-check items</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>Legal &amp;basis</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>What is checked</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>&amp;Proportion</source>
        <translation>&amp;Proportion</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation>&amp;Frequency</translation>
    </message>
    <message>
        <source>Give the item a name.</source>
        <translation>Give the item a name.</translation>
    </message>
    <message>
        <source>Saving the item…</source>
        <translation>Saving the item…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Note (what was seen, where)</source>
        <translation>Note (what was seen, where)</translation>
    </message>
    <message>
        <source>PgDn next · PgUp previous · Ctrl+U next unanswered</source>
        <translation>PgDn next · PgUp previous · Ctrl+U next unanswered</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation>How: %1</translation>
    </message>
    <message>
        <source>Up to %1 points</source>
        <translation>Up to %1 points</translation>
    </message>
    <message>
        <source>No minimum for this mineral: the value is recorded</source>
        <translation>No minimum for this mineral: the value is recorded</translation>
    </message>
    <message>
        <source>Prerequisite: failing it fails the inspection</source>
        <translation>Prerequisite: failing it fails the inspection</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) as evidence</source>
        <translation>
            <numerusform>%n photo as evidence</numerusform>
            <numerusform>%n photos as evidence</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Meets</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>County office</source>
        <extracomment>Asked for by the user; the application rebuilds the window (language, workspace). The status bar's counts are in, just after the first paint.</extracomment>
        <translation>County office</translation>
    </message>
    <message>
        <source>Field laptop</source>
        <translation>Field laptop</translation>
    </message>
    <message>
        <source>Mine register</source>
        <translation>Mine register</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>Draws</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Import mines</source>
        <translation>Import mines</translation>
    </message>
    <message>
        <source>Licence No.</source>
        <translation>Licence No.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Import inspectors</source>
        <translation>Import inspectors</translation>
    </message>
    <message>
        <source>Badge No.</source>
        <translation>Badge No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>Import &amp;mines…</source>
        <translation>Import &amp;mines…</translation>
    </message>
    <message>
        <source>Import i&amp;nspectors…</source>
        <translation>Import i&amp;nspectors…</translation>
    </message>
    <message>
        <source>New ins&amp;pection…</source>
        <translation>New ins&amp;pection…</translation>
    </message>
    <message>
        <source>&amp;Export the register…</source>
        <translation>&amp;Export the register…</translation>
    </message>
    <message>
        <source>Export a &amp;year's results…</source>
        <translation>Export a &amp;year's results…</translation>
    </message>
    <message>
        <source>Import &amp;return packages…</source>
        <translation>Import &amp;return packages…</translation>
    </message>
    <message>
        <source>Open an &amp;assignment package…</source>
        <translation>Open an &amp;assignment package…</translation>
    </message>
    <message>
        <source>Export the &amp;return package…</source>
        <translation>Export the &amp;return package…</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Certificates…</translation>
    </message>
    <message>
        <source>Chec&amp;k a file…</source>
        <translation>Chec&amp;k a file…</translation>
    </message>
    <message>
        <source>&amp;Back up the workspace…</source>
        <translation>&amp;Back up the workspace…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>Res&amp;tore from a backup…</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver…</source>
        <translation>Connect to a ser&amp;ver…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Mine register</source>
        <translation>&amp;Mine register</translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation>&amp;Inspectors</translation>
    </message>
    <message>
        <source>I&amp;nspections</source>
        <translation>I&amp;nspections</translation>
    </message>
    <message>
        <source>&amp;Draws</source>
        <translation>&amp;Draws</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <source>&amp;Find mine</source>
        <translation>&amp;Find mine</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Holiday schedule…</source>
        <translation>&amp;Holiday schedule…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About GreenMine</source>
        <translation>&amp;About GreenMine</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue rectification(s)</source>
        <translation>
            <numerusform>%n overdue rectification</numerusform>
            <numerusform>%n overdue rectifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mine(s) shown</source>
        <translation>
            <numerusform>%n mine shown</numerusform>
            <numerusform>%n mines shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>About GreenMine</source>
        <translation>About GreenMine</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GreenMine Desktop %1&lt;/h3&gt;&lt;p&gt;Green-mine spot checks for county natural-resources bureaus: double-random draws, field inspections offline, signed reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GreenMine Desktop %1&lt;/h3&gt;&lt;p&gt;Green-mine spot checks for county natural-resources bureaus: double-random draws, field inspections offline, signed reports.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MineExports</name>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>Export a year's results</source>
        <translation>Export a year's results</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Exchange format JSON (*.json)</source>
        <translation>Exchange format JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>MineRegisterPage</name>
    <message>
        <source>All minerals</source>
        <translation>All minerals</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All list levels</source>
        <translation>All list levels</translation>
    </message>
    <message numerus="yes">
        <source>%n mine(s)</source>
        <translation>
            <numerusform>%n mine</numerusform>
            <numerusform>%n mines</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a mine to see its licence and boundary.</source>
        <translation>Select a mine to see its licence and boundary.</translation>
    </message>
    <message>
        <source>%1 km² stated, %2 km² on the ellipsoid</source>
        <translation>%1 km² stated, %2 km² on the ellipsoid</translation>
    </message>
    <message>
        <source>differs by more than 0.1%</source>
        <translation>differs by more than 0.1%</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>%1: %2 corners, mining elevation %3 m to %4 m</source>
        <translation>%1: %2 corners, mining elevation %3 m to %4 m</translation>
    </message>
    <message>
        <source>Licence No.</source>
        <translation>Licence No.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>Mineral</translation>
    </message>
    <message>
        <source>Method / scale</source>
        <translation>Method / scale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Licence valid</source>
        <translation>Licence valid</translation>
    </message>
    <message>
        <source>Green list</source>
        <translation>Green list</translation>
    </message>
    <message>
        <source>Abnormal list</source>
        <translation>Abnormal list</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Filter by mine, licence or company (Ctrl+F)</source>
        <translation>Filter by mine, licence or company (Ctrl+F)</translation>
    </message>
    <message>
        <source>Green-mine list level</source>
        <translation>Green-mine list level</translation>
    </message>
</context>
<context>
    <name>MineTableModel</name>
    <message>
        <source>Licence No.</source>
        <translation>Licence No.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>Mineral</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Green list</source>
        <translation>Green list</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>List status</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <source>Area check</source>
        <translation>Area check</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Differs</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <source>Too easy to guess: use a longer phrase, not a word, date or keyboard row.</source>
        <translation>Too easy to guess: use a longer phrase, not a word, date or keyboard row.</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Type the same passphrase again.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Rectification notice</source>
        <translation>Rectification notice</translation>
    </message>
    <message>
        <source>Count working days (holidays and adjusted days by the official schedule)</source>
        <translation>Count working days (holidays and adjusted days by the official schedule)</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>&amp;Days to rectify</source>
        <translation>&amp;Days to rectify</translation>
    </message>
    <message>
        <source>Writing the notice…</source>
        <translation>Writing the notice…</translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <source>Import return packages</source>
        <translation>Import return packages</translation>
    </message>
    <message>
        <source>Return packages (*.gmreturn)</source>
        <translation>Return packages (*.gmreturn)</translation>
    </message>
    <message>
        <source>Importing packages…</source>
        <translation>Importing packages…</translation>
    </message>
    <message>
        <source>Team %1: %2 (%3 mines)</source>
        <translation>Team %1: %2 (%3 mines)</translation>
    </message>
    <message>
        <source>Assignment package</source>
        <translation>Assignment package</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Assignment packages (*.gmtask)</source>
        <translation>Assignment packages (*.gmtask)</translation>
    </message>
    <message>
        <source>County root key</source>
        <translation>County root key</translation>
    </message>
    <message>
        <source>Writing the assignment package…</source>
        <translation>Writing the assignment package…</translation>
    </message>
    <message>
        <source>Assignment package written to %1</source>
        <translation>Assignment package written to %1</translation>
    </message>
    <message>
        <source>Open an assignment package</source>
        <translation>Open an assignment package</translation>
    </message>
    <message>
        <source>Opening the assignment package…</source>
        <translation>Opening the assignment package…</translation>
    </message>
    <message>
        <source>Export the return package</source>
        <translation>Export the return package</translation>
    </message>
    <message>
        <source>Passphrase of your inspector key</source>
        <translation>Passphrase of your inspector key</translation>
    </message>
    <message>
        <source>Writing the return package…</source>
        <translation>Writing the return package…</translation>
    </message>
    <message>
        <source>Return package written to %1</source>
        <translation>Return package written to %1</translation>
    </message>
</context>
<context>
    <name>PhotoMap</name>
    <message>
        <source>My position (GPS of %1)</source>
        <translation>My position (GPS of %1)</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>no GPS</source>
        <translation>no GPS</translation>
    </message>
    <message>
        <source>outside the boundary</source>
        <translation>outside the boundary</translation>
    </message>
    <message>
        <source>near the boundary</source>
        <translation>near the boundary</translation>
    </message>
    <message>
        <source>boundary not comparable</source>
        <translation>boundary not comparable</translation>
    </message>
    <message>
        <source>taken outside the inspection time</source>
        <translation>taken outside the inspection time</translation>
    </message>
    <message>
        <source>camera clock, zone unknown</source>
        <translation>camera clock, zone unknown</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>same scene used elsewhere</source>
        <translation>same scene used elsewhere</translation>
    </message>
    <message>
        <source>metadata unreadable</source>
        <translation>metadata unreadable</translation>
    </message>
    <message>
        <source>placed by hand</source>
        <translation>placed by hand</translation>
    </message>
    <message>
        <source>invalid GPS</source>
        <translation>invalid GPS</translation>
    </message>
    <message>
        <source>Add photos… (Ctrl+P)</source>
        <translation>Add photos… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Place on the map</translation>
    </message>
    <message>
        <source>whole inspection</source>
        <translation>whole inspection</translation>
    </message>
    <message>
        <source>%1 photo(s), %2 with doubts</source>
        <translation>%1 photo(s), %2 with doubts</translation>
    </message>
    <message>
        <source>No photo selected.</source>
        <translation>No photo selected.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>inside</translation>
    </message>
    <message>
        <source>near</source>
        <translation>near</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>outside</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>not comparable</translation>
    </message>
    <message>
        <source>, %1 m outside</source>
        <translation>, %1 m outside</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Boundary</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Click on the map where the photo was taken.</source>
        <translation>Click on the map where the photo was taken.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>Mineral</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Green-mine list level</source>
        <translation>Green-mine list level</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Items…</source>
        <translation>Items…</translation>
    </message>
    <message>
        <source>Spot-check &amp;item</source>
        <translation>Spot-check &amp;item</translation>
    </message>
    <message>
        <source>Tick the values to keep; none ticked keeps all.</source>
        <translation>Tick the values to keep; none ticked keeps all.</translation>
    </message>
    <message>
        <source>no exclusion</source>
        <translation>no exclusion</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Leave out mines checked in the last</source>
        <translation>Leave out mines checked in the last</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Per stratum</source>
        <translation>Per stratum</translation>
    </message>
    <message>
        <source>Always include mines on the abnormal list</source>
        <translation>Always include mines on the abnormal list</translation>
    </message>
    <message>
        <source>Always include mines with complaints on record</source>
        <translation>Always include mines with complaints on record</translation>
    </message>
    <message>
        <source>Team size (at least two)</source>
        <translation>Team size (at least two)</translation>
    </message>
    <message>
        <source> mines</source>
        <translation> mines</translation>
    </message>
    <message>
        <source>Most mines per inspector</source>
        <translation>Most mines per inspector</translation>
    </message>
    <message>
        <source>Save plan (Ctrl+S)</source>
        <translation>Save plan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Eligible: %1 mines; the draw takes %2. Inspectors in the pool: %3.</source>
        <translation>Eligible: %1 mines; the draw takes %2. Inspectors in the pool: %3.</translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation>Give the plan a name.</translation>
    </message>
    <message>
        <source>Saving the plan…</source>
        <translation>Saving the plan…</translation>
    </message>
</context>
<context>
    <name>RecheckTaskDialog</name>
    <message>
        <source>Re-inspection package: %1</source>
        <translation>Re-inspection package: %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Team (two or more)</source>
        <translation>Team (two or more)</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Package file</translation>
    </message>
    <message>
        <source>County root key passphrase</source>
        <translation>County root key passphrase</translation>
    </message>
    <message>
        <source>Assignment packages (*.gmtask)</source>
        <translation>Assignment packages (*.gmtask)</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>Register files (*.csv *.xlsx)</source>
        <translation>Register files (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>The backup is checked file by file, then copied into an empty folder and checked again. Nothing existing is overwritten.</source>
        <translation>The backup is checked file by file, then copied into an empty folder and checked again. Nothing existing is overwritten.</translation>
    </message>
    <message>
        <source>&amp;Backup folder</source>
        <translation>&amp;Backup folder</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Restore &amp;into</source>
        <translation>Restore &amp;into</translation>
    </message>
    <message>
        <source>An empty folder</source>
        <translation>An empty folder</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a certificate</source>
        <translation>Revoke a certificate</translation>
    </message>
    <message>
        <source>Revoke the certificate of %1 (serial %2)? From now on every package and PDF this certificate signs is refused. A revocation cannot be undone.</source>
        <translation>Revoke the certificate of %1 (serial %2)? From now on every package and PDF this certificate signs is refused. A revocation cannot be undone.</translation>
    </message>
    <message>
        <source>for example: laptop lost, left the bureau</source>
        <translation>for example: laptop lost, left the bureau</translation>
    </message>
    <message>
        <source>Revoke for good</source>
        <translation>Revoke for good</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>Several clerks can work on one county desk when its data is on the bureau's PostgreSQL server; photos, reports and keys stay in the workspace folder. Ask the server's administrator for an empty database.</source>
        <translation>Several clerks can work on one county desk when its data is on the bureau's PostgreSQL server; photos, reports and keys stay in the workspace folder. Ask the server's administrator for an empty database.</translation>
    </message>
    <message>
        <source>&amp;Move this workspace's data onto the server</source>
        <translation>&amp;Move this workspace's data onto the server</translation>
    </message>
    <message>
        <source>Make a &amp;new county workspace on the server</source>
        <translation>Make a &amp;new county workspace on the server</translation>
    </message>
    <message>
        <source>for example db.county.local or 10.0.0.5</source>
        <translation>for example db.county.local or 10.0.0.5</translation>
    </message>
    <message>
        <source>instead of the four above: a service of pg_service.conf</source>
        <translation>instead of the four above: a service of pg_service.conf</translation>
    </message>
    <message>
        <source>empty: libpq's password file (pgpass) or the keyring</source>
        <translation>empty: libpq's password file (pgpass) or the keyring</translation>
    </message>
    <message>
        <source>&amp;Remember the password (kept in the system keyring)</source>
        <translation>&amp;Remember the password (kept in the system keyring)</translation>
    </message>
    <message>
        <source>This computer has no system keyring to keep it in (%1): keep the password in libpq's password file (pgpass) instead.</source>
        <translation>This computer has no system keyring to keep it in (%1): keep the password in libpq's password file (pgpass) instead.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>Ser&amp;vice name</source>
        <translation>Ser&amp;vice name</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Enter the server, the database and the user name, or a service name.</source>
        <translation>Enter the server, the database and the user name, or a service name.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1; the database is ready for a county workspace.</source>
        <translation>Connected: PostgreSQL %1; the database is ready for a county workspace.</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1; but the database is not empty.</source>
        <translation>Connected: PostgreSQL %1; but the database is not empty.</translation>
    </message>
    <message>
        <source>Making the workspace on the server…</source>
        <translation>Making the workspace on the server…</translation>
    </message>
    <message>
        <source>Moving the data onto the server…</source>
        <translation>Moving the data onto the server…</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Refuses to sign</source>
        <translation>Refuses to sign</translation>
    </message>
    <message>
        <source>Witness to the refusal (name, unit)</source>
        <translation>Witness to the refusal (name, unit)</translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <source>Sign off and freeze (Ctrl+Shift+S)</source>
        <translation>Sign off and freeze (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Inspector %1 (%2)</source>
        <translation>Inspector %1 (%2)</translation>
    </message>
    <message>
        <source>Mine representative %1</source>
        <translation>Mine representative %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Changed since signing: sign again</source>
        <translation>Changed since signing: sign again</translation>
    </message>
    <message>
        <source>Refused; witness: %1</source>
        <translation>Refused; witness: %1</translation>
    </message>
    <message>
        <source>Signed ✓</source>
        <translation>Signed ✓</translation>
    </message>
</context>
<context>
    <name>SourceChoice</name>
    <message>
        <source>Register and boundary files (*.csv *.xlsx *.shp *.dxf *.geojson *.gpkg)</source>
        <translation>Register and boundary files (*.csv *.xlsx *.shp *.dxf *.geojson *.gpkg)</translation>
    </message>
</context>
<context>
    <name>SourceOptionsDialog</name>
    <message>
        <source>Boundary file %1</source>
        <translation>Boundary file %1</translation>
    </message>
    <message>
        <source>The file does not say all the import needs; choose:</source>
        <translation>The file does not say all the import needs; choose:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Layer:</translation>
    </message>
    <message>
        <source>From the zone prefix of the coordinates</source>
        <translation>From the zone prefix of the coordinates</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>Coordinate system:</translation>
    </message>
    <message>
        <source>Mine:</source>
        <translation>Mine:</translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <source>Start an inspection</source>
        <translation>Start an inspection</translation>
    </message>
    <message>
        <source>(drawn)</source>
        <translation>(drawn)</translation>
    </message>
    <message>
        <source>e.g. open pit, processing plant</source>
        <translation>e.g. open pit, processing plant</translation>
    </message>
    <message>
        <source>e.g. mine manager</source>
        <translation>e.g. mine manager</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mine</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>T&amp;eam present (at least two)</source>
        <translation>T&amp;eam present (at least two)</translation>
    </message>
    <message>
        <source>Mine &amp;representative</source>
        <translation>Mine &amp;representative</translation>
    </message>
    <message>
        <source>Representative's &amp;title</source>
        <translation>Representative's &amp;title</translation>
    </message>
    <message>
        <source>Starting the inspection…</source>
        <translation>Starting the inspection…</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>Deadline in</source>
        <translation>Deadline in</translation>
    </message>
    <message>
        <source>Re-inspection</source>
        <translation>Re-inspection</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Listing targets for %1</source>
        <translation>Listing targets for %1</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Target (mines on the list)</source>
        <translation>Target (mines on the list)</translation>
    </message>
    <message>
        <source>Saving the targets…</source>
        <translation>Saving the targets…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a file</source>
        <translation>Check a file</translation>
    </message>
    <message>
        <source>Drop a signed PDF, an assignment package (.gmtask) or a return package (.gmreturn) here, or open one.</source>
        <translation>Drop a signed PDF, an assignment package (.gmtask) or a return package (.gmreturn) here, or open one.</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <source>Signed files (*.pdf *.gmtask *.gmreturn)</source>
        <translation>Signed files (*.pdf *.gmtask *.gmreturn)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Genuine: intact and signed with this county's certificates</source>
        <translation>Genuine: intact and signed with this county's certificates</translation>
    </message>
    <message>
        <source>Not trustworthy</source>
        <translation>Not trustworthy</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>A field laptop's workspace stays on the laptop; only a county workspace can be kept on the bureau's server.</source>
        <translation>A field laptop's workspace stays on the laptop; only a county workspace can be kept on the bureau's server.</translation>
    </message>
    <message>
        <source>This workspace's data is on the server already.</source>
        <translation>This workspace's data is on the server already.</translation>
    </message>
    <message>
        <source>Open the restored workspace now?</source>
        <extracomment>A restored workspace the user chose to open now.</extracomment>
        <translation>Open the restored workspace now?</translation>
    </message>
</context>
</TS>