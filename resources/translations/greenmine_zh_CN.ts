<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ImportPreviewDialog</name>
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
      <translation>原因</translation>
    </message>
    <message>
      <source>Import mines: preview</source>
      <translation>导入矿山名录：预览</translation>
    </message>
    <message>
      <source>Show only rows with problems</source>
      <translation>只显示有问题的行</translation>
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
      <translation>原因</translation>
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
      <source>Import mines</source>
      <translation>导入矿山名录</translation>
    </message>
    <message>
      <source>Licence No.</source>
      <translation>采矿许可证号</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>矿山名称</translation>
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
      <translation>矿山名称</translation>
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
</TS>