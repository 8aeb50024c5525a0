<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ug" sourcelanguage="en">
  <context>
    <name>ActivityLogModel</name>
    <message>
      <location filename="../../ui/safety/log_view.py" line="30" />
      <source>unlocked</source>
      <translation>قۇلۇپ ئېچىلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="30" />
      <source>failed unlock attempts</source>
      <translation>مەغلۇپ بولغان قۇلۇپ ئېچىش ئۇرۇنۇشلىرى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="31" />
      <source>vault created</source>
      <translation>ئامبار قۇرۇلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="31" />
      <source>opened with the recovery key</source>
      <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئېچىلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="32" />
      <source>passphrase changed</source>
      <translation>مەخپىي ئىبارە ئۆزگەرتىلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="32" />
      <source>vault key replaced</source>
      <translation>ئامبار ئاچقۇچى ئالماشتۇرۇلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="33" />
      <source>unlock settings changed</source>
      <translation>قۇلۇپ ئېچىش تەڭشىكى ئۆزگەرتىلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="33" />
      <source>record created</source>
      <translation>خاتىرە قۇرۇلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="34" />
      <source>record changed</source>
      <translation>خاتىرە ئۆزگەرتىلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="34" />
      <source>record deleted</source>
      <translation>خاتىرە ئۆچۈرۈلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="35" />
      <source>record restored</source>
      <translation>خاتىرە ئەسلىگە كەلتۈرۈلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="35" />
      <source>record shredded</source>
      <translation>خاتىرە پارچىلاپ يوقىتىلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="36" />
      <source>bundle exported</source>
      <translation>بوغچا چىقىرىلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="36" />
      <source>bundle imported</source>
      <translation>بوغچا ئەكىرىلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="37" />
      <source>wipe cancelled</source>
      <translation>ئۆچۈرۈۋېتىش بىكار قىلىندى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="37" />
      <source>report made</source>
      <translation>دوكلات تەييارلاندى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="38" />
      <source>report saved to a file</source>
      <translation>دوكلات ھۆججەتكە ساقلاندى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="38" />
      <source>report printed</source>
      <translation>دوكلات بېسىلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="39" />
      <source>report copied to the clipboard</source>
      <translation>دوكلات چاپلاش تاختىسىغا كۆچۈرۈلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="40" />
      <source>spreadsheet imported</source>
      <translation>جەدۋەل ئەكىرىلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="40" />
      <source>people merged</source>
      <translation>كىشىلەر بىرلەشتۈرۈلدى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="41" />
      <source>rows in error saved to a file</source>
      <translation>خاتا قۇرلار ھۆججەتكە ساقلاندى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>When</source>
      <translation>ۋاقتى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>No.</source>
      <translation>نومۇرى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>Event</source>
      <translation>ھادىسە</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>Detail</source>
      <translation>تەپسىلاتى</translation>
    </message>
  </context>
  <context>
    <name>ActivityModel</name>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>created</source>
      <translation>قۇرۇلدى</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>changed</source>
      <translation>ئۆزگەرتىلدى</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>deleted</source>
      <translation>ئۆچۈرۈلدى</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>restored</source>
      <translation>ئەسلىگە كەلتۈرۈلدى</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>imported</source>
      <translation>ئەكىرىلدى</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>merged</source>
      <translation>بىرلەشتۈرۈلدى</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>When</source>
      <translation>ۋاقتى</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>What</source>
      <translation>نېمە</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>Record</source>
      <translation>خاتىرە</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="31" />
      <source>(deleted record)</source>
      <translation>(ئۆچۈرۈلگەن خاتىرە)</translation>
    </message>
  </context>
  <context>
    <name>ActivitySection</name>
    <message>
      <location filename="../../ui/safety/activity_section.py" line="20" />
      <source>Recent changes</source>
      <translation>يېقىنقى ئۆزگىرىشلەر</translation>
    </message>
    <message>
      <location filename="../../ui/safety/activity_section.py" line="21" />
      <source>Vault log</source>
      <translation>ئامبار خاتىرىسى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/activity_section.py" line="22" />
      <source>Activity</source>
      <translation>پائالىيەت</translation>
    </message>
  </context>
  <context>
    <name>AddContactDialog</name>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="29" />
      <source>Add a colleague</source>
      <translation>خىزمەتداش قوشۇش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="32" />
      <source>Colleague's identity</source>
      <translation>خىزمەتداشنىڭ كىملىكى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="36" />
      <source>Name</source>
      <translation>ئىسمى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="38" />
      <source>Fingerprint</source>
      <translation>بارماق ئىزى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="41" />
      <source>Problem</source>
      <translation>مەسىلە</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="46" />
      <source>Identity:</source>
      <translation>كىملىكى:</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="47" />
      <source>Name:</source>
      <translation>ئىسمى:</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="48" />
      <source>Fingerprint:</source>
      <translation>بارماق ئىزى:</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="68" />
      <source>This is not a complete Casebook identity; copy it again, all of it.</source>
      <translation>بۇ تولۇق Casebook كىملىكى ئەمەس؛ ئۇنى قايتا، پۈتۈنلەي كۆچۈرۈڭ.</translation>
    </message>
  </context>
  <context>
    <name>ApplyPage</name>
    <message>
      <location filename="../../ui/importing/wizard.py" line="23" />
      <source>Importing</source>
      <translation>ئەكىرىۋاتىدۇ</translation>
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="37" />
      <source>Writing the records in one transaction… Cancel writes nothing.</source>
      <translation>خاتىرىلەر بىر قېتىملىق سودىدا يېزىلىۋاتىدۇ… «بىكار قىلىش» ھېچنېمە يازمايدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="42" />
      <source>Imported</source>
      <translation>ئەكىرىلدى</translation>
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="43" />
      <source>%1 people added, %2 updated, %3 skipped; %4 records written. Find them by any of their names with Ctrl+K.</source>
      <translation>%1 كىشى قوشۇلدى، %2 كىشى يېڭىلاندى، %3 كىشى ئاتلاپ ئۆتۈلدى؛ %4 خاتىرە يېزىلدى. ئۇلارنى خالىغان ئىسمى بىلەن Ctrl+K ئارقىلىق تېپىڭ.</translation>
    </message>
  </context>
  <context>
    <name>AttachmentViewer</name>
    <message>
      <location filename="../../ui/widgets/attachment_viewer.py" line="128" />
      <source>Casebook cannot show this kind of file. Export it (after the warning) to open it elsewhere.</source>
      <translation>Casebook بۇ خىل ھۆججەتنى كۆرسىتەلمەيدۇ. باشقا يەردە ئېچىش ئۈچۈن ئۇنى (ئاگاھلاندۇرۇشتىن كېيىن) چىقىرىڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachment_viewer.py" line="134" />
      <source>This PDF is damaged or protected and cannot be shown.</source>
      <translation>بۇ PDF بۇزۇلغان ياكى قوغدالغان، كۆرسەتكىلى بولمايدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachment_viewer.py" line="138" />
      <source>Page %1 of %2</source>
      <translation>%2 بەتتىن %1-بەت</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsModel</name>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="56" />
      <source>Name</source>
      <translation>ئىسمى</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="56" />
      <source>Type</source>
      <translation>تۈرى</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="56" />
      <source>Size</source>
      <translation>چوڭلۇقى</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="56" />
      <source>Added</source>
      <translation>قوشۇلغان ۋاقتى</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="81" />
      <source>Attachments</source>
      <translation>قوشۇمچە ھۆججەتلەر</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="92" />
      <source>Add…</source>
      <translation>قوشۇش…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="93" />
      <source>View</source>
      <translation>كۆرۈش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="94" />
      <source>Export…</source>
      <translation>چىقىرىش…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="95" />
      <source>Remove…</source>
      <translation>چىقىرىۋېتىش…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="96" />
      <source>Add an attachment</source>
      <translation>قوشۇمچە ھۆججەت قوشۇش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="97" />
      <source>View the selected attachment</source>
      <translation>تاللانغان قوشۇمچە ھۆججەتنى كۆرۈش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="98" />
      <source>Export the selected attachment unencrypted</source>
      <translation>تاللانغان قوشۇمچە ھۆججەتنى شىفىرلىماي چىقىرىش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="99" />
      <source>Remove the selected attachment</source>
      <translation>تاللانغان قوشۇمچە ھۆججەتنى چىقىرىۋېتىش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="149" />
      <source>Images and PDFs (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf);;All files (*)</source>
      <translation>رەسىم ۋە PDF لار (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="150" />
      <source>Attach a file</source>
      <translation>ھۆججەت قوشۇش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="158" />
      <source>The file could not be read (%1).</source>
      <translation>ھۆججەتنى ئوقۇغىلى بولمىدى (%1).</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="189" />
      <source>Export unencrypted?</source>
      <translation>شىفىرلىماي چىقىرامسىز؟</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="190" />
      <source>The exported copy of “%1” will not be encrypted: anyone with access to where you save it can read it, and deleting it later may not erase it from the disk. Export anyway?</source>
      <translation>«%1» نىڭ چىقىرىلغان نۇسخىسى شىفىرلانمايدۇ: ئۇ ساقلانغان يەرگە كىرەلەيدىغان ھەر قانداق ئادەم ئۇنى ئوقۇيالايدۇ، كېيىن ئۆچۈرسىڭىزمۇ دىسكىدىن يوقالماسلىقى مۇمكىن. يەنىلا چىقىرامسىز؟</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="192" />
      <source>Export attachment</source>
      <translation>قوشۇمچە ھۆججەتنى چىقىرىش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="201" />
      <source>The file could not be written (%1).</source>
      <translation>ھۆججەتنى يازغىلى بولمىدى (%1).</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="208" />
      <source>Remove attachment?</source>
      <translation>قوشۇمچە ھۆججەتنى چىقىرىۋېتەمسىز؟</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="209" />
      <source>Remove “%1” from this record? It cannot be restored.</source>
      <translation>«%1» نى بۇ خاتىرىدىن چىقىرىۋېتەمسىز؟ ئۇنى ئەسلىگە كەلتۈرگىلى بولمايدۇ.</translation>
    </message>
  </context>
  <context>
    <name>BackupAction</name>
    <message>
      <location filename="../../ui/main/backup.py" line="28" />
      <source>Back up the vault</source>
      <translation>ئامبارنى زاپاسلاش</translation>
    </message>
    <message>
      <location filename="../../ui/main/backup.py" line="33" />
      <source>Backing up the vault…</source>
      <translation>ئامبار زاپاسلىنىۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/main/backup.py" line="35" />
      <location filename="../../ui/main/backup.py" line="53" />
      <source>Back up</source>
      <translation>زاپاسلاش</translation>
    </message>
    <message>
      <location filename="../../ui/main/backup.py" line="59" />
      <source>Backed up to %1 (%2 MB, with a checksum). The backup is encrypted like the vault and opens with today's passphrase or the recovery key. Keep it away from this laptop.</source>
      <translation>%1 غا زاپاسلاندى (%2 MB، تەكشۈرۈش يىغىندىسى بىلەن). زاپاس نۇسخا ئامبارغا ئوخشاش شىفىرلانغان بولۇپ، بۈگۈنكى مەخپىي ئىبارە ياكى ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئېچىلىدۇ. ئۇنى بۇ كومپيۇتېردىن يىراق ساقلاڭ.</translation>
    </message>
  </context>
  <context>
    <name>CasePeopleField</name>
    <message>
      <location filename="../../ui/editors/picker.py" line="122" />
      <source>Add a person: type part of a name…</source>
      <translation>كىشى قوشۇش: ئىسمىنىڭ بىر قىسمىنى يېزىڭ…</translation>
    </message>
    <message>
      <location filename="../../ui/editors/picker.py" line="123" />
      <source>Add a person to the case</source>
      <translation>دېلوغا كىشى قوشۇش</translation>
    </message>
    <message>
      <location filename="../../ui/editors/picker.py" line="125" />
      <source>Role of the person to add</source>
      <translation>قوشۇلىدىغان كىشىنىڭ رولى</translation>
    </message>
  </context>
  <context>
    <name>ChangesModel</name>
    <message>
      <location filename="../../ui/dialogs/history.py" line="62" />
      <source>Field</source>
      <translation>ئۇچۇر</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="62" />
      <source>Before</source>
      <translation>ئىلگىرى</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="62" />
      <source>After</source>
      <translation>كېيىن</translation>
    </message>
  </context>
  <context>
    <name>ColleaguesPage</name>
    <message>
      <location filename="../../ui/colleagues/page.py" line="55" />
      <location filename="../../ui/colleagues/page.py" line="86" />
      <source>Your identity</source>
      <translation>كىملىكىڭىز</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="57" />
      <source>Copy</source>
      <translation>كۆچۈرۈش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="58" />
      <source>Copy your identity</source>
      <translation>كىملىكىڭىزنى كۆچۈرۈش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="61" />
      <source>Your fingerprint</source>
      <translation>بارماق ئىزىڭىز</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="64" />
      <source>QR code of your identity</source>
      <translation>كىملىكىڭىزنىڭ QR كودى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="68" />
      <location filename="../../ui/colleagues/page.py" line="103" />
      <source>Colleagues</source>
      <translation>خىزمەتداشلار</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="76" />
      <source>Message</source>
      <translation>ئۇچۇر</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="91" />
      <source>Give this to colleagues so they can send you bundles and check yours:</source>
      <translation>بۇنى خىزمەتداشلىرىڭىزغا بېرىڭ، شۇندا ئۇلار سىزگە بوغچا ئەۋەتەلەيدۇ ۋە سىزنىڭكىنى تەكشۈرەلەيدۇ:</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="93" />
      <source>Fingerprint, to compare in person:</source>
      <translation>بارماق ئىزى، يۈزمۇيۈز سېلىشتۇرۇش ئۈچۈن:</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="105" />
      <source>Add colleague…</source>
      <translation>خىزمەتداش قوشۇش…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="106" />
      <source>Verify…</source>
      <translation>دەلىللەش…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="108" />
      <source>Export bundle…</source>
      <translation>بوغچا چىقىرىش…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="109" />
      <source>Import bundle…</source>
      <translation>بوغچا ئەكىرىش…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="133" />
      <source>Added %1. Compare fingerprints with them, then choose Verify.</source>
      <translation>%1 قوشۇلدى. ئۇلار بىلەن بارماق ئىزىنى سېلىشتۇرۇڭ، ئاندىن «دەلىللەش» نى تاللاڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="139" />
      <source>Choose a colleague in the list first.</source>
      <translation>ئالدى بىلەن تىزىملىكتىن بىر خىزمەتداشنى تاللاڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="150" />
      <source>%1 is verified.</source>
      <translation>%1 دەلىللەندى.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="160" />
      <location filename="../../ui/colleagues/page.py" line="172" />
      <source>Import a bundle</source>
      <translation>بوغچا ئەكىرىش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="163" />
      <source>Casebook bundles (*.casebundle);;All files (*)</source>
      <translation>Casebook بوغچىلىرى (*.casebundle);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="173" />
      <source>Could not read %1 (%2).</source>
      <translation>%1 نى ئوقۇغىلى بولمىدى (%2).</translation>
    </message>
  </context>
  <context>
    <name>ContactsModel</name>
    <message>
      <location filename="../../ui/colleagues/models.py" line="31" />
      <source>Name</source>
      <translation>ئىسمى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="31" />
      <source>Fingerprint</source>
      <translation>بارماق ئىزى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="31" />
      <source>Verified</source>
      <translation>دەلىللەنگەن</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="34" />
      <source>verified</source>
      <translation>دەلىللەنگەن</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="34" />
      <source>not verified</source>
      <translation>دەلىللەنمىگەن</translation>
    </message>
  </context>
  <context>
    <name>CreatePage</name>
    <message>
      <location filename="../../ui/start/create.py" line="43" />
      <source>Create a vault</source>
      <translation>ئامبار قۇرۇش</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="44" />
      <source>Choose where the vault folder goes and a passphrase. The passphrase cannot be reset by anyone; the recovery key shown next is the only other way in.</source>
      <translation>ئامبار قىسقۇچىنىڭ ئورنىنى ۋە مەخپىي ئىبارىنى تاللاڭ. مەخپىي ئىبارىنى ھېچكىم قايتا بەلگىلىيەلمەيدۇ؛ كېيىن كۆرسىتىلىدىغان ئەسلىگە كەلتۈرۈش ئاچقۇچى كىرىشنىڭ بىردىنبىر باشقا يولى.</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="51" />
      <source>Vault folder</source>
      <translation>ئامبار قىسقۇچى</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="52" />
      <source>C&amp;hoose…</source>
      <translation>&amp;تاللاش…</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="55" />
      <source>&amp;Folder:</source>
      <translation>&amp;قىسقۇچ:</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="63" />
      <source>Also require a device secret kept in this computer's &amp;keyring</source>
      <translation>بۇ كومپيۇتېرنىڭ &amp;ئاچقۇچ ساندۇقىدا ساقلانغان ئۈسكۈنە مەخپىيىتىنىمۇ تەلەپ قىلىش</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="72" />
      <source>&amp;Back</source>
      <translation>&amp;قايتىش</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="74" />
      <source>C&amp;reate the vault</source>
      <translation>ئامبارنى &amp;قۇرۇش</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="95" />
      <source>Measuring how long key derivation takes on this computer…</source>
      <translation>بۇ كومپيۇتېردا ئاچقۇچ ھاسىل قىلىشنىڭ قانچىلىك ۋاقىت ئالىدىغانلىقى ئۆلچىنىۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="104" />
      <source>Key derivation is calibrated: each unlock will take about %1 s on this computer.</source>
      <translation>ئاچقۇچ ھاسىل قىلىش تەڭشەلدى: بۇ كومپيۇتېردا ھەر قېتىم قۇلۇپ ئېچىش تەخمىنەن %1 سېكۇنت ۋاقىت ئالىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="109" />
      <source>Where should the vault folder go?</source>
      <translation>ئامبار قىسقۇچى نەگە قويۇلسۇن؟</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="110" />
      <source>Casebook vault (*.casebook)</source>
      <translation>Casebook ئامبىرى (*.casebook)</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="125" />
      <source>Creating the vault…</source>
      <translation>ئامبار قۇرۇلۇۋاتىدۇ…</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="236" />
      <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>YYYY، YYYY-MM ياكى YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../ui/editors/fields.py" line="238" />
      <source>approximate</source>
      <translation>تەخمىنىي</translation>
    </message>
    <message>
      <location filename="../../ui/editors/fields.py" line="239" />
      <source>%1 is approximate</source>
      <translation>%1 تەخمىنىي</translation>
    </message>
  </context>
  <context>
    <name>DemoAction</name>
    <message>
      <location filename="../../ui/main/demo.py" line="34" />
      <location filename="../../ui/main/demo.py" line="41" />
      <source>Demo data</source>
      <translation>ئۈلگە سانلىق مەلۇمات</translation>
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="35" />
      <source>How many synthetic people should be added?</source>
      <translation>قانچە سۈنئىي كىشى قوشۇلسۇن؟</translation>
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="40" />
      <source>Adding synthetic people, cases and events…</source>
      <translation>سۈنئىي كىشىلەر، دېلولار ۋە ھادىسىلەر قوشۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="40" />
      <source>Cancel</source>
      <translation>بىكار قىلىش</translation>
    </message>
  </context>
  <context>
    <name>DetainedModel</name>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Name</source>
      <translation>ئىسمى</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Status</source>
      <translation>ھالىتى</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Since</source>
      <translation>باشلانغان ۋاقتى</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Days</source>
      <translation>كۈن</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Where</source>
      <translation>قەيەردە</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Next mark</source>
      <translation>كېيىنكى مۇھىم چېكى</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="59" />
      <source>Lawyer access</source>
      <translation>ئادۋوكات كۆرۈشۈشى</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="59" />
      <source>Next hearing</source>
      <translation>كېيىنكى سوت ئاڭلىشى</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="63" />
      <source>whereabouts unknown</source>
      <translation>تۇرۇشلۇق ئورنى نامەلۇم</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="64" />
      <location filename="../../ui/models/detained.py" line="75" />
      <location filename="../../ui/models/detained.py" line="79" />
      <source>not known</source>
      <translation>نامەلۇم</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="112" />
      <source>Past the legal time limit for this form of detention.</source>
      <translation>بۇ خىل تۇتۇپ تۇرۇشنىڭ قانۇنىي مۆھلىتىدىن ئۆتۈپ كەتتى.</translation>
    </message>
  </context>
  <context>
    <name>DetainedPage</name>
    <message>
      <location filename="../../ui/main/detained_page.py" line="27" />
      <source>Detained now</source>
      <translation>ھازىر تۇتقۇن قىلىنغانلار</translation>
    </message>
    <message>
      <location filename="../../ui/main/detained_page.py" line="52" />
      <source>Reading who is deprived of liberty…</source>
      <translation>ئەركىنلىكىدىن مەھرۇم قىلىنغانلار ئوقۇلۇۋاتىدۇ…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main/detained_page.py" line="64" />
      <source>%n person(s) deprived of liberty</source>
      <translation>
        <numerusform>ئەركىنلىكىدىن مەھرۇم قىلىنغان %n كىشى</numerusform>
        <numerusform>ئەركىنلىكىدىن مەھرۇم قىلىنغان %n كىشى</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="45" />
      <source>Find duplicates</source>
      <translation>تەكرارلارنى تېپىش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="49" />
      <source>People who may be recorded twice</source>
      <translation>ئىككى قېتىم خاتىرىلەنگەن بولۇشى مۇمكىن كىشىلەر</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="59" />
      <source>Status</source>
      <translation>ھالىتى</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="62" />
      <source>Progress</source>
      <translation>جەريان</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="63" />
      <source>Open the &amp;first</source>
      <translation>&amp;بىرىنچىسىنى ئېچىش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="64" />
      <source>Open the &amp;second</source>
      <translation>&amp;ئىككىنچىسىنى ئېچىش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="65" />
      <source>&amp;Merge…</source>
      <translation>&amp;بىرلەشتۈرۈش…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="106" />
      <source>Looking for people recorded twice…</source>
      <translation>ئىككى قېتىم خاتىرىلەنگەن كىشىلەر ئىزدىلىۋاتىدۇ…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/duplicates_dialog.py" line="113" />
      <source>%n pair(s) of people may each be one person. Choose a pair to open or merge them.</source>
      <translation>
        <numerusform>%n جۈپ كىشىنىڭ ھەر بىرى بىر ئادەم بولۇشى مۇمكىن. ئېچىش ياكى بىرلەشتۈرۈش ئۈچۈن بىر جۈپنى تاللاڭ.</numerusform>
        <numerusform>%n جۈپ كىشىنىڭ ھەر بىرى بىر ئادەم بولۇشى مۇمكىن. ئېچىش ياكى بىرلەشتۈرۈش ئۈچۈن بىر جۈپنى تاللاڭ.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="114" />
      <source>No possible duplicates: no two people share a name, in any script, without something that rules it out.</source>
      <translation>تەكرار بولۇشى مۇمكىن كىشى يوق: ھېچقانداق ئىككى كىشى ئۇنى چەتكە قاقىدىغان بىرەر نەرسىسىز، ھېچقانداق يېزىقتا ئوخشاش ئىسىمغا ئىگە ئەمەس.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="137" />
      <source>Merge two records?</source>
      <translation>ئىككى خاتىرە بىرلەشتۈرۈلەمدۇ؟</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="138" />
      <source>Merge “%1” and “%2” into one person?</source>
      <translation>«%1» بىلەن «%2» بىر كىشىگە بىرلەشتۈرۈلەمدۇ؟</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="141" />
      <source>The person you keep gains every name, channel, role, place, note and case of the other, and every case, event and link that named the other names them instead. The other record is deleted; its history stays, and the kept record shows “merged from” with a link to it. Colleagues who receive the person in a bundle end with one person too. Why they may be one: %1</source>
      <translation>ساقلاپ قالغان كىشىڭىز يەنە بىرىنىڭ بارلىق ئىسىم، ئالاقە يولى، رول، جاي، ئىزاھات ۋە دېلولىرىغا ئېرىشىدۇ، يەنە بىرىنى تىلغا ئالغان بارلىق دېلو، ھادىسە ۋە باغلىنىشلار ئەمدى ئۇنى تىلغا ئالىدۇ. يەنە بىر خاتىرە ئۆچۈرۈلىدۇ؛ ئۇنىڭ تارىخى قالىدۇ، ساقلانغان خاتىرىدە ئۇنىڭغا ئۇلانغان «بىرلەشتۈرۈلگەن مەنبە» كۆرسىتىلىدۇ. بۇ كىشىنى بوغچىدا تاپشۇرۇۋالغان خىزمەتداشلاردىمۇ ئاخىرىدا بىرلا كىشى بولىدۇ. ئۇلارنىڭ بىر كىشى بولۇشى مۇمكىنلىكىنىڭ سەۋەبى: %1</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="145" />
      <location filename="../../ui/importing/duplicates_dialog.py" line="146" />
      <source>Keep “%1”</source>
      <translation>«%1» نى ساقلاش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="166" />
      <source>Merging…</source>
      <translation>بىرلەشتۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="173" />
      <source>Merged into “%1”.</source>
      <translation>«%1» غا بىرلەشتۈرۈلدى.</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="130" />
      <source>skip the row</source>
      <translation>قۇرنى ئاتلاش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="130" />
      <source>fill empty fields</source>
      <translation>بوش ئۇچۇرلارنى تولدۇرۇش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="131" />
      <source>overwrite</source>
      <translation>قاپلاش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="131" />
      <source>add as new</source>
      <translation>يېڭى قىلىپ قوشۇش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>Row</source>
      <translation>قۇر</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>In the sheet</source>
      <translation>جەدۋەلدە</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>May be</source>
      <translation>بولۇشى مۇمكىن</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>Why</source>
      <translation>سەۋەبى</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>Decision</source>
      <translation>قارار</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="154" />
      <source>%1 (in the vault)</source>
      <translation>%1 (ئامباردا)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="155" />
      <source>row %1: %2</source>
      <translation>%1-قۇر: %2</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="161" />
      <source>undecided</source>
      <translation>قارار قىلىنمىغان</translation>
    </message>
  </context>
  <context>
    <name>EditorDialog</name>
    <message>
      <location filename="../../ui/editors/dialog.py" line="69" />
      <source>Sections</source>
      <translation>بۆلەكلەر</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="95" />
      <source>Edit %1 — %2</source>
      <translation>%1 نى تەھرىرلەش — %2</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="96" />
      <source>New %1</source>
      <translation>يېڭى %1</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="104" />
      <source>Undo</source>
      <translation>يېنىۋېلىش</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="106" />
      <source>Redo</source>
      <translation>قايتا قىلىش</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="206" />
      <source>Nothing was saved: correct the field marked in red.</source>
      <translation>ھېچنېمە ساقلانمىدى: قىزىل بەلگە قويۇلغان ئۇچۇرنى تۈزىتىڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="217" />
      <source>Discard changes?</source>
      <translation>ئۆزگىرىشلەردىن ۋاز كېچەمسىز؟</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="218" />
      <source>This record has changes that are not saved. Discard them?</source>
      <translation>بۇ خاتىرىدە ساقلانمىغان ئۆزگىرىشلەر بار. ئۇلاردىن ۋاز كېچەمسىز؟</translation>
    </message>
  </context>
  <context>
    <name>EmergencySheet</name>
    <message>
      <location filename="../../ui/main/emergency.py" line="33" />
      <location filename="../../ui/main/emergency.py" line="90" />
      <source>Emergency sheet</source>
      <translation>جىددىي ئەھۋال جەدۋىلى</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="42" />
      <source>Choose a person to see their emergency sheet and what to do.</source>
      <translation>جىددىي ئەھۋال جەدۋىلى ۋە قىلىدىغان ئىشلارنى كۆرۈش ئۈچۈن بىر كىشىنى تاللاڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="60" />
      <source>%1 since %2 — day %3</source>
      <translation>%1، %2 دىن بۇيان — %3-كۈن</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="66" />
      <source>Draft re&amp;port…</source>
      <translation>دوكلات &amp;لايىھەسى…</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="67" />
      <source>Draft a UN appeal, a case summary or this emergency sheet</source>
      <translation>ب د ت مۇراجىئىتى، دېلو خۇلاسىسى ياكى مۇشۇ جىددىي ئەھۋال جەدۋىلىنىڭ لايىھەسىنى تەييارلاش</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="91" />
      <source>Who to call</source>
      <translation>كىمگە تېلېفون قىلىش</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="91" />
      <source>Lawyer</source>
      <translation>ئادۋوكات</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="92" />
      <source>Medical needs</source>
      <translation>داۋالاش ئېھتىياجى</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="93" />
      <source>Prior instructions</source>
      <translation>ئالدىن بېرىلگەن كۆرسەتمە</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="94" />
      <source>not recorded</source>
      <translation>خاتىرىلەنمىگەن</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="97" />
      <source>not recorded — ask the family before going public</source>
      <translation>خاتىرىلەنمىگەن — ئاشكارىلاشتىن ئىلگىرى ئائىلىسىدىن سوراڭ</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="99" />
      <source>Consent</source>
      <translation>رازىلىق</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="105" />
      <source>How to reach them</source>
      <translation>ئۇلار بىلەن قانداق ئالاقىلىشىش</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="109" />
      <source>DO NOT USE — %1</source>
      <translation>ئىشلەتمەڭ — %1</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="113" />
      <source>(monitored)</source>
      <translation>(نازارەت ئاستىدا)</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="116" />
      <source>Copy %1</source>
      <translation>%1 نى كۆچۈرۈش</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="119" />
      <source>Copies to the clipboard, which is cleared again after a short while.</source>
      <translation>چاپلاش تاختىسىغا كۆچۈرىدۇ، ئۇ قىسقا ۋاقىتتىن كېيىن يەنە تازىلىنىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="128" />
      <source>Detentions on record</source>
      <translation>خاتىرىدىكى تۇتقۇن قىلىنىشلار</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="141" />
      <source>What to do — %1</source>
      <translation>قىلىدىغان ئىشلار — %1</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="168" />
      <source>Record the intervention?</source>
      <translation>ئارىلىشىش خاتىرىلەنسۇنمۇ؟</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="169" />
      <source>Record the %1 as an intervention of this case, with its addressee and date? The UN drafts list earlier appeals from the interventions.</source>
      <translation>%1 نى بۇ دېلونىڭ ئارىلىشىشى سۈپىتىدە، تاپشۇرۇۋالغۇچىسى ۋە چېسلاسى بىلەن خاتىرىلەمسىز؟ ب د ت لايىھەلىرى بۇرۇنقى مۇراجىئەتلەرنى ئارىلىشىشلاردىن تىزىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="172" />
      <source>Record it…</source>
      <translation>خاتىرىلەش…</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="173" />
      <source>Not now</source>
      <translation>ھازىر ئەمەس</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="45" />
      <source>Export a bundle</source>
      <translation>بوغچا چىقىرىش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="46" />
      <source>case</source>
      <translation>دېلو</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="46" />
      <source>person</source>
      <translation>كىشى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="46" />
      <source>organisation</source>
      <translation>تەشكىلات</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="49" />
      <source>Record</source>
      <translation>خاتىرە</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="49" />
      <source>Kind</source>
      <translation>تۈرى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="51" />
      <source>Filter by name</source>
      <translation>ئىسىم بويىچە سۈزۈش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="52" />
      <source>Filter records</source>
      <translation>خاتىرىلەرنى سۈزۈش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="58" />
      <source>Records to send</source>
      <translation>ئەۋەتىلىدىغان خاتىرىلەر</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="59" />
      <source>verified</source>
      <translation>دەلىللەنگەن</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="59" />
      <source>not verified</source>
      <translation>دەلىللەنمىگەن</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="61" />
      <source>Colleague</source>
      <translation>خىزمەتداش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="61" />
      <source>Fingerprint checked</source>
      <translation>بارماق ئىزى تەكشۈرۈلگەن</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="62" />
      <source>Recipients</source>
      <translation>تاپشۇرۇۋالغۇچىلار</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="63" />
      <source>To colleagues (their keys)</source>
      <translation>خىزمەتداشلارغا (ئۇلارنىڭ ئاچقۇچلىرى بىلەن)</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="65" />
      <source>With a passphrase, for a colleague without Casebook keys</source>
      <translation>مەخپىي ئىبارە بىلەن، Casebook ئاچقۇچى يوق خىزمەتداش ئۈچۈن</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="66" />
      <source>Bundle passphrase</source>
      <translation>بوغچا مەخپىي ئىبارىسى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="67" />
      <source>Bundle passphrase again</source>
      <translation>بوغچا مەخپىي ئىبارىسى، قايتا</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="68" />
      <source>Also send people whose consent does not cover partners</source>
      <translation>رازىلىقى ھەمكارلارنى ئۆز ئىچىگە ئالمايدىغان كىشىلەرنىمۇ ئەۋەتىش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="69" />
      <source>Include people without consent to share</source>
      <translation>ھەمبەھىرلىنىشكە رازىلىقى يوق كىشىلەرنى قوشۇش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="72" />
      <source>Bundle file</source>
      <translation>بوغچا ھۆججىتى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="73" />
      <source>Choose…</source>
      <translation>تاللاش…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="76" />
      <source>Export progress</source>
      <translation>چىقىرىش جەريانى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="80" />
      <source>Export result</source>
      <translation>چىقىرىش نەتىجىسى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="81" />
      <source>Export</source>
      <translation>چىقىرىش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="84" />
      <location filename="../../ui/colleagues/export_dialog.py" line="189" />
      <source>Close</source>
      <translation>تاقاش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="104" />
      <source>Passphrase:</source>
      <translation>مەخپىي ئىبارە:</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="105" />
      <source>Again:</source>
      <translation>قايتا:</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="106" />
      <source>Save as:</source>
      <translation>ساقلاش ئورنى:</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="112" />
      <source>A case brings its events and people; a person's internal notes, internal channels and sources stay here.</source>
      <translation>دېلو ئۆزىنىڭ ھادىسىلىرى ۋە كىشىلىرىنى ئېلىپ كېتىدۇ؛ كىشىنىڭ ئىچكى ئىزاھاتلىرى، ئىچكى ئالاقە يوللىرى ۋە مەنبەلىرى بۇ يەردە قالىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="132" />
      <source>Save the bundle</source>
      <translation>بوغچىنى ساقلاش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="135" />
      <source>Casebook bundles (*.casebundle)</source>
      <translation>Casebook بوغچىلىرى (*.casebundle)</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="142" />
      <source>Tick at least one case, person or organisation to send.</source>
      <translation>ئەۋەتىش ئۈچۈن كەم دېگەندە بىر دېلو، كىشى ياكى تەشكىلاتنى بەلگىلەڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="144" />
      <source>Tick at least one colleague to send the bundle to, or choose a passphrase.</source>
      <translation>بوغچىنى ئەۋەتىش ئۈچۈن كەم دېگەندە بىر خىزمەتداشنى بەلگىلەڭ ياكى مەخپىي ئىبارە تاللاڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="146" />
      <source>Type the passphrase you will give your colleague.</source>
      <translation>خىزمەتدىشىڭىزغا بېرىدىغان مەخپىي ئىبارىنى يېزىڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="148" />
      <source>The two passphrases differ.</source>
      <translation>ئىككى مەخپىي ئىبارە ئوخشاش ئەمەس.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="150" />
      <source>Choose where to save the bundle.</source>
      <translation>بوغچىنى ساقلايدىغان ئورۇننى تاللاڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="152" />
      <source>That file already exists; choose another name.</source>
      <translation>ئۇ ھۆججەت ئاللىقاچان بار؛ باشقا ئىسىم تاللاڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="175" />
      <source>Cancel</source>
      <translation>بىكار قىلىش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="177" />
      <source>Exporting…</source>
      <translation>چىقىرىۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="194" />
      <source>Saved %1 records and %2 attachments to %3.</source>
      <translation>%1 خاتىرە ۋە %2 قوشۇمچە ھۆججەت %3 غا ساقلاندى.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="198" />
      <source>Left out, as their consent does not cover partners: %1.</source>
      <translation>رازىلىقى ھەمكارلارنى ئۆز ئىچىگە ئالمىغاچقا، چىقىرىپ قويۇلغانلار: %1.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="201" />
      <source>Sent without consent to share, as you confirmed: %1 people; the bundle says so.</source>
      <translation>سىز جەزملەشتۈرگەندەك، ھەمبەھىرلىنىشكە رازىلىقى يوق %1 كىشى ئەۋەتىلدى؛ بوغچىدا بۇ ئەسكەرتىلگەن.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="210" />
      <source>Export cancelled; no bundle was written.</source>
      <translation>چىقىرىش بىكار قىلىندى؛ ھېچقانداق بوغچا يېزىلمىدى.</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="64" />
      <source>Error in %1</source>
      <translation>%1 دا خاتالىق</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../ui/importing/file_page.py" line="20" />
      <location filename="../../ui/importing/file_page.py" line="57" />
      <source>Choose the spreadsheet</source>
      <translation>جەدۋەلنى تاللاش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="21" />
      <source>A CSV file (UTF-8, UTF-16, GB18030 or Big5), or an XLSX or ODS workbook. Nothing is written to the vault until you apply the import.</source>
      <translation>CSV ھۆججىتى (UTF-8، UTF-16، GB18030 ياكى Big5)، ياكى XLSX ياكى ODS خىزمەت دەپتىرى. ئەكىرىشنى ئىجرا قىلمىغۇچە ئامبارغا ھېچنېمە يېزىلمايدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="25" />
      <source>Spreadsheet file</source>
      <translation>جەدۋەل ھۆججىتى</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="26" />
      <source>The file's path</source>
      <translation>ھۆججەتنىڭ يولى</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="28" />
      <source>&amp;Choose…</source>
      <translation>&amp;تاللاش…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="29" />
      <source>Choose the spreadsheet file</source>
      <translation>جەدۋەل ھۆججىتىنى تاللاش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="31" />
      <source>&amp;Read</source>
      <translation>&amp;ئوقۇش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="32" />
      <source>Read the file (again, after fixing it)</source>
      <translation>ھۆججەتنى (تۈزەتكەندىن كېيىن، قايتا) ئوقۇش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="35" />
      <source>Sheet</source>
      <translation>جەدۋەل بېتى</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="37" />
      <source>&amp;Sheet:</source>
      <translation>جەدۋەل &amp;بېتى:</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="39" />
      <source>&amp;File:</source>
      <translation>&amp;ھۆججەت:</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="56" />
      <source>Spreadsheets (*.csv *.xlsx *.xls *.ods *.txt)</source>
      <translation>جەدۋەللەر (*.csv *.xlsx *.xls *.ods *.txt)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="56" />
      <source>All files (*)</source>
      <translation>بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="74" />
      <source>Reading %1…</source>
      <translation>%1 ئوقۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="79" />
      <source>sheet “%1”: </source>
      <translation>«%1» جەدۋەل بېتى: </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/file_page.py" line="80" />
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n قۇر</numerusform>
        <numerusform>%n قۇر</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/file_page.py" line="81" />
      <source>%n column(s)</source>
      <translation>
        <numerusform>%n ئىستون</numerusform>
        <numerusform>%n ئىستون</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="82" />
      <source>%1: %2%3 and %4, read as %5.</source>
      <translation>%1: %2%3 ۋە %4، %5 سۈپىتىدە ئوقۇلدى.</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../../ui/dialogs/history.py" line="36" />
      <source>created</source>
      <translation>قۇرۇلدى</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="37" />
      <source>edited</source>
      <translation>تەھرىرلەندى</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="38" />
      <source>restored</source>
      <translation>ئەسلىگە كەلتۈرۈلدى</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="39" />
      <source>deleted</source>
      <translation>ئۆچۈرۈلدى</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="40" />
      <source>merged from a bundle</source>
      <translation>بوغچىدىن بىرلەشتۈرۈلدى</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="92" />
      <source>Versions, newest first</source>
      <translation>نەشرلەر، ئەڭ يېڭىسى ئالدىدا</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="98" />
      <source>What this version changed</source>
      <translation>بۇ نەشر ئۆزگەرتكەن نەرسىلەر</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="111" />
      <source>Restore this version</source>
      <translation>بۇ نەشرنى ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="112" />
      <source>Restore the selected version as a new version</source>
      <translation>تاللانغان نەشرنى يېڭى نەشر سۈپىتىدە ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="127" />
      <source>History of %1</source>
      <translation>%1 نىڭ تارىخى</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="133" />
      <source>(current)</source>
      <translation>(نۆۋەتتىكى)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="167" />
      <source>Restored: the record now holds the fields of that version.</source>
      <translation>ئەسلىگە كەلتۈرۈلدى: خاتىرىدە ئەمدى شۇ نەشرنىڭ ئۇچۇرلىرى بار.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="36" />
      <source>Import %1</source>
      <translation>%1 نى ئەكىرىش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="38" />
      <source>Bundle passphrase</source>
      <translation>بوغچا مەخپىي ئىبارىسى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="39" />
      <source>Open</source>
      <translation>ئېچىش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="43" />
      <source>Sender</source>
      <translation>ئەۋەتكۈچى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="46" />
      <source>Import summary</source>
      <translation>ئەكىرىش خۇلاسىسى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="50" />
      <source>What the import changes</source>
      <translation>ئەكىرىش ئۆزگەرتىدىغان نەرسىلەر</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="55" />
      <source>Import progress</source>
      <translation>ئەكىرىش جەريانى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="56" />
      <source>Apply</source>
      <translation>ئىجرا قىلىش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="59" />
      <location filename="../../ui/colleagues/import_dialog.py" line="96" />
      <source>Close</source>
      <translation>تاقاش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="62" />
      <source>Passphrase:</source>
      <translation>مەخپىي ئىبارە:</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="87" />
      <source>Cancel</source>
      <translation>بىكار قىلىش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="111" />
      <source>Checking the bundle…</source>
      <translation>بوغچا تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="116" />
      <source>a verified colleague</source>
      <translation>دەلىللەنگەن خىزمەتداش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="117" />
      <source>a colleague whose fingerprint you have not yet compared</source>
      <translation>بارماق ئىزىنى تېخى سېلىشتۇرمىغان خىزمەتداش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="118" />
      <source>UNKNOWN: not among your colleagues. Import only if you expected this bundle.</source>
      <translation>نامەلۇم: خىزمەتداشلىرىڭىز ئارىسىدا يوق. بۇ بوغچىنى كۈتكەن بولسىڭىزلا ئەكىرىڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="119" />
      <source>this vault itself</source>
      <translation>مۇشۇ ئامبارنىڭ ئۆزى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="120" />
      <source>Unknown sender</source>
      <translation>نامەلۇم ئەۋەتكۈچى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="121" />
      <source>From %1 (%2), fingerprint %3, made %4.</source>
      <translation>%1 (%2) دىن، بارماق ئىزى %3، ياسالغان ۋاقتى %4.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="137" />
      <source>%1 new, %2 changed, %3 in conflict, %4 unchanged.</source>
      <translation>%1 يېڭى، %2 ئۆزگەرگەن، %3 زىددىيەتلىك، %4 ئۆزگەرمىگەن.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="141" />
      <source>%1 shredded in this vault: not brought back.</source>
      <translation>%1 بۇ ئامباردا پارچىلاپ يوقىتىلغان: قايتۇرۇپ كېلىنمىدى.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="143" />
      <source>Conflicting records are flagged for review; the other value is kept in their history.</source>
      <translation>زىددىيەتلىك خاتىرىلەرگە تەكشۈرۈش بەلگىسى قويۇلدى؛ يەنە بىر قىممەت ئۇلارنىڭ تارىخىدا ساقلىنىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="145" />
      <source>%1 change(s) will be held for your review, not applied.</source>
      <translation>%1 ئۆزگەرتىش قوللىنىلمايدۇ، سىزنىڭ تەكشۈرۈشىڭىز ئۈچۈن ساقلاپ قويۇلىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="148" />
      <source>Imported.</source>
      <translation>ئەكىرىلدى.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="150" />
      <source>Nothing to import: this vault already holds everything in the bundle.</source>
      <translation>ئەكىرىدىغان نەرسە يوق: بۇ ئامباردا بوغچىدىكى ھەممە نەرسە ئاللىقاچان بار.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="152" />
      <source>Preview only: the sender is not a verified colleague, so nothing can be imported. Compare fingerprints and verify them first.</source>
      <translation>پەقەت ئالدىن كۆرۈش: ئەۋەتكۈچى دەلىللەنگەن خىزمەتداش ئەمەس، شۇڭا ھېچنېمە ئەكىرىلمەيدۇ. ئالدى بىلەن بارماق ئىزىنى سېلىشتۇرۇپ دەلىللەڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="164" />
      <source>Importing…</source>
      <translation>ئەكىرىۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="181" />
      <source>Cancelled; nothing was imported.</source>
      <translation>بىكار قىلىندى؛ ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../ui/importing/models.py" line="19" />
      <source>(not imported)</source>
      <translation>(ئەكىرىلمەيدۇ)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="59" />
      <source>Import a spreadsheet</source>
      <translation>جەدۋەل ئەكىرىش</translation>
    </message>
  </context>
  <context>
    <name>InterventionsPanel</name>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="65" />
      <source>Interventions of this case</source>
      <translation>بۇ دېلونىڭ ئارىلىشىشلىرى</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="72" />
      <source>Add &amp;intervention…</source>
      <translation>ئارىلىشىش &amp;قوشۇش…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="73" />
      <source>Add an intervention to this case</source>
      <translation>بۇ دېلوغا ئارىلىشىش قوشۇش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="74" />
      <source>Edit intervention…</source>
      <translation>ئارىلىشىشنى تەھرىرلەش…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="75" />
      <source>Edit the selected intervention</source>
      <translation>تاللانغان ئارىلىشىشنى تەھرىرلەش</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message numerus="yes">
      <location filename="../../ui/main/list_page.py" line="98" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n خاتىرە</numerusform>
        <numerusform>%n خاتىرە</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LogPage</name>
    <message>
      <location filename="../../ui/safety/log_view.py" line="90" />
      <source>Vault activity log</source>
      <translation>ئامبار پائالىيەت خاتىرىسى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="92" />
      <source>&amp;Verify the log</source>
      <translation>خاتىرىنى &amp;دەلىللەش</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="93" />
      <source>Checks that no entry was removed, moved or altered since it was written.</source>
      <translation>يېزىلغاندىن بۇيان ھېچقانداق تۈرنىڭ ئۆچۈرۈلمىگەن، يۆتكەلمىگەن ياكى ئۆزگەرتىلمىگەنلىكىنى تەكشۈرىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="95" />
      <source>Entries hold ids and counts only, never names or notes.</source>
      <translation>تۈرلەردە پەقەت id ۋە سانلار بار، ھەرگىز ئىسىم ياكى ئىزاھات يوق.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="97" />
      <source>Verification result</source>
      <translation>دەلىللەش نەتىجىسى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="121" />
      <source>Verifying…</source>
      <translation>دەلىللەۋاتىدۇ…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/safety/log_view.py" line="131" />
      <source>The log is whole: no entry was removed, moved or altered (%n checked).</source>
      <translation>
        <numerusform>خاتىرە پۈتۈن: ھېچقانداق تۈر ئۆچۈرۈلمىگەن، يۆتكەلمىگەن ياكى ئۆزگەرتىلمىگەن (%n تۈر تەكشۈرۈلدى).</numerusform>
        <numerusform>خاتىرە پۈتۈن: ھېچقانداق تۈر ئۆچۈرۈلمىگەن، يۆتكەلمىگەن ياكى ئۆزگەرتىلمىگەن (%n تۈر تەكشۈرۈلدى).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="135" />
      <source>The log was tampered with:</source>
      <translation>خاتىرىگە قول تەگكۈزۈلگەن:</translation>
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
        <numerusform>ئامبار ئاخىرقى قېتىم ئېچىلغاندىن بۇيان ئۇنى ئېچىشقا %n قېتىم مەغلۇپ ئۇرۇنۇش بولدى؛ ۋاقىتلىرى پائالىيەت خاتىرىسىدە.</numerusform>
        <numerusform>ئامبار ئاخىرقى قېتىم ئېچىلغاندىن بۇيان ئۇنى ئېچىشقا %n قېتىم مەغلۇپ ئۇرۇنۇش بولدى؛ ۋاقىتلىرى پائالىيەت خاتىرىسىدە.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="75" />
      <source>Ctrl+K searches; Ctrl+L locks and closes every window.</source>
      <translation>Ctrl+K ئىزدەيدۇ؛ Ctrl+L قۇلۇپلايدۇ ۋە بارلىق كۆزنەكلەرنى تاقايدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="81" />
      <source>Search any name, in any script — 滕彪, teng biao, مەمەتجان (Ctrl+K)</source>
      <translation>خالىغان ئىسىمنى، خالىغان يېزىقتا ئىزدەڭ — 滕彪، teng biao، مەمەتجان (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="82" />
      <location filename="../../ui/main/window.py" line="93" />
      <source>Search</source>
      <translation>ئىزدەش</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="103" />
      <source>Sections</source>
      <translation>بۆلەكلەر</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="118" />
      <source>Search results</source>
      <translation>ئىزدەش نەتىجىسى</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="161" />
      <source>&amp;Vault</source>
      <translation>&amp;ئامبار</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="162" />
      <source>New &amp;person…</source>
      <translation>يېڭى &amp;كىشى…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="163" />
      <source>New &amp;case…</source>
      <translation>يېڭى &amp;دېلو…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="164" />
      <source>New &amp;organisation…</source>
      <translation>يېڭى &amp;تەشكىلات…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="171" />
      <source>Fill with &amp;demo data…</source>
      <translation>&amp;ئۈلگە سانلىق مەلۇمات بىلەن تولدۇرۇش…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="172" />
      <source>&amp;Import spreadsheet…</source>
      <translation>جەدۋەل &amp;ئەكىرىش…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="173" />
      <source>Find d&amp;uplicates…</source>
      <translation>&amp;تەكرارلارنى تېپىش…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="174" />
      <source>&amp;Settings…</source>
      <translation>&amp;تەڭشەكلەر…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="176" />
      <source>&amp;Back up…</source>
      <translation>&amp;زاپاسلاش…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="177" />
      <source>Sa&amp;fety and keys…</source>
      <translation>&amp;بىخەتەرلىك ۋە ئاچقۇچلار…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="178" />
      <source>Sh&amp;red this record…</source>
      <translation>بۇ خاتىرىنى &amp;پارچىلاپ يوقىتىش…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="179" />
      <source>Emergency &amp;wipe…</source>
      <translation>جىددىي &amp;ئۆچۈرۈۋېتىش…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="181" />
      <source>&amp;Lock now</source>
      <translation>ھازىرلا &amp;قۇلۇپلاش</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="185" />
      <source>&amp;Quit</source>
      <translation>&amp;چېكىنىش</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="186" />
      <source>&amp;Go</source>
      <translation>&amp;يۆتكىلىش</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="187" />
      <source>&amp;Search</source>
      <translation>&amp;ئىزدەش</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="191" />
      <source>&amp;Help</source>
      <translation>&amp;ياردەم</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="192" />
      <source>&amp;About Casebook</source>
      <translation>Casebook &amp;ھەققىدە</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="257" />
      <source>Nothing found for “%1”.</source>
      <translation>«%1» ئۈچۈن ھېچنېمە تېپىلمىدى.</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="365" />
      <source>About Casebook</source>
      <translation>Casebook ھەققىدە</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="366" />
      <source>Casebook keeps an encrypted, offline record of the human rights defenders you support. It never opens a network connection.</source>
      <translation>Casebook سىز قوللايدىغان كىشىلىك ھوقۇق قوغدىغۇچىلارنىڭ شىفىرلانغان، تورسىز خاتىرىسىنى ساقلايدۇ. ئۇ ھەرگىز تور ئۇلىنىشى ئاچمايدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="326" />
      <source>Notice</source>
      <translation>ئۇقتۇرۇش</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="327" />
      <source>Dismiss</source>
      <translation>تاقاش</translation>
    </message>
  </context>
  <context>
    <name>MappingModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="50" />
      <source>Column</source>
      <translation>ئىستون</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="50" />
      <source>Sample values</source>
      <translation>ئۈلگە قىممەتلەر</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="50" />
      <source>Field</source>
      <translation>ئۇچۇر</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="37" />
      <source>Match the columns to fields</source>
      <translation>ئىستونلارنى ئۇچۇرلارغا ماسلاشتۇرۇش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="38" />
      <source>Each column's field is guessed from its header. To change one, choose it in the Field column (F2 or any key opens the list). Columns not imported are left out.</source>
      <translation>ھەر بىر ئىستوننىڭ ئۇچۇرى ئۇنىڭ ماۋزۇسىدىن پەرەز قىلىنىدۇ. بىرىنى ئۆزگەرتىش ئۈچۈن، ئۇنى «ئۇچۇر» ئىستونىدا تاللاڭ (F2 ياكى خالىغان كۇنۇپكا تىزىملىكنى ئاچىدۇ). ئەكىرىلمەيدىغان ئىستونلار چىقىرىپ قويۇلىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="45" />
      <source>Columns and their fields</source>
      <translation>ئىستونلار ۋە ئۇلارنىڭ ئۇچۇرلىرى</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="56" />
      <source>Saved mappings</source>
      <translation>ساقلانغان ماسلاشتۇرۇشلار</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="57" />
      <source>&amp;Use</source>
      <translation>&amp;ئىشلىتىش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="58" />
      <source>Use the saved mapping chosen</source>
      <translation>تاللانغان ساقلانغان ماسلاشتۇرۇشنى ئىشلىتىش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="61" />
      <source>Name to save this mapping under</source>
      <translation>بۇ ماسلاشتۇرۇشنى ساقلايدىغان ئىسىم</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="62" />
      <source>e.g. monthly caseload</source>
      <translation>مەسىلەن، ئايلىق دېلو مىقدارى</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="63" />
      <source>Sa&amp;ve this mapping</source>
      <translation>بۇ ماسلاشتۇرۇشنى &amp;ساقلاش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="65" />
      <source>Saved &amp;mappings:</source>
      <translation>ساقلانغان &amp;ماسلاشتۇرۇشلار:</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="91" />
      <source>Reading sample values…</source>
      <translation>ئۈلگە قىممەتلەر ئوقۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="115" />
      <source>%1 of %2 columns will be imported.</source>
      <translation>%2 ئىستوننىڭ %1 ى ئەكىرىلىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="136" />
      <source>Give the mapping a name to save it under.</source>
      <translation>ماسلاشتۇرۇشنى ساقلاش ئۈچۈن ئۇنىڭغا ئىسىم بېرىڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="146" />
      <source>Saved this mapping in the vault as “%1”.</source>
      <translation>بۇ ماسلاشتۇرۇش ئامباردا «%1» نامىدا ساقلاندى.</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../ui/start/page.py" line="51" />
      <source>Problem</source>
      <translation>مەسىلە</translation>
    </message>
  </context>
  <context>
    <name>PairsModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="206" />
      <source>Person</source>
      <translation>كىشى</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="206" />
      <source>May be the same as</source>
      <translation>ئوخشاش بولۇشى مۇمكىن</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="206" />
      <source>Why</source>
      <translation>سەۋەبى</translation>
    </message>
  </context>
  <context>
    <name>PassphrasePair</name>
    <message>
      <location filename="../../ui/start/passphrase.py" line="22" />
      <source>New passphrase</source>
      <translation>يېڭى مەخپىي ئىبارە</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="23" />
      <source>New passphrase, again</source>
      <translation>يېڭى مەخپىي ئىبارە، قايتا</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="28" />
      <source>Passphrase strength</source>
      <translation>مەخپىي ئىبارە كۈچلۈكلۈكى</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="33" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;مەخپىي ئىبارە:</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="34" />
      <source>&amp;Again:</source>
      <translation>&amp;قايتا:</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="35" />
      <source>Strength:</source>
      <translation>كۈچلۈكلۈكى:</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="55" />
      <source>under a minute</source>
      <translation>بىر مىنۇتقا يەتمەيدۇ</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="57" />
      <source>about %n minute(s)</source>
      <translation>
        <numerusform>تەخمىنەن %n مىنۇت</numerusform>
        <numerusform>تەخمىنەن %n مىنۇت</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="59" />
      <source>about %n hour(s)</source>
      <translation>
        <numerusform>تەخمىنەن %n سائەت</numerusform>
        <numerusform>تەخمىنەن %n سائەت</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="61" />
      <source>about %n day(s)</source>
      <translation>
        <numerusform>تەخمىنەن %n كۈن</numerusform>
        <numerusform>تەخمىنەن %n كۈن</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="63" />
      <source>about %n year(s)</source>
      <translation>
        <numerusform>تەخمىنەن %n يىل</numerusform>
        <numerusform>تەخمىنەن %n يىل</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="64" />
      <source>more than a thousand years</source>
      <translation>مىڭ يىلدىن ئارتۇق</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="71" />
      <source>Use several words that belong together only in your head; at least %1 characters.</source>
      <translation>پەقەت سىزنىڭ كاللىڭىزدىلا بىر-بىرىگە باغلىنىدىغان بىر قانچە سۆزنى ئىشلىتىڭ؛ كەم دېگەندە %1 ھەرپ.</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="76" />
      <source>very weak</source>
      <translation>بەك ئاجىز</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="76" />
      <source>weak</source>
      <translation>ئاجىز</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="76" />
      <source>fair</source>
      <translation>ئوتتۇراھال</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="76" />
      <source>strong</source>
      <translation>كۈچلۈك</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="76" />
      <source>very strong</source>
      <translation>بەك كۈچلۈك</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="77" />
      <source>%1: guessing it would take %2 at the speed of a well-equipped attacker.</source>
      <translation>%1: ياخشى جابدۇقلانغان ھۇجۇمچى سۈرئىتىدە ئۇنى تېپىش %2 ۋاقىت ئالىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="80" />
      <source>Too short: use at least %1 characters.</source>
      <translation>بەك قىسقا: كەم دېگەندە %1 ھەرپ ئىشلىتىڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="82" />
      <source>Too easy to guess: add words.</source>
      <translation>پەرەز قىلىش بەك ئاسان: سۆز قوشۇڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="84" />
      <source>The two passphrases differ.</source>
      <translation>ئىككى مەخپىي ئىبارە ئوخشاش ئەمەس.</translation>
    </message>
  </context>
  <context>
    <name>PreviewModel</name>
    <message>
      <location filename="../../ui/colleagues/models.py" line="122" />
      <source>new</source>
      <translation>يېڭى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="122" />
      <source>changed</source>
      <translation>ئۆزگەرگەن</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="122" />
      <source>conflict</source>
      <translation>زىددىيەت</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>What</source>
      <translation>نېمە</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>Kind</source>
      <translation>تۈرى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>Record</source>
      <translation>خاتىرە</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>Fields</source>
      <translation>ئۇچۇرلار</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="123" />
      <source>held for review</source>
      <translation>تەكشۈرۈش ئۈچۈن ساقلاندى</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="52" />
      <source>Check what will be imported</source>
      <translation>ئەكىرىلىدىغان نەرسىلەرنى تەكشۈرۈش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="53" />
      <source>Nothing has been written yet. Decide about each possible duplicate; rows in error are left out: save them, fix them, and import that file afterwards.</source>
      <translation>تېخى ھېچنېمە يېزىلمىدى. تەكرار بولۇشى مۇمكىن ھەر بىرى ھەققىدە قارار چىقىرىڭ؛ خاتا قۇرلار چىقىرىپ قويۇلىدۇ: ئۇلارنى ساقلاڭ، تۈزىتىڭ، ئاندىن شۇ ھۆججەتنى ئەكىرىڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="56" />
      <source>&amp;Apply</source>
      <translation>&amp;ئىجرا قىلىش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="59" />
      <source>What the import will do</source>
      <translation>ئەكىرىش قىلىدىغان ئىشلار</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="68" />
      <source>Rows in error</source>
      <translation>خاتا قۇرلار</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="69" />
      <source>&amp;Save the rows in error…</source>
      <translation>خاتا قۇرلارنى &amp;ساقلاش…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="75" />
      <source>Each row with its problem in an extra column, to fix and import again.</source>
      <translation>ھەر بىر قۇر، مەسىلىسى قوشۇمچە ئىستوندا، تۈزىتىپ قايتا ئەكىرىش ئۈچۈن.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="78" />
      <source>Possible duplicates</source>
      <translation>تەكرار بولۇشى مۇمكىنلەر</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="82" />
      <source>Decision for every possible duplicate</source>
      <translation>تەكرار بولۇشى مۇمكىن ھەممىسى ئۈچۈن قارار</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="85" />
      <source>Apply to &amp;all</source>
      <translation>&amp;ھەممىسىگە ئىشلىتىش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="91" />
      <source>For every row: </source>
      <translation>ھەر بىر قۇر ئۈچۈن: </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="120" />
      <source>Reading %n row(s) and looking for people already in the vault…</source>
      <translation>
        <numerusform>%n قۇر ئوقۇلۇۋاتىدۇ ۋە ئامباردا بار كىشىلەر ئىزدىلىۋاتىدۇ…</numerusform>
        <numerusform>%n قۇر ئوقۇلۇۋاتىدۇ ۋە ئامباردا بار كىشىلەر ئىزدىلىۋاتىدۇ…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="124" />
      <source>Stopped. Go back and forward again to read the sheet again; nothing was written.</source>
      <translation>توختىتىلدى. جەدۋەلنى قايتا ئوقۇش ئۈچۈن ئارقىغا قايتىپ يەنە ئالدىغا مېڭىڭ؛ ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="134" />
      <source>Possible duplicates (%1)</source>
      <translation>تەكرار بولۇشى مۇمكىنلەر (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="135" />
      <source>Rows in error (%1)</source>
      <translation>خاتا قۇرلار (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="158" />
      <source>%1 to add, %2 to update, %3 to skip, %4 in error.</source>
      <translation>%1 قوشۇلىدۇ، %2 يېڭىلىنىدۇ، %3 ئاتلاپ ئۆتۈلىدۇ، %4 خاتا.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="161" />
      <source>%n row(s) may be someone already there: decide about each below.</source>
      <translation>
        <numerusform>%n قۇر ئامباردا بار بىرەر كىشى بولۇشى مۇمكىن: تۆۋەندە ھەر بىرى ھەققىدە قارار چىقىرىڭ.</numerusform>
        <numerusform>%n قۇر ئامباردا بار بىرەر كىشى بولۇشى مۇمكىن: تۆۋەندە ھەر بىرى ھەققىدە قارار چىقىرىڭ.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="168" />
      <source>Save the rows in error</source>
      <translation>خاتا قۇرلارنى ساقلاش</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="169" />
      <source>CSV files (*.csv)</source>
      <translation>CSV ھۆججەتلىرى (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="180" />
      <source>Saved %n row(s) in error to %1: fix them there, then import that file.</source>
      <translation>
        <numerusform>%n خاتا قۇر %1 غا ساقلاندى: ئۇلارنى شۇ يەردە تۈزىتىپ، ئاندىن شۇ ھۆججەتنى ئەكىرىڭ.</numerusform>
        <numerusform>%n خاتا قۇر %1 غا ساقلاندى: ئۇلارنى شۇ يەردە تۈزىتىپ، ئاندىن شۇ ھۆججەتنى ئەكىرىڭ.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="182" />
      <source>Saving the rows in error…</source>
      <translation>خاتا قۇرلار ساقلىنىۋاتىدۇ…</translation>
    </message>
  </context>
  <context>
    <name>RecordField</name>
    <message>
      <location filename="../../ui/editors/picker.py" line="107" />
      <source>Choose a record from the list that appears as you type part of its name.</source>
      <translation>ئىسمىنىڭ بىر قىسمىنى يازغىنىڭىزدا كۆرۈنىدىغان تىزىملىكتىن بىر خاتىرىنى تاللاڭ.</translation>
    </message>
  </context>
  <context>
    <name>RecordListModel</name>
    <message>
      <location filename="../../ui/models/record_list.py" line="28" />
      <source>Title</source>
      <translation>ماۋزۇ</translation>
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="28" />
      <source>Name</source>
      <translation>ئىسمى</translation>
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="28" />
      <source>Status</source>
      <translation>ھالىتى</translation>
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="29" />
      <source>Last change</source>
      <translation>ئاخىرقى ئۆزگىرىش</translation>
    </message>
  </context>
  <context>
    <name>RecordPicker</name>
    <message>
      <location filename="../../ui/editors/picker.py" line="47" />
      <source>Type part of a name…</source>
      <translation>ئىسمىنىڭ بىر قىسمىنى يېزىڭ…</translation>
    </message>
  </context>
  <context>
    <name>RecordView</name>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="51" />
      <source>(deleted record)</source>
      <translation>(ئۆچۈرۈلگەن خاتىرە)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="104" />
      <location filename="../../ui/widgets/record_sections.py" line="105" />
      <source>Next mark</source>
      <translation>كېيىنكى مۇھىم چېكى</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="147" />
      <source>%1 is %2 this %3</source>
      <translation>%1 — بۇ %3 نىڭ %2</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="150" />
      <source>link</source>
      <translation>باغلىنىش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="152" />
      <source>Links</source>
      <translation>باغلىنىشلار</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="201" />
      <source>DO NOT USE</source>
      <translation>ئىشلەتمەڭ</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="206" />
      <source>monitored</source>
      <translation>نازارەت ئاستىدا</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="231" />
      <source>No emergency sheet yet: edit this person to add who to call and their lawyer.</source>
      <translation>تېخى جىددىي ئەھۋال جەدۋىلى يوق: كىمگە تېلېفون قىلىش ۋە ئادۋوكاتىنى قوشۇش ئۈچۈن بۇ كىشىنى تەھرىرلەڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="233" />
      <location filename="../../ui/widgets/record_sections.py" line="258" />
      <location filename="../../ui/widgets/record_sections.py" line="275" />
      <source>Details</source>
      <translation>تەپسىلاتلار</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="236" />
      <source>day %1 (since %2)</source>
      <translation>%1-كۈن (%2 دىن بۇيان)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="239" />
      <source>(from case events)</source>
      <translation>(دېلو ھادىسىلىرىدىن)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="248" />
      <source>Timeline of all their cases</source>
      <translation>بارلىق دېلولىرىنىڭ ۋاقىت لىنىيىسى</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="251" />
      <source>Cases</source>
      <translation>دېلولار</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="253" />
      <source>Merged from</source>
      <translation>بىرلەشتۈرۈلگەن مەنبە</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="274" />
      <source>Timeline</source>
      <translation>ۋاقىت لىنىيىسى</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="289" />
      <source>Events</source>
      <translation>ھادىسىلەر</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="294" />
      <source>Interventions</source>
      <translation>ئارىلىشىشلار</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="308" />
      <source>Event</source>
      <translation>ھادىسە</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="315" />
      <source>(approximate)</source>
      <translation>(تەخمىنىي)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="53" />
      <source>&amp;Edit</source>
      <translation>&amp;تەھرىرلەش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="54" />
      <source>&amp;History</source>
      <translation>&amp;تارىخ</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="55" />
      <source>Add e&amp;vent</source>
      <translation>ھادىسە &amp;قوشۇش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="56" />
      <source>Edit this record</source>
      <translation>بۇ خاتىرىنى تەھرىرلەش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="57" />
      <source>Show this record's history</source>
      <translation>بۇ خاتىرىنىڭ تارىخىنى كۆرسىتىش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="58" />
      <source>Add an event to this case</source>
      <translation>بۇ دېلوغا ھادىسە قوشۇش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="59" />
      <source>Draft re&amp;port…</source>
      <translation>دوكلات &amp;لايىھەسى…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="60" />
      <source>Draft a UN appeal, a case summary or an emergency sheet</source>
      <translation>ب د ت مۇراجىئىتى، دېلو خۇلاسىسى ياكى جىددىي ئەھۋال جەدۋىلىنىڭ لايىھەسىنى تەييارلاش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="62" />
      <source>Sh&amp;red…</source>
      <translation>&amp;پارچىلاپ يوقىتىش…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="63" />
      <source>Shred this record for good</source>
      <translation>بۇ خاتىرىنى مەڭگۈلۈك پارچىلاپ يوقىتىش</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="104" />
      <source>Choose a record on the left, or search with Ctrl+K.</source>
      <translation>ئوڭ تەرەپتىن بىر خاتىرىنى تاللاڭ ياكى Ctrl+K بىلەن ئىزدەڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="129" />
      <source>No record selected</source>
      <translation>ھېچقانداق خاتىرە تاللانمىدى</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="134" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="137" />
      <source>Attachments</source>
      <translation>قوشۇمچە ھۆججەتلەر</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="156" />
      <source>day %1</source>
      <translation>%1-كۈن</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="163" />
      <source>risk: %1</source>
      <translation>خەتەر: %1</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="166" />
      <source>needs review after a merge</source>
      <translation>بىرلەشتۈرۈلگەندىن كېيىن تەكشۈرۈش كېرەك</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="168" />
      <source>updated %1</source>
      <translation>%1 دە يېڭىلانغان</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merged.py" line="29" />
      <source>history</source>
      <translation>تارىخ</translation>
    </message>
  </context>
  <context>
    <name>RecoverPage</name>
    <message>
      <location filename="../../ui/start/recover.py" line="30" />
      <source>Recover with the recovery key</source>
      <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="31" />
      <source>Type the recovery key you wrote down when the vault was made, then choose a new passphrase. The old passphrase stops working.</source>
      <translation>ئامبار قۇرۇلغاندا يېزىۋالغان ئەسلىگە كەلتۈرۈش ئاچقۇچىنى يېزىڭ، ئاندىن يېڭى مەخپىي ئىبارە تاللاڭ. كونا مەخپىي ئىبارە ئىشلىمەيدىغان بولىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="39" />
      <source>Recovery key</source>
      <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="41" />
      <source>Recovery &amp;key:</source>
      <translation>ئەسلىگە كەلتۈرۈش &amp;ئاچقۇچى:</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="49" />
      <source>&amp;Back</source>
      <translation>&amp;قايتىش</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="51" />
      <source>&amp;Recover</source>
      <translation>&amp;ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="79" />
      <source>Opening with the recovery key and calibrating key derivation…</source>
      <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئېچىلىۋاتىدۇ ۋە ئاچقۇچ ھاسىل قىلىش تەڭشىلىۋاتىدۇ…</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../ui/safety/recovery_dialog.py" line="14" />
      <source>New recovery key</source>
      <translation>يېڭى ئەسلىگە كەلتۈرۈش ئاچقۇچى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/recovery_dialog.py" line="16" />
      <source>The vault key was replaced. The old recovery key no longer opens this vault: keep this new one instead, and destroy the old sheet.</source>
      <translation>ئامبار ئاچقۇچى ئالماشتۇرۇلدى. كونا ئەسلىگە كەلتۈرۈش ئاچقۇچى بۇ ئامبارنى ئەمدى ئاچالمايدۇ: ئۇنىڭ ئورنىغا بۇ يېڭىسىنى ساقلاڭ، كونا ۋاراقنى يوقىتىڭ.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyPage</name>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="32" />
      <source>Your recovery key</source>
      <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىڭىز</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="33" />
      <source>This key is shown only this once. Write it down or print it and keep it away from this computer. With it the vault opens on any computer if the passphrase is forgotten or this computer is lost; anyone who has it can open the vault.</source>
      <translation>بۇ ئاچقۇچ پەقەت مۇشۇ بىر قېتىملا كۆرسىتىلىدۇ. ئۇنى يېزىۋېلىڭ ياكى بېسىپ، بۇ كومپيۇتېردىن يىراق ساقلاڭ. مەخپىي ئىبارە ئۇنتۇلسا ياكى بۇ كومپيۇتېر يوقالسا، ئۇنىڭ بىلەن ئامبار ھەر قانداق كومپيۇتېردا ئېچىلىدۇ؛ ئۇنىڭغا ئىگە ھەر قانداق ئادەم ئامبارنى ئاچالايدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="49" />
      <source>Recovery key</source>
      <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="56" />
      <source>&amp;Save as PDF…</source>
      <translation>PDF قىلىپ &amp;ساقلاش…</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="58" />
      <source>&amp;Print…</source>
      <translation>&amp;بېسىش…</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="65" />
      <source>I have &amp;written down, printed or saved the recovery key</source>
      <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى &amp;يېزىۋالدىم، باستىم ياكى ساقلىدىم</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="73" />
      <source>&amp;Continue</source>
      <translation>&amp;داۋاملاشتۇرۇش</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="97" />
      <source>With this key and a copy of the vault folder, anyone can open the vault: keep this sheet locked away, not with the computer. In Casebook, choose “Forgot the passphrase?” on the unlock window and type the key.</source>
      <translation>بۇ ئاچقۇچ ۋە ئامبار قىسقۇچىنىڭ نۇسخىسى بولسا، ھەر قانداق ئادەم ئامبارنى ئاچالايدۇ: بۇ ۋاراقنى كومپيۇتېر بىلەن بىللە ئەمەس، قۇلۇپلۇق جايدا ساقلاڭ. Casebook تا، قۇلۇپ ئېچىش كۆزنىكىدە «مەخپىي ئىبارىنى ئۇنتۇپ قالدىڭىزمۇ؟» نى تاللاپ، ئاچقۇچنى يېزىڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="100" />
      <source>Vault folder: %1</source>
      <translation>ئامبار قىسقۇچى: %1</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="101" />
      <source>Vault id: %1</source>
      <translation>ئامبار id: %1</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="102" />
      <source>Made on: %1</source>
      <translation>ياسالغان ۋاقتى: %1</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="116" />
      <source>Save the recovery key as PDF</source>
      <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى PDF قىلىپ ساقلاش</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="117" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="125" />
      <source>Casebook recovery key</source>
      <translation>Casebook ئەسلىگە كەلتۈرۈش ئاچقۇچى</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="132" />
      <source>Print the recovery key</source>
      <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى بېسىش</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../../ui/reports/dialog.py" line="62" />
      <source>Draft report — %1</source>
      <translation>دوكلات لايىھەسى — %1</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="68" />
      <source>English</source>
      <translation>ئىنگلىزچە</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="69" />
      <source>Chinese (中文)</source>
      <translation>خەنزۇچە (中文)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="70" />
      <source>The headings change; the text stays in English, as the UN asks.</source>
      <translation>ماۋزۇلار ئۆزگىرىدۇ؛ تېكىست ب د ت تەلەپ قىلغاندەك ئىنگلىزچە قالىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="72" />
      <source>&amp;Report:</source>
      <translation>&amp;دوكلات:</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="73" />
      <source>&amp;Headings in:</source>
      <translation>&amp;ماۋزۇلار تىلى:</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="77" />
      <source>Consent refusal</source>
      <translation>رازىلىق رەت قىلىنغان</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="78" />
      <source>The person or their family agreed to this report: make it anyway</source>
      <translation>كىشى ياكى ئائىلىسى بۇ دوكلاتقا قوشۇلدى: يەنىلا تەييارلاش</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="81" />
      <source>Status</source>
      <translation>ھالىتى</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="92" />
      <source>Consent statement</source>
      <translation>رازىلىق باياناتى</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="97" />
      <source>Draft</source>
      <translation>لايىھە</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="125" />
      <source>Urgent appeal — UN Working Group on Arbitrary Detention</source>
      <translation>جىددىي مۇراجىئەت — ب د ت خالىغانچە تۇتۇپ تۇرۇش خىزمەت گۇرۇپپىسى</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="126" />
      <source>Report — UN Working Group on Enforced or Involuntary Disappearances</source>
      <translation>دوكلات — ب د ت مەجبۇرىي ياكى ئىختىيارسىز يوقاپ كېتىش خىزمەت گۇرۇپپىسى</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="127" />
      <source>Submission — UN Special Rapporteur on human rights defenders</source>
      <translation>تاپشۇرۇش — ب د ت كىشىلىك ھوقۇق قوغدىغۇچىلار مەسىلىسى بويىچە ئالاھىدە دوكلاتچىسى</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="128" />
      <source>Case summary for partners</source>
      <translation>ھەمكارلار ئۈچۈن دېلو خۇلاسىسى</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="129" />
      <source>Emergency sheet</source>
      <translation>جىددىي ئەھۋال جەدۋىلى</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="145" />
      <source>Making the draft…</source>
      <translation>لايىھە تەييارلىنىۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="159" />
      <source>Nothing was made. Tick the box only if the person or their family agreed to this report.</source>
      <translation>ھېچنېمە تەييارلانمىدى. كىشى ياكى ئائىلىسى بۇ دوكلاتقا قوشۇلغان بولسىلا رامكىنى بەلگىلەڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="164" />
      <source>Made although the consent on record does not cover it, as you confirmed; the report says so. Record that consent in Casebook.</source>
      <translation>خاتىرىدىكى رازىلىق ئۇنى ئۆز ئىچىگە ئالمىسىمۇ، سىز جەزملەشتۈرگەندەك تەييارلاندى؛ دوكلاتتا بۇ ئەسكەرتىلگەن. بۇ رازىلىقنى Casebook قا خاتىرىلەڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="167" />
      <source>Draft ready: check every line before sending it.</source>
      <translation>لايىھە تەييار: ئەۋەتىشتىن ئىلگىرى ھەر بىر قۇرنى تەكشۈرۈڭ.</translation>
    </message>
  </context>
  <context>
    <name>ReportOutputs</name>
    <message>
      <location filename="../../ui/reports/outputs.py" line="43" />
      <source>&amp;Copy text</source>
      <translation>تېكىستنى &amp;كۆچۈرۈش</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="44" />
      <source>Plain text for the OHCHR online form; the clipboard is cleared after a short while.</source>
      <translation>OHCHR تور جەدۋىلى ئۈچۈن ساپ تېكىست؛ چاپلاش تاختىسى قىسقا ۋاقىتتىن كېيىن تازىلىنىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="47" />
      <source>Save as &amp;HTML…</source>
      <translation>HTML قىلىپ &amp;ساقلاش…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="48" />
      <source>Save as &amp;PDF…</source>
      <translation>PDF قىلىپ &amp;ساقلاش…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="49" />
      <source>Save as &amp;text…</source>
      <translation>تېكىست قىلىپ &amp;ساقلاش…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="52" />
      <source>Save the report unencrypted as %1</source>
      <translation>دوكلاتنى شىفىرلىماي %1 قىلىپ ساقلاش</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="54" />
      <source>P&amp;rint…</source>
      <translation>&amp;بېسىش…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/reports/outputs.py" line="86" />
      <source>Copied as plain text; the clipboard is cleared in %n second(s).</source>
      <translation>
        <numerusform>ساپ تېكىست قىلىپ كۆچۈرۈلدى؛ چاپلاش تاختىسى %n سېكۇنتتىن كېيىن تازىلىنىدۇ.</numerusform>
        <numerusform>ساپ تېكىست قىلىپ كۆچۈرۈلدى؛ چاپلاش تاختىسى %n سېكۇنتتىن كېيىن تازىلىنىدۇ.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="96" />
      <source>Save unencrypted?</source>
      <translation>شىفىرلىماي ساقلامسىز؟</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="97" />
      <source>The saved report will not be encrypted: anyone with access to where you save it can read it, and deleting it later may not erase it from the disk. Save anyway?</source>
      <translation>ساقلانغان دوكلات شىفىرلانمايدۇ: ئۇ ساقلانغان يەرگە كىرەلەيدىغان ھەر قانداق ئادەم ئۇنى ئوقۇيالايدۇ، كېيىن ئۆچۈرسىڭىزمۇ دىسكىدىن يوقالماسلىقى مۇمكىن. يەنىلا ساقلامسىز؟</translation>
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
      <translation>تېكىست (*.txt)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="108" />
      <source>Save the report</source>
      <translation>دوكلاتنى ساقلاش</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="118" />
      <source>Saving…</source>
      <translation>ساقلاۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="130" />
      <source>Saved to %1. The file is not encrypted: delete it once it has been sent.</source>
      <translation>%1 غا ساقلاندى. ھۆججەت شىفىرلانمىغان: ئەۋەتىلگەندىن كېيىن ئۇنى ئۆچۈرۈڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="146" />
      <source>Print the report</source>
      <translation>دوكلاتنى بېسىش</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="157" />
      <source>Sent to the printer.</source>
      <translation>پرىنتېرغا ئەۋەتىلدى.</translation>
    </message>
  </context>
  <context>
    <name>RowErrorsModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="91" />
      <source>Row</source>
      <translation>قۇر</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="91" />
      <source>Column</source>
      <translation>ئىستون</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="91" />
      <source>Problem</source>
      <translation>مەسىلە</translation>
    </message>
  </context>
  <context>
    <name>SafetyDialog</name>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="69" />
      <source>Safety</source>
      <translation>بىخەتەرلىك</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="75" />
      <source>Your passphrase</source>
      <translation>مەخپىي ئىبارىڭىز</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="77" />
      <source>Your &amp;passphrase:</source>
      <translation>&amp;مەخپىي ئىبارىڭىز:</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="82" />
      <source>Result</source>
      <translation>نەتىجە</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="72" />
      <source>These settings act before the vault is opened, so they are kept with its keys. All are off unless you switch them on. Each change asks for your passphrase.</source>
      <translation>بۇ تەڭشەكلەر ئامبار ئېچىلىشتىن ئىلگىرى كۈچكە ئىگە بولىدۇ، شۇڭا ئۇلار ئامبارنىڭ ئاچقۇچلىرى بىلەن بىللە ساقلىنىدۇ. سىز ئاچمىغۇچە ھەممىسى تاقاق. ھەر بىر ئۆزگىرىش مەخپىي ئىبارىڭىزنى سورايدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="106" />
      <source>Failed unlock attempts</source>
      <translation>مەغلۇپ بولغان قۇلۇپ ئېچىش ئۇرۇنۇشلىرى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="107" />
      <source>&amp;Wipe the vault after this many failed unlock attempts in a row:</source>
      <translation>ئۇدا مۇشۇنچە قېتىم قۇلۇپ ئېچىش مەغلۇپ بولغاندىن كېيىن ئامبارنى &amp;ئۆچۈرۈۋېتىش:</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="110" />
      <source>Failed unlock attempts before the wipe</source>
      <translation>ئۆچۈرۈۋېتىشتىن ئىلگىرىكى مەغلۇپ ئۇرۇنۇشلار سانى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="115" />
      <source>&amp;Apply</source>
      <translation>&amp;ئىجرا قىلىش</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="116" />
      <source>Apply the wipe-after setting</source>
      <translation>«ئۆچۈرۈۋېتىش» تەڭشىكىنى ئىجرا قىلىش</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="124" />
      <source>&amp;Count failed unlock attempts, so the activity log shows them</source>
      <translation>مەغلۇپ بولغان قۇلۇپ ئېچىش ئۇرۇنۇشلىرىنى &amp;ساناش، شۇندا پائالىيەت خاتىرىسى ئۇلارنى كۆرسىتىدۇ</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="127" />
      <source>Off, a wrong passphrase changes no file in the vault folder. On, a small file there holds the times of failed attempts until the next unlock, which tells anyone who looks at the folder that someone tried, and when. Always on while wiping after failed attempts is on.</source>
      <translation>تاقاق بولسا، خاتا مەخپىي ئىبارە ئامبار قىسقۇچىدىكى ھېچقانداق ھۆججەتنى ئۆزگەرتمەيدۇ. ئوچۇق بولسا، ئۇ يەردىكى كىچىك بىر ھۆججەت كېيىنكى قۇلۇپ ئېچىشقىچە مەغلۇپ ئۇرۇنۇشلارنىڭ ۋاقتىنى ساقلايدۇ، بۇ قىسقۇچقا قارىغان ھەر قانداق ئادەمگە بىرەرسىنىڭ ئۇرۇنغانلىقىنى ۋە قاچان ئۇرۇنغانلىقىنى بىلدۈرىدۇ. مەغلۇپ ئۇرۇنۇشتىن كېيىن ئۆچۈرۈۋېتىش ئوچۇق بولسا، ھەمىشە ئوچۇق.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="130" />
      <source>Appl&amp;y</source>
      <translation>ئى&amp;جرا قىلىش</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="131" />
      <source>Apply the counting setting</source>
      <translation>ساناش تەڭشىكىنى ئىجرا قىلىش</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="153" />
      <source>Risks: your own typos, or anyone at this computer, can destroy the vault with %1 wrong guesses; someone who wants your records gone only has to guess wrong %1 times. It does not slow anyone who has copied the folder (they guess against their copy), and anyone who can write to the folder can reset the count. Keep a backup elsewhere.</source>
      <translation>خەتەرلەر: ئۆزىڭىزنىڭ خاتا بېسىشلىرى ياكى بۇ كومپيۇتېر ئالدىدىكى ھەر قانداق ئادەم %1 قېتىم خاتا پەرەز بىلەن ئامبارنى يوقىتالايدۇ؛ خاتىرىلىرىڭىزنىڭ يوقىلىشىنى خالايدىغان ئادەم پەقەت %1 قېتىم خاتا پەرەز قىلسىلا بولىدۇ. بۇ قىسقۇچنى كۆچۈرۈۋالغان ئادەمنى ئاستىلاتمايدۇ (ئۇلار ئۆز نۇسخىسىدا پەرەز قىلىدۇ)، قىسقۇچقا يازالايدىغان ھەر قانداق ئادەم ساناقنى نۆلگە قايتۇرالايدۇ. باشقا يەردە زاپاس نۇسخا ساقلاڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="159" />
      <location filename="../../ui/safety/settings_dialog.py" line="166" />
      <source>Duress passphrase</source>
      <translation>مەجبۇرلاش مەخپىي ئىبارىسى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="161" />
      <source>A duress passphrase wipes this vault instead of unlocking it, and Casebook then says only that the passphrase is wrong. Risks: the vault is gone for you too (only a backup brings it back); whoever made you type it will see the vault folder vanish, which may put you at risk; anyone who learns it can destroy the vault; a copy of the folder taken earlier is not affected. Nothing in the vault, and nothing here, shows whether one is set.</source>
      <translation>مەجبۇرلاش مەخپىي ئىبارىسى بۇ ئامبارنى ئاچماي، ئۇنى ئۆچۈرۈۋېتىدۇ، ئاندىن Casebook پەقەت مەخپىي ئىبارە خاتا دەيدۇ. خەتەرلەر: ئامبار سىز ئۈچۈنمۇ يوقىلىدۇ (پەقەت زاپاس نۇسخىلا ئۇنى قايتۇرالايدۇ)؛ سىزنى ئۇنى يېزىشقا مەجبۇرلىغان ئادەم ئامبار قىسقۇچىنىڭ غايىب بولغانلىقىنى كۆرىدۇ، بۇ سىزنى خەتەرگە قويۇشى مۇمكىن؛ ئۇنى بىلىۋالغان ھەر قانداق ئادەم ئامبارنى يوقىتالايدۇ؛ ئىلگىرى ئېلىنغان قىسقۇچ نۇسخىسىغا تەسىر يەتمەيدۇ. ئامباردىكى ۋە بۇ يەردىكى ھېچنېمە ئۇنىڭ بەلگىلەنگەن-بەلگىلەنمىگەنلىكىنى كۆرسەتمەيدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="167" />
      <source>Duress passphrase again</source>
      <translation>مەجبۇرلاش مەخپىي ئىبارىسى، قايتا</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="169" />
      <source>&amp;Duress passphrase:</source>
      <translation>&amp;مەجبۇرلاش مەخپىي ئىبارىسى:</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="171" />
      <source>A&amp;gain:</source>
      <translation>&amp;قايتا:</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="175" />
      <source>&amp;Set duress passphrase</source>
      <translation>مەجبۇرلاش مەخپىي ئىبارىسىنى &amp;بەلگىلەش</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="178" />
      <source>Re&amp;move duress passphrase</source>
      <translation>مەجبۇرلاش مەخپىي ئىبارىسىنى &amp;چىقىرىۋېتىش</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="196" />
      <source>Vault key</source>
      <translation>ئامبار ئاچقۇچى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="198" />
      <source>Replacing the vault key re-encrypts the database and rewraps every record key, so copies of its pages left on the disk (after a shred, say) no longer open. The passphrase stays the same; the old recovery key stops working and a new one is shown once.</source>
      <translation>ئامبار ئاچقۇچىنى ئالماشتۇرۇش سانداننى قايتا شىفىرلايدۇ ۋە ھەر بىر خاتىرە ئاچقۇچىنى قايتا ئورايدۇ، شۇڭا دىسكىدا قالغان بەتلىرىنىڭ نۇسخىلىرى (مەسىلەن، پارچىلاپ يوقىتىشتىن كېيىن) ئەمدى ئېچىلمايدۇ. مەخپىي ئىبارە ئۆزگەرمەيدۇ؛ كونا ئەسلىگە كەلتۈرۈش ئاچقۇچى ئىشلىمەيدىغان بولىدۇ ۋە يېڭىسى بىر قېتىم كۆرسىتىلىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="202" />
      <source>&amp;Replace the vault key…</source>
      <translation>ئامبار ئاچقۇچىنى &amp;ئالماشتۇرۇش…</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="218" />
      <source>Type your passphrase first: every change here needs it.</source>
      <translation>ئالدى بىلەن مەخپىي ئىبارىڭىزنى يېزىڭ: بۇ يەردىكى ھەر بىر ئۆزگىرىشكە ئۇ كېرەك.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/safety/settings_dialog.py" line="264" />
      <source>The vault will be wiped after %n failed unlock attempt(s) in a row.</source>
      <translation>
        <numerusform>ئۇدا %n قېتىم قۇلۇپ ئېچىش مەغلۇپ بولغاندىن كېيىن ئامبار ئۆچۈرۈۋېتىلىدۇ.</numerusform>
        <numerusform>ئۇدا %n قېتىم قۇلۇپ ئېچىش مەغلۇپ بولغاندىن كېيىن ئامبار ئۆچۈرۈۋېتىلىدۇ.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="265" />
      <source>Wiping after failed unlock attempts is off.</source>
      <translation>مەغلۇپ ئۇرۇنۇشتىن كېيىن ئۆچۈرۈۋېتىش تاقاق.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="267" />
      <location filename="../../ui/safety/settings_dialog.py" line="281" />
      <location filename="../../ui/safety/settings_dialog.py" line="304" />
      <source>Checking the passphrase…</source>
      <translation>مەخپىي ئىبارە تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="278" />
      <source>Failed unlock attempts are counted and logged at the next unlock.</source>
      <translation>مەغلۇپ بولغان قۇلۇپ ئېچىش ئۇرۇنۇشلىرى سانىلىدۇ ۋە كېيىنكى قۇلۇپ ئېچىشتا خاتىرىلىنىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="279" />
      <source>Failed unlock attempts are not counted (unless wiping after them is on).</source>
      <translation>مەغلۇپ بولغان قۇلۇپ ئېچىش ئۇرۇنۇشلىرى سانالمايدۇ (ئۇلاردىن كېيىن ئۆچۈرۈۋېتىش ئوچۇق بولمىسا).</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="287" />
      <source>The duress passphrase is set. Typing it at unlock wipes the vault.</source>
      <translation>مەجبۇرلاش مەخپىي ئىبارىسى بەلگىلەندى. قۇلۇپ ئېچىشتا ئۇنى يازسا ئامبار ئۆچۈرۈۋېتىلىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="290" />
      <source>No duress passphrase is set now.</source>
      <translation>ھازىر مەجبۇرلاش مەخپىي ئىبارىسى بەلگىلەنمىگەن.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="308" />
      <source>Replacing the vault key: re-encrypting the database and every record key…</source>
      <translation>ئامبار ئاچقۇچى ئالماشتۇرۇلۇۋاتىدۇ: ساندان ۋە ھەر بىر خاتىرە ئاچقۇچى قايتا شىفىرلىنىۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="312" />
      <source>The vault key was replaced.</source>
      <translation>ئامبار ئاچقۇچى ئالماشتۇرۇلدى.</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message>
      <location filename="../../ui/models/search_results.py" line="64" />
      <source>Name</source>
      <translation>ئىسمى</translation>
    </message>
    <message>
      <location filename="../../ui/models/search_results.py" line="64" />
      <source>Kind</source>
      <translation>تۈرى</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="32" />
      <source>Settings</source>
      <translation>تەڭشەكلەر</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="35" />
      <source> min</source>
      <translation> مىنۇت</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="37" />
      <source>Lock after idle minutes</source>
      <translation>بوش تۇرغان مىنۇتتىن كېيىن قۇلۇپلاش</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="40" />
      <location filename="../../ui/main/settings_dialog.py" line="53" />
      <source> s</source>
      <translation> سېكۇنت</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="42" />
      <source>Clear the clipboard after seconds</source>
      <translation>چاپلاش تاختىسىنى تازىلاش سېكۇنتى</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="44" />
      <source>Language</source>
      <translation>تىل</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="46" />
      <source>As the system (%1)</source>
      <translation>سىستېمىدەك (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="55" />
      <source>Key derivation time</source>
      <translation>ئاچقۇچ ھاسىل قىلىش ۋاقتى</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="56" />
      <source>&amp;Recalibrate now…</source>
      <translation>ھازىر &amp;قايتا تەڭشەش…</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="64" />
      <source>Lock after &amp;idle:</source>
      <translation>&amp;بوش تۇرغاندا قۇلۇپلاش:</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="65" />
      <source>Clear copied details &amp;after:</source>
      <translation>كۆچۈرۈلگەن تەپسىلاتلارنى &amp;تازىلاش ۋاقتى:</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="66" />
      <source>&amp;Language (on next start):</source>
      <translation>&amp;تىل (كېيىنكى قوزغىتىشتا):</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="67" />
      <source>&amp;Key derivation takes:</source>
      <translation>&amp;ئاچقۇچ ھاسىل قىلىش ۋاقتى:</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="75" />
      <source>Settings hold no names, searches or other contents of the vault.</source>
      <translation>تەڭشەكلەردە ئىسىم، ئىزدەش ياكى ئامباردىكى باشقا مەزمۇنلار ساقلانمايدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="88" />
      <source>Recalibrate key derivation</source>
      <translation>ئاچقۇچ ھاسىل قىلىشنى قايتا تەڭشەش</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="89" />
      <source>Type the passphrase to confirm:</source>
      <translation>جەزملەشتۈرۈش ئۈچۈن مەخپىي ئىبارىنى يېزىڭ:</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="97" />
      <source>Measuring this computer and rewrapping the vault key…</source>
      <translation>بۇ كومپيۇتېر ئۆلچىنىۋاتىدۇ ۋە ئامبار ئاچقۇچى قايتا ئورىلىۋاتىدۇ…</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="104" />
      <source>Done: unlocking now takes about %1 s on this computer.</source>
      <translation>تامام: بۇ كومپيۇتېردا قۇلۇپ ئېچىش ئەمدى تەخمىنەن %1 سېكۇنت ۋاقىت ئالىدۇ.</translation>
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
      <translation>ئامبار قىسقۇچىنى ئېچىش</translation>
    </message>
    <message>
      <location filename="../../ui/start/window.py" line="102" />
      <source>That folder is not a Casebook vault (it has no keyslots.json).</source>
      <translation>بۇ قىسقۇچ Casebook ئامبىرى ئەمەس (ئۇنىڭدا keyslots.json يوق).</translation>
    </message>
  </context>
  <context>
    <name>TableField</name>
    <message>
      <location filename="../../ui/editors/tables.py" line="120" />
      <source>Add</source>
      <translation>قوشۇش</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="121" />
      <source>Add to %1</source>
      <translation>%1 غا قوشۇش</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="123" />
      <source>Remove</source>
      <translation>چىقىرىۋېتىش</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="124" />
      <source>Remove the selected row (Delete)</source>
      <translation>تاللانغان قۇرنى چىقىرىۋېتىش (Delete)</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="125" />
      <source>Remove the selected row of %1</source>
      <translation>%1 نىڭ تاللانغان قۇرىنى چىقىرىۋېتىش</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="243" />
      <source>Row %1</source>
      <translation>%1-قۇر</translation>
    </message>
  </context>
  <context>
    <name>TagsField</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="177" />
      <source>comma-separated, e.g. 709 crackdown, Xinjiang</source>
      <translation>پەش بىلەن ئايرىلىدۇ، مەسىلەن: 709 تۇتقۇن قىلىش دولقۇنى، شىنجاڭ</translation>
    </message>
  </context>
  <context>
    <name>TaskPage</name>
    <message>
      <location filename="../../ui/importing/state.py" line="56" />
      <source>Status</source>
      <translation>ھالىتى</translation>
    </message>
    <message>
      <location filename="../../ui/importing/state.py" line="58" />
      <source>Progress</source>
      <translation>جەريان</translation>
    </message>
    <message>
      <location filename="../../ui/importing/state.py" line="101" />
      <source>Stopped; nothing was written.</source>
      <translation>توختىتىلدى؛ ھېچنېمە يېزىلمىدى.</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="48" />
      <source>37-day limit of criminal detention</source>
      <translation>جىنايى تۇتۇپ تۇرۇشنىڭ 37 كۈنلۈك مۆھلىتى</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="49" />
      <source>six-month limit of RSDL</source>
      <translation>RSDL نىڭ ئالتە ئايلىق مۆھلىتى</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="96" />
      <source>Case timeline</source>
      <translation>دېلونىڭ ۋاقىت لىنىيىسى</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="115" />
      <source>No dated events yet.</source>
      <translation>تېخى چېسلالىق ھادىسە يوق.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="116" />
      <source>not known from the events</source>
      <translation>ھادىسىلەردىن مەلۇم ئەمەس</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="117" />
      <source>Status: %1</source>
      <translation>ھالىتى: %1</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="119" />
      <source>day %1 deprived of liberty (since %2)</source>
      <translation>ئەركىنلىكىدىن مەھرۇم قىلىنغانلىقىنىڭ %1-كۈنى (%2 دىن بۇيان)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="122" />
      <source>(showing %1 to %2; 0 shows all)</source>
      <translation>(%1 دىن %2 گىچە كۆرسىتىلىۋاتىدۇ؛ 0 ھەممىنى كۆرسىتىدۇ)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="132" />
      <source>approximate</source>
      <translation>تەخمىنىي</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="350" />
      <source>exact date</source>
      <translation>ئېنىق چېسلا</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="350" />
      <source>month or year only</source>
      <translation>پەقەت ئاي ياكى يىل</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="351" />
      <source>approximate (~)</source>
      <translation>تەخمىنىي (~)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="355" />
      <source>legal time limit</source>
      <translation>قانۇنىي مۆھلەت</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="416" />
      <source>approximate date</source>
      <translation>تەخمىنىي چېسلا</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="418" />
      <source>known only to the %1</source>
      <translation>پەقەت %1 مەلۇم</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="418" />
      <source>month</source>
      <translation>ئېيى</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="418" />
      <source>year</source>
      <translation>يىلى</translation>
    </message>
  </context>
  <context>
    <name>UnlockPage</name>
    <message>
      <location filename="../../ui/start/unlock.py" line="32" />
      <source>Unlock</source>
      <translation>قۇلۇپ ئېچىش</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="34" />
      <location filename="../../ui/start/unlock.py" line="35" />
      <source>Passphrase</source>
      <translation>مەخپىي ئىبارە</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="37" />
      <source>&amp;Unlock</source>
      <translation>&amp;قۇلۇپ ئېچىش</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="44" />
      <source>&amp;Remember this vault's folder on this computer</source>
      <translation>بۇ كومپيۇتېردا مۇشۇ ئامبارنىڭ قىسقۇچىنى &amp;ئېسىدە تۇتۇش</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="45" />
      <source>Casebook then keeps the folder's path in its settings file, where anyone who looks at this computer can find it. Off, you choose the folder each time.</source>
      <translation>ئۇنداقتا Casebook قىسقۇچنىڭ يولىنى تەڭشەك ھۆججىتىدە ساقلايدۇ، بۇ كومپيۇتېرغا قارىغان ھەر قانداق ئادەم ئۇنى تاپالايدۇ. تاقالغان بولسا، ھەر قېتىم قىسقۇچنى ئۆزىڭىز تاللايسىز.</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="49" />
      <source>&amp;Forgot the passphrase?</source>
      <translation>مەخپىي ئىبارىنى &amp;ئۇنتۇپ قالدىڭىزمۇ؟</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="52" />
      <source>&amp;Another vault…</source>
      <translation>&amp;باشقا ئامبار…</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="59" />
      <source>Ctrl+L locks the vault again at any time and closes every window.</source>
      <translation>Ctrl+L خالىغان ۋاقىتتا ئامبارنى قايتا قۇلۇپلايدۇ ۋە بارلىق كۆزنەكلەرنى تاقايدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="66" />
      <source>Vault: %1</source>
      <translation>ئامبار: %1</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="78" />
      <source>Type the passphrase first.</source>
      <translation>ئالدى بىلەن مەخپىي ئىبارىنى يېزىڭ.</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="82" />
      <source>Deriving the key from the passphrase…</source>
      <translation>ئاچقۇچ مەخپىي ئىبارىدىن ھاسىل قىلىنىۋاتىدۇ…</translation>
    </message>
  </context>
  <context>
    <name>VerifyDialog</name>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="80" />
      <source>Verify %1</source>
      <translation>%1 نى دەلىللەش</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="81" />
      <source>Meet %1, or call on a channel you trust. Read these groups aloud together: they must be the same on %1's screen, under Your identity.</source>
      <translation>%1 بىلەن كۆرۈشۈڭ ياكى ئىشەنچلىك ئالاقە يولى ئارقىلىق تېلېفون قىلىڭ. بۇ گۇرۇپپىلارنى بىللە ئۈنلۈك ئوقۇڭ: ئۇلار %1 نىڭ ئېكرانىدىكى «كىملىكىڭىز» ئاستىدىكى بىلەن ئوخشاش بولۇشى كېرەك.</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="85" />
      <source>%1's fingerprint</source>
      <translation>%1 نىڭ بارماق ئىزى</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="87" />
      <source>Your fingerprint</source>
      <translation>بارماق ئىزىڭىز</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="89" />
      <location filename="../../ui/colleagues/contact_dialogs.py" line="90" />
      <source>They match</source>
      <translation>ماس كېلىدۇ</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="95" />
      <source>%1's fingerprint:</source>
      <translation>%1 نىڭ بارماق ئىزى:</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="96" />
      <source>Yours, for them to check:</source>
      <translation>سىزنىڭكى، ئۇلار تەكشۈرۈش ئۈچۈن:</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../ui/start/welcome.py" line="21" />
      <source>Welcome to Casebook</source>
      <translation>Casebook قا خۇش كەلدىڭىز</translation>
    </message>
    <message>
      <location filename="../../ui/start/welcome.py" line="22" />
      <source>Casebook keeps your records of the people you support in one encrypted vault folder. Nothing is sent anywhere, and nothing personal is written outside the vault.</source>
      <translation>Casebook سىز قوللايدىغان كىشىلەر ھەققىدىكى خاتىرىلىرىڭىزنى بىر شىفىرلانغان ئامبار قىسقۇچىدا ساقلايدۇ. ھېچنېمە ھېچيەرگە ئەۋەتىلمەيدۇ، شەخسىي ھېچنېمە ئامباردىن سىرتقا يېزىلمايدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/start/welcome.py" line="26" />
      <source>&amp;Create a new vault…</source>
      <translation>يېڭى ئامبار &amp;قۇرۇش…</translation>
    </message>
    <message>
      <location filename="../../ui/start/welcome.py" line="27" />
      <source>&amp;Open an existing vault…</source>
      <translation>بار ئامبارنى &amp;ئېچىش…</translation>
    </message>
  </context>
  <context>
    <name>WipeDialog</name>
    <message>
      <location filename="../../ui/safety/wipe.py" line="47" />
      <source>Emergency wipe</source>
      <translation>جىددىي ئۆچۈرۈۋېتىش</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="50" />
      <source>This destroys the vault “%1” for good, in under a second: every key slot is overwritten, so neither the passphrase nor the recovery key will open it again, and then its files are removed. Only a backup or copy made earlier survives.</source>
      <translation>بۇ «%1» ئامبارنى بىر سېكۇنتقا يەتمىگەن ۋاقىتتا مەڭگۈلۈك يوقىتىدۇ: ھەر بىر ئاچقۇچ ئورنى قاپلىنىدۇ، شۇڭا مەخپىي ئىبارىمۇ، ئەسلىگە كەلتۈرۈش ئاچقۇچىمۇ ئۇنى قايتا ئاچالمايدۇ، ئاندىن ھۆججەتلىرى ئۆچۈرۈلىدۇ. پەقەت ئىلگىرى ياسالغان زاپاس نۇسخا ياكى كۆپەيتىلگەن نۇسخىلا ساقلىنىپ قالىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="54" />
      <source>Type the vault folder's name (%1) to wipe it:</source>
      <translation>ئۆچۈرۈۋېتىش ئۈچۈن ئامبار قىسقۇچىنىڭ ئىسمىنى (%1) يېزىڭ:</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="57" />
      <source>Vault folder name</source>
      <translation>ئامبار قىسقۇچىنىڭ ئىسمى</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="61" />
      <source>Countdown</source>
      <translation>تەتۈر سانىغۇچ</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="67" />
      <source>Time left before the wipe</source>
      <translation>ئۆچۈرۈۋېتىشكىچە قالغان ۋاقىت</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="71" />
      <source>&amp;Wipe the vault</source>
      <translation>ئامبارنى &amp;ئۆچۈرۈۋېتىش</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="72" />
      <source>Wipe the vault for good</source>
      <translation>ئامبارنى مەڭگۈلۈك ئۆچۈرۈۋېتىش</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/safety/wipe.py" line="107" />
      <source>Wiping in %n second(s). Press Esc or Cancel to stop.</source>
      <translation>
        <numerusform>%n سېكۇنتتىن كېيىن ئۆچۈرۈۋېتىلىدۇ. توختىتىش ئۈچۈن Esc ياكى «بىكار قىلىش» نى بېسىڭ.</numerusform>
        <numerusform>%n سېكۇنتتىن كېيىن ئۆچۈرۈۋېتىلىدۇ. توختىتىش ئۈچۈن Esc ياكى «بىكار قىلىش» نى بېسىڭ.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="117" />
      <source>Wiping…</source>
      <translation>ئۆچۈرۈۋېتىۋاتىدۇ…</translation>
    </message>
  </context>
  <context>
    <name>YesNoField</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="212" />
      <source>not known</source>
      <translation>نامەلۇم</translation>
    </message>
  </context>
  <context>
    <name>editors</name>
    <message>
      <location filename="../../ui/editors/forms.py" line="39" />
      <source>Identity</source>
      <translation>كىملىك</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="42" />
      <source>Contact</source>
      <translation>ئالاقە</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="43" />
      <source>Safety</source>
      <translation>بىخەتەرلىك</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="43" />
      <source>derived from case events</source>
      <translation>دېلو ھادىسىلىرىدىن كەلتۈرۈپ چىقىرىلغان</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="49" />
      <location filename="../../ui/editors/forms.py" line="64" />
      <source>Notes and sources</source>
      <translation>ئىزاھات ۋە مەنبەلەر</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="54" />
      <source>Organisation</source>
      <translation>تەشكىلات</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="60" />
      <source>Case</source>
      <translation>دېلو</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="62" />
      <source>Charges and authorities</source>
      <translation>ئەيىبلەش ۋە دائىرىلەر</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="70" />
      <source>Event</source>
      <translation>ھادىسە</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="73" />
      <source>Detention</source>
      <translation>تۇتۇپ تۇرۇش</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="77" />
      <source>Sources</source>
      <translation>مەنبەلەر</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="82" />
      <source>Intervention</source>
      <translation>ئارىلىشىش</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="90" />
      <source>Link</source>
      <translation>باغلىنىش</translation>
    </message>
    <message>
      <location filename="../../ui/editors/undo.py" line="16" />
      <source>Change %1</source>
      <translation>%1 نى ئۆزگەرتىش</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <location filename="../../ui/editors/labels.py" line="17" />
      <source>Names</source>
      <translation>ئىسىملار</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="18" />
      <source>Roles</source>
      <translation>روللار</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="19" />
      <source>Sex</source>
      <translation>جىنسى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="20" />
      <source>Birth date</source>
      <translation>تۇغۇلغان چېسلاسى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="21" />
      <source>Nationality</source>
      <translation>دۆلەت تەۋەلىكى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="22" />
      <source>Occupation</source>
      <translation>كەسپى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="23" />
      <source>Places</source>
      <translation>جايلار</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="24" />
      <source>Channels</source>
      <translation>ئالاقە يوللىرى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="25" />
      <source>Status</source>
      <translation>ھالىتى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="26" />
      <source>Risk level</source>
      <translation>خەتەر دەرىجىسى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="27" />
      <source>Consent</source>
      <translation>رازىلىق</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="28" />
      <source>Emergency sheet</source>
      <translation>جىددىي ئەھۋال جەدۋىلى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="29" />
      <source>Notes</source>
      <translation>ئىزاھاتلار</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="30" />
      <source>Tags</source>
      <translation>بەلگىلەر</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="31" />
      <source>Sources</source>
      <translation>مەنبەلەر</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="32" />
      <source>Type</source>
      <translation>تۈرى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="33" />
      <source>Title</source>
      <translation>ماۋزۇ</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="34" />
      <source>People</source>
      <translation>كىشىلەر</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="35" />
      <source>Authorities</source>
      <translation>دائىرىلەر</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="36" />
      <source>Charges</source>
      <translation>ئەيىبلەشلەر</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="37" />
      <source>Location</source>
      <translation>ئورنى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="38" />
      <source>Checklist</source>
      <translation>تەكشۈرۈش تىزىملىكى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="39" />
      <source>Case</source>
      <translation>دېلو</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="40" />
      <source>Person</source>
      <translation>كىشى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="41" />
      <source>Date</source>
      <translation>چېسلا</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="42" />
      <source>Place</source>
      <translation>جاي</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="43" />
      <source>Description</source>
      <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="44" />
      <source>Detention details</source>
      <translation>تۇتۇپ تۇرۇش تەپسىلاتى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="45" />
      <source>Confidence</source>
      <translation>ئىشەنچ دەرىجىسى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="46" />
      <source>Addressee</source>
      <translation>تاپشۇرۇۋالغۇچى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="47" />
      <source>Response</source>
      <translation>جاۋاب</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="48" />
      <source>Priority</source>
      <translation>ئالدىنلىق دەرىجىسى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="49" />
      <source>From</source>
      <translation>كىمدىن</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="50" />
      <source>To</source>
      <translation>كىمگە</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="51" />
      <source>Note</source>
      <translation>ئىزاھات</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="52" />
      <source>Value</source>
      <translation>قىممەت</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="53" />
      <source>Kind</source>
      <translation>تۈرى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="54" />
      <source>Script</source>
      <translation>يېزىق</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="55" />
      <source>Safety</source>
      <translation>بىخەتەرلىك</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="56" />
      <source>Role</source>
      <translation>رول</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="57" />
      <source>Charge</source>
      <translation>ئەيىبلەش</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="58" />
      <source>Legal article</source>
      <translation>قانۇن ماددىسى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="59" />
      <source>Who to call</source>
      <translation>كىمگە تېلېفون قىلىش</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="60" />
      <source>Lawyer</source>
      <translation>ئادۋوكات</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="61" />
      <source>Medical needs</source>
      <translation>داۋالاش ئېھتىياجى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="62" />
      <source>Prior instructions</source>
      <translation>ئالدىن بېرىلگەن كۆرسەتمە</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="63" />
      <source>Given on</source>
      <translation>بېرىلگەن ۋاقتى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="64" />
      <source>Scope</source>
      <translation>دائىرىسى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="65" />
      <source>Facility</source>
      <translation>ئورۇن</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="66" />
      <source>Whereabouts known</source>
      <translation>تۇرۇشلۇق ئورنى مەلۇم</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="67" />
      <source>Family notified</source>
      <translation>ئائىلىسىگە ئۇقتۇرۇلدى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="68" />
      <source>Lawyer access</source>
      <translation>ئادۋوكات كۆرۈشۈشى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="69" />
      <source>Conditions</source>
      <translation>شارائىتى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="70" />
      <source>Health</source>
      <translation>سالامەتلىكى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="71" />
      <source>Reliability of the source</source>
      <translation>مەنبەنىڭ ئىشەنچلىكلىكى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="72" />
      <source>Credibility of the information</source>
      <translation>ئۇچۇرنىڭ ئىناۋەتلىكلىكى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="73" />
      <source>Internal only</source>
      <translation>پەقەت ئىچكى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="74" />
      <source>Item</source>
      <translation>تۈر</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="75" />
      <source>Done</source>
      <translation>تامام</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="76" />
      <source>Merged from</source>
      <translation>بىرلەشتۈرۈلگەن مەنبە</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="19" />
      <source>person</source>
      <translation>كىشى</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="20" />
      <source>organisation</source>
      <translation>تەشكىلات</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="21" />
      <source>case</source>
      <translation>دېلو</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="22" />
      <source>event</source>
      <translation>ھادىسە</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="23" />
      <source>intervention</source>
      <translation>ئارىلىشىش</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="24" />
      <source>link</source>
      <translation>باغلىنىش</translation>
    </message>
  </context>
  <context>
    <name>marks</name>
    <message>
      <location filename="../../ui/labels.py" line="56" />
      <source>37-day limit of criminal detention</source>
      <translation>جىنايى تۇتۇپ تۇرۇشنىڭ 37 كۈنلۈك مۆھلىتى</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="57" />
      <source>six-month limit of RSDL</source>
      <translation>RSDL نىڭ ئالتە ئايلىق مۆھلىتى</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="58" />
      <source>end of the WGEID urgent procedure</source>
      <translation>WGEID جىددىي تەرتىپىنىڭ ئاخىرى</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="59" />
      <source>next hearing</source>
      <translation>كېيىنكى سوت ئاڭلىشى</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/labels.py" line="75" />
      <source>passed %n day(s) ago</source>
      <translation>
        <numerusform>%n كۈن ئىلگىرى ئۆتۈپ كەتتى</numerusform>
        <numerusform>%n كۈن ئىلگىرى ئۆتۈپ كەتتى</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="77" />
      <source>today</source>
      <translation>بۈگۈن</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/labels.py" line="78" />
      <source>%n day(s) left</source>
      <translation>
        <numerusform>%n كۈن قالدى</numerusform>
        <numerusform>%n كۈن قالدى</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="83" />
      <source>The day of detention is day 0, as the law counts periods: the 37-day limit of criminal detention falls on day 37.</source>
      <translation>قانۇن مۇددەتنى ھېسابلىغاندەك، تۇتقۇن قىلىنغان كۈن 0-كۈن بولىدۇ: جىنايى ئىشلار بويىچە تۇتۇپ تۇرۇشنىڭ 37 كۈنلۈك چېكى 37-كۈنگە توغرا كېلىدۇ.</translation>
    </message>
  </context>
  <context>
    <name>scripts</name>
    <message>
      <location filename="../../ui/editors/labels.py" line="81" />
      <source>Han (Chinese characters)</source>
      <translation>خەنزۇ يېزىقى (خەنزۇچە خەتلەر)</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="82" />
      <source>Han, simplified</source>
      <translation>خەنزۇ يېزىقى، ئاددىيلاشتۇرۇلغان</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="83" />
      <source>Han, traditional</source>
      <translation>خەنزۇ يېزىقى، مۇرەككەپ</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="84" />
      <source>Latin</source>
      <translation>لاتىن</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="85" />
      <source>Arabic (Uyghur)</source>
      <translation>ئەرەب (ئۇيغۇرچە)</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="86" />
      <source>Tibetan</source>
      <translation>تىبەت</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="87" />
      <source>Mongolian</source>
      <translation>موڭغۇل</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="88" />
      <source>Cyrillic</source>
      <translation>كىرىل</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="89" />
      <source>Hangul</source>
      <translation>كورېيە (ھانگۇل)</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="90" />
      <source>Hiragana</source>
      <translation>ھىراگانا</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="91" />
      <source>Katakana</source>
      <translation>كاتاكانا</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="92" />
      <source>Greek</source>
      <translation>گرېك</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="93" />
      <source>Hebrew</source>
      <translation>ئىبرانىي</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="94" />
      <source>Thai</source>
      <translation>تاي</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="95" />
      <source>Devanagari</source>
      <translation>دېۋاناگارى</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="96" />
      <source>Common (digits, symbols)</source>
      <translation>ئورتاق (رەقەم، بەلگە)</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="97" />
      <source>Unknown</source>
      <translation>نامەلۇم</translation>
    </message>
  </context>
  <context>
    <name>sections</name>
    <message>
      <location filename="../../ui/main/sections.py" line="43" />
      <source>People</source>
      <translation>كىشىلەر</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="44" />
      <source>Cases</source>
      <translation>دېلولار</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="45" />
      <source>Organisations</source>
      <translation>تەشكىلاتلار</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="46" />
      <source>Recent changes</source>
      <translation>يېقىنقى ئۆزگىرىشلەر</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="50" />
      <source>Detained now</source>
      <translation>ھازىر تۇتقۇن قىلىنغانلار</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="52" />
      <source>Colleagues</source>
      <translation>خىزمەتداشلار</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="53" />
      <source>Activity</source>
      <translation>پائالىيەت</translation>
    </message>
  </context>
  <context>
    <name>shred</name>
    <message>
      <location filename="../../ui/safety/shred.py" line="26" />
      <source>Shred this record?</source>
      <translation>بۇ خاتىرىنى پارچىلاپ يوقىتامسىز؟</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="28" />
      <source>Shred “%1” for good?</source>
      <translation>«%1» نى مەڭگۈلۈك پارچىلاپ يوقىتامسىز؟</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="29" />
      <source>Shredding destroys this record's key, its text, every earlier version, its search entries and its attachments, so that nothing of it can be found in the vault's files afterwards. It cannot be undone, and not even a backup made later will have it. The activity log keeps only that a %1 was shredded.</source>
      <translation>پارچىلاپ يوقىتىش بۇ خاتىرىنىڭ ئاچقۇچىنى، تېكىستىنى، ئىلگىرىكى ھەممە نەشرىنى، ئىزدەش مەزمۇنلىرىنى ۋە قوشۇمچە ھۆججەتلىرىنى يوقىتىدۇ، شۇڭا كېيىن ئامبار ھۆججەتلىرىدىن ئۇنىڭ ھېچقانداق ئىزى تېپىلمايدۇ. ئۇنى ئەسلىگە قايتۇرغىلى بولمايدۇ، كېيىن ئېلىنغان زاپاس نۇسخىدىمۇ ئۇ بولمايدۇ. پائالىيەت خاتىرىسىدە پەقەت بىر %1 نىڭ پارچىلاپ يوقىتىلغانلىقىلا قالىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="34" />
      <source>&amp;Shred</source>
      <translation>&amp;پارچىلاپ يوقىتىش</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="36" />
      <source>Shred the record for good</source>
      <translation>خاتىرىنى مەڭگۈلۈك پارچىلاپ يوقىتىش</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="57" />
      <source>Not shredded</source>
      <translation>پارچىلاپ يوقىتىلمىدى</translation>
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <location filename="../../ui/tasks.py" line="85" />
      <source>Something went wrong inside Casebook; nothing was changed. Please report it.</source>
      <translation>Casebook نىڭ ئىچىدە بىر خاتالىق كۆرۈلدى؛ ھېچنېمە ئۆزگەرتىلمىدى. ئۇنى مەلۇم قىلىڭ.</translation>
    </message>
  </context>
  <context>
    <name>vocab</name>
    <message>
      <location filename="../../ui/labels.py" line="45" />
      <source>RSDL (residential surveillance)</source>
      <translation>RSDL (بەلگىلەنگەن ئورۇندا تۇرالغۇدا نازارەت قىلىش)</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="100" />
      <source>yes</source>
      <translation>ھەئە</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="100" />
      <source>no</source>
      <translation>ياق</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>ھۆكۈمەتسىز تەشكىلات</translation>
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
      <translation>ب د ت جىددىي مۇراجىئىتى ئەۋەتىلدى</translation>
    </message>
    <message>
      <source>WeChat</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <source>acknowledged</source>
      <translation>تاپشۇرۇۋېلىنغانلىقى ئېتىراپ قىلىندى</translation>
    </message>
    <message>
      <source>activist</source>
      <translation>پائالىيەتچى</translation>
    </message>
    <message>
      <source>administrative detention</source>
      <translation>مەمۇرىي تۇتۇپ تۇرۇش</translation>
    </message>
    <message>
      <source>alias</source>
      <translation>لەقەم</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>جاۋاب بېرىلدى</translation>
    </message>
    <message>
      <source>at liberty</source>
      <translation>ئەركىن</translation>
    </message>
    <message>
      <source>authorities</source>
      <translation>دائىرىلەر</translation>
    </message>
    <message>
      <source>birth date</source>
      <translation>تۇغۇلغان چېسلاسى</translation>
    </message>
    <message>
      <source>black jail</source>
      <translation>قارا تۈرمە</translation>
    </message>
    <message>
      <source>case location</source>
      <translation>دېلو يۈز بەرگەن جاي</translation>
    </message>
    <message>
      <source>case notes</source>
      <translation>دېلو ئىزاھاتى</translation>
    </message>
    <message>
      <source>case status</source>
      <translation>دېلو ھالىتى</translation>
    </message>
    <message>
      <source>case title</source>
      <translation>دېلو ماۋزۇسى</translation>
    </message>
    <message>
      <source>case type</source>
      <translation>دېلو تۈرى</translation>
    </message>
    <message>
      <source>charged</source>
      <translation>ئەيىبلەنگەن</translation>
    </message>
    <message>
      <source>charges</source>
      <translation>ئەيىبلەشلەر</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>تاقالغان</translation>
    </message>
    <message>
      <source>colleague of</source>
      <translation>خىزمەتدىشى</translation>
    </message>
    <message>
      <source>community leader</source>
      <translation>جامائەت يېتەكچىسى</translation>
    </message>
    <message>
      <source>completely reliable</source>
      <translation>تامامەن ئىشەنچلىك</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>جەزملەشتۈرۈلگەن</translation>
    </message>
    <message>
      <source>confirmed by other sources</source>
      <translation>باشقا مەنبەلەر جەزملەشتۈرگەن</translation>
    </message>
    <message>
      <source>consent to go public decided with the family</source>
      <translation>ئاشكارىلاش ئائىلىسى بىلەن قارار قىلىندى</translation>
    </message>
    <message>
      <source>criminal detention</source>
      <translation>جىنايى تۇتۇپ تۇرۇش</translation>
    </message>
    <message>
      <source>critical</source>
      <translation>ئىنتايىن جىددىي</translation>
    </message>
    <message>
      <source>date detained</source>
      <translation>تۇتۇلغان چېسلا</translation>
    </message>
    <message>
      <source>deceased</source>
      <translation>ۋاپات بولغان</translation>
    </message>
    <message>
      <source>defender</source>
      <translation>كىشىلىك ھوقۇق قوغدىغۇچى</translation>
    </message>
    <message>
      <source>denied</source>
      <translation>رەت قىلىندى</translation>
    </message>
    <message>
      <source>detained</source>
      <translation>تۇتقۇن قىلىنغان</translation>
    </message>
    <message>
      <source>detention</source>
      <translation>تۇتۇپ تۇرۇش</translation>
    </message>
    <message>
      <source>detention facility</source>
      <translation>تۇتۇپ تۇرۇش ئورنى</translation>
    </message>
    <message>
      <source>disappeared</source>
      <translation>غايىب بولغان</translation>
    </message>
    <message>
      <source>do not use</source>
      <translation>ئىشلەتمەڭ</translation>
    </message>
    <message>
      <source>doubtful</source>
      <translation>گۇمانلىق</translation>
    </message>
    <message>
      <source>email</source>
      <translation>ئېلخەت</translation>
    </message>
    <message>
      <source>embassy démarche</source>
      <translation>ئەلچىخانا ئارقىلىق دىپلوماتىك ئىلتىماس</translation>
    </message>
    <message>
      <source>enforced disappearance</source>
      <translation>مەجبۇرىي يوقاپ كېتىش</translation>
    </message>
    <message>
      <source>event type</source>
      <translation>ھادىسە تۈرى</translation>
    </message>
    <message>
      <source>fairly reliable</source>
      <translation>خېلى ئىشەنچلىك</translation>
    </message>
    <message>
      <source>family</source>
      <translation>ئائىلە</translation>
    </message>
    <message>
      <source>family member</source>
      <translation>ئائىلە ئەزاسى</translation>
    </message>
    <message>
      <source>family of</source>
      <translation>ئائىلە تەۋەسى</translation>
    </message>
    <message>
      <source>family support</source>
      <translation>ئائىلىنى قوللاش</translation>
    </message>
    <message>
      <source>family told</source>
      <translation>ئائىلىسىگە ئۇقتۇرۇلدى</translation>
    </message>
    <message>
      <source>female</source>
      <translation>ئايال</translation>
    </message>
    <message>
      <source>formally arrested</source>
      <translation>رەسمىي قولغا ئېلىنغان</translation>
    </message>
    <message>
      <source>government body</source>
      <translation>ھۆكۈمەت ئورگىنى</translation>
    </message>
    <message>
      <source>granted</source>
      <translation>رۇخسەت قىلىندى</translation>
    </message>
    <message>
      <source>harassment</source>
      <translation>پاراكەندىچىلىك</translation>
    </message>
    <message>
      <source>health concern</source>
      <translation>سالامەتلىك ئەندىشىسى</translation>
    </message>
    <message>
      <source>hearing</source>
      <translation>سوت ئاڭلىشى</translation>
    </message>
    <message>
      <source>high</source>
      <translation>يۇقىرى</translation>
    </message>
    <message>
      <source>ill-treatment</source>
      <translation>ناچار مۇئامىلە</translation>
    </message>
    <message>
      <source>imprisoned</source>
      <translation>تۈرمىگە قامالغان</translation>
    </message>
    <message>
      <source>improbable</source>
      <translation>ئېھتىماللىقى يوق</translation>
    </message>
    <message>
      <source>in exile</source>
      <translation>سۈرگۈندە</translation>
    </message>
    <message>
      <source>indicted</source>
      <translation>ئەيىبنامە سۇنۇلغان</translation>
    </message>
    <message>
      <source>internal only</source>
      <translation>پەقەت ئىچكى</translation>
    </message>
    <message>
      <source>journalist</source>
      <translation>ژۇرنالىست</translation>
    </message>
    <message>
      <source>kind of detention</source>
      <translation>تۇتۇپ تۇرۇش شەكلى</translation>
    </message>
    <message>
      <source>law firm</source>
      <translation>ئادۋوكاتلىق ئورنى</translation>
    </message>
    <message>
      <source>lawyer</source>
      <translation>ئادۋوكات</translation>
    </message>
    <message>
      <source>lawyer (emergency sheet)</source>
      <translation>ئادۋوكات (جىددىي ئەھۋال جەدۋىلى)</translation>
    </message>
    <message>
      <source>lawyer access</source>
      <translation>ئادۋوكات كۆرۈشۈشى</translation>
    </message>
    <message>
      <source>lawyer access denied</source>
      <translation>ئادۋوكات كۆرۈشۈشى رەت قىلىندى</translation>
    </message>
    <message>
      <source>lawyer engaged</source>
      <translation>ئادۋوكات تەكلىپ قىلىندى</translation>
    </message>
    <message>
      <source>lawyer of</source>
      <translation>ئادۋوكاتى</translation>
    </message>
    <message>
      <source>lawyer visit</source>
      <translation>ئادۋوكات يوقلىشى</translation>
    </message>
    <message>
      <source>legal</source>
      <translation>قانۇنىي</translation>
    </message>
    <message>
      <source>legal article of the charge</source>
      <translation>ئەيىبلەشنىڭ قانۇن ماددىسى</translation>
    </message>
    <message>
      <source>letter to authorities</source>
      <translation>دائىرىلەرگە خەت</translation>
    </message>
    <message>
      <source>listed partners</source>
      <translation>تىزىملىكتىكى ھەمكارلار</translation>
    </message>
    <message>
      <source>low</source>
      <translation>تۆۋەن</translation>
    </message>
    <message>
      <source>male</source>
      <translation>ئەر</translation>
    </message>
    <message>
      <source>media</source>
      <translation>ئاخبارات</translation>
    </message>
    <message>
      <source>medical needs (emergency sheet)</source>
      <translation>داۋالاش ئېھتىياجى (جىددىي ئەھۋال جەدۋىلى)</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>ئوتتۇرا</translation>
    </message>
    <message>
      <source>member of</source>
      <translation>ئەزاسى</translation>
    </message>
    <message>
      <source>monitored</source>
      <translation>نازارەت ئاستىدا</translation>
    </message>
    <message>
      <source>monitoring</source>
      <translation>نازارەت قىلىش</translation>
    </message>
    <message>
      <source>name</source>
      <translation>ئىسىم</translation>
    </message>
    <message>
      <source>name in Han characters</source>
      <translation>خەنزۇچە خەتلىك ئىسمى</translation>
    </message>
    <message>
      <source>name in Latin letters</source>
      <translation>لاتىن ھەرپلىك ئىسمى</translation>
    </message>
    <message>
      <source>name in Tibetan script</source>
      <translation>تىبەت يېزىقىدىكى ئىسمى</translation>
    </message>
    <message>
      <source>name in Uyghur (Arabic script)</source>
      <translation>ئۇيغۇرچە (ئەرەب يېزىقىدىكى) ئىسمى</translation>
    </message>
    <message>
      <source>name in pinyin</source>
      <translation>پىنيىندىكى ئىسمى</translation>
    </message>
    <message>
      <source>nationality</source>
      <translation>دۆلەت تەۋەلىكى</translation>
    </message>
    <message>
      <source>normal</source>
      <translation>نورمال</translation>
    </message>
    <message>
      <source>not usually reliable</source>
      <translation>ئادەتتە ئىشەنچلىك ئەمەس</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>ئىزاھاتلار</translation>
    </message>
    <message>
      <source>occupation</source>
      <translation>كەسپى</translation>
    </message>
    <message>
      <source>official</source>
      <translation>ئەمەلدار</translation>
    </message>
    <message>
      <source>online handle</source>
      <translation>تور نامى</translation>
    </message>
    <message>
      <source>open</source>
      <translation>ئوچۇق</translation>
    </message>
    <message>
      <source>organisation</source>
      <translation>تەشكىلات</translation>
    </message>
    <message>
      <source>other</source>
      <translation>باشقا</translation>
    </message>
    <message>
      <source>partner organisations alerted</source>
      <translation>ھەمكار تەشكىلاتلارغا ئۇقتۇرۇلدى</translation>
    </message>
    <message>
      <source>phone</source>
      <translation>تېلېفون</translation>
    </message>
    <message>
      <source>place detained</source>
      <translation>تۇتۇلغان جاي</translation>
    </message>
    <message>
      <source>places</source>
      <translation>جايلار</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>پىلانلانغان</translation>
    </message>
    <message>
      <source>political re-education camp</source>
      <translation>سىياسىي قايتا تەربىيەلەش لاگېرى</translation>
    </message>
    <message>
      <source>possibly true</source>
      <translation>مۇمكىن راست</translation>
    </message>
    <message>
      <source>primary</source>
      <translation>ئاساسلىق</translation>
    </message>
    <message>
      <source>probable</source>
      <translation>ئېھتىمال</translation>
    </message>
    <message>
      <source>probably true</source>
      <translation>ئېھتىمال راست</translation>
    </message>
    <message>
      <source>prosecution</source>
      <translation>ئەيىبلەش</translation>
    </message>
    <message>
      <source>psychiatric confinement</source>
      <translation>روھىي كېسەللەر دوختۇرخانىسىغا مەجبۇرىي قامىلىش</translation>
    </message>
    <message>
      <source>public advocacy</source>
      <translation>ئاممىۋى تەشۋىقات</translation>
    </message>
    <message>
      <source>public statement</source>
      <translation>ئاممىۋى بايانات</translation>
    </message>
    <message>
      <source>released</source>
      <translation>قويۇپ بېرىلگەن</translation>
    </message>
    <message>
      <source>reliability cannot be judged</source>
      <translation>ئىشەنچلىكلىكىگە ھۆكۈم قىلغىلى بولمايدۇ</translation>
    </message>
    <message>
      <source>religious community</source>
      <translation>دىنىي جامائەت</translation>
    </message>
    <message>
      <source>religious leader</source>
      <translation>دىنىي يېتەكچى</translation>
    </message>
    <message>
      <source>reprisal against family</source>
      <translation>ئائىلىسىگە قارىتىلغان ئۆچ ئېلىش</translation>
    </message>
    <message>
      <source>residential surveillance at a designated location</source>
      <translation>بەلگىلەنگەن ئورۇندا تۇرالغۇدا نازارەت قىلىش</translation>
    </message>
    <message>
      <source>risk level</source>
      <translation>خەتەر دەرىجىسى</translation>
    </message>
    <message>
      <source>roles</source>
      <translation>روللار</translation>
    </message>
    <message>
      <source>romanised</source>
      <translation>لاتىنلاشتۇرۇلغان</translation>
    </message>
    <message>
      <source>safe</source>
      <translation>بىخەتەر</translation>
    </message>
    <message>
      <source>scholar</source>
      <translation>ئالىم</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>ئەۋەتىلدى</translation>
    </message>
    <message>
      <source>sentenced</source>
      <translation>جازا بېرىلگەن</translation>
    </message>
    <message>
      <source>sex</source>
      <translation>جىنسى</translation>
    </message>
    <message>
      <source>status</source>
      <translation>ھالىتى</translation>
    </message>
    <message>
      <source>surveillance</source>
      <translation>نازارەت</translation>
    </message>
    <message>
      <source>sympathetic governments alerted</source>
      <translation>دوست ھۆكۈمەتلەرگە ئۇقتۇرۇلدى</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>بەلگىلەر</translation>
    </message>
    <message>
      <source>transferred</source>
      <translation>يۆتكەلگەن</translation>
    </message>
    <message>
      <source>transnational repression</source>
      <translation>دۆلەت ھالقىغان باستۇرۇش</translation>
    </message>
    <message>
      <source>travel ban</source>
      <translation>چەتئەلگە چىقىش چەكلىمىسى</translation>
    </message>
    <message>
      <source>truth cannot be judged</source>
      <translation>راستلىقىغا ھۆكۈم قىلغىلى بولمايدۇ</translation>
    </message>
    <message>
      <source>unconfirmed</source>
      <translation>جەزملەشتۈرۈلمىگەن</translation>
    </message>
    <message>
      <source>university</source>
      <translation>ئۇنىۋېرسىتېت</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>نامەلۇم</translation>
    </message>
    <message>
      <source>unreliable</source>
      <translation>ئىشەنچسىز</translation>
    </message>
    <message>
      <source>urgent</source>
      <translation>جىددىي</translation>
    </message>
    <message>
      <source>urgent appeal to UN Special Procedures</source>
      <translation>ب د ت ئالاھىدە تەرتىپلىرىگە جىددىي مۇراجىئەت</translation>
    </message>
    <message>
      <source>usually reliable</source>
      <translation>ئادەتتە ئىشەنچلىك</translation>
    </message>
    <message>
      <source>who to call (emergency sheet)</source>
      <translation>كىمگە تېلېفون قىلىش (جىددىي ئەھۋال جەدۋىلى)</translation>
    </message>
    <message>
      <source>witness</source>
      <translation>گۇۋاھچى</translation>
    </message>
  </context>
  <context>
    <name>wipe</name>
    <message>
      <location filename="../../ui/safety/wipe.py" line="134" />
      <source>The vault “%1” is gone: its keys were destroyed and its files removed. Neither the passphrase nor the recovery key can open it again.</source>
      <translation>«%1» ئامبىرى يوق بولدى: ئۇنىڭ ئاچقۇچلىرى يوقىتىلدى، ھۆججەتلىرى ئۆچۈرۈلدى. مەخپىي ئىبارە ياكى ئەسلىگە كەلتۈرۈش ئاچقۇچى ئۇنى قايتا ئاچالمايدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="137" />
      <source>The OS keyring refused to delete its device secret; it is useless now, but you may remove it by hand.</source>
      <translation>مەشغۇلات سىستېمىسىنىڭ ئاچقۇچ ساندۇقى ئۈسكۈنە مەخپىيىتىنى ئۆچۈرۈشنى رەت قىلدى؛ ئۇ ئەمدى ئەسقاتمايدۇ، ئەمما ئۇنى قولدا ئۆچۈرسىڭىز بولىدۇ.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="141" />
      <source>Files not made by Casebook were left in its folder: %1.</source>
      <translation>Casebook ياسىمىغان ھۆججەتلەر قىسقۇچىدا قالدۇرۇلدى: %1.</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="152" />
      <source>Vault wiped</source>
      <translation>ئامبار سۈرتۈپ يوقىتىلدى</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Passphrase-only mode: no OS keyring is used, so the passphrase alone opens this vault. Choose a long passphrase.</source>
      <translation>پەقەت مەخپىي ئىبارە ھالىتى: مەشغۇلات سىستېمىسىنىڭ ئاچقۇچ ساندۇقى ئىشلىتىلمەيدۇ، شۇڭا بۇ ئامبارنى مەخپىي ئىبارىلا ئاچالايدۇ. ئۇزۇن مەخپىي ئىبارە تاللاڭ.</translation>
    </message>
    <message>
      <source>The consent on record does not cover a submission to the UN, which names the person to the Government and in a public report; record consent for public advocacy from the person or their family, or override only if they agreed to this submission.</source>
      <translation>خاتىرىدىكى رازىلىق ب د ت غا سۇنۇشنى ئۆز ئىچىگە ئالمايدۇ؛ بۇ سۇنۇش كىشىنىڭ ئىسمىنى ھۆكۈمەتكە ۋە ئاممىۋى دوكلاتتا ئاشكارىلايدۇ. كىشى ياكى ئائىلىسىنىڭ ئاممىۋى تەشەببۇسقا بەرگەن رازىلىقىنى خاتىرىلەڭ، ياكى ئۇلار بۇ سۇنۇشقا قوشۇلغان بولسىلا چەكلىمىدىن ھالقىڭ.</translation>
    </message>
    <message>
      <source>The consent on record does not cover sharing with partners; record the person's consent for listed partners, or override only if they agreed to this summary.</source>
      <translation>خاتىرىدىكى رازىلىق ھەمكارلار بىلەن ھەمبەھىرلىنىشنى ئۆز ئىچىگە ئالمايدۇ؛ كىشىنىڭ تىزىملىكتىكى ھەمكارلارغا بەرگەن رازىلىقىنى خاتىرىلەڭ، ياكى ئۇلار بۇ خۇلاسىگە قوشۇلغان بولسىلا چەكلىمىدىن ھالقىڭ.</translation>
    </message>
    <message>
      <source>The device secret is kept in the OS keyring (%1): this vault opens only on this machine with the passphrase, or anywhere with the recovery key.</source>
      <translation>ئۈسكۈنە مەخپىيىتى مەشغۇلات سىستېمىسىنىڭ ئاچقۇچ ساندۇقىدا (%1) ساقلىنىدۇ: بۇ ئامبار پەقەت مۇشۇ ماشىنىدا مەخپىي ئىبارە بىلەن، ياكى ھەر قانداق يەردە ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئېچىلىدۇ.</translation>
    </message>
  </context>
</TS>