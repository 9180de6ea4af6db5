<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>%1: %2 new, %3 updates, %4 refused. Nothing is written until you import.</source>
        <translation>%1：新增 %2 条，更新 %3 条，拒绝 %4 条。点击导入之前不会写入任何数据。</translation>
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
        <extracomment>Asked for by the user; the application rebuilds the window (language, workspace).</extracomment>
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
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
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
        <source>Register files (*.csv *.xlsx);;All files (*)</source>
        <translation>名录文件 (*.csv *.xlsx);;所有文件 (*)</translation>
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
</context>
</TS>
