<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditTrail</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>股室</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Password changed at</source>
        <translation>密码修改时间</translation>
    </message>
    <message>
        <source>Enforcement certificate</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Enforcement certificate valid from</source>
        <translation>执法证有效期起</translation>
    </message>
    <message>
        <source>Enforcement certificate valid until</source>
        <translation>执法证有效期至</translation>
    </message>
    <message>
        <source>Special-equipment certificate</source>
        <translation>特种设备证号</translation>
    </message>
    <message>
        <source>Special-equipment certificate valid from</source>
        <translation>特种设备证有效期起</translation>
    </message>
    <message>
        <source>Special-equipment certificate valid until</source>
        <translation>特种设备证有效期至</translation>
    </message>
    <message>
        <source>Bureau name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Case-number abbreviation</source>
        <translation>案号简称</translation>
    </message>
    <message>
        <source>Workstation code</source>
        <translation>工作站代码</translation>
    </message>
    <message>
        <source>Idle lock (minutes)</source>
        <translation>空闲锁定（分钟）</translation>
    </message>
    <message>
        <source>Edition label</source>
        <translation>版本标签</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Main duties</source>
        <translation>主要职责</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>具体事项</translation>
    </message>
    <message>
        <source>Legal references</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Boundary matters</source>
        <translation>职责边界</translation>
    </message>
    <message>
        <source>Supervision systems</source>
        <translation>监管制度</translation>
    </message>
    <message>
        <source>Public services</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <source>Cannot start a change of %1: %2</source>
        <translation>无法开始修改 %1：%2</translation>
    </message>
    <message>
        <source>A change was committed without being begun.</source>
        <translation>修改尚未开始就被提交。</translation>
    </message>
    <message>
        <source>A change without an audit entry was refused.</source>
        <translation>没有审计记录的修改已被拒绝。</translation>
    </message>
    <message>
        <source>Cannot commit the change: %1</source>
        <translation>无法提交修改：%1</translation>
    </message>
    <message>
        <source>Set up the bureau</source>
        <translation>初始设置本局</translation>
    </message>
    <message>
        <source>Changed the bureau settings</source>
        <translation>修改本局设置</translation>
    </message>
    <message>
        <source>Added a staff account</source>
        <translation>新增人员账户</translation>
    </message>
    <message>
        <source>Edited a staff record</source>
        <translation>修改人员信息</translation>
    </message>
    <message>
        <source>Deactivated an account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Reactivated an account</source>
        <translation>重新启用账户</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Imported a responsibility list</source>
        <translation>导入责任清单</translation>
    </message>
    <message>
        <source>Removed a responsibility list</source>
        <translation>删除责任清单</translation>
    </message>
    <message>
        <source>Record: give at least the first 8 characters of the record's identity.</source>
        <translation>记录：请至少给出记录标识的前 8 个字符。</translation>
    </message>
    <message>
        <source>Record: no audit entry concerns a record %1.</source>
        <translation>记录：没有涉及记录 %1 的审计条目。</translation>
    </message>
    <message>
        <source>Record: %1 matches several records; give more characters.</source>
        <translation>记录：%1 对应多条记录，请多给几个字符。</translation>
    </message>
    <message>
        <source>Cannot append to the audit trail: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was deleted after it was written (the chain goes from %2 to %3).</source>
        <translation>条目 %1 缺失：写入后被删除（链条从 %2 跳到 %3）。</translation>
    </message>
    <message>
        <source>Entry %1 is out of order: it stands where %2 should be; entries were reordered after they were written.</source>
        <translation>条目 %1 顺序错乱：它处在 %2 应在的位置；条目写入后被调换了顺序。</translation>
    </message>
    <message>
        <source>Entry %1 should start the chain of workstation %2 but links to another entry.</source>
        <translation>条目 %1 应是工作站 %2 链条的第一条，却链接到另一条目。</translation>
    </message>
    <message>
        <source>Entry %1 no longer links to entry %2: %2 was rewritten or entries were replaced after they were written.</source>
        <translation>条目 %1 与条目 %2 的链接已断开：%2 被改写，或条目写入后被替换。</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation>条目 %1 写入后被修改：其内容与哈希值不再相符。</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: the newest entries of workstation %3 were deleted.</source>
        <translation>条目 %1 至 %2 缺失：工作站 %3 最新的条目被删除。</translation>
    </message>
    <message>
        <source>The chain of workstation %1 does not end where its head says (%2): the trail was altered.</source>
        <translation>工作站 %1 的链条未在链头所记之处（%2）结束：日志已被改动。</translation>
    </message>
    <message>
        <source>The chain of workstation %1 has no head: the trail was altered.</source>
        <translation>工作站 %1 的链条没有链头：日志已被改动。</translation>
    </message>
    <message>
        <source>The verification was cancelled after %1 of %2 entries.</source>
        <translation>校验已在 %2 条中的第 %1 条后取消。</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>登记代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Last accident or recall</source>
        <translation>最近事故或召回</translation>
    </message>
    <message>
        <source>Complaints confirmed</source>
        <translation>投诉属实</translation>
    </message>
    <message>
        <source>Crowded place</source>
        <translation>人员密集场所</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind of licence</source>
        <translation>证书类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>许可范围</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>状态生效日期</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>状态变更原因</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>设备类别</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>注册代码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>使用地点</translation>
    </message>
    <message>
        <source>Next inspection due</source>
        <translation>下次检验日期</translation>
    </message>
    <message>
        <source>Added an entity</source>
        <translation>新增监管对象</translation>
    </message>
    <message>
        <source>Edited an entity</source>
        <translation>修改监管对象</translation>
    </message>
    <message>
        <source>Removed an entity</source>
        <translation>删除监管对象</translation>
    </message>
    <message>
        <source>Restored an entity</source>
        <translation>恢复监管对象</translation>
    </message>
    <message>
        <source>Added a licence</source>
        <translation>新增许可证</translation>
    </message>
    <message>
        <source>Edited a licence</source>
        <translation>修改许可证</translation>
    </message>
    <message>
        <source>Changed a licence's status</source>
        <translation>变更许可证状态</translation>
    </message>
    <message>
        <source>Removed a licence</source>
        <translation>删除许可证</translation>
    </message>
    <message>
        <source>Restored a licence</source>
        <translation>恢复许可证</translation>
    </message>
    <message>
        <source>Removed a licence with its holder</source>
        <translation>随持证单位删除许可证</translation>
    </message>
    <message>
        <source>Restored a licence with its holder</source>
        <translation>随持证单位恢复许可证</translation>
    </message>
    <message>
        <source>Added special equipment</source>
        <translation>新增特种设备</translation>
    </message>
    <message>
        <source>Edited special equipment</source>
        <translation>修改特种设备</translation>
    </message>
    <message>
        <source>Removed special equipment</source>
        <translation>删除特种设备</translation>
    </message>
    <message>
        <source>Restored special equipment</source>
        <translation>恢复特种设备</translation>
    </message>
    <message>
        <source>Removed special equipment with its user</source>
        <translation>随使用单位删除特种设备</translation>
    </message>
    <message>
        <source>Restored special equipment with its user</source>
        <translation>随使用单位恢复特种设备</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Type of file</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Year (0: every year)</source>
        <translation>年度（0：各年度通用）</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>起始号</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>终止号</translation>
    </message>
    <message>
        <source>Lead number</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Source details</source>
        <translation>来源详情</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Kind of party</source>
        <translation>当事人类型</translation>
    </message>
    <message>
        <source>Party (entity)</source>
        <translation>当事人（单位）</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Party's code or ID number</source>
        <translation>当事人统一社会信用代码或身份证号码</translation>
    </message>
    <message>
        <source>Party's address</source>
        <translation>当事人地址</translation>
    </message>
    <message>
        <source>Party's legal representative</source>
        <translation>当事人法定代表人</translation>
    </message>
    <message>
        <source>Party's phone</source>
        <translation>当事人电话</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>案情</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>法律条款</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚内容</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Party notified on</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <source>Told of the right to a hearing</source>
        <translation>已告知听证权利</translation>
    </message>
    <message>
        <source>Party waived statement or hearing</source>
        <translation>当事人放弃陈述申辩或听证</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>处罚决定日期</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Method of service</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Executed on</source>
        <translation>执行完毕日期</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已缴纳（元）</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>缴款票据号</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <source>Archive number</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>移送至</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>终结日期</translation>
    </message>
    <message>
        <source>Clock stops</source>
        <translation>期限中止</translation>
    </message>
    <message>
        <source>Sealing and seizure</source>
        <translation>查封扣押</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Registered a lead</source>
        <translation>登记线索</translation>
    </message>
    <message>
        <source>Edited a case</source>
        <translation>修改案件</translation>
    </message>
    <message>
        <source>Moved a case to its next stage</source>
        <translation>将案件推进到下一阶段</translation>
    </message>
    <message>
        <source>Extended a case's deadline</source>
        <translation>延长案件办理期限</translation>
    </message>
    <message>
        <source>Stopped a case's clock</source>
        <translation>中止计算案件期限</translation>
    </message>
    <message>
        <source>Restarted a case's clock</source>
        <translation>恢复计算案件期限</translation>
    </message>
    <message>
        <source>Recorded a sealing or seizure</source>
        <translation>登记查封扣押</translation>
    </message>
    <message>
        <source>Extended a sealing or seizure</source>
        <translation>延长查封扣押期限</translation>
    </message>
    <message>
        <source>Released sealed or seized goods</source>
        <translation>解除查封扣押</translation>
    </message>
    <message>
        <source>Attached a file to a case</source>
        <translation>添加案件附件</translation>
    </message>
    <message>
        <source>Removed an attachment of a case</source>
        <translation>删除案件附件</translation>
    </message>
    <message>
        <source>Assigned a block of case numbers</source>
        <translation>分配案件编号号段</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>检查地点</translation>
    </message>
    <message>
        <source>Kind of inspection</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <source>Campaign or key period</source>
        <translation>专项检查或重点时段</translation>
    </message>
    <message>
        <source>Plan entry</source>
        <translation>检查计划条目</translation>
    </message>
    <message>
        <source>Random draw</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>复查原记录</translation>
    </message>
    <message>
        <source>Supervision system</source>
        <translation>监管制度</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Correct by</source>
        <translation>改正期限</translation>
    </message>
    <message>
        <source>Directive number</source>
        <translation>指令书编号</translation>
    </message>
    <message>
        <source>Directive's demands</source>
        <translation>指令书要求</translation>
    </message>
    <message>
        <source>Directive given orally first</source>
        <translation>先行口头下达指令</translation>
    </message>
    <message>
        <source>Oral directive given on</source>
        <translation>口头指令下达日期</translation>
    </message>
    <message>
        <source>Sealed or seized</source>
        <translation>查封、扣押物品</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报告上级机关</translation>
    </message>
    <message>
        <source>Lead opened</source>
        <translation>已登记案件线索</translation>
    </message>
    <message>
        <source>Signed for the unit by</source>
        <translation>被检查单位签字人</translation>
    </message>
    <message>
        <source>Unit refused to sign</source>
        <translation>被检查单位拒绝签字</translation>
    </message>
    <message>
        <source>Note on the refusal to sign</source>
        <translation>拒绝签字情况说明</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation>抽查批次编号</translation>
    </message>
    <message>
        <source>Kind of sampling</source>
        <translation>抽查类型</translation>
    </message>
    <message>
        <source>Batch followed</source>
        <translation>原抽查批次</translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Enterprise's code</source>
        <translation>企业信用代码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Production date or batch</source>
        <translation>生产日期或批号</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>商标</translation>
    </message>
    <message>
        <source>Sample quantity</source>
        <translation>抽样数量</translation>
    </message>
    <message>
        <source>Sampled from</source>
        <translation>抽样地点</translation>
    </message>
    <message>
        <source>Sampled on</source>
        <translation>抽样日期</translation>
    </message>
    <message>
        <source>Samplers</source>
        <translation>抽样人员</translation>
    </message>
    <message>
        <source>Testing lab</source>
        <translation>检验机构</translation>
    </message>
    <message>
        <source>Standard applied</source>
        <translation>执行标准</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检验结果</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>检验报告编号</translation>
    </message>
    <message>
        <source>Report dated</source>
        <translation>检验报告日期</translation>
    </message>
    <message>
        <source>Report delivered on</source>
        <translation>检验报告送达日期</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>不合格项目</translation>
    </message>
    <message>
        <source>Objection made on</source>
        <translation>提出异议日期</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <source>Re-check requested on</source>
        <translation>申请复查日期</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>立案查处线索</translation>
    </message>
    <message>
        <source>Plan year</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <source>Kind of check</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <source>Supervision domain</source>
        <translation>监管领域</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Target units</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>Draw number</source>
        <translation>抽取编号</translation>
    </message>
    <message>
        <source>Drawn on</source>
        <translation>抽取日期</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>抽取范围</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>抽取目的</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Units drawn</source>
        <translation>抽取单位数</translation>
    </message>
    <message>
        <source>Inspectors per unit</source>
        <translation>每家单位执法人员数</translation>
    </message>
    <message>
        <source>Units in the pool</source>
        <translation>对象库单位</translation>
    </message>
    <message>
        <source>Inspectors in the pool</source>
        <translation>执法人员库人员</translation>
    </message>
    <message>
        <source>Hash of the unit pool</source>
        <translation>对象库哈希值</translation>
    </message>
    <message>
        <source>Hash of the inspector pool</source>
        <translation>执法人员库哈希值</translation>
    </message>
    <message>
        <source>Hash of the draw</source>
        <translation>抽取结果哈希值</translation>
    </message>
    <message>
        <source>Units and inspectors drawn</source>
        <translation>抽取的单位和执法人员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>申报日期</translation>
    </message>
    <message>
        <source>Recorded an inspection</source>
        <translation>录入检查记录</translation>
    </message>
    <message>
        <source>Edited an inspection record</source>
        <translation>修改检查记录</translation>
    </message>
    <message>
        <source>Finished an inspection record</source>
        <translation>完成检查记录</translation>
    </message>
    <message>
        <source>Corrected an inspection record (new version)</source>
        <translation>更正检查记录（新版本）</translation>
    </message>
    <message>
        <source>Discarded a draft inspection record</source>
        <translation>作废检查记录草稿</translation>
    </message>
    <message>
        <source>Recorded a sampling batch</source>
        <translation>录入抽查批次</translation>
    </message>
    <message>
        <source>Edited a sampling batch</source>
        <translation>修改抽查批次</translation>
    </message>
    <message>
        <source>Opened a case from a failed sampling batch</source>
        <translation>对不合格抽查批次立案查处</translation>
    </message>
    <message>
        <source>Discarded a sampling batch</source>
        <translation>作废抽查批次</translation>
    </message>
    <message>
        <source>Planned a campaign or key-period check</source>
        <translation>安排专项检查或重点时段检查</translation>
    </message>
    <message>
        <source>Edited a campaign or key-period check</source>
        <translation>修改专项检查或重点时段检查</translation>
    </message>
    <message>
        <source>Removed a campaign or key-period check</source>
        <translation>删除专项检查或重点时段检查</translation>
    </message>
    <message>
        <source>Made a random draw</source>
        <translation>进行随机抽取</translation>
    </message>
    <message>
        <source>Declared a conflict of interest</source>
        <translation>申报回避</translation>
    </message>
    <message>
        <source>Withdrew a conflict of interest</source>
        <translation>撤回回避</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Database pages</source>
        <translation>数据库页数</translation>
    </message>
    <message>
        <source>Restored from</source>
        <translation>恢复自</translation>
    </message>
    <message>
        <source>Schema version of the backup</source>
        <translation>备份的数据结构版本</translation>
    </message>
    <message>
        <source>Automatic backup of the replaced data</source>
        <translation>被替换数据的自动备份</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>From workstation</source>
        <translation>来源工作站</translation>
    </message>
    <message>
        <source>For workstation</source>
        <translation>目标工作站</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Records received</source>
        <translation>收到的记录数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>审计条目数</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件数</translation>
    </message>
    <message>
        <source>Joined the bureau</source>
        <translation>加入本局</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Different from</source>
        <translation>确认不同于</translation>
    </message>
    <message>
        <source>Backed up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Restored the database from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <source>Exported an exchange file</source>
        <translation>导出交换文件</translation>
    </message>
    <message>
        <source>Imported an exchange file</source>
        <translation>导入交换文件</translation>
    </message>
    <message>
        <source>Resolved an exchange conflict</source>
        <translation>解决数据交换冲突</translation>
    </message>
    <message>
        <source>Merged a duplicate record</source>
        <translation>合并重复记录</translation>
    </message>
    <message>
        <source>Kept two records that looked like duplicates</source>
        <translation>保留两条疑似重复的记录</translation>
    </message>
    <message>
        <source>Changed the sync key</source>
        <translation>更换同步密钥</translation>
    </message>
</context>
<context>
    <name>BureauSettings</name>
    <message>
        <source>Bureau name: give the bureau's name (1 to 100 characters).</source>
        <translation>单位名称：请填写本局名称（1～100 个字符）。</translation>
    </message>
    <message>
        <source>Abbreviation: give the case-number abbreviation, e.g. 永质监 (1 to 12 characters).</source>
        <translation>简称：请填写案件编号使用的简称，如“永质监”（1～12 个字符）。</translation>
    </message>
    <message>
        <source>Workstation code: use 1 to 16 letters, digits or '-' (got "%1").</source>
        <translation>工作站代码：只能使用 1～16 个字母、数字或“-”（当前为“%1”）。</translation>
    </message>
    <message>
        <source>Idle lock: give 1 to %1 minutes (got %2).</source>
        <translation>空闲锁定：请填写 1 至 %1 分钟（当前为 %2）。</translation>
    </message>
    <message>
        <source>%1 is not set up yet; run the set-up first.</source>
        <translation>%1 尚未初始设置，请先完成初始设置。</translation>
    </message>
    <message>
        <source>Workstation code: it is fixed at set-up (%1) because records and the audit trail carry it; it cannot become %2.</source>
        <translation>工作站代码：初始设置时已确定（%1），记录和审计日志都带有它，不能改为 %2。</translation>
    </message>
    <message>
        <source>%1 is already the workstation %2 of %3; it cannot join again.</source>
        <translation>%1 已是 %3 的工作站 %2，不能再次加入。</translation>
    </message>
</context>
<context>
    <name>BureauSetup</name>
    <message>
        <source>%1 is already set up for %2 (%3, workstation %4); it was not changed.</source>
        <translation>%1 已为 %2 完成初始设置（%3，工作站 %4），未作改动。</translation>
    </message>
</context>
<context>
    <name>CaseDeskCli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation>数据库已就绪：%1（数据结构版本 %2）</translation>
    </message>
    <message>
        <source>duties import: give exactly one FILE</source>
        <translation>duties import：请只给出一个文件</translation>
    </message>
    <message>
        <source>%1: %2, edition "%3" of %4: %5 main duties, %6 items, %7 legal references, %8 boundary matters, %9 supervision systems, %10 public services. Nothing was written (dry run).</source>
        <translation>%1：%2，%4 的版本“%3”：主要职责 %5 项，具体责任事项 %6 项，法律依据 %7 条，职责边界 %8 项，事中事后监管制度 %9 项，公共服务事项 %10 项。未写入任何内容（试运行）。</translation>
    </message>
    <message>
        <source>Edition "%1" of %2 is already stored with the same content (edition %3); nothing was changed.</source>
        <translation>%2 的版本“%1”已以相同内容存在（版本 %3），未作任何更改。</translation>
    </message>
    <message>
        <source>Imported edition "%1" of %2 as edition %3: %4 main duties, %5 items, %6 legal references, %7 boundary matters, %8 supervision systems, %9 public services.</source>
        <translation>已导入 %2 的版本“%1”（版本 %3）：主要职责 %4 项，具体责任事项 %5 项，法律依据 %6 条，职责边界 %7 项，事中事后监管制度 %8 项，公共服务事项 %9 项。</translation>
    </message>
    <message>
        <source>Edition %1 "%2" — %3 (%4), published %5</source>
        <translation>版本 %1“%2”——%3（%4），发布于 %5</translation>
    </message>
    <message>
        <source>  Boundary matters: %1; supervision systems: %2; public services: %3</source>
        <translation>  职责边界：%1 项；事中事后监管制度：%2 项；公共服务事项：%3 项</translation>
    </message>
    <message>
        <source>No responsibility list has been imported yet.</source>
        <translation>尚未导入任何责任清单。</translation>
    </message>
    <message>
        <source>duties export: give -o FILE.csv</source>
        <translation>duties export：请用 -o 指定 CSV 文件</translation>
    </message>
    <message>
        <source>duties export: -o %1: the file name must end in .csv</source>
        <translation>duties export：-o %1：文件名须以 .csv 结尾</translation>
    </message>
    <message>
        <source>Wrote edition %1 "%2" to %3.</source>
        <translation>已将版本 %1“%2”写入 %3。</translation>
    </message>
    <message>
        <source>unknown command "%1"; see casedesk-cli --help</source>
        <translation>未知命令“%1”，请参阅 casedesk-cli --help</translation>
    </message>
    <message>
        <source>%1: unexpected argument "%2"</source>
        <translation>%1：多余的参数“%2”</translation>
    </message>
    <message>
        <source>audit list: unexpected argument "%1"</source>
        <translation>audit list：多余的参数“%1”</translation>
    </message>
    <message>
        <source>--limit: "%1" is not a number of entries</source>
        <translation>--limit：“%1”不是条目数</translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation>没有审计条目。</translation>
    </message>
    <message>
        <source>audit verify: unexpected argument "%1"</source>
        <translation>audit verify：多余的参数“%1”</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>审计日志完好：已校验 %1 条。</translation>
    </message>
    <message>
        <source>  workstation %1: %2 entries, last hash %3</source>
        <translation>  工作站 %1：%2 条，最后哈希值 %3</translation>
    </message>
    <message>
        <source>audit verify: the audit trail has been tampered with: %1</source>
        <translation>audit verify：审计日志被篡改：%1</translation>
    </message>
    <message>
        <source>--idle-lock: "%1" is not a number of minutes</source>
        <translation>--idle-lock：“%1”不是分钟数</translation>
    </message>
    <message>
        <source>Bureau: %1, abbreviation %2, workstation %3; the GUI locks after %4 idle minutes</source>
        <translation>本局：%1，案号简称 %2，工作站 %3；图形界面空闲 %4 分钟后锁定</translation>
    </message>
    <message>
        <source>Not set up yet: run init --bureau NAME --abbrev ABBR --site CODE --admin LOGIN.</source>
        <translation>尚未初始设置：请运行 init --bureau 名称 --abbrev 简称 --site 代码 --admin 登录名。</translation>
    </message>
    <message>
        <source>init: %1 is already set up for %2 (%3, workstation %4); it was not changed.</source>
        <translation>init：%1 已为 %2 完成初始设置（%3，工作站 %4），未作改动。</translation>
    </message>
    <message>
        <source>init: give --bureau, --abbrev, --site and --admin together (the administrator's password from CASEDESK_PASSWORD or --password-file)</source>
        <translation>init：请同时给出 --bureau、--abbrev、--site 和 --admin（管理员密码来自 CASEDESK_PASSWORD 或 --password-file）</translation>
    </message>
    <message>
        <source>settings set: give --bureau, --abbrev or --idle-lock</source>
        <translation>settings set：请给出 --bureau、--abbrev 或 --idle-lock</translation>
    </message>
    <message>
        <source>%1 %2: cannot read the file (%3).</source>
        <translation>%1 %2：无法读取文件（%3）。</translation>
    </message>
    <message>
        <source>%1 %2: the first line is empty; it must hold the password.</source>
        <translation>%1 %2：第一行为空，应为密码。</translation>
    </message>
    <message>
        <source>no password: set %1 or give %2 FILE</source>
        <translation>没有密码：请设置 %1 或给出 %2 文件</translation>
    </message>
    <message>
        <source>%1: sign in with --user NAME (the password from CASEDESK_PASSWORD or --password-file FILE)</source>
        <translation>%1：请用 --user 登录名 登录（密码来自 CASEDESK_PASSWORD 或 --password-file 文件）</translation>
    </message>
    <message>
        <source>duties remove: give exactly one EDITION (its number or label)</source>
        <translation>duties remove：请给出一个版本（编号或标签）</translation>
    </message>
    <message>
        <source>Removed edition %1; its rows are kept as tombstones and the removal is in the audit trail.</source>
        <translation>已删除版本 %1；其记录作为删除标记保留，删除操作已记入审计日志。</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date; write it as YYYY-MM-DD</source>
        <translation>%1：“%2”不是日期，请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>certificate %1 until %2</source>
        <translation>执法证 %1 有效至 %2</translation>
    </message>
    <message>
        <source>special equipment %1 until %2</source>
        <translation>特种设备证 %1 有效至 %2</translation>
    </message>
    <message>
        <source>(deactivated)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>%1: give exactly one LOGIN</source>
        <translation>%1：请给出一个登录名</translation>
    </message>
    <message>
        <source>users list: unexpected argument "%1"</source>
        <translation>users list：多余的参数“%1”</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3; the first password must be changed at the first sign-in.</source>
        <translation>已添加 %1（%2），角色：%3；首次登录时须修改初始密码。</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>已保存 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 (%2) may sign in again.</source>
        <translation>%1（%2）可以重新登录。</translation>
    </message>
    <message>
        <source>%1 (%2) can no longer sign in; their name stays on their records.</source>
        <translation>%1（%2）已不能登录；其姓名仍保留在其经手的记录上。</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>The password of %1 has been reset; they must choose a new one at their next sign-in.</source>
        <translation>%1 的密码已重置；其下次登录时须设置新密码。</translation>
    </message>
    <message>
        <source>%1: give exactly one ID or code</source>
        <translation>%1：请给出一个编号或代码</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>（已过期）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: "%2" is not a whole number of at least %3</source>
        <translation>%1：“%2”不是不小于 %3 的整数</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>共 %n 家</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Licences: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>Special equipment: %1</source>
        <translation>特种设备：%1</translation>
    </message>
    <message>
        <source>Similar name: %1 (%2)</source>
        <translation>相似名称：%1（%2）</translation>
    </message>
    <message>
        <source>Added %1 (%2) as entity %3.</source>
        <translation>已添加%1（%2），编号 %3。</translation>
    </message>
    <message>
        <source>Note: the name is close to %1 (%2).</source>
        <translation>注意：该名称与%1（%2）相似。</translation>
    </message>
    <message>
        <source>Removed %1 with its licences and equipment.</source>
        <translation>已删除%1及其许可证和设备。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>共 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s)</source>
        <translation>
            <numerusform>共 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>licences status: "%1" is not a licence ID</source>
        <translation>licences status：“%1”不是许可证编号</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1现为%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个监管对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licences</source>
        <translation>
            <numerusform>%n 个许可证</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units of special equipment</source>
        <translation>
            <numerusform>%n 台特种设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>  %1 → ignored</source>
        <translation>  %1 → 忽略</translation>
    </message>
    <message>
        <source>%1: give exactly one FILE</source>
        <translation>%1：请给出一个文件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was written.</source>
        <translation>
            <numerusform>%1：%n 处问题，未写入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 would be stored; nothing was written.</source>
        <translation>试运行：将保存 %1；未写入任何数据。</translation>
    </message>
    <message>
        <source>Stored %1; each is in the audit trail.</source>
        <translation>已保存 %1；每条都记入审计日志。</translation>
    </message>
    <message>
        <source>%1: give -o FILE.csv or -o FILE.xlsx</source>
        <translation>%1：请给出 -o 文件.csv 或 -o 文件.xlsx</translation>
    </message>
    <message>
        <source>%1: give -o FILE.csv</source>
        <translation>%1：请给出 -o 文件.csv</translation>
    </message>
    <message>
        <source>%1: -o %2: the file name must end in .csv or .xlsx</source>
        <translation>%1：-o %2：文件名须以 .csv 或 .xlsx 结尾</translation>
    </message>
    <message>
        <source>%1: -o %2: the file name must end in .csv</source>
        <translation>%1：-o %2：文件名须以 .csv 结尾</translation>
    </message>
    <message>
        <source>Wrote the entities, licences and special equipment to %1.</source>
        <translation>已将监管对象、许可证和特种设备写入 %1。</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1已写入 %2。</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1：提示：%2</translation>
    </message>
    <message>
        <source>%1: %2, %3, read as %4.</source>
        <translation>%1：%2，%3，按%4读取。</translation>
    </message>
    <message>
        <source>%1: %2 more warnings not shown (--json lists them all).</source>
        <translation>%1：另有 %2 条提示未显示（--json 可列出全部）。</translation>
    </message>
    <message>
        <source>%1–%2 × %3</source>
        <translation>%3的 %1–%2 倍</translation>
    </message>
    <message>
        <source>illegal income</source>
        <translation>违法所得</translation>
    </message>
    <message>
        <source>goods value</source>
        <translation>货值金额</translation>
    </message>
    <message>
        <source> (provision %1, %2: %3)</source>
        <translation>（条款 %1，%2：%3）</translation>
    </message>
    <message>
        <source>, basis %1</source>
        <translation>，基数 %1</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>，期限至 %1</translation>
    </message>
    <message>
        <source>, licence %1</source>
        <translation>，许可证 %1</translation>
    </message>
    <message>
        <source>Lead %1 (id %2)</source>
        <translation>线索 %1（ID %2）</translation>
    </message>
    <message>
        <source>%1 (lead %2, id %3)</source>
        <translation>%1（线索 %2，ID %3）</translation>
    </message>
    <message>
        <source>%1 (%2, certificate %3)</source>
        <translation>%1（%2，执法证 %3）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>股室</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>案情</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Fines in total</source>
        <translation>罚没款合计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴纳</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>移送至</translation>
    </message>
    <message>
        <source>Archive number</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Responsibility item %1: %2</source>
        <translation>具体责任事项 %1：%2</translation>
    </message>
    <message>
        <source> (fine %1)</source>
        <translation>（罚款 %1）</translation>
    </message>
    <message>
        <source>Provisions:</source>
        <translation>法律条款：</translation>
    </message>
    <message>
        <source>Penalties:</source>
        <translation>处罚内容：</translation>
    </message>
    <message>
        <source>Decision due: %1 (%2)</source>
        <translation>处罚决定期限：%1（%2）</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>计算依据：%1</translation>
    </message>
    <message>
        <source>Extended by %1 days on %2 by %3: %4</source>
        <translation>%2 经 %3 批准延期 %1 天：%4</translation>
    </message>
    <message>
        <source>Clock stopped (%1) %2 – %3: %4</source>
        <translation>期限中止（%1）%2 – %3：%4</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>Seizure %1 from %2: %3 at %4; %5</source>
        <translation>查封扣押 %1，自 %2 起：%3，地点 %4；%5</translation>
    </message>
    <message>
        <source>released %1</source>
        <translation>%1 已解除</translation>
    </message>
    <message>
        <source>due %1 (%2 days left)</source>
        <translation>%1 到期（尚余 %2 天）</translation>
    </message>
    <message>
        <source>--entity, --person: name the party, a registered entity or a person</source>
        <translation>--entity、--person：请指明当事人，为名录中的单位或个人</translation>
    </message>
    <message>
        <source>Registered lead %1.</source>
        <translation>已登记线索 %1。</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>已更新 %1。</translation>
    </message>
    <message>
        <source>cases penalty: give --add KIND (with its options) or --clear</source>
        <translation>cases penalty：请给出 --add KIND（及其选项）或 --clear</translation>
    </message>
    <message>
        <source>Penalties of %1 saved.</source>
        <translation>已保存 %1 的处罚内容。</translation>
    </message>
    <message numerus="yes">
        <source>due %1, %n day(s) overdue</source>
        <translation>
            <numerusform>%1 到期，已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due %1, %n day(s) left</source>
        <translation>
            <numerusform>%1 到期，尚余 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>时间线：</translation>
    </message>
    <message>
        <source>Attachment %1: %2, %3 bytes, SHA-256 %4</source>
        <translation>附件 %1：%2，%3 字节，SHA-256 %4</translation>
    </message>
    <message>
        <source>You may advance it to: %1</source>
        <translation>可推进到：%1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>可出具文书：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>the seizure's ID, as cases show lists it</source>
        <translation>cases show 所列的查封扣押编号</translation>
    </message>
    <message>
        <source>the stage to take the case to</source>
        <translation>案件要进入的阶段</translation>
    </message>
    <message>
        <source>why the case needs more time</source>
        <translation>案件需要延期的理由</translation>
    </message>
    <message>
        <source>Extended %1.</source>
        <translation>%1 已延期。</translation>
    </message>
    <message>
        <source>hearing, testing or public-notice</source>
        <translation>hearing、testing 或 public-notice</translation>
    </message>
    <message>
        <source>why the clock stops</source>
        <translation>期限中止的理由</translation>
    </message>
    <message>
        <source>The clock of %1 stands still from %2.</source>
        <translation>%1 自 %2 起中止计算办案期限。</translation>
    </message>
    <message>
        <source>why the clock runs again</source>
        <translation>恢复计算期限的理由</translation>
    </message>
    <message>
        <source>The clock of %1 runs again.</source>
        <translation>%1 已恢复计算办案期限。</translation>
    </message>
    <message>
        <source>what was sealed or seized</source>
        <translation>查封扣押的财物</translation>
    </message>
    <message>
        <source>Seizure recorded for %1.</source>
        <translation>已登记 %1 的查封扣押。</translation>
    </message>
    <message>
        <source>why the seizure lasts longer</source>
        <translation>延长查封扣押的理由</translation>
    </message>
    <message>
        <source>Seizure %1 of %2 extended.</source>
        <translation>已延长 %2 的查封扣押 %1。</translation>
    </message>
    <message>
        <source>Seizure %1 of %2 released.</source>
        <translation>已解除 %2 的查封扣押 %1。</translation>
    </message>
    <message>
        <source>--items: there is no responsibility item %1 (cases items lists them)</source>
        <translation>--items：没有具体责任事项 %1（可用 cases items 列出）</translation>
    </message>
    <message>
        <source>--entity, --person: give one party, a registered entity or a person</source>
        <translation>--entity、--person：只能给出一个当事人，为名录中的单位或个人</translation>
    </message>
    <message>
        <source>--id-number: a person is identified by their resident ID number</source>
        <translation>--id-number：个人当事人须以居民身份证号码标识</translation>
    </message>
    <message>
        <source>--id-number: the party is a registered entity; give --person NAME too</source>
        <translation>--id-number：当事人是名录中的单位；身份证号码仅用于个人，请同时给出 --person NAME</translation>
    </message>
    <message>
        <source>%1: give the case's NUMBER</source>
        <translation>%1：请给出案件编号 NUMBER</translation>
    </message>
    <message>
        <source>%1: give the case's NUMBER and a FILE</source>
        <translation>%1：请给出案件编号 NUMBER 和文件 FILE</translation>
    </message>
    <message>
        <source>%1: missing argument</source>
        <translation>%1：缺少参数</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1：必须给出</translation>
    </message>
    <message>
        <source>%1: required (%2)</source>
        <translation>%1：必须给出（%2）</translation>
    </message>
    <message>
        <source>%1: "%2" is not an ID</source>
        <translation>%1：“%2”不是有效的 ID</translation>
    </message>
    <message>
        <source>--provision: %1 is not an applied provision of %2 (cases show numbers them)</source>
        <translation>--provision：%1 不是 %2 的处罚依据条款（条款序号见 cases show）</translation>
    </message>
    <message>
        <source>%1: "%2" is not one of %3</source>
        <translation>%1：“%2”不是 %3 之一</translation>
    </message>
    <message>
        <source>-o %1: cannot write the file (%2)</source>
        <translation>-o %1：无法写入文件（%2）</translation>
    </message>
    <message>
        <source>-o: required (the file to write)</source>
        <translation>-o：必须给出（要写入的文件）</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>各年度通用</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>共 %n 个号段</numerusform>
        </translation>
    </message>
    <message>
        <source>--document: required (filing-approval, correction-order, penalty-notice, penalty-decision or closing-approval)</source>
        <translation>--document：必须给出（filing-approval、correction-order、penalty-notice、penalty-decision 或 closing-approval）</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>已将%1写入 %2。</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1：无法读取文件（%2）</translation>
    </message>
    <message>
        <source>Attached %1 as attachment %2 (%3 bytes, SHA-256 %4).</source>
        <translation>已将 %1 添加为附件 %2（%3 字节，SHA-256 %4）。</translation>
    </message>
    <message>
        <source>Wrote %1 bytes to %2 (SHA-256 %3).</source>
        <translation>已将 %1 字节写入 %2（SHA-256 %3）。</translation>
    </message>
    <message>
        <source>--site: required (the workstation the block is for)</source>
        <translation>--site：必须给出（号段所属的工作站）</translation>
    </message>
    <message>
        <source>%1: required (the block's first and last sequence numbers)</source>
        <translation>%1：必须给出（号段的起始号和终止号）</translation>
    </message>
    <message>
        <source>%1: ref:%2 is not a legal reference of the case's responsibility items (give --items; cases items lists them)</source>
        <translation>%1：ref:%2 不是本案具体责任事项的法律依据（请给出 --items；可用 cases items 列出）</translation>
    </message>
    <message>
        <source>%1: "%2" names no law; write it as "产品质量法 第四十九条" or ref:ID</source>
        <translation>%1：“%2”没有写明法律名称，请写成 "产品质量法 第四十九条" 或 ref:ID</translation>
    </message>
    <message>
        <source>--fine-multiple: "%1" is not a range of multiples; write it as 1-3x</source>
        <translation>--fine-multiple：“%1”不是倍数范围，请写成 1-3x 的形式</translation>
    </message>
    <message>
        <source>--fine-range, --fine-multiple: a provision gives one kind of range</source>
        <translation>--fine-range、--fine-multiple：一个条款只能给出一种罚款幅度</translation>
    </message>
    <message>
        <source>--fine-range: "%1" is not a range; write it as MIN-MAX in yuan, e.g. 30000-100000</source>
        <translation>--fine-range：“%1”不是金额范围，请以元为单位写成 MIN-MAX，如 30000-100000</translation>
    </message>
    <message>
        <source>--fine-range: the minimum %1 is above the maximum %2</source>
        <translation>--fine-range：下限 %1 高于上限 %2</translation>
    </message>
    <message>
        <source>--fine-multiple: the lower multiple is above the higher one</source>
        <translation>--fine-multiple：倍数下限高于上限</translation>
    </message>
    <message>
        <source>--fine-basis: say what the multiple is of: income (违法所得) or goods (货值金额)</source>
        <translation>--fine-basis：请说明倍数的计算基数：income（违法所得）或 goods（货值金额）</translation>
    </message>
    <message>
        <source>--fine-basis: "%1" is not one of income, goods</source>
        <translation>--fine-basis：“%1”不是 income 或 goods</translation>
    </message>
    <message>
        <source>%1: give it with --applied, the provision whose fine range it is</source>
        <translation>%1：请与 --applied 一起给出，即该罚款幅度所属的条款</translation>
    </message>
    <message>
        <source>cases attachment: give the attachment's ID (cases show lists them)</source>
        <translation>cases attachment：请给出附件的 ID（cases show 会列出）</translation>
    </message>
    <message>
        <source>Draw %1 on %2 (%3): %4 of %5 unit(s), %6 inspectors each, seed %7</source>
        <translation>随机抽取 %1，%2（%3）：从 %5 家单位中抽取 %4 家，每家 %6 名执法人员，随机种子 %7</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>抽取目的：%1</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>抽取范围：%1</translation>
    </message>
    <message>
        <source>every live entity</source>
        <translation>全部在册监管对象</translation>
    </message>
    <message>
        <source>Entity pool SHA-256: %1</source>
        <translation>对象库 SHA-256：%1</translation>
    </message>
    <message>
        <source>Inspector pool SHA-256: %1</source>
        <translation>执法人员库 SHA-256：%1</translation>
    </message>
    <message>
        <source>Result SHA-256: %1</source>
        <translation>抽取结果 SHA-256：%1</translation>
    </message>
    <message>
        <source>Entity pool: %1</source>
        <translation>对象库：%1</translation>
    </message>
    <message>
        <source>Inspector pool: %1</source>
        <translation>执法人员库：%1</translation>
    </message>
    <message>
        <source>Recused: %1 from %2</source>
        <translation>回避：%1 回避 %2</translation>
    </message>
    <message>
        <source>how many units to draw</source>
        <translation>抽取单位数量</translation>
    </message>
    <message>
        <source>inspections draw verify: %1 does not verify: %2</source>
        <translation>inspections draw verify：%1 验证未通过：%2</translation>
    </message>
    <message>
        <source>--inspector: name one person</source>
        <translation>--inspector：请指定一名人员</translation>
    </message>
    <message>
        <source>Recorded: %1 keeps out of draws and inspections of %2 (recusal %3).</source>
        <translation>已记录：%1 不参加对 %2 的随机抽取和检查（回避 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n recusal(s)</source>
        <translation>
            <numerusform>%n 条回避记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrew recusal %1.</source>
        <translation>已撤回回避 %1。</translation>
    </message>
    <message>
        <source>Follow-up check due: %1</source>
        <translation>复查期限：%1</translation>
    </message>
    <message>
        <source>Directive: %1</source>
        <translation>指令书：%1</translation>
    </message>
    <message>
        <source>Lead opened: %1</source>
        <translation>已登记案件线索：%1</translation>
    </message>
    <message>
        <source>%1, version %2 (%3; id %4)</source>
        <translation>%1，版本 %2（%3；id %4）</translation>
    </message>
    <message>
        <source>replaced by a later version</source>
        <translation>已被后续版本取代</translation>
    </message>
    <message>
        <source>refused to sign: %1</source>
        <translation>拒绝签字：%1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>被检查单位</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>检查地点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>监管领域</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Correct by</source>
        <translation>改正期限</translation>
    </message>
    <message>
        <source>Follow-up check due</source>
        <translation>复查期限</translation>
    </message>
    <message>
        <source>Directive</source>
        <translation>指令书</translation>
    </message>
    <message>
        <source>Directive demands</source>
        <translation>指令书要求</translation>
    </message>
    <message>
        <source>Given orally on</source>
        <translation>口头下达日期</translation>
    </message>
    <message>
        <source>Sealed or seized</source>
        <translation>查封、扣押</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报告上级</translation>
    </message>
    <message>
        <source>Lead opened</source>
        <translation>案件线索</translation>
    </message>
    <message>
        <source>Unit's signature</source>
        <translation>被检查单位签字</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>检查表：</translation>
    </message>
    <message>
        <source>Checklist (%1):</source>
        <translation>检查表（%1）：</translation>
    </message>
    <message>
        <source>--domain: required (the supervision domain: %1)</source>
        <translation>--domain：必须指定（监管领域：%1）</translation>
    </message>
    <message>
        <source>Recorded and finished %1.</source>
        <translation>已录入并完成 %1。</translation>
    </message>
    <message>
        <source>Recorded %1 as a draft.</source>
        <translation>已将 %1 保存为草稿。</translation>
    </message>
    <message>
        <source>inspections edit: %1 is finished and locked; use inspections correct NUMBER --reason R to make a new version</source>
        <translation>inspections edit：%1 已完成并锁定；请使用 inspections correct NUMBER --reason R 生成新版本</translation>
    </message>
    <message>
        <source>Updated and finished %1.</source>
        <translation>已更新并完成 %1。</translation>
    </message>
    <message>
        <source>Updated the draft %1.</source>
        <translation>已更新草稿 %1。</translation>
    </message>
    <message>
        <source>inspections finish: %1 is already finished</source>
        <translation>inspections finish：%1 已经完成</translation>
    </message>
    <message>
        <source>Finished %1.</source>
        <translation>已完成 %1。</translation>
    </message>
    <message>
        <source>why the finished record is corrected</source>
        <translation>更正已完成记录的理由</translation>
    </message>
    <message>
        <source>inspections correct: %1 is still a draft; change it with inspections edit</source>
        <translation>inspections correct：%1 仍是草稿，请使用 inspections edit 修改</translation>
    </message>
    <message>
        <source>--entity: a correction keeps the unit inspected</source>
        <translation>--entity：更正不能改变被检查单位</translation>
    </message>
    <message>
        <source>Corrected %1: version %2.</source>
        <translation>已更正 %1：版本 %2。</translation>
    </message>
    <message>
        <source>Discarded the draft %1.</source>
        <translation>已作废草稿 %1。</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>--domain, --system: name the domain (its default system) or the system</source>
        <translation>--domain、--system：请指定监管领域（使用其默认监管制度）或监管制度</translation>
    </message>
    <message>
        <source>--domain: the responsibility list in force has no supervision system for %1</source>
        <translation>--domain：现行责任清单中没有 %1 的监管制度</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 个检查项</numerusform>
        </translation>
    </message>
    <message>
        <source>--to: %1 is before --from %2</source>
        <translation>--to：%1 早于 --from %2</translation>
    </message>
    <message>
        <source>, version %1</source>
        <translation>，版本 %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n point(s) not conforming</source>
        <translation>
            <numerusform>，%n 个检查项不符合</numerusform>
        </translation>
    </message>
    <message>
        <source>, follow-up due %1</source>
        <translation>，复查期限 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n 条检查记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up check(s) due</source>
        <translation>
            <numerusform>%n 项复查到期</numerusform>
        </translation>
    </message>
    <message>
        <source>--check: "%1" is not LABEL=RESULT[:NOTE]</source>
        <translation>--check：“%1”不符合 LABEL=RESULT[:NOTE] 格式</translation>
    </message>
    <message>
        <source>--check: the record has no checklist, so there is no point %1</source>
        <translation>--check：该记录没有检查表，不存在检查项 %1</translation>
    </message>
    <message>
        <source>--check: the checklist has no point %1 (its points: %2)</source>
        <translation>--check：检查表中没有检查项 %1（现有检查项：%2）</translation>
    </message>
    <message>
        <source>--signatory, --refused: the unit either signed or refused to sign; give one</source>
        <translation>--signatory、--refused：被检查单位或签字或拒绝签字，请只指定其中一项</translation>
    </message>
    <message>
        <source>%1: give the %2</source>
        <translation>%1：请填写%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer active</source>
        <translation>%1：%2（%3）已停用</translation>
    </message>
    <message>
        <source>%1: there is no responsibility item %2 (cases items lists them)</source>
        <translation>%1：没有责任事项 %2（可用 cases items 列出）</translation>
    </message>
    <message>
        <source>--html: only one document at a time</source>
        <translation>--html：一次只能输出一份文书</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n record(s)) to %2.</source>
        <translation>
            <numerusform>已将 %1（%n 条记录）写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>give a record NUMBER, or --section, --from and --to</source>
        <translation>请给出记录编号 NUMBER，或 --section、--from 和 --to</translation>
    </message>
    <message>
        <source>--directive: print directives one record at a time</source>
        <translation>--directive：指令书须逐条记录打印</translation>
    </message>
    <message>
        <source>--section: nothing to print: %1 has no finished inspection from %2 to %3</source>
        <translation>--section：没有可打印的内容：%1 在 %2 至 %3 期间没有已完成的检查记录</translation>
    </message>
    <message>
        <source>--year: "%1" is not a year</source>
        <translation>--year：“%1”不是有效年份</translation>
    </message>
    <message>
        <source>The whole bureau</source>
        <translation>全局</translation>
    </message>
    <message numerus="yes">
        <source>	%n unit(s)</source>
        <translation>
            <numerusform>	%n 家单位</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspection plan %1:</source>
        <translation>检查计划 %1：</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 inspected, %4 still due</source>
        <translation>  %1：%3 家中已检查 %2 家，尚有 %4 家待检查</translation>
    </message>
    <message>
        <source>STILL DUE</source>
        <translation>尚未检查</translation>
    </message>
    <message numerus="yes">
        <source>done (%n inspection(s), last %1)</source>
        <translation>
            <numerusform>已检查（%n 次，最近一次 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>--kind: a plan entry is a campaign or a key-period check</source>
        <translation>--kind：计划条目只能是专项检查或重点时段检查</translation>
    </message>
    <message numerus="yes">
        <source>Planned %1 (id %2) with %n unit(s).</source>
        <translation>
            <numerusform>已安排 %1（id %2），共 %n 家单位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) and key period(s)</source>
        <translation>
            <numerusform>%n 项专项检查和重点时段检查</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1 (id %2) from the plan.</source>
        <translation>已从计划中删除 %1（id %2）。</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Recorded sampling batch %1.</source>
        <translation>已录入抽查批次 %1。</translation>
    </message>
    <message>
        <source>Recorded the result of %1: </source>
        <translation>已录入 %1 的检验结果： </translation>
    </message>
    <message>
        <source>The report of %1 reached the enterprise.</source>
        <translation>%1 的检验报告已送达企业。</translation>
    </message>
    <message>
        <source>Recorded the enterprise's objection to %1.</source>
        <translation>已记录企业对 %1 提出的异议。</translation>
    </message>
    <message>
        <source>Recorded the rectification of %1.</source>
        <translation>已记录 %1 的整改情况。</translation>
    </message>
    <message>
        <source>Recorded the request for a re-check of %1.</source>
        <translation>已记录 %1 的复查申请。</translation>
    </message>
    <message>
        <source>Opened lead %1 from %2.</source>
        <translation>已根据 %2 登记案件线索 %1。</translation>
    </message>
    <message>
        <source>Discarded sampling batch %1.</source>
        <translation>已作废抽查批次 %1。</translation>
    </message>
    <message>
        <source>--parent: a planned batch follows no other; give --kind objection or recheck</source>
        <translation>--parent：计划抽查批次不针对其他批次；请指定 --kind objection 或 recheck</translation>
    </message>
    <message>
        <source>--parent: an objection or re-check names the batch it follows</source>
        <translation>--parent：复检或复查须指明其针对的原批次</translation>
    </message>
    <message>
        <source>Sampling batch %1 (%2; id %3)</source>
        <translation>抽查批次 %1（%2；id %3）</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>原批次</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Sampled on</source>
        <translation>抽样日期</translation>
    </message>
    <message>
        <source>Sampled from</source>
        <translation>抽样地点</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>抽样数量</translation>
    </message>
    <message>
        <source>Samplers</source>
        <translation>抽样人员</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>检验机构</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>执行标准</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检验结果</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>检验报告</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>不合格项目</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Objection on</source>
        <translation>异议日期</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>整改日期</translation>
    </message>
    <message>
        <source>Re-check requested on</source>
        <translation>申请复查日期</translation>
    </message>
    <message>
        <source>met on %1</source>
        <translation>已于 %1 办理</translation>
    </message>
    <message>
        <source>, late</source>
        <translation>，逾期</translation>
    </message>
    <message>
        <source>passed unused</source>
        <translation>期满未办理</translation>
    </message>
    <message>
        <source>Followed by %1 (%2, sampled %3): %4</source>
        <translation>后续批次 %1（%2，抽样日期 %3）：%4</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n 个批次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n 项期限</numerusform>
        </translation>
    </message>
    <message>
        <source>--quarter: give either --quarter or --from and --to, not both</source>
        <translation>--quarter：请给出 --quarter，或者 --from 和 --to，不要同时给出</translation>
    </message>
    <message>
        <source>--quarter: required (e.g. --quarter 2026Q3), or --from DATE --to DATE</source>
        <translation>--quarter：必填（例如 --quarter 2026Q3），或者给出 --from 日期 --to 日期</translation>
    </message>
    <message>
        <source>--from: a range needs both --from and --to</source>
        <translation>--from：日期范围需要同时给出 --from 和 --to</translation>
    </message>
    <message>
        <source>Wrote the summary for %1 to %2.</source>
        <translation>已将%1的统计写入 %2。</translation>
    </message>
    <message>
        <source>Sync key: %1</source>
        <translation>同步密钥：%1</translation>
    </message>
    <message>
        <source>Workstation %1 waits to join its bureau: import a full export of another workstation (sync import FILE).</source>
        <translation>工作站 %1 正等待加入本局：请导入另一工作站的完整导出文件（sync import 文件）。</translation>
    </message>
    <message>
        <source>init --site: a workstation that joins its bureau needs the bureau's sync key (--sync-key-file FILE or CASEDESK_SYNC_KEY)</source>
        <translation>init --site：加入本局的工作站需要本局的同步密钥（--sync-key-file 文件 或 CASEDESK_SYNC_KEY）</translation>
    </message>
    <message>
        <source>init: %1 is already set up; it was not changed.</source>
        <translation>init：%1 已完成初始设置，未作改动。</translation>
    </message>
    <message>
        <source>init: cannot store the settings of %1.</source>
        <translation>init：无法保存 %1 的设置。</translation>
    </message>
    <message>
        <source>Usage: casedesk-cli [--db PATH] [--json] [--user NAME [--password-file FILE]] COMMAND [ARGS...]

Who acts: --user NAME signs in; the password comes from the environment
variable CASEDESK_PASSWORD or the first line of --password-file FILE.
Commands marked * need a signed-in user who is allowed to run them.
New passwords (users add, users passwd) come from CASEDESK_NEW_PASSWORD or
--new-password-file FILE.

Commands:
  init                     create the database (or show its state)
  init --bureau NAME --abbrev ABBR --site CODE --admin LOGIN [--name NAME]
       [--idle-lock MINUTES] [--sync-key-file FILE]
                           set a new database up: the bureau, its case-number
                           abbreviation, this workstation and the first
                           administrator (password as for --user)
  init --site CODE --sync-key-file FILE
                           a new workstation of a bureau that already runs
                           CaseDesk; it joins with its first sync import
  settings show            the bureau's settings
  settings set [--bureau NAME] [--abbrev ABBR] [--idle-lock MINUTES]  *
  duties import FILE [--edition LABEL] [--dry-run]                    *
                           import a responsibility list (published text layout
                           or the CSV template); --dry-run checks only and
                           needs no sign-in
  duties list [--json]     editions, duties with items, sections, references,
                           and counts of boundaries, systems, public services
  duties export -o FILE.csv [--edition ID|LABEL]
                           write an edition (default: the newest) as the CSV
                           template (UTF-8 with BOM)
  duties remove ID|LABEL   withdraw an edition (kept as tombstones)       *
  users list               staff accounts                                 *
  users add LOGIN --name NAME --roles ROLES [--section S] [--phone P]
       [--cert NO --cert-from DATE --cert-until DATE]
       [--se-cert NO --se-cert-from DATE --se-cert-until DATE]            *
                           ROLES: clerk, inspector, section-chief,
                           bureau-head, administrator (comma-separated)
  users edit LOGIN [the options of users add]                         *
  users deactivate LOGIN | users activate LOGIN                       *
  users passwd [LOGIN]     change your own password, or (administrators)
                           reset LOGIN's                                  *
  entities list [--search TEXT] [--kind KINDS] [--risk FLAGS] [--township T]
       [--limit N]         the register, by name; TEXT finds words (also of
                           two Chinese characters) in name, code, address,
                           legal representative, contact or phone          *
  entities show ID|CODE    one entity with its risk flags, licences,
                           equipment and similar names                    *
  entities add --name NAME --code CODE --kinds KINDS [--address A]
       [--township T] [--legal-rep P] [--contact C] [--phone X] [--notes N] *
                           KINDS: producer, equipment-user,
                           equipment-producer, testing-lab, metrology,
                           distributor, other (or their names; comma-separated)
  entities remove ID|CODE  remove an entity with its licences and equipment *
  equipment list [--due-before DATE]
                           special equipment in use by inspection due date,
                           with the days left (negative: overdue)         *
  licences list [--expiring-within DAYS]
                           valid licences by expiry date (with those already
                           expired), with the days left                   *
  licences status ID --to STATUS --reason TEXT [--on DATE]
                           withdraw, revoke, cancel or deregister a licence
                           (STATUS: withdrawn, revoked, cancelled,
                           deregistered); final                           *
  entities import FILE [--dry-run]                                    *
  licences import FILE [--dry-run]                                    *
  equipment import FILE [--dry-run]                                   *
                           load the register from CSV (UTF-8 with or without
                           BOM, or GB18030; CaseDesk's headings or the usual
                           ones such as 单位名称, 住所); every bad row is
                           listed as FILE:LINE and nothing is written;
                           licences and equipment name their holder by code
  entities export -o FILE.csv|FILE.xlsx                               *
  licences export -o FILE.csv | equipment export -o FILE.csv          *
                           the register as the CSV template (UTF-8 with
                           BOM); .xlsx: all three tables in one workbook
  cases add --source S --title T --facts F (--entity ID|CODE | --person NAME
       --id-number N) [--address A] [--phone P] [--received DATE]
       [--source-detail X] [--section S] [--handlers LOGIN,LOGIN]
       [--items ID,ID] [--violated "LAW ARTICLE"]... [--applied "LAW ARTICLE"
       (--fine-range MIN-MAX | --fine-multiple 1-3x --fine-basis income|goods)]
                           register a lead; prints its lead number. S:
                           inspection, sampling, complaint, hotline-12365,
                           assigned, transferred-in. Provisions: "产品质量法
                           第四十九条" or ref:ID (cases items); repeat the
                           option or separate them with ';'           *
  cases edit NUMBER [the options of cases add] [--findings TEXT]      *
                           change the details the stage still allows
  cases penalty NUMBER [--clear] [--add KIND [--amount YUAN] [--provision N]
       [--basis YUAN] [--tier T --reasons R] [--details D] [--deadline DATE]
       [--licence ID]]     propose penalties (KIND: warning, order-to-correct,
                           fine, confiscate-income, confiscate-goods,
                           suspension, revoke-licence, transfer; N: the
                           provision's number in cases show)          *
  cases list [--overdue] [--due-within DAYS] [--stage S] [--source S]
       [--section S] [--handler LOGIN] [--year Y] [--search T] [--limit N]
                           leads and cases; --overdue and --due-within
                           keep decisions and seizures due            *
  cases show NUMBER        everything about a case: party, basis,
                           penalties, the clock, seizures, timeline,
                           attachments (NUMBER: id, lead number, case
                           number or its short form 2026-007)         *
  cases items [--search TEXT]
                           responsibility items with their legal
                           references (IDs for --items and ref:ID)    *
  cases advance NUMBER --to STAGE [--on DATE] [--opinion TEXT]
       [--transferred-to X] [--party-waived] [--service-method M]
       [--paid YUAN] [--receipt R] [--archive-number A]
                           take the case to its next stage (filed,
                           investigating, under-review, notified, decided,
                           served, executed, closed, archived, not-filed,
                           transferred, withdrawn)                    *
  cases extend NUMBER --reason TEXT [--on DATE]
                           the bureau head's one 30-day extension     *
  cases suspend NUMBER --kind hearing|testing|public-notice --reason TEXT
       [--on DATE]         stop the clock from DATE                   *
  cases resume NUMBER --reason TEXT [--on DATE]
                           the clock runs again after DATE            *
  cases seize NUMBER --items TEXT [--place P] [--on DATE]             *
  cases seizure-extend NUMBER --seizure ID --reason R [--on DATE]     *
  cases seizure-release NUMBER --seizure ID [--on DATE]               *
                           sealing or seizure: 30 days, one 30-day
                           extension
  cases attach NUMBER FILE [--note N]                                 *
  cases attachment ID -o FILE
                           evidence files in, and out after their SHA-256
                           is checked                                 *
  cases print NUMBER --document NAME -o FILE.pdf [--html]
                           a case document as PDF (or its HTML): NAME is
                           filing-approval, correction-order,
                           penalty-notice, penalty-decision or
                           closing-approval (or the Chinese title)    *
  cases numbering [--site S --from A --to B [--year Y]]
                           the blocks of case numbers of each
                           workstation; with --site, an administrator
                           assigns one (year 0 or none: every year)   *
  inspections plan [--year Y] [--domain D] [--outstanding] [--search T]
       [--limit N]         the year's plan: progress per domain and
                           campaign, then each unit due and why; STILL DUE
                           marks those not inspected yet              *
  inspections campaign add --kind campaign|key-period --title T --domain D
       --from DATE --to DATE [--year Y] [--section S]
       [--entities ID|CODE,...] [--notes N]
                           plan a special campaign or key-period check *
  inspections campaign list [--year Y]                                *
  inspections campaign remove ID                                      *
  inspections draw --count N [--pool FILTER] [--seed S] [--domain D]
       [--per-unit K] [--on DATE] [--section S] [--purpose P]
                           draw N units, each with at least two inspectors
                           certified for D (双随机); FILTER: e.g.
                           "kind=producer;township=城关镇;risk=crowded-place;
                           search=电梯;due=1" (empty: every live entity) *
  inspections draw show ID|NUMBER                                     *
  inspections draw verify ID|NUMBER
                           re-run a draw from its record; exit status 1
                           when it does not verify                    *
  inspections draw print ID|NUMBER -o FILE.pdf                        *
  inspections recusal add --entity ID|CODE --reason R [--inspector LOGIN]
       [--on DATE]         a conflict of interest draws respect (one's own;
                           a section chief records anyone's)          *
  inspections recusal list [--inspector LOGIN] [--entity ID|CODE]     *
  inspections recusal remove ID                                       *
  inspections add --entity ID|CODE --on DATE --kind K --domain D
       --inspectors LOGIN,LOGIN [--section S] [--system ID] [--place P]
       [--campaign NAME] [--plan-entry ID] [--draw ID|NUMBER]
       [--follow-up-of NUMBER] [--items ID,...] [--all-conform]
       [--check LABEL=RESULT[:NOTE]]... [--findings T] [--outcome O]...
       [--correct-by DATE] [--directive-demands T] [--oral-on DATE]
       [--seal-note T] [--reported-to T] [--signatory NAME | --refused NOTE]
       [--finish]          record an inspection with the checklist of the
                           domain's supervision system; a draft unless
                           --finish. K: routine, campaign, key-period,
                           complaint, follow-up. RESULT: conforms,
                           does-not-conform, not-applicable. O:
                           nothing-found, order-to-correct, directive,
                           seal-seize, report-upward, open-case      *
  inspections edit NUMBER [the options of inspections add]            *
  inspections finish NUMBER                                           *
  inspections correct NUMBER --reason R [the options of inspections add]
                           a finished record's next version           *
  inspections discard NUMBER                                          *
  inspections show NUMBER  a record with its checklist and versions   *
  inspections checklist --domain D | --system ID
                           the points an inspector gets               *
  inspections list [--section S] [--from DATE --to DATE] [--mine] [--kind K]
       [--domain D] [--status draft|finished] [--outcome O]
       [--entity ID|CODE] [--follow-up-open] [--search T] [--limit N]  *
  inspections follow-ups [--within DAYS]
                           follow-up checks of orders and directives due
                           (default 30 days, overdue included)        *
  inspections print NUMBER -o FILE.pdf [--directive] [--html]
  inspections print --section S --from DATE --to DATE -o FILE.pdf
                           the inspection report (监督检查记录) or the
                           directive; a section's finished records in one
                           PDF, each from a new page                  *
  sampling add --entity ID|CODE --product P --on DATE --samplers LOGIN,LOGIN
       --lab L --from-stock PLACE [--section S] [--plan NAME] [--spec X]
       [--batch X] [--trademark X] [--quantity X] [--standard X]
       [--items ID,...] [--notes N] [--kind plan|objection|recheck
       --parent NUMBER]    record a sampling batch; an objection re-test or
                           re-check copies the enterprise and product of
                           the batch it follows                       *
  sampling edit NUMBER [the options of sampling add]                  *
  sampling result NUMBER --result pass|fail --report NO --report-on DATE
       [--failed-items T]                                             *
  sampling deliver NUMBER [--on DATE]                                 *
  sampling object NUMBER [--on DATE]                                  *
  sampling rectified NUMBER [--on DATE]                               *
  sampling recheck-request NUMBER [--on DATE]                         *
                           the report reached the enterprise; it objected;
                           it rectified; it asked for the re-check
  sampling open-case NUMBER                                           *
  sampling discard NUMBER                                             *
  sampling show NUMBER     a batch with its deadlines and next step   *
  sampling list [--section S] [--from DATE --to DATE] [--result R]
       [--kind K] [--entity ID|CODE] [--sampler LOGIN] [--mine]
       [--search T] [--limit N]                                       *
  sampling deadlines [--within DAYS]
                           objection, rectification and re-check deadlines
                           due (default 30 days, overdue included)    *
  sampling print NUMBER -o FILE.pdf [--html]
                           the sampling notice                        *
  summary --quarter 2026Q3 [--section S] [-o FILE.xlsx|.csv|.pdf|.json]
  summary --from DATE --to DATE [--section S] [-o FILE]              *
                           the quarterly statistics (季度统计) and the duties
                           performed; the file's extension sets the format;
                           without -o the tables on stdout (--json: one
                           JSON document)
  sync export -o FILE (--to SITE | --all)
                           an exchange file for another workstation: what
                           it does not hold yet, or everything           *
  sync import FILE         applies an exchange file in one transaction;
                           without --user only on a workstation that
                           waits to join (init --site)                   *
  sync status              changes not yet exchanged, open conflicts and
                           duplicates, the last exchange with each
                           workstation                                   *
  sync conflicts [--all]   fields changed on two workstations            *
  sync resolve ID --take mine|theirs|a|b|ancestor                     *
  sync duplicates [--all]  records made twice on two workstations        *
  sync merge ID --keep first|second|UUID / sync dismiss ID            *
  sync key --key-file FILE change this workstation's sync key           *
  audit list [--record ID] [--limit N]                                *
                           the audit trail, newest first, or one record's
                           history (ID: at least its first 8 characters)
  audit verify             prove the audit trail untouched, or name the
                           first entry that is not (exit status 1)        *
  backup -o FILE           a checked copy of the database, written while
                           it stays in use                                *
  restore FILE [--yes]     replace the data with a checked backup; asks
                           to type yes unless --yes; the replaced data is
                           kept in an automatic backup beside it          *
  check                    the database's structure, its references and
                           the audit trail (exit status 1 when something
                           is wrong)                                      *

Exit status: 0 done, 2 refused (bad input or request, no or wrong sign-in,
not permitted; nothing changed), 1 any other failure.
</source>
        <translation>用法：casedesk-cli [--db PATH] [--json] [--user NAME [--password-file FILE]] COMMAND [ARGS...]

操作人：用 --user NAME 登录；密码取自环境变量
CASEDESK_PASSWORD 或 --password-file FILE 的第一行。
标有 * 的命令需要已登录且有权执行的人员。
新密码（users add、users passwd）取自 CASEDESK_NEW_PASSWORD 或
--new-password-file FILE。

命令：
  init                     创建数据库（或显示其状态）
  init --bureau NAME --abbrev ABBR --site CODE --admin LOGIN [--name NAME]
       [--idle-lock MINUTES] [--sync-key-file FILE]
                           初始设置新数据库：本局名称、案件编号简称、
                           本工作站和第一位管理员
                           （密码取法同 --user）
  init --site CODE --sync-key-file FILE
                           已使用 CaseDesk 的本局新增的工作站；
                           首次 sync import 后加入本局
  settings show            本局设置
  settings set [--bureau NAME] [--abbrev ABBR] [--idle-lock MINUTES]  *
  duties import FILE [--edition LABEL] [--dry-run]                    *
                           导入责任清单（公布的文本格式
                           或 CSV 模板）；--dry-run 只检查，
                           无需登录
  duties list [--json]     各版本及其职责、事项、股室、法律依据，
                           以及职责边界、监管制度、公共服务的数量
  duties export -o FILE.csv [--edition ID|LABEL]
                           将一个版本（默认为最新版本）写成 CSV
                           模板（带 BOM 的 UTF-8）
  duties remove ID|LABEL   删除一个版本（保留删除标记）                   *
  users list               人员账户                                       *
  users add LOGIN --name NAME --roles ROLES [--section S] [--phone P]
       [--cert NO --cert-from DATE --cert-until DATE]
       [--se-cert NO --se-cert-from DATE --se-cert-until DATE]            *
                           ROLES：clerk、inspector、section-chief、
                           bureau-head、administrator（逗号分隔）
  users edit LOGIN [users add 的选项]                                 *
  users deactivate LOGIN | users activate LOGIN                       *
  users passwd [LOGIN]     修改本人密码，或（管理员）
                           重置 LOGIN 的密码                              *
  entities list [--search TEXT] [--kind KINDS] [--risk FLAGS] [--township T]
       [--limit N]         监管对象名录，按名称排序；TEXT 在名称、代码、
                           地址、法定代表人、联系人或电话中查找词语
                           （两个汉字的词也能查到）                        *
  entities show ID|CODE    一个监管对象及其风险标记、许可证、
                           设备和相似名称                                 *
  entities add --name NAME --code CODE --kinds KINDS [--address A]
       [--township T] [--legal-rep P] [--contact C] [--phone X] [--notes N] *
                           KINDS：producer、equipment-user、
                           equipment-producer、testing-lab、metrology、
                           distributor、other（或其中文名称；逗号分隔）
  entities remove ID|CODE  删除一个监管对象及其许可证和设备                 *
  equipment list [--due-before DATE]
                           在用特种设备，按检验到期日排序，
                           附剩余天数（负数为逾期）                       *
  licences list [--expiring-within DAYS]
                           有效许可证，按有效期排序（含已经
                           过期的），附剩余天数                           *
  licences status ID --to STATUS --reason TEXT [--on DATE]
                           撤回、撤销、吊销或注销许可证
                           （STATUS：withdrawn、revoked、cancelled、
                           deregistered）；不可恢复                       *
  entities import FILE [--dry-run]                                    *
  licences import FILE [--dry-run]                                    *
  equipment import FILE [--dry-run]                                   *
                           从 CSV 导入名录（UTF-8，带或不带
                           BOM，或 GB18030；CaseDesk 的列标题或常用
                           标题，如 单位名称、住所）；每个错误行都
                           以 FILE:LINE 列出，且不写入任何数据；
                           许可证和设备以代码指明其所属单位
  entities export -o FILE.csv|FILE.xlsx                               *
  licences export -o FILE.csv | equipment export -o FILE.csv          *
                           将名录写成 CSV 模板（带 BOM 的
                           UTF-8）；.xlsx：三张表写入同一个工作簿
  cases add --source S --title T --facts F (--entity ID|CODE | --person NAME
       --id-number N) [--address A] [--phone P] [--received DATE]
       [--source-detail X] [--section S] [--handlers LOGIN,LOGIN]
       [--items ID,ID] [--violated "LAW ARTICLE"]... [--applied "LAW ARTICLE"
       (--fine-range MIN-MAX | --fine-multiple 1-3x --fine-basis income|goods)]
                           登记线索，并输出其线索编号。S：
                           inspection、sampling、complaint、hotline-12365、
                           assigned、transferred-in。法律条款："产品质量法
                           第四十九条" 或 ref:ID（见 cases items）；可重复
                           该选项，或用 ';' 分隔                      *
  cases edit NUMBER [cases add 的选项] [--findings TEXT]              *
                           修改当前阶段仍允许修改的内容
  cases penalty NUMBER [--clear] [--add KIND [--amount YUAN] [--provision N]
       [--basis YUAN] [--tier T --reasons R] [--details D] [--deadline DATE]
       [--licence ID]]     拟定处罚内容（KIND：warning、order-to-correct、
                           fine、confiscate-income、confiscate-goods、
                           suspension、revoke-licence、transfer；N：该条款
                           在 cases show 中的序号）                   *
  cases list [--overdue] [--due-within DAYS] [--stage S] [--source S]
       [--section S] [--handler LOGIN] [--year Y] [--search T] [--limit N]
                           线索和案件；--overdue 和 --due-within
                           只保留处罚决定或查封扣押将到期的           *
  cases show NUMBER        案件的全部信息：当事人、法律依据、
                           处罚内容、办案期限、查封扣押、时间线、
                           附件（NUMBER：ID、线索编号、案件编号
                           或其简写，如 2026-007）                    *
  cases items [--search TEXT]
                           具体责任事项及其法律依据
                           （编号用于 --items 和 ref:ID）             *
  cases advance NUMBER --to STAGE [--on DATE] [--opinion TEXT]
       [--transferred-to X] [--party-waived] [--service-method M]
       [--paid YUAN] [--receipt R] [--archive-number A]
                           将案件推进到下一阶段（filed、
                           investigating、under-review、notified、decided、
                           served、executed、closed、archived、not-filed、
                           transferred、withdrawn）                   *
  cases extend NUMBER --reason TEXT [--on DATE]
                           经局长批准延期一次，延长 30 日             *
  cases suspend NUMBER --kind hearing|testing|public-notice --reason TEXT
       [--on DATE]         自 DATE 起中止计算办案期限                 *
  cases resume NUMBER --reason TEXT [--on DATE]
                           DATE 之后恢复计算办案期限                  *
  cases seize NUMBER --items TEXT [--place P] [--on DATE]             *
  cases seizure-extend NUMBER --seizure ID --reason R [--on DATE]     *
  cases seizure-release NUMBER --seizure ID [--on DATE]               *
                           查封扣押：期限 30 日，可延长一次，
                           延长期限 30 日
  cases attach NUMBER FILE [--note N]                                 *
  cases attachment ID -o FILE
                           存入证据文件；取出时先核对 SHA-256
                           再写出                                     *
  cases print NUMBER --document NAME -o FILE.pdf [--html]
                           将案件文书输出为 PDF（或 HTML）：NAME 为
                           filing-approval、correction-order、
                           penalty-notice、penalty-decision 或
                           closing-approval（或中文文书名称）         *
  cases numbering [--site S --from A --to B [--year Y]]
                           各工作站的案件编号号段；给出 --site 时，
                           由管理员为该工作站分配一个号段
                           （年度为 0 或不填：各年度通用）            *
  inspections plan [--year 年份] [--domain 领域] [--outstanding]
       [--search 文本] [--limit 条数]
                           年度计划：先列各监管领域和专项检查的进度，
                           再列每个应检单位及应检原因；尚未检查的单位
                           标记为 STILL DUE                           *
  inspections campaign add --kind campaign|key-period --title 文本
       --domain 领域 --from 日期 --to 日期 [--year 年份] [--section 股室]
       [--entities 编号|代码,...] [--notes 备注]
                           安排一次专项检查或重点时段检查             *
  inspections campaign list [--year 年份]                             *
  inspections campaign remove 编号                                    *
  inspections draw --count 数量 [--pool 范围] [--seed 种子] [--domain 领域]
       [--per-unit 人数] [--on 日期] [--section 股室] [--purpose 目的]
                           按数量随机抽取单位，每个单位配至少两名具备该
                           领域资格的执法人员（双随机）；范围示例：
                           "kind=producer;township=城关镇;risk=crowded-place;
                           search=电梯;due=1"（为空：全部在册监管对象） *
  inspections draw show 编号|抽取编号                                 *
  inspections draw verify 编号|抽取编号
                           依据记录重新运行一次抽取；核验不通过时
                           退出状态为 1                               *
  inspections draw print 编号|抽取编号 -o 文件.pdf                    *
  inspections recusal add --entity 编号|代码 --reason 原因
       [--inspector 登录名] [--on 日期]
                           登记一项回避，随机抽取时自动避开（本人登记
                           自己的回避；股长可为任何人登记）           *
  inspections recusal list [--inspector 登录名] [--entity 编号|代码]  *
  inspections recusal remove 编号                                     *
  inspections add --entity 编号|代码 --on 日期 --kind 类别 --domain 领域
       --inspectors 登录名,登录名 [--section 股室] [--system 编号]
       [--place 地点] [--campaign 名称] [--plan-entry 编号]
       [--draw 编号|抽取编号] [--follow-up-of 编号] [--items 编号,...]
       [--all-conform] [--check 检查项=结果[:说明]]... [--findings 文本]
       [--outcome 处理措施]... [--correct-by 日期]
       [--directive-demands 文本] [--oral-on 日期] [--seal-note 文本]
       [--reported-to 文本] [--signatory 姓名 | --refused 说明]
       [--finish]          登记一次监督检查，使用该领域监管制度的检查表；
                           未加 --finish 时保存为草稿。类别：routine、
                           campaign、key-period、complaint、follow-up。
                           结果：conforms、does-not-conform、
                           not-applicable。处理措施：nothing-found、
                           order-to-correct、directive、seal-seize、
                           report-upward、open-case                   *
  inspections edit 编号 [inspections add 的选项]                      *
  inspections finish 编号                                             *
  inspections correct 编号 --reason 原因 [inspections add 的选项]
                           为已完成的记录生成更正后的下一版本         *
  inspections discard 编号                                            *
  inspections show 编号    一条记录及其检查表和各版本                 *
  inspections checklist --domain 领域 | --system 编号
                           执法人员所用检查表中的各检查项             *
  inspections list [--section 股室] [--from 日期 --to 日期] [--mine]
       [--kind 类别] [--domain 领域] [--status draft|finished]
       [--outcome 处理措施] [--entity 编号|代码] [--follow-up-open]
       [--search 文本] [--limit 条数]                                 *
  inspections follow-ups [--within 天数]
                           到期应进行的复查（针对责令改正和指令书；
                           默认 30 天内，含已逾期的）                 *
  inspections print 编号 -o 文件.pdf [--directive] [--html]
  inspections print --section 股室 --from 日期 --to 日期 -o 文件.pdf
                           打印监督检查记录或指令书；按股室打印时，将该
                           股室已完成的记录合成一个 PDF，每条另起一页 *
  sampling add --entity 编号|代码 --product 产品 --on 日期
       --samplers 登录名,登录名 --lab 检验机构 --from-stock 地点
       [--section 股室] [--plan 名称] [--spec 值] [--batch 值]
       [--trademark 值] [--quantity 值] [--standard 值] [--items 编号,...]
       [--notes 备注] [--kind plan|objection|recheck
       --parent 编号]      登记一个监督抽查批次；复检或复查沿用其所跟随
                           批次（--parent）的企业和产品               *
  sampling edit 编号 [sampling add 的选项]                            *
  sampling result 编号 --result pass|fail --report 报告编号 --report-on 日期
       [--failed-items 文本]                                          *
  sampling deliver 编号 [--on 日期]                                   *
  sampling object 编号 [--on 日期]                                    *
  sampling rectified 编号 [--on 日期]                                 *
  sampling recheck-request 编号 [--on 日期]                           *
                           依次登记：检验报告已送达企业；企业提出异议；
                           企业已整改；企业申请复查
  sampling open-case 编号                                             *
  sampling discard 编号                                               *
  sampling show 编号       一个批次及其各项期限和下一步               *
  sampling list [--section 股室] [--from 日期 --to 日期] [--result 结果]
       [--kind 类别] [--entity 编号|代码] [--sampler 登录名] [--mine]
       [--search 文本] [--limit 条数]                                 *
  sampling deadlines [--within 天数]
                           到期的异议、整改和复查期限（默认 30 天内，
                           含已逾期的）                               *
  sampling print 编号 -o 文件.pdf [--html]
                           产品质量监督抽查通知书                     *
  summary --quarter 2026Q3 [--section 股室] [-o 文件.xlsx|.csv|.pdf|.json]
  summary --from 日期 --to 日期 [--section 股室] [-o 文件]            *
                           季度统计（季度工作统计）及履职情况；按文件扩展名
                           选择格式；不带 -o 时在标准输出显示各表
                           （--json：一个 JSON 文档）
  sync export -o FILE (--to SITE | --all)
                           为另一工作站生成交换文件：对方尚未持有的
                           内容，或全部数据                              *
  sync import FILE         在一个事务中导入交换文件；不带 --user 仅限
                           等待加入本局的工作站（init --site）            *
  sync status              尚未交换的修改、未处理的冲突和重复记录、
                           与各工作站的最近一次交换                      *
  sync conflicts [--all]   两个工作站都修改过的字段                      *
  sync resolve ID --take mine|theirs|a|b|ancestor                     *
  sync duplicates [--all]  两个工作站重复创建的记录                      *
  sync merge ID --keep first|second|UUID / sync dismiss ID            *
  sync key --key-file FILE 更换本工作站的同步密钥                        *
  audit list [--record ID] [--limit N]                                *
                           审计日志，最新在前；或一条记录的
                           历史（ID：至少前 8 个字符）
  audit verify             证明审计日志未被改动，或指出第一条
                           有问题的条目（退出状态 1）                     *
  backup -o FILE           数据库的校验副本，可在使用中写出              *
  restore FILE [--yes]     用经校验的备份替换数据；未给 --yes 时要求
                           输入 yes 确认；被替换的数据自动备份在旁边      *
  check                    检查数据库结构、引用关系和审计日志
                           （有问题时退出状态 1）                         *

退出状态：0 完成；2 被拒绝（输入或请求有误、未登录或登录有误、
无权限；数据未作任何改动）；1 其他失败。
</translation>
    </message>
    <message>
        <source>This replaces all data in %1 with the backup %2
  (%3, workstation %4; written %5; %6 bytes; newest change %7).
An automatic backup of the current data is written first.
Type yes to replace the current data: </source>
        <translation>此操作将用备份 %2 替换 %1 中的全部数据
  （%3，工作站 %4；写入于 %5；%6 字节；最新修改于 %7）。
替换前会先为当前数据写入一份自动备份。
输入 yes 以替换当前数据： </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Structure (integrity check): ok</source>
        <translation>结构（完整性检查）：正常</translation>
    </message>
    <message>
        <source>Structure (integrity check): %1 problem(s)</source>
        <translation>结构（完整性检查）：%1 个问题</translation>
    </message>
    <message>
        <source>References (foreign keys): ok</source>
        <translation>引用（外键）：正常</translation>
    </message>
    <message>
        <source>References (foreign keys): %1 row(s) name a record that is not there</source>
        <translation>引用（外键）：%1 行引用了不存在的记录</translation>
    </message>
    <message>
        <source>  %1 row %2: its %3 record is missing</source>
        <translation>  %1 第 %2 行：其引用的 %3 记录不存在</translation>
    </message>
    <message>
        <source>Audit trail: intact, %1 entries checked</source>
        <translation>审计日志：完好，已校验 %1 条</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>审计日志：%1</translation>
    </message>
    <message>
        <source>backup: give -o FILE (the backup to write)</source>
        <translation>backup：请给出 -o 文件（要写入的备份）</translation>
    </message>
    <message>
        <source>Backed up %1 to %2: %3 bytes (%4), %5 pages.</source>
        <translation>已将 %1 备份到 %2：%3 字节（%4），%5 页。</translation>
    </message>
    <message>
        <source>restore: give exactly one FILE (the backup to restore)</source>
        <translation>restore：请只给出一个文件（要恢复的备份）</translation>
    </message>
    <message>
        <source>restore %1: not confirmed; nothing was changed (type yes, or give --yes)</source>
        <translation>restore %1：未确认，未作任何更改（请输入 yes，或给出 --yes）</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>The backup's schema (version %1) was brought up to version %2.</source>
        <translation>备份的数据结构（版本 %1）已升级到版本 %2。</translation>
    </message>
    <message>
        <source>The data it replaced is in the automatic backup %1.</source>
        <translation>被替换的数据保存在自动备份 %1 中。</translation>
    </message>
    <message>
        <source>check: %1 has problems (see above)</source>
        <translation>check：%1 存在问题（见上文）</translation>
    </message>
    <message>
        <source>The database %1 is sound.</source>
        <translation>数据库 %1 完好。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>mine (%1)</source>
        <translation>本工作站的（%1）</translation>
    </message>
    <message>
        <source>theirs (%1)</source>
        <translation>对方的（%1）</translation>
    </message>
    <message>
        <source>Conflict %1: %2 %3 "%4", field %5 (%6)</source>
        <translation>冲突 %1：%2 %3“%4”，字段 %5（%6）</translation>
    </message>
    <message>
        <source>settled by %1 %2 (%3)</source>
        <translation>已由 %1 于 %2 解决（%3）</translation>
    </message>
    <message>
        <source>    ancestor: %1; the record holds %2 for now</source>
        <translation>    共同祖先：%1；记录暂时采用 %2 的值</translation>
    </message>
    <message>
        <source>sync export: give the file to write (-o FILE)</source>
        <translation>sync export：请给出要写入的文件（-o 文件）</translation>
    </message>
    <message>
        <source>sync export: give either --to SITE (the changes that workstation does not hold yet) or --all (everything)</source>
        <translation>sync export：请给出 --to 工作站代码（该工作站尚未持有的变更）或 --all（全部数据），二者择一</translation>
    </message>
    <message>
        <source>%1: %2 records, %3 audit entries, %4 conflicts, %5 attachments, %6 bytes (%7)</source>
        <translation>%1：记录 %2 条，审计条目 %3 条，冲突 %4 个，附件 %5 个，%6 字节（%7）</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>changes for %1</source>
        <translation>发给 %1 的变更</translation>
    </message>
    <message>
        <source>sync import: give one exchange file</source>
        <translation>sync import：请给出一个交换文件</translation>
    </message>
    <message>
        <source>%1 (from %2): %3 records received: %4 added, %5 updated, %6 unchanged, %7 merged; %8 audit entries</source>
        <translation>%1（来自 %2）：收到记录 %3 条：新增 %4 条，更新 %5 条，未变 %6 条，合并 %7 条；审计条目 %8 条</translation>
    </message>
    <message>
        <source>This workstation has joined the bureau; sign in with an account of the bureau.</source>
        <translation>本工作站已加入本局；请用本局的账户登录。</translation>
    </message>
    <message>
        <source>%1 fields were changed on both workstations: see sync conflicts.</source>
        <translation>%1 个字段在两个工作站上都被修改：请查看 sync conflicts。</translation>
    </message>
    <message>
        <source>%1 pairs of records look like duplicates: see sync duplicates.</source>
        <translation>%1 对记录疑似重复：请查看 sync duplicates。</translation>
    </message>
    <message>
        <source>Workstation %1; sync key %2; changes not yet exchanged: %3; open conflicts: %4; open duplicates: %5</source>
        <translation>工作站 %1；同步密钥 %2；尚未交换的变更：%3；待处理的冲突：%4；待处理的重复记录：%5</translation>
    </message>
    <message>
        <source>  %1: last import %2 (%3), last export %4 (%5)</source>
        <translation>  %1：最近导入 %2（%3），最近导出 %4（%5）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>sync resolve: give the conflict's number (sync conflicts lists them)</source>
        <translation>sync resolve：请给出冲突编号（可用 sync conflicts 列出）</translation>
    </message>
    <message>
        <source>sync resolve: neither side of conflict %1 was written on this workstation; use --take a or --take b</source>
        <translation>sync resolve：冲突 %1 的双方都不是在本工作站上写入的；请使用 --take a 或 --take b</translation>
    </message>
    <message>
        <source>Conflict %1: there is no such conflict.</source>
        <translation>冲突 %1：没有此冲突。</translation>
    </message>
    <message>
        <source>sync resolve: --take mine, theirs, a, b or ancestor</source>
        <translation>sync resolve：--take 只能是 mine、theirs、a、b 或 ancestor</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>冲突 %1 已解决。</translation>
    </message>
    <message>
        <source>No duplicates.</source>
        <translation>没有重复记录。</translation>
    </message>
    <message>
        <source>Duplicate %1: %2 %3: first %4 "%5", second %6 "%7"%8</source>
        <translation>重复记录 %1：%2 %3：第一条 %4“%5”，第二条 %6“%7”%8</translation>
    </message>
    <message>
        <source> (dismissed)</source>
        <translation>（已确认不重复）</translation>
    </message>
    <message>
        <source> (merged into %1)</source>
        <translation>（已合并到 %1）</translation>
    </message>
    <message>
        <source>sync merge: give the pair's number and --keep first|second|UUID</source>
        <translation>sync merge：请给出记录对编号和 --keep first|second|UUID</translation>
    </message>
    <message>
        <source>Duplicate %1 merged into %2.</source>
        <translation>重复记录 %1 已合并到 %2。</translation>
    </message>
    <message>
        <source>sync dismiss: give the pair's number</source>
        <translation>sync dismiss：请给出记录对编号</translation>
    </message>
    <message>
        <source>Duplicate %1 dismissed: the two records stay.</source>
        <translation>重复记录 %1 已确认不重复：两条记录都保留。</translation>
    </message>
    <message>
        <source>sync key: give the new key's file (--key-file FILE)</source>
        <translation>sync key：请给出新密钥的文件（--key-file 文件）</translation>
    </message>
    <message>
        <source>Sync key changed; its fingerprint is %1.</source>
        <translation>同步密钥已更换；其指纹为 %1。</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Filing approval form</source>
        <translation>立案审批表</translation>
    </message>
    <message>
        <source>Correction order</source>
        <translation>责令改正通知书</translation>
    </message>
    <message>
        <source>Penalty notice</source>
        <translation>行政处罚告知书</translation>
    </message>
    <message>
        <source>Penalty decision</source>
        <translation>行政处罚决定书</translation>
    </message>
    <message>
        <source>Closing approval form</source>
        <translation>结案审批表</translation>
    </message>
    <message>
        <source>The %1 needs %2; the case is at the stage "%3".</source>
        <translation>只有%2才能出具%1；案件目前处于“%3”阶段。</translation>
    </message>
    <message>
        <source>a filed case</source>
        <translation>已立案的案件</translation>
    </message>
    <message>
        <source>The correction order needs an order to correct among the case's penalties.</source>
        <translation>案件的处罚内容中须有责令改正，才能出具责令改正通知书。</translation>
    </message>
    <message>
        <source>a case whose party has been notified</source>
        <translation>已告知当事人的案件</translation>
    </message>
    <message>
        <source>a decided case</source>
        <translation>已作出处罚决定的案件</translation>
    </message>
    <message>
        <source>an executed case</source>
        <translation>已执行完毕的案件</translation>
    </message>
</context>
<context>
    <name>CaseNumber</name>
    <message>
        <source>'%1' is not a case number; write it as 永质监罚字〔2026〕第007号 or 2026-007.</source>
        <translation>“%1”不是案件编号，请写成 永质监罚字〔2026〕第007号 或 2026-007。</translation>
    </message>
    <message>
        <source>'%1' is not a case number: %2 is not a year of filing.</source>
        <translation>“%1”不是案件编号：%2 不是有效的立案年度。</translation>
    </message>
    <message>
        <source>'%1' is not a case number: the sequence starts at 1.</source>
        <translation>“%1”不是案件编号：序号从 1 开始。</translation>
    </message>
</context>
<context>
    <name>CaseNumbering</name>
    <message>
        <source>every year</source>
        <translation>各年度通用</translation>
    </message>
    <message>
        <source>%1–%2 of workstation %3 (%4)</source>
        <translation>工作站 %3 的 %1–%2 号（%4）</translation>
    </message>
    <message>
        <source>Workstation code: use 1 to 16 letters, digits or '-' (got "%1").</source>
        <translation>工作站代码：请使用 1 至 16 个字母、数字或“-”（当前为“%1”）。</translation>
    </message>
    <message>
        <source>Year: give a year between 1990 and 2999, or 0 for every year (got %1).</source>
        <translation>年度：请给出 1990 至 2999 之间的年份，或用 0 表示各年度通用（当前为 %1）。</translation>
    </message>
    <message>
        <source>Numbers: the block must run from 1 or more up to at most %1, the first number not after the last (got %2–%3).</source>
        <translation>编号：号段须在 1 至 %1 之间，且起始号不得大于终止号（当前为 %2–%3）。</translation>
    </message>
    <message>
        <source>The numbers %1 overlap the block %2; blocks of different workstations must not share a number.</source>
        <translation>编号 %1 与号段 %2 重叠；不同工作站的号段不得有相同的编号。</translation>
    </message>
    <message>
        <source>Workstation %1 already gave the number %2, which lies outside %3; a block must keep the numbers already given.</source>
        <translation>工作站 %1 已使用编号 %2，该编号不在 %3 内；号段须包含已使用的编号。</translation>
    </message>
    <message>
        <source>Workstation %1 has no block of case numbers for %2; ask the administrator to assign one (case numbers in the bureau settings).</source>
        <translation>工作站 %1 没有 %2 年度的案件编号号段；请管理员分配（在本局设置的案件编号中）。</translation>
    </message>
    <message>
        <source>The case numbers for %1 are used up (%2); ask the administrator to assign workstation %3 a new block.</source>
        <translation>%1 年度的案件编号已用完（%2）；请管理员为工作站 %3 分配新的号段。</translation>
    </message>
</context>
<context>
    <name>CaseSource</name>
    <message>
        <source>Inspection</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>监督抽查</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉举报</translation>
    </message>
    <message>
        <source>12365 hotline</source>
        <translation>12365热线</translation>
    </message>
    <message>
        <source>Assigned from above</source>
        <translation>上级交办</translation>
    </message>
    <message>
        <source>Transferred from another department</source>
        <translation>其他部门移送</translation>
    </message>
</context>
<context>
    <name>CaseStage</name>
    <message>
        <source>Lead</source>
        <translation>线索登记</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已立案</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查取证</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>案件审核</translation>
    </message>
    <message>
        <source>Party notified</source>
        <translation>已告知</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>不予立案</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已移送</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销立案</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>give the date to correct by.</source>
        <translation>请给出责令改正的期限。</translation>
    </message>
    <message>
        <source>the date to correct by, %1, is before the case was received (%2).</source>
        <translation>改正期限 %1 早于案件收到日期（%2）。</translation>
    </message>
    <message>
        <source>give the amount of illegal income confiscated.</source>
        <translation>请给出没收违法所得的金额。</translation>
    </message>
    <message>
        <source>list the goods and tools confiscated.</source>
        <translation>请列明没收的物品和工具。</translation>
    </message>
    <message>
        <source>describe what is suspended.</source>
        <translation>请说明责令停产停业的范围。</translation>
    </message>
    <message>
        <source>pick the licence to revoke.</source>
        <translation>请选择要吊销的许可证。</translation>
    </message>
    <message>
        <source>name where the case is transferred to.</source>
        <translation>请写明案件移送至何处。</translation>
    </message>
    <message>
        <source>Pick the party from the register of entities.</source>
        <translation>请从监管对象名录中选择当事人。</translation>
    </message>
    <message>
        <source>The party has no name.</source>
        <translation>当事人名称为空。</translation>
    </message>
    <message>
        <source>Give the person's name.</source>
        <translation>请填写当事人姓名。</translation>
    </message>
    <message numerus="yes">
        <source>A case needs at least two different handlers holding enforcement certificates; it has %n.</source>
        <translation>
            <numerusform>案件至少需要两名持有执法证的不同承办人，目前为 %n 名。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no enforcement certificate.</source>
        <translation>%1 没有执法证。</translation>
    </message>
    <message>
        <source>The enforcement certificate %1 of %2 was valid until %3, not on %4.</source>
        <translation>%2 的执法证 %1 有效期至 %3，%4 时已失效。</translation>
    </message>
    <message>
        <source>The enforcement certificate %1 of %2 is valid from %3, not yet on %4.</source>
        <translation>%2 的执法证 %1 自 %3 起有效，%4 时尚未生效。</translation>
    </message>
    <message>
        <source>Penalty %1 (%2): %3</source>
        <translation>第 %1 项处罚（%2）：%3</translation>
    </message>
    <message>
        <source>Give the case a title (案由).</source>
        <translation>请填写案由。</translation>
    </message>
    <message>
        <source>Describe the facts of the case.</source>
        <translation>请描述案情。</translation>
    </message>
    <message>
        <source>%1 is not a legal next stage: nothing follows %2</source>
        <translation>“%1”不是可以进入的下一阶段：“%2”之后没有后续阶段</translation>
    </message>
    <message>
        <source>%1 is not a legal next stage; from %2 the case may go to %3</source>
        <translation>“%1”不是可以进入的下一阶段；案件从“%2”只能进入 %3</translation>
    </message>
    <message>
        <source>was received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>was filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>was notified to the party</source>
        <translation>告知当事人</translation>
    </message>
    <message>
        <source>was decided</source>
        <translation>作出处罚决定</translation>
    </message>
    <message>
        <source>was served</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>was executed</source>
        <translation>执行完毕</translation>
    </message>
    <message>
        <source>was closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>终结</translation>
    </message>
    <message>
        <source>was archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>the date of the step is missing</source>
        <translation>缺少该环节的日期</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the date %1 is before the day the case %2 (%3)</source>
        <translation>日期 %1 早于案件%2之日（%3）</translation>
    </message>
    <message>
        <source>the party has not been notified of the intended penalty</source>
        <translation>尚未告知当事人拟作出的行政处罚</translation>
    </message>
    <message numerus="yes">
        <source>the party has %n day(s) from the notice of %1 to state their case or ask for a hearing: decide on %2 or later, unless the party waives it</source>
        <translation>
            <numerusform>当事人自 %1 告知之日起有 %n 天陈述、申辩或要求听证：除非当事人放弃，应在 %2 或之后作出决定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the party has %n day(s) from the notice of %1 to state their case: decide on %2 or later, unless the party waives it</source>
        <translation>
            <numerusform>当事人自 %1 告知之日起有 %n 天陈述、申辩：除非当事人放弃，应在 %2 或之后作出决定</numerusform>
        </translation>
    </message>
    <message>
        <source>the hearing that began on %1 is still open; end it first</source>
        <translation>%1 开始的听证尚未结束，请先结束听证</translation>
    </message>
    <message>
        <source>give the decision opinion</source>
        <translation>请填写决定意见</translation>
    </message>
    <message>
        <source>%1 yuan paid, but nothing was fined or confiscated</source>
        <translation>已缴纳 %1 元，但案件没有罚款或没收</translation>
    </message>
    <message>
        <source>only %1 of the %2 yuan fined and confiscated has been paid; a case is executed when all is paid</source>
        <translation>罚没款共 %2 元，仅缴纳了 %1 元；全部缴清后案件才算执行完毕</translation>
    </message>
    <message>
        <source>%1 yuan paid is more than the %2 yuan fined and confiscated</source>
        <translation>已缴纳的 %1 元多于罚没款 %2 元</translation>
    </message>
    <message>
        <source>give the number of the payment receipt</source>
        <translation>请填写缴款票据号</translation>
    </message>
    <message>
        <source>link at least one responsibility item the case carries out</source>
        <translation>请至少关联一项案件所履行的具体责任事项</translation>
    </message>
    <message>
        <source>name at least one provision violated</source>
        <translation>请至少列明一条违反条款</translation>
    </message>
    <message>
        <source>give the approval opinion</source>
        <translation>请填写审批意见</translation>
    </message>
    <message>
        <source>give the reason for not filing the case</source>
        <translation>请填写不予立案的理由</translation>
    </message>
    <message>
        <source>give the reason for the transfer</source>
        <translation>请填写移送理由</translation>
    </message>
    <message>
        <source>name the department or authority the case is transferred to</source>
        <translation>请写明案件移送的部门或机关</translation>
    </message>
    <message>
        <source>give the reason for withdrawing the case</source>
        <translation>请填写撤销立案的理由</translation>
    </message>
    <message>
        <source>give the reason for sending the case back</source>
        <translation>请填写退回的理由</translation>
    </message>
    <message>
        <source>write the findings of the investigation</source>
        <translation>请填写调查结论</translation>
    </message>
    <message>
        <source>propose at least one penalty</source>
        <translation>请至少提出一项处罚</translation>
    </message>
    <message>
        <source>give the reason for reviewing the case again</source>
        <translation>请填写重新审核的理由</translation>
    </message>
    <message>
        <source>give the review opinion</source>
        <translation>请填写审核意见</translation>
    </message>
    <message>
        <source>give the method of service</source>
        <translation>请填写送达方式</translation>
    </message>
    <message>
        <source>give the closing opinion</source>
        <translation>请填写结案意见</translation>
    </message>
    <message>
        <source>give the archive number</source>
        <translation>请填写档案号</translation>
    </message>
    <message>
        <source>Cannot move case %1 from %2 to %3: %4.</source>
        <translation>案件 %1 无法从“%2”推进到“%3”：%4。</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Revoked by the penalty decision %1, served on %2.</source>
        <translation>依据行政处罚决定书 %1 吊销，于 %2 送达。</translation>
    </message>
    <message>
        <source>The decision cannot take effect: %1</source>
        <translation>处罚决定无法生效：%1</translation>
    </message>
    <message>
        <source>No rule allows %1 → %2.</source>
        <translation>没有规则允许 %1 → %2。</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>没有附件 %1。</translation>
    </message>
    <message>
        <source>The stored content of %1 no longer matches its SHA-256 (%2): it was changed or damaged after it was attached.</source>
        <translation>%1 的存储内容与其 SHA-256（%2）不再相符：添加为附件后已被修改或损坏。</translation>
    </message>
    <message>
        <source>Attachment: give the file's name.</source>
        <translation>附件：请给出文件名。</translation>
    </message>
    <message>
        <source>Attachment: %1 is empty.</source>
        <translation>附件：%1 是空文件。</translation>
    </message>
    <message>
        <source>Attachment: %1 is %2; an attachment may be at most %3.</source>
        <translation>附件：%1 大小为 %2，附件最大为 %3。</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>%1: give the date.</source>
        <translation>%1：请给出日期。</translation>
    </message>
    <message>
        <source>%1: %2 lies in the future.</source>
        <translation>%1：%2 晚于今天。</translation>
    </message>
    <message>
        <source>%1: %2 is before %3 (%4).</source>
        <translation>%1：%2 早于%3（%4）。</translation>
    </message>
    <message>
        <source>%1: give the reason.</source>
        <translation>%1：请给出理由。</translation>
    </message>
    <message>
        <source>%1: the clock of %2 does not run (the case is %3).</source>
        <translation>%1：%2 的办案期限未在计算（案件目前为“%3”）。</translation>
    </message>
    <message>
        <source>Case %1 has no seizure %2.</source>
        <translation>案件 %1 没有编号为 %2 的查封扣押。</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Extension: %1 was already extended on %2; the law allows one extension.</source>
        <translation>延期：%1 已于 %2 延期，依法只能延期一次。</translation>
    </message>
    <message>
        <source>the filing</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Extension: the decision was due on %1; an expired deadline cannot be extended.</source>
        <translation>延期：作出处罚决定的期限已于 %1 届满，期限届满后不能延期。</translation>
    </message>
    <message>
        <source>Clock stop</source>
        <translation>期限中止</translation>
    </message>
    <message>
        <source>Clock stop: a stop for %1 is already open since %2; resume it first.</source>
        <translation>期限中止：自 %2 起因%1中止的期间尚未结束，请先恢复计算。</translation>
    </message>
    <message>
        <source>Clock restart</source>
        <translation>恢复计算期限</translation>
    </message>
    <message>
        <source>the stop for %1 began</source>
        <translation>因%1中止的开始日期</translation>
    </message>
    <message>
        <source>Clock restart: the clock of %1 is not stopped.</source>
        <translation>恢复计算期限：%1 的办案期限并未中止。</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>查封扣押</translation>
    </message>
    <message>
        <source>Seizure: goods are sealed or seized between filing and the decision; %1 is %2.</source>
        <translation>查封扣押：只能在立案后、作出处罚决定前查封扣押财物；%1 目前为“%2”。</translation>
    </message>
    <message>
        <source>Seizure: list what was sealed or seized.</source>
        <translation>查封扣押：请列明查封扣押的财物。</translation>
    </message>
    <message>
        <source>Seizure extension</source>
        <translation>延长查封扣押</translation>
    </message>
    <message>
        <source>Seizure extension: the goods were released on %1.</source>
        <translation>延长查封扣押：财物已于 %1 解除查封扣押。</translation>
    </message>
    <message>
        <source>Seizure extension: the seizure was already extended on %1; the law allows one extension.</source>
        <translation>延长查封扣押：已于 %1 延长过，依法只能延长一次。</translation>
    </message>
    <message>
        <source>the seizure began</source>
        <translation>查封扣押开始日期</translation>
    </message>
    <message>
        <source>Seizure extension: the seizure ended on %1; an expired seizure cannot be extended.</source>
        <translation>延长查封扣押：查封扣押期限已于 %1 届满，届满后不能延长。</translation>
    </message>
    <message>
        <source>Release: the goods were already released on %1.</source>
        <translation>解除查封扣押：财物已于 %1 解除。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解除查封扣押</translation>
    </message>
    <message>
        <source>Party: choose the entity from the register.</source>
        <translation>当事人：请从名录中选择单位。</translation>
    </message>
    <message>
        <source>Party: entity %1 is not in the register (unknown or removed).</source>
        <translation>当事人：单位 %1 不在名录中（不存在或已删除）。</translation>
    </message>
    <message>
        <source>Date received: give the day the lead came in.</source>
        <translation>收到日期：请给出收到线索的日期。</translation>
    </message>
    <message>
        <source>Date received: %1 lies in the future.</source>
        <translation>收到日期：%1 晚于今天。</translation>
    </message>
    <message>
        <source>Handlers: %1 is named twice.</source>
        <translation>承办人：%1 重复填写。</translation>
    </message>
    <message>
        <source>Handlers: %1 (%2) holds no enforcement certificate valid on %3.</source>
        <translation>承办人：%1（%2）在 %3 没有有效的执法证。</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>案情</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>股室</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Responsibility items</source>
        <translation>具体责任事项</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>法律条款</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚内容</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>There is no case or lead numbered %1.</source>
        <translation>没有编号为 %1 的案件或线索。</translation>
    </message>
    <message>
        <source>Penalties and findings come from the investigation; a new lead has none.</source>
        <translation>处罚内容和调查结论来自调查，新登记的线索不能填写。</translation>
    </message>
    <message>
        <source>Lead %1 registered: %2</source>
        <translation>登记线索 %1：%2</translation>
    </message>
    <message>
        <source>%1 can no longer change: %2 is %3.</source>
        <translation>%1已不能修改：%2 已处于“%3”阶段。</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>Handlers: there is no colleague %1.</source>
        <translation>承办人：本局没有人员 %1。</translation>
    </message>
    <message>
        <source>Handlers: %1 (%2) no longer works here (the account is deactivated).</source>
        <translation>承办人：%1（%2）已不在本局工作（账户已停用）。</translation>
    </message>
    <message>
        <source>Responsibility items: item %1 is not in the responsibility list.</source>
        <translation>具体责任事项：事项 %1 不在责任清单中。</translation>
    </message>
    <message>
        <source>Provisions: legal reference %1 (%2 %3) is not in the responsibility list.</source>
        <translation>法律条款：法律依据 %1（%2 %3）不在责任清单中。</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Does not conform</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>ClockStopKind</name>
    <message>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>Testing or appraisal</source>
        <translation>检测检验鉴定</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公告</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>%1, line %2: text after the closing quote of a field; a quote inside a quoted field must be doubled ("").</source>
        <translation>%1，第 %2 行：字段的结束引号之后还有文字；带引号的字段中，引号须写成两个（""）。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed; the file looks truncated.</source>
        <translation>%1，第 %2 行：带引号的字段没有结束引号，文件似乎不完整。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot configure the database (%1): %2</source>
        <translation>无法设置数据库（%1）：%2</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer CaseDesk (schema version %2; this program knows up to %3). It has not been modified; please update CaseDesk.</source>
        <translation>%1 由较新版本的 CaseDesk 写入（数据结构版本 %2，本程序最高只支持版本 %3）。该文件未作任何修改，请升级 CaseDesk。</translation>
    </message>
    <message>
        <source>Database statement failed: %1</source>
        <translation>数据库语句执行失败：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseMaintenance</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a CaseDesk backup: it is not an SQLite database file.</source>
        <translation>%1 不是 CaseDesk 备份：它不是 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>%1 is cut off: it ends inside its header (the backup is incomplete).</source>
        <translation>%1 已被截断：文件在文件头中间就结束了（备份不完整）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid.</source>
        <translation>%1 已损坏：文件头无效。</translation>
    </message>
    <message>
        <source>%1 is cut off: it holds %2 of the %3 bytes its header speaks of (the backup is incomplete).</source>
        <translation>%1 已被截断：文件头所记为 %3 字节，实际只有 %2 字节（备份不完整）。</translation>
    </message>
    <message>
        <source>%1 is a CaseDesk database that was never set up (no bureau, no workstation); there is nothing to restore.</source>
        <translation>%1 是从未初始设置的 CaseDesk 数据库（没有本局信息，也没有工作站）；没有可恢复的内容。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot read it (%2).</source>
        <translation>%1 已损坏：SQLite 无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database.</source>
        <translation>%1 无法作为数据库读取。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a CaseDesk database; it cannot be restored.</source>
        <translation>%1 是 SQLite 文件，但不是 CaseDesk 数据库，不能恢复。</translation>
    </message>
    <message>
        <source>%1 was written by a newer CaseDesk (schema version %2; this program knows up to %3); please update CaseDesk before restoring it.</source>
        <translation>%1 由较新版本的 CaseDesk 写入（数据结构版本 %2，本程序最高只支持版本 %3）；请先升级 CaseDesk 再恢复。</translation>
    </message>
    <message>
        <source>No file was given for the backup.</source>
        <translation>未指定备份文件。</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist; the backup was not written.</source>
        <translation>%1：文件夹 %2 不存在，未写入备份。</translation>
    </message>
    <message>
        <source>%1 is not a file; the backup was not written.</source>
        <translation>%1 不是文件，未写入备份。</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose another file for the backup.</source>
        <translation>%1 就是数据库本身；请为备份另选一个文件。</translation>
    </message>
    <message>
        <source>Cannot back up %1: it is not an SQLite database.</source>
        <translation>无法备份 %1：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The backup of %1 to %2</source>
        <translation>将 %1 备份到 %2</translation>
    </message>
    <message>
        <source>The backup written for %1 does not check out (%2); it was not kept.</source>
        <translation>为 %1 写入的备份未通过检查（%2），未予保留。</translation>
    </message>
    <message>
        <source>%1: cannot write in the folder %2 (%3).</source>
        <translation>%1：无法在文件夹 %2 中写入（%3）。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place at %1: %2</source>
        <translation>无法将备份放到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot check %1: it is not an SQLite database.</source>
        <translation>无法检查 %1：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The check of the database was cancelled.</source>
        <translation>数据库检查已取消。</translation>
    </message>
    <message>
        <source>Reading the backup %1</source>
        <translation>读取备份 %1</translation>
    </message>
    <message>
        <source>%1 cannot be brought up to this CaseDesk's schema (version %2): %3</source>
        <translation>%1 无法升级到本 CaseDesk 的数据结构（版本 %2）：%3</translation>
    </message>
    <message>
        <source>%1 is the database of workstation %2, not of this workstation (%3); it cannot be restored here.</source>
        <translation>%1 是工作站 %2 的数据库，不是本工作站（%3）的，不能在此恢复。</translation>
    </message>
    <message>
        <source>%1: its audit trail does not verify (%2); it was not restored.</source>
        <translation>%1：其审计日志未通过校验（%2），未予恢复。</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file to restore.</source>
        <translation>%1 就是数据库本身；请选择要恢复的备份文件。</translation>
    </message>
    <message>
        <source>Cannot prepare the restore in the folder %1: %2</source>
        <translation>无法在文件夹 %1 中准备恢复：%2</translation>
    </message>
    <message>
        <source>The restore of %1 into %2</source>
        <translation>将 %1 恢复到 %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot close %1: %2</source>
        <translation>无法关闭 %1：%2</translation>
    </message>
    <message>
        <source>Database statement failed: %1</source>
        <translation>数据库语句执行失败：%1</translation>
    </message>
    <message>
        <source>Database statement gave no value: %1</source>
        <translation>数据库语句未返回值：%1</translation>
    </message>
    <message>
        <source>%1 was cancelled; nothing was changed.</source>
        <translation>%1 已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>%1 failed: the database stayed busy (another program is writing to it); please try again.</source>
        <translation>%1 失败：数据库一直处于忙碌状态（另一个程序正在写入），请重试。</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 失败：%2（%3）</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1 cannot start: %2</source>
        <translation>%1 无法开始：%2</translation>
    </message>
</context>
<context>
    <name>DiscretionTier</name>
    <message>
        <source>Lighter</source>
        <translation>从轻</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Heavier</source>
        <translation>从重</translation>
    </message>
</context>
<context>
    <name>DocumentPdf</name>
    <message>
        <source>Laying out a document needs the graphical application object (QGuiApplication).</source>
        <translation>文书排版需要图形应用程序对象（QGuiApplication）。</translation>
    </message>
    <message>
        <source>There is no document to print.</source>
        <translation>没有可打印的文书。</translation>
    </message>
    <message>
        <source>The document could not be printed: the printer did not start.</source>
        <translation>文书无法打印：打印机未能启动。</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be laid out.</source>
        <translation>无法写入 %1：PDF 排版失败。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DrawRepository</name>
    <message>
        <source>Pool, %1: "%2" is neither 1 nor 0.</source>
        <translation>抽取范围，%1：“%2”既不是 1 也不是 0。</translation>
    </message>
    <message>
        <source>Pool: "%1" is not key=value; the keys are %2.</source>
        <translation>抽取范围：“%1”不是 key=value 格式；可用的键为 %2。</translation>
    </message>
    <message>
        <source>Pool: the key %1 is given twice.</source>
        <translation>抽取范围：键 %1 重复给出。</translation>
    </message>
    <message>
        <source>Pool, kind: name at least one kind of entity.</source>
        <translation>抽取范围，类别：请至少指定一种监管对象类别。</translation>
    </message>
    <message>
        <source>Pool, kind: %1</source>
        <translation>抽取范围，类别：%1</translation>
    </message>
    <message>
        <source>Pool, risk: name at least one risk flag.</source>
        <translation>抽取范围，风险：请至少指定一项风险标记。</translation>
    </message>
    <message>
        <source>Pool, risk: %1</source>
        <translation>抽取范围，风险：%1</translation>
    </message>
    <message>
        <source>Pool, township: name the township.</source>
        <translation>抽取范围，乡镇：请指定乡镇。</translation>
    </message>
    <message>
        <source>Pool: "%1" is not a key of a pool; the keys are %2.</source>
        <translation>抽取范围：“%1”不是抽取范围的键；可用的键为 %2。</translation>
    </message>
    <message>
        <source>Cannot read the draw's pools: %1</source>
        <translation>无法读取本次抽取的抽取范围：%1</translation>
    </message>
    <message>
        <source>There is no declared recusal %1.</source>
        <translation>没有已申报的回避 %1。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Reason: say why the inspector may not inspect the unit.</source>
        <translation>理由：请说明该执法人员不得检查该单位的原因。</translation>
    </message>
    <message>
        <source>Reason: at most %1 characters.</source>
        <translation>理由：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Declared on: give the day of the declaration.</source>
        <translation>申报日期：请填写申报日期。</translation>
    </message>
    <message>
        <source>Inspector: there is no staff member %1.</source>
        <translation>执法人员：没有工作人员 %1。</translation>
    </message>
    <message>
        <source>Unit: there is no entity %1 in the register.</source>
        <translation>单位：名录中没有监管对象 %1。</translation>
    </message>
    <message>
        <source>%1 has already declared a conflict of interest with %2 on %3.</source>
        <translation>%1 已于 %3 申报对 %2 回避。</translation>
    </message>
    <message>
        <source>Domain: "%1" is not a supervision domain; the domains are %2.</source>
        <translation>监管领域：“%1”不是监管领域；可选的监管领域为 %2。</translation>
    </message>
    <message>
        <source>Day: a draw is made on the day, not on %1.</source>
        <translation>日期：随机抽取只能在当日进行，不能为 %1。</translation>
    </message>
    <message>
        <source>Count: draw at least one unit, not %1.</source>
        <translation>数量：至少抽取一家单位，不能为 %1。</translation>
    </message>
    <message>
        <source>Inspectors per unit: at least %1 inspectors take part in every inspection, not %2.</source>
        <translation>每家单位执法人员数：每次检查至少须有 %1 名执法人员参加，不能为 %2。</translation>
    </message>
    <message>
        <source>Seed: at most %1 characters.</source>
        <translation>随机种子：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Purpose: at most %1 characters.</source>
        <translation>抽取目的：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>There is no draw numbered %1.</source>
        <translation>没有编号为 %1 的随机抽取。</translation>
    </message>
    <message>
        <source>Draw %1 checks out: its pools give the recorded hashes and re-running it from seed %2 gives the recorded picks.</source>
        <translation>随机抽取 %1 验证通过：抽取范围与记录的哈希值一致，以随机种子 %2 重新抽取的结果与记录一致。</translation>
    </message>
    <message>
        <source>Draw %1 does not check out: its stored pools no longer give the recorded hashes.</source>
        <translation>随机抽取 %1 验证未通过：保存的抽取范围与记录的哈希值不再一致。</translation>
    </message>
    <message>
        <source>Draw %1 does not check out: re-running it from its record gives other picks or another result hash.</source>
        <translation>随机抽取 %1 验证未通过：按记录重新抽取得到的结果或结果哈希值与记录不同。</translation>
    </message>
    <message>
        <source>There is no draw %1.</source>
        <translation>没有随机抽取 %1。</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Producer</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>Special-equipment user</source>
        <translation>特种设备使用单位</translation>
    </message>
    <message>
        <source>Special-equipment producer</source>
        <translation>特种设备生产单位</translation>
    </message>
    <message>
        <source>Testing laboratory</source>
        <translation>检验检测机构</translation>
    </message>
    <message>
        <source>Metrology institution</source>
        <translation>计量技术机构</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>销售者</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>'%1' is not a kind of entity; the kinds are %2.</source>
        <translation>“%1”不是监管对象类别；类别有：%2。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>缺少单位名称。</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>单位名称有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The unified social credit code (or organisation code) is missing.</source>
        <translation>缺少统一社会信用代码（或组织机构代码）。</translation>
    </message>
    <message>
        <source>This field has %1 characters; at most %2 are allowed.</source>
        <translation>此项有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>'%1' is not a phone number: use digits, spaces, + - ( ) and 转 for an extension.</source>
        <translation>“%1”不是电话号码：请使用数字、空格、+ - ( )，分机用“转”。</translation>
    </message>
    <message>
        <source>Choose at least one kind (producer, special-equipment user, …).</source>
        <translation>请至少选择一个类别（生产企业、特种设备使用单位……）。</translation>
    </message>
    <message>
        <source>The last accident or recall (%1) lies in the future.</source>
        <translation>最近事故或召回日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>Only a special-equipment user is marked as a crowded place: add that kind or clear the mark.</source>
        <translation>只有特种设备使用单位才能标为人员密集场所：请添加该类别或取消此标记。</translation>
    </message>
    <message>
        <source>The notes have %1 characters; at most %2 are allowed.</source>
        <translation>备注有 %1 个字符，最多允许 %2 个。</translation>
    </message>
</context>
<context>
    <name>EntityRisk</name>
    <message>
        <source>Licensed less than a year ago</source>
        <translation>取证不满一年</translation>
    </message>
    <message>
        <source>Accident or recall within 2 years</source>
        <translation>两年内发生事故或召回</translation>
    </message>
    <message>
        <source>Complaints confirmed</source>
        <translation>投诉举报属实</translation>
    </message>
    <message>
        <source>Crowded-place special-equipment user</source>
        <translation>人员密集场所特种设备使用单位</translation>
    </message>
    <message>
        <source>'%1' is not a risk flag; the flags are %2.</source>
        <translation>“%1”不是风险标记；风险标记有：%2。</translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation>没有编号为 %1 的监管对象。</translation>
    </message>
</context>
<context>
    <name>Equipment</name>
    <message>
        <source>Boiler</source>
        <translation>锅炉</translation>
    </message>
    <message>
        <source>Pressure vessel (incl. gas cylinders)</source>
        <translation>压力容器（含气瓶）</translation>
    </message>
    <message>
        <source>Pressure piping</source>
        <translation>压力管道</translation>
    </message>
    <message>
        <source>Elevator</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>Lifting machinery</source>
        <translation>起重机械</translation>
    </message>
    <message>
        <source>Passenger ropeway</source>
        <translation>客运索道</translation>
    </message>
    <message>
        <source>Large amusement ride</source>
        <translation>大型游乐设施</translation>
    </message>
    <message>
        <source>In-plant motor vehicle</source>
        <translation>场（厂）内专用机动车辆</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>'%1' is not a category of special equipment; the categories are %2.</source>
        <translation>“%1”不是特种设备类别；类别有：%2。</translation>
    </message>
    <message>
        <source>'%1' is not a status of equipment; the statuses are %2.</source>
        <translation>“%1”不是设备状态；状态有：%2。</translation>
    </message>
    <message>
        <source>Scrapped equipment cannot become %1 again; register a new unit instead.</source>
        <translation>已报废的设备不能再变为%1；请登记新设备。</translation>
    </message>
    <message>
        <source>The user of the equipment is missing.</source>
        <translation>缺少设备使用单位。</translation>
    </message>
    <message>
        <source>The registration number is missing.</source>
        <translation>缺少注册代码。</translation>
    </message>
    <message>
        <source>The registration number has %1 characters; at most %2 are allowed.</source>
        <translation>注册代码有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation>设备名称有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The location has %1 characters; at most %2 are allowed.</source>
        <translation>使用地点有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Equipment in use needs the date its periodic inspection is due.</source>
        <translation>在用设备须填写下次定期检验日期。</translation>
    </message>
</context>
<context>
    <name>FineAssessment</name>
    <message>
        <source>the illegal income</source>
        <translation>违法所得</translation>
    </message>
    <message>
        <source>the goods value</source>
        <translation>货值金额</translation>
    </message>
    <message>
        <source>%1–%2 yuan (%3%–%4% of %5, %6 yuan)</source>
        <translation>%1–%2 元（%5 %6 元的 %3%–%4%）</translation>
    </message>
    <message>
        <source>%1–%2 yuan</source>
        <translation>%1–%2 元</translation>
    </message>
    <message>
        <source>The provision gives no fine range.</source>
        <translation>该条款没有规定罚款幅度。</translation>
    </message>
    <message>
        <source>The fine range %1–%2 yuan is not a range: the minimum must not be above the maximum.</source>
        <translation>罚款幅度 %1–%2 元无效：下限不得高于上限。</translation>
    </message>
    <message>
        <source>The fine range %1%–%2% of %3 is not a range: the percentages must not be negative, the minimum not above the maximum.</source>
        <translation>罚款幅度“%3的 %1%–%2%”无效：百分比不得为负数，下限不得高于上限。</translation>
    </message>
    <message>
        <source>The fine is a multiple of %1: enter %1 in yuan.</source>
        <translation>罚款按%1的倍数计算：请以元为单位填写%1。</translation>
    </message>
    <message>
        <source>A fine needs an amount above zero.</source>
        <translation>罚款金额必须大于零。</translation>
    </message>
    <message>
        <source>The fine of %1 yuan names no penalty provision: pick the provision applied.</source>
        <translation>%1 元罚款没有指明处罚依据：请选择所适用的条款。</translation>
    </message>
    <message>
        <source>The fine of %1 yuan is based on %2, which is a provision violated, not a penalty provision.</source>
        <translation>%1 元罚款以 %2 为依据，但该条款是违反条款，不是处罚依据。</translation>
    </message>
    <message>
        <source>%1 gives no fine range: enter the range it allows before fining %2 yuan.</source>
        <translation>%1 没有填写罚款幅度：请先填写其规定的幅度，再处 %2 元罚款。</translation>
    </message>
    <message>
        <source>The fine under %1 is a multiple of %2: enter %2 in yuan.</source>
        <translation>依据 %1 的罚款按%2的倍数计算：请以元为单位填写%2。</translation>
    </message>
    <message>
        <source>%1 yuan is outside the range %2 of %3.</source>
        <translation>%1 元超出 %3 规定的幅度 %2。</translation>
    </message>
    <message>
        <source>%1 yuan falls in the %2 band (%3–%4 yuan) of %5, not in the %6 band.</source>
        <translation>%1 元属于 %5 的%2档（%3–%4 元），不属于%6档。</translation>
    </message>
    <message>
        <source>Give the reasons for placing the fine of %1 yuan in the %2 tier.</source>
        <translation>请说明 %1 元罚款适用%2档的理由。</translation>
    </message>
</context>
<context>
    <name>IdentityNumbers</name>
    <message>
        <source>Enter the person's resident ID number (18 characters).</source>
        <translation>请输入当事人的居民身份证号码（18 位）。</translation>
    </message>
    <message numerus="yes">
        <source>The ID number %1 has %n character(s); a resident ID number has 18.</source>
        <translation>
            <numerusform>身份证号码 %1 有 %n 位，居民身份证号码应为 18 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number %1 has '%2' at position %3; the first 17 characters are digits.</source>
        <translation>身份证号码 %1 第 %3 位是“%2”，前 17 位应为数字。</translation>
    </message>
    <message>
        <source>The ID number %1 ends in '%2'; the last character is a digit or X.</source>
        <translation>身份证号码 %1 末位是“%2”，末位应为数字或 X。</translation>
    </message>
    <message>
        <source>The ID number %1 gives the birth date %2, which is not a date.</source>
        <translation>身份证号码 %1 中的出生日期 %2 不是有效日期。</translation>
    </message>
    <message>
        <source>The ID number %1 gives the birth date %2, which is not between 1900-01-01 and today.</source>
        <translation>身份证号码 %1 中的出生日期 %2 不在 1900-01-01 至今天之间。</translation>
    </message>
    <message>
        <source>The ID number %1 ends in %2, but its check character should be %3: a character is mistyped.</source>
        <translation>身份证号码 %1 的末位是 %2，但校验码应为 %3：有字符输错了。</translation>
    </message>
</context>
<context>
    <name>InspectionDocuments</name>
    <message>
        <source>Inspection report</source>
        <translation>监督检查记录</translation>
    </message>
    <message>
        <source>Safety supervision directive</source>
        <translation>特种设备安全监察指令书</translation>
    </message>
    <message>
        <source>Sampling notice</source>
        <translation>抽查通知书</translation>
    </message>
    <message>
        <source>Random draw record</source>
        <translation>随机抽查记录</translation>
    </message>
    <message>
        <source>There is no inspection record to print.</source>
        <translation>没有可打印的检查记录。</translation>
    </message>
    <message>
        <source>Inspection %1 gave no safety supervision directive.</source>
        <translation>检查记录 %1 未下达特种设备安全监察指令书。</translation>
    </message>
    <message>
        <source>The directive of inspection %1 prints once the record is finished; it is still a draft.</source>
        <translation>检查记录 %1 完成后才能打印指令书；该记录仍是草稿。</translation>
    </message>
    <message>
        <source>There is no sampling batch to print.</source>
        <translation>没有可打印的抽查批次。</translation>
    </message>
    <message>
        <source>There is no random draw to print.</source>
        <translation>没有可打印的随机抽查记录。</translation>
    </message>
</context>
<context>
    <name>InspectionKind</name>
    <message>
        <source>Routine</source>
        <translation>日常检查</translation>
    </message>
    <message>
        <source>Special campaign</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>Key period</source>
        <translation>重点时段检查</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>举报核查</translation>
    </message>
    <message>
        <source>Follow-up check</source>
        <translation>复查</translation>
    </message>
</context>
<context>
    <name>InspectionOutcome</name>
    <message>
        <source>Nothing found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>Order to correct</source>
        <translation>责令改正</translation>
    </message>
    <message>
        <source>Safety supervision directive</source>
        <translation>特种设备安全监察指令书</translation>
    </message>
    <message>
        <source>Sealing or seizure</source>
        <translation>查封、扣押</translation>
    </message>
    <message>
        <source>Report to the level above</source>
        <translation>报告上级</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>立案查处</translation>
    </message>
</context>
<context>
    <name>InspectionPlan</name>
    <message>
        <source>Cannot read the inspection plan: %1</source>
        <translation>无法读取检查计划：%1</translation>
    </message>
    <message>
        <source>Year: %1 is not a year of a plan.</source>
        <translation>年度：%1 不是有效的计划年度。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>licensed enterprise (%1): at least once a year</source>
        <translation>获证企业（%1）：每年至少一次</translation>
    </message>
    <message>
        <source>key special-equipment user: at least once a year</source>
        <translation>特种设备重点使用单位：每年至少一次</translation>
    </message>
    <message>
        <source>accident or recall last year: at least once this year</source>
        <translation>上年度发生事故或召回：本年度至少一次</translation>
    </message>
    <message>
        <source>metrology institution: about once a year</source>
        <translation>计量机构：每年约一次</translation>
    </message>
    <message>
        <source>Whole bureau</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>Title: a campaign or key period needs a title.</source>
        <translation>名称：请填写专项检查或重点时段的名称。</translation>
    </message>
    <message>
        <source>Kind: a plan entry is a %1 or a %2, not a %3.</source>
        <translation>类型：计划条目只能是%1或%2，不能是%3。</translation>
    </message>
    <message>
        <source>Year: %1 is not a year between %2 and %3.</source>
        <translation>年度：%1 不在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>Dates: the first and the last day are required.</source>
        <translation>日期：请填写起始日期和截止日期。</translation>
    </message>
    <message>
        <source>Dates: %1 to %2 must lie within %3.</source>
        <translation>日期：%1 至 %2 必须在 %3 年度内。</translation>
    </message>
    <message>
        <source>Dates: the first day %1 comes after the last day %2.</source>
        <translation>日期：起始日期 %1 晚于截止日期 %2。</translation>
    </message>
    <message>
        <source>Domain: "%1" is not a supervision domain; the domains are %2.</source>
        <translation>监管领域：“%1”不是监管领域；可选的监管领域为 %2。</translation>
    </message>
    <message>
        <source>Targets: there is no entity %1 in the register.</source>
        <translation>检查对象：名录中没有监管对象 %1。</translation>
    </message>
    <message>
        <source>There is no plan entry %1.</source>
        <translation>没有计划条目 %1。</translation>
    </message>
</context>
<context>
    <name>InspectionStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <source>Supervision system: there is no system %1 in the responsibility list.</source>
        <translation>监管制度：责任清单中没有监管制度 %1。</translation>
    </message>
    <message>
        <source>Unit: entity %1 is not in the register (unknown or removed).</source>
        <translation>被检查单位：监管对象 %1 不在名录中（不存在或已删除）。</translation>
    </message>
    <message>
        <source>Equipment: unit of equipment %1 is not in the register.</source>
        <translation>设备：设备 %1 不在名录中。</translation>
    </message>
    <message>
        <source>Equipment: unit of equipment %1 belongs to another user than %2.</source>
        <translation>设备：设备 %1 的使用单位不是 %2。</translation>
    </message>
    <message>
        <source>Follow-up of: there is no inspection %1.</source>
        <translation>复查原记录：没有检查记录 %1。</translation>
    </message>
    <message>
        <source>Follow-up of: a record cannot follow itself up.</source>
        <translation>复查原记录：记录不能复查其本身。</translation>
    </message>
    <message>
        <source>Responsibility items: item %1 is not in the responsibility list.</source>
        <translation>责任事项：事项 %1 不在责任清单中。</translation>
    </message>
    <message>
        <source>Supervision system: system %1 is not in the responsibility list.</source>
        <translation>监管制度：监管制度 %1 不在责任清单中。</translation>
    </message>
    <message>
        <source>Plan entry: there is no plan entry %1.</source>
        <translation>检查计划条目：没有计划条目 %1。</translation>
    </message>
    <message>
        <source>Draw: there is no draw %1.</source>
        <translation>随机抽取：没有随机抽取 %1。</translation>
    </message>
    <message>
        <source>Follow-up of: %1 is not finished yet.</source>
        <translation>复查原记录：%1 尚未完成。</translation>
    </message>
    <message>
        <source>Follow-up of: %1 ordered no correction and gave no directive.</source>
        <translation>复查原记录：%1 既未责令改正，也未下达指令书。</translation>
    </message>
    <message>
        <source>Follow-up of: %1 inspected another unit (%2).</source>
        <translation>复查原记录：%1 检查的是其他单位（%2）。</translation>
    </message>
    <message>
        <source>Cannot read the inspections: %1</source>
        <translation>无法读取检查记录：%1</translation>
    </message>
    <message>
        <source>%1 v%2 has been replaced by a later version and is kept as it was.</source>
        <translation>%1 v%2 已被后续版本取代，按原样保留。</translation>
    </message>
    <message>
        <source>%1 is finished and locked; a correction makes a new version of it.</source>
        <translation>%1 已完成并锁定；更正将生成新版本。</translation>
    </message>
    <message>
        <source>%1 is finished already.</source>
        <translation>%1 已经完成。</translation>
    </message>
    <message>
        <source>%1 is finished; only a draft can be discarded.</source>
        <translation>%1 已完成；只有草稿才能作废。</translation>
    </message>
    <message>
        <source>There is no inspection record numbered %1.</source>
        <translation>没有编号为 %1 的检查记录。</translation>
    </message>
    <message>
        <source>%1 v%2 has been replaced by a later version; correct the current one.</source>
        <translation>%1 v%2 已被后续版本取代；请更正当前版本。</translation>
    </message>
    <message>
        <source>%1 is a draft: change it directly, it needs no correction.</source>
        <translation>%1 是草稿：请直接修改，无需更正。</translation>
    </message>
    <message>
        <source>Reason for the correction: say why the record is corrected.</source>
        <translation>更正理由：请说明更正该记录的原因。</translation>
    </message>
    <message>
        <source>Unit: a correction keeps the unit inspected (%1); record an inspection of the other unit instead.</source>
        <translation>被检查单位：更正不能改变被检查单位（%1）；如检查的是其他单位，请另行录入检查记录。</translation>
    </message>
    <message>
        <source>Outcome: this record opened the lead %1; "open a case" stays.</source>
        <translation>处理措施：本记录已登记案件线索 %1，“立案查处”不能取消。</translation>
    </message>
    <message>
        <source>%1: the correction changes nothing.</source>
        <translation>%1：更正未作任何改动。</translation>
    </message>
    <message>
        <source>Inspectors: there is no colleague %1.</source>
        <translation>执法人员：没有工作人员 %1。</translation>
    </message>
    <message>
        <source>There is no inspection %1.</source>
        <translation>没有检查记录 %1。</translation>
    </message>
    <message>
        <source>Inspectors: %1 no longer works here (the account is deactivated).</source>
        <translation>执法人员：%1 已不在本单位工作（账户已停用）。</translation>
    </message>
    <message>
        <source>Inspectors: %1 holds no special-equipment inspector certificate, which a special-equipment inspection needs.</source>
        <translation>执法人员：%1 未持有特种设备安全监察员证，特种设备监督检查须持该证。</translation>
    </message>
    <message>
        <source>Inspectors: %1 holds no enforcement certificate.</source>
        <translation>执法人员：%1 未持有执法证。</translation>
    </message>
    <message>
        <source>Inspectors: the certificate %1 of %2 expired on %3, before the inspection on %4.</source>
        <translation>执法人员：%2 的证件 %1 已于 %3 过期，早于 %4 的检查。</translation>
    </message>
    <message>
        <source>Inspectors: the certificate %1 of %2 is valid only from %3, after the inspection on %4.</source>
        <translation>执法人员：%2 的证件 %1 自 %3 起才有效，晚于 %4 的检查。</translation>
    </message>
    <message>
        <source>Inspectors: the certificate %1 of %2 has no end of validity.</source>
        <translation>执法人员：%2 的证件 %1 未填写有效期截止日期。</translation>
    </message>
    <message>
        <source>Inspectors: %1 is named twice.</source>
        <translation>执法人员：%1 重复填写。</translation>
    </message>
    <message>
        <source>Inspectors: at least %1 different inspectors must take part (%2 named).</source>
        <translation>执法人员：至少须有 %1 名不同的执法人员参加（已填写 %2 名）。</translation>
    </message>
    <message>
        <source>Checklist: point %1 does not conform; write a note saying what was found.</source>
        <translation>检查表：检查项 %1 不符合，请在说明中写明发现的问题。</translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %n point(s) not checked yet (%1).</source>
        <translation>
            <numerusform>检查表：尚有 %n 个检查项未检查（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome: choose at least one (nothing found, order to correct, directive, sealing, report upward, open a case).</source>
        <translation>处理措施：请至少选择一项（未发现问题、责令改正、指令书、查封扣押、报告上级、立案查处）。</translation>
    </message>
    <message>
        <source>Outcome: "nothing found" cannot go with other outcomes.</source>
        <translation>处理措施：“未发现问题”不能与其他处理措施同时选择。</translation>
    </message>
    <message numerus="yes">
        <source>Outcome: "nothing found" while %n point(s) do not conform.</source>
        <translation>
            <numerusform>处理措施：有 %n 个检查项不符合，不能选择“未发现问题”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome: "nothing found" while findings are written; choose what was done.</source>
        <translation>处理措施：已填写发现的问题，不能选择“未发现问题”；请选择采取的措施。</translation>
    </message>
    <message>
        <source>Findings: write what was found (points that do not conform or an outcome was taken).</source>
        <translation>发现的问题：存在不符合的检查项或已采取处理措施，请写明发现的问题。</translation>
    </message>
    <message>
        <source>Correct by: give the deadline to put it right.</source>
        <translation>改正期限：请填写改正期限。</translation>
    </message>
    <message>
        <source>Correct by: %1 must come after the inspection on %2.</source>
        <translation>改正期限：%1 必须晚于检查日期 %2。</translation>
    </message>
    <message>
        <source>Outcome: a safety supervision directive is given in special-equipment inspections only.</source>
        <translation>处理措施：特种设备安全监察指令书仅用于特种设备监督检查。</translation>
    </message>
    <message>
        <source>Directive: write what the unit must do.</source>
        <translation>指令书：请写明被检查单位应当采取的措施。</translation>
    </message>
    <message>
        <source>Directive: give the day the directive was given orally.</source>
        <translation>指令书：请填写口头下达指令的日期。</translation>
    </message>
    <message>
        <source>Directive: the oral directive of %1 cannot come after the record of %2.</source>
        <translation>指令书：口头指令日期 %1 不能晚于记录日期 %2。</translation>
    </message>
    <message>
        <source>Sealing or seizure: write what was sealed or seized.</source>
        <translation>查封、扣押：请写明查封、扣押的物品。</translation>
    </message>
    <message>
        <source>Report upward: name the authority it was reported to.</source>
        <translation>报告上级：请填写报告的上级机关。</translation>
    </message>
    <message>
        <source>Unit: choose the unit inspected from the register.</source>
        <translation>被检查单位：请从名录中选择被检查单位。</translation>
    </message>
    <message>
        <source>Date: give the day of the inspection.</source>
        <translation>日期：请填写检查日期。</translation>
    </message>
    <message>
        <source>Date: %1 lies in the future.</source>
        <translation>日期：%1 是将来的日期。</translation>
    </message>
    <message>
        <source>Kind: choose the kind of inspection.</source>
        <translation>检查类型：请选择检查类型。</translation>
    </message>
    <message>
        <source>Domain: choose the field of supervision.</source>
        <translation>监管领域：请选择监管领域。</translation>
    </message>
    <message>
        <source>Domain: "%1" is not a field of supervision.</source>
        <translation>监管领域：“%1”不是监管领域。</translation>
    </message>
    <message>
        <source>Section: name the section responsible.</source>
        <translation>股室：请填写负责的股室。</translation>
    </message>
    <message>
        <source>Campaign: name the special campaign or key period the inspection belongs to.</source>
        <translation>专项检查：请填写本次检查所属的专项检查或重点时段。</translation>
    </message>
    <message>
        <source>Follow-up of: choose the inspection whose order or directive this checks.</source>
        <translation>复查原记录：请选择本次复查所针对的检查记录（责令改正或下达指令书的记录）。</translation>
    </message>
    <message>
        <source>Signature: name the unit's responsible person who signed, or note the refusal to sign.</source>
        <translation>签字：请填写签字的被检查单位负责人，或记录拒绝签字情况。</translation>
    </message>
    <message>
        <source>Refusal to sign: note who refused and how (witnesses, circumstances).</source>
        <translation>拒绝签字：请记录拒绝签字的人员及情况（见证人、经过）。</translation>
    </message>
</context>
<context>
    <name>Licence</name>
    <message>
        <source>Industrial product production licence</source>
        <translation>工业产品生产许可证</translation>
    </message>
    <message>
        <source>Metrology instrument manufacturing licence</source>
        <translation>制造计量器具许可证</translation>
    </message>
    <message>
        <source>Inspection and testing qualification (CMA)</source>
        <translation>检验检测机构资质认定（CMA）</translation>
    </message>
    <message>
        <source>Special-equipment production licence</source>
        <translation>特种设备生产许可证</translation>
    </message>
    <message>
        <source>Special-equipment use registration</source>
        <translation>特种设备使用登记证</translation>
    </message>
    <message>
        <source>Other licence or certificate</source>
        <translation>其他许可或证书</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Cancelled by penalty</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>'%1' is not a kind of licence; the kinds are %2.</source>
        <translation>“%1”不是证书类别；类别有：%2。</translation>
    </message>
    <message>
        <source>'%1' is not a licence status; the statuses are %2.</source>
        <translation>“%1”不是许可证状态；状态有：%2。</translation>
    </message>
    <message>
        <source>The licence is already %1.</source>
        <translation>该许可证已是“%1”状态。</translation>
    </message>
    <message>
        <source>A licence that is %1 cannot become %2: only a valid licence changes status; issue a new licence instead.</source>
        <translation>已%1的许可证不能再变为%2：只有有效的许可证才能变更状态；请另发新证。</translation>
    </message>
    <message>
        <source>A licence cannot change from %1 to %2.</source>
        <translation>许可证不能由%1变为%2。</translation>
    </message>
    <message>
        <source>The licence holder is missing.</source>
        <translation>缺少持证单位。</translation>
    </message>
    <message>
        <source>The licence number is missing.</source>
        <translation>缺少证书编号。</translation>
    </message>
    <message>
        <source>The licence number has %1 characters; at most %2 are allowed.</source>
        <translation>证书编号有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The scope has %1 characters; at most %2 are allowed.</source>
        <translation>许可范围有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The issue date is missing.</source>
        <translation>缺少发证日期。</translation>
    </message>
    <message>
        <source>The issue date %1 lies in the future.</source>
        <translation>发证日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The licence expires (%1) before it was issued (%2).</source>
        <translation>有效期至（%1）早于发证日期（%2）。</translation>
    </message>
    <message>
        <source>The expiry date is missing; only a use registration has none.</source>
        <translation>缺少有效期；只有使用登记证没有有效期。</translation>
    </message>
    <message>
        <source>A licence that is %1 needs the reason.</source>
        <translation>%1的许可证须注明原因。</translation>
    </message>
</context>
<context>
    <name>ListHtmlRenderer</name>
    <message>
        <source>, </source>
        <comment>separator between section names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>duty number. duty text</comment>
        <translation>%1．%2</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <comment>system number in brackets, then its title</comment>
        <translation>（%1）%2</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>监管对象</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>监管内容</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>监管方式</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>监管措施</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>监管程序</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Other provisions</source>
        <translation>其他规定</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>This system lists no check points.</source>
        <translation>本制度未列明检查要点。</translation>
    </message>
    <message>
        <source>Main duty</source>
        <translation>主要职责</translation>
    </message>
    <message>
        <source>Responsible sections</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>Sub-heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Supervision domain</source>
        <translation>监管领域</translation>
    </message>
    <message>
        <source>The list names no responsible section for this item.</source>
        <translation>责任清单未列明本事项的责任股室。</translation>
    </message>
    <message>
        <source>Legal basis for accountability</source>
        <translation>追责依据</translation>
    </message>
    <message>
        <source>The list gives no legal basis for this item.</source>
        <translation>责任清单未列明本事项的追责依据。</translation>
    </message>
    <message>
        <source>Checklist (supervision system)</source>
        <translation>检查要点（事中事后监管制度）</translation>
    </message>
    <message>
        <source>No supervision system of this edition covers the item's domain.</source>
        <translation>本版本没有与该事项监管领域对应的事中事后监管制度。</translation>
    </message>
    <message>
        <source>Main duty %1</source>
        <translation>第 %1 项主要职责</translation>
    </message>
    <message>
        <source>This duty lists no items.</source>
        <translation>本项主要职责未列明具体责任事项。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Responsibility item</source>
        <translation>具体责任事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容概况</translation>
    </message>
    <message>
        <source>Main duties</source>
        <translation>主要职责</translation>
    </message>
    <message>
        <source>Responsibility items</source>
        <translation>具体责任事项</translation>
    </message>
    <message>
        <source>Boundary matters</source>
        <translation>职责边界事项</translation>
    </message>
    <message>
        <source>Supervision systems</source>
        <translation>事中事后监管制度</translation>
    </message>
    <message>
        <source>Public services</source>
        <translation>公共服务事项</translation>
    </message>
    <message>
        <source>This edition lists no duties.</source>
        <translation>本版本未列明主要职责。</translation>
    </message>
    <message numerus="yes">
        <source>(%n item(s))</source>
        <translation>
            <numerusform>（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Departments and their shares</source>
        <translation>相关部门及职责分工</translation>
    </message>
    <message>
        <source>No department shares are listed.</source>
        <translation>未列明相关部门的职责分工。</translation>
    </message>
    <message>
        <source>Share of the work</source>
        <translation>职责分工</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>相关依据</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Check points</source>
        <translation>检查要点</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>承办机构</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Content of the service</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>No content is listed.</source>
        <translation>未列明服务内容。</translation>
    </message>
    <message>
        <source>Division of duties</source>
        <translation>职责分工</translation>
    </message>
    <message>
        <source>Accountability procedure</source>
        <translation>追责程序</translation>
    </message>
    <message>
        <source>Further provisions</source>
        <translation>其他规定</translation>
    </message>
    <message>
        <source>Responsibility boundaries</source>
        <translation>职责边界</translation>
    </message>
    <message>
        <source>This edition lists no boundary matters.</source>
        <translation>本版本未列明职责边界事项。</translation>
    </message>
    <message>
        <source>This edition lists no supervision systems.</source>
        <translation>本版本未列明事中事后监管制度。</translation>
    </message>
    <message>
        <source>This edition lists no public services.</source>
        <translation>本版本未列明公共服务事项。</translation>
    </message>
    <message>
        <source>Accountability mechanism</source>
        <translation>责任追究机制</translation>
    </message>
    <message>
        <source>This edition describes no accountability mechanism.</source>
        <translation>本版本未列明责任追究机制。</translation>
    </message>
    <message numerus="yes">
        <source>Responsibility items (%n)</source>
        <translation>
            <numerusform>具体责任事项（%n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check point(s)</source>
        <translation>
            <numerusform>检查要点 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>department (edition label)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Edition label</source>
        <translation>版本名称</translation>
    </message>
    <message>
        <source>The list gives no legal basis for this duty.</source>
        <translation>责任清单未列明本职责的追责依据。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Schema upgrade failed: %1 (%2)</source>
        <translation>数据结构升级失败：%1（%2）</translation>
    </message>
    <message>
        <source>%1 is not a CaseDesk database (%2).</source>
        <translation>%1 不是 CaseDesk 数据库（%2）。</translation>
    </message>
    <message>
        <source>%1 belongs to another program (application id %2); it has not been modified.</source>
        <translation>%1 属于其他程序（应用标识 %2），未作任何修改。</translation>
    </message>
    <message>
        <source>%1 is a SQLite file of another program; it has not been modified.</source>
        <translation>%1 是其他程序的 SQLite 文件，未作任何修改。</translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade of %1.</source>
        <translation>无法开始升级 %1 的数据结构。</translation>
    </message>
    <message>
        <source>Cannot record the schema version: %1</source>
        <translation>无法记录数据结构版本：%1</translation>
    </message>
    <message>
        <source>Cannot commit the schema upgrade to version %1: %2</source>
        <translation>无法提交升级到版本 %1 的数据结构：%2</translation>
    </message>
    <message>
        <source>Schema upgrade failed: %1</source>
        <translation>数据结构升级失败：%1</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>'%1' is not an amount in yuan; write it like 30000, 30,000.50 or 3万.</source>
        <translation>“%1”不是以元为单位的金额，请写成 30000、30,000.50 或 3万 这样的形式。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, e.g. 30,000.00.</source>
        <translation>请输入以元为单位的金额，如 30,000.00。</translation>
    </message>
    <message>
        <source>'%1' is negative; an amount cannot be below zero.</source>
        <translation>“%1”为负数，金额不能小于零。</translation>
    </message>
    <message>
        <source>'%1' has more than six decimals before 万; amounts are in yuan and fen.</source>
        <translation>“%1”在“万”前的小数超过六位；金额只能精确到分。</translation>
    </message>
    <message>
        <source>'%1' has more than two decimals; amounts are in yuan and fen.</source>
        <translation>“%1”的小数超过两位；金额只能精确到分。</translation>
    </message>
    <message>
        <source>'%1' is more than 1,000,000,000,000 yuan.</source>
        <translation>“%1”超过 1,000,000,000,000 元。</translation>
    </message>
</context>
<context>
    <name>PartyKind</name>
    <message>
        <source>Entity</source>
        <translation>单位（监管对象）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>自然人</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library (libsodium) could not be initialised.</source>
        <translation>无法初始化密码库（libsodium）。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法计算密码哈希。</translation>
    </message>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation>密码：至少 %1 个字符。</translation>
    </message>
    <message>
        <source>Password: use at most %1 characters.</source>
        <translation>密码：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Password: use letters and digits both.</source>
        <translation>密码：须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Password: it must not be the login name.</source>
        <translation>密码：不能与登录名相同。</translation>
    </message>
    <message>
        <source>Confirm password: the two passwords differ.</source>
        <translation>确认密码：两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PenaltyKind</name>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Order to correct</source>
        <translation>责令改正</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>Confiscation of illegal income</source>
        <translation>没收违法所得</translation>
    </message>
    <message>
        <source>Confiscation of goods and tools</source>
        <translation>没收非法财物</translation>
    </message>
    <message>
        <source>Suspension of production or business</source>
        <translation>责令停产停业</translation>
    </message>
    <message>
        <source>Revocation of a licence</source>
        <translation>吊销许可证</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移送</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>view the staff list</source>
        <translation>查看人员名单</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>管理人员账户</translation>
    </message>
    <message>
        <source>change their own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>change the bureau settings</source>
        <translation>修改本局设置</translation>
    </message>
    <message>
        <source>import a responsibility list</source>
        <translation>导入责任清单</translation>
    </message>
    <message>
        <source>remove an edition of the responsibility list</source>
        <translation>删除责任清单版本</translation>
    </message>
    <message>
        <source>view a record's history</source>
        <translation>查看记录的历史</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>verify the audit trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>%1 must choose a new password first: the current one was set by an administrator.</source>
        <translation>%1 须先设置新密码：当前密码是管理员设置的。</translation>
    </message>
    <message>
        <source>%1 may not %2: this needs one of the roles %3.</source>
        <translation>%1 无权%2：需要以下角色之一：%3。</translation>
    </message>
    <message>
        <source>view the register of entities</source>
        <translation>查看监管对象名录</translation>
    </message>
    <message>
        <source>edit the register of entities</source>
        <translation>编辑监管对象名录</translation>
    </message>
    <message>
        <source>remove records from the register</source>
        <translation>删除名录中的记录</translation>
    </message>
    <message>
        <source>import the register from a file</source>
        <translation>从文件导入名录</translation>
    </message>
    <message>
        <source>change a licence's status</source>
        <translation>变更许可证状态</translation>
    </message>
    <message>
        <source>view enforcement cases</source>
        <translation>查看执法案件</translation>
    </message>
    <message>
        <source>edit enforcement cases</source>
        <translation>编辑执法案件</translation>
    </message>
    <message>
        <source>review enforcement cases</source>
        <translation>审核执法案件</translation>
    </message>
    <message>
        <source>approve steps of enforcement cases</source>
        <translation>审批执法案件的办理环节</translation>
    </message>
    <message>
        <source>view inspections and sampling</source>
        <translation>查看监督检查和监督抽查</translation>
    </message>
    <message>
        <source>record inspections and sampling</source>
        <translation>录入监督检查和监督抽查</translation>
    </message>
    <message>
        <source>plan inspections and make random draws</source>
        <translation>制定检查计划和进行随机抽取</translation>
    </message>
    <message>
        <source>view and export the quarterly summary</source>
        <translation>查看和导出季度统计</translation>
    </message>
    <message>
        <source>export and import exchange files</source>
        <translation>导出和导入交换文件</translation>
    </message>
    <message>
        <source>resolve exchange conflicts and merge duplicates</source>
        <translation>解决数据交换冲突和合并重复记录</translation>
    </message>
    <message>
        <source>change the bureau's sync key</source>
        <translation>更换本局的同步密钥</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>restore the database from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>检查数据库</translation>
    </message>
</context>
<context>
    <name>ProvisionRole</name>
    <message>
        <source>Provision violated</source>
        <translation>违反条款</translation>
    </message>
    <message>
        <source>Penalty provision</source>
        <translation>处罚依据</translation>
    </message>
</context>
<context>
    <name>PublishedListReader</name>
    <message>
        <source>main duty %1 has no text in the column of main duties</source>
        <translation>第 %1 项主要职责在“主要职责”一栏中没有内容</translation>
    </message>
    <message>
        <source>a responsibility item comes before the first main duty</source>
        <translation>第一项主要职责之前出现了具体责任事项</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: no table of main duties was found (a header row with the columns %2 and %3 is expected)</source>
        <translation>%1：未找到主要职责表（应有包含“%2”和“%3”两列的表头行）</translation>
    </message>
    <message>
        <source>%1: the table of main duties lists no duties</source>
        <translation>%1：主要职责表中没有列出任何职责</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QuarterSummary</name>
    <message>
        <source>%1, %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1: work statistics for %2</source>
        <translation>%1%2工作统计</translation>
    </message>
</context>
<context>
    <name>RandomDraw</name>
    <message>
        <source>The %1 holds an empty entry.</source>
        <translation>%1中有空条目。</translation>
    </message>
    <message>
        <source>The %1 is not sorted or holds %2 twice.</source>
        <translation>%1未排序或重复包含 %2。</translation>
    </message>
    <message>
        <source>Seed: a draw needs a seed.</source>
        <translation>随机种子：随机抽取需要随机种子。</translation>
    </message>
    <message>
        <source>Inspectors per unit: at least %1 inspectors take part in every inspection, not %2.</source>
        <translation>每家单位执法人员数：每次检查至少须有 %1 名执法人员参加，不能为 %2。</translation>
    </message>
    <message>
        <source>Count: draw at least one unit, not %1.</source>
        <translation>数量：至少抽取一家单位，不能为 %1。</translation>
    </message>
    <message>
        <source>entity pool</source>
        <translation>对象库</translation>
    </message>
    <message>
        <source>inspector pool</source>
        <translation>执法人员库</translation>
    </message>
    <message>
        <source>Count: the pool holds %1 units, fewer than the %2 asked for.</source>
        <translation>数量：对象库只有 %1 家单位，少于要求抽取的 %2 家。</translation>
    </message>
    <message>
        <source>Unit %1: only %2 inspectors may inspect it (after recusals), fewer than the %3 each unit needs.</source>
        <translation>单位 %1：除去回避人员后只有 %2 名执法人员可检查该单位，少于每家单位所需的 %3 名。</translation>
    </message>
</context>
<context>
    <name>RecordContent</name>
    <message>
        <source>%1 is not a table that travels.</source>
        <translation>%1 不是参与数据交换的表。</translation>
    </message>
    <message>
        <source>Cannot read %1 %2: %3</source>
        <translation>无法读取 %1 %2：%3</translation>
    </message>
    <message>
        <source>Cannot read %1 of %2: %3</source>
        <translation>无法读取 %2 的 %1：%3</translation>
    </message>
    <message>
        <source>%1 %2 has no %3.</source>
        <translation>%1 %2 没有 %3。</translation>
    </message>
    <message>
        <source>Cannot look up %1 %2: %3</source>
        <translation>无法查找 %1 %2：%3</translation>
    </message>
    <message>
        <source>Cannot number new rows of %1.</source>
        <translation>无法为 %1 的新行编号。</translation>
    </message>
    <message>
        <source>%1: the field %2 is empty but may not be.</source>
        <translation>%1：字段 %2 为空，但该字段不得为空。</translation>
    </message>
    <message>
        <source>%1: the field %2 refers to %3 %4, which is neither on this workstation nor in the file.</source>
        <translation>%1：字段 %2 引用了 %3 %4，但本工作站和该文件中都没有这条记录。</translation>
    </message>
    <message>
        <source>%1: the content of %2 (SHA-256 %3) is missing from the file.</source>
        <translation>%1：文件中缺少 %2 的内容（SHA-256 %3）。</translation>
    </message>
    <message>
        <source>The file holds records of %1, a table this CaseDesk does not know.</source>
        <translation>文件中含有 %1 的记录，本 CaseDesk 不认识该表。</translation>
    </message>
    <message>
        <source>%1 cannot be stored: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>%1: cannot replace its %2: %3</source>
        <translation>%1：无法替换其 %2：%3</translation>
    </message>
    <message>
        <source>%1: a row of its %2 cannot be stored: %3</source>
        <translation>%1：其 %2 中有一行无法保存：%3</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Cannot store a record in %1: %2</source>
        <translation>无法在 %1 中保存记录：%2</translation>
    </message>
    <message>
        <source>Record %1 of %2 no longer exists.</source>
        <translation>%2 中的记录 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Cannot read the register: %1</source>
        <translation>无法读取名录：%1</translation>
    </message>
    <message>
        <source>There is no entity %1 in the register.</source>
        <translation>名录中没有监管对象 %1。</translation>
    </message>
    <message>
        <source>The code %1 already belongs to %2.</source>
        <translation>代码 %1 已属于%2。</translation>
    </message>
    <message>
        <source>Entity %1</source>
        <translation>监管对象 %1</translation>
    </message>
    <message>
        <source>There is no special equipment %1 in the register.</source>
        <translation>名录中没有特种设备 %1。</translation>
    </message>
    <message>
        <source>The user (entity %1) is not in the register.</source>
        <translation>使用单位（监管对象 %1）不在名录中。</translation>
    </message>
    <message>
        <source>Registration number %1 is already registered for equipment of %2.</source>
        <translation>注册代码 %1 已登记为%2的设备。</translation>
    </message>
    <message>
        <source>Equipment %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>The holder (entity %1) is not in the register.</source>
        <translation>持证单位（监管对象 %1）不在名录中。</translation>
    </message>
    <message>
        <source>%1 number %2 is already registered for %3.</source>
        <translation>%1编号 %2 已登记给%3。</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>许可证 %1</translation>
    </message>
    <message>
        <source>There is no licence %1 in the register.</source>
        <translation>名录中没有许可证 %1。</translation>
    </message>
    <message>
        <source>The status of %1 changes only through Change Status, which keeps its history.</source>
        <translation>%1的状态只能通过“变更状态”修改，以保留其历史。</translation>
    </message>
    <message>
        <source>The date the new status takes effect is missing.</source>
        <translation>缺少新状态的生效日期。</translation>
    </message>
    <message>
        <source>The new status cannot take effect (%1) before the licence was issued (%2).</source>
        <translation>新状态的生效日期（%1）不能早于发证日期（%2）。</translation>
    </message>
    <message>
        <source>The reason for making %1 %2 is missing.</source>
        <translation>缺少将%1变为%2的原因。</translation>
    </message>
    <message>
        <source>%1 has been removed meanwhile.</source>
        <translation>%1已被他人删除。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it; open it again to see that change.</source>
        <translation>您打开%1后，%2于 %3 修改了它；请重新打开以查看该修改。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1不存在。</translation>
    </message>
    <message>
        <source>%1 has not been removed.</source>
        <translation>%1未被删除。</translation>
    </message>
</context>
<context>
    <name>RegisterCsv</name>
    <message>
        <source>Entities</source>
        <translation>监管对象</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Special equipment</source>
        <translation>特种设备</translation>
    </message>
    <message>
        <source>The column mapping names "%1", which is not a field of %2.</source>
        <translation>列对应中的“%1”不是%2的字段。</translation>
    </message>
    <message>
        <source>Several columns are mapped to %1; map one and ignore the others.</source>
        <translation>有多列对应到%1；请只对应一列，其余忽略。</translation>
    </message>
    <message>
        <source>No column is mapped to %1, which %2 needs.</source>
        <translation>没有列对应到%2必需的%1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>'%1' is not a day of the calendar.</source>
        <translation>“%1”不是有效的日期。</translation>
    </message>
    <message>
        <source>'%1' is not a date; write it as 2026-03-05 (2026/3/5, 2026.3.5, 20260305 and 2026年3月5日 are read too).</source>
        <translation>“%1”不是日期；请写成 2026-03-05（也可识别 2026/3/5、2026.3.5、20260305 和 2026年3月5日）。</translation>
    </message>
    <message>
        <source>'%1' is neither yes nor no; write 是 or 否 (Y/N, 1/0 and yes/no are read too).</source>
        <translation>“%1”既不是“是”也不是“否”；请写“是”或“否”（也可识别 Y/N、1/0 和 yes/no）。</translation>
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
    <name>RegisterImporter</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1: the code %2 was registered for %3 after the file was checked.</source>
        <translation>第 %1 行：检查文件后，代码 %2 已被登记给%3。</translation>
    </message>
    <message>
        <source>Line %1: the holder of %2 was removed from the register after the file was checked.</source>
        <translation>第 %1 行：检查文件后，%2的持证单位已从名录中删除。</translation>
    </message>
    <message>
        <source>Line %1: %2 was registered after the file was checked.</source>
        <translation>第 %1 行：检查文件后，%2已被登记。</translation>
    </message>
    <message>
        <source>Line %1: the user of %2 was removed from the register after the file was checked.</source>
        <translation>第 %1 行：检查文件后，%2的使用单位已从名录中删除。</translation>
    </message>
    <message>
        <source>Line %1: the registration number %2 was registered after the file was checked.</source>
        <translation>第 %1 行：检查文件后，注册代码 %2 已被登记。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，“%2”列：%3</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row naming the columns, then one row per record.</source>
        <translation>%1 是空的：需要一行列标题，然后每条记录一行。</translation>
    </message>
    <message>
        <source>%1: the column mapping has %2 entries but the header row has %3 columns.</source>
        <translation>%1：列对应有 %2 项，但标题行有 %3 列。</translation>
    </message>
    <message>
        <source>%1: %2 The header row (line %3) reads: %4.</source>
        <translation>%1：%2 标题行（第 %3 行）为：%4。</translation>
    </message>
    <message>
        <source>The file has a header row but no records.</source>
        <translation>文件只有标题行，没有记录。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported. Correct the file and read it again.</source>
        <translation>
            <numerusform>%1 有 %n 处问题，未导入任何数据。请修改文件后重新读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no records to import.</source>
        <translation>%1 中没有可导入的记录。</translation>
    </message>
    <message>
        <source>The import plan of %1 is inconsistent: %2 records but %3 line numbers.</source>
        <translation>%1 的导入计划不一致：%2 条记录，却有 %3 个行号。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header row has %2 columns; a cell that holds a comma needs quotes.</source>
        <translation>该行有 %1 个单元格，但标题行只有 %2 列；含逗号的单元格需要加引号。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) give no kind; they are stored as %1. Fill in the column %2 or set the kinds afterwards.</source>
        <translation>
            <numerusform>有 %n 行未填类别，将按“%1”保存。请填写“%2”列，或之后再设置类别。</numerusform>
        </translation>
    </message>
    <message>
        <source>The code %1 is on line %2 as well; list each entity once.</source>
        <translation>代码 %1 在第 %2 行也出现；每个单位只列一次。</translation>
    </message>
    <message>
        <source>The code %1 is already registered, for %2.</source>
        <translation>代码 %1 已登记，属于%2。</translation>
    </message>
    <message>
        <source>%1 looks like %2 (%3), already in the register; is it the same unit?</source>
        <translation>%1 与名录中已有的%2（%3）相似，是否为同一单位？</translation>
    </message>
    <message>
        <source>%1 looks like %2 on line %3; is it the same unit?</source>
        <translation>%1 与第 %3 行的%2相似，是否为同一单位？</translation>
    </message>
    <message>
        <source>%1 %2 is on line %3 as well; list each licence once.</source>
        <translation>%1 %2 在第 %3 行也出现；每个许可证只列一次。</translation>
    </message>
    <message>
        <source>%1 %2 is already registered, held by %3.</source>
        <translation>%1 %2 已登记，持证单位为%3。</translation>
    </message>
    <message>
        <source>The registration number %1 is on line %2 as well; list each unit once.</source>
        <translation>注册代码 %1 在第 %2 行也出现；每台设备只列一次。</translation>
    </message>
    <message>
        <source>The registration number %1 is already registered, for equipment of %2.</source>
        <translation>注册代码 %1 已登记为%2的设备。</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>“%1”列：%2</translation>
    </message>
    <message>
        <source>The cell is empty; %1 is required.</source>
        <translation>单元格为空；%1为必填项。</translation>
    </message>
    <message>
        <source>No entity with the code %1 is in the register; add or import it first.</source>
        <translation>名录中没有代码为 %1 的单位；请先添加或导入该单位。</translation>
    </message>
    <message>
        <source>The register knows %1 as %2, not %3.</source>
        <translation>名录中 %1 的名称是%2，而不是%3。</translation>
    </message>
</context>
<context>
    <name>RegistrationCodes</name>
    <message>
        <source>Registration code %1: the character '%2' at position %3 is not allowed; a unified social credit code uses the digits 0-9 and the capital letters A-Z except I, O, Z, S and V.</source>
        <translation>登记代码 %1：第 %3 位的字符“%2”不允许；统一社会信用代码使用数字 0-9 和除 I、O、Z、S、V 以外的大写字母 A-Z。</translation>
    </message>
    <message>
        <source>Registration code %1: the character '%2' at position 9 is not allowed; the check character of an organisation code is a digit or X.</source>
        <translation>登记代码 %1：第 9 位的字符“%2”不允许；组织机构代码的校验码是数字或 X。</translation>
    </message>
    <message>
        <source>Registration code %1: the character '%2' at position %3 is not allowed; an organisation code uses the digits 0-9 and the capital letters A-Z.</source>
        <translation>登记代码 %1：第 %3 位的字符“%2”不允许；组织机构代码使用数字 0-9 和大写字母 A-Z。</translation>
    </message>
    <message>
        <source>Registration code %1: the check character is '%2' but the other characters give '%3': a character was probably mistyped.</source>
        <translation>登记代码 %1：校验码是“%2”，但按其他字符应为“%3”：可能有字符录入错误。</translation>
    </message>
    <message>
        <source>Registration code %1: '%2' (position 1, the registration authority) is not an authority code; it is one of 1-9, A, N and Y.</source>
        <translation>登记代码 %1：“%2”（第 1 位，登记管理部门码）不是有效的部门码；应为 1-9、A、N 或 Y。</translation>
    </message>
    <message>
        <source>Registration code %1: characters 3 to 8 (the administrative division of the registering office) are '%2'; they must be six digits.</source>
        <translation>登记代码 %1：第 3 至 8 位（登记管理机关行政区划码）为“%2”；应为六位数字。</translation>
    </message>
    <message>
        <source>The registration code is empty: enter the 18-character unified social credit code or the 9-character organisation code.</source>
        <translation>登记代码为空：请输入 18 位统一社会信用代码或 9 位组织机构代码。</translation>
    </message>
    <message numerus="yes">
        <source>The registration code has %n character(s); a unified social credit code has 18, an organisation code 9.</source>
        <translation>
            <numerusform>登记代码有 %n 位；统一社会信用代码为 18 位，组织机构代码为 9 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Organisation code</source>
        <translation>组织机构代码</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Q%2 %1</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>The period needs a valid first and last day.</source>
        <translation>统计期间需要有效的起止日期。</translation>
    </message>
    <message>
        <source>The period's first day %1 is after its last day %2.</source>
        <translation>统计期间的起始日 %1 晚于截止日 %2。</translation>
    </message>
    <message>
        <source>The period %1 to %2 is outside the years %3 to %4.</source>
        <translation>统计期间 %1 至 %2 超出 %3 至 %4 年的范围。</translation>
    </message>
    <message>
        <source>The quarter "%1" is outside the years %2 to %3.</source>
        <translation>季度“%1”超出 %2 至 %3 年的范围。</translation>
    </message>
    <message>
        <source>"%1" is not a period: the days must be dates like 2026-07-01.</source>
        <translation>“%1”不是有效的统计期间：日期应形如 2026-07-01。</translation>
    </message>
    <message>
        <source>"%1" is not a period: expected a quarter like 2026Q3 or a range like 2026-07-01..2026-09-30.</source>
        <translation>“%1”不是有效的统计期间：应为季度（如 2026Q3）或日期范围（如 2026-07-01..2026-09-30）。</translation>
    </message>
</context>
<context>
    <name>ResponsibilityListCsv</name>
    <message>
        <source>unknown column "%1"; the template's columns are %2.</source>
        <translation>无法识别的列“%1”；模板的列为：%2。</translation>
    </message>
    <message>
        <source>the column "%1" appears twice.</source>
        <translation>列“%1”出现了两次。</translation>
    </message>
    <message>
        <source>the header row needs at least the columns %1 and %2.</source>
        <translation>表头行至少应包含“%1”和“%2”两列。</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2.</source>
        <translation>该行有 %1 个字段，而表头有 %2 个字段。</translation>
    </message>
    <message>
        <source>unknown record type "%1" in column %2.</source>
        <translation>“%2”列中的记录类型“%1”无法识别。</translation>
    </message>
    <message>
        <source>no %1 row gives the %2; the department is required.</source>
        <translation>没有“%1”行给出“%2”；部门为必填项。</translation>
    </message>
    <message>
        <source>the file has no %1 rows; a list needs at least one main duty.</source>
        <translation>文件中没有“%1”行；责任清单至少需要一项主要职责。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>the %1 row needs a value in column %2.</source>
        <translation>“%1”行的“%2”列必须填写。</translation>
    </message>
    <message>
        <source>unknown %1 "%2"; use one of %3.</source>
        <translation>无法识别的%1“%2”；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>main duty %1 appears twice.</source>
        <translation>第 %1 项主要职责出现了两次。</translation>
    </message>
    <message>
        <source>an item comes before any main duty.</source>
        <translation>在所有主要职责之前出现了具体责任事项。</translation>
    </message>
    <message>
        <source>item number %1 is out of order.</source>
        <translation>事项编号 %1 顺序有误。</translation>
    </message>
    <message>
        <source>a legal reference comes before any main duty.</source>
        <translation>在所有主要职责之前出现了追责依据。</translation>
    </message>
    <message>
        <source>a department's share comes before any boundary matter.</source>
        <translation>在所有职责边界事项之前出现了部门职责分工。</translation>
    </message>
    <message>
        <source>a system part comes before any supervision system.</source>
        <translation>在所有事中事后监管制度之前出现了制度内容。</translation>
    </message>
    <message>
        <source>unknown part kind "%1" in column %2; use targets, content, methods, measures, procedure, handling or other.</source>
        <translation>“%2”列中的内容类别“%1”无法识别；请使用 targets、content、methods、measures、procedure、handling 或 other。</translation>
    </message>
    <message>
        <source>a check point comes before any supervision system.</source>
        <translation>在所有事中事后监管制度之前出现了检查要点。</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1：文件为空。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>item number "%1" must be the item's number within main duty %2, e.g. 1, 2, 3.</source>
        <translation>事项编号“%1”应为该事项在主要职责 %2 中的序号，如 1、2、3。</translation>
    </message>
    <message>
        <source>main duty %1 has no item %2.</source>
        <translation>主要职责 %1 没有第 %2 项事项。</translation>
    </message>
</context>
<context>
    <name>ResponsibilityListImporter</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>CaseDesk CSV template (%1)</source>
        <translation>CaseDesk CSV 模板（%1）</translation>
    </message>
    <message>
        <source>Published responsibility list (%1)</source>
        <translation>公布的责任清单文本（%1）</translation>
    </message>
    <message>
        <source>%1: not a responsibility list. Expected the CaseDesk CSV template (header row starting with %2) or a published list with a table of main duties (序号, 主要职责).</source>
        <translation>%1：不是责任清单。应为 CaseDesk CSV 模板（表头行以 %2 开头），或含有主要职责表（序号、主要职责）的公布文本。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Storing %1 main duties…</source>
        <translation>正在保存 %1 项主要职责…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
</context>
<context>
    <name>ResponsibilityListQueries</name>
    <message>
        <source>No responsibility list has been imported yet.</source>
        <translation>尚未导入任何责任清单。</translation>
    </message>
    <message>
        <source>Edition: no edition has the id or label "%1".</source>
        <translation>版本：没有编号或标签为“%1”的版本。</translation>
    </message>
    <message>
        <source>Edition: several departments have an edition labelled "%1"; give its id.</source>
        <translation>版本：多个部门都有标签为“%1”的版本，请给出版本编号。</translation>
    </message>
</context>
<context>
    <name>ResponsibilityListRepository</name>
    <message>
        <source>Edition label: the edition needs a label.</source>
        <translation>版本名称：请为该版本指定名称。</translation>
    </message>
    <message>
        <source>Department: the list does not name its department.</source>
        <translation>部门：责任清单未写明所属部门。</translation>
    </message>
    <message>
        <source>Main duties: the list has no main duties.</source>
        <translation>主要职责：责任清单中没有主要职责。</translation>
    </message>
    <message>
        <source>Main duty %1: the duty has no text.</source>
        <translation>第 %1 项主要职责：该职责没有内容。</translation>
    </message>
    <message>
        <source>Main duty %1: an item has no text.</source>
        <translation>第 %1 项主要职责：有一项具体责任事项没有内容。</translation>
    </message>
    <message>
        <source>Edition label: %1 already has an edition labelled "%2" with different content. A stored edition is never rewritten; import the new list under another label.</source>
        <translation>版本名称：%1 已有名为“%2”但内容不同的版本。已保存的版本不会被改写，请以其他版本名称导入新清单。</translation>
    </message>
    <message>
        <source>Edition %1 does not exist.</source>
        <translation>版本 %1 不存在。</translation>
    </message>
    <message>
        <source>Edition: there is no edition %1.</source>
        <translation>版本：没有版本 %1。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>办事员</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Section chief</source>
        <translation>股长/科长</translation>
    </message>
    <message>
        <source>Bureau head</source>
        <translation>局长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Roles: "%1" is not a role; use %2.</source>
        <translation>角色：“%1”不是角色，请使用 %2。</translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <source>Objection period</source>
        <translation>异议期</translation>
    </message>
    <message>
        <source>Rectification deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Re-check sampling deadline</source>
        <translation>复查抽样期限</translation>
    </message>
    <message>
        <source>Awaiting the test report</source>
        <translation>等待检验报告</translation>
    </message>
    <message>
        <source>Deliver the report</source>
        <translation>送达检验报告</translation>
    </message>
    <message>
        <source>Objection period running</source>
        <translation>异议期内</translation>
    </message>
    <message>
        <source>Objection re-test under way</source>
        <translation>复检进行中</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Sample the re-check</source>
        <translation>复查抽样</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>立案查处</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>%1 did not fail; a case is opened from a failed batch.</source>
        <translation>%1 不是不合格批次；只能对不合格批次立案查处。</translation>
    </message>
    <message>
        <source>The case %1 was already opened from %2.</source>
        <translation>已根据 %2 登记过案件线索 %1。</translation>
    </message>
    <message>
        <source>Could not read the sampling batches: %1</source>
        <translation>无法读取抽查批次：%1</translation>
    </message>
    <message>
        <source>Enterprise: there is no entity %1 in the register.</source>
        <translation>企业：名录中没有监管对象 %1。</translation>
    </message>
    <message>
        <source>The batch followed: there is no sampling batch %1.</source>
        <translation>原抽查批次：没有抽查批次 %1。</translation>
    </message>
    <message>
        <source>%1 is followed by the objection re-test %2: its result and delivery stay.</source>
        <translation>%1 已有复检批次 %2：其检验结果和送达情况不能更改。</translation>
    </message>
    <message>
        <source>%1 is followed by the re-check %2: its failure and the request for the re-check stay.</source>
        <translation>%1 已有复查批次 %2：其不合格结果和复查申请不能更改。</translation>
    </message>
    <message>
        <source>There is no sampling batch numbered %1.</source>
        <translation>没有编号为 %1 的抽查批次。</translation>
    </message>
    <message>
        <source>%1 was already objected to: the re-test is %2.</source>
        <translation>%1 已提出过异议：复检批次为 %2。</translation>
    </message>
    <message>
        <source>%1: the kind of a batch and the batch it follows do not change; discard it and record it again.</source>
        <translation>%1：批次的抽查类型及其原批次不能更改；请作废后重新录入。</translation>
    </message>
    <message>
        <source>%1: the case %2 was opened from this failed result; it stays as it was.</source>
        <translation>%1：已根据该不合格结果登记案件线索 %2，结果不能更改。</translation>
    </message>
    <message>
        <source>%1 has a result (%2); only a batch still waiting for its result is discarded.</source>
        <translation>%1 已有检验结果（%2）；只能作废尚未出具结果的批次。</translation>
    </message>
    <message>
        <source>There is no sampling batch %1.</source>
        <translation>没有抽查批次 %1。</translation>
    </message>
    <message>
        <source>Could not read the batches that follow: %1</source>
        <translation>无法读取后续批次：%1</translation>
    </message>
    <message>
        <source>Samplers: there is no colleague %1.</source>
        <translation>抽样人员：没有工作人员 %1。</translation>
    </message>
    <message>
        <source>Responsibility items: item %1 is not in the responsibility list.</source>
        <translation>责任事项：事项 %1 不在责任清单中。</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 是将来的日期。</translation>
    </message>
    <message>
        <source>At least %1 different samplers take the samples; %2 given.</source>
        <translation>至少须有 %1 名不同的抽样人员抽样；现填写 %2 名。</translation>
    </message>
    <message>
        <source>There is no colleague %1.</source>
        <translation>没有工作人员 %1。</translation>
    </message>
    <message>
        <source>%1 no longer works here (the account is deactivated).</source>
        <translation>%1 已不在本单位工作（账户已停用）。</translation>
    </message>
    <message>
        <source>%1 holds no enforcement certificate.</source>
        <translation>%1 未持有执法证。</translation>
    </message>
    <message>
        <source>The enforcement certificate %1 of %2 is not valid on the sampling day %3.</source>
        <translation>%2 的执法证 %1 在抽样日期 %3 不在有效期内。</translation>
    </message>
    <message>
        <source>Give the number of the lab's report.</source>
        <translation>请填写检验报告编号。</translation>
    </message>
    <message>
        <source>Give the date of the lab's report.</source>
        <translation>请填写检验报告日期。</translation>
    </message>
    <message>
        <source>The report is dated but the result is pending: record pass or fail.</source>
        <translation>已填写检验报告日期，但检验结果仍为待定：请录入合格或不合格。</translation>
    </message>
    <message>
        <source>The report (%1) is dated before the sampling (%2).</source>
        <translation>检验报告日期（%1）早于抽样日期（%2）。</translation>
    </message>
    <message>
        <source>Record the lab's report before its delivery.</source>
        <translation>请先录入检验报告，再录入送达。</translation>
    </message>
    <message>
        <source>The report reached the enterprise (%1) before it was issued (%2).</source>
        <translation>检验报告送达企业的日期（%1）早于报告出具日期（%2）。</translation>
    </message>
    <message>
        <source>List the failed items of a failed result.</source>
        <translation>检验结果为不合格，请列出不合格项目。</translation>
    </message>
    <message>
        <source>Only a failed result has failed items.</source>
        <translation>只有不合格结果才有不合格项目。</translation>
    </message>
    <message>
        <source>The result of an objection re-test is final; it cannot be objected to.</source>
        <translation>复检结论为最终结论，不能再提出异议。</translation>
    </message>
    <message>
        <source>The enterprise objects to a result once its report reached it: record the result and the delivery first.</source>
        <translation>企业须在检验报告送达后才能提出异议：请先录入检验结果和送达情况。</translation>
    </message>
    <message>
        <source>The objection (%1) is dated before the report reached the enterprise (%2).</source>
        <translation>异议日期（%1）早于检验报告送达企业的日期（%2）。</translation>
    </message>
    <message>
        <source>The objection period ended on %1 (%2 days after the report reached the enterprise on %3); an objection on %4 is too late.</source>
        <translation>异议期已于 %1 届满（检验报告于 %3 送达企业后 %2 日）；%4 提出的异议已逾期。</translation>
    </message>
    <message>
        <source>Only a failed result is rectified and re-checked.</source>
        <translation>只有不合格结果才需整改和复查。</translation>
    </message>
    <message>
        <source>Record rectification and the request for a re-check on the planned batch this one follows.</source>
        <translation>请在本批次所针对的计划抽查批次上录入整改情况和复查申请。</translation>
    </message>
    <message>
        <source>Record when the failed report reached the enterprise first.</source>
        <translation>请先录入不合格检验报告送达企业的日期。</translation>
    </message>
    <message>
        <source>The rectification (%1) is dated before the report reached the enterprise (%2).</source>
        <translation>整改日期（%1）早于检验报告送达企业的日期（%2）。</translation>
    </message>
    <message>
        <source>The enterprise asks for a re-check once it has rectified: record the rectification first.</source>
        <translation>企业须在整改完成后申请复查：请先录入整改情况。</translation>
    </message>
    <message>
        <source>The re-check was requested (%1) before the rectification (%2).</source>
        <translation>申请复查日期（%1）早于整改日期（%2）。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Pick the enterprise sampled from the register.</source>
        <translation>请从名录中选择被抽样企业。</translation>
    </message>
    <message>
        <source>Name the product sampled.</source>
        <translation>请填写抽样产品名称。</translation>
    </message>
    <message>
        <source>Give the day the samples were taken.</source>
        <translation>请填写抽样日期。</translation>
    </message>
    <message>
        <source>Say where the samples were taken from stock for sale (the enterprise never chooses them).</source>
        <translation>请填写抽样地点（样品须从待销产品中抽取，不得由企业挑选）。</translation>
    </message>
    <message>
        <source>Name the qualified lab that tests the samples.</source>
        <translation>请填写承担检验的具备资质的检验机构。</translation>
    </message>
    <message>
        <source>Name the section responsible.</source>
        <translation>请填写负责的股室。</translation>
    </message>
    <message>
        <source>Name the sampling plan the batch belongs to.</source>
        <translation>请填写本批次所属的抽查计划。</translation>
    </message>
    <message>
        <source>A planned batch follows no other batch.</source>
        <translation>计划抽查批次不针对其他批次。</translation>
    </message>
    <message>
        <source>An objection re-test or a re-check names the batch it follows.</source>
        <translation>复检或复查须指明其针对的原批次。</translation>
    </message>
    <message>
        <source>%1 is itself an objection re-test, whose result is final.</source>
        <translation>%1 本身就是复检批次，其结论为最终结论。</translation>
    </message>
    <message>
        <source>%1 has no result delivered to the enterprise to object to.</source>
        <translation>%1 没有已送达企业的检验结果，无从提出异议。</translation>
    </message>
    <message>
        <source>The objection period of %1 ended on %2 (%3 days after its report reached the enterprise on %4); an objection on %5 is too late.</source>
        <translation>%1 的异议期已于 %2 届满（检验报告于 %4 送达企业后 %3 日）；%5 提出的异议已逾期。</translation>
    </message>
    <message>
        <source>The re-test (%1) cannot come before the report of %2 reached the enterprise (%3).</source>
        <translation>复检日期（%1）不能早于 %2 的检验报告送达企业的日期（%3）。</translation>
    </message>
    <message>
        <source>%1 is not a failed planned batch; only those are re-checked.</source>
        <translation>%1 不是不合格的计划抽查批次；只有此类批次才能复查。</translation>
    </message>
    <message>
        <source>The enterprise has not asked for a re-check of %1: record its request on %1 first.</source>
        <translation>企业尚未申请对 %1 复查：请先在 %1 上录入复查申请。</translation>
    </message>
    <message>
        <source>The re-check is sampled (%1) before the enterprise asked for it (%2).</source>
        <translation>复查抽样日期（%1）早于企业申请复查的日期（%2）。</translation>
    </message>
    <message>
        <source>The re-check was due to be sampled by %1 (%2 days after the request on %3); sampled on %4, give the reason for the delay in the notes.</source>
        <translation>复查应于 %1 前抽样（%3 申请后 %2 日内）；实际抽样日期为 %4，请在备注中说明延迟原因。</translation>
    </message>
    <message>
        <source>%1 of %2 was already sampled in quarter %3 of %4: %5. The same product of an enterprise is sampled at most once a quarter.</source>
        <translation>%2 的 %1 已在 %4 年第 %3 季度抽查过：%5。同一企业的同一产品每季度最多抽查一次。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 was already sampled %n time(s) in %3: %4. The same product of an enterprise is sampled at most twice a year.</source>
        <translation>
            <numerusform>%2 的 %1 已在 %3 年抽查过 %n 次：%4。同一企业的同一产品每年最多抽查两次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SamplingKind</name>
    <message>
        <source>Planned sampling</source>
        <translation>计划抽查</translation>
    </message>
    <message>
        <source>Objection re-test</source>
        <translation>复检</translation>
    </message>
    <message>
        <source>Re-check after rectification</source>
        <translation>整改后复查</translation>
    </message>
</context>
<context>
    <name>SamplingResult</name>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>%1 is not set up yet: it has no accounts. Run the set-up first.</source>
        <translation>%1 尚未初始设置：没有任何账户。请先完成初始设置。</translation>
    </message>
    <message>
        <source>Sign-in: give your login.</source>
        <translation>登录：请填写登录名。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for "%1": wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>“%1”密码错误次数过多：请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong login or password. Too many wrong attempts: wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>登录名或密码错误。错误次数过多：请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>The account of %1 (%2) has been deactivated; ask an administrator.</source>
        <translation>%1（%2）的账户已停用，请联系管理员。</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>Login: there is no account "%1".</source>
        <translation>登录名：没有账户“%1”。</translation>
    </message>
    <message>
        <source>Login: "%1" already belongs to %2%3; a login is never given to another person.</source>
        <translation>登录名：“%1”已属于 %2%3；登录名不会再分配给他人。</translation>
    </message>
    <message>
        <source> (deactivated)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Roles: %1 is the last active administrator; give another person the role first.</source>
        <translation>角色：%1 是最后一位在用的管理员，请先将该角色授予他人。</translation>
    </message>
    <message>
        <source>%1 (%2) is already active.</source>
        <translation>%1（%2）已是在用状态。</translation>
    </message>
    <message>
        <source>%1 (%2) is already deactivated.</source>
        <translation>%1（%2）已停用。</translation>
    </message>
    <message>
        <source>%1 cannot deactivate their own account; ask another administrator.</source>
        <translation>%1 不能停用本人账户，请联系其他管理员。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be deactivated.</source>
        <translation>%1 是最后一位在用的管理员，不能停用。</translation>
    </message>
    <message>
        <source>Current password: it is not right; the password was not changed.</source>
        <translation>当前密码：不正确，密码未修改。</translation>
    </message>
    <message>
        <source>New password: choose one that differs from the current password.</source>
        <translation>新密码：请设置与当前密码不同的密码。</translation>
    </message>
</context>
<context>
    <name>StaffMember</name>
    <message>
        <source>%1: give the certificate number for these dates.</source>
        <translation>%1：请填写与这些日期对应的证件号。</translation>
    </message>
    <message>
        <source>%1: "%2" is not a certificate number (1 to 30 letters, digits or '-').</source>
        <translation>%1：“%2”不是证件号（1 至 30 个字母、数字或“-”）。</translation>
    </message>
    <message>
        <source>%1: give the date until which certificate %2 is valid.</source>
        <translation>%1：请填写证件 %2 的有效期截止日期。</translation>
    </message>
    <message>
        <source>%1: the certificate is valid from %2, after its end %3.</source>
        <translation>%1：证件有效期起始日 %2 晚于截止日 %3。</translation>
    </message>
    <message>
        <source>Login: "%1" is not usable; use 2 to 32 letters, digits, '.', '_' or '-', starting with a letter.</source>
        <translation>登录名：“%1”不可用；请使用 2 至 32 个字母、数字、“.”、“_”或“-”，以字母开头。</translation>
    </message>
    <message>
        <source>Name: give the person's full name (1 to 50 characters).</source>
        <translation>姓名：请填写全名（1 至 50 个字符）。</translation>
    </message>
    <message>
        <source>Section: use at most 50 characters.</source>
        <translation>股室：最多 50 个字符。</translation>
    </message>
    <message>
        <source>Phone: use at most 30 characters.</source>
        <translation>电话：最多 30 个字符。</translation>
    </message>
    <message>
        <source>Roles: give %1 at least one role.</source>
        <translation>角色：请至少为 %1 指定一个角色。</translation>
    </message>
    <message>
        <source>Enforcement certificate</source>
        <translation>执法证</translation>
    </message>
    <message>
        <source>Special-equipment certificate</source>
        <translation>特种设备证</translation>
    </message>
    <message>
        <source>Enforcement certificate: %1 has the role %2 and needs an enforcement certificate.</source>
        <translation>执法证：%1 具有“%2”角色，需要执法证。</translation>
    </message>
</context>
<context>
    <name>StatutoryClock</name>
    <message numerus="yes">
        <source>Due %1, %n day(s) left</source>
        <translation>
            <numerusform>%1 到期，尚余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>今天到期（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s) (due %1)</source>
        <translation>
            <numerusform>已逾期 %n 天（%1 到期）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not filed: the clock starts when the case is filed</source>
        <translation>未立案：办案期限自立案之日起计算</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>%1 作出决定</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) before the deadline</source>
        <translation>
            <numerusform>%1，比期限提前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, on the day of the deadline</source>
        <translation>%1，恰在期限届满当日</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) after the deadline (due %2)</source>
        <translation>
            <numerusform>%1，超过期限 %n 天（%2 到期）</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock stopped since %1 (%2)</source>
        <translation>自 %1 起期限中止（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n day(s) left when it resumes</source>
        <translation>
            <numerusform>%1；恢复计算后尚余 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; overdue by %n day(s) (due %2)</source>
        <translation>
            <numerusform>%1；已逾期 %n 天（%2 到期）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 to %3 (%n day(s))</source>
        <translation>
            <numerusform>%1 %2 至 %3（%n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 since %2, still running (%n day(s) so far)</source>
        <translation>
            <numerusform>%1 自 %2 起，尚未结束（已 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decision due within %n month(s) of filing; the case is not filed.</source>
        <translation>
            <numerusform>应自立案之日起 %n 个月内作出处罚决定；案件尚未立案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decision due within %n month(s) of filing (filed %1): %2</source>
        <translation>
            <numerusform>应自立案之日起 %n 个月内作出处罚决定（%1 立案）：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>extended by %n day(s) (approved %1): %2</source>
        <translation>
            <numerusform>延期 %n 天（%1 批准）：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in all (overlaps counted once)</source>
        <translation>
            <numerusform>共 %n 天（重叠部分只计一次）</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted: %1: %2</source>
        <translation>不计入期限：%1；顺延至 %2</translation>
    </message>
</context>
<context>
    <name>SummaryCalculator</name>
    <message>
        <source>The summary was cancelled.</source>
        <translation>统计已取消。</translation>
    </message>
    <message>
        <source>The summary needs a valid period.</source>
        <translation>统计需要有效的期间。</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>统计期间：%1 至 %2</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>股室：%1</translation>
    </message>
    <message>
        <source>the whole bureau</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>States (overdue cases, equipment) as of %1</source>
        <translation>状态类数据（逾期案件、特种设备）截至 %1</translation>
    </message>
    <message>
        <source>Responsibility list: %1</source>
        <translation>责任清单：%1</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: the file name must end in .xlsx, .csv, .pdf or .json.</source>
        <translation>无法判断 %1 的格式：文件名须以 .xlsx、.csv、.pdf 或 .json 结尾。</translation>
    </message>
    <message>
        <source>quarterly-summary</source>
        <translation>季度统计</translation>
    </message>
    <message>
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Unknown format.</source>
        <translation>未知格式。</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>本期无数据。</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>%1 to %2 · states as of %3</source>
        <translation>%1 至 %2 · 状态截至 %3</translation>
    </message>
</context>
<context>
    <name>SummarySql</name>
    <message>
        <source>Cannot compute the summary: %1</source>
        <translation>无法计算统计：%1</translation>
    </message>
</context>
<context>
    <name>SummaryTables</name>
    <message>
        <source>Cases by source</source>
        <translation>案件来源情况</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Leads received</source>
        <translation>受理线索</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>作出处罚决定</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Overdue at the end</source>
        <translation>期末逾期未决定</translation>
    </message>
    <message>
        <source>Each case counts in every column whose step fell in the period; overdue: filed, not decided, and past the decision deadline of the statutory clock on %1.</source>
        <translation>案件在本期内发生的每个环节分别计数；逾期：已立案、未作出决定，且于 %1 已超过法定办案期限。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Penalties decided</source>
        <translation>行政处罚情况</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>处罚种类</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>The penalties of the cases decided in the period; amounts: fines, confiscated income and the value of confiscated goods.</source>
        <translation>本期作出处罚决定的案件所给予的处罚；金额包括罚款、没收违法所得和没收财物的价值。</translation>
    </message>
    <message>
        <source>Special equipment overdue for periodic inspection</source>
        <translation>特种设备逾期未检情况</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>设备类别</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未检</translation>
    </message>
    <message>
        <source>Overdue (%)</source>
        <translation>逾期率（%）</translation>
    </message>
    <message>
        <source>The whole bureau's equipment in use whose next periodic inspection was due before %1, as the register stands now.</source>
        <translation>全局在用特种设备中，下次定期检验日期早于 %1 的设备（按登记簿现状统计）。</translation>
    </message>
    <message>
        <source>Duties performed</source>
        <translation>履职情况</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责序号</translation>
    </message>
    <message>
        <source>Responsibility item</source>
        <translation>责任事项</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>Sampling batches</source>
        <translation>监督抽查</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>履职状态</translation>
    </message>
    <message>
        <source>Items with no activity</source>
        <translation>未履职事项</translation>
    </message>
    <message>
        <source>Main duty</source>
        <translation>主要职责</translation>
    </message>
    <message>
        <source>No responsibility list has been imported.</source>
        <translation>尚未导入责任清单。</translation>
    </message>
    <message>
        <source>Items of the edition %1; an inspection, batch or case counts for each item it names (cases: received, filed, decided or closed in the period).</source>
        <translation>按 %1 版责任清单的事项统计；监督检查、抽查批次或案件计入其所关联的每个事项（案件：本期内受理、立案、作出决定或结案）。</translation>
    </message>
    <message>
        <source>No inspection, sampling batch or case of the period names these items.</source>
        <translation>本期没有任何监督检查、抽查批次或案件关联以下事项。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>已履职</translation>
    </message>
    <message>
        <source>No</source>
        <translation>未履职</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>No domain</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>监管领域</translation>
    </message>
    <message>
        <source>Units inspected</source>
        <translation>检查单位数</translation>
    </message>
    <message>
        <source>Inspections by domain and kind</source>
        <translation>监督检查情况（按领域和类型）</translation>
    </message>
    <message>
        <source>Finished inspection records (the current version of each) held in the period.</source>
        <translation>本期内实施并已完成的监督检查记录（每份记录取现行版本）。</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>股室</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Orders to correct</source>
        <translation>责令改正</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>移送立案</translation>
    </message>
    <message>
        <source>Inspections by section</source>
        <translation>监督检查情况（按股室）</translation>
    </message>
    <message>
        <source>Problems found: records with at least one point that does not conform.</source>
        <translation>发现问题：至少有一个检查项不符合的记录。</translation>
    </message>
    <message>
        <source>No section</source>
        <translation>未指定股室</translation>
    </message>
    <message>
        <source>Coverage of the year's inspection plan</source>
        <translation>年度检查计划覆盖情况</translation>
    </message>
    <message>
        <source>Units due this year</source>
        <translation>年度应检单位</translation>
    </message>
    <message>
        <source>Inspected in the period</source>
        <translation>本期已检</translation>
    </message>
    <message>
        <source>Inspected this year so far</source>
        <translation>年内累计已检</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>覆盖率（%）</translation>
    </message>
    <message>
        <source>Units the frequency rules make due in %1 (licensed enterprises, key special-equipment users, units with an accident last year, metrology institutions), inspected in their domain up to the end of the period.</source>
        <translation>按检查频次规定 %1 年应检的单位（获证企业、特种设备重点使用单位、上年发生事故的单位、计量技术机构），截至期末在相应领域已检查的情况。</translation>
    </message>
    <message>
        <source>Units due this year (per domain)</source>
        <translation>年度应检单位数（按领域）</translation>
    </message>
    <message>
        <source>Plan coverage this year so far (%)</source>
        <translation>年内检查计划覆盖率（%）</translation>
    </message>
    <message>
        <source>Planned sampling pass rate (%)</source>
        <translation>计划抽查合格率（%）</translation>
    </message>
    <message>
        <source>Enterprises that failed sampling</source>
        <translation>抽查不合格企业数</translation>
    </message>
    <message>
        <source>Cases filed</source>
        <translation>立案数</translation>
    </message>
    <message>
        <source>Cases decided</source>
        <translation>作出处罚决定数</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>结案数</translation>
    </message>
    <message>
        <source>Cases overdue at the end</source>
        <translation>期末逾期未决定案件数</translation>
    </message>
    <message>
        <source>Fines imposed (yuan)</source>
        <translation>罚款金额（元）</translation>
    </message>
    <message>
        <source>Illegal income confiscated (yuan)</source>
        <translation>没收违法所得（元）</translation>
    </message>
    <message>
        <source>Confiscations of goods</source>
        <translation>没收财物（次）</translation>
    </message>
    <message>
        <source>Licences revoked</source>
        <translation>吊销许可证（次）</translation>
    </message>
    <message>
        <source>Fines and confiscations paid (yuan)</source>
        <translation>罚没款缴纳（元）</translation>
    </message>
    <message>
        <source>Special equipment overdue for inspection</source>
        <translation>特种设备逾期未检（台）</translation>
    </message>
    <message>
        <source>Responsibility items performed</source>
        <translation>已履职事项数</translation>
    </message>
    <message>
        <source>Responsibility items</source>
        <translation>责任事项总数</translation>
    </message>
    <message>
        <source>Items performed (%)</source>
        <translation>履职率（%）</translation>
    </message>
    <message>
        <source>Main figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period (%1)</source>
        <translation>本期（%1）</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>上期（%1）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>A year before (%1)</source>
        <translation>上年同期（%1）</translation>
    </message>
    <message>
        <source>Changes are this period minus the other (percentage points for rates).</source>
        <translation>增减为本期减去比较期（比率为百分点）。</translation>
    </message>
    <message>
        <source>Main figures compared</source>
        <translation>主要指标对比</translation>
    </message>
    <message>
        <source>Inspections by domain</source>
        <translation>各领域监督检查次数</translation>
    </message>
    <message>
        <source>inspections</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Sampling results by kind</source>
        <translation>抽查结果（按类型）</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Sampling by kind</source>
        <translation>监督抽查情况</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>抽查类型</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
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
        <source>Pending</source>
        <translation>待检验</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>合格率（%）</translation>
    </message>
    <message>
        <source>Batches by the day they were sampled; the pass rate counts the batches that have a result.</source>
        <translation>按抽样日期统计批次；合格率只计已出检验结果的批次。</translation>
    </message>
    <message>
        <source>Failed enterprises and their rectification</source>
        <translation>不合格企业及整改情况</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次编号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Sampled on</source>
        <translation>抽样日期</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>不合格项目</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Planned sampling batches that failed; the rectification as it stands on %1.</source>
        <translation>计划抽查不合格的批次；整改情况截至 %1。</translation>
    </message>
    <message>
        <source> (by %1)</source>
        <translation>（期限 %1）</translation>
    </message>
    <message>
        <source>Inspections held</source>
        <translation>监督检查次数</translation>
    </message>
    <message>
        <source>Sampling batches taken</source>
        <translation>抽查批次数</translation>
    </message>
</context>
<context>
    <name>SummaryTraces</name>
    <message>
        <source>No domain</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>Sampling batches</source>
        <translation>抽查批次</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Special equipment</source>
        <translation>特种设备</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>SupervisionDomain</name>
    <message>
        <source>Special equipment</source>
        <translation>特种设备</translation>
    </message>
    <message>
        <source>Food-related products</source>
        <translation>食品相关产品</translation>
    </message>
    <message>
        <source>Metrology</source>
        <translation>计量</translation>
    </message>
    <message>
        <source>Testing and inspection bodies</source>
        <translation>检验检测机构</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Production licences</source>
        <translation>工业产品生产许可</translation>
    </message>
    <message>
        <source>Product quality and sampling</source>
        <translation>产品质量与监督抽查</translation>
    </message>
    <message>
        <source>Standardization</source>
        <translation>标准化</translation>
    </message>
    <message>
        <source>Law enforcement and cases</source>
        <translation>行政执法与案件查处</translation>
    </message>
    <message>
        <source>General</source>
        <translation>综合</translation>
    </message>
</context>
<context>
    <name>SyncApply</name>
    <message>
        <source>%1: a record of "%2" that this CaseDesk does not know; nothing was imported.</source>
        <translation>%1：含有本 CaseDesk 不认识的“%2”记录，未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was changed.</source>
        <translation>%1：导入已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>%1: case number %2-%3 of case %4 (workstation %5) was already given here to another case (workstation %6). The two workstations' blocks of case numbers overlap: an administrator gives them separate blocks (cases numbering). Nothing was imported.</source>
        <translation>%1：案件 %4（工作站 %5）的案件编号 %2-%3 在本工作站已分配给另一案件（工作站 %6）。两个工作站的案件编号号段重叠：须由管理员为其分配互不重叠的号段（cases numbering）。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>SyncAudit</name>
    <message>
        <source>%1: audit entry %2 does not match its own hash; nothing was imported.</source>
        <translation>%1：审计条目 %2 与其自身的哈希值不符，未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: audit entry %2 differs from the one this workstation holds; the trail of one of them was altered. Nothing was imported.</source>
        <translation>%1：审计条目 %2 与本工作站保存的不同；其中一方的审计日志已被改动。未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: audit entry %2 does not continue workstation %3's trail held here (which ends at %4): a file in between is missing. Import the earlier files first, or ask %3 for a full export (sync export --all).</source>
        <translation>%1：审计条目 %2 无法接续本工作站保存的工作站 %3 的审计日志（该日志止于 %4）：中间缺少一个文件。请先导入较早的文件，或请 %3 提供完整导出（sync export --all）。</translation>
    </message>
    <message>
        <source>%1: audit entry %2 cannot be stored.</source>
        <translation>%1：无法保存审计条目 %2。</translation>
    </message>
</context>
<context>
    <name>SyncCatalog</name>
    <message>
        <source>The table %1 is missing from the database.</source>
        <translation>数据库中缺少表 %1。</translation>
    </message>
    <message>
        <source>The table %1 has no reference %2.</source>
        <translation>表 %1 没有引用 %2。</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>Cannot read the conflicts.</source>
        <translation>无法读取冲突。</translation>
    </message>
    <message>
        <source>Cannot count the conflicts.</source>
        <translation>无法统计冲突数。</translation>
    </message>
    <message>
        <source>Conflict %1: there is no such conflict.</source>
        <translation>冲突 %1：没有此冲突。</translation>
    </message>
    <message>
        <source>Conflict %1 was already settled (%2, %3).</source>
        <translation>冲突 %1 已经解决（%2，%3）。</translation>
    </message>
    <message>
        <source>Conflict %1: the record %2 is not on this workstation.</source>
        <translation>冲突 %1：本工作站上没有记录 %2。</translation>
    </message>
</context>
<context>
    <name>SyncDuplicates</name>
    <message>
        <source>Duplicate %1: there is no such pair.</source>
        <translation>重复记录 %1：没有这一对记录。</translation>
    </message>
    <message>
        <source>Duplicate %1 was already settled (%2, %3).</source>
        <translation>重复记录 %1 已经处理（%2，%3）。</translation>
    </message>
    <message>
        <source>Duplicate %1: keep either %2 or %3.</source>
        <translation>重复记录 %1：请保留 %2 或 %3 之一。</translation>
    </message>
    <message>
        <source>Duplicate %1: one of the two records was removed meanwhile.</source>
        <translation>重复记录 %1：两条记录中有一条已在此期间被删除。</translation>
    </message>
</context>
<context>
    <name>SyncExporter</name>
    <message>
        <source>sync export: name the workstation the file is for (--to SITE), or make a full export (--all).</source>
        <translation>sync export：请指定文件的目标工作站（--to 工作站代码），或进行完整导出（--all）。</translation>
    </message>
    <message>
        <source>sync export: %1 is this workstation.</source>
        <translation>sync export：%1 就是本工作站。</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot start the export: the database is busy.</source>
        <translation>无法开始导出：数据库正忙。</translation>
    </message>
    <message>
        <source>Cannot record the new versions before the export.</source>
        <translation>导出前无法记录新版本。</translation>
    </message>
    <message>
        <source>sync export: cancelled; nothing was written.</source>
        <translation>sync export：已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>all workstations</source>
        <translation>所有工作站</translation>
    </message>
</context>
<context>
    <name>SyncFile</name>
    <message>
        <source>%1: cannot write the exchange file (%2).</source>
        <translation>%1：无法写入交换文件（%2）。</translation>
    </message>
    <message>
        <source>%1: writing the exchange file failed (%2); nothing was written.</source>
        <translation>%1：写入交换文件失败（%2），未写入任何内容。</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1：无法读取该文件（%2）。</translation>
    </message>
    <message>
        <source>%1: the exchange file is damaged: %2. Nothing was imported; ask for the file again.</source>
        <translation>%1：交换文件已损坏：%2。未导入任何内容；请重新索取该文件。</translation>
    </message>
    <message>
        <source>%1 is not a CaseDesk exchange file.</source>
        <translation>%1 不是 CaseDesk 交换文件。</translation>
    </message>
    <message>
        <source>%1 is truncated: it has %2 of its %3 bytes. Nothing was imported; copy the file again.</source>
        <translation>%1 已被截断：应有 %3 字节，实际只有 %2 字节。未导入任何内容；请重新复制该文件。</translation>
    </message>
    <message>
        <source>%1 is truncated: it ends after %2 bytes, inside its header. Nothing was imported; copy the file again.</source>
        <translation>%1 已被截断：文件在 %2 字节后结束，尚在文件头内。未导入任何内容；请重新复制该文件。</translation>
    </message>
    <message>
        <source>%1 was made by a newer CaseDesk (exchange format %2; this one reads format %3). Update CaseDesk on this workstation, then import it.</source>
        <translation>%1 由较新版本的 CaseDesk 生成（交换格式 %2，本程序读取格式 %3）。请先升级本工作站的 CaseDesk，再导入该文件。</translation>
    </message>
    <message>
        <source>its first line is not readable</source>
        <translation>第一行无法读取</translation>
    </message>
    <message>
        <source>its header is not readable (%1)</source>
        <translation>文件头无法读取（%1）</translation>
    </message>
    <message>
        <source>it has %1 bytes more than its header says</source>
        <translation>比文件头所记多出 %1 字节</translation>
    </message>
    <message>
        <source>its content does not match its checksum</source>
        <translation>内容与校验和不符</translation>
    </message>
    <message>
        <source>%1 was made with another sync key (key %2; this workstation's is %3): it comes from another bureau, or one of the two workstations has the wrong key. Nothing was imported.</source>
        <translation>%1 是用另一个同步密钥生成的（密钥 %2，本工作站的为 %3）：它来自其他局，或两个工作站之一的密钥有误。未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature of this bureau's sync key: it was altered after it was made, or forged. Nothing was imported.</source>
        <translation>%1 没有本局同步密钥的有效签名：它在生成后被改动过，或是伪造的。未导入任何内容。</translation>
    </message>
    <message>
        <source>its content cannot be unpacked</source>
        <translation>内容无法解包</translation>
    </message>
    <message>
        <source>entry %1 of its content is not readable</source>
        <translation>内容中的第 %1 条无法读取</translation>
    </message>
    <message>
        <source>it holds other numbers of entries than its header says</source>
        <translation>所含条目数与文件头所记不符</translation>
    </message>
</context>
<context>
    <name>SyncImporter</name>
    <message>
        <source>%1 was made on this workstation (%2); import it on another one.</source>
        <translation>%1 是在本工作站（%2）上生成的；请在其他工作站上导入。</translation>
    </message>
    <message>
        <source>%1 holds only the changes since %2's last exchange with %3; a new workstation joins with a full export (sync export --all).</source>
        <translation>%1 只含有 %2 与 %3 上次交换以来的变更；新工作站须用完整导出文件加入（sync export --all）。</translation>
    </message>
    <message>
        <source>%1 is not set up: run init (a new bureau) or init --site CODE --sync-key-file FILE (a workstation that joins) first.</source>
        <translation>%1 尚未初始设置：请先运行 init（新建本局）或 init --site 代码 --sync-key-file 文件（加入本局的工作站）。</translation>
    </message>
    <message>
        <source>sync import: sign in as an administrator (--user).</source>
        <translation>sync import：请以管理员身份登录（--user）。</translation>
    </message>
    <message>
        <source>%1 is not set up: run init first.</source>
        <translation>%1 尚未初始设置：请先运行 init。</translation>
    </message>
    <message>
        <source>Cannot start the import: the database is busy.</source>
        <translation>无法开始导入：数据库正忙。</translation>
    </message>
    <message>
        <source>%1: the import could not be committed; nothing was changed.</source>
        <translation>%1：导入无法提交，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>SyncKey</name>
    <message>
        <source>Sync key: it has %1 characters; a bureau's sync key needs at least %2.</source>
        <translation>同步密钥：只有 %1 个字符；本局的同步密钥至少需要 %2 个字符。</translation>
    </message>
    <message>
        <source>%1: cannot read the sync key file (%2).</source>
        <translation>%1：无法读取同步密钥文件（%2）。</translation>
    </message>
    <message>
        <source>This workstation has no sync key yet: an administrator enters the bureau's key (Tools → Sync key, or sync key --key-file FILE), or set CASEDESK_SYNC_KEY.</source>
        <translation>本工作站尚无同步密钥：请管理员输入本局的密钥（工具 → 同步密钥，或 sync key --key-file 文件），或设置 CASEDESK_SYNC_KEY。</translation>
    </message>
    <message>
        <source>Sync key: this workstation already has another key (%1); an administrator changes it with sync key.</source>
        <translation>同步密钥：本工作站已有另一个密钥（%1）；须由管理员用 sync key 更换。</translation>
    </message>
    <message>
        <source>Sync key</source>
        <translation>同步密钥</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>Cannot read the version of %1 %2.</source>
        <translation>无法读取 %1 %2 的版本。</translation>
    </message>
    <message>
        <source>Cannot keep the earlier version of %1 %2.</source>
        <translation>无法保留 %1 %2 的早先版本。</translation>
    </message>
    <message>
        <source>Cannot store the version of %1 %2.</source>
        <translation>无法保存 %1 %2 的版本。</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation>%1：不是普通文件。</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; the largest file accepted is %3 MB.</source>
        <translation>%1：文件大小为 %2 MB，超过了允许的最大值 %3 MB。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1：无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB, the largest accepted.</source>
        <translation>%1：文件超过了允许的最大值 %2 MB。</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1：文件为空。</translation>
    </message>
    <message>
        <source>%1, line %2: binary data (byte 0x%3 at offset %4); this is not a text file.</source>
        <translation>%1，第 %2 行：含有二进制数据（偏移 %4 处的字节 0x%3），不是文本文件。</translation>
    </message>
    <message>
        <source>%1, line %2: the file ends in the middle of a character; it looks truncated.</source>
        <translation>%1，第 %2 行：文件在一个字符的中间结束，似乎不完整。</translation>
    </message>
    <message>
        <source>%1, line %2: invalid UTF-8 (byte 0x%3 at offset %4); the file is damaged or mixes encodings.</source>
        <translation>%1，第 %2 行：无效的 UTF-8 编码（偏移 %4 处的字节 0x%3），文件已损坏或混用了多种编码。</translation>
    </message>
    <message>
        <source>%1, line %2: the text is neither UTF-8 nor GB18030; save it as UTF-8 and try again.</source>
        <translation>%1，第 %2 行：文本既不是 UTF-8 也不是 GB18030 编码，请另存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not UTF-8; save it as UTF-8 and try again.</source>
        <translation>%1，第 %2 行：文本不是 UTF-8 编码，请另存为 UTF-8 后重试。</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>sheet "%1"</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>sheet "%1", cell %2</source>
        <translation>工作表“%1”，单元格 %2</translation>
    </message>
    <message>
        <source>Cannot write %1: there is no sheet to write.</source>
        <translation>无法写入 %1：没有可写的工作表。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：它是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>casedesk::AuditChangesView</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>&amp;Changes in the selected entry:</source>
        <translation>所选条目的修改内容(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>casedesk::AuditTrailDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Entries: %1, newest first.</source>
        <translation>共 %1 条，最新在前。</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>校验(&amp;V)…</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>正在校验审计日志…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Verify Audit Trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>The audit trail has been altered at entry %1.</source>
        <translation>审计日志在条目 %1 处被改动。</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>审计日志完好：已校验 %1 条。</translation>
    </message>
    <message>
        <source>Workstation %1: %2 entries, last hash %3</source>
        <translation>工作站 %1：%2 条，最后哈希值 %3</translation>
    </message>
</context>
<context>
    <name>casedesk::AuditTrailModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>casedesk::BatchPrintDialog</name>
    <message>
        <source>Print a Section's Inspections</source>
        <translation>打印股室检查记录</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>股室(&amp;S)：</translation>
    </message>
    <message>
        <source>Inspected &amp;from:</source>
        <translation>检查日期自(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Every finished inspection record of the section inspected in these days, each starting on a new page, by day and number.</source>
        <translation>打印该股室在此期间检查的全部已完成检查记录，每条记录另起一页，按日期和编号排序。</translation>
    </message>
    <message>
        <source>Inspection records %1 %2 to %3</source>
        <comment>section, first and last day</comment>
        <translation>检查记录 %1 %2 至 %3</translation>
    </message>
    <message>
        <source>Choose the section.</source>
        <translation>请选择股室。</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
    <message>
        <source>No finished record of %1 was inspected in these days.</source>
        <translation>%1 在此期间没有已完成的检查记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n finished record(s) will print.</source>
        <translation>
            <numerusform>将打印 %n 条已完成的检查记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::BureauJoiner</name>
    <message>
        <source>Choose the full export made on another workstation of the bureau.</source>
        <translation>请选择本局另一工作站生成的完整导出文件。</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1：没有此文件。</translation>
    </message>
    <message>
        <source>Cannot store the workstation's code: the database is busy.</source>
        <translation>无法保存工作站代码：数据库正忙。</translation>
    </message>
    <message>
        <source>Cannot store the workstation's code in %1.</source>
        <translation>无法在 %1 中保存工作站代码。</translation>
    </message>
    <message>
        <source>Join the Bureau</source>
        <translation>加入本局</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; this workstation has not joined yet.</source>
        <translation>导入已取消；本工作站尚未加入本局。</translation>
    </message>
</context>
<context>
    <name>casedesk::BureauSettingsDialog</name>
    <message>
        <source>Bureau Settings</source>
        <translation>本局设置</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Bureau &amp;name:</source>
        <translation>机构名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Case-number &amp;abbreviation:</source>
        <translation>案号简称(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>空闲后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Workstation code:</source>
        <translation>工作站代码(&amp;W)：</translation>
    </message>
    <message>
        <source>The workstation code was fixed at set-up: every record and the audit trail carry it, so it cannot change.</source>
        <translation>工作站代码在初始设置时确定：每条记录和审计日志都带有它，因此不能修改。</translation>
    </message>
</context>
<context>
    <name>casedesk::ButtonCountdown</name>
    <message>
        <source>%1 (%2 s)</source>
        <comment>button text (seconds left)</comment>
        <translation>%1（%2 秒）</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseAttachmentsPanel</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach a photo or a scanned document to the case</source>
        <translation>为案件添加照片或扫描件</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open a copy of the selected file in the program the desktop uses for it</source>
        <translation>用系统默认程序打开所选文件的副本</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save a copy of the selected file</source>
        <translation>保存所选文件的副本</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>No program opens this kind of file. A copy was saved as %1.</source>
        <translation>没有可打开此类文件的程序。副本已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseBrowser</name>
    <message>
        <source>&amp;New Lead…</source>
        <translation>新建线索(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a complaint, a finding or a referral as a new lead</source>
        <translation>将投诉举报、检查发现的问题或移送的案件登记为新线索</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the party, facts, handlers, provisions or penalties, as far as the stage allows</source>
        <translation>在当前阶段允许的范围内修改当事人、案情、承办人、法律条款或处罚内容</translation>
    </message>
    <message>
        <source>&amp;Advance…</source>
        <translation>推进阶段(&amp;A)…</translation>
    </message>
    <message>
        <source>Take the case to its next stage: only the steps you may take are offered</source>
        <translation>将案件推进到下一阶段：只列出您可以办理的环节</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>延期(&amp;X)…</translation>
    </message>
    <message>
        <source>The bureau head's one extension of 30 days for a complex case</source>
        <translation>案情复杂的，经本局负责人批准可延期一次，延长 30 天</translation>
    </message>
    <message>
        <source>&amp;Stop Clock…</source>
        <translation>期限中止(&amp;S)…</translation>
    </message>
    <message>
        <source>A hearing, a test or appraisal, or a public notice: the days do not count</source>
        <translation>听证、检测鉴定或公告：期间不计入办案期限</translation>
    </message>
    <message>
        <source>&amp;Resume Clock…</source>
        <translation>恢复计算(&amp;R)…</translation>
    </message>
    <message>
        <source>The hearing, test or notice is over: the clock runs again</source>
        <translation>听证、检测或公告已结束：恢复计算办案期限</translation>
    </message>
    <message>
        <source>Sei&amp;ze…</source>
        <translation>查封扣押(&amp;Z)…</translation>
    </message>
    <message>
        <source>Record a sealing or seizure, which has its own 30-day limit</source>
        <translation>登记查封扣押，其期限另行计算，为 30 天</translation>
    </message>
    <message>
        <source>A&amp;ttach File…</source>
        <translation>添加附件(&amp;T)…</translation>
    </message>
    <message>
        <source>Attach a photo or a scanned document to the case</source>
        <translation>为案件添加照片或扫描件</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the document chosen in the case's Documents tab</source>
        <translation>预览并打印在案件“文书”选项卡中选定的文书</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>No lead or case to show. Register a complaint or a finding with New Lead.</source>
        <translation>没有可显示的线索或案件。请通过“新建线索”登记投诉举报或检查发现的问题。</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的案件。</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseDetailsHtml</name>
    <message>
        <source>%1–%2 yuan</source>
        <translation>%1–%2 元</translation>
    </message>
    <message>
        <source>%1–%2 times the illegal income</source>
        <translation>违法所得的 %1–%2 倍</translation>
    </message>
    <message>
        <source>%1–%2 times the value of the goods</source>
        <translation>货值金额的 %1–%2 倍</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>来源详情：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>收到日期：</translation>
    </message>
    <message>
        <source>Lead number:</source>
        <translation>线索编号：</translation>
    </message>
    <message>
        <source>Section in charge:</source>
        <translation>承办股室：</translation>
    </message>
    <message>
        <source>Transferred to:</source>
        <translation>移送至：</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>案情</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <source>Findings of the investigation</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Responsibility items</source>
        <translation>具体责任事项</translation>
    </message>
    <message>
        <source>None chosen.</source>
        <translation>尚未选择。</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>法律条款</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚内容</translation>
    </message>
    <message>
        <source>Sealing and seizure</source>
        <translation>查封扣押</translation>
    </message>
    <message>
        <source>Execution and archive</source>
        <translation>执行与归档</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>已缴纳：</translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation>缴款票据号：</translation>
    </message>
    <message>
        <source>Archive number:</source>
        <translation>档案号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称（姓名）：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号码：</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>None assigned.</source>
        <translation>尚未指定。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>Fine range</source>
        <translation>罚款幅度</translation>
    </message>
    <message>
        <source>None proposed yet.</source>
        <translation>尚未提出。</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>期限至 %1</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>处罚种类</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>裁量档次</translation>
    </message>
    <message>
        <source>Reasons and details</source>
        <translation>理由与说明</translation>
    </message>
    <message>
        <source>Total of fines and confiscated income: %1</source>
        <translation>罚没款合计：%1</translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation>%1 已解除</translation>
    </message>
    <message>
        <source>extended %1: %2</source>
        <translation>%1 延期：%2</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>财物</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>届满日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseDocumentPrinter</name>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseEditActions</name>
    <message>
        <source>New Lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>Edit Case</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <source>Next Stage</source>
        <translation>下一阶段</translation>
    </message>
    <message>
        <source>There is nothing you may do with %1 at its stage (%2).</source>
        <translation>%1 处于“%2”阶段，您没有可办理的操作。</translation>
    </message>
    <message>
        <source>Case Clock</source>
        <translation>办案期限</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB.</source>
        <translation>%1：超过 %2 MiB。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>These files were not attached:</source>
        <translation>以下文件未能添加为附件：</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseFilterBar</name>
    <message>
        <source>Search number, case, party or facts (Ctrl+F)</source>
        <translation>搜索编号、案由、当事人或案情（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows only the cases whose number, lead number, title, party, code or facts contain the text typed. Escape clears the search.</source>
        <translation>只显示案件编号、线索编号、案由、当事人、代码或案情包含所输入文字的案件。按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未办结案件</translation>
    </message>
    <message>
        <source>Section in charge</source>
        <translation>承办股室</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部股室</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation>全部承办人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>全部期限</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Year received or filed</source>
        <translation>收到或立案年度</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <comment>count of the leads and cases shown</comment>
        <translation>
            <numerusform>共 %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::CaseItemPicker</name>
    <message>
        <source>Search the responsibility list, e.g. 产品质量 or 电梯</source>
        <translation>搜索责任清单，如：产品质量、电梯</translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation>移除事项</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>已选：</translation>
    </message>
    <message>
        <source>No item chosen yet.</source>
        <translation>尚未选择事项。</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseLeadDialog</name>
    <message>
        <source>New Lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>Edit Case: %1</source>
        <translation>编辑案件：%1</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>线索(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Handling</source>
        <translation>承办(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Provisions</source>
        <translation>法律条款(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>调查结果(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Register Lead</source>
        <translation>登记线索(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Complaint reference, inspection record or referring department</source>
        <translation>投诉举报编号、检查记录或移送部门</translation>
    </message>
    <message>
        <source>E.g. 涉嫌生产销售不合格电线电缆案</source>
        <translation>如：涉嫌生产销售不合格电线电缆案</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>案件来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Source &amp;detail:</source>
        <translation>来源详情(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Title (案由):</source>
        <translation>案由(&amp;T)：</translation>
    </message>
    <message>
        <source>Part&amp;y:</source>
        <translation>当事人(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>案情(&amp;F)：</translation>
    </message>
    <message>
        <source>Tick at least two enforcement staff whose certificate is valid today.</source>
        <translation>请至少勾选两名执法证当前有效的执法人员。</translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation>承办股室(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Handlers:</source>
        <translation>承办人(&amp;H)：</translation>
    </message>
    <message>
        <source>Responsibility &amp;items:</source>
        <translation>具体责任事项(&amp;I)：</translation>
    </message>
    <message>
        <source>The investigation's conclusion (调查终结报告)</source>
        <translation>调查结论（调查终结报告）</translation>
    </message>
    <message>
        <source>F&amp;indings:</source>
        <translation>调查结论(&amp;I)：</translation>
    </message>
    <message>
        <source>P&amp;enalties:</source>
        <translation>处罚内容(&amp;E)：</translation>
    </message>
    <message>
        <source>%1  certificate %2, valid until %3</source>
        <translation>%1  执法证 %2，有效期至 %3</translation>
    </message>
    <message>
        <source>Findings and penalties follow once the case is filed and investigated.</source>
        <translation>立案调查后再填写调查结论和处罚内容。</translation>
    </message>
    <message>
        <source>At its stage (%1) nothing of the case can change any more.</source>
        <translation>案件处于“%1”阶段，已不能修改任何内容。</translation>
    </message>
    <message>
        <source>At its stage (%1) these can still change: %2.</source>
        <translation>案件处于“%1”阶段，以下内容仍可修改：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (!)</source>
        <comment>a tab with problems</comment>
        <translation>%1 (!)</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseListModel</name>
    <message>
        <source>Paused</source>
        <comment>the statutory clock of a case is stopped</comment>
        <translation>期限中止</translation>
    </message>
    <message>
        <source>Decision due %1; the clock is stopped, the date moves on each day</source>
        <translation>处罚决定期限：%1；期限中止中，该日期逐日顺延</translation>
    </message>
    <message>
        <source>Decision due %1</source>
        <translation>处罚决定期限：%1</translation>
    </message>
    <message>
        <source>Sealing or seizure ends %1</source>
        <translation>查封扣押 %1 届满</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>股室</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>casedesk::CasePartyEditor</name>
    <message>
        <source>A registered entity</source>
        <translation>名录中的单位</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Type part of the entity's name, code or address</source>
        <translation>输入单位名称、代码或地址的一部分</translation>
    </message>
    <message>
        <source>Searches the register of entities; pick the party from the list below.</source>
        <translation>在监管对象名录中搜索；请从下方列表中选择当事人。</translation>
    </message>
    <message>
        <source>18-character resident ID number</source>
        <translation>18 位居民身份证号码</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>entity name and code</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No entity chosen yet.</source>
        <translation>尚未选择单位。</translation>
    </message>
    <message>
        <source>Legal representative: %1</source>
        <translation>法定代表人：%1</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <source>Resident ID number, check character correct</source>
        <translation>居民身份证号码，校验码正确</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseUndoCommand</name>
    <message>
        <source>Edit %1</source>
        <comment>undo command: a case's details were edited</comment>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>%1 was changed at %2, after this step. It is left as it is, so that change is not lost.</source>
        <translation>%1 在此步骤之后（%2）又被修改过。为免丢失该修改，保持现状不变。</translation>
    </message>
    <message>
        <source>“%1” could not be undone.</source>
        <translation>无法撤销“%1”。</translation>
    </message>
    <message>
        <source>“%1” could not be redone.</source>
        <translation>无法重做“%1”。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseView</name>
    <message>
        <source>Case details</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>阶段变化</translation>
    </message>
    <message>
        <source>Opinion or reason</source>
        <translation>意见或理由</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>See the selected document on A4 paper and print it</source>
        <translation>在 A4 纸上预览并打印所选文书</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the selected document as a PDF file</source>
        <translation>将所选文书保存为 PDF 文件</translation>
    </message>
    <message>
        <source>The documents this case has reached, made from its data when printed.</source>
        <translation>本案已到达阶段可出具的文书，打印时根据案件数据生成。</translation>
    </message>
    <message>
        <source>Select a case to see its clock, timeline, documents and attachments.</source>
        <translation>选择一个案件，查看其办案期限、时间线、文书和附件。</translation>
    </message>
    <message>
        <source>Lead number: a case number is given when the case is filed</source>
        <translation>线索编号：立案时编发案件编号</translation>
    </message>
    <message>
        <source>Lead number %1</source>
        <translation>线索编号 %1</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>The decision's clock starts when the case is filed.</source>
        <translation>处罚决定期限自立案之日起计算。</translation>
    </message>
    <message>
        <source>Decision due %1</source>
        <translation>处罚决定期限：%1</translation>
    </message>
    <message>
        <source>Decision due %1 while the clock is stopped</source>
        <translation>处罚决定期限：%1（期限中止中）</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>期限中止</translation>
    </message>
    <message>
        <source>Decided within the time limit: due %1</source>
        <translation>已在期限内作出决定：期限 %1</translation>
    </message>
    <message>
        <source>Decided after the time limit: due %1</source>
        <translation>超过期限作出决定：期限 %1</translation>
    </message>
    <message>
        <source>Lead registered</source>
        <translation>登记线索</translation>
    </message>
    <message>
        <source>Time limit extended</source>
        <translation>延长办案期限</translation>
    </message>
    <message>
        <source>Clock resumed</source>
        <translation>恢复计算期限</translation>
    </message>
    <message>
        <source>Sealed or seized</source>
        <translation>查封扣押</translation>
    </message>
    <message>
        <source>Seizure extended</source>
        <translation>延长查封扣押</translation>
    </message>
    <message>
        <source>Seizure released</source>
        <translation>解除查封扣押</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>修改案件信息</translation>
    </message>
</context>
<context>
    <name>casedesk::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>%1: your password was set by an administrator. Choose your own password before you continue.</source>
        <translation>%1：您的密码是管理员设置的。请先设置您自己的密码再继续。</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>8 to 128 characters with letters and digits, not the login.</source>
        <translation>8 至 128 个字符，须含字母和数字，不能与登录名相同。</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Confirm new password:</source>
        <translation>确认新密码(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;hange Password</source>
        <translation>修改密码(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>casedesk::ChecklistTable</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Check point</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>On a point: 1 or Y conforms, 2 or N does not conform, 3 or 0 not applicable, Space steps through them, Delete clears. Enter or F2 edits the note.</source>
        <translation>在检查项上：按 1 或 Y 为符合，2 或 N 为不符合，3 或 0 为不适用，空格键依次切换，Delete 键清除。按 Enter 或 F2 编辑说明。</translation>
    </message>
    <message>
        <source>A point that does not conform needs a note: what was found</source>
        <translation>不符合的检查项须填写说明：发现的问题</translation>
    </message>
</context>
<context>
    <name>casedesk::ClockDialog</name>
    <message>
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>办案期限：</translation>
    </message>
    <message>
        <source>Extend the Deadline: %1</source>
        <translation>延长办案期限：%1</translation>
    </message>
    <message>
        <source>&amp;Approved on:</source>
        <translation>批准日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Why the case needs more time, e.g. it is complex</source>
        <translation>需要延期的理由，如案情复杂</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>延期(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>The bureau head may extend the decision's deadline once, by %n days.</source>
        <translation>
            <numerusform>经本局负责人批准，作出处罚决定的期限可延长一次，延长 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the Clock: %1</source>
        <translation>期限中止：%1</translation>
    </message>
    <message>
        <source>&amp;Period of:</source>
        <translation>中止事由(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>起始日(&amp;F)：</translation>
    </message>
    <message>
        <source>E.g. the samples sent to the testing institute</source>
        <translation>如：样品已送检验检测机构</translation>
    </message>
    <message>
        <source>&amp;Stop Clock</source>
        <translation>中止期限(&amp;S)</translation>
    </message>
    <message>
        <source>The days of the period do not count towards the decision's deadline.</source>
        <translation>该期间不计入作出处罚决定的期限。</translation>
    </message>
    <message>
        <source>Restart the Clock: %1</source>
        <translation>恢复计算期限：%1</translation>
    </message>
    <message>
        <source>&amp;Last day of the period:</source>
        <translation>中止期间最后一日(&amp;L)：</translation>
    </message>
    <message>
        <source>E.g. the test report received</source>
        <translation>如：已收到检验报告</translation>
    </message>
    <message>
        <source>&amp;Restart Clock</source>
        <translation>恢复计算(&amp;R)</translation>
    </message>
    <message>
        <source>Every open period ends on this day; the clock runs again from the day after.</source>
        <translation>所有未结束的中止期间均于该日结束，自次日起恢复计算期限。</translation>
    </message>
    <message>
        <source>Seal or Seize: %1</source>
        <translation>查封扣押：%1</translation>
    </message>
    <message>
        <source>What was sealed or seized, with quantities</source>
        <translation>查封扣押的财物及数量</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>财物(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Record Seizure</source>
        <translation>登记查封扣押(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>A sealing or seizure lasts at most %n days, with one extension of as many days.</source>
        <translation>
            <numerusform>查封扣押期限最长 %n 天，可延长一次，延长期限相同。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is recorded in the case's timeline and cannot be undone.</source>
        <translation>此操作将记入案件时间线，不能撤销。</translation>
    </message>
    <message>
        <source>Record this for %1 as of %2?</source>
        <translation>确定为 %1 登记此事项（日期 %2）？</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作不能撤销。</translation>
    </message>
    <message>
        <source>Unknown clock event.</source>
        <translation>未知的期限事项。</translation>
    </message>
</context>
<context>
    <name>casedesk::ConflictComparison</name>
    <message>
        <source>The field on each side</source>
        <translation>双方的字段值</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>The record holds</source>
        <translation>记录当前采用</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>本工作站的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Common ancestor</source>
        <translation>共同祖先</translation>
    </message>
    <message>
        <source>Mine: this workstation (%1)</source>
        <translation>本工作站的：本工作站（%1）</translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>工作站 %1</translation>
    </message>
    <message>
        <source>Theirs: workstation %1</source>
        <translation>对方的：工作站 %1</translation>
    </message>
    <message>
        <source>(none: created on both workstations)</source>
        <translation>（无：两个工作站各自新建）</translation>
    </message>
    <message>
        <source>✔ for now</source>
        <translation>✔ 暂定</translation>
    </message>
    <message>
        <source>✔ chosen</source>
        <translation>✔ 已选定</translation>
    </message>
</context>
<context>
    <name>casedesk::CorrectionReasonDialog</name>
    <message>
        <source>Reason for the Correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>The corrected record becomes version %1 of %2, finished at once. The version before stays readable in the history. This cannot be undone.</source>
        <translation>更正后的记录将成为 %2 的第 %1 版，并立即完成。原版本仍可在历史中查阅。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Why is the record corrected?</source>
        <translation>更正该记录的原因(&amp;W)？</translation>
    </message>
    <message>
        <source>E.g. 检查日期录入错误，应为3月5日</source>
        <translation>例如：检查日期录入错误，应为3月5日</translation>
    </message>
    <message>
        <source>Save &amp;Correction</source>
        <translation>保存更正(&amp;C)</translation>
    </message>
</context>
<context>
    <name>casedesk::DatabaseCheckMessage</name>
    <message>
        <source>%1 row %2: its %3 record is missing</source>
        <translation>%1 第 %2 行：其引用的 %3 记录不存在</translation>
    </message>
    <message>
        <source>    … and %1 more (see the details)</source>
        <translation>    ……另有 %1 条（见详细信息）</translation>
    </message>
    <message>
        <source>Structure (integrity check): OK</source>
        <translation>结构（完整性检查）：正常</translation>
    </message>
    <message>
        <source>Structure (integrity check): %1 problems found</source>
        <translation>结构（完整性检查）：发现 %1 个问题</translation>
    </message>
    <message>
        <source>References between records: OK</source>
        <translation>记录间的引用：正常</translation>
    </message>
    <message>
        <source>References between records: %1 rows name a record that is not there</source>
        <translation>记录间的引用：%1 行引用了不存在的记录</translation>
    </message>
    <message>
        <source>Audit trail: OK, %1 entries checked</source>
        <translation>审计日志：正常，已校验 %1 条</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>审计日志：%1</translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>The database %1 is sound.</source>
        <translation>数据库 %1 完好。</translation>
    </message>
    <message>
        <source>Problems were found in the database %1.</source>
        <translation>在数据库 %1 中发现问题。</translation>
    </message>
</context>
<context>
    <name>casedesk::DatabaseOpener</name>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>&amp;Choose Another File…</source>
        <translation>选择其他文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>CaseDesk databases (*.sqlite *.db)</source>
        <translation>CaseDesk 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>casedesk::DrawDialog</name>
    <message>
        <source>Random Draw</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Credit Code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Units drawn</source>
        <translation>抽中的单位</translation>
    </message>
    <message>
        <source>Choose the pool and press Draw. The seed, the pools and their hashes are recorded so anyone can re-run the draw and get the same result.</source>
        <translation>请选择抽取范围后按“抽取”。随机种子、抽取范围及其哈希值均予记录，任何人都可重新抽取并得到相同结果。</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>抽取(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print Record…</source>
        <translation>打印记录(&amp;P)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>抽取结果：</translation>
    </message>
    <message>
        <source>Pool of units</source>
        <translation>对象库</translation>
    </message>
    <message>
        <source>Any township</source>
        <translation>任一乡镇</translation>
    </message>
    <message>
        <source>Words in the name, code or address, e.g. 电梯</source>
        <translation>名称、代码或地址中的字词，例如：电梯</translation>
    </message>
    <message>
        <source>Only units the plan still shows as due in the domain</source>
        <translation>仅限计划中该监管领域尚未检查的单位</translation>
    </message>
    <message>
        <source>Kinds (any):</source>
        <translation>类别（任一）：</translation>
    </message>
    <message>
        <source>Risks (any):</source>
        <translation>风险（任一）：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>字词(&amp;W)：</translation>
    </message>
    <message>
        <source>No kind or risk ticked means every kind, every risk.</source>
        <translation>未勾选类别或风险即表示全部类别、全部风险。</translation>
    </message>
    <message>
        <source>The draw</source>
        <translation>抽取设置</translation>
    </message>
    <message>
        <source>Decides which certificate the inspectors need and, with “still due”, which plan counts</source>
        <translation>决定执法人员须持何种证件；勾选“尚未检查”时，还决定按哪项计划统计</translation>
    </message>
    <message>
        <source>The seed decides the draw. Keep the one offered, or type the seed of a draw to re-run it.</source>
        <translation>随机种子决定抽取结果。可保留系统给出的种子，或输入某次抽取的种子以重新抽取。</translation>
    </message>
    <message>
        <source>New &amp;Seed</source>
        <translation>新种子(&amp;S)</translation>
    </message>
    <message>
        <source>E.g. 2026年第一季度双随机抽查</source>
        <translation>例如：2026年第一季度双随机抽查</translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation>监管领域(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Units to draw:</source>
        <translation>抽取单位数(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Inspectors per unit:</source>
        <translation>每家单位执法人员数(&amp;I)：</translation>
    </message>
    <message>
        <source>Dr&amp;awn on:</source>
        <translation>抽取日期(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>抽取目的(&amp;P)：</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation>股室(&amp;C)：</translation>
    </message>
    <message numerus="yes">
        <source>Draw %1, seed %2.
Unit pool: %n unit(s), SHA-256 %3</source>
        <translation>
            <numerusform>随机抽取 %1，随机种子 %2。
对象库：%n 家单位，SHA-256 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inspector pool: %n inspector(s), SHA-256 %1</source>
        <translation>
            <numerusform>执法人员库：%n 名执法人员，SHA-256 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Result hash: %1</source>
        <translation>结果哈希值：%1</translation>
    </message>
    <message>
        <source>Drawn and recorded as %1. Print the record for the file.</source>
        <translation>已抽取并记录为 %1。请打印随机抽查记录存档。</translation>
    </message>
</context>
<context>
    <name>casedesk::DrawRecordDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Random Draw</source>
        <translation>随机抽取</translation>
    </message>
</context>
<context>
    <name>casedesk::DrawsPanel</name>
    <message>
        <source>Draw</source>
        <translation>抽取编号</translation>
    </message>
    <message>
        <source>Drawn On</source>
        <translation>抽取日期</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>监管领域</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>抽取目的</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <source>Drawn By</source>
        <translation>抽取人</translation>
    </message>
    <message>
        <source>Random draws</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>&amp;Random Draw…</source>
        <translation>随机抽取(&amp;R)…</translation>
    </message>
    <message>
        <source>Draw units at random from a pool and pair each with inspectors (双随机)</source>
        <translation>从对象库中随机抽取单位，并为每家单位随机匹配执法人员（双随机）</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
    <message>
        <source>Ve&amp;rify</source>
        <translation>验证(&amp;R)</translation>
    </message>
    <message>
        <source>Re-run the stored draw from its seed and pools and compare it with the result kept</source>
        <translation>按保存的随机种子和抽取范围重新抽取，并与保存的结果比对</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Verify Draw %1</source>
        <translation>验证随机抽取 %1</translation>
    </message>
    <message>
        <source>Consistent: the stored pools give their hashes and re-running the draw gives the same result.</source>
        <translation>一致：保存的抽取范围与其哈希值相符，重新抽取得到相同结果。</translation>
    </message>
    <message>
        <source>Not consistent.</source>
        <translation>不一致。</translation>
    </message>
</context>
<context>
    <name>casedesk::DueMarking</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::EditionCommands</name>
    <message>
        <source>%1 (%2)</source>
        <comment>department (edition label)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Remove Edition</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <source>Remove the edition “%1”?</source>
        <translation>删除版本“%1”？</translation>
    </message>
    <message>
        <source>It disappears from the list. The database keeps it as removed, and the audit trail records who removed it and when.</source>
        <translation>该版本将从清单中消失。数据库将其标记为已删除并保留，审计日志记录删除人和时间。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>The edition “%1” was not removed.

%2</source>
        <translation>版本“%1”未删除。

%2</translation>
    </message>
</context>
<context>
    <name>casedesk::EntityBrowser</name>
    <message>
        <source>Regulated entities</source>
        <translation>监管对象</translation>
    </message>
    <message>
        <source>The register holds no entity yet. Add one, or import the spreadsheet the bureau keeps, from the Register menu.</source>
        <translation>名录中还没有监管对象。请从“监管对象”菜单添加，或导入本局现有的表格。</translation>
    </message>
    <message>
        <source>No entity matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的监管对象。</translation>
    </message>
</context>
<context>
    <name>casedesk::EntityDetailPane</name>
    <message>
        <source>Entity details</source>
        <translation>监管对象详情</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change this entity's fields</source>
        <translation>修改此监管对象的信息</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Who created or changed this entity, and when</source>
        <translation>此监管对象由谁、在何时创建或修改</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove this entity with its licences and equipment (it can be restored)</source>
        <translation>删除此监管对象及其许可证和设备（可恢复）</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Risks:</source>
        <translation>风险：</translation>
    </message>
    <message>
        <source>Last accident or recall:</source>
        <translation>最近事故或召回：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>许可范围</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Add Licence…</source>
        <translation>添加许可证…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change Status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <source>Withdraw, revoke, cancel or deregister the selected licence</source>
        <translation>撤回、撤销、吊销或注销所选许可证</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>设备类别</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>注册代码</translation>
    </message>
    <message>
        <source>Name / Model</source>
        <translation>名称/型号</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>使用地点</translation>
    </message>
    <message>
        <source>Next Inspection</source>
        <translation>下次检验</translation>
    </message>
    <message>
        <source>Special equipment</source>
        <translation>特种设备</translation>
    </message>
    <message>
        <source>Add Equipment…</source>
        <translation>添加设备…</translation>
    </message>
    <message>
        <source>Select an entity to see its details, licences and special equipment.</source>
        <translation>选择一个监管对象以查看其详情、许可证和特种设备。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Licences (%1)</source>
        <translation>许可证（%1）</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>无有效期</translation>
    </message>
    <message>
        <source>Expired on %1 but still recorded as valid</source>
        <translation>已于 %1 过期，但仍记为有效</translation>
    </message>
    <message>
        <source>Special Equipment (%1)</source>
        <translation>特种设备（%1）</translation>
    </message>
    <message>
        <source>The periodic inspection is overdue</source>
        <translation>定期检验已逾期</translation>
    </message>
</context>
<context>
    <name>casedesk::EntityEditDialog</name>
    <message>
        <source>New Entity</source>
        <translation>新增监管对象</translation>
    </message>
    <message>
        <source>Edit Entity: %1</source>
        <translation>编辑监管对象：%1</translation>
    </message>
    <message>
        <source>18-character unified social credit code, or 9-character organisation code</source>
        <translation>18 位统一社会信用代码，或 9 位组织机构代码</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Registration &amp;code:</source>
        <translation>信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Supervised as</source>
        <translation>监管类别</translation>
    </message>
    <message>
        <source>Facts that raise inspection priority</source>
        <translation>提高检查频次的情形</translation>
    </message>
    <message>
        <source>Co&amp;mplaints against it were confirmed</source>
        <translation>投诉举报经查属实(&amp;M)</translation>
    </message>
    <message>
        <source>A c&amp;rowded place using special equipment (school, kindergarten, hospital, station, mall, stadium, park…)</source>
        <translation>使用特种设备的人员密集场所（学校、幼儿园、医院、车站、商场、体育场馆、公园等）(&amp;R)</translation>
    </message>
    <message>
        <source>Last accident or forced &amp;recall:</source>
        <translation>最近事故或强制召回(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>%1, check character correct</source>
        <translation>%1，校验码正确</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>entity name (code)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Already in the register under a similar name: %1. Make sure this is not the same unit.</source>
        <translation>名录中已有名称相似的单位：%1。请确认不是同一单位。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>casedesk::EntityFilterBar</name>
    <message>
        <source>Search name, code, address or person (Ctrl+F), e.g. 食品</source>
        <translation>搜索名称、代码、地址或人员（Ctrl+F），如 食品</translation>
    </message>
    <message>
        <source>Shows only the entities whose name, credit code, address, legal representative, contact person or phone contain every word typed. Escape clears the search.</source>
        <translation>只显示名称、信用代码、地址、法定代表人、联系人或电话包含所输入全部词语的监管对象。按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>搜索名录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>任一风险</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>风险(&amp;R)：</translation>
    </message>
    <message>
        <source>T&amp;ownship:</source>
        <translation>乡镇(&amp;O)：</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entity(s)</source>
        <comment>count of the entities shown</comment>
        <translation>
            <numerusform>共 %Ln 家</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::EntityListModel</name>
    <message>
        <source>Contact: %1 %2</source>
        <translation>联系人：%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n valid licence(s)</source>
        <translation>
            <numerusform>%n 个有效许可证</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) of special equipment not scrapped</source>
        <translation>
            <numerusform>%n 台未报废的特种设备</numerusform>
        </translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit Code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Legal Representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>casedesk::EntitySearchPicker</name>
    <message>
        <source>Type part of the entity's name, code or address</source>
        <translation>输入单位名称、代码或地址的一部分</translation>
    </message>
    <message>
        <source>Searches the register of entities; pick from the list below (Down, then Enter).</source>
        <translation>在监管对象名录中搜索；从下方列表中选择（按下箭头键，再按 Enter）。</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>搜索名录</translation>
    </message>
    <message>
        <source>Entities found</source>
        <translation>找到的单位</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>entity name and code</comment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>casedesk::EquipmentEditDialog</name>
    <message>
        <source>New Special Equipment</source>
        <translation>新增特种设备</translation>
    </message>
    <message>
        <source>Edit Special Equipment: %1</source>
        <translation>编辑特种设备：%1</translation>
    </message>
    <message>
        <source>Name and model</source>
        <translation>名称和型号</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>使用单位：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>设备类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>注册代码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>设备名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>使用地点(&amp;L)：</translation>
    </message>
    <message>
        <source>Next periodic &amp;inspection due:</source>
        <translation>下次定期检验日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>casedesk::FollowUpDeadlines</name>
    <message>
        <source>Record or Batch</source>
        <translation>记录或批次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days Left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Follow-up deadlines</source>
        <translation>后续处理期限</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open the inspection record or sampling batch.</source>
        <translation>双击一行或按 Enter，打开检查记录或抽查批次。</translation>
    </message>
    <message>
        <source>Follow-up deadlines of inspections and sampling</source>
        <translation>监督检查和监督抽查的后续处理期限</translation>
    </message>
    <message>
        <source>Follow-up of directive %1</source>
        <translation>指令书 %1 复查</translation>
    </message>
    <message>
        <source>Follow-up of order to correct</source>
        <translation>责令改正复查</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>deadline and product</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Follow-up deadlines of inspections and sampling (the first %1 of %2)</source>
        <translation>监督检查和监督抽查的后续处理期限（前 %1 项，共 %2 项）</translation>
    </message>
    <message>
        <source>Follow-up deadlines of inspections and sampling (%1)</source>
        <translation>监督检查和监督抽查的后续处理期限（%1）</translation>
    </message>
</context>
<context>
    <name>casedesk::FormProblems</name>
    <message>
        <source>Still needed:</source>
        <translation>尚需处理：</translation>
    </message>
</context>
<context>
    <name>casedesk::HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>历史：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translation>条目(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionBrowser</name>
    <message>
        <source>&amp;New Inspection…</source>
        <translation>新建检查记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Record an inspection: the unit, the inspectors, the checklist, what was found and done</source>
        <translation>录入检查记录：被检查单位、执法人员、检查表、发现的问题和处理措施</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the draft record</source>
        <translation>修改草稿记录</translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation>完成(&amp;F)…</translation>
    </message>
    <message>
        <source>Lock the draft: a finished record can only be corrected by a new version</source>
        <translation>锁定草稿：已完成的记录只能通过新版本更正</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>更正(&amp;O)…</translation>
    </message>
    <message>
        <source>Record a corrected version of the finished record, with the reason</source>
        <translation>为已完成的记录录入更正版本，并说明理由</translation>
    </message>
    <message>
        <source>&amp;Discard Draft…</source>
        <translation>作废草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove a draft entered by mistake</source>
        <translation>删除误录入的草稿</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the inspection record (监督检查记录) on A4</source>
        <translation>预览并以 A4 纸打印监督检查记录</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the inspection record as a PDF file</source>
        <translation>将监督检查记录保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Print Di&amp;rective…</source>
        <translation>打印指令书(&amp;R)…</translation>
    </message>
    <message>
        <source>Preview and print the special-equipment safety supervision directive (指令书)</source>
        <translation>预览并打印特种设备安全监察指令书</translation>
    </message>
    <message>
        <source>Print &amp;Section's Records…</source>
        <translation>打印股室记录(&amp;S)…</translation>
    </message>
    <message>
        <source>Print every finished record of a section for a range of days in one go</source>
        <translation>一次打印某股室在一段期间内的全部已完成记录</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>No inspection recorded yet. Record one with New Inspection (Ctrl+Shift+I).</source>
        <translation>尚未录入检查记录。请使用“新建检查记录”（Ctrl+Shift+I）录入。</translation>
    </message>
    <message>
        <source>No inspection matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的检查记录。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print or save the record, its directive, or a section's records</source>
        <translation>打印或保存本记录、其指令书或本股室的检查记录</translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionDetailsHtml</name>
    <message>
        <source>Version %1 was replaced by a correction; it is kept as it was.</source>
        <translation>版本 %1 已被更正取代，按原样保留。</translation>
    </message>
    <message>
        <source>Corrected (version %1):</source>
        <translation>已更正（版本 %1）：</translation>
    </message>
    <message>
        <source>Unit inspected</source>
        <translation>被检查单位</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind: campaign</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>检查日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>检查地点：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>检查类型：</translation>
    </message>
    <message>
        <source>Follow-up of:</source>
        <translation>复查原记录：</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>监管领域：</translation>
    </message>
    <message>
        <source>Checklist from:</source>
        <translation>检查表依据：</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>股室：</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Responsibility items</source>
        <translation>责任事项</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>None written.</source>
        <translation>未填写。</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Entered:</source>
        <translation>录入：</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2 于 %1</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>最后修改：</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>完成：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>contact person, phone</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>None named yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>证件编号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>No check points.</source>
        <translation>无检查项。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Check point</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) did not conform.</source>
        <translation>
            <numerusform>%n 个检查项不符合。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) not checked yet.</source>
        <translation>
            <numerusform>%n 个检查项尚未检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>尚未确定。</translation>
    </message>
    <message>
        <source>Correct by %1</source>
        <translation>限 %1 前改正</translation>
    </message>
    <message>
        <source>Given orally first on %1</source>
        <translation>已于 %1 先行口头下达</translation>
    </message>
    <message>
        <source>Reported to %1</source>
        <translation>已报告 %1</translation>
    </message>
    <message>
        <source>A lead is registered when the record is finished</source>
        <translation>记录完成时登记案件线索</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>案件线索 %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>具体内容</translation>
    </message>
    <message>
        <source>Follow-up check due %1 (%2)</source>
        <translation>复查期限 %1（%2）</translation>
    </message>
    <message>
        <source>Refused to sign</source>
        <translation>拒绝签字</translation>
    </message>
    <message>
        <source>Refused to sign: %1</source>
        <translation>拒绝签字：%1</translation>
    </message>
    <message>
        <source>Inspectors:</source>
        <translation>执法人员：</translation>
    </message>
    <message>
        <source>For the unit:</source>
        <translation>被检查单位：</translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionEditActions</name>
    <message>
        <source>New Inspection</source>
        <translation>新建检查记录</translation>
    </message>
    <message>
        <source>Edit Inspection</source>
        <translation>编辑检查记录</translation>
    </message>
    <message>
        <source>%1 is finished and locked. Use Correct to record a corrected version.</source>
        <translation>%1 已完成并锁定。请使用“更正”录入更正版本。</translation>
    </message>
    <message>
        <source>Finish Inspection</source>
        <translation>完成检查记录</translation>
    </message>
    <message>
        <source>%1 cannot be finished yet:</source>
        <translation>%1 尚不能完成：</translation>
    </message>
    <message>
        <source>&amp;Open the Form</source>
        <translation>打开表单(&amp;O)</translation>
    </message>
    <message>
        <source>Correct Inspection</source>
        <translation>更正检查记录</translation>
    </message>
    <message>
        <source>Only the current version of a finished record is corrected; a draft is simply edited.</source>
        <translation>只能更正已完成记录的当前版本；草稿直接编辑即可。</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>作废草稿</translation>
    </message>
    <message>
        <source>Discard the draft %1 of %2?</source>
        <translation>作废 %2 的草稿 %1？</translation>
    </message>
    <message>
        <source>The draft is removed from the lists; the audit trail keeps it, and its number is not given again. This cannot be undone.</source>
        <translation>草稿将从列表中删除；审计日志仍保留该草稿，其编号不再使用。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Discard Draft</source>
        <translation>作废草稿(&amp;D)</translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionFilterBar</name>
    <message>
        <source>Search number, unit, findings or inspector (Ctrl+F)</source>
        <translation>搜索编号、单位、发现的问题或执法人员（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows only the records whose number, unit name or code, findings or inspectors contain the text typed. Escape clears the search.</source>
        <translation>仅显示编号、单位名称或代码、发现的问题或执法人员包含所输入文字的记录。按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>Search the inspections</source>
        <translation>搜索检查记录</translation>
    </message>
    <message>
        <source>Whose records</source>
        <translation>记录范围</translation>
    </message>
    <message>
        <source>My inspections</source>
        <translation>我的检查记录</translation>
    </message>
    <message>
        <source>My section's</source>
        <translation>本股室的</translation>
    </message>
    <message>
        <source>All inspections</source>
        <translation>全部检查记录</translation>
    </message>
    <message>
        <source>Inspected in</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自…至…</translation>
    </message>
    <message>
        <source>Inspected on or after</source>
        <translation>检查日期不早于</translation>
    </message>
    <message>
        <source>Inspected on or before</source>
        <translation>检查日期不晚于</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>监管领域</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>全部监管领域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Drafts and finished</source>
        <translation>草稿和已完成</translation>
    </message>
    <message>
        <source>Follow-up &amp;open</source>
        <translation>待复查(&amp;O)</translation>
    </message>
    <message>
        <source>Only orders to correct and directives whose follow-up check is not recorded yet</source>
        <translation>仅显示尚未录入复查的责令改正和指令书</translation>
    </message>
    <message>
        <source>You belong to no section</source>
        <translation>您不属于任何股室</translation>
    </message>
    <message>
        <source>The records of %1</source>
        <translation>%1 的记录</translation>
    </message>
    <message numerus="yes">
        <source>%Ln inspection(s)</source>
        <comment>count of the inspection records shown</comment>
        <translation>
            <numerusform>共 %Ln 条检查记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionFormDialog</name>
    <message>
        <source>New Inspection</source>
        <translation>新建检查记录</translation>
    </message>
    <message>
        <source>Correct Inspection %1</source>
        <translation>更正检查记录 %1</translation>
    </message>
    <message>
        <source>Edit Inspection %1</source>
        <translation>编辑检查记录 %1</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Check&amp;list</source>
        <translation>检查表(&amp;L)</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>处理措施(&amp;U)</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Keep the record as a draft: it can still be changed</source>
        <translation>将记录保存为草稿：以后仍可修改</translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation>完成(&amp;F)…</translation>
    </message>
    <message>
        <source>Save and lock the record: afterwards it can only be corrected by a new version</source>
        <translation>保存并锁定记录：此后只能通过新版本更正</translation>
    </message>
    <message>
        <source>Save &amp;Correction…</source>
        <translation>保存更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Store the corrected record as its next version, with the reason</source>
        <translation>将更正后的记录保存为下一版本，并说明理由</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>On a point: &lt;b&gt;1&lt;/b&gt; or &lt;b&gt;Y&lt;/b&gt; conforms · &lt;b&gt;2&lt;/b&gt; or &lt;b&gt;N&lt;/b&gt; does not conform (then type the note and press Enter) · &lt;b&gt;3&lt;/b&gt; or &lt;b&gt;0&lt;/b&gt; not applicable · &lt;b&gt;Space&lt;/b&gt; steps through them · &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;F2&lt;/b&gt; edits the note</source>
        <translation>在检查项上：按 &lt;b&gt;1&lt;/b&gt; 或 &lt;b&gt;Y&lt;/b&gt; 为符合 · &lt;b&gt;2&lt;/b&gt; 或 &lt;b&gt;N&lt;/b&gt; 为不符合（随后输入说明并按 Enter）· &lt;b&gt;3&lt;/b&gt; 或 &lt;b&gt;0&lt;/b&gt; 为不适用 · &lt;b&gt;空格键&lt;/b&gt;依次切换 · &lt;b&gt;Enter&lt;/b&gt; 或 &lt;b&gt;F2&lt;/b&gt; 编辑说明</translation>
    </message>
    <message>
        <source>&amp;All Remaining Conform</source>
        <translation>其余全部符合(&amp;A)</translation>
    </message>
    <message>
        <source>Every point not checked yet conforms</source>
        <translation>将所有尚未检查的检查项设为符合</translation>
    </message>
    <message>
        <source>What was found, as it will be printed in the record</source>
        <translation>发现的问题，将按原文打印在记录中</translation>
    </message>
    <message>
        <source>The unit's responsible person who signed the record</source>
        <translation>在记录上签字的被检查单位负责人</translation>
    </message>
    <message>
        <source>The unit &amp;refused to sign</source>
        <translation>被检查单位拒绝签字(&amp;R)</translation>
    </message>
    <message>
        <source>Who refused, and who witnessed it</source>
        <translation>拒绝签字的人员及见证人</translation>
    </message>
    <message>
        <source>F&amp;indings:</source>
        <translation>发现的问题(&amp;I)：</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>处理措施(&amp;D)：</translation>
    </message>
    <message>
        <source>Si&amp;gned for the unit by:</source>
        <translation>被检查单位签字人(&amp;G)：</translation>
    </message>
    <message>
        <source>Refusal &amp;note:</source>
        <translation>拒签说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Replace the Checklist</source>
        <translation>替换检查表</translation>
    </message>
    <message numerus="yes">
        <source>The checklist of the system chosen replaces the one in the form: the %n result(s) entered will be lost. Replace it?</source>
        <translation>
            <numerusform>所选监管制度的检查表将替换表单中的检查表：已录入的 %n 项检查结果将丢失。是否替换？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (!)</source>
        <comment>a tab with problems</comment>
        <translation>%1 (!)</translation>
    </message>
    <message>
        <source>A finished record is locked: it cannot be edited any more, only corrected by a new version that gives its reason.</source>
        <translation>已完成的记录将被锁定：不能再编辑，只能通过说明理由的新版本更正。</translation>
    </message>
    <message>
        <source>The directive gets its number.</source>
        <translation>指令书将获得编号。</translation>
    </message>
    <message>
        <source>A lead is registered from the record.</source>
        <translation>将根据该记录登记案件线索。</translation>
    </message>
    <message>
        <source>Finishing cannot be undone.</source>
        <translation>完成后无法撤销。</translation>
    </message>
    <message>
        <source>Finish the Inspection</source>
        <translation>完成检查记录</translation>
    </message>
    <message>
        <source>Finish the inspection of %1 on %2?</source>
        <translation>是否完成 %2 对 %1 的检查记录？</translation>
    </message>
    <message>
        <source>Finish and Lock</source>
        <translation>完成并锁定</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Close the form and lose what was entered since it was last saved?</source>
        <translation>关闭表单并放弃上次保存后录入的内容？</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionListModel</name>
    <message>
        <source>%1 v%2</source>
        <comment>a record number and its version</comment>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator of outcomes in a list</comment>
        <translation>； </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>follow-up due date and the days left</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) did not conform</source>
        <translation>
            <numerusform>%n 个检查项不符合</numerusform>
        </translation>
    </message>
    <message>
        <source>The follow-up check was due %1 and is not recorded yet</source>
        <translation>复查已于 %1 到期，尚未录入</translation>
    </message>
    <message>
        <source>The follow-up check is due %1</source>
        <translation>复查期限为 %1</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Unit inspected</source>
        <translation>被检查单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>监管领域</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>股室</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>复查期限</translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionOutcomesEditor</name>
    <message>
        <source>A lead is registered from the record when it is finished</source>
        <translation>记录完成时将据此登记案件线索</translation>
    </message>
    <message>
        <source>The deadline to put it right; the follow-up check falls due then</source>
        <translation>改正期限；届时应进行复查</translation>
    </message>
    <message>
        <source>What the unit must do, e.g. 立即停止使用该电梯，完成整改后申请复查</source>
        <translation>被检查单位应当采取的措施，例如：立即停止使用该电梯，完成整改后申请复查</translation>
    </message>
    <message>
        <source>Given orally first (emergency); written afterwards</source>
        <translation>紧急情况下先行口头下达，事后补发书面指令书</translation>
    </message>
    <message>
        <source>What was sealed or seized, how much, where it is kept</source>
        <translation>查封、扣押的物品名称、数量及存放地点</translation>
    </message>
    <message>
        <source>E.g. 廊坊市市场监督管理局特种设备安全监察科</source>
        <translation>例如：廊坊市市场监督管理局特种设备安全监察科</translation>
    </message>
    <message>
        <source>A lead is registered from this record when it is finished.</source>
        <translation>本记录完成时将据此登记案件线索。</translation>
    </message>
    <message>
        <source>Directive &amp;demands:</source>
        <translation>指令书要求(&amp;D)：</translation>
    </message>
    <message>
        <source>Given orally &amp;on:</source>
        <translation>口头下达日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Correct &amp;by:</source>
        <translation>改正期限(&amp;B)：</translation>
    </message>
    <message>
        <source>Sealed or seized:</source>
        <translation>查封、扣押物品：</translation>
    </message>
    <message>
        <source>Reported &amp;to:</source>
        <translation>报告机关(&amp;T)：</translation>
    </message>
    <message>
        <source>A written special-equipment safety supervision directive (指令书)</source>
        <translation>书面的特种设备安全监察指令书</translation>
    </message>
    <message>
        <source>A directive is given in special-equipment inspections only</source>
        <translation>指令书仅用于特种设备监督检查</translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionPrinter</name>
    <message>
        <source>There is no record to print.</source>
        <translation>没有可打印的记录。</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n record(s) for printing…</source>
        <translation>
            <numerusform>正在准备打印 %n 条记录…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing Inspections</source>
        <translation>打印检查记录</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存PDF</translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionRecordPage</name>
    <message>
        <source>The campaign or key period: pick it from the plan or type its name</source>
        <translation>专项检查或重点时段：从计划中选择或输入名称</translation>
    </message>
    <message>
        <source>Choose the domain…</source>
        <translation>选择监管领域…</translation>
    </message>
    <message>
        <source>The supervision system of the responsibility list whose content points make the checklist</source>
        <translation>责任清单中的监管制度，其检查内容构成检查表</translation>
    </message>
    <message>
        <source>Where, when not at the unit's address (a workshop, a site)</source>
        <translation>不在被检查单位地址检查时，填写检查地点（如车间、现场）</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>被检查单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>检查日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>检查类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>专项检查(&amp;M)：</translation>
    </message>
    <message>
        <source>Follow-up &amp;of:</source>
        <translation>复查原记录(&amp;O)：</translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation>监管领域(&amp;O)：</translation>
    </message>
    <message>
        <source>Chec&amp;klist from:</source>
        <translation>检查表依据(&amp;K)：</translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation>股室(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>检查地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Inspectors:</source>
        <translation>执法人员(&amp;I)：</translation>
    </message>
    <message>
        <source>Responsibility i&amp;tems:</source>
        <translation>责任事项(&amp;T)：</translation>
    </message>
    <message>
        <source>No unit chosen yet.</source>
        <translation>尚未选择单位。</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>entity name and code</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Choose the record followed up…</source>
        <translation>选择复查的原记录…</translation>
    </message>
    <message>
        <source>%1  of %2: %3</source>
        <translation>%1  %2：%3</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>Choose the domain first</source>
        <translation>请先选择监管领域</translation>
    </message>
    <message>
        <source>The responsibility list has no supervision system for this domain</source>
        <translation>责任清单中没有该监管领域的监管制度</translation>
    </message>
    <message>
        <source>System %1</source>
        <translation>监管制度 %1</translation>
    </message>
    <message>
        <source>Choose the domain first: the inspectors are those certified for it.</source>
        <translation>请先选择监管领域：只能选择持有该领域有效证件的执法人员。</translation>
    </message>
    <message>
        <source>Nobody holds a valid certificate for this domain on the day.</source>
        <translation>当天没有人持有该领域的有效证件。</translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionUndoCommand</name>
    <message>
        <source>Edit %1</source>
        <comment>undo command: a draft inspection record was edited</comment>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>%1 has been finished since: a finished record is locked, and only a correction can change it.</source>
        <translation>%1 此后已完成：已完成的记录已锁定，只能通过更正修改。</translation>
    </message>
    <message>
        <source>%1 was changed at %2, after this step. It is left as it is, so that change is not lost.</source>
        <translation>%1 已于 %2（此步骤之后）被修改。为免丢失该修改，保持现状不变。</translation>
    </message>
    <message>
        <source>“%1” could not be undone.</source>
        <translation>“%1”无法撤销。</translation>
    </message>
    <message>
        <source>“%1” could not be redone.</source>
        <translation>“%1”无法重做。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionView</name>
    <message>
        <source>Inspection record</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Double-click a version, or press Enter on it, to see it as it was</source>
        <translation>双击某一版本或在其上按 Enter，查看该版本原貌</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Show &amp;Current Version</source>
        <translation>显示当前版本(&amp;C)</translation>
    </message>
    <message>
        <source>Select an inspection to see its checklist, findings and history.</source>
        <translation>选择一条检查记录，查看其检查表、发现的问题和历史。</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（版本 %2）</translation>
    </message>
    <message>
        <source>Replaced</source>
        <comment>an older version of a corrected record</comment>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>You are looking at version %1 of %2, as it was before its correction.</source>
        <translation>您正在查看 %2 的版本 %1，即其更正前的原貌。</translation>
    </message>
    <message numerus="yes">
        <source>History (%n version(s))</source>
        <translation>
            <numerusform>历史（%n 个版本）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::InspectorPicker</name>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Tick at least two inspectors. Only staff whose certificate for the domain is valid on the day are listed.</source>
        <translation>请至少勾选两名执法人员。仅列出当日持有该监管领域有效证件的人员。</translation>
    </message>
    <message>
        <source>%1  (no valid certificate for this domain on the day)</source>
        <translation>%1  （当日无该监管领域的有效证件）</translation>
    </message>
    <message>
        <source>%1  certificate %2, valid until %3</source>
        <translation>%1  证件 %2，有效期至 %3</translation>
    </message>
    <message>
        <source>Nobody holds a valid certificate for this domain on the day.</source>
        <translation>当日无人持有该监管领域的有效证件。</translation>
    </message>
</context>
<context>
    <name>casedesk::JoinBureauForm</name>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>A short code for this computer (letters, digits or '-'), different from every other workstation of the bureau. It cannot be changed later.</source>
        <translation>本计算机的简短代码（字母、数字或“-”），须与本局其他所有工作站都不同。以后不能修改。</translation>
    </message>
    <message>
        <source>a full export (.cdx) made on another workstation</source>
        <translation>另一工作站生成的完整导出文件（.cdx）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>&amp;Workstation code:</source>
        <translation>工作站代码(&amp;W)：</translation>
    </message>
    <message>
        <source>Full e&amp;xport file:</source>
        <translation>完整导出文件(&amp;X)：</translation>
    </message>
    <message>
        <source>On a workstation of the bureau, an administrator makes the file with Tools → Export Exchange File → Everything. The bureau's settings, accounts and records come with it; sign in with your account of the bureau afterwards.</source>
        <translation>由管理员在本局的某个工作站上通过“工具 → 导出交换文件 → 全部数据”生成该文件。本局的设置、账户和记录都随之而来；之后请用您在本局的账户登录。</translation>
    </message>
    <message>
        <source>Full Export of the Bureau</source>
        <translation>本局的完整导出文件</translation>
    </message>
    <message>
        <source>CaseDesk exchange files (*.cdx);;All files (*)</source>
        <translation>CaseDesk 交换文件 (*.cdx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>casedesk::LicenceEditDialog</name>
    <message>
        <source>New Licence</source>
        <translation>新增许可证</translation>
    </message>
    <message>
        <source>Edit Licence: %1</source>
        <translation>编辑许可证：%1</translation>
    </message>
    <message>
        <source>Products or activities the licence covers</source>
        <translation>许可证涵盖的产品或活动</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>无有效期</translation>
    </message>
    <message>
        <source>Leave empty for a licence that does not expire (a use registration); Delete empties it.</source>
        <translation>无有效期的证书（如使用登记证）请留空；按 Delete 清空。</translation>
    </message>
    <message>
        <source>%1 since %2: %3</source>
        <translation>%1（自 %2 起）：%3</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>持证单位：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>证书类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>证书编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>许可范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>发证日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>有效期至(&amp;E)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>casedesk::LicenceStatusDialog</name>
    <message>
        <source>Change Licence Status: %1</source>
        <translation>变更许可证状态：%1</translation>
    </message>
    <message>
        <source>The decision and its grounds, e.g. the penalty decision's number</source>
        <translation>决定及其依据，如行政处罚决定书文号</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>当前状态：</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>新状态(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>A status change cannot be undone: a licence that is no longer valid never becomes valid again (a new licence is issued instead). The change is kept in the licence's history.</source>
        <translation>状态变更不能撤销：失效的许可证不会再变为有效（应另发新证）。变更记入许可证的历史。</translation>
    </message>
    <message>
        <source>&amp;Change Status</source>
        <translation>变更状态(&amp;C)</translation>
    </message>
    <message>
        <source>The licence is %1; that status is final and cannot change.</source>
        <translation>该许可证已%1，此状态为最终状态，不能变更。</translation>
    </message>
    <message>
        <source>Change the status of “%1” from %2 to %3?</source>
        <translation>将“%1”的状态由%2变为%3？</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作不能撤销。</translation>
    </message>
</context>
<context>
    <name>casedesk::ListCsvExport</name>
    <message>
        <source>responsibility-list</source>
        <translation>责任清单</translation>
    </message>
</context>
<context>
    <name>casedesk::ListDetailPane</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>This database holds no responsibility list yet. Use File → Import… to read a published list (.txt) or a list saved from the CSV template.</source>
        <translation>本数据库中还没有责任清单。请通过“文件 → 导入…”导入已公布的责任清单文本（.txt）或按 CSV 模板填写的清单。</translation>
    </message>
    <message>
        <source>Select an edition, a main duty or a responsibility item to see its details.</source>
        <translation>请在左侧选择版本、主要职责或具体责任事项，查看详细内容。</translation>
    </message>
    <message>
        <source>This item is no longer in the database.</source>
        <translation>数据库中已没有此事项。</translation>
    </message>
    <message>
        <source>This duty is no longer in the database.</source>
        <translation>数据库中已没有此项主要职责。</translation>
    </message>
    <message>
        <source>This entry is no longer in the database.</source>
        <translation>数据库中已没有此条目。</translation>
    </message>
</context>
<context>
    <name>casedesk::ListFileDialogs</name>
    <message>
        <source>Import Responsibility List</source>
        <translation>导入责任清单</translation>
    </message>
    <message>
        <source>Responsibility lists (*.txt *.csv);;Published text (*.txt);;CSV template (*.csv);;All files (*)</source>
        <translation>责任清单 (*.txt *.csv);;公布文本 (*.txt);;CSV 模板 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>casedesk::ListImportController</name>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import Responsibility List</source>
        <translation>导入责任清单</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was stored.</source>
        <translation>已取消导入 %1，未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 could not be imported. Nothing was stored.</source>
        <translation>无法导入 %1，未保存任何内容。</translation>
    </message>
    <message>
        <source>The edition “%1” is already in the database with the same content; nothing was changed.</source>
        <translation>版本“%1”已在数据库中且内容相同，未作任何更改。</translation>
    </message>
    <message>
        <source>Imported the edition “%1” (%2).</source>
        <translation>已导入版本“%1”（%2）。</translation>
    </message>
    <message>
        <source>Main duties: %1</source>
        <translation>主要职责：%1 项</translation>
    </message>
    <message>
        <source>Responsibility items: %1</source>
        <translation>具体责任事项：%1 项</translation>
    </message>
    <message>
        <source>Legal references: %1</source>
        <translation>追责依据：%1 条</translation>
    </message>
    <message>
        <source>Boundary matters: %1</source>
        <translation>职责边界：%1 项</translation>
    </message>
    <message>
        <source>Supervision systems: %1</source>
        <translation>事中事后监管制度：%1 项</translation>
    </message>
    <message>
        <source>Public services: %1</source>
        <translation>公共服务事项：%1 项</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>department (edition label)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>casedesk::ListTreeNodes</name>
    <message>
        <source>%1 (%2)</source>
        <comment>department (edition label)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1
Published: %2
%n main duties</source>
        <translation>
            <numerusform>%1
发布时间：%2
主要职责 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>duty number. duty text</comment>
        <translation>%1．%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between section names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Responsibility boundaries (%1)</source>
        <translation>职责边界（%1）</translation>
    </message>
    <message>
        <source>Supervision systems (%1)</source>
        <translation>事中事后监管制度（%1）</translation>
    </message>
    <message>
        <source>Public services (%1)</source>
        <translation>公共服务事项（%1）</translation>
    </message>
    <message>
        <source>Accountability mechanism</source>
        <translation>责任追究机制</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <comment>system number in brackets, then its title</comment>
        <translation>（%1）%2</translation>
    </message>
</context>
<context>
    <name>casedesk::LockDialog</name>
    <message>
        <source>CaseDesk Is Locked</source>
        <translation>CaseDesk 已锁定</translation>
    </message>
    <message>
        <source>CaseDesk is locked. %1, enter your password to continue.</source>
        <translation>CaseDesk 已锁定。%1，请输入密码以继续。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <source>Responsibility list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>No responsibility item matches “%1”.</source>
        <translation>没有与“%1”匹配的具体责任事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n responsibility item(s) match “%1”.</source>
        <translation>
            <numerusform>共有 %n 项具体责任事项与“%1”匹配。</numerusform>
        </translation>
    </message>
    <message>
        <source>About CaseDesk</source>
        <translation>关于 CaseDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Case management for county quality and technical supervision bureaus: the responsibility list, and the inspections and cases that carry it out.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;县级质量技术监督局案件管理系统：责任清单，以及落实责任清单的监督检查和行政处罚案件。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>“%1” was already present.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>已导入“%1”。</translation>
    </message>
    <message>
        <source>Responsibility List</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>CaseDesk is locked.</source>
        <translation>CaseDesk 已锁定。</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Start Page</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>监管对象</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>检查计划</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>监督抽查</translation>
    </message>
    <message>
        <source>Quarterly Summary</source>
        <translation>季度统计</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a checked copy of the database to a file, while it stays in use</source>
        <translation>将经过检查的数据库副本写入文件，期间数据库可照常使用</translation>
    </message>
    <message>
        <source>&amp;Restore Database…</source>
        <translation>恢复数据库(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the data with a backup; the current data is kept in an automatic backup</source>
        <translation>用备份替换现有数据；当前数据保存在一份自动备份中</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Check the database's structure, its references and the audit trail</source>
        <translation>检查数据库的结构、引用和审计日志</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>CaseDesk backups (*.sqlite);;All files (*)</source>
        <translation>CaseDesk 备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backing up the database to %1…</source>
        <translation>正在将数据库备份到 %1…</translation>
    </message>
    <message>
        <source>The backup was not written.

%1</source>
        <translation>未写入备份。

%1</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2)</source>
        <translation>已备份到 %1（%2）</translation>
    </message>
    <message>
        <source>The database was backed up to %1 (%2).</source>
        <translation>数据库已备份到 %1（%2）。</translation>
    </message>
    <message>
        <source>Restore Database</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>This file cannot be restored.

%1</source>
        <translation>无法恢复此文件。

%1</translation>
    </message>
    <message>
        <source>Replace all data in %1 with the backup %2?</source>
        <translation>用备份 %2 替换 %1 中的全部数据？</translation>
    </message>
    <message>
        <source>The backup holds the data of %1 (workstation %2). It was written on %3 and is %4 large; its newest change is from %5.

Everything entered since then is replaced. An automatic backup of the current data is written next to the database first, so it can be brought back.</source>
        <translation>该备份含有 %1（工作站 %2）的数据，写入于 %3，大小为 %4；其中最新的修改时间为 %5。

此后录入的所有内容都将被替换。替换前会先在数据库所在位置写入一份当前数据的自动备份，以便恢复。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Replace the Data</source>
        <translation>替换数据(&amp;R)</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <source>The backup was not restored; the data is as it was.

%1</source>
        <translation>未恢复备份；数据保持原样。

%1</translation>
    </message>
    <message>
        <source>The backup %1 was restored.

The data it replaced is kept in %2.

Sign in again to go on: the accounts and passwords are now those of the backup.</source>
        <translation>已恢复备份 %1。

被替换的数据保存在 %2 中。

请重新登录以继续：现在的账户和密码是备份中的账户和密码。</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>已恢复 %1</translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>The database %1 could not be checked.

%2</source>
        <translation>无法检查数据库 %1。

%2</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindowActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a published responsibility list (.txt) or a CSV template</source>
        <translation>导入已公布的责任清单文本（.txt）或 CSV 模板</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected edition as a CSV file for Excel or WPS</source>
        <translation>将所选版本保存为 CSV 文件，可用 Excel 或 WPS 打开</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Work on another CaseDesk database file</source>
        <translation>切换到另一个 CaseDesk 数据库文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the responsibility items</source>
        <translation>搜索具体责任事项</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the list again from the database</source>
        <translation>从数据库重新读取责任清单</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>界面语言(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>关于 CaseDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Edition &amp;History…</source>
        <translation>版本历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Who imported or removed the selected edition, and when</source>
        <translation>所选版本由谁、在何时导入或删除</translation>
    </message>
    <message>
        <source>&amp;Remove Edition…</source>
        <translation>删除版本(&amp;R)…</translation>
    </message>
    <message>
        <source>Withdraw the selected edition; it is kept as removed</source>
        <translation>撤下所选版本；其数据标记为已删除并保留</translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation>为您的账户设置新密码</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Hide CaseDesk until you enter your password again</source>
        <translation>隐藏 CaseDesk，直到您再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Switch User…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign out and let somebody else sign in</source>
        <translation>退出登录，让其他人登录</translation>
    </message>
    <message>
        <source>&amp;Staff Accounts…</source>
        <translation>人员账户(&amp;S)…</translation>
    </message>
    <message>
        <source>The bureau's staff, their roles and certificates</source>
        <translation>本局人员及其角色和证件</translation>
    </message>
    <message>
        <source>&amp;Bureau Settings…</source>
        <translation>本局设置(&amp;B)…</translation>
    </message>
    <message>
        <source>The bureau's name, case-number abbreviation and idle lock</source>
        <translation>本局名称、案号简称和空闲锁定</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Every change, who made it and when; check it is untouched</source>
        <translation>每次修改及其修改人和时间；校验其未被改动</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>首页(&amp;S)</translation>
    </message>
    <message>
        <source>What falls due: expiring licences, inspections due, entities to inspect</source>
        <translation>到期事项：即将到期的许可证、到期的检验、需检查的单位</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>监管对象(&amp;R)</translation>
    </message>
    <message>
        <source>The regulated entities with their licences and special equipment</source>
        <translation>监管对象及其许可证和特种设备</translation>
    </message>
    <message>
        <source>Responsibility &amp;List</source>
        <translation>责任清单(&amp;L)</translation>
    </message>
    <message>
        <source>The bureau's responsibility list</source>
        <translation>本局责任清单</translation>
    </message>
    <message>
        <source>&amp;Entities…</source>
        <translation>监管对象(&amp;E)…</translation>
    </message>
    <message>
        <source>Save every entity as a CSV file for Excel or WPS</source>
        <translation>将全部监管对象保存为 CSV 文件，供 Excel 或 WPS 使用</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>许可证(&amp;L)…</translation>
    </message>
    <message>
        <source>Save every licence as a CSV file for Excel or WPS</source>
        <translation>将全部许可证保存为 CSV 文件，供 Excel 或 WPS 使用</translation>
    </message>
    <message>
        <source>Special &amp;Equipment…</source>
        <translation>特种设备(&amp;E)…</translation>
    </message>
    <message>
        <source>Save all special equipment as a CSV file</source>
        <translation>将全部特种设备保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Export E&amp;xcel Workbook…</source>
        <translation>导出 Excel 工作簿(&amp;X)…</translation>
    </message>
    <message>
        <source>Save entities, licences and special equipment as one Excel workbook</source>
        <translation>将监管对象、许可证和特种设备保存为一个 Excel 工作簿</translation>
    </message>
    <message>
        <source>Export &amp;CSV</source>
        <translation>导出 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>Leads and enforcement cases, their clocks, timelines and documents</source>
        <translation>线索和行政处罚案件及其办案期限、时间线和文书</translation>
    </message>
    <message>
        <source>&amp;Inspections</source>
        <translation>监督检查(&amp;I)</translation>
    </message>
    <message>
        <source>Inspection records: mine, my section's, all; their checklists and printed reports</source>
        <translation>检查记录：我的、本股室的、全部；及其检查表和打印文书</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>检查计划(&amp;P)</translation>
    </message>
    <message>
        <source>The year's inspection plan: who is still due, campaigns, random draws</source>
        <translation>年度检查计划：尚未检查的单位、专项检查、随机抽取</translation>
    </message>
    <message>
        <source>Sa&amp;mpling</source>
        <translation>监督抽查(&amp;M)</translation>
    </message>
    <message>
        <source>Supervision sampling batches, their results and deadlines</source>
        <translation>监督抽查批次及其检验结果和期限</translation>
    </message>
    <message>
        <source>I&amp;nspections</source>
        <translation>监督检查(&amp;N)</translation>
    </message>
    <message>
        <source>Samp&amp;ling</source>
        <translation>监督抽查(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quarterly Summary</source>
        <translation>季度统计(&amp;Q)</translation>
    </message>
    <message>
        <source>The quarter's figures by table and chart, the records behind each, exported for the county</source>
        <translation>本季度各项统计数据的表格和图表、每个数据背后的记录，可导出上报</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>统计(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
</context>
<context>
    <name>casedesk::OptionalDateEdit</name>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Type the date as year-month-day; Delete empties it.</source>
        <translation>按“年-月-日”输入日期；按 Delete 清空。</translation>
    </message>
</context>
<context>
    <name>casedesk::PaperOutput</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>将 %1 另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>casedesk::PasswordResetDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Choose a new password for your own account.</source>
        <translation>为您本人的账户设置新密码。</translation>
    </message>
    <message>
        <source>Choose a new password for %1. They must replace it with one of their own when they next sign in.</source>
        <translation>为 %1 设置新密码。其下次登录时须改为自己的密码。</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>casedesk::PenaltyDialog</name>
    <message>
        <source>Add Penalty</source>
        <translation>添加处罚</translation>
    </message>
    <message>
        <source>Edit Penalty</source>
        <translation>编辑处罚</translation>
    </message>
    <message>
        <source>In yuan, e.g. 50000 or 5万</source>
        <translation>单位：元，如 50000 或 5万</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>provision (fine range)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No applied provision: add one under Provisions</source>
        <translation>没有处罚依据：请在“法律条款”中添加</translation>
    </message>
    <message>
        <source>The illegal income or the goods' value, in yuan</source>
        <translation>违法所得或货值金额，单位：元</translation>
    </message>
    <message>
        <source>The party holds no licence in the register</source>
        <translation>名录中当事人没有许可证</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>种类(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Provision applied:</source>
        <translation>处罚依据(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Basis amount:</source>
        <translation>计算基数(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>幅度：</translation>
    </message>
    <message>
        <source>Benchmark:</source>
        <translation>裁量基准：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>裁量档次(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Why this tier:</source>
        <translation>裁量理由(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <translation>期限(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>许可证(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;What to correct:</source>
        <translation>改正内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Correct &amp;by:</source>
        <translation>改正期限(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Goods confiscated:</source>
        <translation>没收财物(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Transferred to:</source>
        <translation>移送至(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose the applied provision the fine rests on.</source>
        <translation>请选择罚款所依据的处罚条款。</translation>
    </message>
    <message>
        <source>%1; give the basis amount.</source>
        <translation>%1；请填写计算基数。</translation>
    </message>
    <message>
        <source>%1–%2 yuan</source>
        <translation>%1–%2 元</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <comment>tier from–to</comment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 yuan is outside the range.</source>
        <translation>%1 元超出罚款幅度。</translation>
    </message>
    <message>
        <source>%1 yuan falls in the %2 band.</source>
        <translation>%1 元属于%2档。</translation>
    </message>
</context>
<context>
    <name>casedesk::PenaltyEditor</name>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>裁量档次</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Add Penalty…</source>
        <translation>添加处罚(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit Penalty…</source>
        <translation>编辑处罚…</translation>
    </message>
    <message>
        <source>Remove Penalty</source>
        <translation>删除处罚</translation>
    </message>
</context>
<context>
    <name>casedesk::PlanEntriesPanel</name>
    <message>
        <source>Campaign or Key Period</source>
        <translation>专项检查或重点时段</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>监管领域</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>股室</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <source>Campaigns and key periods</source>
        <translation>专项检查和重点时段</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>新建专项检查(&amp;N)…</translation>
    </message>
    <message>
        <source>Plan a special campaign or a key-period check with its target units</source>
        <translation>安排专项检查或重点时段检查及其检查对象</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>删除(&amp;V)…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>编辑专项检查</translation>
    </message>
    <message>
        <source>Remove Campaign</source>
        <translation>删除专项检查</translation>
    </message>
    <message>
        <source>Remove “%1” from the plan? Inspections already recorded for it stay.</source>
        <translation>从计划中删除“%1”？已录入的相关检查记录仍将保留。</translation>
    </message>
</context>
<context>
    <name>casedesk::PlanEntryDialog</name>
    <message>
        <source>New Campaign or Key Period</source>
        <translation>新建专项检查或重点时段</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>E.g. 2026年电梯安全专项检查 or 春节期间特种设备安全检查</source>
        <translation>例如：2026年电梯安全专项检查 或 春节期间特种设备安全检查</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Target units</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>The units the campaign must inspect. Delete removes the selected one.</source>
        <translation>本次专项检查须检查的单位。按 Delete 键删除所选单位。</translation>
    </message>
    <message>
        <source>Re&amp;move Unit</source>
        <translation>删除单位(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>监管领域(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Runs from:</source>
        <translation>起始日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>股室(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>T&amp;arget units:</source>
        <translation>检查对象(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>entity name and code</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Entity %1</source>
        <comment>an entity no longer found in the register</comment>
        <translation>单位 %1</translation>
    </message>
</context>
<context>
    <name>casedesk::PlanPage</name>
    <message>
        <source>&amp;Record Inspection…</source>
        <translation>录入检查记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Record an inspection of the unit chosen in the plan</source>
        <translation>为计划中所选单位录入检查记录</translation>
    </message>
    <message>
        <source>Random &amp;Draw…</source>
        <translation>随机抽取(&amp;D)…</translation>
    </message>
    <message>
        <source>Draw units at random and pair each with inspectors (双随机)</source>
        <translation>随机抽取单位，并为每家单位随机匹配执法人员（双随机）</translation>
    </message>
    <message>
        <source>&amp;Conflicts of Interest…</source>
        <translation>回避(&amp;C)…</translation>
    </message>
    <message>
        <source>Who may not inspect which unit (回避), respected by every draw</source>
        <translation>哪些执法人员不得检查哪些单位（回避），每次随机抽取均予遵守</translation>
    </message>
    <message>
        <source>New &amp;Campaign…</source>
        <translation>新建专项检查(&amp;C)…</translation>
    </message>
    <message>
        <source>Plan a special campaign or key-period check of the year</source>
        <translation>安排本年度的专项检查或重点时段检查</translation>
    </message>
    <message>
        <source>Campaigns and Key Periods</source>
        <translation>专项检查和重点时段</translation>
    </message>
    <message>
        <source>Random Draws</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>Units due this year</source>
        <translation>本年度应检查单位</translation>
    </message>
    <message>
        <source>Units still due are listed first, in red. Enter or a double-click records an inspection of the unit.</source>
        <translation>尚未检查的单位以红色排在前面。按 Enter 或双击可为该单位录入检查记录。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The year of the plan</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>监管领域</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>全部监管领域</translation>
    </message>
    <message>
        <source>Due because of</source>
        <translation>应检查依据</translation>
    </message>
    <message>
        <source>Due because of the frequency rules, or of one campaign or key period</source>
        <translation>依据检查频次规定，或某项专项检查或重点时段而应检查</translation>
    </message>
    <message>
        <source>&amp;Still due only</source>
        <translation>仅显示尚未检查(&amp;S)</translation>
    </message>
    <message>
        <source>Search unit, code or township (Ctrl+F)</source>
        <translation>搜索单位、代码或乡镇（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows only the units whose name, code or township contain the words typed. Escape clears the search.</source>
        <translation>仅显示名称、代码或乡镇包含所输入字词的单位。按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>Search the plan</source>
        <translation>搜索检查计划</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>全部依据</translation>
    </message>
    <message>
        <source>The frequency rules</source>
        <translation>检查频次规定</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <comment>rows of the plan shown</comment>
        <translation>
            <numerusform>共 %Ln 家单位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::PlanProgressTable</name>
    <message>
        <source>Domain or Campaign</source>
        <translation>监管领域或专项检查</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应检查</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Still Due</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Double-click a line, or press Enter, to show its units below.</source>
        <translation>双击一行或按 Enter，在下方显示相应单位。</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>share of the plan done</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Whole bureau</source>
        <translation>全局</translation>
    </message>
</context>
<context>
    <name>casedesk::PlanRowModel</name>
    <message>
        <source>%1: still due, no finished inspection this year</source>
        <translation>%1：尚未检查，本年度无已完成的检查记录</translation>
    </message>
    <message numerus="yes">
        <source>%1: inspected %n time(s) this year</source>
        <translation>
            <numerusform>%1：本年度已检查 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Credit Code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>监管领域</translation>
    </message>
    <message>
        <source>Why Due</source>
        <translation>应检查依据</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <source>Last Inspected</source>
        <translation>最近检查日期</translation>
    </message>
</context>
<context>
    <name>casedesk::ProvisionDialog</name>
    <message>
        <source>the illegal income</source>
        <translation>违法所得</translation>
    </message>
    <message>
        <source>the goods' value</source>
        <translation>货值金额</translation>
    </message>
    <message>
        <source>《%1》%2</source>
        <comment>law and article</comment>
        <translation>《%1》%2</translation>
    </message>
    <message>
        <source>%1–%2 yuan</source>
        <translation>%1–%2 元</translation>
    </message>
    <message>
        <source>%1%–%2% of %3</source>
        <translation>%3的 %1%–%2%</translation>
    </message>
    <message>
        <source>no fine range</source>
        <translation>无罚款幅度</translation>
    </message>
    <message>
        <source>Add Provision</source>
        <translation>添加法律条款</translation>
    </message>
    <message>
        <source>Edit Provision</source>
        <translation>编辑法律条款</translation>
    </message>
    <message>
        <source>The law's name without 《》, e.g. 产品质量法</source>
        <translation>法律名称，不加《》，如：产品质量法</translation>
    </message>
    <message>
        <source>E.g. 第四十九条</source>
        <translation>如：第四十九条</translation>
    </message>
    <message>
        <source>No fine</source>
        <translation>无罚款</translation>
    </message>
    <message>
        <source>Fixed range in yuan</source>
        <translation>固定金额幅度（元）</translation>
    </message>
    <message>
        <source>Multiples of an amount</source>
        <translation>按金额的倍数</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>of</source>
        <translation>计算基数</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>类别(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>法律(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>条款(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>条文(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Fine range:</source>
        <translation>罚款幅度(&amp;F)：</translation>
    </message>
    <message>
        <source>Law: give the law's name.</source>
        <translation>法律：请填写法律名称。</translation>
    </message>
    <message>
        <source>Lowest fine: %1</source>
        <translation>罚款下限：%1</translation>
    </message>
    <message>
        <source>Highest fine: %1</source>
        <translation>罚款上限：%1</translation>
    </message>
</context>
<context>
    <name>casedesk::ProvisionEditor</name>
    <message>
        <source>Role</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>Fine range</source>
        <translation>罚款幅度</translation>
    </message>
    <message>
        <source>From the &amp;Items…</source>
        <translation>从责任事项添加(&amp;I)…</translation>
    </message>
    <message>
        <source>The legal references of the chosen responsibility items</source>
        <translation>所选具体责任事项的法律依据</translation>
    </message>
    <message>
        <source>Add by &amp;Hand…</source>
        <translation>手动添加(&amp;H)…</translation>
    </message>
    <message>
        <source>Edit Provision…</source>
        <translation>编辑条款…</translation>
    </message>
    <message>
        <source>Remove Provision</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <source>Provisions from the Items</source>
        <translation>从责任事项添加法律条款</translation>
    </message>
    <message>
        <source>Choose the responsibility items the case carries out first.</source>
        <translation>请先选择案件所履行的具体责任事项。</translation>
    </message>
    <message>
        <source>The chosen items cite no legal provision. Add it by hand.</source>
        <translation>所选事项没有引用法律条款，请手动添加。</translation>
    </message>
    <message>
        <source>&amp;Add Ticked</source>
        <translation>添加勾选项(&amp;A)</translation>
    </message>
    <message>
        <source>Add as:</source>
        <translation>添加为：</translation>
    </message>
    <message>
        <source>Tick the provisions the case concerns:</source>
        <translation>请勾选本案涉及的法律条款：</translation>
    </message>
</context>
<context>
    <name>casedesk::Record</name>
    <message>
        <source>“%1” is no longer in the register.</source>
        <translation>“%1”已不在名录中。</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3, after this step. It is left as it is, so that change is not lost.</source>
        <translation>“%1”在这一步之后由%2于 %3 修改过。为不丢失该修改，保持现状。</translation>
    </message>
</context>
<context>
    <name>casedesk::RecusalDialog</name>
    <message>
        <source>Conflicts of Interest</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Credit Code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>回避理由</translation>
    </message>
    <message>
        <source>Declared On</source>
        <translation>申报日期</translation>
    </message>
    <message>
        <source>Declared conflicts of interest</source>
        <translation>已申报的回避</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>申报回避</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name and login</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No unit chosen yet.</source>
        <translation>尚未选择单位。</translation>
    </message>
    <message>
        <source>E.g. 近亲属在该单位任职</source>
        <translation>例如：近亲属在该单位任职</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>申报(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Inspector:</source>
        <translation>执法人员(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选择：%1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>entity name and code</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 will not be drawn for %2.</source>
        <translation>随机抽取时不会安排 %1 检查 %2。</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>已撤回。</translation>
    </message>
</context>
<context>
    <name>casedesk::RegisterActions</name>
    <message>
        <source>&amp;New Entity…</source>
        <translation>新增监管对象(&amp;N)…</translation>
    </message>
    <message>
        <source>Add an enterprise or institution to the register</source>
        <translation>向名录添加企业或机构</translation>
    </message>
    <message>
        <source>Import &amp;Register…</source>
        <translation>导入名录(&amp;R)…</translation>
    </message>
    <message>
        <source>Load entities, licences or special equipment from a CSV file</source>
        <translation>从 CSV 文件导入监管对象、许可证或特种设备</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>新增监管对象</translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>编辑监管对象</translation>
    </message>
    <message>
        <source>Remove Entity</source>
        <translation>删除监管对象</translation>
    </message>
    <message>
        <source>Remove “%1” from the register?</source>
        <translation>从名录中删除“%1”？</translation>
    </message>
    <message>
        <source>Its licences and special equipment are removed with it. Undo (Ctrl+Z) brings them back; the audit trail records who removed them and when.</source>
        <translation>其许可证和特种设备一并删除。撤销（Ctrl+Z）可恢复；审计日志记录删除人和时间。</translation>
    </message>
    <message>
        <source>New Licence</source>
        <translation>新增许可证</translation>
    </message>
    <message>
        <source>Edit Licence</source>
        <translation>编辑许可证</translation>
    </message>
    <message>
        <source>Change Licence Status</source>
        <translation>变更许可证状态</translation>
    </message>
    <message>
        <source>Remove Licence</source>
        <translation>删除许可证</translation>
    </message>
    <message>
        <source>Remove the licence “%1”?</source>
        <translation>删除许可证“%1”？</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back; the audit trail records who removed it and when. To record that a licence was withdrawn or revoked, change its status instead.</source>
        <translation>撤销（Ctrl+Z）可恢复；审计日志记录删除人和时间。如需记录许可证被撤回或撤销，请变更其状态。</translation>
    </message>
    <message>
        <source>New Special Equipment</source>
        <translation>新增特种设备</translation>
    </message>
    <message>
        <source>Edit Special Equipment</source>
        <translation>编辑特种设备</translation>
    </message>
    <message>
        <source>Remove Special Equipment</source>
        <translation>删除特种设备</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back; the audit trail records who removed it and when. A unit taken out of service should rather be marked stopped or scrapped.</source>
        <translation>撤销（Ctrl+Z）可恢复；审计日志记录删除人和时间。停止使用的设备宜标为停用或报废。</translation>
    </message>
    <message>
        <source>Import Register</source>
        <translation>导入名录</translation>
    </message>
</context>
<context>
    <name>casedesk::RegisterControls</name>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export Excel Workbook</source>
        <translation>导出 Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>casedesk::RegisterFileDialogs</name>
    <message>
        <source>Export %1 as CSV</source>
        <translation>将%1导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Excel Workbook</source>
        <translation>导出 Excel 工作簿</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>监管对象名录</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>casedesk::RegisterImportDialog</name>
    <message>
        <source>Import Register</source>
        <translation>导入名录</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel or WPS (UTF-8 or GB18030)</source>
        <translation>从 Excel 或 WPS 保存的 CSV 文件（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表(&amp;T)：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>第一行</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>检查(&amp;K)</translation>
    </message>
    <message>
        <source>Reads every row and lists what is wrong, without storing anything</source>
        <translation>读取每一行并列出问题，不保存任何数据</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row.</source>
        <translation>%1 是空的：没有标题行。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n data row(s)</source>
        <comment>encoding, rows</comment>
        <translation>
            <numerusform>%1，%n 行数据</numerusform>
        </translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>已读取 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until they are put right.</source>
        <translation>
            <numerusform>%n 处问题：改正之前不能导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n record(s) can be imported.</source>
        <translation>
            <numerusform>没有问题：可导入 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to look at.</source>
        <translation>
            <numerusform>%n 条提示需要查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>导入已取消，未保存任何数据。</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>未保存任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>已导入 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>casedesk::RegisterUndoCommand</name>
    <message>
        <source>Add %1</source>
        <comment>undo command: a record was added</comment>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>undo command: a record was edited</comment>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <comment>undo command: a record was removed</comment>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>“%1” could not be undone.</source>
        <translation>“%1”无法撤销。</translation>
    </message>
    <message>
        <source>“%1” could not be redone.</source>
        <translation>“%1”无法重做。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>casedesk::ResponsibilityListModel</name>
    <message>
        <source>Responsibility list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>Responsible sections</source>
        <translation>责任股室</translation>
    </message>
</context>
<context>
    <name>casedesk::SamplerPicker</name>
    <message>
        <source>Samplers</source>
        <translation>抽样人员</translation>
    </message>
    <message>
        <source>Tick at least two staff whose enforcement certificate is valid on the day (Space ticks).</source>
        <translation>请至少勾选两名当日执法证有效的人员（按空格键勾选）。</translation>
    </message>
    <message>
        <source>no valid certificate</source>
        <translation>无有效证件</translation>
    </message>
    <message>
        <source>certificate %1, valid until %2</source>
        <translation>证件 %1，有效期至 %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>a sampler and the certificate</comment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>casedesk::SamplingActions</name>
    <message>
        <source>Edit Sampling Batch</source>
        <translation>编辑抽查批次</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>监督抽查</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>The objection is recorded. Create the re-test batch (复检) now?</source>
        <translation>已记录异议。是否现在创建复检批次？</translation>
    </message>
    <message>
        <source>Re-check Requested</source>
        <translation>申请复查</translation>
    </message>
    <message>
        <source>The request is recorded; the re-check must be sampled within 15 days. Create the re-check batch (复查) now?</source>
        <translation>已记录复查申请；须在 15 日内进行复查抽样。是否现在创建复查批次？</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>立案查处</translation>
    </message>
    <message>
        <source>Register a lead against %1 for %2 (batch %3)?</source>
        <translation>是否针对 %1 的 %2（批次 %3）登记案件线索？</translation>
    </message>
    <message>
        <source>Lead %1 registered for batch %2.</source>
        <translation>已为批次 %2 登记案件线索 %1。</translation>
    </message>
    <message>
        <source>Discard Batch</source>
        <translation>作废批次</translation>
    </message>
    <message>
        <source>Discard batch %1 (%2, %3)? It is kept as removed.</source>
        <translation>作废批次 %1（%2，%3）？该批次将标记为已删除并保留。</translation>
    </message>
</context>
<context>
    <name>casedesk::SamplingDetailView</name>
    <message>
        <source>Sampling batch</source>
        <translation>抽查批次</translation>
    </message>
    <message>
        <source>met late, on %1</source>
        <translation>逾期办理，于 %1</translation>
    </message>
    <message>
        <source>met on %1</source>
        <translation>已于 %1 办理</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>%1 (certificate %2)</source>
        <translation>%1（证件 %2）</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>原批次</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Production batch</source>
        <translation>生产批号</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>商标</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>抽样数量</translation>
    </message>
    <message>
        <source>Sampled from</source>
        <translation>抽样地点</translation>
    </message>
    <message>
        <source>Sampled on</source>
        <translation>抽样日期</translation>
    </message>
    <message>
        <source>Samplers</source>
        <translation>抽样人员</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>检验机构</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>执行标准</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>股室</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检验结果</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>检验报告</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>不合格项目</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Objected on</source>
        <translation>异议日期</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>整改日期</translation>
    </message>
    <message>
        <source>Re-check requested on</source>
        <translation>申请复查日期</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件线索</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Batches that follow</source>
        <translation>后续批次</translation>
    </message>
    <message>
        <source>closed, not used</source>
        <translation>已届满，未提出</translation>
    </message>
</context>
<context>
    <name>casedesk::SamplingFilterBar</name>
    <message>
        <source>Search batch, enterprise, product, lab or plan (Ctrl+F)</source>
        <translation>搜索批次、企业、产品、检验机构或抽查计划（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows only the batches whose number, enterprise, product, lab or plan contain the text typed. Escape clears the search.</source>
        <translation>仅显示编号、企业、产品、检验机构或抽查计划包含所输入文字的批次。按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>Search the sampling batches</source>
        <translation>搜索抽查批次</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>股室</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部股室</translation>
    </message>
    <message>
        <source>Sampled from</source>
        <translation>抽样日期自</translation>
    </message>
    <message>
        <source>Sampled until</source>
        <translation>抽样日期至</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检验结果</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>抽查类型</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Sampled &amp;from</source>
        <translation>抽样日期自(&amp;F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <comment>count of the sampling batches shown</comment>
        <translation>
            <numerusform>共 %Ln 个批次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::SamplingFormDialog</name>
    <message>
        <source>New Sampling Batch</source>
        <translation>新建抽查批次</translation>
    </message>
    <message>
        <source>New %1 of %2</source>
        <translation>新建 %2 的%1</translation>
    </message>
    <message>
        <source>Edit Sampling Batch %1</source>
        <translation>编辑抽查批次 %1</translation>
    </message>
    <message>
        <source>E.g. 2026年县级产品质量监督抽查计划</source>
        <translation>例如：2026年县级产品质量监督抽查计划</translation>
    </message>
    <message>
        <source>With the unit, e.g. 6 件</source>
        <translation>含计量单位，例如：6 件</translation>
    </message>
    <message>
        <source>E.g. 成品库 (stock for sale, never chosen by the enterprise)</source>
        <translation>例如：成品库（待销产品，不得由企业挑选）</translation>
    </message>
    <message>
        <source>The qualified testing lab</source>
        <translation>具备资质的检验机构</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>抽查计划(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>企业(&amp;E)：</translation>
    </message>
    <message>
        <source>Pr&amp;oduct:</source>
        <translation>产品名称(&amp;O)：</translation>
    </message>
    <message>
        <source>Spec&amp;ification:</source>
        <translation>规格型号(&amp;I)：</translation>
    </message>
    <message>
        <source>Production &amp;batch:</source>
        <translation>生产批号(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Trademark:</source>
        <translation>商标(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>抽样数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Sampled f&amp;rom:</source>
        <translation>抽样地点(&amp;R)：</translation>
    </message>
    <message>
        <source>Sampled o&amp;n:</source>
        <translation>抽样日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Sa&amp;mplers:</source>
        <translation>抽样人员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Lab:</source>
        <translation>检验机构(&amp;L)：</translation>
    </message>
    <message>
        <source>St&amp;andard:</source>
        <translation>执行标准(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>股室(&amp;S)：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>&amp;Create Batch</source>
        <translation>创建批次(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选择：%1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>entity name and code</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 following batch %2: the enterprise and the product are those of the batch followed.</source>
        <translation>针对批次 %2 的%1：企业和产品与原批次相同。</translation>
    </message>
    <message>
        <source>Plan sampling. The same product of the same enterprise is sampled at most twice a year, and not twice in one quarter.</source>
        <translation>计划抽查。同一企业的同一产品每年最多抽查两次，且同一季度内不得重复抽查。</translation>
    </message>
    <message>
        <source>No enterprise chosen yet.</source>
        <translation>尚未选择企业。</translation>
    </message>
</context>
<context>
    <name>casedesk::SamplingListModel</name>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>抽查类型</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Sampled On</source>
        <translation>抽样日期</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>检验机构</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检验结果</translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next Due</source>
        <translation>下一到期日</translation>
    </message>
</context>
<context>
    <name>casedesk::SamplingPage</name>
    <message>
        <source>&amp;New Batch…</source>
        <translation>新建批次(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a batch of supervision sampling</source>
        <translation>录入监督抽查批次</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the batch's plan, product, samples or samplers</source>
        <translation>修改批次的抽查计划、产品、样品或抽样人员</translation>
    </message>
    <message>
        <source>Enter &amp;Result…</source>
        <translation>录入检验结果(&amp;R)…</translation>
    </message>
    <message>
        <source>The lab's result: pass or fail, the report</source>
        <translation>检验机构的检验结果：合格或不合格，及检验报告</translation>
    </message>
    <message>
        <source>&amp;Delivered…</source>
        <translation>送达(&amp;D)…</translation>
    </message>
    <message>
        <source>The day the report reached the enterprise: the 15 days to object start</source>
        <translation>检验报告送达企业的日期：15 日异议期自此起算</translation>
    </message>
    <message>
        <source>&amp;Objection…</source>
        <translation>异议(&amp;O)…</translation>
    </message>
    <message>
        <source>The enterprise objected to the result; then create the re-test batch (复检)</source>
        <translation>企业对检验结果提出异议；随后创建复检批次</translation>
    </message>
    <message>
        <source>Recti&amp;fied…</source>
        <translation>已整改(&amp;F)…</translation>
    </message>
    <message>
        <source>The enterprise reports the failed product rectified</source>
        <translation>企业报告不合格产品已整改</translation>
    </message>
    <message>
        <source>Re-&amp;check Requested…</source>
        <translation>申请复查(&amp;C)…</translation>
    </message>
    <message>
        <source>The enterprise asks for a re-check; then create the re-check batch (复查)</source>
        <translation>企业申请复查；随后创建复查批次</translation>
    </message>
    <message>
        <source>Open &amp;Case…</source>
        <translation>立案查处(&amp;C)…</translation>
    </message>
    <message>
        <source>Register a lead from the failed batch</source>
        <translation>根据不合格批次登记案件线索</translation>
    </message>
    <message>
        <source>Discard Batch…</source>
        <translation>作废批次…</translation>
    </message>
    <message>
        <source>Remove a batch still awaiting its result</source>
        <translation>删除尚在等待检验结果的批次</translation>
    </message>
    <message>
        <source>&amp;Print Notice…</source>
        <translation>打印通知书(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the sampling notice (抽查通知书) on A4</source>
        <translation>预览并以 A4 纸打印抽查通知书</translation>
    </message>
    <message>
        <source>Save Notice as P&amp;DF…</source>
        <translation>将通知书保存为PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the sampling notice as PDF</source>
        <translation>将抽查通知书保存为 PDF</translation>
    </message>
    <message>
        <source>Sampling batches</source>
        <translation>抽查批次</translation>
    </message>
    <message>
        <source>No sampling batch to show. Record one with New Batch.</source>
        <translation>没有可显示的抽查批次。请使用“新建批次”录入。</translation>
    </message>
    <message>
        <source>No batch matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的批次。</translation>
    </message>
</context>
<context>
    <name>casedesk::SamplingStepDialog</name>
    <message>
        <source>Enter Result of %1</source>
        <translation>录入 %1 的检验结果</translation>
    </message>
    <message>
        <source>The lab's test report for %1 (%2).</source>
        <translation>检验机构出具的 %1（%2）检验报告。</translation>
    </message>
    <message>
        <source>The items that failed (不合格项目), one a line</source>
        <translation>不合格项目，每行一项</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>检验结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Report &amp;number:</source>
        <translation>报告编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Report &amp;dated:</source>
        <translation>报告日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Failed items:</source>
        <translation>不合格项目(&amp;F)：</translation>
    </message>
    <message>
        <source>Report Delivered: %1</source>
        <translation>检验报告送达：%1</translation>
    </message>
    <message>
        <source>The day the test report reached %1. The 15 days to object count from the day after.</source>
        <translation>检验报告送达 %1 的日期。15 日异议期自次日起算。</translation>
    </message>
    <message>
        <source>&amp;Delivered on:</source>
        <translation>送达日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Objection: %1</source>
        <translation>异议：%1</translation>
    </message>
    <message>
        <source>%1 objected to the result (复检). A re-test batch can be created next.</source>
        <translation>%1 对检验结果提出异议（申请复检）。接下来可创建复检批次。</translation>
    </message>
    <message>
        <source>&amp;Objected on:</source>
        <translation>异议日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Rectification Done: %1</source>
        <translation>整改完成：%1</translation>
    </message>
    <message>
        <source>The day %1 reported the failed product rectified.</source>
        <translation>%1 报告不合格产品整改完成的日期。</translation>
    </message>
    <message>
        <source>&amp;Rectified on:</source>
        <translation>整改日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Re-check Requested: %1</source>
        <translation>申请复查：%1</translation>
    </message>
    <message>
        <source>The day %1 asked for a re-check. The bureau must sample within 15 days.</source>
        <translation>%1 申请复查的日期。本局须在 15 日内进行抽样。</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>申请日期(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>casedesk::SearchField</name>
    <message>
        <source>Search responsibility items (Ctrl+F), e.g. 电梯 or 计量</source>
        <translation>搜索具体责任事项（Ctrl+F），如：电梯、计量</translation>
    </message>
    <message>
        <source>Shows only the items whose text, duty, sections, legal basis or supervision system contain every word typed. Escape clears the search.</source>
        <translation>只显示事项内容、主要职责、责任股室、追责依据或事中事后监管制度中包含所输入全部词语的事项。按 Esc 键清除搜索。</translation>
    </message>
</context>
<context>
    <name>casedesk::SessionControls</name>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>person · roles</comment>
        <extracomment>The signed-in person in the status bar: "张三 (zhangsan) · 管理员"</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>casedesk::SessionStarter</name>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>The database could not be opened; CaseDesk keeps working on %1.

%2</source>
        <translation>无法打开该数据库；CaseDesk 继续使用 %1。

%2</translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when CaseDesk is restarted.</source>
        <translation>更改的界面语言将在重新启动 CaseDesk 后生效。</translation>
    </message>
</context>
<context>
    <name>casedesk::SetupDialog</name>
    <message>
        <source>Set Up CaseDesk</source>
        <translation>初始设置 CaseDesk</translation>
    </message>
    <message>
        <source>The database %1 is new. Enter your bureau's details and create the first administrator's account; the administrator then adds the colleagues.</source>
        <translation>数据库 %1 是新建的。请填写本局信息并创建第一位管理员的账户；之后由管理员添加其他同事。</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>The abbreviation that starts the bureau's case numbers.</source>
        <translation>本局案号开头的简称。</translation>
    </message>
    <message>
        <source>A short code for this computer (letters, digits or '-'), different on every workstation of the bureau. It cannot be changed later.</source>
        <translation>本计算机的简短代码（字母、数字或“-”），本局每个工作站各不相同。以后不能修改。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>CaseDesk locks itself after this many minutes without use.</source>
        <translation>CaseDesk 在无人使用这么多分钟后自动锁定。</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>本局</translation>
    </message>
    <message>
        <source>Bureau &amp;name:</source>
        <translation>机构名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Case number &amp;abbreviation:</source>
        <translation>案号简称(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Workstation code:</source>
        <translation>工作站代码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>锁定时间(&amp;L)：</translation>
    </message>
    <message>
        <source>8 to 128 characters with letters and digits, not the login.</source>
        <translation>8 至 128 个字符，须含字母和数字，不能与登录名相同。</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>第一位管理员</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>登录名(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Set Up</source>
        <translation>完成设置(&amp;S)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Set &amp;up a new bureau</source>
        <translation>初始设置新机构(&amp;U)</translation>
    </message>
    <message>
        <source>Join an &amp;existing bureau</source>
        <translation>加入已有机构(&amp;E)</translation>
    </message>
    <message>
        <source>Exchange with the bureau's other workstations</source>
        <translation>与本局其他工作站交换数据</translation>
    </message>
    <message>
        <source>S&amp;ync key:</source>
        <translation>同步密钥(&amp;Y)：</translation>
    </message>
    <message>
        <source>The database %1 is new. This workstation joins its bureau: it takes the bureau's data from a full export of another workstation.</source>
        <translation>数据库 %1 是新建的。本工作站将加入本局：从另一工作站的完整导出文件中获取本局的数据。</translation>
    </message>
    <message>
        <source>Required: the key the bureau's other workstations use.</source>
        <translation>必填：本局其他工作站使用的密钥。</translation>
    </message>
    <message>
        <source>This workstation already holds a key (fingerprint %1); leave the field empty to use it.</source>
        <translation>本工作站已有一个密钥（指纹 %1）；如要使用该密钥，请将此栏留空。</translation>
    </message>
    <message>
        <source>Recommended: a secret of at least %1 characters, then given to every workstation of the bureau. Without it, an administrator enters it later (Tools → Sync Key) before exchanging files.</source>
        <translation>建议填写：至少 %1 个字符的密钥，之后提供给本局每个工作站。如不填写，须由管理员在交换文件前另行输入（工具 → 同步密钥）。</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>The bureau was set up, but the sync key was not stored: %1

Enter it with Tools → Sync Key before exchanging files.</source>
        <translation>本局已完成初始设置，但同步密钥未保存：%1

请在交换文件前通过“工具 → 同步密钥”输入。</translation>
    </message>
    <message>
        <source>Join the Bureau</source>
        <translation>加入本局</translation>
    </message>
    <message>
        <source>This workstation (%1) has joined %2.</source>
        <translation>本工作站（%1）已加入 %2。</translation>
    </message>
    <message>
        <source>%1 records and %2 audit entries came from workstation %3. Sign in with your account of the bureau.</source>
        <translation>已从工作站 %3 获得 %1 条记录和 %2 条审计条目。请用您在本局的账户登录。</translation>
    </message>
</context>
<context>
    <name>casedesk::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>casedesk::StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Show deactivated accounts</source>
        <translation>显示已停用账户(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
</context>
<context>
    <name>casedesk::StaffEditDialog</name>
    <message>
        <source>Add Staff Account</source>
        <translation>添加人员账户</translation>
    </message>
    <message>
        <source>Edit Staff Account</source>
        <translation>编辑人员账户</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>股室(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>&amp;Enforcement certificate no.:</source>
        <translation>执法证号(&amp;E)：</translation>
    </message>
    <message>
        <source>valid &amp;from</source>
        <translation>有效期起(&amp;F)</translation>
    </message>
    <message>
        <source>valid &amp;until</source>
        <translation>有效期至(&amp;U)</translation>
    </message>
    <message>
        <source>Special-e&amp;quipment certificate no.:</source>
        <translation>特种设备证号(&amp;Q)：</translation>
    </message>
    <message>
        <source>valid fro&amp;m</source>
        <translation>有效期起(&amp;M)</translation>
    </message>
    <message>
        <source>valid un&amp;til</source>
        <translation>有效期至(&amp;T)</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>The person must choose their own password when they first sign in.</source>
        <translation>此人首次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>casedesk::StaffTableModel</name>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Certificate %1 expired on %2.</source>
        <translation>证件 %1 已于 %2 过期。</translation>
    </message>
    <message>
        <source>Certificate %1 is valid only from %2.</source>
        <translation>证件 %1 自 %2 起才有效。</translation>
    </message>
    <message>
        <source>Certificate %1 is valid from %2 until %3.</source>
        <translation>证件 %1 有效期为 %2 至 %3。</translation>
    </message>
    <message>
        <source>Certificate %1 is valid until %2.</source>
        <translation>证件 %1 有效期至 %2。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>股室</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Enforcement certificate</source>
        <translation>执法证</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Special-equipment certificate</source>
        <translation>特种设备证</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>casedesk::StartPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <source>&amp;Warn this far ahead:</source>
        <translation>提前提示(&amp;W)：</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Days Left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>设备类别</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>注册代码</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>使用地点</translation>
    </message>
    <message>
        <source>Inspection Due</source>
        <translation>检验到期日</translation>
    </message>
    <message>
        <source>Credit Code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Why an inspection is required</source>
        <translation>需要检查的原因</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open the entity in the register.</source>
        <translation>双击一行或按 Enter，在名录中打开该单位。</translation>
    </message>
    <message>
        <source>Due and overdue · %1</source>
        <translation>到期与逾期 · %1</translation>
    </message>
    <message numerus="yes">
        <source>licence(s) expiring within %n day(s)</source>
        <translation>
            <numerusform>个许可证 %n 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>licence(s) expired but still valid</source>
        <translation>个许可证已过期但仍记为有效</translation>
    </message>
    <message numerus="yes">
        <source>inspection(s) due within %n day(s)</source>
        <translation>
            <numerusform>台设备 %n 天内检验到期</numerusform>
        </translation>
    </message>
    <message>
        <source>inspection(s) overdue</source>
        <translation>台设备检验逾期</translation>
    </message>
    <message>
        <source>entities not yet inspected this year</source>
        <translation>家单位本年尚未检查</translation>
    </message>
    <message>
        <source>Licences expiring (the first %1 of %2)</source>
        <translation>即将到期的许可证（共 %2 个，显示前 %1 个）</translation>
    </message>
    <message>
        <source>Licences expiring (%1)</source>
        <translation>即将到期的许可证（%1）</translation>
    </message>
    <message>
        <source>Special equipment inspections due (the first %1 of %2)</source>
        <translation>特种设备检验到期（共 %2 台，显示前 %1 台）</translation>
    </message>
    <message>
        <source>Special equipment inspections due (%1)</source>
        <translation>特种设备检验到期（%1）</translation>
    </message>
    <message>
        <source>Entities to inspect this year, not yet inspected (the first %1 of %2)</source>
        <translation>本年应检查尚未检查的单位（共 %2 家，显示前 %1 家）</translation>
    </message>
    <message>
        <source>Entities to inspect this year, not yet inspected (%1)</source>
        <translation>本年应检查尚未检查的单位（%1）</translation>
    </message>
    <message>
        <source>How many days ahead the page warns of case deadlines, expiring licences and inspections falling due</source>
        <translation>首页提前多少天提示案件期限、即将到期的许可证和到期的检验</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open the case.</source>
        <translation>双击一行或按 Enter，打开该案件。</translation>
    </message>
    <message numerus="yes">
        <source>case deadline(s) within %n day(s)</source>
        <translation>
            <numerusform>项案件期限 %n 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>case deadline(s) overdue</source>
        <translation>项案件期限已逾期</translation>
    </message>
    <message>
        <source>Case deadlines (the first %1 of %2)</source>
        <translation>案件期限（共 %2 项，显示前 %1 项）</translation>
    </message>
    <message>
        <source>Case deadlines (%1)</source>
        <translation>案件期限（%1）</translation>
    </message>
    <message>
        <source>Seizure ends</source>
        <translation>查封扣押届满</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处罚决定</translation>
    </message>
    <message>
        <source>follow-up(s) of inspections and sampling overdue</source>
        <translation>项监督检查和监督抽查后续处理已逾期</translation>
    </message>
</context>
<context>
    <name>casedesk::SummaryChartWidget</name>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>本期没有可显示的数据。</translation>
    </message>
</context>
<context>
    <name>casedesk::SummaryComputation</name>
    <message>
        <source>Computing the summary for %1…</source>
        <translation>正在计算%1的统计……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Quarterly Summary</source>
        <translation>季度统计</translation>
    </message>
    <message>
        <source>Could not compute the summary: %1</source>
        <translation>无法计算统计：%1</translation>
    </message>
</context>
<context>
    <name>casedesk::SummaryDrillDownDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No records are behind this figure.</source>
        <translation>该数据没有对应的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n record(s). Double-click or press Enter to open one.</source>
        <translation>
            <numerusform>%1 — %2：共 %n 条记录。双击或按回车键打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unit or party</source>
        <translation>单位或当事人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>股室</translation>
    </message>
    <message>
        <source>Records behind the figure</source>
        <translation>数据对应的记录</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n record(s); the newest %3 are listed. Double-click or press Enter to open one.</source>
        <translation>
            <numerusform>%1 — %2：共 %n 条记录，列出最新的 %3 条。双击或按回车键打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::SummaryExportFileDialog</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file for Excel or WPS (*.csv)</source>
        <translation>供 Excel 或 WPS 打开的 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Summary</source>
        <translation>导出统计</translation>
    </message>
</context>
<context>
    <name>casedesk::SummaryPage</name>
    <message>
        <source>Section</source>
        <translation>股室</translation>
    </message>
    <message>
        <source>Whole bureau</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>Sect&amp;ion</source>
        <translation>股室(&amp;I)</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Count the records of the period chosen</source>
        <translation>统计所选期间的记录</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the summary as an Excel workbook, CSV or PDF</source>
        <translation>将统计保存为 Excel 工作簿、CSV 或 PDF</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>打印预览(&amp;W)…</translation>
    </message>
    <message>
        <source>Preview and print the summary on A4</source>
        <translation>预览并以 A4 纸打印统计</translation>
    </message>
    <message>
        <source>Quarterly Summary</source>
        <translation>季度统计</translation>
    </message>
    <message>
        <source>Computed %1</source>
        <translation>已计算：%1</translation>
    </message>
    <message>
        <source>Export Summary</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Could not list the records behind %1: %2</source>
        <translation>无法列出 %1 对应的记录：%2</translation>
    </message>
    <message>
        <source>Choose the period and the section, then press Compute (Ctrl+Return).</source>
        <translation>请选择期间和股室，然后点击“计算”（Ctrl+回车）。</translation>
    </message>
    <message>
        <source>States as of %1</source>
        <translation>状态截至 %1</translation>
    </message>
    <message>
        <source>compared with %1 and %2</source>
        <translation>对比 %1 和 %2</translation>
    </message>
    <message>
        <source>duties after the responsibility list %1</source>
        <translation>履职情况依据 %1 版责任清单</translation>
    </message>
    <message>
        <source>The summary shown is not of the period and section chosen: press Compute.</source>
        <translation>当前显示的统计不是所选期间和股室的：请点击“计算”。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>casedesk::SummaryPeriodPicker</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>First quarter</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>Second quarter</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>Third quarter</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>Fourth quarter</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>起(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>止(&amp;T)</translation>
    </message>
</context>
<context>
    <name>casedesk::SummaryTableModel</name>
    <message>
        <source>Double-click or press Enter to list the records behind this figure</source>
        <translation>双击或按回车键列出该数据对应的记录</translation>
    </message>
</context>
<context>
    <name>casedesk::SummaryTabs</name>
    <message>
        <source>Summary tables</source>
        <translation>统计表</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>casedesk::SupervisionPaperPrinter</name>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存PDF</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncConflictsDialog</name>
    <message>
        <source>Conflicts and Duplicates</source>
        <translation>冲突和重复记录</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>冲突（%1）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Duplicates (%1)</source>
        <translation>重复记录（%1）(&amp;D)</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncConflictsPanel</name>
    <message>
        <source>Show &amp;settled conflicts</source>
        <translation>显示已解决的冲突(&amp;S)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Take &amp;Mine</source>
        <translation>采用本工作站的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep this workstation's value (Ctrl+1)</source>
        <translation>保留本工作站的值（Ctrl+1）</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Keep the other workstation's value (Ctrl+2)</source>
        <translation>保留对方工作站的值（Ctrl+2）</translation>
    </message>
    <message>
        <source>Take &amp;Ancestor</source>
        <translation>采用共同祖先(&amp;A)</translation>
    </message>
    <message>
        <source>Go back to the value both sides started from (Ctrl+3)</source>
        <translation>恢复为双方修改前的原值（Ctrl+3）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Settled by a later change</source>
        <translation>已由后来的修改解决</translation>
    </message>
    <message>
        <source>took the ancestor</source>
        <translation>采用了共同祖先的值</translation>
    </message>
    <message>
        <source>took %1's value</source>
        <translation>采用了 %1 的值</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <extracomment>A settled conflict: who settled it, what they took, when.</extracomment>
        <translation>%1 %2，%3</translation>
    </message>
    <message>
        <source>No open conflicts: every field changed on two workstations has been settled.</source>
        <translation>没有待处理的冲突：在两个工作站上都被修改的字段均已解决。</translation>
    </message>
    <message>
        <source>Choose a conflict above to compare the two values.</source>
        <translation>请在上方选择一个冲突，比较两个值。</translation>
    </message>
    <message>
        <source>%1 of %2 “%3”</source>
        <translation>%2“%3”的%1</translation>
    </message>
    <message>
        <source>Resolve Conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>The conflict was not resolved; the record is as it was.

%1</source>
        <translation>冲突未解决；记录保持原样。

%1</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncControls</name>
    <message>
        <source>&amp;Export Exchange File…</source>
        <translation>导出交换文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the changes another workstation of the bureau does not hold yet, or everything, to a file</source>
        <translation>将本局另一工作站尚未持有的变更或全部数据写入文件</translation>
    </message>
    <message>
        <source>&amp;Import Exchange File…</source>
        <translation>导入交换文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Take in the records another workstation of the bureau exported</source>
        <translation>导入本局另一工作站导出的记录</translation>
    </message>
    <message>
        <source>Con&amp;flicts and Duplicates…</source>
        <translation>冲突和重复记录(&amp;F)…</translation>
    </message>
    <message>
        <source>Decide the fields two workstations changed and merge records made twice</source>
        <translation>裁定两个工作站都修改过的字段，合并重复录入的记录</translation>
    </message>
    <message>
        <source>Sync &amp;Key…</source>
        <translation>同步密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Give this workstation the bureau's new sync key</source>
        <translation>为本工作站设置本局的新同步密钥</translation>
    </message>
    <message>
        <source>Open Tools → Conflicts and Duplicates</source>
        <translation>打开“工具 → 冲突和重复记录”</translation>
    </message>
    <message>
        <source>Exchange: %1 conflicts, %2 duplicates open</source>
        <extracomment>On the status bar; a link that opens Tools → Conflicts and Duplicates.</extracomment>
        <translation>数据交换：待处理冲突 %1 个，重复记录 %2 对</translation>
    </message>
    <message>
        <source>Export Exchange File</source>
        <translation>导出交换文件</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
    <message>
        <source>The exchange file %1 was not written.

%2</source>
        <translation>未写入交换文件 %1。

%2</translation>
    </message>
    <message>
        <source>any workstation that joins the bureau</source>
        <translation>任何加入本局的工作站</translation>
    </message>
    <message>
        <source>workstation %1</source>
        <translation>工作站 %1</translation>
    </message>
    <message>
        <source>Exchange file written: %1 (%2)</source>
        <translation>已写入交换文件：%1（%2）</translation>
    </message>
    <message>
        <source>The exchange file for %1 was written to %2 (%3).</source>
        <translation>发给%1的交换文件已写入 %2（%3）。</translation>
    </message>
    <message>
        <source>It holds %1 records, %2 audit entries, %3 conflicts and %4 attachments. Take it to that workstation and import it there (Tools → Import Exchange File).</source>
        <translation>文件中含有 %1 条记录、%2 条审计条目、%3 个冲突和 %4 个附件。请将其带到该工作站并在那里导入（工具 → 导入交换文件）。</translation>
    </message>
    <message>
        <source>Import Exchange File</source>
        <translation>导入交换文件</translation>
    </message>
    <message>
        <source>CaseDesk exchange files (*.cdx);;All files (*)</source>
        <translation>CaseDesk 交换文件 (*.cdx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>The exchange file %1 was not imported; nothing was changed.

%2</source>
        <translation>未导入交换文件 %1，未作任何更改。

%2</translation>
    </message>
    <message>
        <source>Imported %1: %2 records received, %3 conflicts, %4 duplicates</source>
        <translation>已导入 %1：收到记录 %2 条，冲突 %3 个，重复记录 %4 对</translation>
    </message>
    <message>
        <source>%1 from workstation %2 was imported.</source>
        <translation>已导入来自工作站 %2 的 %1。</translation>
    </message>
    <message>
        <source>%1 records received: %2 added, %3 updated, %4 unchanged, %5 changed on both workstations and merged. %6 audit entries.</source>
        <translation>收到记录 %1 条：新增 %2 条，更新 %3 条，未变 %4 条，在两个工作站上都有修改并已合并 %5 条。审计条目 %6 条。</translation>
    </message>
    <message>
        <source>Waiting for a decision: %1 fields changed on both workstations and %2 pairs of records that look like duplicates.</source>
        <translation>有待裁定：在两个工作站上都被修改的字段 %1 个，疑似重复的记录 %2 对。</translation>
    </message>
    <message>
        <source>Open Con&amp;flicts and Duplicates…</source>
        <translation>打开冲突和重复记录(&amp;F)…</translation>
    </message>
    <message>
        <source>Conflicts and Duplicates</source>
        <translation>冲突和重复记录</translation>
    </message>
    <message>
        <source>The sync key was changed.</source>
        <translation>同步密钥已更换。</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncDuplicatesPanel</name>
    <message>
        <source>Show &amp;settled pairs</source>
        <translation>显示已处理的记录对(&amp;S)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Shared value</source>
        <translation>相同的值</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一条</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>第二条</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>The two records</source>
        <translation>两条记录</translation>
    </message>
    <message>
        <source>Merge, Keep the &amp;First</source>
        <translation>合并，保留第一条(&amp;F)</translation>
    </message>
    <message>
        <source>Merge, Keep the S&amp;econd</source>
        <translation>合并，保留第二条(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation>不是重复记录(&amp;N)</translation>
    </message>
    <message>
        <source>The two are different things: keep both and stop offering them</source>
        <translation>两者是不同的对象：两条都保留，不再提示合并</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A record of a duplicate pair and the workstation that made it: 永清县甲电线厂 (A)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Not duplicates (%1, %2)</source>
        <translation>不是重复记录（%1，%2）</translation>
    </message>
    <message>
        <source>Merged into the %1 (%2, %3)</source>
        <translation>已合并到%1（%2，%3）</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第一条</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第二条</translation>
    </message>
    <message>
        <source>No open duplicates.</source>
        <translation>没有待处理的重复记录。</translation>
    </message>
    <message>
        <source>Choose a pair above to compare the two records.</source>
        <translation>请在上方选择一对记录进行比较。</translation>
    </message>
    <message>
        <source>Two %1 records share %2. Compare them, then merge them into one or keep both.</source>
        <translation>两条%1记录具有相同的值 %2。请比较后将其合并为一条，或两条都保留。</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>第一条：%1</translation>
    </message>
    <message>
        <source>Second: %1</source>
        <translation>第二条：%1</translation>
    </message>
    <message>
        <source>Made on workstation</source>
        <translation>录入工作站</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Not Duplicates</source>
        <translation>不是重复记录</translation>
    </message>
    <message>
        <source>Keep both “%1” and “%2”?</source>
        <translation>同时保留“%1”和“%2”？</translation>
    </message>
    <message>
        <source>The two records stay as they are, and the pair is no longer offered for merging on this workstation.</source>
        <translation>两条记录保持不变，本工作站不再提示合并这一对记录。</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>两条都保留(&amp;K)</translation>
    </message>
    <message>
        <source>Merge Duplicates</source>
        <translation>合并重复记录</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?</source>
        <translation>将“%1”合并到“%2”？</translation>
    </message>
    <message>
        <source>Everything that refers to “%1” (licences, equipment, cases, inspections…) will refer to “%2” from now on. “%1” is then removed and kept only as a tombstone. The merge reaches the other workstations with the next exchange files.</source>
        <translation>所有引用“%1”的内容（许可证、设备、案件、检查记录……）今后都将引用“%2”。随后“%1”将被删除，仅作为删除标记保留。合并结果将随下一批交换文件传到其他工作站。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>未作任何更改。

%1</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncExportDialog</name>
    <message>
        <source>Export Exchange File</source>
        <translation>导出交换文件</translation>
    </message>
    <message>
        <source>An exchange file carries this workstation's (%1) records to another workstation of the bureau, which imports it.</source>
        <translation>交换文件将本工作站（%1）的记录带到本局另一工作站，由该工作站导入。</translation>
    </message>
    <message>
        <source>&amp;Changes for workstation:</source>
        <translation>发给工作站的变更(&amp;C)：</translation>
    </message>
    <message>
        <source>What that workstation does not hold yet, judged by its last file; a lost file only means the next one carries more.</source>
        <translation>根据该工作站最近的文件判断其尚未持有的内容；即使某个文件丢失，也只是下一个文件包含的内容更多。</translation>
    </message>
    <message>
        <source>workstation code</source>
        <translation>工作站代码</translation>
    </message>
    <message>
        <source>Workstation the file is for</source>
        <translation>文件的目标工作站</translation>
    </message>
    <message>
        <source>&amp;Everything (for a new workstation)</source>
        <translation>全部数据（用于新工作站）(&amp;E)</translation>
    </message>
    <message>
        <source>The bureau's whole data, for a workstation that joins the bureau or starts over</source>
        <translation>本局的全部数据，用于新加入本局或重新开始的工作站</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Give the workstation's code, or choose everything.</source>
        <translation>请填写工作站代码，或选择全部数据。</translation>
    </message>
    <message>
        <source>%1 is this workstation.</source>
        <translation>%1 就是本工作站。</translation>
    </message>
    <message>
        <source>Exchange_%1_all_%2.cdx</source>
        <extracomment>The name suggested for a full exchange file: workstation, date.</extracomment>
        <translation>数据交换_%1_全部_%2.cdx</translation>
    </message>
    <message>
        <source>Exchange_%1_to_%2_%3.cdx</source>
        <extracomment>The name suggested for an exchange file: from, to, date.</extracomment>
        <translation>数据交换_%1_至_%2_%3.cdx</translation>
    </message>
    <message>
        <source>CaseDesk exchange files (*.cdx);;All files (*)</source>
        <translation>CaseDesk 交换文件 (*.cdx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncFieldText</name>
    <message>
        <source>Section</source>
        <translation>股室</translation>
    </message>
    <message>
        <source>Responsibility list edition</source>
        <translation>责任清单版本</translation>
    </message>
    <message>
        <source>Note of a responsibility list</source>
        <translation>责任清单备注</translation>
    </message>
    <message>
        <source>Main duty</source>
        <translation>主要职责</translation>
    </message>
    <message>
        <source>Responsibility item</source>
        <translation>具体责任事项</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Boundary matter</source>
        <translation>职责边界事项</translation>
    </message>
    <message>
        <source>Department's share of a boundary matter</source>
        <translation>职责边界中相关部门的职责分工</translation>
    </message>
    <message>
        <source>Supervision system</source>
        <translation>监管制度</translation>
    </message>
    <message>
        <source>Part of a supervision system</source>
        <translation>监管制度的组成部分</translation>
    </message>
    <message>
        <source>Check point</source>
        <translation>检查要点</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>公共服务事项</translation>
    </message>
    <message>
        <source>Accountability body</source>
        <translation>追责主体</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>人员账户</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>监管对象</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Licence status change</source>
        <translation>许可证状态变更</translation>
    </message>
    <message>
        <source>Special equipment</source>
        <translation>特种设备</translation>
    </message>
    <message>
        <source>Block of case numbers</source>
        <translation>案件编号号段</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case clock stop</source>
        <translation>案件期限中止</translation>
    </message>
    <message>
        <source>Sealing or seizure</source>
        <translation>查封、扣押</translation>
    </message>
    <message>
        <source>Case step</source>
        <translation>案件办理环节</translation>
    </message>
    <message>
        <source>Case attachment</source>
        <translation>案件附件</translation>
    </message>
    <message>
        <source>Plan entry</source>
        <translation>检查计划条目</translation>
    </message>
    <message>
        <source>Recusal</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Random draw</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Sampling batch</source>
        <translation>抽查批次</translation>
    </message>
    <message>
        <source>Responsible sections</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Responsibility items</source>
        <translation>具体责任事项</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>法律条款</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚内容</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>Units and inspectors drawn</source>
        <translation>抽取的单位和执法人员</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Samplers</source>
        <translation>抽样人员</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncKeyDialog</name>
    <message>
        <source>Sync Key</source>
        <translation>同步密钥</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Exchange files are signed with the bureau's sync key; a file made with another key is refused. Give every workstation of the bureau the same new key before the next exchange. Only the fingerprint is shown or recorded, never the key.</source>
        <translation>交换文件使用本局的同步密钥签名；用其他密钥生成的文件将被拒绝。请在下次交换前为本局每个工作站设置相同的新密钥。只显示或记录密钥的指纹，绝不显示或记录密钥本身。</translation>
    </message>
    <message>
        <source>Current key's fingerprint:</source>
        <translation>当前密钥的指纹：</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>新密钥(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Change Key</source>
        <translation>更换密钥(&amp;C)</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncKeyField</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation><numerusform>至少 %n 个字符</numerusform></translation>
    </message>
    <message>
        <source>Sync key</source>
        <translation>同步密钥</translation>
    </message>
    <message>
        <source>The bureau's secret for exchange files: the same on every workstation of the bureau.</source>
        <translation>本局交换文件使用的密钥：本局每个工作站都相同。</translation>
    </message>
    <message>
        <source>Loa&amp;d from File…</source>
        <translation>从文件读取(&amp;D)…</translation>
    </message>
    <message>
        <source>Read the key from the first line of a key file</source>
        <translation>从密钥文件的第一行读取密钥</translation>
    </message>
    <message>
        <source>the same key again</source>
        <translation>再次输入相同的密钥</translation>
    </message>
    <message>
        <source>Sync key again</source>
        <translation>再次输入同步密钥</translation>
    </message>
    <message>
        <source>The two keys differ.</source>
        <translation>两次输入的密钥不一致。</translation>
    </message>
    <message>
        <source>Load Sync Key</source>
        <translation>读取同步密钥</translation>
    </message>
    <message>
        <source>Key files (*.key *.txt);;All files (*)</source>
        <translation>密钥文件 (*.key *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Key loaded from %1; its fingerprint is %2.</source>
        <translation>已从 %1 读取密钥；其指纹为 %2。</translation>
    </message>
    <message>
        <source>Type the key or load it from a file.</source>
        <translation>请输入密钥或从文件读取。</translation>
    </message>
    <message>
        <source>%1 of at least %2 characters typed.</source>
        <translation>已输入 %1 个字符，至少需要 %2 个。</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
</context>
<context>
    <name>casedesk::TransitionDialog</name>
    <message>
        <source>Delivered in person</source>
        <translation>直接送达</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Left at the premises</source>
        <translation>留置送达</translation>
    </message>
    <message>
        <source>By public notice</source>
        <translation>公告送达</translation>
    </message>
    <message>
        <source>Next Stage: %1</source>
        <translation>下一阶段：%1</translation>
    </message>
    <message>
        <source>The department or the police station the case goes to</source>
        <translation>案件移送的部门或公安机关</translation>
    </message>
    <message>
        <source>The party waived the statement and hearing before the period ended</source>
        <translation>当事人在期限届满前放弃陈述申辩和听证</translation>
    </message>
    <message>
        <source>Fines and illegal income paid, in yuan</source>
        <translation>已缴纳的罚没款，单位：元</translation>
    </message>
    <message>
        <source>&amp;Opinion or reason:</source>
        <translation>意见或理由(&amp;O)：</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <source>Current stage:</source>
        <translation>当前阶段：</translation>
    </message>
    <message>
        <source>&amp;Next stage:</source>
        <translation>下一阶段(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Transferred to:</source>
        <translation>移送至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>送达方式(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Paid:</source>
        <translation>已缴纳(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Receipt number:</source>
        <translation>缴款票据号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Archive number:</source>
        <translation>档案号(&amp;A)：</translation>
    </message>
    <message>
        <source>A stage reached is recorded in the case's timeline and cannot be undone.</source>
        <translation>进入的阶段将记入案件时间线，不能撤销。</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>The penalties are large enough for a hearing: the notice must tell the party of the right to ask for one within %n days.</source>
        <translation>
            <numerusform>拟作出的处罚达到听证标准：告知书须告知当事人有权在 %n 天内要求听证。</numerusform>
        </translation>
    </message>
    <message>
        <source>The party may ask for a hearing: decide only after the period has ended, when no hearing is open, unless the party waived it.</source>
        <translation>当事人可以要求听证：除非当事人已放弃，须在期限届满且没有未结束的听证后方可作出决定。</translation>
    </message>
    <message>
        <source>There is nothing you may do with this case at its stage (%1).</source>
        <translation>本案处于“%1”阶段，您没有可办理的操作。</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>已缴纳：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CaseDesk: case management for quality and technical supervision bureaus.</source>
        <translation>CaseDesk：质量技术监督局案件管理系统。</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;.</source>
        <translation>打开数据库文件 &lt;路径&gt;。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The database file to open (same as --db).</source>
        <translation>要打开的数据库文件（与 --db 相同）。</translation>
    </message>
</context>
</TS>