<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ug" sourcelanguage="en">
  <context>
    <name>ActivityLogModel</name>
    <message>
      <location filename="../../ui/safety/log_view.py" line="30" />
      <source>unlocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="30" />
      <source>failed unlock attempts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="31" />
      <source>vault created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="31" />
      <source>opened with the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="32" />
      <source>passphrase changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="32" />
      <source>vault key replaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="33" />
      <source>unlock settings changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="33" />
      <source>record created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="34" />
      <source>record changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="34" />
      <source>record deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="35" />
      <source>record restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="35" />
      <source>record shredded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="36" />
      <source>bundle exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="36" />
      <source>bundle imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="37" />
      <source>wipe cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="37" />
      <source>report made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="38" />
      <source>report saved to a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="38" />
      <source>report printed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="39" />
      <source>report copied to the clipboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="40" />
      <source>spreadsheet imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="40" />
      <source>people merged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="41" />
      <source>rows in error saved to a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>Detail</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActivityModel</name>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>merged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="31" />
      <source>(deleted record)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActivitySection</name>
    <message>
      <location filename="../../ui/safety/activity_section.py" line="20" />
      <source>Recent changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/activity_section.py" line="21" />
      <source>Vault log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/activity_section.py" line="22" />
      <source>Activity</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AddContactDialog</name>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="27" />
      <source>Add a colleague</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="29" />
      <source>Colleague's identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="33" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="35" />
      <source>Fingerprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="38" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="43" />
      <source>Identity:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="44" />
      <source>Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="45" />
      <source>Fingerprint:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="65" />
      <source>This is not a complete Casebook identity; copy it again, all of it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ApplyPage</name>
    <message>
      <location filename="../../ui/importing/wizard.py" line="23" />
      <source>Importing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="37" />
      <source>Writing the records in one transaction… Cancel writes nothing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="42" />
      <source>Imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="43" />
      <source>%1 people added, %2 updated, %3 skipped; %4 records written. Find them by any of their names with Ctrl+K.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttachmentViewer</name>
    <message>
      <location filename="../../ui/widgets/attachment_viewer.py" line="128" />
      <source>Casebook cannot show this kind of file. Export it (after the warning) to open it elsewhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachment_viewer.py" line="134" />
      <source>This PDF is damaged or protected and cannot be shown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachment_viewer.py" line="138" />
      <source>Page %1 of %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttachmentsModel</name>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="54" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="54" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="54" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="54" />
      <source>Added</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="79" />
      <source>Attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="90" />
      <source>Add…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="91" />
      <source>View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="92" />
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="93" />
      <source>Remove…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="94" />
      <source>Add an attachment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="95" />
      <source>View the selected attachment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="96" />
      <source>Export the selected attachment unencrypted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="97" />
      <source>Remove the selected attachment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="147" />
      <source>Images and PDFs (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="148" />
      <source>Attach a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="156" />
      <source>The file could not be read (%1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="187" />
      <source>Export unencrypted?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="188" />
      <source>The exported copy of “%1” will not be encrypted: anyone with access to where you save it can read it, and deleting it later may not erase it from the disk. Export anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="190" />
      <source>Export attachment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="199" />
      <source>The file could not be written (%1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="206" />
      <source>Remove attachment?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="207" />
      <source>Remove “%1” from this record? It cannot be restored.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupAction</name>
    <message>
      <location filename="../../ui/main/backup.py" line="28" />
      <source>Back up the vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/backup.py" line="33" />
      <source>Backing up the vault…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/backup.py" line="35" />
      <location filename="../../ui/main/backup.py" line="53" />
      <source>Back up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/backup.py" line="59" />
      <source>Backed up to %1 (%2 MB, with a checksum). The backup is encrypted like the vault and opens with today's passphrase or the recovery key. Keep it away from this laptop.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CasePeopleField</name>
    <message>
      <location filename="../../ui/editors/picker.py" line="122" />
      <source>Add a person: type part of a name…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/picker.py" line="123" />
      <source>Add a person to the case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/picker.py" line="125" />
      <source>Role of the person to add</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChangesModel</name>
    <message>
      <location filename="../../ui/dialogs/history.py" line="61" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="61" />
      <source>Before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="61" />
      <source>After</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ColleaguesPage</name>
    <message>
      <location filename="../../ui/colleagues/page.py" line="53" />
      <location filename="../../ui/colleagues/page.py" line="84" />
      <source>Your identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="55" />
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="56" />
      <source>Copy your identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="59" />
      <source>Your fingerprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="62" />
      <source>QR code of your identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="66" />
      <location filename="../../ui/colleagues/page.py" line="97" />
      <source>Colleagues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="74" />
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="89" />
      <source>Give this to colleagues so they can send you bundles and check yours:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="91" />
      <source>Fingerprint, to compare in person:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="99" />
      <source>Add colleague…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="100" />
      <source>Verify…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="102" />
      <source>Export bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="103" />
      <source>Import bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="127" />
      <source>Added %1. Compare fingerprints with them, then choose Verify.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="133" />
      <source>Choose a colleague in the list first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="144" />
      <source>%1 is verified.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="154" />
      <location filename="../../ui/colleagues/page.py" line="166" />
      <source>Import a bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="157" />
      <source>Casebook bundles (*.casebundle);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="167" />
      <source>Could not read %1 (%2).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactsModel</name>
    <message>
      <location filename="../../ui/colleagues/models.py" line="31" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="31" />
      <source>Fingerprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="31" />
      <source>Verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="34" />
      <source>verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="34" />
      <source>not verified</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CreatePage</name>
    <message>
      <location filename="../../ui/start/create.py" line="36" />
      <source>Create a vault</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="47" />
      <source>&amp;Folder:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="55" />
      <source>Also require a device secret kept in this computer's &amp;keyring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="64" />
      <source>&amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="66" />
      <source>C&amp;reate the vault</source>
      <translation type="unfinished" />
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
    <name>DateField</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="235" />
      <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/fields.py" line="237" />
      <source>approximate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/fields.py" line="238" />
      <source>%1 is approximate</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DemoAction</name>
    <message>
      <location filename="../../ui/main/demo.py" line="34" />
      <location filename="../../ui/main/demo.py" line="41" />
      <source>Demo data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="35" />
      <source>How many synthetic people should be added?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="40" />
      <source>Adding synthetic people, cases and events…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="40" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DetainedModel</name>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Since</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Next mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="59" />
      <source>Lawyer access</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="59" />
      <source>Next hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="63" />
      <source>whereabouts unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="64" />
      <location filename="../../ui/models/detained.py" line="70" />
      <location filename="../../ui/models/detained.py" line="74" />
      <source>not known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="106" />
      <source>Past the legal time limit for this form of detention.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DetainedPage</name>
    <message>
      <location filename="../../ui/main/detained_page.py" line="27" />
      <source>Detained now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/detained_page.py" line="51" />
      <source>Reading who is deprived of liberty…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/main/detained_page.py" line="63" />
      <source>%n person(s) deprived of liberty</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="44" />
      <source>Find duplicates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="48" />
      <source>People who may be recorded twice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="58" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="61" />
      <source>Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="62" />
      <source>Open the &amp;first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="63" />
      <source>Open the &amp;second</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="64" />
      <source>&amp;Merge…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="105" />
      <source>Looking for people recorded twice…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/duplicates_dialog.py" line="112" />
      <source>%n pair(s) of people may each be one person. Choose a pair to open or merge them.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="113" />
      <source>No possible duplicates: no two people share a name, in any script, without something that rules it out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="136" />
      <source>Merge two records?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="137" />
      <source>Merge “%1” and “%2” into one person?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="140" />
      <source>The person you keep gains every name, channel, role, place, note and case of the other, and every case, event and link that named the other names them instead. The other record is deleted; its history stays, and the kept record shows “merged from” with a link to it. Colleagues who receive the person in a bundle end with one person too. Why they may be one: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="144" />
      <location filename="../../ui/importing/duplicates_dialog.py" line="145" />
      <source>Keep “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="165" />
      <source>Merging…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="172" />
      <source>Merged into “%1”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DuplicatesModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="130" />
      <source>skip the row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="130" />
      <source>fill empty fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="131" />
      <source>overwrite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="131" />
      <source>add as new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>In the sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>May be</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="154" />
      <source>%1 (in the vault)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="155" />
      <source>row %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="161" />
      <source>undecided</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EditorDialog</name>
    <message>
      <location filename="../../ui/editors/dialog.py" line="68" />
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="94" />
      <source>Edit %1 — %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="95" />
      <source>New %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="103" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="105" />
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="205" />
      <source>Nothing was saved: correct the field marked in red.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="216" />
      <source>Discard changes?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="217" />
      <source>This record has changes that are not saved. Discard them?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EmergencySheet</name>
    <message>
      <location filename="../../ui/main/emergency.py" line="32" />
      <location filename="../../ui/main/emergency.py" line="86" />
      <source>Emergency sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="41" />
      <source>Choose a person to see their emergency sheet and what to do.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="59" />
      <source>%1 since %2 — day %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="62" />
      <source>Draft re&amp;port…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="63" />
      <source>Draft a UN appeal, a case summary or this emergency sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="87" />
      <source>Who to call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="87" />
      <source>Lawyer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="88" />
      <source>Medical needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="89" />
      <source>Prior instructions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="90" />
      <source>not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="93" />
      <source>not recorded — ask the family before going public</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="100" />
      <source>How to reach them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="104" />
      <source>DO NOT USE — %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="108" />
      <source>(monitored)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="109" />
      <source>Copy %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="112" />
      <source>Copies to the clipboard, which is cleared again after a short while.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="121" />
      <source>Detentions on record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="160" />
      <source>Record the intervention?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="161" />
      <source>Record the %1 as an intervention of this case, with its addressee and date? The UN drafts list earlier appeals from the interventions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="164" />
      <source>Record it…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="165" />
      <source>Not now</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="44" />
      <source>Export a bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="45" />
      <source>case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="45" />
      <source>person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="45" />
      <source>organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="48" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="48" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="50" />
      <source>Filter by name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="51" />
      <source>Filter records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="57" />
      <source>Records to send</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="58" />
      <source>verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="58" />
      <source>not verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="60" />
      <source>Colleague</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="60" />
      <source>Fingerprint checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="61" />
      <source>Recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="62" />
      <source>To colleagues (their keys)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="64" />
      <source>With a passphrase, for a colleague without Casebook keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="65" />
      <source>Bundle passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="66" />
      <source>Bundle passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="67" />
      <source>Also send people whose consent does not cover partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="68" />
      <source>Include people without consent to share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="70" />
      <source>Bundle file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="71" />
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="74" />
      <source>Export progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="78" />
      <source>Export result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="79" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="82" />
      <location filename="../../ui/colleagues/export_dialog.py" line="193" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="108" />
      <source>Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="109" />
      <source>Again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="110" />
      <source>Save as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="116" />
      <source>A case brings its events and people; a person's internal notes, internal channels and sources stay here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="136" />
      <source>Save the bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="139" />
      <source>Casebook bundles (*.casebundle)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="146" />
      <source>Tick at least one case, person or organisation to send.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="148" />
      <source>Tick at least one colleague to send the bundle to, or choose a passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="150" />
      <source>Type the passphrase you will give your colleague.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="152" />
      <source>The two passphrases differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="154" />
      <source>Choose where to save the bundle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="156" />
      <source>That file already exists; choose another name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="179" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="181" />
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="198" />
      <source>Saved %1 records and %2 attachments to %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="202" />
      <source>Left out, as their consent does not cover partners: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="205" />
      <source>Sent without consent to share, as you confirmed: %1 people; the bundle says so.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="214" />
      <source>Export cancelled; no bundle was written.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="64" />
      <source>Error in %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../ui/importing/file_page.py" line="18" />
      <location filename="../../ui/importing/file_page.py" line="54" />
      <source>Choose the spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="19" />
      <source>A CSV file (UTF-8, UTF-16, GB18030 or Big5), or an XLSX or ODS workbook. Nothing is written to the vault until you apply the import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="22" />
      <source>Spreadsheet file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="23" />
      <source>The file's path</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="25" />
      <source>&amp;Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="26" />
      <source>Choose the spreadsheet file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="28" />
      <source>&amp;Read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="29" />
      <source>Read the file (again, after fixing it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="32" />
      <source>Sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="34" />
      <source>&amp;Sheet:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="36" />
      <source>&amp;File:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="53" />
      <source>Spreadsheets (*.csv *.xlsx *.xls *.ods *.txt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="53" />
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="71" />
      <source>Reading %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="76" />
      <source>sheet “%1”: </source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/file_page.py" line="77" />
      <source>%n row(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/file_page.py" line="78" />
      <source>%n column(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="79" />
      <source>%1: %2%3 and %4, read as %5.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../../ui/dialogs/history.py" line="35" />
      <source>created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="36" />
      <source>edited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="37" />
      <source>restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="38" />
      <source>deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="39" />
      <source>merged from a bundle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="91" />
      <source>Versions, newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="97" />
      <source>What this version changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="110" />
      <source>Restore this version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="111" />
      <source>Restore the selected version as a new version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="126" />
      <source>History of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="132" />
      <source>(current)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="166" />
      <source>Restored: the record now holds the fields of that version.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="36" />
      <source>Import %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="40" />
      <source>Bundle passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="41" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="45" />
      <source>Sender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="48" />
      <source>Import summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="52" />
      <source>What the import changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="57" />
      <source>Import progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="58" />
      <source>Apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="61" />
      <location filename="../../ui/colleagues/import_dialog.py" line="98" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="64" />
      <source>Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="89" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="113" />
      <source>Checking the bundle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="118" />
      <source>a verified colleague</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="119" />
      <source>a colleague whose fingerprint you have not yet compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="120" />
      <source>UNKNOWN: not among your colleagues. Import only if you expected this bundle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="121" />
      <source>this vault itself</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="122" />
      <source>Unknown sender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="123" />
      <source>From %1 (%2), fingerprint %3, made %4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="139" />
      <source>%1 new, %2 changed, %3 in conflict, %4 unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="143" />
      <source>%1 shredded in this vault: not brought back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="145" />
      <source>Conflicting records are flagged for review; the other value is kept in their history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="147" />
      <source>%1 change(s) will be held for your review, not applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="150" />
      <source>Imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="152" />
      <source>Nothing to import: this vault already holds everything in the bundle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="154" />
      <source>Preview only: the sender is not a verified colleague, so nothing can be imported. Compare fingerprints and verify them first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="166" />
      <source>Importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="183" />
      <source>Cancelled; nothing was imported.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../ui/importing/models.py" line="19" />
      <source>(not imported)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="59" />
      <source>Import a spreadsheet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InterventionsPanel</name>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="65" />
      <source>Interventions of this case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="72" />
      <source>Add &amp;intervention…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="73" />
      <source>Add an intervention to this case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="74" />
      <source>Edit intervention…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="75" />
      <source>Edit the selected intervention</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message numerus="yes">
      <location filename="../../ui/main/list_page.py" line="98" />
      <source>%n record(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>LogPage</name>
    <message>
      <location filename="../../ui/safety/log_view.py" line="90" />
      <source>Vault activity log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="92" />
      <source>&amp;Verify the log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="93" />
      <source>Checks that no entry was removed, moved or altered since it was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="95" />
      <source>Entries hold ids and counts only, never names or notes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="97" />
      <source>Verification result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="121" />
      <source>Verifying…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/safety/log_view.py" line="131" />
      <source>The log is whole: no entry was removed, moved or altered (%n checked).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="135" />
      <source>The log was tampered with:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main/window.py" line="59" />
      <source>%1 — Casebook</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/main/window.py" line="70" />
      <source>%n failed attempt(s) to unlock this vault since it was last opened; the times are in the activity log.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="74" />
      <source>Ctrl+K searches; Ctrl+L locks and closes every window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="80" />
      <source>Search any name, in any script — 滕彪, teng biao, مەمەتجان (Ctrl+K)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="81" />
      <location filename="../../ui/main/window.py" line="92" />
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="102" />
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="115" />
      <source>Search results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="158" />
      <source>&amp;Vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="159" />
      <source>New &amp;person…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="160" />
      <source>New &amp;case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="161" />
      <source>New &amp;organisation…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="168" />
      <source>Fill with &amp;demo data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="169" />
      <source>&amp;Import spreadsheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="170" />
      <source>Find d&amp;uplicates…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="171" />
      <source>&amp;Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="173" />
      <source>&amp;Back up…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="174" />
      <source>Sa&amp;fety and keys…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="175" />
      <source>Sh&amp;red this record…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="176" />
      <source>Emergency &amp;wipe…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="178" />
      <source>&amp;Lock now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="182" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="183" />
      <source>&amp;Go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="184" />
      <source>&amp;Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="188" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="189" />
      <source>&amp;About Casebook</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="254" />
      <source>Nothing found for “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="362" />
      <source>About Casebook</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="363" />
      <source>Casebook keeps an encrypted, offline record of the human rights defenders you support. It never opens a network connection.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="323" />
      <source>Notice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="324" />
      <source>Dismiss</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MappingModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="50" />
      <source>Column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="50" />
      <source>Sample values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="50" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="36" />
      <source>Match the columns to fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="37" />
      <source>Each column's field is guessed from its header. To change one, choose it in the Field column (F2 or any key opens the list). Columns not imported are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="44" />
      <source>Columns and their fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="55" />
      <source>Saved mappings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="56" />
      <source>&amp;Use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="57" />
      <source>Use the saved mapping chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="60" />
      <source>Name to save this mapping under</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="61" />
      <source>e.g. monthly caseload</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="62" />
      <source>Sa&amp;ve this mapping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="64" />
      <source>Saved &amp;mappings:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="90" />
      <source>Reading sample values…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="114" />
      <source>%1 of %2 columns will be imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="135" />
      <source>Give the mapping a name to save it under.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="145" />
      <source>Saved this mapping in the vault as “%1”.</source>
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
    <name>PairsModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="206" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="206" />
      <source>May be the same as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="206" />
      <source>Why</source>
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="47" />
      <source>&amp;Again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="48" />
      <source>Strength:</source>
      <translation type="unfinished" />
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
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="72" />
      <source>about %n hour(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="74" />
      <source>about %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="76" />
      <source>about %n year(s)</source>
      <translation type="unfinished">
        <numerusform />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="91" />
      <source>weak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="91" />
      <source>fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="91" />
      <source>strong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="91" />
      <source>very strong</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PreviewModel</name>
    <message>
      <location filename="../../ui/colleagues/models.py" line="122" />
      <source>new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="122" />
      <source>changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="122" />
      <source>conflict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>Fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="123" />
      <source>held for review</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="51" />
      <source>Check what will be imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="52" />
      <source>Nothing has been written yet. Decide about each possible duplicate; rows in error are left out: save them, fix them, and import that file afterwards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="55" />
      <source>&amp;Apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="58" />
      <source>What the import will do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="67" />
      <source>Rows in error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="68" />
      <source>&amp;Save the rows in error…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="74" />
      <source>Each row with its problem in an extra column, to fix and import again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="77" />
      <source>Possible duplicates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="81" />
      <source>Decision for every possible duplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="84" />
      <source>Apply to &amp;all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="90" />
      <source>For every row: </source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="119" />
      <source>Reading %n row(s) and looking for people already in the vault…</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="123" />
      <source>Stopped. Go back and forward again to read the sheet again; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="133" />
      <source>Possible duplicates (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="134" />
      <source>Rows in error (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="157" />
      <source>%1 to add, %2 to update, %3 to skip, %4 in error.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="160" />
      <source>%n row(s) may be someone already there: decide about each below.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="167" />
      <source>Save the rows in error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="168" />
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="179" />
      <source>Saved %n row(s) in error to %1: fix them there, then import that file.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="181" />
      <source>Saving the rows in error…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordField</name>
    <message>
      <location filename="../../ui/editors/picker.py" line="107" />
      <source>Choose a record from the list that appears as you type part of its name.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordListModel</name>
    <message>
      <location filename="../../ui/models/record_list.py" line="28" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="28" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="28" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="29" />
      <source>Last change</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordPicker</name>
    <message>
      <location filename="../../ui/editors/picker.py" line="47" />
      <source>Type part of a name…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordView</name>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="50" />
      <source>(deleted record)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="103" />
      <location filename="../../ui/widgets/record_sections.py" line="104" />
      <source>Next mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="146" />
      <source>%1 is %2 this %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="149" />
      <source>link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="151" />
      <source>Links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="199" />
      <source>DO NOT USE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="204" />
      <source>monitored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="229" />
      <source>No emergency sheet yet: edit this person to add who to call and their lawyer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="231" />
      <location filename="../../ui/widgets/record_sections.py" line="256" />
      <location filename="../../ui/widgets/record_sections.py" line="273" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="234" />
      <source>day %1 (since %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="237" />
      <source>(from case events)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="246" />
      <source>Timeline of all their cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="249" />
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="251" />
      <source>Merged from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="272" />
      <source>Timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="287" />
      <source>Events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="292" />
      <source>Interventions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="306" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="313" />
      <source>(approximate)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="50" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="51" />
      <source>&amp;History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="52" />
      <source>Add e&amp;vent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="53" />
      <source>Edit this record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="54" />
      <source>Show this record's history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="55" />
      <source>Add an event to this case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="56" />
      <source>Draft re&amp;port…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="57" />
      <source>Draft a UN appeal, a case summary or an emergency sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="59" />
      <source>Sh&amp;red…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="60" />
      <source>Shred this record for good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="101" />
      <source>Choose a record on the left, or search with Ctrl+K.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="126" />
      <source>No record selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="131" />
      <source>%1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="134" />
      <source>Attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="152" />
      <source>day %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="158" />
      <source>risk: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="162" />
      <source>updated %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/merged.py" line="29" />
      <source>history</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecoverPage</name>
    <message>
      <location filename="../../ui/start/recover.py" line="23" />
      <source>Recover with the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="24" />
      <source>Type the recovery key you wrote down when the vault was made, then choose a new passphrase. The old passphrase stops working.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="31" />
      <source>Recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="33" />
      <source>Recovery &amp;key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="41" />
      <source>&amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="43" />
      <source>&amp;Recover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="71" />
      <source>Opening with the recovery key and calibrating key derivation…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../ui/safety/recovery_dialog.py" line="14" />
      <source>New recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/recovery_dialog.py" line="16" />
      <source>The vault key was replaced. The old recovery key no longer opens this vault: keep this new one instead, and destroy the old sheet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecoveryKeyPage</name>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="25" />
      <source>Your recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="26" />
      <source>This key is shown only this once. Write it down or print it and keep it away from this computer. With it the vault opens on any computer if the passphrase is forgotten or this computer is lost; anyone who has it can open the vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="39" />
      <source>Recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="46" />
      <source>&amp;Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="48" />
      <source>&amp;Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="54" />
      <source>I have &amp;written down, printed or saved the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="56" />
      <source>&amp;Continue</source>
      <translation type="unfinished" />
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
    <name>ReportDialog</name>
    <message>
      <location filename="../../ui/reports/dialog.py" line="60" />
      <source>Draft report — %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="66" />
      <source>English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="67" />
      <source>Chinese (中文)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="68" />
      <source>The headings change; the text stays in English, as the UN asks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="70" />
      <source>&amp;Report:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="71" />
      <source>&amp;Headings in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="75" />
      <source>Consent refusal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="76" />
      <source>The person or their family agreed to this report: make it anyway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="79" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="90" />
      <source>Consent statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="95" />
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="123" />
      <source>Urgent appeal — UN Working Group on Arbitrary Detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="124" />
      <source>Report — UN Working Group on Enforced or Involuntary Disappearances</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="125" />
      <source>Submission — UN Special Rapporteur on human rights defenders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="126" />
      <source>Case summary for partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="127" />
      <source>Emergency sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="143" />
      <source>Making the draft…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="157" />
      <source>Nothing was made. Tick the box only if the person or their family agreed to this report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="162" />
      <source>Made although the consent on record does not cover it, as you confirmed; the report says so. Record that consent in Casebook.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="165" />
      <source>Draft ready: check every line before sending it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportOutputs</name>
    <message>
      <location filename="../../ui/reports/outputs.py" line="42" />
      <source>&amp;Copy text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="43" />
      <source>Plain text for the OHCHR online form; the clipboard is cleared after a short while.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="46" />
      <source>Save as &amp;HTML…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="47" />
      <source>Save as &amp;PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="48" />
      <source>Save as &amp;text…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="51" />
      <source>Save the report unencrypted as %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="53" />
      <source>P&amp;rint…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/reports/outputs.py" line="85" />
      <source>Copied as plain text; the clipboard is cleared in %n second(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="95" />
      <source>Save unencrypted?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="96" />
      <source>The saved report will not be encrypted: anyone with access to where you save it can read it, and deleting it later may not erase it from the disk. Save anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="106" />
      <source>HTML (*.html)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="106" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="106" />
      <source>Text (*.txt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="107" />
      <source>Save the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="117" />
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="129" />
      <source>Saved to %1. The file is not encrypted: delete it once it has been sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="145" />
      <source>Print the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="156" />
      <source>Sent to the printer.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RowErrorsModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="91" />
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="91" />
      <source>Column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="91" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SafetyDialog</name>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="75" />
      <source>Safety</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="81" />
      <source>Your passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="83" />
      <source>Your &amp;passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="88" />
      <source>Result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="78" />
      <source>These settings act before the vault is opened, so they are kept with its keys. All are off unless you switch them on. Each change asks for your passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="112" />
      <source>Failed unlock attempts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="113" />
      <source>&amp;Wipe the vault after this many failed unlock attempts in a row:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="116" />
      <source>Failed unlock attempts before the wipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="121" />
      <source>&amp;Apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="122" />
      <source>Apply the wipe-after setting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="130" />
      <source>&amp;Count failed unlock attempts, so the activity log shows them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="133" />
      <source>Off, a wrong passphrase changes no file in the vault folder. On, a small file there holds the times of failed attempts until the next unlock, which tells anyone who looks at the folder that someone tried, and when. Always on while wiping after failed attempts is on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="136" />
      <source>Appl&amp;y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="137" />
      <source>Apply the counting setting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="159" />
      <source>Risks: your own typos, or anyone at this computer, can destroy the vault with %1 wrong guesses; someone who wants your records gone only has to guess wrong %1 times. It does not slow anyone who has copied the folder (they guess against their copy), and anyone who can write to the folder can reset the count. Keep a backup elsewhere.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="165" />
      <location filename="../../ui/safety/settings_dialog.py" line="172" />
      <source>Duress passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="167" />
      <source>A duress passphrase wipes this vault instead of unlocking it, and Casebook then says only that the passphrase is wrong. Risks: the vault is gone for you too (only a backup brings it back); whoever made you type it will see the vault folder vanish, which may put you at risk; anyone who learns it can destroy the vault; a copy of the folder taken earlier is not affected. Nothing in the vault, and nothing here, shows whether one is set.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="173" />
      <source>Duress passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="175" />
      <source>&amp;Duress passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="177" />
      <source>A&amp;gain:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="181" />
      <source>&amp;Set duress passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="184" />
      <source>Re&amp;move duress passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="202" />
      <source>Vault key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="204" />
      <source>Replacing the vault key re-encrypts the database and rewraps every record key, so copies of its pages left on the disk (after a shred, say) no longer open. The passphrase stays the same; the old recovery key stops working and a new one is shown once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="208" />
      <source>&amp;Replace the vault key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="224" />
      <source>Type your passphrase first: every change here needs it.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/safety/settings_dialog.py" line="270" />
      <source>The vault will be wiped after %n failed unlock attempt(s) in a row.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="271" />
      <source>Wiping after failed unlock attempts is off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="273" />
      <location filename="../../ui/safety/settings_dialog.py" line="287" />
      <location filename="../../ui/safety/settings_dialog.py" line="310" />
      <source>Checking the passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="284" />
      <source>Failed unlock attempts are counted and logged at the next unlock.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="285" />
      <source>Failed unlock attempts are not counted (unless wiping after them is on).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="293" />
      <source>The duress passphrase is set. Typing it at unlock wipes the vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="296" />
      <source>No duress passphrase is set now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="314" />
      <source>Replacing the vault key: re-encrypting the database and every record key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="318" />
      <source>The vault key was replaced.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message>
      <location filename="../../ui/models/search_results.py" line="64" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/search_results.py" line="64" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="32" />
      <source>Settings</source>
      <translation type="unfinished" />
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
      <location filename="../../ui/start/window.py" line="28" />
      <source>Casebook</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/window.py" line="89" />
      <source>Open a vault folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/window.py" line="95" />
      <source>That folder is not a Casebook vault (it has no keyslots.json).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TableField</name>
    <message>
      <location filename="../../ui/editors/tables.py" line="119" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="120" />
      <source>Add to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="122" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="123" />
      <source>Remove the selected row (Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="124" />
      <source>Remove the selected row of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="242" />
      <source>Row %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TagsField</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="177" />
      <source>comma-separated, e.g. 709 crackdown, Xinjiang</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TaskPage</name>
    <message>
      <location filename="../../ui/importing/state.py" line="56" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/state.py" line="58" />
      <source>Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/importing/state.py" line="101" />
      <source>Stopped; nothing was written.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="48" />
      <source>37-day limit of criminal detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="49" />
      <source>six-month limit of RSDL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="96" />
      <source>Case timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="115" />
      <source>No dated events yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="116" />
      <source>not known from the events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="117" />
      <source>Status: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="119" />
      <source>day %1 deprived of liberty (since %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="122" />
      <source>(showing %1 to %2; 0 shows all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="132" />
      <source>approximate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="350" />
      <source>exact date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="350" />
      <source>month or year only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="351" />
      <source>approximate (~)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="355" />
      <source>legal time limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="416" />
      <source>approximate date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="418" />
      <source>known only to the %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="418" />
      <source>month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="418" />
      <source>year</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnlockPage</name>
    <message>
      <location filename="../../ui/start/unlock.py" line="25" />
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="29" />
      <location filename="../../ui/start/unlock.py" line="30" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="32" />
      <source>&amp;Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="40" />
      <source>&amp;Forgot the passphrase?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="43" />
      <source>&amp;Another vault…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="50" />
      <source>Ctrl+L locks the vault again at any time and closes every window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="56" />
      <source>Vault: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="68" />
      <source>Type the passphrase first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="72" />
      <source>Deriving the key from the passphrase…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VerifyDialog</name>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="77" />
      <source>Verify %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="78" />
      <source>Meet %1, or call on a channel you trust. Read these groups aloud together: they must be the same on %1's screen, under Your identity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="82" />
      <source>%1's fingerprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="84" />
      <source>Your fingerprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="86" />
      <location filename="../../ui/colleagues/contact_dialogs.py" line="87" />
      <source>They match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="92" />
      <source>%1's fingerprint:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="93" />
      <source>Yours, for them to check:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../ui/start/welcome.py" line="21" />
      <source>Welcome to Casebook</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/welcome.py" line="22" />
      <source>Casebook keeps your records of the people you support in one encrypted vault folder. Nothing is sent anywhere, and nothing personal is written outside the vault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/welcome.py" line="26" />
      <source>&amp;Create a new vault…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/start/welcome.py" line="27" />
      <source>&amp;Open an existing vault…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WipeDialog</name>
    <message>
      <location filename="../../ui/safety/wipe.py" line="44" />
      <source>Emergency wipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="47" />
      <source>This destroys the vault “%1” for good, in under a second: every key slot is overwritten, so neither the passphrase nor the recovery key will open it again, and then its files are removed. Only a backup or copy made earlier survives.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="51" />
      <source>Type the vault folder's name (%1) to wipe it:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="54" />
      <source>Vault folder name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="58" />
      <source>Countdown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="64" />
      <source>Time left before the wipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="68" />
      <source>&amp;Wipe the vault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="69" />
      <source>Wipe the vault for good</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/safety/wipe.py" line="104" />
      <source>Wiping in %n second(s). Press Esc or Cancel to stop.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="114" />
      <source>Wiping…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>YesNoField</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="212" />
      <source>not known</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>editors</name>
    <message>
      <location filename="../../ui/editors/forms.py" line="39" />
      <source>Identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="42" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="43" />
      <source>Safety</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="43" />
      <source>derived from case events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="49" />
      <location filename="../../ui/editors/forms.py" line="64" />
      <source>Notes and sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="54" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="60" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="62" />
      <source>Charges and authorities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="70" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="73" />
      <source>Detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="77" />
      <source>Sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="82" />
      <source>Intervention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="90" />
      <source>Link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/undo.py" line="16" />
      <source>Change %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <location filename="../../ui/editors/labels.py" line="17" />
      <source>Names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="18" />
      <source>Roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="19" />
      <source>Sex</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="20" />
      <source>Birth date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="21" />
      <source>Nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="22" />
      <source>Occupation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="23" />
      <source>Places</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="24" />
      <source>Channels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="25" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="26" />
      <source>Risk level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="27" />
      <source>Consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="28" />
      <source>Emergency sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="29" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="30" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="31" />
      <source>Sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="32" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="33" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="34" />
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="35" />
      <source>Authorities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="36" />
      <source>Charges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="37" />
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="38" />
      <source>Checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="39" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="40" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="41" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="42" />
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="43" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="44" />
      <source>Detention details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="45" />
      <source>Confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="46" />
      <source>Addressee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="47" />
      <source>Response</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="48" />
      <source>Priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="49" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="50" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="51" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="52" />
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="53" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="54" />
      <source>Script</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="55" />
      <source>Safety</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="56" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="57" />
      <source>Charge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="58" />
      <source>Legal article</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="59" />
      <source>Who to call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="60" />
      <source>Lawyer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="61" />
      <source>Medical needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="62" />
      <source>Prior instructions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="63" />
      <source>Given on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="64" />
      <source>Scope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="65" />
      <source>Facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="66" />
      <source>Whereabouts known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="67" />
      <source>Family notified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="68" />
      <source>Lawyer access</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="69" />
      <source>Conditions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="70" />
      <source>Health</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="71" />
      <source>Reliability of the source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="72" />
      <source>Credibility of the information</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="73" />
      <source>Internal only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="74" />
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="75" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="76" />
      <source>Merged from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/labels.py" line="19" />
      <source>person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/labels.py" line="20" />
      <source>organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/labels.py" line="21" />
      <source>case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/labels.py" line="22" />
      <source>event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/labels.py" line="23" />
      <source>intervention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/labels.py" line="24" />
      <source>link</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>marks</name>
    <message>
      <location filename="../../ui/labels.py" line="58" />
      <source>37-day limit of criminal detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/labels.py" line="59" />
      <source>six-month limit of RSDL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/labels.py" line="60" />
      <source>end of the WGEID urgent procedure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/labels.py" line="61" />
      <source>next hearing</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/labels.py" line="77" />
      <source>passed %n day(s) ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="79" />
      <source>today</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../ui/labels.py" line="80" />
      <source>%n day(s) left</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>scripts</name>
    <message>
      <location filename="../../ui/editors/labels.py" line="81" />
      <source>Han (Chinese characters)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="82" />
      <source>Han, simplified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="83" />
      <source>Han, traditional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="84" />
      <source>Latin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="85" />
      <source>Arabic (Uyghur)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="86" />
      <source>Tibetan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="87" />
      <source>Mongolian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="88" />
      <source>Cyrillic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="89" />
      <source>Hangul</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="90" />
      <source>Hiragana</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="91" />
      <source>Katakana</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="92" />
      <source>Greek</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="93" />
      <source>Hebrew</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="94" />
      <source>Thai</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="95" />
      <source>Devanagari</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="96" />
      <source>Common (digits, symbols)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="97" />
      <source>Unknown</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>sections</name>
    <message>
      <location filename="../../ui/main/sections.py" line="43" />
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="44" />
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="45" />
      <source>Organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="46" />
      <source>Recent changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="50" />
      <source>Detained now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="52" />
      <source>Colleagues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="53" />
      <source>Activity</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <location filename="../../ui/tasks.py" line="73" />
      <source>Something went wrong inside Casebook; nothing was changed. Please report it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>vocab</name>
    <message>
      <location filename="../../ui/labels.py" line="40" />
      <source>RSDL (residential surveillance)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="100" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="100" />
      <source>no</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>authorities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>birth date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>black jail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>case location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>case notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>case status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>case title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>case type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>charged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>charges</source>
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
      <translation type="unfinished" />
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
      <source>date detained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>deceased</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>defender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>denied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>detained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>detention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>detention facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>disappeared</source>
      <translation type="unfinished" />
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
      <source>event type</source>
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>female</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>improbable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in exile</source>
      <translation type="unfinished" />
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
      <source>kind of detention</source>
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
      <source>lawyer (emergency sheet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lawyer access</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lawyer access denied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lawyer engaged</source>
      <translation type="unfinished" />
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
      <source>legal article of the charge</source>
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
      <source>male</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>media</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>medical needs (emergency sheet)</source>
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
      <source>name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>name in Han characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>name in Latin letters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>name in Tibetan script</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>name in Uyghur (Arabic script)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>name in pinyin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nationality</source>
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
      <source>notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>occupation</source>
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
      <source>organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner organisations alerted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>place detained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>places</source>
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>risk level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>roles</source>
      <translation type="unfinished" />
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
      <source>sex</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>surveillance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sympathetic governments alerted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tags</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <source>who to call (emergency sheet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>witness</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>