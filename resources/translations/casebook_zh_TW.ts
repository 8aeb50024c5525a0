<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>ActivityLogModel</name>
    <message>
      <location filename="../../ui/safety/log_view.py" line="30" />
      <source>unlocked</source>
      <translation>已解鎖</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="30" />
      <source>failed unlock attempts</source>
      <translation>解鎖失敗嘗試</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="31" />
      <source>vault created</source>
      <translation>已建立保險庫</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="31" />
      <source>opened with the recovery key</source>
      <translation>已用復原金鑰開啟</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="32" />
      <source>passphrase changed</source>
      <translation>已變更密碼片語</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="32" />
      <source>vault key replaced</source>
      <translation>已更換保險庫金鑰</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="33" />
      <source>unlock settings changed</source>
      <translation>已變更解鎖設定</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="33" />
      <source>record created</source>
      <translation>已建立記錄</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="34" />
      <source>record changed</source>
      <translation>已變更記錄</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="34" />
      <source>record deleted</source>
      <translation>已刪除記錄</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="35" />
      <source>record restored</source>
      <translation>已還原記錄</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="35" />
      <source>record shredded</source>
      <translation>已徹底銷毀記錄</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="36" />
      <source>bundle exported</source>
      <translation>已匯出資料包</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="36" />
      <source>bundle imported</source>
      <translation>已匯入資料包</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="37" />
      <source>wipe cancelled</source>
      <translation>已取消抹除</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="37" />
      <source>report made</source>
      <translation>已產生報告</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="38" />
      <source>report saved to a file</source>
      <translation>報告已儲存為檔案</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="38" />
      <source>report printed</source>
      <translation>報告已列印</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="39" />
      <source>report copied to the clipboard</source>
      <translation>報告已複製到剪貼簿</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="40" />
      <source>spreadsheet imported</source>
      <translation>已匯入試算表</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="40" />
      <source>people merged</source>
      <translation>已合併人員</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="41" />
      <source>rows in error saved to a file</source>
      <translation>出錯的列已存為檔案</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>No.</source>
      <translation>序號</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>Event</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="53" />
      <source>Detail</source>
      <translation>詳細資料</translation>
    </message>
  </context>
  <context>
    <name>ActivityModel</name>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>created</source>
      <translation>已建立</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>changed</source>
      <translation>已變更</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="20" />
      <source>deleted</source>
      <translation>已刪除</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>restored</source>
      <translation>已還原</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>imported</source>
      <translation>已匯入</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="21" />
      <source>merged</source>
      <translation>已合併</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>What</source>
      <translation>內容</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="24" />
      <source>Record</source>
      <translation>記錄</translation>
    </message>
    <message>
      <location filename="../../ui/models/activity.py" line="31" />
      <source>(deleted record)</source>
      <translation>（已刪除的記錄）</translation>
    </message>
  </context>
  <context>
    <name>ActivitySection</name>
    <message>
      <location filename="../../ui/safety/activity_section.py" line="20" />
      <source>Recent changes</source>
      <translation>最近變更</translation>
    </message>
    <message>
      <location filename="../../ui/safety/activity_section.py" line="21" />
      <source>Vault log</source>
      <translation>保險庫日誌</translation>
    </message>
    <message>
      <location filename="../../ui/safety/activity_section.py" line="22" />
      <source>Activity</source>
      <translation>活動</translation>
    </message>
  </context>
  <context>
    <name>AddContactDialog</name>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="29" />
      <source>Add a colleague</source>
      <translation>新增同事</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="32" />
      <source>Colleague's identity</source>
      <translation>同事的身分識別碼</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="36" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="38" />
      <source>Fingerprint</source>
      <translation>指紋</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="41" />
      <source>Problem</source>
      <translation>問題</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="46" />
      <source>Identity:</source>
      <translation>身分識別碼：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="47" />
      <source>Name:</source>
      <translation>名稱：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="48" />
      <source>Fingerprint:</source>
      <translation>指紋：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="68" />
      <source>This is not a complete Casebook identity; copy it again, all of it.</source>
      <translation>這不是完整的 Casebook 身分識別碼；請重新完整複製。</translation>
    </message>
  </context>
  <context>
    <name>ApplyPage</name>
    <message>
      <location filename="../../ui/importing/wizard.py" line="23" />
      <source>Importing</source>
      <translation>正在匯入</translation>
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="37" />
      <source>Writing the records in one transaction… Cancel writes nothing.</source>
      <translation>正在以單一交易寫入記錄…取消則不寫入任何內容。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="42" />
      <source>Imported</source>
      <translation>已匯入</translation>
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="43" />
      <source>%1 people added, %2 updated, %3 skipped; %4 records written. Find them by any of their names with Ctrl+K.</source>
      <translation>新增 %1 人，更新 %2 人，略過 %3 人；共寫入 %4 筆記錄。可按 Ctrl+K 以任一姓名搜尋。</translation>
    </message>
  </context>
  <context>
    <name>AttachmentViewer</name>
    <message>
      <location filename="../../ui/widgets/attachment_viewer.py" line="128" />
      <source>Casebook cannot show this kind of file. Export it (after the warning) to open it elsewhere.</source>
      <translation>Casebook 無法顯示此類檔案。如需在其他程式中開啟，請匯出（會先提示風險）。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachment_viewer.py" line="134" />
      <source>This PDF is damaged or protected and cannot be shown.</source>
      <translation>此 PDF 已損壞或受保護，無法顯示。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachment_viewer.py" line="138" />
      <source>Page %1 of %2</source>
      <translation>第 %1 頁，共 %2 頁</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsModel</name>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="56" />
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="56" />
      <source>Type</source>
      <translation>類型</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="56" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="56" />
      <source>Added</source>
      <translation>新增日期</translation>
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
      <translation>新增…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="93" />
      <source>View</source>
      <translation>檢視</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="94" />
      <source>Export…</source>
      <translation>匯出…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="95" />
      <source>Remove…</source>
      <translation>刪除…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="96" />
      <source>Add an attachment</source>
      <translation>新增附件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="97" />
      <source>View the selected attachment</source>
      <translation>檢視所選附件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="98" />
      <source>Export the selected attachment unencrypted</source>
      <translation>以未加密形式匯出所選附件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="99" />
      <source>Remove the selected attachment</source>
      <translation>刪除所選附件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="149" />
      <source>Images and PDFs (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf);;All files (*)</source>
      <translation>圖片和 PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf);;所有檔案 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="150" />
      <source>Attach a file</source>
      <translation>附加檔案</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="158" />
      <source>The file could not be read (%1).</source>
      <translation>無法讀取該檔案（%1）。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="189" />
      <source>Export unencrypted?</source>
      <translation>以未加密形式匯出？</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="190" />
      <source>The exported copy of “%1” will not be encrypted: anyone with access to where you save it can read it, and deleting it later may not erase it from the disk. Export anyway?</source>
      <translation>匯出的「%1」副本不會加密：能夠存取儲存位置的任何人都能讀取它，之後刪除也未必能從磁碟上徹底清除。仍要匯出嗎？</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="192" />
      <source>Export attachment</source>
      <translation>匯出附件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="201" />
      <source>The file could not be written (%1).</source>
      <translation>無法寫入該檔案（%1）。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="208" />
      <source>Remove attachment?</source>
      <translation>刪除附件？</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/attachments.py" line="209" />
      <source>Remove “%1” from this record? It cannot be restored.</source>
      <translation>從此記錄中刪除「%1」？刪除後無法還原。</translation>
    </message>
  </context>
  <context>
    <name>BackupAction</name>
    <message>
      <location filename="../../ui/main/backup.py" line="28" />
      <source>Back up the vault</source>
      <translation>備份保險庫</translation>
    </message>
    <message>
      <location filename="../../ui/main/backup.py" line="33" />
      <source>Backing up the vault…</source>
      <translation>正在備份保險庫…</translation>
    </message>
    <message>
      <location filename="../../ui/main/backup.py" line="35" />
      <location filename="../../ui/main/backup.py" line="53" />
      <source>Back up</source>
      <translation>備份</translation>
    </message>
    <message>
      <location filename="../../ui/main/backup.py" line="59" />
      <source>Backed up to %1 (%2 MB, with a checksum). The backup is encrypted like the vault and opens with today's passphrase or the recovery key. Keep it away from this laptop.</source>
      <translation>已備份到 %1（%2 MB，附檢查碼）。備份與保險庫一樣經過加密，可用今天的密碼片語或復原金鑰開啟。請將其存放在遠離這台筆記型電腦的地方。</translation>
    </message>
  </context>
  <context>
    <name>CasePeopleField</name>
    <message>
      <location filename="../../ui/editors/picker.py" line="122" />
      <source>Add a person: type part of a name…</source>
      <translation>新增人員：輸入姓名的一部分…</translation>
    </message>
    <message>
      <location filename="../../ui/editors/picker.py" line="123" />
      <source>Add a person to the case</source>
      <translation>向案件新增人員</translation>
    </message>
    <message>
      <location filename="../../ui/editors/picker.py" line="125" />
      <source>Role of the person to add</source>
      <translation>所新增人員的角色</translation>
    </message>
  </context>
  <context>
    <name>ChangesModel</name>
    <message>
      <location filename="../../ui/dialogs/history.py" line="62" />
      <source>Field</source>
      <translation>欄位</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="62" />
      <source>Before</source>
      <translation>修改前</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="62" />
      <source>After</source>
      <translation>修改後</translation>
    </message>
  </context>
  <context>
    <name>ColleaguesPage</name>
    <message>
      <location filename="../../ui/colleagues/page.py" line="55" />
      <location filename="../../ui/colleagues/page.py" line="86" />
      <source>Your identity</source>
      <translation>您的身分識別碼</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="57" />
      <source>Copy</source>
      <translation>複製</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="58" />
      <source>Copy your identity</source>
      <translation>複製您的身分識別碼</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="61" />
      <source>Your fingerprint</source>
      <translation>您的指紋</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="64" />
      <source>QR code of your identity</source>
      <translation>您的身分識別碼 QR 碼</translation>
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
      <translation>訊息</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="91" />
      <source>Give this to colleagues so they can send you bundles and check yours:</source>
      <translation>請把它交給同事，以便他們向您傳送資料包並驗證您發出的資料包：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="93" />
      <source>Fingerprint, to compare in person:</source>
      <translation>指紋，用於當面核對：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="105" />
      <source>Add colleague…</source>
      <translation>新增同事…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="106" />
      <source>Verify…</source>
      <translation>驗證…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="108" />
      <source>Export bundle…</source>
      <translation>匯出資料包…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="109" />
      <source>Import bundle…</source>
      <translation>匯入資料包…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="133" />
      <source>Added %1. Compare fingerprints with them, then choose Verify.</source>
      <translation>已新增 %1。請與對方核對指紋，然後選擇「驗證」。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="139" />
      <source>Choose a colleague in the list first.</source>
      <translation>請先在清單中選擇一位同事。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="150" />
      <source>%1 is verified.</source>
      <translation>%1 已驗證。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="160" />
      <location filename="../../ui/colleagues/page.py" line="172" />
      <source>Import a bundle</source>
      <translation>匯入資料包</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="163" />
      <source>Casebook bundles (*.casebundle);;All files (*)</source>
      <translation>Casebook 資料包 (*.casebundle);;所有檔案 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/page.py" line="173" />
      <source>Could not read %1 (%2).</source>
      <translation>無法讀取 %1（%2）。</translation>
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
      <translation>指紋</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="31" />
      <source>Verified</source>
      <translation>已驗證</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="34" />
      <source>verified</source>
      <translation>已驗證</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="34" />
      <source>not verified</source>
      <translation>未驗證</translation>
    </message>
  </context>
  <context>
    <name>CreatePage</name>
    <message>
      <location filename="../../ui/start/create.py" line="43" />
      <source>Create a vault</source>
      <translation>建立保險庫</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="44" />
      <source>Choose where the vault folder goes and a passphrase. The passphrase cannot be reset by anyone; the recovery key shown next is the only other way in.</source>
      <translation>請選擇保險庫資料夾的位置並設定密碼片語。任何人都無法重置密碼片語；接下來顯示的復原金鑰是唯一的另一種開啟方式。</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="51" />
      <source>Vault folder</source>
      <translation>保險庫資料夾</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="52" />
      <source>C&amp;hoose…</source>
      <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="55" />
      <source>&amp;Folder:</source>
      <translation>資料夾(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="63" />
      <source>Also require a device secret kept in this computer's &amp;keyring</source>
      <translation>同時要求使用儲存在本機金鑰圈中的裝置金鑰(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="72" />
      <source>&amp;Back</source>
      <translation>返回(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="74" />
      <source>C&amp;reate the vault</source>
      <translation>建立保險庫(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="95" />
      <source>Measuring how long key derivation takes on this computer…</source>
      <translation>正在測量本機進行金鑰衍生所需的時間…</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="104" />
      <source>Key derivation is calibrated: each unlock will take about %1 s on this computer.</source>
      <translation>金鑰衍生已校準：在本機上每次解鎖約需 %1 秒。</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="109" />
      <source>Where should the vault folder go?</source>
      <translation>保險庫資料夾應放在哪裡？</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="110" />
      <source>Casebook vault (*.casebook)</source>
      <translation>Casebook 保險庫 (*.casebook)</translation>
    </message>
    <message>
      <location filename="../../ui/start/create.py" line="125" />
      <source>Creating the vault…</source>
      <translation>正在建立保險庫…</translation>
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
      <translation>大約</translation>
    </message>
    <message>
      <location filename="../../ui/editors/fields.py" line="239" />
      <source>%1 is approximate</source>
      <translation>%1為大約日期</translation>
    </message>
  </context>
  <context>
    <name>DemoAction</name>
    <message>
      <location filename="../../ui/main/demo.py" line="34" />
      <location filename="../../ui/main/demo.py" line="41" />
      <source>Demo data</source>
      <translation>示範資料</translation>
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="35" />
      <source>How many synthetic people should be added?</source>
      <translation>要新增多少名虛構人員？</translation>
    </message>
    <message>
      <location filename="../../ui/main/demo.py" line="40" />
      <source>Adding synthetic people, cases and events…</source>
      <translation>正在新增虛構的人員、案件和事件…</translation>
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
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Since</source>
      <translation>起始</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Days</source>
      <translation>天數</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Where</source>
      <translation>地點</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="58" />
      <source>Next mark</source>
      <translation>下一個期限</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="59" />
      <source>Lawyer access</source>
      <translation>律師接見</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="59" />
      <source>Next hearing</source>
      <translation>下次開庭</translation>
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
      <translation>不詳</translation>
    </message>
    <message>
      <location filename="../../ui/models/detained.py" line="112" />
      <source>Past the legal time limit for this form of detention.</source>
      <translation>已超過此類羈押措施的法定期限。</translation>
    </message>
  </context>
  <context>
    <name>DetainedPage</name>
    <message>
      <location filename="../../ui/main/detained_page.py" line="27" />
      <source>Detained now</source>
      <translation>目前被羈押</translation>
    </message>
    <message>
      <location filename="../../ui/main/detained_page.py" line="52" />
      <source>Reading who is deprived of liberty…</source>
      <translation>正在讀取被剝奪自由的人員…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/main/detained_page.py" line="64" />
      <source>%n person(s) deprived of liberty</source>
      <translation>
        <numerusform>%n 人被剝奪自由</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="45" />
      <source>Find duplicates</source>
      <translation>尋找重複人員</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="49" />
      <source>People who may be recorded twice</source>
      <translation>可能被重複記錄的人員</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="59" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="62" />
      <source>Progress</source>
      <translation>進度</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="63" />
      <source>Open the &amp;first</source>
      <translation>開啟第一個(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="64" />
      <source>Open the &amp;second</source>
      <translation>開啟第二個(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="65" />
      <source>&amp;Merge…</source>
      <translation>合併(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="106" />
      <source>Looking for people recorded twice…</source>
      <translation>正在尋找被重複記錄的人員…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/duplicates_dialog.py" line="113" />
      <source>%n pair(s) of people may each be one person. Choose a pair to open or merge them.</source>
      <translation>
        <numerusform>%n 對人員可能各為同一人。選擇一對即可開啟或合併。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="114" />
      <source>No possible duplicates: no two people share a name, in any script, without something that rules it out.</source>
      <translation>沒有可能的重複：沒有兩個人在任何文字中同名且無其他資訊排除。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="137" />
      <source>Merge two records?</source>
      <translation>合併兩筆記錄？</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="138" />
      <source>Merge “%1” and “%2” into one person?</source>
      <translation>將「%1」和「%2」合併為同一人？</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="141" />
      <source>The person you keep gains every name, channel, role, place, note and case of the other, and every case, event and link that named the other names them instead. The other record is deleted; its history stays, and the kept record shows “merged from” with a link to it. Colleagues who receive the person in a bundle end with one person too. Why they may be one: %1</source>
      <translation>保留的人員將獲得另一人的所有姓名、聯絡管道、身分角色、地點、備註和案件；凡提及另一人的案件、事件和關聯都將改為提及保留的人員。另一筆記錄會被刪除，但其歷史記錄仍保留，保留的記錄會顯示「合併自」並附上指向它的連結。透過資料包接收此人的同事最終也只會有一個人員。可能為同一人的原因：%1</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="145" />
      <location filename="../../ui/importing/duplicates_dialog.py" line="146" />
      <source>Keep “%1”</source>
      <translation>保留「%1」</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="166" />
      <source>Merging…</source>
      <translation>正在合併…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/duplicates_dialog.py" line="173" />
      <source>Merged into “%1”.</source>
      <translation>已合併到「%1」。</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="130" />
      <source>skip the row</source>
      <translation>略過此列</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="130" />
      <source>fill empty fields</source>
      <translation>填補空白欄位</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="131" />
      <source>overwrite</source>
      <translation>覆蓋</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="131" />
      <source>add as new</source>
      <translation>作為新人員新增</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="134" />
      <source>Row</source>
      <translation>列</translation>
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
      <translation>決定</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="154" />
      <source>%1 (in the vault)</source>
      <translation>%1（保險庫中）</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="155" />
      <source>row %1: %2</source>
      <translation>第 %1 列：%2</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="161" />
      <source>undecided</source>
      <translation>未決定</translation>
    </message>
  </context>
  <context>
    <name>EditorDialog</name>
    <message>
      <location filename="../../ui/editors/dialog.py" line="69" />
      <source>Sections</source>
      <translation>區段</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="95" />
      <source>Edit %1 — %2</source>
      <translation>編輯%1 — %2</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="96" />
      <source>New %1</source>
      <translation>新增%1</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="104" />
      <source>Undo</source>
      <translation>復原</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="106" />
      <source>Redo</source>
      <translation>取消復原</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="206" />
      <source>Nothing was saved: correct the field marked in red.</source>
      <translation>未儲存任何內容：請更正標示為紅色的欄位。</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="217" />
      <source>Discard changes?</source>
      <translation>放棄變更？</translation>
    </message>
    <message>
      <location filename="../../ui/editors/dialog.py" line="218" />
      <source>This record has changes that are not saved. Discard them?</source>
      <translation>此記錄有未儲存的變更。要放棄嗎？</translation>
    </message>
  </context>
  <context>
    <name>EmergencySheet</name>
    <message>
      <location filename="../../ui/main/emergency.py" line="33" />
      <location filename="../../ui/main/emergency.py" line="90" />
      <source>Emergency sheet</source>
      <translation>緊急聯絡單</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="42" />
      <source>Choose a person to see their emergency sheet and what to do.</source>
      <translation>選擇一個人員，檢視其緊急聯絡單及應採取的行動。</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="60" />
      <source>%1 since %2 — day %3</source>
      <translation>自 %2 起%1——第 %3 天</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="66" />
      <source>Draft re&amp;port…</source>
      <translation>起草報告(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="67" />
      <source>Draft a UN appeal, a case summary or this emergency sheet</source>
      <translation>起草聯合國緊急呼籲、案件摘要或本緊急聯絡單</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="91" />
      <source>Who to call</source>
      <translation>緊急聯絡人</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="91" />
      <source>Lawyer</source>
      <translation>律師</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="92" />
      <source>Medical needs</source>
      <translation>醫療需求</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="93" />
      <source>Prior instructions</source>
      <translation>事先囑託</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="94" />
      <source>not recorded</source>
      <translation>未記錄</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="97" />
      <source>not recorded — ask the family before going public</source>
      <translation>未記錄——公開之前請先徵詢家屬意見</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="99" />
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="105" />
      <source>How to reach them</source>
      <translation>聯絡方式</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="109" />
      <source>DO NOT USE — %1</source>
      <translation>切勿使用——%1</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="113" />
      <source>(monitored)</source>
      <translation>（受監控）</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="116" />
      <source>Copy %1</source>
      <translation>複製 %1</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="119" />
      <source>Copies to the clipboard, which is cleared again after a short while.</source>
      <translation>複製到剪貼簿，剪貼簿會在片刻後再次清空。</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="128" />
      <source>Detentions on record</source>
      <translation>已記錄的羈押</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="141" />
      <source>What to do — %1</source>
      <translation>應採取的行動——%1</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="168" />
      <source>Record the intervention?</source>
      <translation>記錄此干預行動？</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="169" />
      <source>Record the %1 as an intervention of this case, with its addressee and date? The UN drafts list earlier appeals from the interventions.</source>
      <translation>要將「%1」記錄為本案的干預行動，並填寫收件方和日期嗎？聯合國來文草稿會從干預行動中列出先前的呼籲。</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="172" />
      <source>Record it…</source>
      <translation>記錄…</translation>
    </message>
    <message>
      <location filename="../../ui/main/emergency.py" line="173" />
      <source>Not now</source>
      <translation>暫不</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="45" />
      <source>Export a bundle</source>
      <translation>匯出資料包</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="46" />
      <source>case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="46" />
      <source>person</source>
      <translation>人員</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="46" />
      <source>organisation</source>
      <translation>機構</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="49" />
      <source>Record</source>
      <translation>記錄</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="49" />
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="51" />
      <source>Filter by name</source>
      <translation>按名稱篩選</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="52" />
      <source>Filter records</source>
      <translation>篩選記錄</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="58" />
      <source>Records to send</source>
      <translation>要傳送的記錄</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="59" />
      <source>verified</source>
      <translation>已驗證</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="59" />
      <source>not verified</source>
      <translation>未驗證</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="61" />
      <source>Colleague</source>
      <translation>同事</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="61" />
      <source>Fingerprint checked</source>
      <translation>已核對指紋</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="62" />
      <source>Recipients</source>
      <translation>收件人</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="63" />
      <source>To colleagues (their keys)</source>
      <translation>發給同事（使用他們的金鑰）</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="65" />
      <source>With a passphrase, for a colleague without Casebook keys</source>
      <translation>使用密碼片語，發給沒有 Casebook 金鑰的同事</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="66" />
      <source>Bundle passphrase</source>
      <translation>資料包密碼片語</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="67" />
      <source>Bundle passphrase again</source>
      <translation>再次輸入資料包密碼片語</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="68" />
      <source>Also send people whose consent does not cover partners</source>
      <translation>同時傳送其同意範圍不包括合作夥伴的人員</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="69" />
      <source>Include people without consent to share</source>
      <translation>包括未同意共享的人員</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="72" />
      <source>Bundle file</source>
      <translation>資料包檔案</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="73" />
      <source>Choose…</source>
      <translation>選擇…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="76" />
      <source>Export progress</source>
      <translation>匯出進度</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="80" />
      <source>Export result</source>
      <translation>匯出結果</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="81" />
      <source>Export</source>
      <translation>匯出</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="84" />
      <location filename="../../ui/colleagues/export_dialog.py" line="189" />
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="104" />
      <source>Passphrase:</source>
      <translation>密碼片語：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="105" />
      <source>Again:</source>
      <translation>再輸一次：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="106" />
      <source>Save as:</source>
      <translation>另存為：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="112" />
      <source>A case brings its events and people; a person's internal notes, internal channels and sources stay here.</source>
      <translation>案件會帶上其事件和人員；人員的內部備註、內部聯絡管道和來源留在本機。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="132" />
      <source>Save the bundle</source>
      <translation>儲存資料包</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="135" />
      <source>Casebook bundles (*.casebundle)</source>
      <translation>Casebook 資料包 (*.casebundle)</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="142" />
      <source>Tick at least one case, person or organisation to send.</source>
      <translation>請至少勾選一個要傳送的案件、人員或機構。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="144" />
      <source>Tick at least one colleague to send the bundle to, or choose a passphrase.</source>
      <translation>請至少勾選一位接收資料包的同事，或選擇使用密碼片語。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="146" />
      <source>Type the passphrase you will give your colleague.</source>
      <translation>請輸入您將告知同事的密碼片語。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="148" />
      <source>The two passphrases differ.</source>
      <translation>兩次輸入的密碼片語不一致。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="150" />
      <source>Choose where to save the bundle.</source>
      <translation>請選擇資料包的儲存位置。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="152" />
      <source>That file already exists; choose another name.</source>
      <translation>該檔案已存在；請換一個名稱。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="175" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="177" />
      <source>Exporting…</source>
      <translation>正在匯出…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="194" />
      <source>Saved %1 records and %2 attachments to %3.</source>
      <translation>已將 %1 筆記錄和 %2 個附件儲存到 %3。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="198" />
      <source>Left out, as their consent does not cover partners: %1.</source>
      <translation>因其同意範圍不包括合作夥伴而未傳送：%1。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="201" />
      <source>Sent without consent to share, as you confirmed: %1 people; the bundle says so.</source>
      <translation>經您確認，在未獲同意共享的情況下發送了 %1 人；資料包中註明了這一點。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/export_dialog.py" line="210" />
      <source>Export cancelled; no bundle was written.</source>
      <translation>匯出已取消；未寫入任何資料包。</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="64" />
      <source>Error in %1</source>
      <translation>%1有誤</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../ui/importing/file_page.py" line="20" />
      <location filename="../../ui/importing/file_page.py" line="57" />
      <source>Choose the spreadsheet</source>
      <translation>選擇試算表</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="21" />
      <source>A CSV file (UTF-8, UTF-16, GB18030 or Big5), or an XLSX or ODS workbook. Nothing is written to the vault until you apply the import.</source>
      <translation>CSV 檔案（UTF-8、UTF-16、GB18030 或 Big5），或 XLSX、ODS 工作簿。在您確認匯入之前，不會向保險庫寫入任何內容。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="25" />
      <source>Spreadsheet file</source>
      <translation>試算表檔案</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="26" />
      <source>The file's path</source>
      <translation>檔案路徑</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="28" />
      <source>&amp;Choose…</source>
      <translation>選擇(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="29" />
      <source>Choose the spreadsheet file</source>
      <translation>選擇試算表檔案</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="31" />
      <source>&amp;Read</source>
      <translation>讀取(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="32" />
      <source>Read the file (again, after fixing it)</source>
      <translation>讀取檔案（修改後可再次讀取）</translation>
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
      <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="56" />
      <source>Spreadsheets (*.csv *.xlsx *.xls *.ods *.txt)</source>
      <translation>試算表 (*.csv *.xlsx *.xls *.ods *.txt)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="56" />
      <source>All files (*)</source>
      <translation>所有檔案 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="74" />
      <source>Reading %1…</source>
      <translation>正在讀取 %1…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="79" />
      <source>sheet “%1”: </source>
      <translation>工作表「%1」：</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/file_page.py" line="80" />
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n 列</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/file_page.py" line="81" />
      <source>%n column(s)</source>
      <translation>
        <numerusform>%n 欄</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/file_page.py" line="82" />
      <source>%1: %2%3 and %4, read as %5.</source>
      <translation>%1：%2%3、%4，讀取方式：%5。</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../../ui/dialogs/history.py" line="36" />
      <source>created</source>
      <translation>建立</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="37" />
      <source>edited</source>
      <translation>編輯</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="38" />
      <source>restored</source>
      <translation>還原</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="39" />
      <source>deleted</source>
      <translation>刪除</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="40" />
      <source>merged from a bundle</source>
      <translation>從資料包合併</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="92" />
      <source>Versions, newest first</source>
      <translation>版本（最新在前）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="98" />
      <source>What this version changed</source>
      <translation>此版本的變更</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="111" />
      <source>Restore this version</source>
      <translation>還原此版本</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="112" />
      <source>Restore the selected version as a new version</source>
      <translation>將所選版本還原為新版本</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="127" />
      <source>History of %1</source>
      <translation>%1的歷史記錄</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="133" />
      <source>(current)</source>
      <translation>（目前）</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/history.py" line="167" />
      <source>Restored: the record now holds the fields of that version.</source>
      <translation>已還原：記錄現在包含該版本的欄位。</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="36" />
      <source>Import %1</source>
      <translation>匯入 %1</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="38" />
      <source>Bundle passphrase</source>
      <translation>資料包密碼片語</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="39" />
      <source>Open</source>
      <translation>開啟</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="43" />
      <source>Sender</source>
      <translation>傳送者</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="46" />
      <source>Import summary</source>
      <translation>匯入摘要</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="50" />
      <source>What the import changes</source>
      <translation>匯入將帶來的變更</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="55" />
      <source>Import progress</source>
      <translation>匯入進度</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="56" />
      <source>Apply</source>
      <translation>套用</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="59" />
      <location filename="../../ui/colleagues/import_dialog.py" line="96" />
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="62" />
      <source>Passphrase:</source>
      <translation>密碼片語：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="87" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="111" />
      <source>Checking the bundle…</source>
      <translation>正在檢查資料包…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="116" />
      <source>a verified colleague</source>
      <translation>已驗證的同事</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="117" />
      <source>a colleague whose fingerprint you have not yet compared</source>
      <translation>尚未核對指紋的同事</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="118" />
      <source>UNKNOWN: not among your colleagues. Import only if you expected this bundle.</source>
      <translation>未知：不在您的同事之中。僅在您預期會收到此資料包時才匯入。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="119" />
      <source>this vault itself</source>
      <translation>本保險庫自身</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="120" />
      <source>Unknown sender</source>
      <translation>未知傳送者</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="121" />
      <source>From %1 (%2), fingerprint %3, made %4.</source>
      <translation>來自 %1（%2），指紋 %3，製作於 %4。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="137" />
      <source>%1 new, %2 changed, %3 in conflict, %4 unchanged.</source>
      <translation>新增 %1，變更 %2，衝突 %3，未變 %4。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="141" />
      <source>%1 shredded in this vault: not brought back.</source>
      <translation>%1 已在本保險庫中徹底銷毀：不會還原。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="143" />
      <source>Conflicting records are flagged for review; the other value is kept in their history.</source>
      <translation>有衝突的記錄會被標記以待審查；另一方的值保留在其歷史記錄中。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="145" />
      <source>%1 change(s) will be held for your review, not applied.</source>
      <translation>%1 項變更將暫緩待您審查，不會直接套用。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="148" />
      <source>Imported.</source>
      <translation>已匯入。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="150" />
      <source>Nothing to import: this vault already holds everything in the bundle.</source>
      <translation>無需匯入：本保險庫已包含資料包中的全部內容。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="152" />
      <source>Preview only: the sender is not a verified colleague, so nothing can be imported. Compare fingerprints and verify them first.</source>
      <translation>僅供預覽：傳送者不是已驗證的同事，因此無法匯入任何內容。請先核對指紋並完成驗證。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="164" />
      <source>Importing…</source>
      <translation>正在匯入…</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/import_dialog.py" line="181" />
      <source>Cancelled; nothing was imported.</source>
      <translation>已取消；未匯入任何內容。</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../ui/importing/models.py" line="19" />
      <source>(not imported)</source>
      <translation>（不匯入）</translation>
    </message>
    <message>
      <location filename="../../ui/importing/wizard.py" line="59" />
      <source>Import a spreadsheet</source>
      <translation>匯入試算表</translation>
    </message>
  </context>
  <context>
    <name>InterventionsPanel</name>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="65" />
      <source>Interventions of this case</source>
      <translation>本案的干預行動</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="72" />
      <source>Add &amp;intervention…</source>
      <translation>新增干預行動(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="73" />
      <source>Add an intervention to this case</source>
      <translation>為本案新增干預行動</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="74" />
      <source>Edit intervention…</source>
      <translation>編輯干預行動…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/interventions.py" line="75" />
      <source>Edit the selected intervention</source>
      <translation>編輯所選干預行動</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message numerus="yes">
      <location filename="../../ui/main/list_page.py" line="98" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n 筆記錄</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LogPage</name>
    <message>
      <location filename="../../ui/safety/log_view.py" line="90" />
      <source>Vault activity log</source>
      <translation>保險庫活動日誌</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="92" />
      <source>&amp;Verify the log</source>
      <translation>驗證日誌(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="93" />
      <source>Checks that no entry was removed, moved or altered since it was written.</source>
      <translation>檢查自寫入以來是否有項目被刪除、移動或篡改。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="95" />
      <source>Entries hold ids and counts only, never names or notes.</source>
      <translation>項目只包含編號和數量，絕不包含姓名或備註。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="97" />
      <source>Verification result</source>
      <translation>驗證結果</translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="121" />
      <source>Verifying…</source>
      <translation>正在驗證…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/safety/log_view.py" line="131" />
      <source>The log is whole: no entry was removed, moved or altered (%n checked).</source>
      <translation>
        <numerusform>日誌完整：沒有項目被刪除、移動或篡改（已檢查 %n 項）。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/safety/log_view.py" line="135" />
      <source>The log was tampered with:</source>
      <translation>日誌已被篡改：</translation>
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
        <numerusform>自上次開啟以來，有 %n 次解鎖此保險庫的嘗試失敗；具體時間見活動日誌。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="75" />
      <source>Ctrl+K searches; Ctrl+L locks and closes every window.</source>
      <translation>Ctrl+K 搜尋；Ctrl+L 鎖定並關閉所有視窗。</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="81" />
      <source>Search any name, in any script — 滕彪, teng biao, مەمەتجان (Ctrl+K)</source>
      <translation>搜尋任何文字的姓名——滕彪、teng biao、مەمەتجان（Ctrl+K）</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="82" />
      <location filename="../../ui/main/window.py" line="93" />
      <source>Search</source>
      <translation>搜尋</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="103" />
      <source>Sections</source>
      <translation>區段</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="118" />
      <source>Search results</source>
      <translation>搜尋結果</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="161" />
      <source>&amp;Vault</source>
      <translation>保險庫(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="162" />
      <source>New &amp;person…</source>
      <translation>新增人員(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="163" />
      <source>New &amp;case…</source>
      <translation>新增案件(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="164" />
      <source>New &amp;organisation…</source>
      <translation>新增機構(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="171" />
      <source>Fill with &amp;demo data…</source>
      <translation>填入示範資料(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="172" />
      <source>&amp;Import spreadsheet…</source>
      <translation>匯入試算表(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="173" />
      <source>Find d&amp;uplicates…</source>
      <translation>尋找重複人員(&amp;U)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="174" />
      <source>&amp;Settings…</source>
      <translation>設定(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="176" />
      <source>&amp;Back up…</source>
      <translation>備份(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="177" />
      <source>Sa&amp;fety and keys…</source>
      <translation>安全與金鑰(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="178" />
      <source>Sh&amp;red this record…</source>
      <translation>徹底銷毀此記錄(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="179" />
      <source>Emergency &amp;wipe…</source>
      <translation>緊急抹除(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="181" />
      <source>&amp;Lock now</source>
      <translation>立即鎖定(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="185" />
      <source>&amp;Quit</source>
      <translation>結束(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="186" />
      <source>&amp;Go</source>
      <translation>前往(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="187" />
      <source>&amp;Search</source>
      <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="191" />
      <source>&amp;Help</source>
      <translation>說明(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="192" />
      <source>&amp;About Casebook</source>
      <translation>關於 Casebook(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="257" />
      <source>Nothing found for “%1”.</source>
      <translation>未找到「%1」。</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="365" />
      <source>About Casebook</source>
      <translation>關於 Casebook</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="366" />
      <source>Casebook keeps an encrypted, offline record of the human rights defenders you support. It never opens a network connection.</source>
      <translation>Casebook 以加密、離線的方式儲存您所支持的人權捍衛者的記錄。它從不建立任何網路連線。</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="326" />
      <source>Notice</source>
      <translation>通知</translation>
    </message>
    <message>
      <location filename="../../ui/main/window.py" line="327" />
      <source>Dismiss</source>
      <translation>關閉提示</translation>
    </message>
  </context>
  <context>
    <name>MappingModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="50" />
      <source>Column</source>
      <translation>欄</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="50" />
      <source>Sample values</source>
      <translation>範例值</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="50" />
      <source>Field</source>
      <translation>欄位</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="37" />
      <source>Match the columns to fields</source>
      <translation>將各欄對應到欄位</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="38" />
      <source>Each column's field is guessed from its header. To change one, choose it in the Field column (F2 or any key opens the list). Columns not imported are left out.</source>
      <translation>每欄的欄位根據標題列猜測。如需變更，請在「欄位」欄中選擇（按 F2 或任意鍵開啟清單）。不匯入的欄將被略過。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="45" />
      <source>Columns and their fields</source>
      <translation>各欄及其欄位</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="56" />
      <source>Saved mappings</source>
      <translation>已儲存的對應方案</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="57" />
      <source>&amp;Use</source>
      <translation>使用(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="58" />
      <source>Use the saved mapping chosen</source>
      <translation>使用所選的已儲存對應方案</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="61" />
      <source>Name to save this mapping under</source>
      <translation>儲存此對應方案所用的名稱</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="62" />
      <source>e.g. monthly caseload</source>
      <translation>例如：每月案件表</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="63" />
      <source>Sa&amp;ve this mapping</source>
      <translation>儲存此對應方案(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="65" />
      <source>Saved &amp;mappings:</source>
      <translation>已儲存的對應方案(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="91" />
      <source>Reading sample values…</source>
      <translation>正在讀取範例值…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="115" />
      <source>%1 of %2 columns will be imported.</source>
      <translation>將匯入 %2 欄中的 %1 欄。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="136" />
      <source>Give the mapping a name to save it under.</source>
      <translation>請為此對應方案命名後再儲存。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/mapping_page.py" line="146" />
      <source>Saved this mapping in the vault as “%1”.</source>
      <translation>已將此對應方案以「%1」為名儲存在保險庫中。</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../ui/start/page.py" line="51" />
      <source>Problem</source>
      <translation>問題</translation>
    </message>
  </context>
  <context>
    <name>PairsModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="206" />
      <source>Person</source>
      <translation>人員</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="206" />
      <source>May be the same as</source>
      <translation>可能與之相同</translation>
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
      <translation>新密碼片語</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="23" />
      <source>New passphrase, again</source>
      <translation>再次輸入新密碼片語</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="28" />
      <source>Passphrase strength</source>
      <translation>密碼片語強度</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="33" />
      <source>&amp;Passphrase:</source>
      <translation>密碼片語(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="34" />
      <source>&amp;Again:</source>
      <translation>再輸一次(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="35" />
      <source>Strength:</source>
      <translation>強度：</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="55" />
      <source>under a minute</source>
      <translation>不到一分鐘</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="57" />
      <source>about %n minute(s)</source>
      <translation>
        <numerusform>約 %n 分鐘</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="59" />
      <source>about %n hour(s)</source>
      <translation>
        <numerusform>約 %n 小時</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="61" />
      <source>about %n day(s)</source>
      <translation>
        <numerusform>約 %n 天</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="63" />
      <source>about %n year(s)</source>
      <translation>
        <numerusform>約 %n 年</numerusform>
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
      <translation>請使用幾個只有您自己才會聯想到一起的詞；至少 %1 個字元。</translation>
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
      <translation>強</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="76" />
      <source>very strong</source>
      <translation>非常強</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="77" />
      <source>%1: guessing it would take %2 at the speed of a well-equipped attacker.</source>
      <translation>%1：以裝備精良的攻擊者的速度，猜出它需要%2。</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="80" />
      <source>Too short: use at least %1 characters.</source>
      <translation>太短：請至少使用 %1 個字元。</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="82" />
      <source>Too easy to guess: add words.</source>
      <translation>太容易被猜到：請再加幾個詞。</translation>
    </message>
    <message>
      <location filename="../../ui/start/passphrase.py" line="84" />
      <source>The two passphrases differ.</source>
      <translation>兩次輸入的密碼片語不一致。</translation>
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
      <translation>已變更</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="122" />
      <source>conflict</source>
      <translation>衝突</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>What</source>
      <translation>內容</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>Record</source>
      <translation>記錄</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="116" />
      <source>Fields</source>
      <translation>欄位</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/models.py" line="123" />
      <source>held for review</source>
      <translation>暫緩待審查</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="52" />
      <source>Check what will be imported</source>
      <translation>檢查將要匯入的內容</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="53" />
      <source>Nothing has been written yet. Decide about each possible duplicate; rows in error are left out: save them, fix them, and import that file afterwards.</source>
      <translation>尚未寫入任何內容。請對每個可能的重複做出決定；出錯的列不會匯入：請儲存、修改後再匯入該檔案。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="56" />
      <source>&amp;Apply</source>
      <translation>匯入(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="59" />
      <source>What the import will do</source>
      <translation>匯入將執行的操作</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="68" />
      <source>Rows in error</source>
      <translation>出錯的列</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="69" />
      <source>&amp;Save the rows in error…</source>
      <translation>儲存出錯的列(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="75" />
      <source>Each row with its problem in an extra column, to fix and import again.</source>
      <translation>每列的問題寫在附加的一欄中，修改後可再次匯入。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="78" />
      <source>Possible duplicates</source>
      <translation>可能的重複</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="82" />
      <source>Decision for every possible duplicate</source>
      <translation>對所有可能重複的決定</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="85" />
      <source>Apply to &amp;all</source>
      <translation>全部套用(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="91" />
      <source>For every row: </source>
      <translation>對所有列：</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="120" />
      <source>Reading %n row(s) and looking for people already in the vault…</source>
      <translation>
        <numerusform>正在讀取 %n 列並尋找保險庫中已有的人員…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="124" />
      <source>Stopped. Go back and forward again to read the sheet again; nothing was written.</source>
      <translation>已停止。返回上一步再前進即可重新讀取表格；未寫入任何內容。</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="134" />
      <source>Possible duplicates (%1)</source>
      <translation>可能的重複（%1）</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="135" />
      <source>Rows in error (%1)</source>
      <translation>出錯的列（%1）</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="158" />
      <source>%1 to add, %2 to update, %3 to skip, %4 in error.</source>
      <translation>新增 %1，更新 %2，略過 %3，出錯 %4。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="161" />
      <source>%n row(s) may be someone already there: decide about each below.</source>
      <translation>
        <numerusform>%n 列可能是已有的人員：請在下方逐一決定。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="168" />
      <source>Save the rows in error</source>
      <translation>儲存出錯的列</translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="169" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="180" />
      <source>Saved %n row(s) in error to %1: fix them there, then import that file.</source>
      <translation>
        <numerusform>已將 %n 筆出錯的列儲存到 %1：請在其中修改，然後匯入該檔案。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/importing/preview_page.py" line="182" />
      <source>Saving the rows in error…</source>
      <translation>正在儲存出錯的列…</translation>
    </message>
  </context>
  <context>
    <name>RecordField</name>
    <message>
      <location filename="../../ui/editors/picker.py" line="107" />
      <source>Choose a record from the list that appears as you type part of its name.</source>
      <translation>請從輸入名稱時出現的清單中選擇一筆記錄。</translation>
    </message>
  </context>
  <context>
    <name>RecordListModel</name>
    <message>
      <location filename="../../ui/models/record_list.py" line="28" />
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="28" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="28" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../../ui/models/record_list.py" line="29" />
      <source>Last change</source>
      <translation>最後變更</translation>
    </message>
  </context>
  <context>
    <name>RecordPicker</name>
    <message>
      <location filename="../../ui/editors/picker.py" line="47" />
      <source>Type part of a name…</source>
      <translation>輸入名稱的一部分…</translation>
    </message>
  </context>
  <context>
    <name>RecordView</name>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="51" />
      <source>(deleted record)</source>
      <translation>（已刪除的記錄）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="104" />
      <location filename="../../ui/widgets/record_sections.py" line="105" />
      <source>Next mark</source>
      <translation>下一個期限</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="147" />
      <source>%1 is %2 this %3</source>
      <translation>%1是此%3的%2</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="150" />
      <source>link</source>
      <translation>關聯</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="152" />
      <source>Links</source>
      <translation>關聯</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="201" />
      <source>DO NOT USE</source>
      <translation>切勿使用</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="206" />
      <source>monitored</source>
      <translation>受監控</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="231" />
      <source>No emergency sheet yet: edit this person to add who to call and their lawyer.</source>
      <translation>尚無緊急聯絡單：請編輯此人，新增緊急聯絡人及其律師。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="233" />
      <location filename="../../ui/widgets/record_sections.py" line="258" />
      <location filename="../../ui/widgets/record_sections.py" line="275" />
      <source>Details</source>
      <translation>詳細資訊</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="236" />
      <source>day %1 (since %2)</source>
      <translation>第 %1 天（自 %2 起）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="239" />
      <source>(from case events)</source>
      <translation>（根據案件事件）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="248" />
      <source>Timeline of all their cases</source>
      <translation>其所有案件的時間軸</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="251" />
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="253" />
      <source>Merged from</source>
      <translation>合併自</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="274" />
      <source>Timeline</source>
      <translation>時間軸</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="289" />
      <source>Events</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="294" />
      <source>Interventions</source>
      <translation>干預行動</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="308" />
      <source>Event</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_sections.py" line="315" />
      <source>(approximate)</source>
      <translation>（大約）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="53" />
      <source>&amp;Edit</source>
      <translation>編輯(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="54" />
      <source>&amp;History</source>
      <translation>歷史記錄(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="55" />
      <source>Add e&amp;vent</source>
      <translation>新增事件(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="56" />
      <source>Edit this record</source>
      <translation>編輯此記錄</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="57" />
      <source>Show this record's history</source>
      <translation>顯示此記錄的歷史</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="58" />
      <source>Add an event to this case</source>
      <translation>為此案件新增事件</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="59" />
      <source>Draft re&amp;port…</source>
      <translation>起草報告(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="60" />
      <source>Draft a UN appeal, a case summary or an emergency sheet</source>
      <translation>起草聯合國緊急呼籲、案件摘要或緊急聯絡單</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="62" />
      <source>Sh&amp;red…</source>
      <translation>徹底銷毀(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="63" />
      <source>Shred this record for good</source>
      <translation>永久銷毀此記錄</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="104" />
      <source>Choose a record on the left, or search with Ctrl+K.</source>
      <translation>請在左側選擇一筆記錄，或按 Ctrl+K 搜尋。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="129" />
      <source>No record selected</source>
      <translation>未選擇記錄</translation>
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
      <translation>風險：%1</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="166" />
      <source>needs review after a merge</source>
      <translation>合併後需要複核</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/record_view.py" line="168" />
      <source>updated %1</source>
      <translation>更新於 %1</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/merged.py" line="29" />
      <source>history</source>
      <translation>歷史</translation>
    </message>
  </context>
  <context>
    <name>RecoverPage</name>
    <message>
      <location filename="../../ui/start/recover.py" line="30" />
      <source>Recover with the recovery key</source>
      <translation>用復原金鑰復原</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="31" />
      <source>Type the recovery key you wrote down when the vault was made, then choose a new passphrase. The old passphrase stops working.</source>
      <translation>請輸入建立保險庫時抄下的復原金鑰，然後設定新的密碼片語。舊密碼片語將失效。</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="39" />
      <source>Recovery key</source>
      <translation>復原金鑰</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="41" />
      <source>Recovery &amp;key:</source>
      <translation>復原金鑰(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="49" />
      <source>&amp;Back</source>
      <translation>返回(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="51" />
      <source>&amp;Recover</source>
      <translation>復原(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recover.py" line="79" />
      <source>Opening with the recovery key and calibrating key derivation…</source>
      <translation>正在用復原金鑰開啟並校準金鑰衍生…</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../ui/safety/recovery_dialog.py" line="14" />
      <source>New recovery key</source>
      <translation>新的復原金鑰</translation>
    </message>
    <message>
      <location filename="../../ui/safety/recovery_dialog.py" line="16" />
      <source>The vault key was replaced. The old recovery key no longer opens this vault: keep this new one instead, and destroy the old sheet.</source>
      <translation>保險庫金鑰已更換。舊的復原金鑰已無法開啟此保險庫：請改為保管這把新金鑰，並銷毀舊的金鑰單。</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyPage</name>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="32" />
      <source>Your recovery key</source>
      <translation>您的復原金鑰</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="33" />
      <source>This key is shown only this once. Write it down or print it and keep it away from this computer. With it the vault opens on any computer if the passphrase is forgotten or this computer is lost; anyone who has it can open the vault.</source>
      <translation>此金鑰僅顯示這一次。請抄下或列印出來，並存放在遠離這台電腦的地方。如果忘記密碼片語或遺失這台電腦，憑它可在任何電腦上開啟保險庫；任何持有它的人都能開啟保險庫。</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="49" />
      <source>Recovery key</source>
      <translation>復原金鑰</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="56" />
      <source>&amp;Save as PDF…</source>
      <translation>另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="58" />
      <source>&amp;Print…</source>
      <translation>列印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="65" />
      <source>I have &amp;written down, printed or saved the recovery key</source>
      <translation>我已抄下、列印或儲存了復原金鑰(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="73" />
      <source>&amp;Continue</source>
      <translation>繼續(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="97" />
      <source>With this key and a copy of the vault folder, anyone can open the vault: keep this sheet locked away, not with the computer. In Casebook, choose “Forgot the passphrase?” on the unlock window and type the key.</source>
      <translation>憑此金鑰和保險庫資料夾的副本，任何人都能開啟保險庫：請將此單鎖好保管，不要與電腦放在一起。在 Casebook 的解鎖視窗中選擇「忘記密碼片語？」，然後輸入此金鑰。</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="100" />
      <source>Vault folder: %1</source>
      <translation>保險庫資料夾：%1</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="101" />
      <source>Vault id: %1</source>
      <translation>保險庫編號：%1</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="102" />
      <source>Made on: %1</source>
      <translation>製作日期：%1</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="116" />
      <source>Save the recovery key as PDF</source>
      <translation>將復原金鑰另存為 PDF</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="117" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="125" />
      <source>Casebook recovery key</source>
      <translation>Casebook 復原金鑰</translation>
    </message>
    <message>
      <location filename="../../ui/start/recovery_key.py" line="132" />
      <source>Print the recovery key</source>
      <translation>列印復原金鑰</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../../ui/reports/dialog.py" line="62" />
      <source>Draft report — %1</source>
      <translation>起草報告 — %1</translation>
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
      <translation>只有標題會改變；正文按聯合國的要求保持英文。</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="72" />
      <source>&amp;Report:</source>
      <translation>報告(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="73" />
      <source>&amp;Headings in:</source>
      <translation>標題語言(&amp;H)：</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="77" />
      <source>Consent refusal</source>
      <translation>同意範圍不足</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="78" />
      <source>The person or their family agreed to this report: make it anyway</source>
      <translation>當事人或其家屬已同意此報告：仍然產生</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="81" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="92" />
      <source>Consent statement</source>
      <translation>同意聲明</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="97" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="125" />
      <source>Urgent appeal — UN Working Group on Arbitrary Detention</source>
      <translation>緊急呼籲 — 聯合國任意拘留問題工作組</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="126" />
      <source>Report — UN Working Group on Enforced or Involuntary Disappearances</source>
      <translation>報告 — 聯合國強迫或非自願失蹤問題工作組</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="127" />
      <source>Submission — UN Special Rapporteur on human rights defenders</source>
      <translation>來文 — 聯合國人權維護者處境問題特別報告員</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="128" />
      <source>Case summary for partners</source>
      <translation>供合作夥伴參閱的案件摘要</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="129" />
      <source>Emergency sheet</source>
      <translation>緊急聯絡單</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="145" />
      <source>Making the draft…</source>
      <translation>正在產生草稿…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="159" />
      <source>Nothing was made. Tick the box only if the person or their family agreed to this report.</source>
      <translation>未產生任何內容。僅在當事人或其家屬同意此報告時才勾選此框。</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="164" />
      <source>Made although the consent on record does not cover it, as you confirmed; the report says so. Record that consent in Casebook.</source>
      <translation>記錄中的同意範圍並不涵蓋此報告，但經您確認仍已產生；報告中會註明這一點。請在 Casebook 中記錄該同意。</translation>
    </message>
    <message>
      <location filename="../../ui/reports/dialog.py" line="167" />
      <source>Draft ready: check every line before sending it.</source>
      <translation>草稿已產生：傳送前請逐行核對。</translation>
    </message>
  </context>
  <context>
    <name>ReportOutputs</name>
    <message>
      <location filename="../../ui/reports/outputs.py" line="43" />
      <source>&amp;Copy text</source>
      <translation>複製文字(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="44" />
      <source>Plain text for the OHCHR online form; the clipboard is cleared after a short while.</source>
      <translation>用於 OHCHR 線上表格的純文字；剪貼簿會在片刻後清空。</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="47" />
      <source>Save as &amp;HTML…</source>
      <translation>另存為 HTML(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="48" />
      <source>Save as &amp;PDF…</source>
      <translation>另存為 PDF(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="49" />
      <source>Save as &amp;text…</source>
      <translation>另存為文字(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="52" />
      <source>Save the report unencrypted as %1</source>
      <translation>以未加密的 %1 格式儲存報告</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="54" />
      <source>P&amp;rint…</source>
      <translation>列印(&amp;R)…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/reports/outputs.py" line="86" />
      <source>Copied as plain text; the clipboard is cleared in %n second(s).</source>
      <translation>
        <numerusform>已複製為純文字；剪貼簿將在 %n 秒後清空。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="96" />
      <source>Save unencrypted?</source>
      <translation>以未加密形式儲存？</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="97" />
      <source>The saved report will not be encrypted: anyone with access to where you save it can read it, and deleting it later may not erase it from the disk. Save anyway?</source>
      <translation>儲存的報告不會加密：任何能存取儲存位置的人都能讀取它，之後刪除也未必能將其從磁碟上徹底清除。仍要儲存嗎？</translation>
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
      <translation>文字 (*.txt)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="108" />
      <source>Save the report</source>
      <translation>儲存報告</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="118" />
      <source>Saving…</source>
      <translation>正在儲存…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="130" />
      <source>Saved to %1. The file is not encrypted: delete it once it has been sent.</source>
      <translation>已儲存到 %1。該檔案未加密：傳送後請刪除。</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="146" />
      <source>Print the report</source>
      <translation>列印報告</translation>
    </message>
    <message>
      <location filename="../../ui/reports/outputs.py" line="157" />
      <source>Sent to the printer.</source>
      <translation>已傳送到印表機。</translation>
    </message>
  </context>
  <context>
    <name>RowErrorsModel</name>
    <message>
      <location filename="../../ui/importing/models.py" line="91" />
      <source>Row</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="91" />
      <source>Column</source>
      <translation>欄</translation>
    </message>
    <message>
      <location filename="../../ui/importing/models.py" line="91" />
      <source>Problem</source>
      <translation>問題</translation>
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
      <translation>您的密碼片語</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="77" />
      <source>Your &amp;passphrase:</source>
      <translation>您的密碼片語(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="82" />
      <source>Result</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="72" />
      <source>These settings act before the vault is opened, so they are kept with its keys. All are off unless you switch them on. Each change asks for your passphrase.</source>
      <translation>這些設定在開啟保險庫之前就會生效，因此與保險庫的金鑰儲存在一起。除非您開啟，否則全部處於關閉狀態。每次變更都需要輸入密碼片語。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="106" />
      <source>Failed unlock attempts</source>
      <translation>解鎖失敗嘗試</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="107" />
      <source>&amp;Wipe the vault after this many failed unlock attempts in a row:</source>
      <translation>連續解鎖失敗達到此次數後抹除保險庫(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="110" />
      <source>Failed unlock attempts before the wipe</source>
      <translation>抹除前允許的解鎖失敗次數</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="115" />
      <source>&amp;Apply</source>
      <translation>套用(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="116" />
      <source>Apply the wipe-after setting</source>
      <translation>套用失敗後抹除設定</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="124" />
      <source>&amp;Count failed unlock attempts, so the activity log shows them</source>
      <translation>統計解鎖失敗嘗試，使其顯示在活動日誌中(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="127" />
      <source>Off, a wrong passphrase changes no file in the vault folder. On, a small file there holds the times of failed attempts until the next unlock, which tells anyone who looks at the folder that someone tried, and when. Always on while wiping after failed attempts is on.</source>
      <translation>關閉時，輸錯密碼片語不會改動保險庫資料夾中的任何檔案。開啟時，該資料夾中會有一個小檔案記錄失敗嘗試的時間，直到下次解鎖；檢視該資料夾的任何人都能由此得知有人嘗試過以及嘗試的時間。開啟「失敗後抹除」時此項始終開啟。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="130" />
      <source>Appl&amp;y</source>
      <translation>套用(&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="131" />
      <source>Apply the counting setting</source>
      <translation>套用統計設定</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="153" />
      <source>Risks: your own typos, or anyone at this computer, can destroy the vault with %1 wrong guesses; someone who wants your records gone only has to guess wrong %1 times. It does not slow anyone who has copied the folder (they guess against their copy), and anyone who can write to the folder can reset the count. Keep a backup elsewhere.</source>
      <translation>風險：您自己的輸入錯誤，或任何能接觸這台電腦的人，只要猜錯 %1 次就能毀掉保險庫；想讓您的記錄消失的人只需故意猜錯 %1 次。它不能拖慢已複製了該資料夾的人（他們會針對副本進行猜測），而任何能寫入該資料夾的人都能重置計數。請在別處保留備份。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="159" />
      <location filename="../../ui/safety/settings_dialog.py" line="166" />
      <source>Duress passphrase</source>
      <translation>脅迫密碼片語</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="161" />
      <source>A duress passphrase wipes this vault instead of unlocking it, and Casebook then says only that the passphrase is wrong. Risks: the vault is gone for you too (only a backup brings it back); whoever made you type it will see the vault folder vanish, which may put you at risk; anyone who learns it can destroy the vault; a copy of the folder taken earlier is not affected. Nothing in the vault, and nothing here, shows whether one is set.</source>
      <translation>輸入脅迫密碼片語會抹除此保險庫而不是解鎖，隨後 Casebook 只會提示密碼片語錯誤。風險：保險庫對您來說也不復存在（只有備份才能還原）；迫使您輸入的人會看到保險庫資料夾消失，這可能使您陷入危險；任何知道它的人都能毀掉保險庫；事先複製的資料夾副本不受影響。保險庫中及此處都不會顯示是否設定了脅迫密碼片語。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="167" />
      <source>Duress passphrase again</source>
      <translation>再次輸入脅迫密碼片語</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="169" />
      <source>&amp;Duress passphrase:</source>
      <translation>脅迫密碼片語(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="171" />
      <source>A&amp;gain:</source>
      <translation>再輸一次(&amp;G)：</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="175" />
      <source>&amp;Set duress passphrase</source>
      <translation>設定脅迫密碼片語(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="178" />
      <source>Re&amp;move duress passphrase</source>
      <translation>移除脅迫密碼片語(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="196" />
      <source>Vault key</source>
      <translation>保險庫金鑰</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="198" />
      <source>Replacing the vault key re-encrypts the database and rewraps every record key, so copies of its pages left on the disk (after a shred, say) no longer open. The passphrase stays the same; the old recovery key stops working and a new one is shown once.</source>
      <translation>更換保險庫金鑰會重新加密資料庫並重新封裝每筆記錄的金鑰，這樣磁碟上殘留的頁面副本（例如徹底銷毀記錄之後）將無法再開啟。密碼片語保持不變；舊的復原金鑰失效，新的復原金鑰只顯示一次。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="202" />
      <source>&amp;Replace the vault key…</source>
      <translation>更換保險庫金鑰(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="218" />
      <source>Type your passphrase first: every change here needs it.</source>
      <translation>請先輸入您的密碼片語：此處的每項變更都需要它。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/safety/settings_dialog.py" line="264" />
      <source>The vault will be wiped after %n failed unlock attempt(s) in a row.</source>
      <translation>
        <numerusform>連續解鎖失敗 %n 次後將抹除保險庫。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="265" />
      <source>Wiping after failed unlock attempts is off.</source>
      <translation>「解鎖失敗後抹除」已關閉。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="267" />
      <location filename="../../ui/safety/settings_dialog.py" line="281" />
      <location filename="../../ui/safety/settings_dialog.py" line="304" />
      <source>Checking the passphrase…</source>
      <translation>正在檢查密碼片語…</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="278" />
      <source>Failed unlock attempts are counted and logged at the next unlock.</source>
      <translation>解鎖失敗嘗試會被統計，並在下次解鎖時記入日誌。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="279" />
      <source>Failed unlock attempts are not counted (unless wiping after them is on).</source>
      <translation>不統計解鎖失敗嘗試（除非已開啟失敗後抹除）。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="287" />
      <source>The duress passphrase is set. Typing it at unlock wipes the vault.</source>
      <translation>脅迫密碼片語已設定。解鎖時輸入它會抹除保險庫。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="290" />
      <source>No duress passphrase is set now.</source>
      <translation>目前未設定脅迫密碼片語。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="308" />
      <source>Replacing the vault key: re-encrypting the database and every record key…</source>
      <translation>正在更換保險庫金鑰：重新加密資料庫和每筆記錄的金鑰…</translation>
    </message>
    <message>
      <location filename="../../ui/safety/settings_dialog.py" line="312" />
      <source>The vault key was replaced.</source>
      <translation>保險庫金鑰已更換。</translation>
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
      <translation>類型</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="32" />
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="35" />
      <source> min</source>
      <translation> 分鐘</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="37" />
      <source>Lock after idle minutes</source>
      <translation>閒置多少分鐘後鎖定</translation>
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
      <translation>多少秒後清空剪貼簿</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="44" />
      <source>Language</source>
      <translation>語言</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="46" />
      <source>As the system (%1)</source>
      <translation>跟隨系統（%1）</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="55" />
      <source>Key derivation time</source>
      <translation>金鑰衍生時間</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="56" />
      <source>&amp;Recalibrate now…</source>
      <translation>立即重新校準(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="64" />
      <source>Lock after &amp;idle:</source>
      <translation>閒置後鎖定(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="65" />
      <source>Clear copied details &amp;after:</source>
      <translation>複製的資訊清空時間(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="66" />
      <source>&amp;Language (on next start):</source>
      <translation>語言（下次啟動生效）(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="67" />
      <source>&amp;Key derivation takes:</source>
      <translation>金鑰衍生耗時(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="75" />
      <source>Settings hold no names, searches or other contents of the vault.</source>
      <translation>設定中不包含姓名、搜尋內容或保險庫的其他內容。</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="88" />
      <source>Recalibrate key derivation</source>
      <translation>重新校準金鑰衍生</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="89" />
      <source>Type the passphrase to confirm:</source>
      <translation>請輸入密碼片語以確認：</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="97" />
      <source>Measuring this computer and rewrapping the vault key…</source>
      <translation>正在測量本機效能並重新封裝保險庫金鑰…</translation>
    </message>
    <message>
      <location filename="../../ui/main/settings_dialog.py" line="104" />
      <source>Done: unlocking now takes about %1 s on this computer.</source>
      <translation>完成：現在在本機上解鎖約需 %1 秒。</translation>
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
      <translation>開啟保險庫資料夾</translation>
    </message>
    <message>
      <location filename="../../ui/start/window.py" line="102" />
      <source>That folder is not a Casebook vault (it has no keyslots.json).</source>
      <translation>該資料夾不是 Casebook 保險庫（其中沒有 keyslots.json）。</translation>
    </message>
  </context>
  <context>
    <name>TableField</name>
    <message>
      <location filename="../../ui/editors/tables.py" line="120" />
      <source>Add</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="121" />
      <source>Add to %1</source>
      <translation>新增到%1</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="123" />
      <source>Remove</source>
      <translation>刪除</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="124" />
      <source>Remove the selected row (Delete)</source>
      <translation>刪除所選列（Delete）</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="125" />
      <source>Remove the selected row of %1</source>
      <translation>刪除%1中的所選列</translation>
    </message>
    <message>
      <location filename="../../ui/editors/tables.py" line="243" />
      <source>Row %1</source>
      <translation>第 %1 列</translation>
    </message>
  </context>
  <context>
    <name>TagsField</name>
    <message>
      <location filename="../../ui/editors/fields.py" line="177" />
      <source>comma-separated, e.g. 709 crackdown, Xinjiang</source>
      <translation>以逗號分隔，例如：709 大抓捕, 新疆</translation>
    </message>
  </context>
  <context>
    <name>TaskPage</name>
    <message>
      <location filename="../../ui/importing/state.py" line="56" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../../ui/importing/state.py" line="58" />
      <source>Progress</source>
      <translation>進度</translation>
    </message>
    <message>
      <location filename="../../ui/importing/state.py" line="101" />
      <source>Stopped; nothing was written.</source>
      <translation>已停止；未寫入任何內容。</translation>
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
      <translation>指定居所監視居住六個月期限</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="96" />
      <source>Case timeline</source>
      <translation>案件時間軸</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="115" />
      <source>No dated events yet.</source>
      <translation>尚無帶日期的事件。</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="116" />
      <source>not known from the events</source>
      <translation>無法從事件得知</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="117" />
      <source>Status: %1</source>
      <translation>狀態：%1</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="119" />
      <source>day %1 deprived of liberty (since %2)</source>
      <translation>被剝奪自由第 %1 天（自 %2 起）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="122" />
      <source>(showing %1 to %2; 0 shows all)</source>
      <translation>（顯示 %1 至 %2；按 0 顯示全部）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="132" />
      <source>approximate</source>
      <translation>大約</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="350" />
      <source>exact date</source>
      <translation>確切日期</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="350" />
      <source>month or year only</source>
      <translation>僅知月份或年份</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="351" />
      <source>approximate (~)</source>
      <translation>大約（~）</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="355" />
      <source>legal time limit</source>
      <translation>法定期限</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="416" />
      <source>approximate date</source>
      <translation>大約日期</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/timeline.py" line="418" />
      <source>known only to the %1</source>
      <translation>僅知%1</translation>
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
      <translation>解鎖</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="34" />
      <location filename="../../ui/start/unlock.py" line="35" />
      <source>Passphrase</source>
      <translation>密碼片語</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="37" />
      <source>&amp;Unlock</source>
      <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="44" />
      <source>&amp;Remember this vault's folder on this computer</source>
      <translation>在這台電腦上記住此保險庫的資料夾(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="45" />
      <source>Casebook then keeps the folder's path in its settings file, where anyone who looks at this computer can find it. Off, you choose the folder each time.</source>
      <translation>Casebook 會將該資料夾的路徑儲存在其設定檔中，任何查看這台電腦的人都能找到它。關閉此項，則每次都需選擇資料夾。</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="49" />
      <source>&amp;Forgot the passphrase?</source>
      <translation>忘記密碼片語(&amp;F)？</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="52" />
      <source>&amp;Another vault…</source>
      <translation>其他保險庫(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="59" />
      <source>Ctrl+L locks the vault again at any time and closes every window.</source>
      <translation>隨時按 Ctrl+L 即可重新鎖定保險庫並關閉所有視窗。</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="66" />
      <source>Vault: %1</source>
      <translation>保險庫：%1</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="78" />
      <source>Type the passphrase first.</source>
      <translation>請先輸入密碼片語。</translation>
    </message>
    <message>
      <location filename="../../ui/start/unlock.py" line="82" />
      <source>Deriving the key from the passphrase…</source>
      <translation>正在由密碼片語衍生金鑰…</translation>
    </message>
  </context>
  <context>
    <name>VerifyDialog</name>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="80" />
      <source>Verify %1</source>
      <translation>驗證 %1</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="81" />
      <source>Meet %1, or call on a channel you trust. Read these groups aloud together: they must be the same on %1's screen, under Your identity.</source>
      <translation>請與 %1 見面，或透過您信任的管道通話。一起大聲朗讀這些分組：它們必須與 %1 螢幕上「您的身分識別碼」下顯示的完全相同。</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="85" />
      <source>%1's fingerprint</source>
      <translation>%1 的指紋</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="87" />
      <source>Your fingerprint</source>
      <translation>您的指紋</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="89" />
      <location filename="../../ui/colleagues/contact_dialogs.py" line="90" />
      <source>They match</source>
      <translation>兩者一致</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="95" />
      <source>%1's fingerprint:</source>
      <translation>%1 的指紋：</translation>
    </message>
    <message>
      <location filename="../../ui/colleagues/contact_dialogs.py" line="96" />
      <source>Yours, for them to check:</source>
      <translation>您的指紋，供對方核對：</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../ui/start/welcome.py" line="21" />
      <source>Welcome to Casebook</source>
      <translation>歡迎使用 Casebook</translation>
    </message>
    <message>
      <location filename="../../ui/start/welcome.py" line="22" />
      <source>Casebook keeps your records of the people you support in one encrypted vault folder. Nothing is sent anywhere, and nothing personal is written outside the vault.</source>
      <translation>Casebook 將您所支持人員的記錄儲存在一個加密的保險庫資料夾中。不會向任何地方傳送任何內容，也不會在保險庫之外寫入任何個人資訊。</translation>
    </message>
    <message>
      <location filename="../../ui/start/welcome.py" line="26" />
      <source>&amp;Create a new vault…</source>
      <translation>建立新的保險庫(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../ui/start/welcome.py" line="27" />
      <source>&amp;Open an existing vault…</source>
      <translation>開啟現有保險庫(&amp;O)…</translation>
    </message>
  </context>
  <context>
    <name>WipeDialog</name>
    <message>
      <location filename="../../ui/safety/wipe.py" line="47" />
      <source>Emergency wipe</source>
      <translation>緊急抹除</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="50" />
      <source>This destroys the vault “%1” for good, in under a second: every key slot is overwritten, so neither the passphrase nor the recovery key will open it again, and then its files are removed. Only a backup or copy made earlier survives.</source>
      <translation>此操作會在一秒內永久銷毀保險庫「%1」：每個金鑰槽都會被覆寫，密碼片語和復原金鑰都將無法再開啟它，隨後其檔案會被刪除。只有事先製作的備份或副本能夠保留下來。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="54" />
      <source>Type the vault folder's name (%1) to wipe it:</source>
      <translation>輸入保險庫資料夾的名稱（%1）以抹除它：</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="57" />
      <source>Vault folder name</source>
      <translation>保險庫資料夾名稱</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="61" />
      <source>Countdown</source>
      <translation>倒數計時</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="67" />
      <source>Time left before the wipe</source>
      <translation>距抹除的剩餘時間</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="71" />
      <source>&amp;Wipe the vault</source>
      <translation>抹除保險庫(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="72" />
      <source>Wipe the vault for good</source>
      <translation>永久抹除保險庫</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/safety/wipe.py" line="107" />
      <source>Wiping in %n second(s). Press Esc or Cancel to stop.</source>
      <translation>
        <numerusform>%n 秒後抹除。按 Esc 或「取消」可中止。</numerusform>
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
      <translation>不詳</translation>
    </message>
  </context>
  <context>
    <name>editors</name>
    <message>
      <location filename="../../ui/editors/forms.py" line="39" />
      <source>Identity</source>
      <translation>身分</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="42" />
      <source>Contact</source>
      <translation>聯絡方式</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="43" />
      <source>Safety</source>
      <translation>安全</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="43" />
      <source>derived from case events</source>
      <translation>根據案件事件推斷</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="49" />
      <location filename="../../ui/editors/forms.py" line="64" />
      <source>Notes and sources</source>
      <translation>備註和來源</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="54" />
      <source>Organisation</source>
      <translation>機構</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="60" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="62" />
      <source>Charges and authorities</source>
      <translation>罪名和機關</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="70" />
      <source>Event</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="73" />
      <source>Detention</source>
      <translation>羈押</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="77" />
      <source>Sources</source>
      <translation>來源</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="82" />
      <source>Intervention</source>
      <translation>干預行動</translation>
    </message>
    <message>
      <location filename="../../ui/editors/forms.py" line="90" />
      <source>Link</source>
      <translation>關聯</translation>
    </message>
    <message>
      <location filename="../../ui/editors/undo.py" line="16" />
      <source>Change %1</source>
      <translation>變更%1</translation>
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
      <translation>身分角色</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="19" />
      <source>Sex</source>
      <translation>性別</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="20" />
      <source>Birth date</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="21" />
      <source>Nationality</source>
      <translation>國籍</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="22" />
      <source>Occupation</source>
      <translation>職業</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="23" />
      <source>Places</source>
      <translation>地點</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="24" />
      <source>Channels</source>
      <translation>聯絡管道</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="25" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="26" />
      <source>Risk level</source>
      <translation>風險等級</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="27" />
      <source>Consent</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="28" />
      <source>Emergency sheet</source>
      <translation>緊急聯絡單</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="29" />
      <source>Notes</source>
      <translation>備註</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="30" />
      <source>Tags</source>
      <translation>標籤</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="31" />
      <source>Sources</source>
      <translation>來源</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="32" />
      <source>Type</source>
      <translation>類型</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="33" />
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="34" />
      <source>People</source>
      <translation>人員</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="35" />
      <source>Authorities</source>
      <translation>機關</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="36" />
      <source>Charges</source>
      <translation>罪名</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="37" />
      <source>Location</source>
      <translation>地點</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="38" />
      <source>Checklist</source>
      <translation>行動清單</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="39" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="40" />
      <source>Person</source>
      <translation>人員</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="41" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="42" />
      <source>Place</source>
      <translation>地點</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="43" />
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="44" />
      <source>Detention details</source>
      <translation>羈押詳細資料</translation>
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
      <translation>回覆</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="48" />
      <source>Priority</source>
      <translation>優先順序</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="49" />
      <source>From</source>
      <translation>從</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="50" />
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="51" />
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="52" />
      <source>Value</source>
      <translation>內容</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="53" />
      <source>Kind</source>
      <translation>種類</translation>
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
      <translation>法律條款</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="59" />
      <source>Who to call</source>
      <translation>緊急聯絡人</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="60" />
      <source>Lawyer</source>
      <translation>律師</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="61" />
      <source>Medical needs</source>
      <translation>醫療需求</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="62" />
      <source>Prior instructions</source>
      <translation>事先囑託</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="63" />
      <source>Given on</source>
      <translation>同意日期</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="64" />
      <source>Scope</source>
      <translation>範圍</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="65" />
      <source>Facility</source>
      <translation>關押場所</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="66" />
      <source>Whereabouts known</source>
      <translation>下落已知</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="67" />
      <source>Family notified</source>
      <translation>已通知家屬</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="68" />
      <source>Lawyer access</source>
      <translation>律師接見</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="69" />
      <source>Conditions</source>
      <translation>關押條件</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="70" />
      <source>Health</source>
      <translation>健康狀況</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="71" />
      <source>Reliability of the source</source>
      <translation>來源可靠性</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="72" />
      <source>Credibility of the information</source>
      <translation>資訊可信度</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="73" />
      <source>Internal only</source>
      <translation>僅限內部</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="74" />
      <source>Item</source>
      <translation>事項</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="75" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="76" />
      <source>Merged from</source>
      <translation>合併自</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="19" />
      <source>person</source>
      <translation>人員</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="20" />
      <source>organisation</source>
      <translation>機構</translation>
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
      <translation>干預行動</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="24" />
      <source>link</source>
      <translation>關聯</translation>
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
      <translation>指定居所監視居住六個月期限</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="58" />
      <source>end of the WGEID urgent procedure</source>
      <translation>強迫失蹤問題工作組緊急程序截止</translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="59" />
      <source>next hearing</source>
      <translation>下次開庭</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/labels.py" line="75" />
      <source>passed %n day(s) ago</source>
      <translation>
        <numerusform>已過去 %n 天</numerusform>
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
        <numerusform>還剩 %n 天</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/labels.py" line="83" />
      <source>The day of detention is day 0, as the law counts periods: the 37-day limit of criminal detention falls on day 37.</source>
      <translation>依照法律計算期間的方式，被羈押當天為第 0 天：刑事拘留的 37 天期限落在第 37 天。</translation>
    </message>
  </context>
  <context>
    <name>scripts</name>
    <message>
      <location filename="../../ui/editors/labels.py" line="81" />
      <source>Han (Chinese characters)</source>
      <translation>漢字</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="82" />
      <source>Han, simplified</source>
      <translation>簡體漢字</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="83" />
      <source>Han, traditional</source>
      <translation>繁體漢字</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="84" />
      <source>Latin</source>
      <translation>拉丁字母</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="85" />
      <source>Arabic (Uyghur)</source>
      <translation>阿拉伯字母（維吾爾文）</translation>
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
      <translation>西里爾字母</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="89" />
      <source>Hangul</source>
      <translation>諺文</translation>
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
      <translation>希臘字母</translation>
    </message>
    <message>
      <location filename="../../ui/editors/labels.py" line="93" />
      <source>Hebrew</source>
      <translation>希伯來字母</translation>
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
      <translation>通用（數字、符號）</translation>
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
      <translation>人員</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="44" />
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="45" />
      <source>Organisations</source>
      <translation>機構</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="46" />
      <source>Recent changes</source>
      <translation>最近變更</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="50" />
      <source>Detained now</source>
      <translation>目前被羈押</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="52" />
      <source>Colleagues</source>
      <translation>同事</translation>
    </message>
    <message>
      <location filename="../../ui/main/sections.py" line="53" />
      <source>Activity</source>
      <translation>活動</translation>
    </message>
  </context>
  <context>
    <name>shred</name>
    <message>
      <location filename="../../ui/safety/shred.py" line="26" />
      <source>Shred this record?</source>
      <translation>徹底銷毀此記錄？</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="28" />
      <source>Shred “%1” for good?</source>
      <translation>要永久徹底銷毀「%1」嗎？</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="29" />
      <source>Shredding destroys this record's key, its text, every earlier version, its search entries and its attachments, so that nothing of it can be found in the vault's files afterwards. It cannot be undone, and not even a backup made later will have it. The activity log keeps only that a %1 was shredded.</source>
      <translation>徹底銷毀會銷毀此記錄的金鑰、文字、所有早期版本、搜尋索引項目及其附件，之後在保險庫的檔案中再也找不到它的任何內容。此操作無法復原，之後製作的備份中也不會有它。活動日誌只會記錄有一個%1被徹底銷毀。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="34" />
      <source>&amp;Shred</source>
      <translation>徹底銷毀(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="36" />
      <source>Shred the record for good</source>
      <translation>永久徹底銷毀此記錄</translation>
    </message>
    <message>
      <location filename="../../ui/safety/shred.py" line="57" />
      <source>Not shredded</source>
      <translation>未銷毀</translation>
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <location filename="../../ui/tasks.py" line="85" />
      <source>Something went wrong inside Casebook; nothing was changed. Please report it.</source>
      <translation>Casebook 內部出錯；未做任何變更。請報告此問題。</translation>
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
      <translation>非政府組織</translation>
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
      <translation>已向聯合國發出緊急呼籲</translation>
    </message>
    <message>
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <source>acknowledged</source>
      <translation>已確認收到</translation>
    </message>
    <message>
      <source>activist</source>
      <translation>活動人士</translation>
    </message>
    <message>
      <source>administrative detention</source>
      <translation>行政拘留</translation>
    </message>
    <message>
      <source>alias</source>
      <translation>別名</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>已回覆</translation>
    </message>
    <message>
      <source>at liberty</source>
      <translation>自由</translation>
    </message>
    <message>
      <source>authorities</source>
      <translation>辦案機關</translation>
    </message>
    <message>
      <source>birth date</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>black jail</source>
      <translation>黑監獄</translation>
    </message>
    <message>
      <source>case location</source>
      <translation>案發地點</translation>
    </message>
    <message>
      <source>case notes</source>
      <translation>案情</translation>
    </message>
    <message>
      <source>case status</source>
      <translation>案件狀態</translation>
    </message>
    <message>
      <source>case title</source>
      <translation>案件標題</translation>
    </message>
    <message>
      <source>case type</source>
      <translation>案件類型</translation>
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
      <translation>已結案</translation>
    </message>
    <message>
      <source>colleague of</source>
      <translation>同事</translation>
    </message>
    <message>
      <source>community leader</source>
      <translation>社區領袖</translation>
    </message>
    <message>
      <source>completely reliable</source>
      <translation>完全可靠</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>已證實</translation>
    </message>
    <message>
      <source>confirmed by other sources</source>
      <translation>已由其他來源證實</translation>
    </message>
    <message>
      <source>consent to go public decided with the family</source>
      <translation>已與家屬商定是否公開</translation>
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
      <translation>人權捍衛者</translation>
    </message>
    <message>
      <source>denied</source>
      <translation>被拒絕</translation>
    </message>
    <message>
      <source>detained</source>
      <translation>被羈押</translation>
    </message>
    <message>
      <source>detention</source>
      <translation>羈押</translation>
    </message>
    <message>
      <source>detention facility</source>
      <translation>羈押場所</translation>
    </message>
    <message>
      <source>disappeared</source>
      <translation>失蹤</translation>
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
      <translation>電子郵件</translation>
    </message>
    <message>
      <source>embassy démarche</source>
      <translation>使館交涉</translation>
    </message>
    <message>
      <source>enforced disappearance</source>
      <translation>強迫失蹤</translation>
    </message>
    <message>
      <source>event type</source>
      <translation>事件類型</translation>
    </message>
    <message>
      <source>fairly reliable</source>
      <translation>比較可靠</translation>
    </message>
    <message>
      <source>family</source>
      <translation>家屬</translation>
    </message>
    <message>
      <source>family member</source>
      <translation>家屬</translation>
    </message>
    <message>
      <source>family of</source>
      <translation>家屬</translation>
    </message>
    <message>
      <source>family support</source>
      <translation>家屬支援</translation>
    </message>
    <message>
      <source>family told</source>
      <translation>已告知家屬</translation>
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
      <translation>政府機關</translation>
    </message>
    <message>
      <source>granted</source>
      <translation>已獲准</translation>
    </message>
    <message>
      <source>harassment</source>
      <translation>騷擾</translation>
    </message>
    <message>
      <source>health concern</source>
      <translation>健康問題</translation>
    </message>
    <message>
      <source>hearing</source>
      <translation>開庭</translation>
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
      <translation>被起訴</translation>
    </message>
    <message>
      <source>internal only</source>
      <translation>僅限內部</translation>
    </message>
    <message>
      <source>journalist</source>
      <translation>記者</translation>
    </message>
    <message>
      <source>kind of detention</source>
      <translation>拘留類型</translation>
    </message>
    <message>
      <source>law firm</source>
      <translation>律師事務所</translation>
    </message>
    <message>
      <source>lawyer</source>
      <translation>律師</translation>
    </message>
    <message>
      <source>lawyer (emergency sheet)</source>
      <translation>律師（緊急聯絡單）</translation>
    </message>
    <message>
      <source>lawyer access</source>
      <translation>律師接見</translation>
    </message>
    <message>
      <source>lawyer access denied</source>
      <translation>拒絕律師接見</translation>
    </message>
    <message>
      <source>lawyer engaged</source>
      <translation>已聘請律師</translation>
    </message>
    <message>
      <source>lawyer of</source>
      <translation>律師</translation>
    </message>
    <message>
      <source>lawyer visit</source>
      <translation>律師接見</translation>
    </message>
    <message>
      <source>legal</source>
      <translation>法定姓名</translation>
    </message>
    <message>
      <source>legal article of the charge</source>
      <translation>罪名所依法條</translation>
    </message>
    <message>
      <source>letter to authorities</source>
      <translation>致當局信函</translation>
    </message>
    <message>
      <source>listed partners</source>
      <translation>列明的合作夥伴</translation>
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
      <translation>媒體</translation>
    </message>
    <message>
      <source>medical needs (emergency sheet)</source>
      <translation>醫療需求（緊急聯絡單）</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>中</translation>
    </message>
    <message>
      <source>member of</source>
      <translation>成員</translation>
    </message>
    <message>
      <source>monitored</source>
      <translation>受監控</translation>
    </message>
    <message>
      <source>monitoring</source>
      <translation>追蹤中</translation>
    </message>
    <message>
      <source>name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>name in Han characters</source>
      <translation>漢字姓名</translation>
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
      <translation>維吾爾文姓名（阿拉伯字母）</translation>
    </message>
    <message>
      <source>name in pinyin</source>
      <translation>拼音姓名</translation>
    </message>
    <message>
      <source>nationality</source>
      <translation>國籍</translation>
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
      <translation>備註</translation>
    </message>
    <message>
      <source>occupation</source>
      <translation>職業</translation>
    </message>
    <message>
      <source>official</source>
      <translation>官員</translation>
    </message>
    <message>
      <source>online handle</source>
      <translation>網名</translation>
    </message>
    <message>
      <source>open</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>organisation</source>
      <translation>機構</translation>
    </message>
    <message>
      <source>other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>partner organisations alerted</source>
      <translation>已通知合作機構</translation>
    </message>
    <message>
      <source>phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>place detained</source>
      <translation>拘留地點</translation>
    </message>
    <message>
      <source>places</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>計畫中</translation>
    </message>
    <message>
      <source>political re-education camp</source>
      <translation>政治「再教育」營</translation>
    </message>
    <message>
      <source>possibly true</source>
      <translation>可能屬實</translation>
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
      <translation>很可能屬實</translation>
    </message>
    <message>
      <source>prosecution</source>
      <translation>起訴</translation>
    </message>
    <message>
      <source>psychiatric confinement</source>
      <translation>強制精神病收治</translation>
    </message>
    <message>
      <source>public advocacy</source>
      <translation>公開倡導</translation>
    </message>
    <message>
      <source>public statement</source>
      <translation>公開聲明</translation>
    </message>
    <message>
      <source>released</source>
      <translation>獲釋</translation>
    </message>
    <message>
      <source>reliability cannot be judged</source>
      <translation>可靠性無法判斷</translation>
    </message>
    <message>
      <source>religious community</source>
      <translation>宗教團體</translation>
    </message>
    <message>
      <source>religious leader</source>
      <translation>宗教領袖</translation>
    </message>
    <message>
      <source>reprisal against family</source>
      <translation>對家屬的報復</translation>
    </message>
    <message>
      <source>residential surveillance at a designated location</source>
      <translation>指定居所監視居住</translation>
    </message>
    <message>
      <source>risk level</source>
      <translation>風險等級</translation>
    </message>
    <message>
      <source>roles</source>
      <translation>身分</translation>
    </message>
    <message>
      <source>romanised</source>
      <translation>拉丁轉寫</translation>
    </message>
    <message>
      <source>safe</source>
      <translation>安全</translation>
    </message>
    <message>
      <source>scholar</source>
      <translation>學者</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>已傳送</translation>
    </message>
    <message>
      <source>sentenced</source>
      <translation>被判刑</translation>
    </message>
    <message>
      <source>sex</source>
      <translation>性別</translation>
    </message>
    <message>
      <source>status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>surveillance</source>
      <translation>監控</translation>
    </message>
    <message>
      <source>sympathetic governments alerted</source>
      <translation>已通知友好國家政府</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>標籤</translation>
    </message>
    <message>
      <source>transferred</source>
      <translation>被轉移</translation>
    </message>
    <message>
      <source>transnational repression</source>
      <translation>跨國鎮壓</translation>
    </message>
    <message>
      <source>travel ban</source>
      <translation>出境限制</translation>
    </message>
    <message>
      <source>truth cannot be judged</source>
      <translation>真實性無法判斷</translation>
    </message>
    <message>
      <source>unconfirmed</source>
      <translation>未證實</translation>
    </message>
    <message>
      <source>university</source>
      <translation>大學</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不詳</translation>
    </message>
    <message>
      <source>unreliable</source>
      <translation>不可靠</translation>
    </message>
    <message>
      <source>urgent</source>
      <translation>緊急</translation>
    </message>
    <message>
      <source>urgent appeal to UN Special Procedures</source>
      <translation>向聯合國特別程序發出緊急呼籲</translation>
    </message>
    <message>
      <source>usually reliable</source>
      <translation>通常可靠</translation>
    </message>
    <message>
      <source>who to call (emergency sheet)</source>
      <translation>緊急聯絡人（緊急聯絡單）</translation>
    </message>
    <message>
      <source>witness</source>
      <translation>證人</translation>
    </message>
  </context>
  <context>
    <name>wipe</name>
    <message>
      <location filename="../../ui/safety/wipe.py" line="134" />
      <source>The vault “%1” is gone: its keys were destroyed and its files removed. Neither the passphrase nor the recovery key can open it again.</source>
      <translation>保險庫「%1」已不復存在：其金鑰已被銷毀，檔案已被刪除。密碼片語和復原金鑰都無法再開啟它。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="137" />
      <source>The OS keyring refused to delete its device secret; it is useless now, but you may remove it by hand.</source>
      <translation>作業系統金鑰圈拒絕刪除其裝置金鑰；該金鑰現已無用，但您可以手動刪除它。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="141" />
      <source>Files not made by Casebook were left in its folder: %1.</source>
      <translation>保險庫資料夾中留有不是由 Casebook 建立的檔案：%1。</translation>
    </message>
    <message>
      <location filename="../../ui/safety/wipe.py" line="152" />
      <source>Vault wiped</source>
      <translation>保險庫已抹除</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Passphrase-only mode: no OS keyring is used, so the passphrase alone opens this vault. Choose a long passphrase.</source>
      <translation>僅密碼片語模式：不使用作業系統金鑰圈，因此僅憑密碼片語即可開啟此保險庫。請選擇較長的密碼片語。</translation>
    </message>
    <message>
      <source>The consent on record does not cover a submission to the UN, which names the person to the Government and in a public report; record consent for public advocacy from the person or their family, or override only if they agreed to this submission.</source>
      <translation>記錄中的同意範圍不涵蓋向聯合國提交來文：來文會向該國政府並在公開報告中點名當事人。請記錄當事人或其家屬對公開倡導的同意；只有在他們同意此次來文時才可強制產生。</translation>
    </message>
    <message>
      <source>The consent on record does not cover sharing with partners; record the person's consent for listed partners, or override only if they agreed to this summary.</source>
      <translation>記錄中的同意範圍不涵蓋與合作夥伴共享：請記錄當事人對列明合作夥伴的同意；只有在其同意此摘要時才可強制產生。</translation>
    </message>
    <message>
      <source>The device secret is kept in the OS keyring (%1): this vault opens only on this machine with the passphrase, or anywhere with the recovery key.</source>
      <translation>裝置金鑰儲存在作業系統金鑰圈（%1）中：此保險庫只能在本機憑密碼片語開啟，或在任何電腦上憑復原金鑰開啟。</translation>
    </message>
  </context>
</TS>