<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ActivityLogModel</name>
    <message>
      <location filename="../../ui/safety/log_view.py" line="30" />
      <source>unlocked</source>
      <translation>已解锁</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="30" />
      <source>failed unlock attempts</source>
      <translation>解锁失败尝试</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="31" />
      <source>vault created</source>
      <translation>已创建保险库</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="31" />
      <source>opened with the recovery key</source>
      <translation>已用恢复密钥打开</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="32" />
      <source>passphrase changed</source>
      <translation>已更改密码短语</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="32" />
      <source>vault key replaced</source>
      <translation>已更换保险库密钥</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="33" />
      <source>unlock settings changed</source>
      <translation>已更改解锁设置</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="33" />
      <source>record created</source>
      <translation>已创建记录</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="34" />
      <source>record changed</source>
      <translation>已更改记录</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="34" />
      <source>record deleted</source>
      <translation>已删除记录</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="35" />
      <source>record restored</source>
      <translation>已恢复记录</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="35" />
      <source>record shredded</source>
      <translation>已彻底销毁记录</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="36" />
      <source>bundle exported</source>
      <translation>已导出数据包</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="36" />
      <source>bundle imported</source>
      <translation>已导入数据包</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="37" />
      <source>wipe cancelled</source>
      <translation>已取消抹除</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="37" />
      <source>report made</source>
      <translation>已生成报告</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="38" />
      <source>report saved to a file</source>
      <translation>报告已保存为文件</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="38" />
      <source>report printed</source>
      <translation>报告已打印</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="39" />
      <source>report copied to the clipboard</source>
      <translation>报告已复制到剪贴板</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="40" />
      <source>spreadsheet imported</source>
      <translation>已导入电子表格</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="40" />
      <source>people merged</source>
      <translation>已合并人员</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="41" />
      <source>rows in error saved to a file</source>
      <translation>出错的行已存为文件</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>Event</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>Detail</source>
      <translation>详情</translation>
    </message>
  </context>
  <context>
    <name>ActivityModel</name>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>created</source>
      <translation>已创建</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>changed</source>
      <translation>已更改</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>deleted</source>
      <translation>已删除</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>restored</source>
      <translation>已恢复</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>imported</source>
      <translation>已导入</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>merged</source>
      <translation>已合并</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="31" />
      <source>(deleted record)</source>
      <translation>（已删除的记录）</translation>
    </message>
  </context>
  <context>
    <name>ActivitySection</name>
    <message>
      <location filename="../../ui/safety/activity_section.py" line="20" />
      <source>Recent changes</source>
      <translation>最近更改</translation>
    </message>
    <message>
      <location filename="../../ui/safety/activity_section.py" line="21" />
      <source>Vault log</source>
      <translation>保险库日志</translation>
    </message>
    <message>
      <location filename="../../ui/safety/activity_section.py" line="22" />
      <source>Activity</source>
      <translation>活动</translation>
    </message>
  </context>
  <context>
    <name>AddContactDialog</name>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="29" />
      <source>Add a colleague</source>
      <translation>添加同事</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="32" />
      <source>Colleague's identity</source>
      <translation>同事的身份标识</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="36" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="38" />
      <source>Fingerprint</source>
      <translation>指纹</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="41" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="46" />
      <source>Identity:</source>
      <translation>身份标识：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="47" />
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="48" />
      <source>Fingerprint:</source>
      <translation>指纹：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="68" />
      <source>This is not a complete Casebook identity; copy it again, all of it.</source>
      <translation>这不是完整的 Casebook 身份标识；请重新完整复制。</translation>
    </message>
  </context>
  <context>
    <name>ApplyPage</name>
    <message>
      <location filename="../../ui/importing/wizard.py" line="23" />
      <source>Importing</source>
      <translation>正在导入</translation>
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="37" />
      <source>Writing the records in one transaction… Cancel writes nothing.</source>
      <translation>正在以单个事务写入记录…取消则不写入任何内容。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="42" />
      <source>Imported</source>
      <translation>已导入</translation>
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="43" />
      <source>%1 people added, %2 updated, %3 skipped; %4 records written. Find them by any of their names with Ctrl+K.</source>
      <translation>新增 %1 人，更新 %2 人，跳过 %3 人；共写入 %4 条记录。可按 Ctrl+K 用任一姓名查找。</translation>
    </message>
  </context>
  <context>
    <name>AttachmentViewer</name>
    <message>
      <location filename="../../ui/widgets/attachment_viewer.py" line="128" />
      <source>Casebook cannot show this kind of file. Export it (after the warning) to open it elsewhere.</source>
      <translation>Casebook 无法显示此类文件。如需在其他程序中打开，请导出（会先提示风险）。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachment_viewer.py" line="134" />
      <source>This PDF is damaged or protected and cannot be shown.</source>
      <translation>此 PDF 已损坏或受保护，无法显示。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachment_viewer.py" line="138" />
      <source>Page %1 of %2</source>
      <translation>第 %1 页，共 %2 页</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsModel</name>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="56" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="56" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="56" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="56" />
      <source>Added</source>
      <translation>添加日期</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="81" />
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="92" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="93" />
      <source>View</source>
      <translation>查看</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="94" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="95" />
      <source>Remove…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="96" />
      <source>Add an attachment</source>
      <translation>添加附件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="97" />
      <source>View the selected attachment</source>
      <translation>查看所选附件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="98" />
      <source>Export the selected attachment unencrypted</source>
      <translation>以未加密形式导出所选附件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="99" />
      <source>Remove the selected attachment</source>
      <translation>删除所选附件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="149" />
      <source>Images and PDFs (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf);;All files (*)</source>
      <translation>图片和 PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="150" />
      <source>Attach a file</source>
      <translation>附加文件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="158" />
      <source>The file could not be read (%1).</source>
      <translation>无法读取该文件（%1）。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="189" />
      <source>Export unencrypted?</source>
      <translation>以未加密形式导出？</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="190" />
      <source>The exported copy of “%1” will not be encrypted: anyone with access to where you save it can read it, and deleting it later may not erase it from the disk. Export anyway?</source>
      <translation>导出的“%1”副本不会加密：能够访问保存位置的任何人都能读取它，之后删除也未必能从磁盘上彻底清除。仍要导出吗？</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="192" />
      <source>Export attachment</source>
      <translation>导出附件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="201" />
      <source>The file could not be written (%1).</source>
      <translation>无法写入该文件（%1）。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="208" />
      <source>Remove attachment?</source>
      <translation>删除附件？</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="209" />
      <source>Remove “%1” from this record? It cannot be restored.</source>
      <translation>从此记录中删除“%1”？删除后无法恢复。</translation>
    </message>
  </context>
  <context>
    <name>BackupAction</name>
    <message>
      <location filename="../../ui/main/backup.py" line="28" />
      <source>Back up the vault</source>
      <translation>备份保险库</translation>
    </message>
    <message>
      <location filename="../../ui/main/backup.py" line="33" />
      <source>Backing up the vault…</source>
      <translation>正在备份保险库…</translation>
    </message>
    <message>
      <location filename="../../ui/main/backup.py" line="35" />
      <location filename="../../ui/main/backup.py" line="53" />
      <source>Back up</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../ui/main/backup.py" line="59" />
      <source>Backed up to %1 (%2 MB, with a checksum). The backup is encrypted like the vault and opens with today's passphrase or the recovery key. Keep it away from this laptop.</source>
      <translation>已备份到 %1（%2 MB，附校验和）。备份与保险库一样经过加密，可用今天的密码短语或恢复密钥打开。请将其存放在远离这台笔记本电脑的地方。</translation>
    </message>
  </context>
  <context>
    <name>CasePeopleField</name>
    <message>
      <location filename="../../ui/editors/picker.py" line="122" />
      <source>Add a person: type part of a name…</source>
      <translation>添加人员：输入姓名的一部分…</translation>
    </message>
    <message>
      <location filename="../../ui/editors/picker.py" line="123" />
      <source>Add a person to the case</source>
      <translation>向案件添加人员</translation>
    </message>
    <message>
      <location filename="../../ui/editors/picker.py" line="125" />
      <source>Role of the person to add</source>
      <translation>所添加人员的角色</translation>
    </message>
  </context>
  <context>
    <name>ChangesModel</name>
    <message>
      <location filename="../../ui/dialogs/history.py" line="62" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="62" />
      <source>Before</source>
      <translation>修改前</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="62" />
      <source>After</source>
      <translation>修改后</translation>
    </message>
  </context>
  <context>
    <name>ColleaguesPage</name>
    <message>
      <location filename="../../ui/colleagues/page.py" line="55" />
      <location filename="../../ui/colleagues/page.py" line="86" />
      <source>Your identity</source>
      <translation>您的身份标识</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="57" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="58" />
      <source>Copy your identity</source>
      <translation>复制您的身份标识</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="61" />
      <source>Your fingerprint</source>
      <translation>您的指纹</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="64" />
      <source>QR code of your identity</source>
      <translation>您的身份标识二维码</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="68" />
      <location filename="../../ui/colleagues/page.py" line="103" />
      <source>Colleagues</source>
      <translation>同事</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="76" />
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="91" />
      <source>Give this to colleagues so they can send you bundles and check yours:</source>
      <translation>请把它交给同事，以便他们向您发送数据包并核验您发出的数据包：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="93" />
      <source>Fingerprint, to compare in person:</source>
      <translation>指纹，用于当面核对：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="105" />
      <source>Add colleague…</source>
      <translation>添加同事…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="106" />
      <source>Verify…</source>
      <translation>核验…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="108" />
      <source>Export bundle…</source>
      <translation>导出数据包…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="109" />
      <source>Import bundle…</source>
      <translation>导入数据包…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="133" />
      <source>Added %1. Compare fingerprints with them, then choose Verify.</source>
      <translation>已添加 %1。请与对方核对指纹，然后选择“核验”。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="139" />
      <source>Choose a colleague in the list first.</source>
      <translation>请先在列表中选择一位同事。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="150" />
      <source>%1 is verified.</source>
      <translation>%1 已核验。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="160" />
      <location filename="../../ui/colleagues/page.py" line="172" />
      <source>Import a bundle</source>
      <translation>导入数据包</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="163" />
      <source>Casebook bundles (*.casebundle);;All files (*)</source>
      <translation>Casebook 数据包 (*.casebundle);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="173" />
      <source>Could not read %1 (%2).</source>
      <translation>无法读取 %1（%2）。</translation>
    </message>
  </context>
  <context>
    <name>ContactsModel</name>
    <message>
      <location filename="../../ui/colleagues/models.py" line="31" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="31" />
      <source>Fingerprint</source>
      <translation>指纹</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="31" />
      <source>Verified</source>
      <translation>已核验</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="34" />
      <source>verified</source>
      <translation>已核验</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="34" />
      <source>not verified</source>
      <translation>未核验</translation>
    </message>
  </context>
  <context>
    <name>CreatePage</name>
    <message>
      <location filename="../../ui/start/create.py" line="43" />
      <source>Create a vault</source>
      <translation>新建保险库</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="44" />
      <source>Choose where the vault folder goes and a passphrase. The passphrase cannot be reset by anyone; the recovery key shown next is the only other way in.</source>
      <translation>请选择保险库文件夹的位置并设置密码短语。任何人都无法重置密码短语；接下来显示的恢复密钥是唯一的另一种打开方式。</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="51" />
      <source>Vault folder</source>
      <translation>保险库文件夹</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="52" />
      <source>C&amp;hoose…</source>
      <translation>选择(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="55" />
      <source>&amp;Folder:</source>
      <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="63" />
      <source>Also require a device secret kept in this computer's &amp;keyring</source>
      <translation>同时要求使用保存在本机密钥环中的设备密钥(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="72" />
      <source>&amp;Back</source>
      <translation>返回(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="74" />
      <source>C&amp;reate the vault</source>
      <translation>创建保险库(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="95" />
      <source>Measuring how long key derivation takes on this computer…</source>
      <translation>正在测量本机进行密钥派生所需的时间…</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="104" />
      <source>Key derivation is calibrated: each unlock will take about %1 s on this computer.</source>
      <translation>密钥派生已校准：在本机上每次解锁约需 %1 秒。</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="109" />
      <source>Where should the vault folder go?</source>
      <translation>保险库文件夹应放在哪里？</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="110" />
      <source>Casebook vault (*.casebook)</source>
      <translation>Casebook 保险库 (*.casebook)</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="125" />
      <source>Creating the vault…</source>
      <translation>正在创建保险库…</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="236" />
      <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../ui/editors/fields.py" line="238" />
      <source>approximate</source>
      <translation>大约</translation>
    </message>
    <message>
      <location filename="../../ui/editors/fields.py" line="239" />
      <source>%1 is approximate</source>
      <translation>%1为大约日期</translation>
    </message>
  </context>
  <context>
    <name>DemoAction</name>
    <message>
      <location filename="../../ui/main/demo.py" line="34" />
      <location filename="../../ui/main/demo.py" line="41" />
      <source>Demo data</source>
      <translation>演示数据</translation>
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="35" />
      <source>How many synthetic people should be added?</source>
      <translation>要添加多少名虚构人员？</translation>
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="40" />
      <source>Adding synthetic people, cases and events…</source>
      <translation>正在添加虚构的人员、案件和事件…</translation>
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="40" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>DetainedModel</name>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Since</source>
      <translation>起始</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Where</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Next mark</source>
      <translation>下一个期限</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="59" />
      <source>Lawyer access</source>
      <translation>律师会见</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="59" />
      <source>Next hearing</source>
      <translation>下次庭审</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="63" />
      <source>whereabouts unknown</source>
      <translation>下落不明</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="64" />
      <location filename="../../ui/models/detained.py" line="75" />
      <location filename="../../ui/models/detained.py" line="79" />
      <source>not known</source>
      <translation>不详</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="112" />
      <source>Past the legal time limit for this form of detention.</source>
      <translation>已超过此类羁押措施的法定期限。</translation>
    </message>
  </context>
  <context>
    <name>DetainedPage</name>
    <message>
      <location filename="../../ui/main/detained_page.py" line="27" />
      <source>Detained now</source>
      <translation>目前被羁押</translation>
    </message>
    <message>
      <location filename="../../ui/main/detained_page.py" line="52" />
      <source>Reading who is deprived of liberty…</source>
      <translation>正在读取被剥夺自由的人员…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main/detained_page.py" line="64" />
      <source>%n person(s) deprived of liberty</source>
      <translation>
        <numerusform>%n 人被剥夺自由</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="45" />
      <source>Find duplicates</source>
      <translation>查找重复人员</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="49" />
      <source>People who may be recorded twice</source>
      <translation>可能被重复记录的人员</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="59" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="62" />
      <source>Progress</source>
      <translation>进度</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="63" />
      <source>Open the &amp;first</source>
      <translation>打开第一个(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="64" />
      <source>Open the &amp;second</source>
      <translation>打开第二个(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="65" />
      <source>&amp;Merge…</source>
      <translation>合并(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="106" />
      <source>Looking for people recorded twice…</source>
      <translation>正在查找被重复记录的人员…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/duplicates_dialog.py" line="113" />
      <source>%n pair(s) of people may each be one person. Choose a pair to open or merge them.</source>
      <translation>
        <numerusform>%n 对人员可能各为同一人。选择一对即可打开或合并。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="114" />
      <source>No possible duplicates: no two people share a name, in any script, without something that rules it out.</source>
      <translation>没有可能的重复：没有两个人在任何文字中同名且无其他信息排除。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="137" />
      <source>Merge two records?</source>
      <translation>合并两条记录？</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="138" />
      <source>Merge “%1” and “%2” into one person?</source>
      <translation>将“%1”和“%2”合并为同一人？</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="141" />
      <source>The person you keep gains every name, channel, role, place, note and case of the other, and every case, event and link that named the other names them instead. The other record is deleted; its history stays, and the kept record shows “merged from” with a link to it. Colleagues who receive the person in a bundle end with one person too. Why they may be one: %1</source>
      <translation>保留的人员将获得另一人的所有姓名、联系渠道、身份角色、地点、备注和案件；凡提及另一人的案件、事件和关联都将改为提及保留的人员。另一条记录会被删除，但其历史记录仍保留，保留的记录会显示“合并自”并附上指向它的链接。通过数据包接收此人的同事最终也只会有一个人员。可能为同一人的原因：%1</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="145" />
      <location filename="../../ui/importing/duplicates_dialog.py" line="146" />
      <source>Keep “%1”</source>
      <translation>保留“%1”</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="166" />
      <source>Merging…</source>
      <translation>正在合并…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="173" />
      <source>Merged into “%1”.</source>
      <translation>已合并到“%1”。</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="130" />
      <source>skip the row</source>
      <translation>跳过此行</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="130" />
      <source>fill empty fields</source>
      <translation>填补空白字段</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="131" />
      <source>overwrite</source>
      <translation>覆盖</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="131" />
      <source>add as new</source>
      <translation>作为新人员添加</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>In the sheet</source>
      <translation>表格中</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>May be</source>
      <translation>可能是</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>Decision</source>
      <translation>决定</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="154" />
      <source>%1 (in the vault)</source>
      <translation>%1（保险库中）</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="155" />
      <source>row %1: %2</source>
      <translation>第 %1 行：%2</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="161" />
      <source>undecided</source>
      <translation>未决定</translation>
    </message>
  </context>
  <context>
    <name>EditorDialog</name>
    <message>
      <location filename="../../ui/editors/dialog.py" line="69" />
      <source>Sections</source>
      <translation>分区</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="95" />
      <source>Edit %1 — %2</source>
      <translation>编辑%1 — %2</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="96" />
      <source>New %1</source>
      <translation>新建%1</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="104" />
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="106" />
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="206" />
      <source>Nothing was saved: correct the field marked in red.</source>
      <translation>未保存任何内容：请更正标红的字段。</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="217" />
      <source>Discard changes?</source>
      <translation>放弃更改？</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="218" />
      <source>This record has changes that are not saved. Discard them?</source>
      <translation>此记录有未保存的更改。要放弃吗？</translation>
    </message>
  </context>
  <context>
    <name>EmergencySheet</name>
    <message>
      <location filename="../../ui/main/emergency.py" line="33" />
      <location filename="../../ui/main/emergency.py" line="90" />
      <source>Emergency sheet</source>
      <translation>紧急联络单</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="42" />
      <source>Choose a person to see their emergency sheet and what to do.</source>
      <translation>选择一个人员，查看其紧急联络单及应采取的行动。</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="60" />
      <source>%1 since %2 — day %3</source>
      <translation>自 %2 起%1——第 %3 天</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="66" />
      <source>Draft re&amp;port…</source>
      <translation>起草报告(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="67" />
      <source>Draft a UN appeal, a case summary or this emergency sheet</source>
      <translation>起草联合国紧急呼吁、案件摘要或本紧急联络单</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="91" />
      <source>Who to call</source>
      <translation>紧急联系人</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="91" />
      <source>Lawyer</source>
      <translation>律师</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="92" />
      <source>Medical needs</source>
      <translation>医疗需求</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="93" />
      <source>Prior instructions</source>
      <translation>事先嘱托</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="94" />
      <source>not recorded</source>
      <translation>未记录</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="97" />
      <source>not recorded — ask the family before going public</source>
      <translation>未记录——公开之前请先征询家属意见</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="99" />
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="105" />
      <source>How to reach them</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="109" />
      <source>DO NOT USE — %1</source>
      <translation>切勿使用——%1</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="113" />
      <source>(monitored)</source>
      <translation>（受监控）</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="116" />
      <source>Copy %1</source>
      <translation>复制 %1</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="119" />
      <source>Copies to the clipboard, which is cleared again after a short while.</source>
      <translation>复制到剪贴板，剪贴板会在片刻后再次清空。</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="128" />
      <source>Detentions on record</source>
      <translation>已记录的羁押</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="141" />
      <source>What to do — %1</source>
      <translation>应采取的行动——%1</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="168" />
      <source>Record the intervention?</source>
      <translation>记录此干预行动？</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="169" />
      <source>Record the %1 as an intervention of this case, with its addressee and date? The UN drafts list earlier appeals from the interventions.</source>
      <translation>要将“%1”记录为本案的干预行动，并填写对象和日期吗？联合国来文草稿会从干预行动中列出此前的呼吁。</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="172" />
      <source>Record it…</source>
      <translation>记录…</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="173" />
      <source>Not now</source>
      <translation>暂不</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="45" />
      <source>Export a bundle</source>
      <translation>导出数据包</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="46" />
      <source>case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="46" />
      <source>person</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="46" />
      <source>organisation</source>
      <translation>机构</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="49" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="49" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="51" />
      <source>Filter by name</source>
      <translation>按名称筛选</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="52" />
      <source>Filter records</source>
      <translation>筛选记录</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="58" />
      <source>Records to send</source>
      <translation>要发送的记录</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="59" />
      <source>verified</source>
      <translation>已核验</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="59" />
      <source>not verified</source>
      <translation>未核验</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="61" />
      <source>Colleague</source>
      <translation>同事</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="61" />
      <source>Fingerprint checked</source>
      <translation>已核对指纹</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="62" />
      <source>Recipients</source>
      <translation>收件人</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="63" />
      <source>To colleagues (their keys)</source>
      <translation>发给同事（使用他们的密钥）</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="65" />
      <source>With a passphrase, for a colleague without Casebook keys</source>
      <translation>使用密码短语，发给没有 Casebook 密钥的同事</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="66" />
      <source>Bundle passphrase</source>
      <translation>数据包密码短语</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="67" />
      <source>Bundle passphrase again</source>
      <translation>再次输入数据包密码短语</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="68" />
      <source>Also send people whose consent does not cover partners</source>
      <translation>同时发送其同意范围不包括合作伙伴的人员</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="69" />
      <source>Include people without consent to share</source>
      <translation>包括未同意共享的人员</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="72" />
      <source>Bundle file</source>
      <translation>数据包文件</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="73" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="76" />
      <source>Export progress</source>
      <translation>导出进度</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="80" />
      <source>Export result</source>
      <translation>导出结果</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="81" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="84" />
      <location filename="../../ui/colleagues/export_dialog.py" line="189" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="104" />
      <source>Passphrase:</source>
      <translation>密码短语：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="105" />
      <source>Again:</source>
      <translation>再输一次：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="106" />
      <source>Save as:</source>
      <translation>另存为：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="112" />
      <source>A case brings its events and people; a person's internal notes, internal channels and sources stay here.</source>
      <translation>案件会带上其事件和人员；人员的内部备注、内部联系渠道和来源留在本机。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="132" />
      <source>Save the bundle</source>
      <translation>保存数据包</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="135" />
      <source>Casebook bundles (*.casebundle)</source>
      <translation>Casebook 数据包 (*.casebundle)</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="142" />
      <source>Tick at least one case, person or organisation to send.</source>
      <translation>请至少勾选一个要发送的案件、人员或机构。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="144" />
      <source>Tick at least one colleague to send the bundle to, or choose a passphrase.</source>
      <translation>请至少勾选一位接收数据包的同事，或选择使用密码短语。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="146" />
      <source>Type the passphrase you will give your colleague.</source>
      <translation>请输入您将告知同事的密码短语。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="148" />
      <source>The two passphrases differ.</source>
      <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="150" />
      <source>Choose where to save the bundle.</source>
      <translation>请选择数据包的保存位置。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="152" />
      <source>That file already exists; choose another name.</source>
      <translation>该文件已存在；请换一个名称。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="175" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="177" />
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="194" />
      <source>Saved %1 records and %2 attachments to %3.</source>
      <translation>已将 %1 条记录和 %2 个附件保存到 %3。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="198" />
      <source>Left out, as their consent does not cover partners: %1.</source>
      <translation>因其同意范围不包括合作伙伴而未发送：%1。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="201" />
      <source>Sent without consent to share, as you confirmed: %1 people; the bundle says so.</source>
      <translation>经您确认，在未获同意共享的情况下发送了 %1 人；数据包中注明了这一点。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="210" />
      <source>Export cancelled; no bundle was written.</source>
      <translation>导出已取消；未写入任何数据包。</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="64" />
      <source>Error in %1</source>
      <translation>%1有误</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../ui/importing/file_page.py" line="20" />
      <location filename="../../ui/importing/file_page.py" line="57" />
      <source>Choose the spreadsheet</source>
      <translation>选择电子表格</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="21" />
      <source>A CSV file (UTF-8, UTF-16, GB18030 or Big5), or an XLSX or ODS workbook. Nothing is written to the vault until you apply the import.</source>
      <translation>CSV 文件（UTF-8、UTF-16、GB18030 或 Big5），或 XLSX、ODS 工作簿。在您确认导入之前，不会向保险库写入任何内容。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="25" />
      <source>Spreadsheet file</source>
      <translation>电子表格文件</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="26" />
      <source>The file's path</source>
      <translation>文件路径</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="28" />
      <source>&amp;Choose…</source>
      <translation>选择(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="29" />
      <source>Choose the spreadsheet file</source>
      <translation>选择电子表格文件</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="31" />
      <source>&amp;Read</source>
      <translation>读取(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="32" />
      <source>Read the file (again, after fixing it)</source>
      <translation>读取文件（修改后可再次读取）</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="35" />
      <source>Sheet</source>
      <translation>工作表</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="37" />
      <source>&amp;Sheet:</source>
      <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="39" />
      <source>&amp;File:</source>
      <translation>文件(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="56" />
      <source>Spreadsheets (*.csv *.xlsx *.xls *.ods *.txt)</source>
      <translation>电子表格 (*.csv *.xlsx *.xls *.ods *.txt)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="56" />
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="74" />
      <source>Reading %1…</source>
      <translation>正在读取 %1…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="79" />
      <source>sheet “%1”: </source>
      <translation>工作表“%1”：</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/file_page.py" line="80" />
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n 行</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/file_page.py" line="81" />
      <source>%n column(s)</source>
      <translation>
        <numerusform>%n 列</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="82" />
      <source>%1: %2%3 and %4, read as %5.</source>
      <translation>%1：%2%3、%4，读取方式：%5。</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../../ui/dialogs/history.py" line="36" />
      <source>created</source>
      <translation>创建</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="37" />
      <source>edited</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="38" />
      <source>restored</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="39" />
      <source>deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="40" />
      <source>merged from a bundle</source>
      <translation>从数据包合并</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="92" />
      <source>Versions, newest first</source>
      <translation>版本（最新在前）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="98" />
      <source>What this version changed</source>
      <translation>此版本的更改</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="111" />
      <source>Restore this version</source>
      <translation>恢复此版本</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="112" />
      <source>Restore the selected version as a new version</source>
      <translation>将所选版本恢复为新版本</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="127" />
      <source>History of %1</source>
      <translation>%1的历史记录</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="133" />
      <source>(current)</source>
      <translation>（当前）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="167" />
      <source>Restored: the record now holds the fields of that version.</source>
      <translation>已恢复：记录现在包含该版本的字段。</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="36" />
      <source>Import %1</source>
      <translation>导入 %1</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="38" />
      <source>Bundle passphrase</source>
      <translation>数据包密码短语</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="39" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="43" />
      <source>Sender</source>
      <translation>发送者</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="46" />
      <source>Import summary</source>
      <translation>导入摘要</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="50" />
      <source>What the import changes</source>
      <translation>导入将带来的更改</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="55" />
      <source>Import progress</source>
      <translation>导入进度</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="56" />
      <source>Apply</source>
      <translation>应用</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="59" />
      <location filename="../../ui/colleagues/import_dialog.py" line="96" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="62" />
      <source>Passphrase:</source>
      <translation>密码短语：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="87" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="111" />
      <source>Checking the bundle…</source>
      <translation>正在检查数据包…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="116" />
      <source>a verified colleague</source>
      <translation>已核验的同事</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="117" />
      <source>a colleague whose fingerprint you have not yet compared</source>
      <translation>尚未核对指纹的同事</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="118" />
      <source>UNKNOWN: not among your colleagues. Import only if you expected this bundle.</source>
      <translation>未知：不在您的同事之中。仅在您预期会收到此数据包时才导入。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="119" />
      <source>this vault itself</source>
      <translation>本保险库自身</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="120" />
      <source>Unknown sender</source>
      <translation>未知发送者</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="121" />
      <source>From %1 (%2), fingerprint %3, made %4.</source>
      <translation>来自 %1（%2），指纹 %3，制作于 %4。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="137" />
      <source>%1 new, %2 changed, %3 in conflict, %4 unchanged.</source>
      <translation>新增 %1，更改 %2，冲突 %3，未变 %4。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="141" />
      <source>%1 shredded in this vault: not brought back.</source>
      <translation>%1 已在本保险库中彻底销毁：不会恢复。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="143" />
      <source>Conflicting records are flagged for review; the other value is kept in their history.</source>
      <translation>有冲突的记录会被标记以待审核；另一方的值保留在其历史记录中。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="145" />
      <source>%1 change(s) will be held for your review, not applied.</source>
      <translation>%1 项更改将暂缓待您审核，不会直接应用。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="148" />
      <source>Imported.</source>
      <translation>已导入。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="150" />
      <source>Nothing to import: this vault already holds everything in the bundle.</source>
      <translation>无需导入：本保险库已包含数据包中的全部内容。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="152" />
      <source>Preview only: the sender is not a verified colleague, so nothing can be imported. Compare fingerprints and verify them first.</source>
      <translation>仅供预览：发送者不是已核验的同事，因此无法导入任何内容。请先核对指纹并完成核验。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="164" />
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="181" />
      <source>Cancelled; nothing was imported.</source>
      <translation>已取消；未导入任何内容。</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../ui/importing/models.py" line="19" />
      <source>(not imported)</source>
      <translation>（不导入）</translation>
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="59" />
      <source>Import a spreadsheet</source>
      <translation>导入电子表格</translation>
    </message>
  </context>
  <context>
    <name>InterventionsPanel</name>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="65" />
      <source>Interventions of this case</source>
      <translation>本案的干预行动</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="72" />
      <source>Add &amp;intervention…</source>
      <translation>添加干预行动(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="73" />
      <source>Add an intervention to this case</source>
      <translation>为本案添加干预行动</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="74" />
      <source>Edit intervention…</source>
      <translation>编辑干预行动…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="75" />
      <source>Edit the selected intervention</source>
      <translation>编辑所选干预行动</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message numerus="yes">
      <location filename="../../ui/main/list_page.py" line="98" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n 条记录</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LogPage</name>
    <message>
      <location filename="../../ui/safety/log_view.py" line="90" />
      <source>Vault activity log</source>
      <translation>保险库活动日志</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="92" />
      <source>&amp;Verify the log</source>
      <translation>核验日志(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="93" />
      <source>Checks that no entry was removed, moved or altered since it was written.</source>
      <translation>检查自写入以来是否有条目被删除、移动或篡改。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="95" />
      <source>Entries hold ids and counts only, never names or notes.</source>
      <translation>条目只包含编号和数量，绝不包含姓名或备注。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="97" />
      <source>Verification result</source>
      <translation>核验结果</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="121" />
      <source>Verifying…</source>
      <translation>正在核验…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/safety/log_view.py" line="131" />
      <source>The log is whole: no entry was removed, moved or altered (%n checked).</source>
      <translation>
        <numerusform>日志完整：没有条目被删除、移动或篡改（已检查 %n 条）。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="135" />
      <source>The log was tampered with:</source>
      <translation>日志已被篡改：</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main/window.py" line="60" />
      <source>%1 — Casebook</source>
      <translation>%1 — Casebook</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main/window.py" line="71" />
      <source>%n failed attempt(s) to unlock this vault since it was last opened; the times are in the activity log.</source>
      <translation>
        <numerusform>自上次打开以来，有 %n 次解锁此保险库的尝试失败；具体时间见活动日志。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="75" />
      <source>Ctrl+K searches; Ctrl+L locks and closes every window.</source>
      <translation>Ctrl+K 搜索；Ctrl+L 锁定并关闭所有窗口。</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="81" />
      <source>Search any name, in any script — 滕彪, teng biao, مەمەتجان (Ctrl+K)</source>
      <translation>搜索任何文字的姓名——滕彪、teng biao、مەمەتجان（Ctrl+K）</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="82" />
      <location filename="../../ui/main/window.py" line="93" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="103" />
      <source>Sections</source>
      <translation>栏目</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="118" />
      <source>Search results</source>
      <translation>搜索结果</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="161" />
      <source>&amp;Vault</source>
      <translation>保险库(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="162" />
      <source>New &amp;person…</source>
      <translation>新建人员(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="163" />
      <source>New &amp;case…</source>
      <translation>新建案件(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="164" />
      <source>New &amp;organisation…</source>
      <translation>新建机构(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="171" />
      <source>Fill with &amp;demo data…</source>
      <translation>填入演示数据(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="172" />
      <source>&amp;Import spreadsheet…</source>
      <translation>导入电子表格(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="173" />
      <source>Find d&amp;uplicates…</source>
      <translation>查找重复人员(&amp;U)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="174" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="176" />
      <source>&amp;Back up…</source>
      <translation>备份(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="177" />
      <source>Sa&amp;fety and keys…</source>
      <translation>安全与密钥(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="178" />
      <source>Sh&amp;red this record…</source>
      <translation>彻底销毁此记录(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="179" />
      <source>Emergency &amp;wipe…</source>
      <translation>紧急抹除(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="181" />
      <source>&amp;Lock now</source>
      <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="185" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="186" />
      <source>&amp;Go</source>
      <translation>转到(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="187" />
      <source>&amp;Search</source>
      <translation>搜索(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="191" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="192" />
      <source>&amp;About Casebook</source>
      <translation>关于 Casebook(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="257" />
      <source>Nothing found for “%1”.</source>
      <translation>未找到“%1”。</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="365" />
      <source>About Casebook</source>
      <translation>关于 Casebook</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="366" />
      <source>Casebook keeps an encrypted, offline record of the human rights defenders you support. It never opens a network connection.</source>
      <translation>Casebook 以加密、离线的方式保存您所支持的人权捍卫者的记录。它从不建立任何网络连接。</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="326" />
      <source>Notice</source>
      <translation>通知</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="327" />
      <source>Dismiss</source>
      <translation>关闭提示</translation>
    </message>
  </context>
  <context>
    <name>MappingModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="50" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="50" />
      <source>Sample values</source>
      <translation>示例值</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="50" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="37" />
      <source>Match the columns to fields</source>
      <translation>将各列对应到字段</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="38" />
      <source>Each column's field is guessed from its header. To change one, choose it in the Field column (F2 or any key opens the list). Columns not imported are left out.</source>
      <translation>每列的字段根据表头猜测。如需更改，请在“字段”列中选择（按 F2 或任意键打开列表）。不导入的列将被忽略。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="45" />
      <source>Columns and their fields</source>
      <translation>各列及其字段</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="56" />
      <source>Saved mappings</source>
      <translation>已保存的对应方案</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="57" />
      <source>&amp;Use</source>
      <translation>使用(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="58" />
      <source>Use the saved mapping chosen</source>
      <translation>使用所选的已保存对应方案</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="61" />
      <source>Name to save this mapping under</source>
      <translation>保存此对应方案所用的名称</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="62" />
      <source>e.g. monthly caseload</source>
      <translation>例如：每月案件表</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="63" />
      <source>Sa&amp;ve this mapping</source>
      <translation>保存此对应方案(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="65" />
      <source>Saved &amp;mappings:</source>
      <translation>已保存的对应方案(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="91" />
      <source>Reading sample values…</source>
      <translation>正在读取示例值…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="115" />
      <source>%1 of %2 columns will be imported.</source>
      <translation>将导入 %2 列中的 %1 列。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="136" />
      <source>Give the mapping a name to save it under.</source>
      <translation>请为此对应方案命名后再保存。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="146" />
      <source>Saved this mapping in the vault as “%1”.</source>
      <translation>已将此对应方案以“%1”为名保存在保险库中。</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../ui/start/page.py" line="51" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
  </context>
  <context>
    <name>PairsModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="206" />
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="206" />
      <source>May be the same as</source>
      <translation>可能与之相同</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="206" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>PassphrasePair</name>
    <message>
      <location filename="../../ui/start/passphrase.py" line="22" />
      <source>New passphrase</source>
      <translation>新密码短语</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="23" />
      <source>New passphrase, again</source>
      <translation>再次输入新密码短语</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="28" />
      <source>Passphrase strength</source>
      <translation>密码短语强度</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="33" />
      <source>&amp;Passphrase:</source>
      <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="34" />
      <source>&amp;Again:</source>
      <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="35" />
      <source>Strength:</source>
      <translation>强度：</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="55" />
      <source>under a minute</source>
      <translation>不到一分钟</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="57" />
      <source>about %n minute(s)</source>
      <translation>
        <numerusform>约 %n 分钟</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="59" />
      <source>about %n hour(s)</source>
      <translation>
        <numerusform>约 %n 小时</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="61" />
      <source>about %n day(s)</source>
      <translation>
        <numerusform>约 %n 天</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="63" />
      <source>about %n year(s)</source>
      <translation>
        <numerusform>约 %n 年</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="64" />
      <source>more than a thousand years</source>
      <translation>一千多年</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="71" />
      <source>Use several words that belong together only in your head; at least %1 characters.</source>
      <translation>请使用几个只有您自己才会联想到一起的词；至少 %1 个字符。</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="76" />
      <source>very weak</source>
      <translation>非常弱</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="76" />
      <source>weak</source>
      <translation>弱</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="76" />
      <source>fair</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="76" />
      <source>strong</source>
      <translation>强</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="76" />
      <source>very strong</source>
      <translation>非常强</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="77" />
      <source>%1: guessing it would take %2 at the speed of a well-equipped attacker.</source>
      <translation>%1：以装备精良的攻击者的速度，猜出它需要%2。</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="80" />
      <source>Too short: use at least %1 characters.</source>
      <translation>太短：请至少使用 %1 个字符。</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="82" />
      <source>Too easy to guess: add words.</source>
      <translation>太容易被猜到：请再加几个词。</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="84" />
      <source>The two passphrases differ.</source>
      <translation>两次输入的密码短语不一致。</translation>
    </message>
  </context>
  <context>
    <name>PreviewModel</name>
    <message>
      <location filename="../../ui/colleagues/models.py" line="122" />
      <source>new</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="122" />
      <source>changed</source>
      <translation>已更改</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="122" />
      <source>conflict</source>
      <translation>冲突</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>Fields</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="123" />
      <source>held for review</source>
      <translation>暂缓待审核</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="52" />
      <source>Check what will be imported</source>
      <translation>检查将要导入的内容</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="53" />
      <source>Nothing has been written yet. Decide about each possible duplicate; rows in error are left out: save them, fix them, and import that file afterwards.</source>
      <translation>尚未写入任何内容。请对每个可能的重复做出决定；出错的行不会导入：请保存、修改后再导入该文件。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="56" />
      <source>&amp;Apply</source>
      <translation>导入(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="59" />
      <source>What the import will do</source>
      <translation>导入将执行的操作</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="68" />
      <source>Rows in error</source>
      <translation>出错的行</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="69" />
      <source>&amp;Save the rows in error…</source>
      <translation>保存出错的行(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="75" />
      <source>Each row with its problem in an extra column, to fix and import again.</source>
      <translation>每行的问题写在附加的一列中，修改后可再次导入。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="78" />
      <source>Possible duplicates</source>
      <translation>可能的重复</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="82" />
      <source>Decision for every possible duplicate</source>
      <translation>对所有可能重复的决定</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="85" />
      <source>Apply to &amp;all</source>
      <translation>全部应用(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="91" />
      <source>For every row: </source>
      <translation>对所有行：</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="120" />
      <source>Reading %n row(s) and looking for people already in the vault…</source>
      <translation>
        <numerusform>正在读取 %n 行并查找保险库中已有的人员…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="124" />
      <source>Stopped. Go back and forward again to read the sheet again; nothing was written.</source>
      <translation>已停止。返回上一步再前进即可重新读取表格；未写入任何内容。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="134" />
      <source>Possible duplicates (%1)</source>
      <translation>可能的重复（%1）</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="135" />
      <source>Rows in error (%1)</source>
      <translation>出错的行（%1）</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="158" />
      <source>%1 to add, %2 to update, %3 to skip, %4 in error.</source>
      <translation>新增 %1，更新 %2，跳过 %3，出错 %4。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="161" />
      <source>%n row(s) may be someone already there: decide about each below.</source>
      <translation>
        <numerusform>%n 行可能是已有的人员：请在下方逐一决定。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="168" />
      <source>Save the rows in error</source>
      <translation>保存出错的行</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="169" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="180" />
      <source>Saved %n row(s) in error to %1: fix them there, then import that file.</source>
      <translation>
        <numerusform>已将 %n 个出错的行保存到 %1：请在其中修改，然后导入该文件。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="182" />
      <source>Saving the rows in error…</source>
      <translation>正在保存出错的行…</translation>
    </message>
  </context>
  <context>
    <name>RecordField</name>
    <message>
      <location filename="../../ui/editors/picker.py" line="107" />
      <source>Choose a record from the list that appears as you type part of its name.</source>
      <translation>请从输入名称时出现的列表中选择一条记录。</translation>
    </message>
  </context>
  <context>
    <name>RecordListModel</name>
    <message>
      <location filename="../../ui/models/record_list.py" line="28" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="28" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="28" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="29" />
      <source>Last change</source>
      <translation>最后更改</translation>
    </message>
  </context>
  <context>
    <name>RecordPicker</name>
    <message>
      <location filename="../../ui/editors/picker.py" line="47" />
      <source>Type part of a name…</source>
      <translation>输入名称的一部分…</translation>
    </message>
  </context>
  <context>
    <name>RecordView</name>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="51" />
      <source>(deleted record)</source>
      <translation>（已删除的记录）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="104" />
      <location filename="../../ui/widgets/record_sections.py" line="105" />
      <source>Next mark</source>
      <translation>下一个期限</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="147" />
      <source>%1 is %2 this %3</source>
      <translation>%1是此%3的%2</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="150" />
      <source>link</source>
      <translation>关联</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="152" />
      <source>Links</source>
      <translation>关联</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="201" />
      <source>DO NOT USE</source>
      <translation>切勿使用</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="206" />
      <source>monitored</source>
      <translation>受监控</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="231" />
      <source>No emergency sheet yet: edit this person to add who to call and their lawyer.</source>
      <translation>尚无紧急联络单：请编辑此人，添加紧急联系人及其律师。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="233" />
      <location filename="../../ui/widgets/record_sections.py" line="258" />
      <location filename="../../ui/widgets/record_sections.py" line="275" />
      <source>Details</source>
      <translation>详细信息</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="236" />
      <source>day %1 (since %2)</source>
      <translation>第 %1 天（自 %2 起）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="239" />
      <source>(from case events)</source>
      <translation>（根据案件事件）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="248" />
      <source>Timeline of all their cases</source>
      <translation>其所有案件的时间线</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="251" />
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="253" />
      <source>Merged from</source>
      <translation>合并自</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="274" />
      <source>Timeline</source>
      <translation>时间线</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="289" />
      <source>Events</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="294" />
      <source>Interventions</source>
      <translation>干预行动</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="308" />
      <source>Event</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="315" />
      <source>(approximate)</source>
      <translation>（大约）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="53" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="54" />
      <source>&amp;History</source>
      <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="55" />
      <source>Add e&amp;vent</source>
      <translation>添加事件(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="56" />
      <source>Edit this record</source>
      <translation>编辑此记录</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="57" />
      <source>Show this record's history</source>
      <translation>显示此记录的历史</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="58" />
      <source>Add an event to this case</source>
      <translation>为此案件添加事件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="59" />
      <source>Draft re&amp;port…</source>
      <translation>起草报告(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="60" />
      <source>Draft a UN appeal, a case summary or an emergency sheet</source>
      <translation>起草联合国紧急呼吁、案件摘要或紧急联络单</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="62" />
      <source>Sh&amp;red…</source>
      <translation>彻底销毁(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="63" />
      <source>Shred this record for good</source>
      <translation>永久销毁此记录</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="104" />
      <source>Choose a record on the left, or search with Ctrl+K.</source>
      <translation>请在左侧选择一条记录，或按 Ctrl+K 搜索。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="129" />
      <source>No record selected</source>
      <translation>未选择记录</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="134" />
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="137" />
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="156" />
      <source>day %1</source>
      <translation>第 %1 天</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="163" />
      <source>risk: %1</source>
      <translation>风险：%1</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="166" />
      <source>needs review after a merge</source>
      <translation>合并后需要复核</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="168" />
      <source>updated %1</source>
      <translation>更新于 %1</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merged.py" line="29" />
      <source>history</source>
      <translation>历史</translation>
    </message>
  </context>
  <context>
    <name>RecoverPage</name>
    <message>
      <location filename="../../ui/start/recover.py" line="30" />
      <source>Recover with the recovery key</source>
      <translation>用恢复密钥恢复</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="31" />
      <source>Type the recovery key you wrote down when the vault was made, then choose a new passphrase. The old passphrase stops working.</source>
      <translation>请输入创建保险库时抄下的恢复密钥，然后设置新的密码短语。旧密码短语将失效。</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="39" />
      <source>Recovery key</source>
      <translation>恢复密钥</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="41" />
      <source>Recovery &amp;key:</source>
      <translation>恢复密钥(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="49" />
      <source>&amp;Back</source>
      <translation>返回(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="51" />
      <source>&amp;Recover</source>
      <translation>恢复(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="79" />
      <source>Opening with the recovery key and calibrating key derivation…</source>
      <translation>正在用恢复密钥打开并校准密钥派生…</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../ui/safety/recovery_dialog.py" line="14" />
      <source>New recovery key</source>
      <translation>新的恢复密钥</translation>
    </message>
    <message>
      <location filename="../../ui/safety/recovery_dialog.py" line="16" />
      <source>The vault key was replaced. The old recovery key no longer opens this vault: keep this new one instead, and destroy the old sheet.</source>
      <translation>保险库密钥已更换。旧的恢复密钥已无法打开此保险库：请改为保管这把新密钥，并销毁旧的密钥单。</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyPage</name>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="32" />
      <source>Your recovery key</source>
      <translation>您的恢复密钥</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="33" />
      <source>This key is shown only this once. Write it down or print it and keep it away from this computer. With it the vault opens on any computer if the passphrase is forgotten or this computer is lost; anyone who has it can open the vault.</source>
      <translation>此密钥仅显示这一次。请抄下或打印出来，并存放在远离这台电脑的地方。如果忘记密码短语或丢失这台电脑，凭它可在任何电脑上打开保险库；任何持有它的人都能打开保险库。</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="49" />
      <source>Recovery key</source>
      <translation>恢复密钥</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="56" />
      <source>&amp;Save as PDF…</source>
      <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="58" />
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="65" />
      <source>I have &amp;written down, printed or saved the recovery key</source>
      <translation>我已抄下、打印或保存了恢复密钥(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="73" />
      <source>&amp;Continue</source>
      <translation>继续(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="97" />
      <source>With this key and a copy of the vault folder, anyone can open the vault: keep this sheet locked away, not with the computer. In Casebook, choose “Forgot the passphrase?” on the unlock window and type the key.</source>
      <translation>凭此密钥和保险库文件夹的副本，任何人都能打开保险库：请将此单锁好保管，不要与电脑放在一起。在 Casebook 的解锁窗口中选择“忘记密码短语？”，然后输入此密钥。</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="100" />
      <source>Vault folder: %1</source>
      <translation>保险库文件夹：%1</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="101" />
      <source>Vault id: %1</source>
      <translation>保险库编号：%1</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="102" />
      <source>Made on: %1</source>
      <translation>制作日期：%1</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="116" />
      <source>Save the recovery key as PDF</source>
      <translation>将恢复密钥另存为 PDF</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="117" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="125" />
      <source>Casebook recovery key</source>
      <translation>Casebook 恢复密钥</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="132" />
      <source>Print the recovery key</source>
      <translation>打印恢复密钥</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../../ui/reports/dialog.py" line="62" />
      <source>Draft report — %1</source>
      <translation>起草报告 — %1</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="68" />
      <source>English</source>
      <translation>英文</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="69" />
      <source>Chinese (中文)</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="70" />
      <source>The headings change; the text stays in English, as the UN asks.</source>
      <translation>只有标题会改变；正文按联合国的要求保持英文。</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="72" />
      <source>&amp;Report:</source>
      <translation>报告(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="73" />
      <source>&amp;Headings in:</source>
      <translation>标题语言(&amp;H)：</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="77" />
      <source>Consent refusal</source>
      <translation>同意范围不足</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="78" />
      <source>The person or their family agreed to this report: make it anyway</source>
      <translation>当事人或其家属已同意此报告：仍然生成</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="81" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="92" />
      <source>Consent statement</source>
      <translation>同意声明</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="97" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="125" />
      <source>Urgent appeal — UN Working Group on Arbitrary Detention</source>
      <translation>紧急呼吁 — 联合国任意拘留问题工作组</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="126" />
      <source>Report — UN Working Group on Enforced or Involuntary Disappearances</source>
      <translation>报告 — 联合国强迫或非自愿失踪问题工作组</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="127" />
      <source>Submission — UN Special Rapporteur on human rights defenders</source>
      <translation>来文 — 联合国人权维护者处境问题特别报告员</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="128" />
      <source>Case summary for partners</source>
      <translation>供合作伙伴参阅的案件摘要</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="129" />
      <source>Emergency sheet</source>
      <translation>紧急联络单</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="145" />
      <source>Making the draft…</source>
      <translation>正在生成草稿…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="159" />
      <source>Nothing was made. Tick the box only if the person or their family agreed to this report.</source>
      <translation>未生成任何内容。仅在当事人或其家属同意此报告时才勾选此框。</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="164" />
      <source>Made although the consent on record does not cover it, as you confirmed; the report says so. Record that consent in Casebook.</source>
      <translation>记录中的同意范围并不涵盖此报告，但经您确认仍已生成；报告中会注明这一点。请在 Casebook 中记录该同意。</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="167" />
      <source>Draft ready: check every line before sending it.</source>
      <translation>草稿已生成：发送前请逐行核对。</translation>
    </message>
  </context>
  <context>
    <name>ReportOutputs</name>
    <message>
      <location filename="../../ui/reports/outputs.py" line="43" />
      <source>&amp;Copy text</source>
      <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="44" />
      <source>Plain text for the OHCHR online form; the clipboard is cleared after a short while.</source>
      <translation>用于 OHCHR 在线表格的纯文本；剪贴板会在片刻后清空。</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="47" />
      <source>Save as &amp;HTML…</source>
      <translation>另存为 HTML(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="48" />
      <source>Save as &amp;PDF…</source>
      <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="49" />
      <source>Save as &amp;text…</source>
      <translation>另存为文本(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="52" />
      <source>Save the report unencrypted as %1</source>
      <translation>以未加密的 %1 格式保存报告</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="54" />
      <source>P&amp;rint…</source>
      <translation>打印(&amp;R)…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/reports/outputs.py" line="86" />
      <source>Copied as plain text; the clipboard is cleared in %n second(s).</source>
      <translation>
        <numerusform>已复制为纯文本；剪贴板将在 %n 秒后清空。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="96" />
      <source>Save unencrypted?</source>
      <translation>以未加密形式保存？</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="97" />
      <source>The saved report will not be encrypted: anyone with access to where you save it can read it, and deleting it later may not erase it from the disk. Save anyway?</source>
      <translation>保存的报告不会加密：任何能访问保存位置的人都能读取它，之后删除也未必能将其从磁盘上彻底清除。仍要保存吗？</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="107" />
      <source>HTML (*.html)</source>
      <translation>HTML (*.html)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="107" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="107" />
      <source>Text (*.txt)</source>
      <translation>文本 (*.txt)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="108" />
      <source>Save the report</source>
      <translation>保存报告</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="118" />
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="130" />
      <source>Saved to %1. The file is not encrypted: delete it once it has been sent.</source>
      <translation>已保存到 %1。该文件未加密：发送后请删除。</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="146" />
      <source>Print the report</source>
      <translation>打印报告</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="157" />
      <source>Sent to the printer.</source>
      <translation>已发送到打印机。</translation>
    </message>
  </context>
  <context>
    <name>RowErrorsModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="91" />
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="91" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="91" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
  </context>
  <context>
    <name>SafetyDialog</name>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="69" />
      <source>Safety</source>
      <translation>安全</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="75" />
      <source>Your passphrase</source>
      <translation>您的密码短语</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="77" />
      <source>Your &amp;passphrase:</source>
      <translation>您的密码短语(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="82" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="72" />
      <source>These settings act before the vault is opened, so they are kept with its keys. All are off unless you switch them on. Each change asks for your passphrase.</source>
      <translation>这些设置在打开保险库之前就会生效，因此与保险库的密钥保存在一起。除非您开启，否则全部处于关闭状态。每次更改都需要输入密码短语。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="106" />
      <source>Failed unlock attempts</source>
      <translation>解锁失败尝试</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="107" />
      <source>&amp;Wipe the vault after this many failed unlock attempts in a row:</source>
      <translation>连续解锁失败达到此次数后抹除保险库(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="110" />
      <source>Failed unlock attempts before the wipe</source>
      <translation>抹除前允许的解锁失败次数</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="115" />
      <source>&amp;Apply</source>
      <translation>应用(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="116" />
      <source>Apply the wipe-after setting</source>
      <translation>应用失败后抹除设置</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="124" />
      <source>&amp;Count failed unlock attempts, so the activity log shows them</source>
      <translation>统计解锁失败尝试，使其显示在活动日志中(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="127" />
      <source>Off, a wrong passphrase changes no file in the vault folder. On, a small file there holds the times of failed attempts until the next unlock, which tells anyone who looks at the folder that someone tried, and when. Always on while wiping after failed attempts is on.</source>
      <translation>关闭时，输错密码短语不会改动保险库文件夹中的任何文件。开启时，该文件夹中会有一个小文件记录失败尝试的时间，直到下次解锁；查看该文件夹的任何人都能由此得知有人尝试过以及尝试的时间。开启“失败后抹除”时此项始终开启。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="130" />
      <source>Appl&amp;y</source>
      <translation>应用(&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="131" />
      <source>Apply the counting setting</source>
      <translation>应用统计设置</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="153" />
      <source>Risks: your own typos, or anyone at this computer, can destroy the vault with %1 wrong guesses; someone who wants your records gone only has to guess wrong %1 times. It does not slow anyone who has copied the folder (they guess against their copy), and anyone who can write to the folder can reset the count. Keep a backup elsewhere.</source>
      <translation>风险：您自己的输入错误，或任何能接触这台电脑的人，只要猜错 %1 次就能毁掉保险库；想让您的记录消失的人只需故意猜错 %1 次。它不能拖慢已复制了该文件夹的人（他们会针对副本进行猜测），而任何能写入该文件夹的人都能重置计数。请在别处保留备份。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="159" />
      <location filename="../../ui/safety/settings_dialog.py" line="166" />
      <source>Duress passphrase</source>
      <translation>胁迫密码短语</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="161" />
      <source>A duress passphrase wipes this vault instead of unlocking it, and Casebook then says only that the passphrase is wrong. Risks: the vault is gone for you too (only a backup brings it back); whoever made you type it will see the vault folder vanish, which may put you at risk; anyone who learns it can destroy the vault; a copy of the folder taken earlier is not affected. Nothing in the vault, and nothing here, shows whether one is set.</source>
      <translation>输入胁迫密码短语会抹除此保险库而不是解锁，随后 Casebook 只会提示密码短语错误。风险：保险库对您来说也不复存在（只有备份才能恢复）；迫使您输入的人会看到保险库文件夹消失，这可能使您陷入危险；任何知道它的人都能毁掉保险库；事先复制的文件夹副本不受影响。保险库中及此处都不会显示是否设置了胁迫密码短语。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="167" />
      <source>Duress passphrase again</source>
      <translation>再次输入胁迫密码短语</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="169" />
      <source>&amp;Duress passphrase:</source>
      <translation>胁迫密码短语(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="171" />
      <source>A&amp;gain:</source>
      <translation>再输一次(&amp;G)：</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="175" />
      <source>&amp;Set duress passphrase</source>
      <translation>设置胁迫密码短语(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="178" />
      <source>Re&amp;move duress passphrase</source>
      <translation>移除胁迫密码短语(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="196" />
      <source>Vault key</source>
      <translation>保险库密钥</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="198" />
      <source>Replacing the vault key re-encrypts the database and rewraps every record key, so copies of its pages left on the disk (after a shred, say) no longer open. The passphrase stays the same; the old recovery key stops working and a new one is shown once.</source>
      <translation>更换保险库密钥会重新加密数据库并重新封装每条记录的密钥，这样磁盘上残留的页面副本（例如彻底销毁记录之后）将无法再打开。密码短语保持不变；旧的恢复密钥失效，新的恢复密钥只显示一次。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="202" />
      <source>&amp;Replace the vault key…</source>
      <translation>更换保险库密钥(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="218" />
      <source>Type your passphrase first: every change here needs it.</source>
      <translation>请先输入您的密码短语：此处的每项更改都需要它。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/safety/settings_dialog.py" line="264" />
      <source>The vault will be wiped after %n failed unlock attempt(s) in a row.</source>
      <translation>
        <numerusform>连续解锁失败 %n 次后将抹除保险库。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="265" />
      <source>Wiping after failed unlock attempts is off.</source>
      <translation>“解锁失败后抹除”已关闭。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="267" />
      <location filename="../../ui/safety/settings_dialog.py" line="281" />
      <location filename="../../ui/safety/settings_dialog.py" line="304" />
      <source>Checking the passphrase…</source>
      <translation>正在检查密码短语…</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="278" />
      <source>Failed unlock attempts are counted and logged at the next unlock.</source>
      <translation>解锁失败尝试会被统计，并在下次解锁时记入日志。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="279" />
      <source>Failed unlock attempts are not counted (unless wiping after them is on).</source>
      <translation>不统计解锁失败尝试（除非已开启失败后抹除）。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="287" />
      <source>The duress passphrase is set. Typing it at unlock wipes the vault.</source>
      <translation>胁迫密码短语已设置。解锁时输入它会抹除保险库。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="290" />
      <source>No duress passphrase is set now.</source>
      <translation>当前未设置胁迫密码短语。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="308" />
      <source>Replacing the vault key: re-encrypting the database and every record key…</source>
      <translation>正在更换保险库密钥：重新加密数据库和每条记录的密钥…</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="312" />
      <source>The vault key was replaced.</source>
      <translation>保险库密钥已更换。</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message>
      <location filename="../../ui/models/search_results.py" line="64" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/models/search_results.py" line="64" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="32" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="35" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="37" />
      <source>Lock after idle minutes</source>
      <translation>闲置多少分钟后锁定</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="40" />
      <location filename="../../ui/main/settings_dialog.py" line="53" />
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="42" />
      <source>Clear the clipboard after seconds</source>
      <translation>多少秒后清空剪贴板</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="44" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="46" />
      <source>As the system (%1)</source>
      <translation>跟随系统（%1）</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="55" />
      <source>Key derivation time</source>
      <translation>密钥派生时间</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="56" />
      <source>&amp;Recalibrate now…</source>
      <translation>立即重新校准(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="64" />
      <source>Lock after &amp;idle:</source>
      <translation>闲置后锁定(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="65" />
      <source>Clear copied details &amp;after:</source>
      <translation>复制的信息清空时间(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="66" />
      <source>&amp;Language (on next start):</source>
      <translation>语言（下次启动生效）(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="67" />
      <source>&amp;Key derivation takes:</source>
      <translation>密钥派生耗时(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="75" />
      <source>Settings hold no names, searches or other contents of the vault.</source>
      <translation>设置中不包含姓名、搜索内容或保险库的其他内容。</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="88" />
      <source>Recalibrate key derivation</source>
      <translation>重新校准密钥派生</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="89" />
      <source>Type the passphrase to confirm:</source>
      <translation>请输入密码短语以确认：</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="97" />
      <source>Measuring this computer and rewrapping the vault key…</source>
      <translation>正在测量本机性能并重新封装保险库密钥…</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="104" />
      <source>Done: unlocking now takes about %1 s on this computer.</source>
      <translation>完成：现在在本机上解锁约需 %1 秒。</translation>
    </message>
  </context>
  <context>
    <name>StartWindow</name>
    <message>
      <location filename="../../ui/start/window.py" line="34" />
      <source>Casebook</source>
      <translation>Casebook</translation>
    </message>
    <message>
      <location filename="../../ui/start/window.py" line="96" />
      <source>Open a vault folder</source>
      <translation>打开保险库文件夹</translation>
    </message>
    <message>
      <location filename="../../ui/start/window.py" line="102" />
      <source>That folder is not a Casebook vault (it has no keyslots.json).</source>
      <translation>该文件夹不是 Casebook 保险库（其中没有 keyslots.json）。</translation>
    </message>
  </context>
  <context>
    <name>TableField</name>
    <message>
      <location filename="../../ui/editors/tables.py" line="120" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="121" />
      <source>Add to %1</source>
      <translation>添加到%1</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="123" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="124" />
      <source>Remove the selected row (Delete)</source>
      <translation>删除所选行（Delete）</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="125" />
      <source>Remove the selected row of %1</source>
      <translation>删除%1中的所选行</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="243" />
      <source>Row %1</source>
      <translation>第 %1 行</translation>
    </message>
  </context>
  <context>
    <name>TagsField</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="177" />
      <source>comma-separated, e.g. 709 crackdown, Xinjiang</source>
      <translation>以逗号分隔，例如：709 大抓捕, 新疆</translation>
    </message>
  </context>
  <context>
    <name>TaskPage</name>
    <message>
      <location filename="../../ui/importing/state.py" line="56" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/importing/state.py" line="58" />
      <source>Progress</source>
      <translation>进度</translation>
    </message>
    <message>
      <location filename="../../ui/importing/state.py" line="101" />
      <source>Stopped; nothing was written.</source>
      <translation>已停止；未写入任何内容。</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="48" />
      <source>37-day limit of criminal detention</source>
      <translation>刑事拘留 37 天期限</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="49" />
      <source>six-month limit of RSDL</source>
      <translation>指定居所监视居住六个月期限</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="96" />
      <source>Case timeline</source>
      <translation>案件时间线</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="115" />
      <source>No dated events yet.</source>
      <translation>尚无带日期的事件。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="116" />
      <source>not known from the events</source>
      <translation>无法从事件得知</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="117" />
      <source>Status: %1</source>
      <translation>状态：%1</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="119" />
      <source>day %1 deprived of liberty (since %2)</source>
      <translation>被剥夺自由第 %1 天（自 %2 起）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="122" />
      <source>(showing %1 to %2; 0 shows all)</source>
      <translation>（显示 %1 至 %2；按 0 显示全部）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="132" />
      <source>approximate</source>
      <translation>大约</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="350" />
      <source>exact date</source>
      <translation>确切日期</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="350" />
      <source>month or year only</source>
      <translation>仅知月份或年份</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="351" />
      <source>approximate (~)</source>
      <translation>大约（~）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="355" />
      <source>legal time limit</source>
      <translation>法定期限</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="416" />
      <source>approximate date</source>
      <translation>大约日期</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="418" />
      <source>known only to the %1</source>
      <translation>仅知%1</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="418" />
      <source>month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="418" />
      <source>year</source>
      <translation>年份</translation>
    </message>
  </context>
  <context>
    <name>UnlockPage</name>
    <message>
      <location filename="../../ui/start/unlock.py" line="32" />
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="34" />
      <location filename="../../ui/start/unlock.py" line="35" />
      <source>Passphrase</source>
      <translation>密码短语</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="37" />
      <source>&amp;Unlock</source>
      <translation>解锁(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="44" />
      <source>&amp;Remember this vault's folder on this computer</source>
      <translation>在此计算机上记住此保险库的文件夹(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="45" />
      <source>Casebook then keeps the folder's path in its settings file, where anyone who looks at this computer can find it. Off, you choose the folder each time.</source>
      <translation>Casebook 会将该文件夹的路径保存在其设置文件中，任何查看这台计算机的人都能找到它。关闭此项，则每次都需选择文件夹。</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="49" />
      <source>&amp;Forgot the passphrase?</source>
      <translation>忘记密码短语(&amp;F)？</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="52" />
      <source>&amp;Another vault…</source>
      <translation>其他保险库(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="59" />
      <source>Ctrl+L locks the vault again at any time and closes every window.</source>
      <translation>随时按 Ctrl+L 即可重新锁定保险库并关闭所有窗口。</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="66" />
      <source>Vault: %1</source>
      <translation>保险库：%1</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="78" />
      <source>Type the passphrase first.</source>
      <translation>请先输入密码短语。</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="82" />
      <source>Deriving the key from the passphrase…</source>
      <translation>正在由密码短语推导密钥…</translation>
    </message>
  </context>
  <context>
    <name>VerifyDialog</name>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="80" />
      <source>Verify %1</source>
      <translation>核验 %1</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="81" />
      <source>Meet %1, or call on a channel you trust. Read these groups aloud together: they must be the same on %1's screen, under Your identity.</source>
      <translation>请与 %1 见面，或通过您信任的渠道通话。一起大声朗读这些分组：它们必须与 %1 屏幕上“您的身份标识”下显示的完全相同。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="85" />
      <source>%1's fingerprint</source>
      <translation>%1 的指纹</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="87" />
      <source>Your fingerprint</source>
      <translation>您的指纹</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="89" />
      <location filename="../../ui/colleagues/contact_dialogs.py" line="90" />
      <source>They match</source>
      <translation>两者一致</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="95" />
      <source>%1's fingerprint:</source>
      <translation>%1 的指纹：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="96" />
      <source>Yours, for them to check:</source>
      <translation>您的指纹，供对方核对：</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../ui/start/welcome.py" line="21" />
      <source>Welcome to Casebook</source>
      <translation>欢迎使用 Casebook</translation>
    </message>
    <message>
      <location filename="../../ui/start/welcome.py" line="22" />
      <source>Casebook keeps your records of the people you support in one encrypted vault folder. Nothing is sent anywhere, and nothing personal is written outside the vault.</source>
      <translation>Casebook 将您所支持人员的记录保存在一个加密的保险库文件夹中。不会向任何地方发送任何内容，也不会在保险库之外写入任何个人信息。</translation>
    </message>
    <message>
      <location filename="../../ui/start/welcome.py" line="26" />
      <source>&amp;Create a new vault…</source>
      <translation>新建保险库(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/welcome.py" line="27" />
      <source>&amp;Open an existing vault…</source>
      <translation>打开已有保险库(&amp;O)…</translation>
    </message>
  </context>
  <context>
    <name>WipeDialog</name>
    <message>
      <location filename="../../ui/safety/wipe.py" line="47" />
      <source>Emergency wipe</source>
      <translation>紧急抹除</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="50" />
      <source>This destroys the vault “%1” for good, in under a second: every key slot is overwritten, so neither the passphrase nor the recovery key will open it again, and then its files are removed. Only a backup or copy made earlier survives.</source>
      <translation>此操作会在一秒内永久销毁保险库“%1”：每个密钥槽都会被覆写，密码短语和恢复密钥都将无法再打开它，随后其文件会被删除。只有事先制作的备份或副本能够保留下来。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="54" />
      <source>Type the vault folder's name (%1) to wipe it:</source>
      <translation>输入保险库文件夹的名称（%1）以抹除它：</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="57" />
      <source>Vault folder name</source>
      <translation>保险库文件夹名称</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="61" />
      <source>Countdown</source>
      <translation>倒计时</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="67" />
      <source>Time left before the wipe</source>
      <translation>距抹除的剩余时间</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="71" />
      <source>&amp;Wipe the vault</source>
      <translation>抹除保险库(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="72" />
      <source>Wipe the vault for good</source>
      <translation>永久抹除保险库</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/safety/wipe.py" line="107" />
      <source>Wiping in %n second(s). Press Esc or Cancel to stop.</source>
      <translation>
        <numerusform>%n 秒后抹除。按 Esc 或“取消”可中止。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="117" />
      <source>Wiping…</source>
      <translation>正在抹除…</translation>
    </message>
  </context>
  <context>
    <name>YesNoField</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="212" />
      <source>not known</source>
      <translation>不详</translation>
    </message>
  </context>
  <context>
    <name>editors</name>
    <message>
      <location filename="../../ui/editors/forms.py" line="39" />
      <source>Identity</source>
      <translation>身份</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="42" />
      <source>Contact</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="43" />
      <source>Safety</source>
      <translation>安全</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="43" />
      <source>derived from case events</source>
      <translation>根据案件事件推断</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="49" />
      <location filename="../../ui/editors/forms.py" line="64" />
      <source>Notes and sources</source>
      <translation>备注和来源</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="54" />
      <source>Organisation</source>
      <translation>机构</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="60" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="62" />
      <source>Charges and authorities</source>
      <translation>罪名和机关</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="70" />
      <source>Event</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="73" />
      <source>Detention</source>
      <translation>羁押</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="77" />
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="82" />
      <source>Intervention</source>
      <translation>干预行动</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="90" />
      <source>Link</source>
      <translation>关联</translation>
    </message>
    <message>
      <location filename="../../ui/editors/undo.py" line="16" />
      <source>Change %1</source>
      <translation>更改%1</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <location filename="../../ui/editors/labels.py" line="17" />
      <source>Names</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="18" />
      <source>Roles</source>
      <translation>身份角色</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="19" />
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="20" />
      <source>Birth date</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="21" />
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="22" />
      <source>Occupation</source>
      <translation>职业</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="23" />
      <source>Places</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="24" />
      <source>Channels</source>
      <translation>联系渠道</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="25" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="26" />
      <source>Risk level</source>
      <translation>风险等级</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="27" />
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="28" />
      <source>Emergency sheet</source>
      <translation>紧急联络单</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="29" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="30" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="31" />
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="32" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="33" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="34" />
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="35" />
      <source>Authorities</source>
      <translation>机关</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="36" />
      <source>Charges</source>
      <translation>罪名</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="37" />
      <source>Location</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="38" />
      <source>Checklist</source>
      <translation>行动清单</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="39" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="40" />
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="41" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="42" />
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="43" />
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="44" />
      <source>Detention details</source>
      <translation>羁押详情</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="45" />
      <source>Confidence</source>
      <translation>可信度</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="46" />
      <source>Addressee</source>
      <translation>收件方</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="47" />
      <source>Response</source>
      <translation>回复</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="48" />
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="49" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="50" />
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="51" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="52" />
      <source>Value</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="53" />
      <source>Kind</source>
      <translation>种类</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="54" />
      <source>Script</source>
      <translation>文字</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="55" />
      <source>Safety</source>
      <translation>安全性</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="56" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="57" />
      <source>Charge</source>
      <translation>罪名</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="58" />
      <source>Legal article</source>
      <translation>法律条款</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="59" />
      <source>Who to call</source>
      <translation>紧急联系人</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="60" />
      <source>Lawyer</source>
      <translation>律师</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="61" />
      <source>Medical needs</source>
      <translation>医疗需求</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="62" />
      <source>Prior instructions</source>
      <translation>事先嘱托</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="63" />
      <source>Given on</source>
      <translation>同意日期</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="64" />
      <source>Scope</source>
      <translation>范围</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="65" />
      <source>Facility</source>
      <translation>关押场所</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="66" />
      <source>Whereabouts known</source>
      <translation>下落已知</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="67" />
      <source>Family notified</source>
      <translation>已通知家属</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="68" />
      <source>Lawyer access</source>
      <translation>律师会见</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="69" />
      <source>Conditions</source>
      <translation>关押条件</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="70" />
      <source>Health</source>
      <translation>健康状况</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="71" />
      <source>Reliability of the source</source>
      <translation>来源可靠性</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="72" />
      <source>Credibility of the information</source>
      <translation>信息可信度</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="73" />
      <source>Internal only</source>
      <translation>仅限内部</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="74" />
      <source>Item</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="75" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="76" />
      <source>Merged from</source>
      <translation>合并自</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="19" />
      <source>person</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="20" />
      <source>organisation</source>
      <translation>机构</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="21" />
      <source>case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="22" />
      <source>event</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="23" />
      <source>intervention</source>
      <translation>干预行动</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="24" />
      <source>link</source>
      <translation>关联</translation>
    </message>
  </context>
  <context>
    <name>marks</name>
    <message>
      <location filename="../../ui/labels.py" line="56" />
      <source>37-day limit of criminal detention</source>
      <translation>刑事拘留 37 天期限</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="57" />
      <source>six-month limit of RSDL</source>
      <translation>指定居所监视居住六个月期限</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="58" />
      <source>end of the WGEID urgent procedure</source>
      <translation>强迫失踪问题工作组紧急程序截止</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="59" />
      <source>next hearing</source>
      <translation>下次庭审</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/labels.py" line="75" />
      <source>passed %n day(s) ago</source>
      <translation>
        <numerusform>已过去 %n 天</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="77" />
      <source>today</source>
      <translation>今天</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/labels.py" line="78" />
      <source>%n day(s) left</source>
      <translation>
        <numerusform>还剩 %n 天</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="83" />
      <source>The day of detention is day 0, as the law counts periods: the 37-day limit of criminal detention falls on day 37.</source>
      <translation>按照法律计算期间的方式，被羁押当天为第 0 天：刑事拘留的 37 天期限落在第 37 天。</translation>
    </message>
  </context>
  <context>
    <name>scripts</name>
    <message>
      <location filename="../../ui/editors/labels.py" line="81" />
      <source>Han (Chinese characters)</source>
      <translation>汉字</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="82" />
      <source>Han, simplified</source>
      <translation>简体汉字</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="83" />
      <source>Han, traditional</source>
      <translation>繁体汉字</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="84" />
      <source>Latin</source>
      <translation>拉丁字母</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="85" />
      <source>Arabic (Uyghur)</source>
      <translation>阿拉伯字母（维吾尔文）</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="86" />
      <source>Tibetan</source>
      <translation>藏文</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="87" />
      <source>Mongolian</source>
      <translation>蒙古文</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="88" />
      <source>Cyrillic</source>
      <translation>西里尔字母</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="89" />
      <source>Hangul</source>
      <translation>谚文</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="90" />
      <source>Hiragana</source>
      <translation>平假名</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="91" />
      <source>Katakana</source>
      <translation>片假名</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="92" />
      <source>Greek</source>
      <translation>希腊字母</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="93" />
      <source>Hebrew</source>
      <translation>希伯来字母</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="94" />
      <source>Thai</source>
      <translation>泰文</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="95" />
      <source>Devanagari</source>
      <translation>天城文</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="96" />
      <source>Common (digits, symbols)</source>
      <translation>通用（数字、符号）</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="97" />
      <source>Unknown</source>
      <translation>未知</translation>
    </message>
  </context>
  <context>
    <name>sections</name>
    <message>
      <location filename="../../ui/main/sections.py" line="43" />
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="44" />
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="45" />
      <source>Organisations</source>
      <translation>机构</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="46" />
      <source>Recent changes</source>
      <translation>最近更改</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="50" />
      <source>Detained now</source>
      <translation>目前被羁押</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="52" />
      <source>Colleagues</source>
      <translation>同事</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="53" />
      <source>Activity</source>
      <translation>活动</translation>
    </message>
  </context>
  <context>
    <name>shred</name>
    <message>
      <location filename="../../ui/safety/shred.py" line="26" />
      <source>Shred this record?</source>
      <translation>彻底销毁此记录？</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="28" />
      <source>Shred “%1” for good?</source>
      <translation>要永久彻底销毁“%1”吗？</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="29" />
      <source>Shredding destroys this record's key, its text, every earlier version, its search entries and its attachments, so that nothing of it can be found in the vault's files afterwards. It cannot be undone, and not even a backup made later will have it. The activity log keeps only that a %1 was shredded.</source>
      <translation>彻底销毁会销毁此记录的密钥、文本、所有早期版本、搜索索引条目及其附件，之后在保险库的文件中再也找不到它的任何内容。此操作无法撤销，之后制作的备份中也不会有它。活动日志只会记录有一个%1被彻底销毁。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="34" />
      <source>&amp;Shred</source>
      <translation>彻底销毁(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="36" />
      <source>Shred the record for good</source>
      <translation>永久彻底销毁此记录</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="57" />
      <source>Not shredded</source>
      <translation>未销毁</translation>
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <location filename="../../ui/tasks.py" line="85" />
      <source>Something went wrong inside Casebook; nothing was changed. Please report it.</source>
      <translation>Casebook 内部出错；未做任何更改。请报告此问题。</translation>
    </message>
  </context>
  <context>
    <name>vocab</name>
    <message>
      <location filename="../../ui/labels.py" line="45" />
      <source>RSDL (residential surveillance)</source>
      <translation>指居</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="100" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="100" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>非政府组织</translation>
    </message>
    <message>
      <source>Signal</source>
      <translation>Signal</translation>
    </message>
    <message>
      <source>Telegram</source>
      <translation>Telegram</translation>
    </message>
    <message>
      <source>UN urgent appeal sent</source>
      <translation>已向联合国发出紧急呼吁</translation>
    </message>
    <message>
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <source>acknowledged</source>
      <translation>已确认收到</translation>
    </message>
    <message>
      <source>activist</source>
      <translation>活动人士</translation>
    </message>
    <message>
      <source>administrative detention</source>
      <translation>行政拘留</translation>
    </message>
    <message>
      <source>alias</source>
      <translation>别名</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>已回复</translation>
    </message>
    <message>
      <source>at liberty</source>
      <translation>自由</translation>
    </message>
    <message>
      <source>authorities</source>
      <translation>办案机关</translation>
    </message>
    <message>
      <source>birth date</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>black jail</source>
      <translation>黑监狱</translation>
    </message>
    <message>
      <source>case location</source>
      <translation>案发地点</translation>
    </message>
    <message>
      <source>case notes</source>
      <translation>案情</translation>
    </message>
    <message>
      <source>case status</source>
      <translation>案件状态</translation>
    </message>
    <message>
      <source>case title</source>
      <translation>案件标题</translation>
    </message>
    <message>
      <source>case type</source>
      <translation>案件类型</translation>
    </message>
    <message>
      <source>charged</source>
      <translation>被指控</translation>
    </message>
    <message>
      <source>charges</source>
      <translation>罪名</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <source>colleague of</source>
      <translation>同事</translation>
    </message>
    <message>
      <source>community leader</source>
      <translation>社区领袖</translation>
    </message>
    <message>
      <source>completely reliable</source>
      <translation>完全可靠</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>已证实</translation>
    </message>
    <message>
      <source>confirmed by other sources</source>
      <translation>已由其他来源证实</translation>
    </message>
    <message>
      <source>consent to go public decided with the family</source>
      <translation>已与家属商定是否公开</translation>
    </message>
    <message>
      <source>criminal detention</source>
      <translation>刑事拘留</translation>
    </message>
    <message>
      <source>critical</source>
      <translation>危急</translation>
    </message>
    <message>
      <source>date detained</source>
      <translation>拘留日期</translation>
    </message>
    <message>
      <source>deceased</source>
      <translation>已故</translation>
    </message>
    <message>
      <source>defender</source>
      <translation>人权捍卫者</translation>
    </message>
    <message>
      <source>denied</source>
      <translation>被拒绝</translation>
    </message>
    <message>
      <source>detained</source>
      <translation>被羁押</translation>
    </message>
    <message>
      <source>detention</source>
      <translation>羁押</translation>
    </message>
    <message>
      <source>detention facility</source>
      <translation>羁押场所</translation>
    </message>
    <message>
      <source>disappeared</source>
      <translation>失踪</translation>
    </message>
    <message>
      <source>do not use</source>
      <translation>切勿使用</translation>
    </message>
    <message>
      <source>doubtful</source>
      <translation>存疑</translation>
    </message>
    <message>
      <source>email</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <source>embassy démarche</source>
      <translation>使馆交涉</translation>
    </message>
    <message>
      <source>enforced disappearance</source>
      <translation>强迫失踪</translation>
    </message>
    <message>
      <source>event type</source>
      <translation>事件类型</translation>
    </message>
    <message>
      <source>fairly reliable</source>
      <translation>比较可靠</translation>
    </message>
    <message>
      <source>family</source>
      <translation>家属</translation>
    </message>
    <message>
      <source>family member</source>
      <translation>家属</translation>
    </message>
    <message>
      <source>family of</source>
      <translation>家属</translation>
    </message>
    <message>
      <source>family support</source>
      <translation>家属支援</translation>
    </message>
    <message>
      <source>family told</source>
      <translation>已告知家属</translation>
    </message>
    <message>
      <source>female</source>
      <translation>女</translation>
    </message>
    <message>
      <source>formally arrested</source>
      <translation>正式逮捕</translation>
    </message>
    <message>
      <source>government body</source>
      <translation>政府机关</translation>
    </message>
    <message>
      <source>granted</source>
      <translation>已获准</translation>
    </message>
    <message>
      <source>harassment</source>
      <translation>骚扰</translation>
    </message>
    <message>
      <source>health concern</source>
      <translation>健康问题</translation>
    </message>
    <message>
      <source>hearing</source>
      <translation>庭审</translation>
    </message>
    <message>
      <source>high</source>
      <translation>高</translation>
    </message>
    <message>
      <source>ill-treatment</source>
      <translation>虐待</translation>
    </message>
    <message>
      <source>imprisoned</source>
      <translation>服刑</translation>
    </message>
    <message>
      <source>improbable</source>
      <translation>不太可能</translation>
    </message>
    <message>
      <source>in exile</source>
      <translation>流亡</translation>
    </message>
    <message>
      <source>indicted</source>
      <translation>被起诉</translation>
    </message>
    <message>
      <source>internal only</source>
      <translation>仅限内部</translation>
    </message>
    <message>
      <source>journalist</source>
      <translation>记者</translation>
    </message>
    <message>
      <source>kind of detention</source>
      <translation>拘留类型</translation>
    </message>
    <message>
      <source>law firm</source>
      <translation>律师事务所</translation>
    </message>
    <message>
      <source>lawyer</source>
      <translation>律师</translation>
    </message>
    <message>
      <source>lawyer (emergency sheet)</source>
      <translation>律师（紧急联络单）</translation>
    </message>
    <message>
      <source>lawyer access</source>
      <translation>律师会见</translation>
    </message>
    <message>
      <source>lawyer access denied</source>
      <translation>拒绝律师会见</translation>
    </message>
    <message>
      <source>lawyer engaged</source>
      <translation>已聘请律师</translation>
    </message>
    <message>
      <source>lawyer of</source>
      <translation>律师</translation>
    </message>
    <message>
      <source>lawyer visit</source>
      <translation>律师会见</translation>
    </message>
    <message>
      <source>legal</source>
      <translation>法定姓名</translation>
    </message>
    <message>
      <source>legal article of the charge</source>
      <translation>罪名所依法条</translation>
    </message>
    <message>
      <source>letter to authorities</source>
      <translation>致当局信函</translation>
    </message>
    <message>
      <source>listed partners</source>
      <translation>列明的合作伙伴</translation>
    </message>
    <message>
      <source>low</source>
      <translation>低</translation>
    </message>
    <message>
      <source>male</source>
      <translation>男</translation>
    </message>
    <message>
      <source>media</source>
      <translation>媒体</translation>
    </message>
    <message>
      <source>medical needs (emergency sheet)</source>
      <translation>医疗需求（紧急联络单）</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>中</translation>
    </message>
    <message>
      <source>member of</source>
      <translation>成员</translation>
    </message>
    <message>
      <source>monitored</source>
      <translation>受监控</translation>
    </message>
    <message>
      <source>monitoring</source>
      <translation>跟进中</translation>
    </message>
    <message>
      <source>name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>name in Han characters</source>
      <translation>汉字姓名</translation>
    </message>
    <message>
      <source>name in Latin letters</source>
      <translation>拉丁字母姓名</translation>
    </message>
    <message>
      <source>name in Tibetan script</source>
      <translation>藏文姓名</translation>
    </message>
    <message>
      <source>name in Uyghur (Arabic script)</source>
      <translation>维吾尔文姓名（阿拉伯字母）</translation>
    </message>
    <message>
      <source>name in pinyin</source>
      <translation>拼音姓名</translation>
    </message>
    <message>
      <source>nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <source>normal</source>
      <translation>普通</translation>
    </message>
    <message>
      <source>not usually reliable</source>
      <translation>通常不可靠</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>occupation</source>
      <translation>职业</translation>
    </message>
    <message>
      <source>official</source>
      <translation>官员</translation>
    </message>
    <message>
      <source>online handle</source>
      <translation>网名</translation>
    </message>
    <message>
      <source>open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>organisation</source>
      <translation>机构</translation>
    </message>
    <message>
      <source>other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>partner organisations alerted</source>
      <translation>已通知合作机构</translation>
    </message>
    <message>
      <source>phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>place detained</source>
      <translation>拘留地点</translation>
    </message>
    <message>
      <source>places</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>计划中</translation>
    </message>
    <message>
      <source>political re-education camp</source>
      <translation>政治“再教育”营</translation>
    </message>
    <message>
      <source>possibly true</source>
      <translation>可能属实</translation>
    </message>
    <message>
      <source>primary</source>
      <translation>主要姓名</translation>
    </message>
    <message>
      <source>probable</source>
      <translation>很可能</translation>
    </message>
    <message>
      <source>probably true</source>
      <translation>很可能属实</translation>
    </message>
    <message>
      <source>prosecution</source>
      <translation>起诉</translation>
    </message>
    <message>
      <source>psychiatric confinement</source>
      <translation>强制精神病收治</translation>
    </message>
    <message>
      <source>public advocacy</source>
      <translation>公开倡导</translation>
    </message>
    <message>
      <source>public statement</source>
      <translation>公开声明</translation>
    </message>
    <message>
      <source>released</source>
      <translation>获释</translation>
    </message>
    <message>
      <source>reliability cannot be judged</source>
      <translation>可靠性无法判断</translation>
    </message>
    <message>
      <source>religious community</source>
      <translation>宗教团体</translation>
    </message>
    <message>
      <source>religious leader</source>
      <translation>宗教领袖</translation>
    </message>
    <message>
      <source>reprisal against family</source>
      <translation>对家属的报复</translation>
    </message>
    <message>
      <source>residential surveillance at a designated location</source>
      <translation>指定居所监视居住</translation>
    </message>
    <message>
      <source>risk level</source>
      <translation>风险等级</translation>
    </message>
    <message>
      <source>roles</source>
      <translation>身份</translation>
    </message>
    <message>
      <source>romanised</source>
      <translation>拉丁转写</translation>
    </message>
    <message>
      <source>safe</source>
      <translation>安全</translation>
    </message>
    <message>
      <source>scholar</source>
      <translation>学者</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>已发送</translation>
    </message>
    <message>
      <source>sentenced</source>
      <translation>被判刑</translation>
    </message>
    <message>
      <source>sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>surveillance</source>
      <translation>监控</translation>
    </message>
    <message>
      <source>sympathetic governments alerted</source>
      <translation>已通知友好国家政府</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>transferred</source>
      <translation>被转移</translation>
    </message>
    <message>
      <source>transnational repression</source>
      <translation>跨国镇压</translation>
    </message>
    <message>
      <source>travel ban</source>
      <translation>出境限制</translation>
    </message>
    <message>
      <source>truth cannot be judged</source>
      <translation>真实性无法判断</translation>
    </message>
    <message>
      <source>unconfirmed</source>
      <translation>未证实</translation>
    </message>
    <message>
      <source>university</source>
      <translation>大学</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不详</translation>
    </message>
    <message>
      <source>unreliable</source>
      <translation>不可靠</translation>
    </message>
    <message>
      <source>urgent</source>
      <translation>紧急</translation>
    </message>
    <message>
      <source>urgent appeal to UN Special Procedures</source>
      <translation>向联合国特别程序发出紧急呼吁</translation>
    </message>
    <message>
      <source>usually reliable</source>
      <translation>通常可靠</translation>
    </message>
    <message>
      <source>who to call (emergency sheet)</source>
      <translation>紧急联系人（紧急联络单）</translation>
    </message>
    <message>
      <source>witness</source>
      <translation>证人</translation>
    </message>
  </context>
  <context>
    <name>wipe</name>
    <message>
      <location filename="../../ui/safety/wipe.py" line="134" />
      <source>The vault “%1” is gone: its keys were destroyed and its files removed. Neither the passphrase nor the recovery key can open it again.</source>
      <translation>保险库“%1”已不复存在：其密钥已被销毁，文件已被删除。密码短语和恢复密钥都无法再打开它。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="137" />
      <source>The OS keyring refused to delete its device secret; it is useless now, but you may remove it by hand.</source>
      <translation>操作系统密钥环拒绝删除其设备密钥；该密钥现已无用，但您可以手动删除它。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="141" />
      <source>Files not made by Casebook were left in its folder: %1.</source>
      <translation>保险库文件夹中留有不是由 Casebook 创建的文件：%1。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="152" />
      <source>Vault wiped</source>
      <translation>保险库已抹除</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Passphrase-only mode: no OS keyring is used, so the passphrase alone opens this vault. Choose a long passphrase.</source>
      <translation>仅密码短语模式：不使用操作系统密钥环，因此仅凭密码短语即可打开此保险库。请选择较长的密码短语。</translation>
    </message>
    <message>
      <source>The consent on record does not cover a submission to the UN, which names the person to the Government and in a public report; record consent for public advocacy from the person or their family, or override only if they agreed to this submission.</source>
      <translation>记录中的同意范围不涵盖向联合国提交来文：来文会向该国政府并在公开报告中点名当事人。请记录当事人或其家属对公开倡导的同意；只有在他们同意此次来文时才可强制生成。</translation>
    </message>
    <message>
      <source>The consent on record does not cover sharing with partners; record the person's consent for listed partners, or override only if they agreed to this summary.</source>
      <translation>记录中的同意范围不涵盖与合作伙伴共享：请记录当事人对列明合作伙伴的同意；只有在其同意此摘要时才可强制生成。</translation>
    </message>
    <message>
      <source>The device secret is kept in the OS keyring (%1): this vault opens only on this machine with the passphrase, or anywhere with the recovery key.</source>
      <translation>设备密钥保存在操作系统密钥环（%1）中：此保险库只能在本机凭密码短语打开，或在任何电脑上凭恢复密钥打开。</translation>
    </message>
  </context>
</TS>