<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ActivityModel</name>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>person</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>organisation</source>
      <translation>机构</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>event</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>intervention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>created</source>
      <translation>已创建</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>changed</source>
      <translation>已更改</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>deleted</source>
      <translation>已删除</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="25" />
      <source>restored</source>
      <translation>已恢复</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="25" />
      <source>imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="25" />
      <source>merged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="30" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="30" />
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="30" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="50" />
      <source>(deleted record)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CreatePage</name>
    <message>
      <location filename="../../ui/start/create.py" line="36" />
      <source>Create a vault</source>
      <translation>新建保险库</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="37" />
      <source>Choose where the vault folder goes and a passphrase. The passphrase cannot be reset by anyone; the recovery key shown next is the only other way in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="43" />
      <source>Vault folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="44" />
      <source>C&amp;hoose…</source>
      <translation>选择(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="47" />
      <source>&amp;Folder:</source>
      <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="55" />
      <source>Also require a device secret kept in this computer's &amp;keyring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="64" />
      <source>&amp;Back</source>
      <translation>返回(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="66" />
      <source>C&amp;reate the vault</source>
      <translation>创建保险库(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="87" />
      <source>Measuring how long key derivation takes on this computer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="96" />
      <source>Key derivation is calibrated: each unlock will take about %1 s on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="101" />
      <source>Where should the vault folder go?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="102" />
      <source>Casebook vault (*.casebook)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="117" />
      <source>Creating the vault…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DemoAction</name>
    <message>
      <location filename="../../ui/main/demo.py" line="45" />
      <location filename="../../ui/main/demo.py" line="53" />
      <source>Demo data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="46" />
      <source>How many synthetic people should be added?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="52" />
      <source>Adding synthetic people, cases and events…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="52" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DetainedModel</name>
    <message>
      <location filename="../../ui/models/detained.py" line="40" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="40" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="40" />
      <source>Since</source>
      <translation>起始</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="40" />
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="40" />
      <source>Where</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="41" />
      <source>Lawyer access</source>
      <translation>律师会见</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="41" />
      <source>Next hearing</source>
      <translation>下次庭审</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="51" />
      <source>whereabouts unknown</source>
      <translation>下落不明</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="52" />
      <location filename="../../ui/models/detained.py" line="58" />
      <location filename="../../ui/models/detained.py" line="61" />
      <source>not known</source>
      <translation>不详</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="87" />
      <source>Past the legal time limit for this form of detention.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DetainedPage</name>
    <message>
      <location filename="../../ui/main/detained_page.py" line="30" />
      <source>Detained now</source>
      <translation>目前被羁押</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main/detained_page.py" line="57" />
      <source>%n person(s) deprived of liberty</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>EmergencySheet</name>
    <message>
      <location filename="../../ui/main/emergency.py" line="40" />
      <location filename="../../ui/main/emergency.py" line="85" />
      <source>Emergency sheet</source>
      <translation>紧急信息</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="48" />
      <source>Choose a person to see their emergency sheet and what to do.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="62" />
      <source>%1 since %2 — day %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="86" />
      <source>Who to call</source>
      <translation>联系谁</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="86" />
      <source>Lawyer</source>
      <translation>律师</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="87" />
      <source>Medical needs</source>
      <translation>医疗需求</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="88" />
      <source>Prior instructions</source>
      <translation>事先嘱托</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="89" />
      <source>not recorded</source>
      <translation>未记录</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="92" />
      <source>not recorded — ask the family before going public</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="99" />
      <source>How to reach them</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="103" />
      <source>DO NOT USE — %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="107" />
      <source>(monitored)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="108" />
      <source>Copy %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="110" />
      <source>Copies to the clipboard, which is cleared again after a short while.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="119" />
      <source>Detentions on record</source>
      <translation>已记录的羁押</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="131" />
      <source>What to do — %1</source>
      <translation>待办事项——%1</translation>
    </message>
  </context>
  <context>
    <name>FieldsView</name>
    <message>
      <location filename="../../ui/main/record_pane.py" line="31" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message numerus="yes">
      <location filename="../../ui/main/list_page.py" line="102" />
      <source>%n record(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main/window.py" line="46" />
      <source>%1 — Casebook</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="55" />
      <source>Ctrl+K searches; Ctrl+L locks and closes every window.</source>
      <translation>Ctrl+K 搜索；Ctrl+L 锁定并关闭所有窗口。</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="61" />
      <source>Search any name, in any script — 滕彪, teng biao, مەمەتجان (Ctrl+K)</source>
      <translation>搜索任何文字的姓名——滕彪、teng biao、مەمەتجان（Ctrl+K）</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="62" />
      <location filename="../../ui/main/window.py" line="73" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="83" />
      <source>Sections</source>
      <translation>栏目</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="92" />
      <source>Search results</source>
      <translation>搜索结果</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="125" />
      <source>&amp;Vault</source>
      <translation>保险库(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="127" />
      <source>New &amp;person…</source>
      <translation>新建人员(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="128" />
      <source>New &amp;case…</source>
      <translation>新建案件(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="129" />
      <source>New &amp;organisation…</source>
      <translation>新建机构(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="138" />
      <source>Fill with &amp;demo data…</source>
      <translation>填入演示数据(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="139" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="141" />
      <source>&amp;Lock now</source>
      <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="145" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="146" />
      <source>&amp;Go</source>
      <translation>转到(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="147" />
      <source>&amp;Search</source>
      <translation>搜索(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="151" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="152" />
      <source>&amp;About Casebook</source>
      <translation>关于 Casebook(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="197" />
      <source>Nothing found for “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="254" />
      <source>About Casebook</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="255" />
      <source>Casebook keeps an encrypted, offline record of the human rights defenders you support. It never opens a network connection.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../ui/start/page.py" line="38" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PassphrasePair</name>
    <message>
      <location filename="../../ui/start/passphrase.py" line="33" />
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="36" />
      <source>New passphrase, again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="41" />
      <source>Passphrase strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="46" />
      <source>&amp;Passphrase:</source>
      <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="47" />
      <source>&amp;Again:</source>
      <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="48" />
      <source>Strength:</source>
      <translation>强度：</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="68" />
      <source>under a minute</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="70" />
      <source>about %n minute(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="72" />
      <source>about %n hour(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="74" />
      <source>about %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="76" />
      <source>about %n year(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="77" />
      <source>more than a thousand years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="84" />
      <source>Use several words that belong together only in your head; at least %1 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="91" />
      <source>very weak</source>
      <translation>非常弱</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="91" />
      <source>weak</source>
      <translation>弱</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="91" />
      <source>fair</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="91" />
      <source>strong</source>
      <translation>强</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="91" />
      <source>very strong</source>
      <translation>非常强</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="92" />
      <source>%1: guessing it would take %2 at the speed of a well-equipped attacker.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="95" />
      <source>Too short: use at least %1 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="97" />
      <source>Too easy to guess: add words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="99" />
      <source>The two passphrases differ.</source>
      <translation>两次输入的密码短语不一致。</translation>
    </message>
  </context>
  <context>
    <name>RecordListModel</name>
    <message>
      <location filename="../../ui/models/record_list.py" line="36" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="36" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="37" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="37" />
      <source>Last change</source>
      <translation>最后更改</translation>
    </message>
  </context>
  <context>
    <name>RecoverPage</name>
    <message>
      <location filename="../../ui/start/recover.py" line="23" />
      <source>Recover with the recovery key</source>
      <translation>用恢复密钥恢复</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="24" />
      <source>Type the recovery key you wrote down when the vault was made, then choose a new passphrase. The old passphrase stops working.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="31" />
      <source>Recovery key</source>
      <translation>恢复密钥</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="33" />
      <source>Recovery &amp;key:</source>
      <translation>恢复密钥(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="41" />
      <source>&amp;Back</source>
      <translation>返回(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="43" />
      <source>&amp;Recover</source>
      <translation>恢复(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="71" />
      <source>Opening with the recovery key and calibrating key derivation…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecoveryKeyPage</name>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="25" />
      <source>Your recovery key</source>
      <translation>您的恢复密钥</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="26" />
      <source>This key is shown only this once. Write it down or print it and keep it away from this computer. With it the vault opens on any computer if the passphrase is forgotten or this computer is lost; anyone who has it can open the vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="39" />
      <source>Recovery key</source>
      <translation>恢复密钥</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="46" />
      <source>&amp;Save as PDF…</source>
      <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="48" />
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="54" />
      <source>I have &amp;written down, printed or saved the recovery key</source>
      <translation>我已抄下、打印或保存了恢复密钥(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="56" />
      <source>&amp;Continue</source>
      <translation>继续(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="80" />
      <source>With this key and a copy of the vault folder, anyone can open the vault: keep this sheet locked away, not with the computer. In Casebook, choose “Forgot the passphrase?” on the unlock window and type the key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="83" />
      <source>Vault folder: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="84" />
      <source>Vault id: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="85" />
      <source>Made on: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="99" />
      <source>Save the recovery key as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="100" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="108" />
      <source>Casebook recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="115" />
      <source>Print the recovery key</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message>
      <location filename="../../ui/models/search_results.py" line="35" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/models/search_results.py" line="35" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../ui/models/search_results.py" line="52" />
      <source>person</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../ui/models/search_results.py" line="52" />
      <source>organisation</source>
      <translation>机构</translation>
    </message>
    <message>
      <location filename="../../ui/models/search_results.py" line="53" />
      <source>case</source>
      <translation>案件</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="37" />
      <source>Lock after idle minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="40" />
      <location filename="../../ui/main/settings_dialog.py" line="53" />
      <source> s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="42" />
      <source>Clear the clipboard after seconds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="44" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="46" />
      <source>As the system (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="55" />
      <source>Key derivation time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="56" />
      <source>&amp;Recalibrate now…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="64" />
      <source>Lock after &amp;idle:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="65" />
      <source>Clear copied details &amp;after:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="66" />
      <source>&amp;Language (on next start):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="67" />
      <source>&amp;Key derivation takes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="75" />
      <source>Settings hold no names, searches or other contents of the vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="88" />
      <source>Recalibrate key derivation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="89" />
      <source>Type the passphrase to confirm:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="97" />
      <source>Measuring this computer and rewrapping the vault key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="104" />
      <source>Done: unlocking now takes about %1 s on this computer.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StartWindow</name>
    <message>
      <location filename="../../ui/start/window.py" line="29" />
      <source>Casebook</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/window.py" line="90" />
      <source>Open a vault folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/window.py" line="96" />
      <source>That folder is not a Casebook vault (it has no keyslots.json).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnlockPage</name>
    <message>
      <location filename="../../ui/start/unlock.py" line="25" />
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="29" />
      <location filename="../../ui/start/unlock.py" line="30" />
      <source>Passphrase</source>
      <translation>密码短语</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="32" />
      <source>&amp;Unlock</source>
      <translation>解锁(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="40" />
      <source>&amp;Forgot the passphrase?</source>
      <translation>忘记密码短语(&amp;F)？</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="43" />
      <source>&amp;Another vault…</source>
      <translation>其他保险库(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="50" />
      <source>Ctrl+L locks the vault again at any time and closes every window.</source>
      <translation>随时按 Ctrl+L 即可重新锁定保险库并关闭所有窗口。</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="56" />
      <source>Vault: %1</source>
      <translation>保险库：%1</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="68" />
      <source>Type the passphrase first.</source>
      <translation>请先输入密码短语。</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="72" />
      <source>Deriving the key from the passphrase…</source>
      <translation>正在由密码短语推导密钥…</translation>
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
      <translation type="unfinished" />
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
    <name>sections</name>
    <message>
      <location filename="../../ui/main/sections.py" line="36" />
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="37" />
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="38" />
      <source>Organisations</source>
      <translation>机构</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="39" />
      <source>Recent changes</source>
      <translation>最近更改</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="43" />
      <source>Detained now</source>
      <translation>目前被羁押</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="45" />
      <source>Activity</source>
      <translation>最近更改</translation>
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <location filename="../../ui/tasks.py" line="69" />
      <source>Something went wrong inside Casebook; nothing was changed. Please report it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>vocab</name>
    <message>
      <location filename="../../ui/labels.py" line="18" />
      <source>RSDL (residential surveillance)</source>
      <translation>指居</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Telegram</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>UN urgent appeal sent</source>
      <translation>已向联合国发出紧急呼吁</translation>
    </message>
    <message>
      <source>WeChat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>acknowledged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>activist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>administrative detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>alias</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>at liberty</source>
      <translation>自由</translation>
    </message>
    <message>
      <source>black jail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>charged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>colleague of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>community leader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>completely reliable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>confirmed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>confirmed by other sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>consent to go public decided with the family</source>
      <translation>已与家属商定是否公开</translation>
    </message>
    <message>
      <source>criminal detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>critical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>deceased</source>
      <translation>已故</translation>
    </message>
    <message>
      <source>defender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>denied</source>
      <translation>拒绝</translation>
    </message>
    <message>
      <source>detained</source>
      <translation>被羁押</translation>
    </message>
    <message>
      <source>detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>disappeared</source>
      <translation>失踪</translation>
    </message>
    <message>
      <source>do not use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>doubtful</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>embassy démarche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>enforced disappearance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fairly reliable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>family</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>family member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>family of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>family support</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>family told</source>
      <translation>已告知家属</translation>
    </message>
    <message>
      <source>formally arrested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>government body</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>granted</source>
      <translation>准许</translation>
    </message>
    <message>
      <source>harassment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>health concern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ill-treatment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>imprisoned</source>
      <translation>服刑</translation>
    </message>
    <message>
      <source>improbable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in exile</source>
      <translation>流亡</translation>
    </message>
    <message>
      <source>indicted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>internal only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>journalist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>law firm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lawyer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lawyer access denied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lawyer engaged</source>
      <translation>已聘请律师</translation>
    </message>
    <message>
      <source>lawyer of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lawyer visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>legal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>letter to authorities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>listed partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>media</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>member of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>monitored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>monitoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>normal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not usually reliable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>official</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>online handle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner organisations alerted</source>
      <translation>已通知合作机构</translation>
    </message>
    <message>
      <source>phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>political re-education camp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>possibly true</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>primary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>probable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>probably true</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>prosecution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>psychiatric confinement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>public advocacy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>public statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>released</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reliability cannot be judged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>religious community</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>religious leader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reprisal against family</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>residential surveillance at a designated location</source>
      <translation>指定居所监视居住</translation>
    </message>
    <message>
      <source>romanised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>scholar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sentenced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>surveillance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sympathetic governments alerted</source>
      <translation>已通知友好国家政府</translation>
    </message>
    <message>
      <source>transferred</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>transnational repression</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>travel ban</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>truth cannot be judged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unconfirmed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>university</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown</source>
      <translation>不详</translation>
    </message>
    <message>
      <source>unreliable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>urgent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>urgent appeal to UN Special Procedures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>usually reliable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>witness</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>