<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the workspace</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <source>A copy of the database, photos, reports and keys, checked after writing. Choose an empty folder on another disk or a USB stick, and keep it locked away: it holds the county&apos;s root key (locked by its passphrase).</source>
        <translation>备份数据库、照片、报告和密钥，写完后自动核验。请选择另一块磁盘或 U 盘上的空文件夹，并妥善锁存：备份中含有本县根证书的密钥（受口令保护）。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>上次备份</translation>
    </message>
    <message>
        <source>Back up &amp;into</source>
        <translation>备份到(&amp;I)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remind me after</source>
        <translation>提醒间隔(&amp;R)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificates</source>
        <translation>证书管理</translation>
    </message>
    <message>
        <source>&lt;p&gt;The county needs its root certificate before it can sign assignment packages and issue certificates to its inspectors. Its key stays in this workspace, locked with the passphrase you choose now.&lt;/p&gt;&lt;p&gt;Keep the passphrase where the bureau keeps its seals: without it no package can be signed, and it cannot be recovered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;县局须先建立根证书，才能签发任务包并为检查人员签发证书。根证书的密钥保存在本工作区，由您现在设定的口令加密。&lt;/p&gt;&lt;p&gt;请像保管公章一样保管口令：没有它就无法签发任何数据包，而且口令无法找回。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create the root certificate</source>
        <translation>建立根证书(&amp;C)</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Badge No.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Issue a certificate…</source>
        <translation>签发证书(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>吊销(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export the root certificate…</source>
        <translation>导出根证书(&amp;E)…</translation>
    </message>
    <message>
        <source>Root certificate: %1, serial %2, valid until %3.</source>
        <translation>根证书：%1，序列号 %2，有效期至 %3。</translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <translation>已吊销 %1：%2</translation>
    </message>
    <message>
        <source>Valid, expires within %1 days</source>
        <translation>有效，%1 天内到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Creating the root certificate…</source>
        <translation>正在建立根证书…</translation>
    </message>
    <message>
        <source>The root certificate is set up (serial %1).</source>
        <translation>根证书已建立（序列号 %1）。</translation>
    </message>
    <message>
        <source>Issuing the certificate…</source>
        <translation>正在签发证书…</translation>
    </message>
    <message>
        <source>Certificate %1 written to %2. Hand the file and its passphrase to the inspector separately.</source>
        <translation>证书 %1 已写入 %2。请将证书文件和口令分开交给检查人员。</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>正在吊销…</translation>
    </message>
    <message>
        <source>Certificate %1 is revoked.</source>
        <translation>证书 %1 已吊销。</translation>
    </message>
    <message>
        <source>Export the root certificate</source>
        <translation>导出根证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>证书 (*.pem)</translation>
    </message>
    <message>
        <source>Root certificate written to %1. Add it to the trusted certificates of the PDF reader (Adobe Acrobat: Preferences → Signatures → Identities &amp; Trusted Certificates).</source>
        <translation>根证书已写入 %1。请将其加入 PDF 阅读器的受信任证书（Adobe Acrobat：首选项 → 签名 → 身份与受信任的证书）。</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Export PNG…</source>
        <extracomment>Colours that stay apart when printed in grey: green for good, red for bad, grey for none.</extracomment>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>CitationFields</name>
    <message>
        <source>These findings cite no confirmed rule yet. Check the proposed rule against the published text, then confirm or rewrite it:</source>
        <translation>以下问题尚无经核实的违反规定依据。请对照正式文本核对建议的依据，确认或改写：</translation>
    </message>
    <message>
        <source>Document in 《》 and its article or clause</source>
        <translation>《文件名称》及条款</translation>
    </message>
</context>
<context>
    <name>CountyFields</name>
    <message>
        <source>for example 青岚县</source>
        <translation>例如 青岚县</translation>
    </message>
    <message>
        <source>six digits, optional</source>
        <translation>6 位数字，可不填</translation>
    </message>
    <message>
        <source>for example 青岚县自然资源局</source>
        <translation>例如 青岚县自然资源局</translation>
    </message>
    <message>
        <source>&amp;County</source>
        <translation>县（市、区）(&amp;C)</translation>
    </message>
    <message>
        <source>Area c&amp;ode</source>
        <translation>行政区划代码(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Bureau</source>
        <translation>主管部门(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>CountySetupDialog</name>
    <message>
        <source>New county workspace</source>
        <translation>新建县级工作区</translation>
    </message>
    <message>
        <source>The county office&apos;s workspace: registers, draws, packages out and in, notices. Next, import the mine and inspector registers and set up the root certificate (File → Certificates).</source>
        <translation>县局工作区：名录、抽取、任务包下发与结果回收、通知书。建好后请导入矿山名录和检查人员名录，并建立根证书（文件 → 证书管理）。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>正在新建工作区…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Listing targets…</source>
        <translation>名录目标…</translation>
    </message>
    <message>
        <source>Record publication…</source>
        <translation>登记公示…</translation>
    </message>
    <message>
        <source>Mines checked</source>
        <translation>检查完成情况</translation>
    </message>
    <message>
        <source>Findings per checklist group</source>
        <translation>问题分布（按检查表分组）</translation>
    </message>
    <message>
        <source>Green-mine list per town</source>
        <translation>各乡镇绿色矿山名录</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>移送部门</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>待移送</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <translation>已移送待回复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>抽查批次</translation>
    </message>
    <message>
        <source>Drawn on</source>
        <translation>抽取日期</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公示日期</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>公示期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Referrals per department</source>
        <translation>移送部门跟踪</translation>
    </message>
    <message>
        <source>Publication of results (within 20 working days of the check)</source>
        <translation>结果公示（检查后 20 个工作日内）</translation>
    </message>
    <message>
        <source>All draws</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>逾期 %1 件</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>无逾期</translation>
    </message>
    <message>
        <source>Checked %1 of %2 mines drawn · pass rate %3 · open rectifications %4 (%5)</source>
        <translation>抽取矿山 %2 座，已检查 %1 座 · 合格率 %3 · 未结整改 %4 件（%5）</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>在名录内</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1 day(s) overdue</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <source>To publish</source>
        <translation>待公示</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>已公示：%1</translation>
    </message>
    <message>
        <source>Publication of %1</source>
        <translation>登记公示：%1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>公示途径</translation>
    </message>
    <message>
        <source>The bureau&apos;s website</source>
        <translation>本局门户网站</translation>
    </message>
</context>
<context>
    <name>DeadlinePreview</name>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暂定）</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>期限至 %1</translation>
    </message>
    <message>
        <source>Deadline: %1, provisional. The holiday schedule for %2 is not entered yet, so its working days are counted Monday to Friday. You can issue the notice; the deadline is reckoned again when the schedule is entered.</source>
        <translation>期限至 %1（暂定）：%2 年的节假日安排尚未录入，该年工作日暂按周一至周五计算。仍可出具通知书；录入该年安排后，期限将自动重新计算。</translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <source>numbers called out, or a published lottery result</source>
        <translation>现场报出的数字，或公开的彩票开奖号码</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>姓名，以逗号分隔</translation>
    </message>
    <message>
        <source>why the earlier draw is replaced</source>
        <translation>重新抽取的原因</translation>
    </message>
    <message>
        <source>Draw… (Ctrl+D)</source>
        <translation>抽取…（Ctrl+D）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>种子(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Witnesses</source>
        <translation>见证人(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>操作人(&amp;O)</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>替换记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Licence No.</source>
        <translation>采矿许可证号</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>矿山</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>Drawn at</source>
        <translation>抽取时间</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <source>Mines</source>
        <translation>矿山数</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Export record… (Ctrl+E)</source>
        <translation>导出记录…（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export for publication (PDF)…</source>
        <translation>导出公示用 PDF…</translation>
    </message>
    <message>
        <source>Assignment package…</source>
        <translation>导出任务包…</translation>
    </message>
    <message>
        <source>Results notice…</source>
        <translation>结果公示…</translation>
    </message>
    <message>
        <source>Verify record</source>
        <translation>核验记录</translation>
    </message>
    <message>
        <source>Draw records</source>
        <translation>抽取记录</translation>
    </message>
    <message>
        <source>About to draw for plan “%1”. %2 Seed “%3”, witnesses: %4. Press Draw again to draw.</source>
        <translation>即将按抽查计划“%1”抽取。%2 种子“%3”，见证人：%4。再按一次“立即抽取”开始抽取。</translation>
    </message>
    <message>
        <source>Draw now (Ctrl+D)</source>
        <translation>立即抽取（Ctrl+D）</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在抽取…</translation>
    </message>
    <message>
        <source>Drawn: %1 mines. Record %2.</source>
        <translation>抽取完成：%1 座矿山。记录 %2。</translation>
    </message>
    <message>
        <source>nothing (a first draw)</source>
        <translation>无（首次抽取）</translation>
    </message>
    <message>
        <source> (replaced)</source>
        <translation>（已被替换）</translation>
    </message>
    <message>
        <source>Export draw record</source>
        <translation>导出抽取记录</translation>
    </message>
    <message>
        <source>Writing the draw record…</source>
        <translation>正在写入抽取记录…</translation>
    </message>
    <message>
        <source>Record written to %1</source>
        <translation>记录已写入 %1</translation>
    </message>
    <message>
        <source>Results notice</source>
        <translation>结果公示</translation>
    </message>
    <message>
        <source>Results notice written to %1 and %2; publish it by %3</source>
        <translation>结果公示已写入 %1 和 %2；请于 %3 前公示</translation>
    </message>
    <message>
        <source>Results notice written to %1 and %2</source>
        <translation>结果公示已写入 %1 和 %2</translation>
    </message>
    <message>
        <source>Writing the results notice…</source>
        <translation>正在生成结果公示…</translation>
    </message>
</context>
<context>
    <name>FieldSetupDialog</name>
    <message>
        <source>Set up this laptop for an inspection team</source>
        <translation>设置检查组电脑</translation>
    </message>
    <message>
        <source>The county gives each team an assignment package (.gmtask) and each inspector a certificate file (.p12) with its passphrase. Both are checked before anything is made: the package must be signed by the county that issued the certificate, and the certificate&apos;s holder must be on the team.</source>
        <translation>县局为每个检查组下发任务包（.gmtask），为每名检查人员签发证书文件（.p12）及其口令。设置前先核验两个文件：任务包须由签发该证书的县局签名，证书持有人须在该检查组中。</translation>
    </message>
    <message>
        <source>&amp;Assignment package</source>
        <translation>任务包(&amp;A)</translation>
    </message>
    <message>
        <source>Assignment packages (*.gmtask)</source>
        <translation>任务包 (*.gmtask)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;ertificate file</source>
        <translation>证书文件(&amp;E)</translation>
    </message>
    <message>
        <source>Certificate files (*.p12)</source>
        <translation>证书文件 (*.p12)</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>证书口令(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Checking the files and setting up…</source>
        <translation>正在核验文件并设置…</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to GreenMine</source>
        <translation>欢迎使用 GreenMine</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What is this computer for?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;这台电脑用于：&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>County office (new county workspace)</source>
        <translation>县局（新建县级工作区）</translation>
    </message>
    <message>
        <source>Registers, draws, assignment packages out and results in, notices, statistics</source>
        <translation>名录、双随机抽取、下发任务包与回收结果、通知书、统计</translation>
    </message>
    <message>
        <source>Inspection team (set up this computer with an assignment package and a certificate file)</source>
        <translation>检查组（用任务包和证书文件设置这台电脑）</translation>
    </message>
    <message>
        <source>Inspections offline, photos, signatures, the return package</source>
        <translation>离线现场检查、照片、签字、回传包</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>打开已有工作区</translation>
    </message>
    <message>
        <source>A workspace folder on this computer or a restored backup</source>
        <translation>本机上的工作区文件夹，或恢复出的备份</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>A made-up county with a year of spot checks, to look around</source>
        <translation>一个虚构的县和它一年的抽查，供熟悉软件</translation>
    </message>
    <message>
        <source>Making the demo county…</source>
        <translation>正在生成演示数据…</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>移送案件</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>矿山</translation>
    </message>
    <message>
        <source>Licence No.</source>
        <translation>采矿许可证号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Issue the notice…</source>
        <translation>下达整改通知…</translation>
    </message>
    <message>
        <source>Served…</source>
        <translation>登记送达…</translation>
    </message>
    <message>
        <source>Report received…</source>
        <translation>登记整改报告…</translation>
    </message>
    <message>
        <source>Re-check…</source>
        <translation>登记复查…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>销号…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>移交查处…</translation>
    </message>
    <message>
        <source>Send the referral…</source>
        <translation>移送…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>登记回复…</translation>
    </message>
    <message>
        <source>Assign a re-inspection…</source>
        <translation>派复查任务…</translation>
    </message>
    <message>
        <source>A re-inspection package for a team you choose (not drawn)</source>
        <translation>为指定的检查组生成复查任务包（不经抽取）</translation>
    </message>
    <message>
        <source>Decide on removal…</source>
        <translation>移出名录决定…</translation>
    </message>
    <message>
        <source>Opening cases…</source>
        <translation>正在建立整改案件…</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>限期整改</translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation>移送：%1</translation>
    </message>
    <message>
        <source>%1 case(s), %2 overdue</source>
        <translation>%1 件，其中逾期 %2 件</translation>
    </message>
    <message>
        <source>Choose a case to see its steps.</source>
        <translation>请选择一个案件查看办理过程。</translation>
    </message>
    <message>
        <source>Inspection %1, findings: %2</source>
        <translation>检查记录 %1，问题项：%2</translation>
    </message>
    <message>
        <source>Green-mine list: %1</source>
        <translation>绿色矿山名录：%1</translation>
    </message>
    <message>
        <source>Proof of service</source>
        <translation>送达凭证</translation>
    </message>
    <message>
        <source>The report is accepted</source>
        <translation>整改报告予以认可</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Re-inspection package written to %1</source>
        <translation>复查任务包已写入 %1</translation>
    </message>
    <message>
        <source>Removal from the green-mine list</source>
        <translation>移出绿色矿山名录</translation>
    </message>
    <message>
        <source>Remove the mine from the list</source>
        <translation>确认移出名录（不勾选则暂不移出）</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>Holiday schedule</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>Replace the year if it is already entered</source>
        <translation>如该年已录入，替换原有安排</translation>
    </message>
    <message>
        <source>One line a day or a run of days: date, 休 (day off) or 班 (adjusted working day), name. For example:
2027-10-01~2027-10-07,休,国庆节
2027-10-09,班,国庆节</source>
        <translation>每行一天或连续几天：日期，休（放假）或班（调休上班），名称。例如：
2027-10-01~2027-10-07,休,国庆节
2027-10-09,班,国庆节</translation>
    </message>
    <message>
        <source>&amp;Load CSV…</source>
        <translation>导入 CSV(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Show as calendar</source>
        <translation>显示为日历(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Notice &amp;number</source>
        <translation>通知文号(&amp;N)</translation>
    </message>
    <message>
        <source>Notice &amp;title</source>
        <translation>通知标题(&amp;T)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 day(s) off (red), %2 adjusted working day(s) (blue). Check them against the notice, then save.</source>
        <translation>放假 %1 天（红色），调休上班 %2 天（蓝色）。请与通知逐日核对后保存。</translation>
    </message>
    <message>
        <source>Saving the schedule…</source>
        <translation>正在保存节假日安排…</translation>
    </message>
    <message>
        <source>The %1 schedule is saved. %2 provisional deadline(s) reckoned again, %3 moved.</source>
        <translation>%1 年节假日安排已保存。重新计算了 %2 个暂定期限，其中 %3 个有变动：</translation>
    </message>
    <message>
        <source> (still provisional)</source>
        <translation>（仍为暂定）</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>%1: preview</source>
        <translation>%1：预览</translation>
    </message>
    <message numerus="yes">
        <source>Import %n valid row(s)</source>
        <translation>
            <numerusform>导入 %n 条有效记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updates, %5 unchanged, %4 refused. Nothing is written until you import.</source>
        <translation>%1：新增 %2 条，更新 %3 条，未变 %5 条，拒绝 %4 条。点击导入之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>In progress</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>矿山</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New inspection… (Ctrl+N)</source>
        <translation>新建检查…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Start an inspection with Ctrl+N, or choose one from the list.</source>
        <translation>按 Ctrl+N 新建检查，或从左侧列表选择一次检查。</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <source>Group</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>得分率</translation>
    </message>
    <message>
        <source>1 Items</source>
        <translation>1 检查项</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>移送部门</translation>
    </message>
    <message>
        <source>2 Findings</source>
        <translation>2 问题与整改</translation>
    </message>
    <message>
        <source>Export the record as PDF (Ctrl+Shift+E)</source>
        <translation>导出检查记录 PDF（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Sign the PDF…</source>
        <translation>数字签名…</translation>
    </message>
    <message>
        <source>Print… (Ctrl+Shift+P)</source>
        <translation>打印…（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Rectification notice…</source>
        <translation>出具整改通知书…</translation>
    </message>
    <message>
        <source>Referral letters</source>
        <translation>出具移送函</translation>
    </message>
    <message>
        <source>3 Review</source>
        <translation>3 审核</translation>
    </message>
    <message>
        <source>4 Signatures</source>
        <translation>4 签字</translation>
    </message>
    <message>
        <source>5 Photos</source>
        <translation>5 照片</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Signed and frozen on %1. Changing anything makes a new revision; this one is kept.</source>
        <translation>已于 %1 签字锁定。任何修改都会生成新的修订版，本版保持不变。</translation>
    </message>
    <message>
        <source>Superseded by a later revision; kept as it was signed, read only.</source>
        <translation>已被新的修订版取代；按签字时原样保存，只读。</translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 left</source>
        <translation>已检查 %1 / %2 项，剩余 %3 项</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Does not pass</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Photos still missing:</source>
        <translation>仍缺照片：</translation>
    </message>
    <message>
        <source>Photos: %1 of %2 needed (Ctrl+P adds, or drop files here)</source>
        <translation>照片：%1 张，需 %2 张（Ctrl+P 添加，或把文件拖到这里）</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>已全部保存</translation>
    </message>
    <message>
        <source>Starting a new revision…</source>
        <translation>正在建立新版次…</translation>
    </message>
    <message>
        <source>Issued: %1, written to %2 (Open or Print it below)</source>
        <translation>已出具：%1，文件保存在 %2（可在下方打开或打印）</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Total %1 of %2 points; %3 needed.</source>
        <translation>总分 %1 / %2 分；通过线 %3 分。</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低得分率</translation>
    </message>
    <message>
        <source>Failed prerequisites:</source>
        <translation>先决条件不符合：</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>共发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet answered:</source>
        <translation>尚未检查：</translation>
    </message>
    <message>
        <source>Before sign-off:</source>
        <translation>签字确认前还需：</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Revision %1 started; the signed revision is kept unchanged.</source>
        <translation>已创建第 %1 版修订；已签字的版本保持不变。</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif);;All files (*)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.heic *.heif);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>正在导入照片…</translation>
    </message>
    <message>
        <source>%1 photo(s) added, %2 already there, %3 refused.</source>
        <translation>已添加 %1 张照片，%2 张已存在，%3 张被拒绝。</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Record written to %1</source>
        <translation>记录已写入 %1</translation>
    </message>
    <message>
        <source>Writing the referral letters…</source>
        <translation>正在生成移送函…</translation>
    </message>
    <message>
        <source>Your certificate file</source>
        <translation>选择您的证书文件</translation>
    </message>
    <message>
        <source>Certificate (*.p12 *.pfx)</source>
        <translation>证书 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Sign the PDF</source>
        <translation>数字签名</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>%1 的口令：</translation>
    </message>
    <message>
        <source>Signing the PDF…</source>
        <translation>正在签署 PDF…</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>已签名：%1</translation>
    </message>
    <message>
        <source>Signed off: the inspection is frozen.</source>
        <translation>已签字确认，本次检查已锁定。</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <source>Avoidance list (回避): select an inspector.</source>
        <translation>回避名单：请先选择一名检查人员。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mine licence or credit code</source>
        <translation>采矿许可证号或统一社会信用代码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Mine or company</source>
        <translation>矿山或企业名称</translation>
    </message>
    <message>
        <source>Avoidance list (回避) of %1</source>
        <translation>%1 的回避名单</translation>
    </message>
</context>
<context>
    <name>InspectorTableModel</name>
    <message>
        <source>Badge No.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Avoidances</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a certificate</source>
        <translation>签发证书</translation>
    </message>
    <message>
        <source>for example E:\inspector.p12 on a USB stick</source>
        <translation>例如 U 盘上的 E:\inspector.p12</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>检查人员(&amp;I)</translation>
    </message>
    <message>
        <source>Certificate &amp;file</source>
        <translation>证书文件(&amp;F)</translation>
    </message>
    <message>
        <source>The file&apos;s own passphrase (the inspector types it to sign):</source>
        <translation>证书文件自己的口令（检查人员签名时输入）：</translation>
    </message>
    <message>
        <source>&amp;Root key passphrase</source>
        <translation>根证书口令(&amp;R)</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>Certificate files (*.p12)</source>
        <translation>证书文件 (*.p12)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Spot-check items</source>
        <translation>随机抽查事项清单</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>抽查事项(&amp;I)</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>抽查依据(&amp;B)</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>抽查内容</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>抽查方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>检查表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Proportion</source>
        <translation>抽查比例(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation>抽查频次(&amp;F)</translation>
    </message>
    <message>
        <source>Give the item a name.</source>
        <translation>请填写抽查事项名称。</translation>
    </message>
    <message>
        <source>Saving the item…</source>
        <translation>正在保存抽查事项…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Note (what was seen, where)</source>
        <translation>备注（看到了什么，在哪里）</translation>
    </message>
    <message>
        <source>PgDn next · PgUp previous · Ctrl+U next unanswered</source>
        <translation>PgDn 下一项 · PgUp 上一项 · Ctrl+U 下一个未检查项</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation>检查方法：%1</translation>
    </message>
    <message>
        <source>Up to %1 points</source>
        <translation>满分 %1 分</translation>
    </message>
    <message>
        <source>No minimum for this mineral: the value is recorded</source>
        <translation>本矿种无最低指标：仅记录数值</translation>
    </message>
    <message>
        <source>Prerequisite: failing it fails the inspection</source>
        <translation>先决条件：不符合即判定不通过</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) as evidence</source>
        <translation>
            <numerusform>需 %n 张照片证据</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>County office</source>
        <extracomment>Asked for by the user; the application rebuilds the window (language, workspace). The status bar&apos;s counts are in, just after the first paint.</extracomment>
        <translation>县局</translation>
    </message>
    <message>
        <source>Field laptop</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>Mine register</source>
        <translation>矿山名录</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>整改跟踪</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>年度统计</translation>
    </message>
    <message>
        <source>Import mines</source>
        <translation>导入矿山名录</translation>
    </message>
    <message>
        <source>Licence No.</source>
        <translation>采矿许可证号</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>矿山</translation>
    </message>
    <message>
        <source>Import inspectors</source>
        <translation>导入检查人员</translation>
    </message>
    <message>
        <source>Badge No.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Import &amp;mines…</source>
        <translation>导入矿山名录(&amp;M)…</translation>
    </message>
    <message>
        <source>Import i&amp;nspectors…</source>
        <translation>导入检查人员(&amp;N)…</translation>
    </message>
    <message>
        <source>New ins&amp;pection…</source>
        <translation>新建检查(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export the register…</source>
        <translation>导出名录(&amp;E)…</translation>
    </message>
    <message>
        <source>Export a &amp;year&apos;s results…</source>
        <translation>导出年度检查结果(&amp;Y)…</translation>
    </message>
    <message>
        <source>Import &amp;return packages…</source>
        <translation>导入回传包(&amp;R)…</translation>
    </message>
    <message>
        <source>Open an &amp;assignment package…</source>
        <translation>打开任务包(&amp;A)…</translation>
    </message>
    <message>
        <source>Export the &amp;return package…</source>
        <translation>导出回传包(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>证书管理(&amp;C)…</translation>
    </message>
    <message>
        <source>Chec&amp;k a file…</source>
        <translation>核验文件(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Back up the workspace…</source>
        <translation>备份工作区(&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver…</source>
        <translation>连接服务器(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Mine register</source>
        <translation>矿山名录(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation>检查人员(&amp;I)</translation>
    </message>
    <message>
        <source>I&amp;nspections</source>
        <translation>现场检查(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Draws</source>
        <translation>随机抽取(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>整改跟踪(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>年度统计(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find mine</source>
        <translation>查找矿山(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Holiday schedule…</source>
        <translation>节假日安排(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GreenMine</source>
        <translation>关于 GreenMine(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue rectification(s)</source>
        <translation>
            <numerusform>%n 件逾期整改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mine(s) shown</source>
        <translation>
            <numerusform>显示 %n 座矿山</numerusform>
        </translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>About GreenMine</source>
        <translation>关于 GreenMine</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GreenMine Desktop %1&lt;/h3&gt;&lt;p&gt;Green-mine spot checks for county natural-resources bureaus: double-random draws, field inspections offline, signed reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GreenMine Desktop %1&lt;/h3&gt;&lt;p&gt;县级自然资源部门绿色矿山“双随机、一公开”抽查工具：随机抽取、离线现场检查、签名报告。&lt;/p&gt;</translation>
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
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>导出名录</translation>
    </message>
    <message>
        <source>Export a year&apos;s results</source>
        <translation>导出年度检查结果</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Exchange format JSON (*.json)</source>
        <translation>数据交换格式 JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>MineRegisterPage</name>
    <message>
        <source>All minerals</source>
        <translation>全部矿种</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All list levels</source>
        <translation>全部级别</translation>
    </message>
    <message numerus="yes">
        <source>%n mine(s)</source>
        <translation>
            <numerusform>%n 座矿山</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a mine to see its licence and boundary.</source>
        <translation>选择一座矿山，查看其许可证信息和矿区范围。</translation>
    </message>
    <message>
        <source>%1 km² stated, %2 km² on the ellipsoid</source>
        <translation>登记 %1 km²，椭球面计算 %2 km²</translation>
    </message>
    <message>
        <source>differs by more than 0.1%</source>
        <translation>相差超过 0.1%</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1: %2 corners, mining elevation %3 m to %4 m</source>
        <translation>%1：%2 个拐点，开采标高 %3 m 至 %4 m</translation>
    </message>
    <message>
        <source>Licence No.</source>
        <translation>采矿许可证号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>采矿权人</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Licence valid</source>
        <translation>许可证有效期</translation>
    </message>
    <message>
        <source>Green list</source>
        <translation>绿色矿山</translation>
    </message>
    <message>
        <source>Abnormal list</source>
        <translation>异常名录</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>矿区面积</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>矿区范围</translation>
    </message>
    <message>
        <source>Filter by mine, licence or company (Ctrl+F)</source>
        <translation>按矿山名称、许可证号或采矿权人筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>开采矿种</translation>
    </message>
    <message>
        <source>Method / scale</source>
        <translation>开采方式 / 规模</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>矿山状态</translation>
    </message>
    <message>
        <source>Green-mine list level</source>
        <translation>绿色矿山级别</translation>
    </message>
</context>
<context>
    <name>MineTableModel</name>
    <message>
        <source>Licence No.</source>
        <translation>采矿许可证号</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>矿山</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>采矿权人</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>开采矿种</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>开采方式</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>矿山状态</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Green list</source>
        <translation>绿色矿山</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>名录状态</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Area check</source>
        <translation>面积核对</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>不符</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>口令(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>再输一次(&amp;A)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>Too easy to guess: use a longer phrase, not a word, date or keyboard row.</source>
        <translation>太容易被猜中：请用更长的短语，不要用单词、日期或键盘上连续的键。</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>请再输入一次相同的口令。</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>很强</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Rectification notice</source>
        <translation>限期整改通知书</translation>
    </message>
    <message>
        <source>Count working days (holidays and adjusted days by the official schedule)</source>
        <translation>按工作日计算（依国务院节假日安排，含调休）</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>出具</translation>
    </message>
    <message>
        <source>&amp;Days to rectify</source>
        <translation>整改期限（天）(&amp;D)</translation>
    </message>
    <message>
        <source>Writing the notice…</source>
        <translation>正在生成整改通知书…</translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <source>Import return packages</source>
        <translation>导入回传包</translation>
    </message>
    <message>
        <source>Return packages (*.gmreturn)</source>
        <translation>回传包 (*.gmreturn)</translation>
    </message>
    <message>
        <source>Importing packages…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <source>Team %1: %2 (%3 mines)</source>
        <translation>第 %1 组：%2（%3 座矿山）</translation>
    </message>
    <message>
        <source>Assignment package</source>
        <translation>任务包</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>检查组：</translation>
    </message>
    <message>
        <source>Assignment packages (*.gmtask)</source>
        <translation>任务包 (*.gmtask)</translation>
    </message>
    <message>
        <source>County root key</source>
        <translation>县局根证书密钥</translation>
    </message>
    <message>
        <source>Writing the assignment package…</source>
        <translation>正在生成任务包…</translation>
    </message>
    <message>
        <source>Assignment package written to %1</source>
        <translation>任务包已写入 %1</translation>
    </message>
    <message>
        <source>Open an assignment package</source>
        <translation>打开任务包</translation>
    </message>
    <message>
        <source>Opening the assignment package…</source>
        <translation>正在打开任务包…</translation>
    </message>
    <message>
        <source>Export the return package</source>
        <translation>导出回传包</translation>
    </message>
    <message>
        <source>Passphrase of your inspector key</source>
        <translation>您的检查人员密钥口令</translation>
    </message>
    <message>
        <source>Writing the return package…</source>
        <translation>正在生成回传包…</translation>
    </message>
    <message>
        <source>Return package written to %1</source>
        <translation>回传包已写入 %1</translation>
    </message>
</context>
<context>
    <name>PhotoMap</name>
    <message>
        <source>My position (GPS of %1)</source>
        <translation>我的位置（照片 %1 的 GPS）</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>no GPS</source>
        <translation>无 GPS</translation>
    </message>
    <message>
        <source>outside the boundary</source>
        <translation>超出矿区范围</translation>
    </message>
    <message>
        <source>near the boundary</source>
        <translation>靠近矿区边界</translation>
    </message>
    <message>
        <source>boundary not comparable</source>
        <translation>矿区坐标系无法比对</translation>
    </message>
    <message>
        <source>taken outside the inspection time</source>
        <translation>拍摄时间不在检查时段内</translation>
    </message>
    <message>
        <source>camera clock, zone unknown</source>
        <translation>相机本地时间（时区不明）</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>经过编辑</translation>
    </message>
    <message>
        <source>same scene used elsewhere</source>
        <translation>同一场景已用于其他检查</translation>
    </message>
    <message>
        <source>metadata unreadable</source>
        <translation>元数据无法读取</translation>
    </message>
    <message>
        <source>placed by hand</source>
        <translation>手动定位</translation>
    </message>
    <message>
        <source>invalid GPS</source>
        <translation>GPS无效</translation>
    </message>
    <message>
        <source>Add photos… (Ctrl+P)</source>
        <translation>添加照片…（Ctrl+P）</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>在地图上定位</translation>
    </message>
    <message>
        <source>whole inspection</source>
        <translation>整体</translation>
    </message>
    <message>
        <source>%1 photo(s), %2 with doubts</source>
        <translation>共 %1 张照片，%2 张有疑问</translation>
    </message>
    <message>
        <source>No photo selected.</source>
        <translation>未选择照片。</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>范围内</translation>
    </message>
    <message>
        <source>near</source>
        <translation>边界附近</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>范围外</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>无法比对</translation>
    </message>
    <message>
        <source>, %1 m outside</source>
        <translation>，在范围外 %1 米</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>矿区范围</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Click on the map where the photo was taken.</source>
        <translation>请在地图上点击照片的拍摄位置。</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Status</source>
        <translation>矿山状态</translation>
    </message>
    <message>
        <source>Mineral</source>
        <translation>开采矿种</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Green-mine list level</source>
        <translation>绿色矿山级别</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>抽查计划(&amp;P)</translation>
    </message>
    <message>
        <source>Items…</source>
        <translation>事项清单…</translation>
    </message>
    <message>
        <source>Spot-check &amp;item</source>
        <translation>抽查事项(&amp;I)</translation>
    </message>
    <message>
        <source>Tick the values to keep; none ticked keeps all.</source>
        <translation>勾选要纳入的值；都不勾选则全部纳入。</translation>
    </message>
    <message>
        <source>no exclusion</source>
        <translation>不排除</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Leave out mines checked in the last</source>
        <translation>排除近期已检查的矿山</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>抽取数量</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不分层</translation>
    </message>
    <message>
        <source>Per stratum</source>
        <translation>分层抽取</translation>
    </message>
    <message>
        <source>Always include mines on the abnormal list</source>
        <translation>异常名录内的矿山必抽</translation>
    </message>
    <message>
        <source>Always include mines with complaints on record</source>
        <translation>有投诉举报的矿山必抽</translation>
    </message>
    <message>
        <source>Team size (at least two)</source>
        <translation>检查组人数（至少两名）</translation>
    </message>
    <message>
        <source> mines</source>
        <translation> 座</translation>
    </message>
    <message>
        <source>Most mines per inspector</source>
        <translation>每名检查人员最多检查</translation>
    </message>
    <message>
        <source>Save plan (Ctrl+S)</source>
        <translation>保存计划（Ctrl+S）</translation>
    </message>
    <message>
        <source>Eligible: %1 mines; the draw takes %2. Inspectors in the pool: %3.</source>
        <translation>符合条件的矿山 %1 座，抽取 %2 座；在岗检查人员 %3 名。</translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation>请为抽查计划命名。</translation>
    </message>
    <message>
        <source>Saving the plan…</source>
        <translation>正在保存抽查计划…</translation>
    </message>
</context>
<context>
    <name>RecheckTaskDialog</name>
    <message>
        <source>Re-inspection package: %1</source>
        <translation>复查任务包：%1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Team (two or more)</source>
        <translation>检查组（至少两人）</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>任务包文件</translation>
    </message>
    <message>
        <source>County root key passphrase</source>
        <translation>县局根密钥口令</translation>
    </message>
    <message>
        <source>Assignment packages (*.gmtask)</source>
        <translation>任务包 (*.gmtask)</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>Register files (*.csv *.xlsx)</source>
        <translation>名录文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup is checked file by file, then copied into an empty folder and checked again. Nothing existing is overwritten.</source>
        <translation>先逐个文件核验备份，再复制到一个空文件夹并再次核验。不会覆盖任何已有文件。</translation>
    </message>
    <message>
        <source>&amp;Backup folder</source>
        <translation>备份文件夹(&amp;B)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Restore &amp;into</source>
        <translation>恢复到(&amp;I)</translation>
    </message>
    <message>
        <source>An empty folder</source>
        <translation>一个空文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a certificate</source>
        <translation>吊销证书</translation>
    </message>
    <message>
        <source>Revoke the certificate of %1 (serial %2)? From now on every package and PDF this certificate signs is refused. A revocation cannot be undone.</source>
        <translation>吊销 %1 的证书（序列号 %2）？此后用该证书签名的数据包和 PDF 一律拒收。吊销后不能撤销。</translation>
    </message>
    <message>
        <source>for example: laptop lost, left the bureau</source>
        <translation>例如：电脑遗失、调离本单位</translation>
    </message>
    <message>
        <source>Revoke for good</source>
        <translation>确认吊销</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Several clerks can work on one county desk when its data is on the bureau&apos;s PostgreSQL server; photos, reports and keys stay in the workspace folder. Ask the server&apos;s administrator for an empty database.</source>
        <translation>县局工作区的数据放在局里的 PostgreSQL 服务器上，几名工作人员就能同时使用；照片、报告和密钥仍留在工作区文件夹中。请向服务器管理员要一个空数据库。</translation>
    </message>
    <message>
        <source>&amp;Move this workspace&apos;s data onto the server</source>
        <translation>把本工作区的数据迁到服务器上(&amp;M)</translation>
    </message>
    <message>
        <source>Make a &amp;new county workspace on the server</source>
        <translation>在服务器上新建县局工作区(&amp;N)</translation>
    </message>
    <message>
        <source>for example db.county.local or 10.0.0.5</source>
        <translation>例如 db.county.local 或 10.0.0.5</translation>
    </message>
    <message>
        <source>instead of the four above: a service of pg_service.conf</source>
        <translation>或填写 pg_service.conf 中的服务名，代替上面四项</translation>
    </message>
    <message>
        <source>empty: libpq&apos;s password file (pgpass) or the keyring</source>
        <translation>不填：使用 libpq 的密码文件（pgpass）或系统钥匙串</translation>
    </message>
    <message>
        <source>&amp;Remember the password (kept in the system keyring)</source>
        <translation>记住密码（保存在系统钥匙串）(&amp;R)</translation>
    </message>
    <message>
        <source>This computer has no system keyring to keep it in (%1): keep the password in libpq&apos;s password file (pgpass) instead.</source>
        <translation>这台电脑没有可用的系统钥匙串（%1），无法记住密码；请把密码放在 libpq 的密码文件（pgpass）中。</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>Ser&amp;vice name</source>
        <translation>服务名(&amp;V)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Enter the server, the database and the user name, or a service name.</source>
        <translation>请填写服务器、数据库和用户名，或者填写服务名。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1; the database is ready for a county workspace.</source>
        <translation>连接成功：PostgreSQL %1；该数据库可以存放县局工作区。</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1; but the database is not empty.</source>
        <translation>连接成功：PostgreSQL %1；但该数据库不是空的。</translation>
    </message>
    <message>
        <source>Making the workspace on the server…</source>
        <translation>正在服务器上新建工作区…</translation>
    </message>
    <message>
        <source>Moving the data onto the server…</source>
        <translation>正在把数据迁到服务器上…</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签名确认</translation>
    </message>
    <message>
        <source>Refuses to sign</source>
        <translation>拒绝签字</translation>
    </message>
    <message>
        <source>Witness to the refusal (name, unit)</source>
        <translation>拒签见证人（姓名、单位）</translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <source>Sign off and freeze (Ctrl+Shift+S)</source>
        <translation>签字确认并锁定（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Inspector %1 (%2)</source>
        <translation>检查人员 %1（%2）</translation>
    </message>
    <message>
        <source>Mine representative %1</source>
        <translation>企业现场负责人 %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Changed since signing: sign again</source>
        <translation>签名后内容有改动：请重新签名</translation>
    </message>
    <message>
        <source>Refused; witness: %1</source>
        <translation>拒绝签字；见证人：%1</translation>
    </message>
    <message>
        <source>Signed ✓</source>
        <translation>已签名 ✓</translation>
    </message>
</context>
<context>
    <name>SourceChoice</name>
    <message>
        <source>Register and boundary files (*.csv *.xlsx *.shp *.dxf *.geojson *.gpkg)</source>
        <translation>名录和边界文件 (*.csv *.xlsx *.shp *.dxf *.geojson *.gpkg)</translation>
    </message>
</context>
<context>
    <name>SourceOptionsDialog</name>
    <message>
        <source>Boundary file %1</source>
        <translation>边界文件 %1</translation>
    </message>
    <message>
        <source>The file does not say all the import needs; choose:</source>
        <translation>文件未注明导入所需的全部信息，请选择：</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <source>From the zone prefix of the coordinates</source>
        <translation>按坐标的带号确定</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>坐标系：</translation>
    </message>
    <message>
        <source>Mine:</source>
        <translation>矿山：</translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <source>Start an inspection</source>
        <translation>开始现场检查</translation>
    </message>
    <message>
        <source>(drawn)</source>
        <translation>（抽中）</translation>
    </message>
    <message>
        <source>e.g. open pit, processing plant</source>
        <translation>如：采场、选矿车间</translation>
    </message>
    <message>
        <source>e.g. mine manager</source>
        <translation>如：矿长</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>矿山(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>检查表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>检查时间(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>检查地点(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;eam present (at least two)</source>
        <translation>到场检查人员（至少两名）(&amp;E)</translation>
    </message>
    <message>
        <source>Mine &amp;representative</source>
        <translation>企业现场负责人(&amp;R)</translation>
    </message>
    <message>
        <source>Representative&apos;s &amp;title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <source>Starting the inspection…</source>
        <translation>正在开始检查…</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Deadline in</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Re-inspection</source>
        <translation>复查记录</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Listing targets for %1</source>
        <translation>%1 年度绿色矿山名录目标</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Target (mines on the list)</source>
        <translation>目标（在册矿山数）</translation>
    </message>
    <message>
        <source>Saving the targets…</source>
        <translation>正在保存目标…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a file</source>
        <translation>核验文件</translation>
    </message>
    <message>
        <source>Drop a signed PDF, an assignment package (.gmtask) or a return package (.gmreturn) here, or open one.</source>
        <translation>把签名的 PDF、任务包（.gmtask）或回传包（.gmreturn）拖到这里，或打开文件。</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Signed files (*.pdf *.gmtask *.gmreturn)</source>
        <translation>签名文件 (*.pdf *.gmtask *.gmreturn)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在核验 %1…</translation>
    </message>
    <message>
        <source>Genuine: intact and signed with this county&apos;s certificates</source>
        <translation>真实：文件完好，由本县证书签名</translation>
    </message>
    <message>
        <source>Not trustworthy</source>
        <translation>不可信</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>A field laptop&apos;s workspace stays on the laptop; only a county workspace can be kept on the bureau&apos;s server.</source>
        <translation>野外笔记本的工作区只能保存在本机，只有县局工作区可以放在局里的服务器上。</translation>
    </message>
    <message>
        <source>This workspace&apos;s data is on the server already.</source>
        <translation>本工作区的数据已经在服务器上。</translation>
    </message>
    <message>
        <source>Open the restored workspace now?</source>
        <extracomment>A restored workspace the user chose to open now.</extracomment>
        <translation>现在打开恢复的工作区吗？</translation>
    </message>
</context>
</TS>
