<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug">
  <context>
    <name>QGuiApplication</name>
    <message>
      <source>QT_LAYOUT_DIRECTION</source>
      <translation>RTL</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>ماقۇل</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>ساقلاش</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>ھەممىنى ساقلاش</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>ئېچىش</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;ھەئە</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>&amp;ھەممىگە ھەئە</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;ياق</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>ھەممىگە ي&amp;اق</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>توختىتىش</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>قايتا سىناش</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>پەرۋا قىلماسلىق</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>تاقاش</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>بىكار قىلىش</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>تاشلاش</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>ياردەم</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>ئىجرا قىلىش</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>ئەسلىگە قايتۇرۇش</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>كۆڭۈلدىكىگە قايتۇرۇش</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>ماقۇل</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>تەپسىلاتىنى كۆرسىتىش...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>تەپسىلاتىنى يوشۇرۇش...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Qt ھەققىدە</translation>
    </message>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Qt ھەققىدە&lt;/h3&gt;&lt;p&gt;بۇ پروگرامما Qt نىڭ %1 نەشرىنى ئىشلىتىدۇ.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>بىر قىممەت كىرگۈزۈڭ:</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;يېنىۋېلىش</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;قايتا قىلىش</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;كېسىش</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>كۆ&amp;چۈرۈش</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;چاپلاش</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>ھەممىنى تاللاش</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;يېنىۋېلىش</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;قايتا قىلىش</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;كېسىش</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>كۆ&amp;چۈرۈش</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;چاپلاش</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>ئۇلانما &amp;ئادرېسىنى كۆچۈرۈش</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>ھەممىنى تاللاش</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>ھەممىنى &amp;تاللاش</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;ئاشۇرۇش</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;كېمەيتىش</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Scroll here</source>
      <translation>بۇ يەرگە سىيرىش</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>سول گىرۋەك</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>ئۈستى</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>ئوڭ گىرۋەك</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>ئاستى</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>سولغا بىر بەت</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>يۇقىرىغا بىر بەت</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>ئوڭغا بىر بەت</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>تۆۋەنگە بىر بەت</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>سولغا سىيرىش</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>يۇقىرىغا سىيرىش</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>ئوڭغا سىيرىش</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>تۆۋەنگە سىيرىش</translation>
    </message>
  </context>
  <context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
      <source>Insert Unicode control character</source>
      <translation>Unicode كونترول ھەرپى قىستۇرۇش</translation>
    </message>
    <message>
      <source>LRM Left-to-right mark</source>
      <translation>LRM سولدىن ئوڭغا بەلگىسى</translation>
    </message>
    <message>
      <source>RLM Right-to-left mark</source>
      <translation>RLM ئوڭدىن سولغا بەلگىسى</translation>
    </message>
    <message>
      <source>ZWJ Zero width joiner</source>
      <translation>ZWJ نۆل كەڭلىكتىكى ئۇلىغۇچ</translation>
    </message>
    <message>
      <source>ZWNJ Zero width non-joiner</source>
      <translation>ZWNJ نۆل كەڭلىكتىكى ئۇلىماسلىق بەلگىسى</translation>
    </message>
    <message>
      <source>ZWSP Zero width space</source>
      <translation>ZWSP نۆل كەڭلىكتىكى بوشلۇق</translation>
    </message>
    <message>
      <source>LRE Start of left-to-right embedding</source>
      <translation>LRE سولدىن ئوڭغا سىڭدۈرۈشنىڭ بېشى</translation>
    </message>
    <message>
      <source>RLE Start of right-to-left embedding</source>
      <translation>RLE ئوڭدىن سولغا سىڭدۈرۈشنىڭ بېشى</translation>
    </message>
    <message>
      <source>LRO Start of left-to-right override</source>
      <translation>LRO سولدىن ئوڭغا قاپلاشنىڭ بېشى</translation>
    </message>
    <message>
      <source>RLO Start of right-to-left override</source>
      <translation>RLO ئوڭدىن سولغا قاپلاشنىڭ بېشى</translation>
    </message>
    <message>
      <source>PDF Pop directional formatting</source>
      <translation>PDF يۆنىلىش فورماتىنى ئاخىرلاشتۇرۇش</translation>
    </message>
    <message>
      <source>LRI Left-to-right isolate</source>
      <translation>LRI سولدىن ئوڭغا ئايرىش</translation>
    </message>
    <message>
      <source>RLI Right-to-left isolate</source>
      <translation>RLI ئوڭدىن سولغا ئايرىش</translation>
    </message>
    <message>
      <source>FSI First strong isolate</source>
      <translation>FSI بىرىنچى كۈچلۈك ھەرپ بويىچە ئايرىش</translation>
    </message>
    <message>
      <source>PDI Pop directional isolate</source>
      <translation>PDI يۆنىلىش ئايرىشنى ئاخىرلاشتۇرۇش</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>Go Back</source>
      <translation>قايتىش</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;قايتىش</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>داۋاملاشتۇرۇش</translation>
    </message>
    <message>
      <source>Commit</source>
      <translation>تاپشۇرۇش</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>&amp;كېيىنكى</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;كېيىنكى &gt;</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>تامام</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;تاماملاش</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>بىكار قىلىش</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>ياردەم</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;ياردەم</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>ئىسمى</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>چوڭلۇقى</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>تۈرى</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>تۈرى</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>ئۆزگەرتىلگەن ۋاقتى</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>كومپيۇتېرىم</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>كومپيۇتېر</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>ئىناۋەتسىز ھۆججەت ئىسمى</translation>
    </message>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;«%1» دېگەن ئىسىمنى ئىشلەتكىلى بولمايدۇ.&lt;/b&gt;&lt;p&gt;ھەرپى ئازراق ياكى تىنىش بەلگىسى يوق باشقا ئىسىم سىناپ بېقىڭ.</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
قىسقۇچ تېپىلمىدى.
قىسقۇچ ئىسمىنىڭ توغرا بېرىلگەنلىكىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
ھۆججەت تېپىلمىدى.
ھۆججەت ئىسمىنىڭ توغرا بېرىلگەنلىكىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 ھۆججىتى</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 ئاللىقاچان بار.
ئۇنىڭ ئورنىنى ئالماشتۇرامسىز؟</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;تاللاش</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;ئۆچۈرۈش</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;يېڭى قىسقۇچ</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;ئېچىش</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;ئىسمىنى ئۆزگەرتىش</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;ساقلاش</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>«%1» يېزىشتىن قوغدالغان.
يەنىلا ئۆچۈرەمسىز؟</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>باشقا نامى</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>«%1» نى راستتىنلا ئۆچۈرەمسىز؟</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>ئارقىغا</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>تەپسىلىي كۆرۈنۈشكە ئالماشتۇرۇش</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>تىزىملىك كۆرۈنۈشىگە ئالماشتۇرۇش</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>قىسقۇچنى ئۆچۈرگىلى بولمىدى.</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>يېڭى قىسقۇچ قۇرۇش</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>يېڭى قىسقۇچ قۇرۇش</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>تەپسىلىي كۆرۈنۈش</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>قىسقۇچلار</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>قىسقۇچ:</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>دىسكا</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ھۆججەت</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>ھۆججەت &amp;ئىسمى:</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>ھۆججەت قىسقۇچى</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>ھۆججەتلەر</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>ھۆججەت تۈرى:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>قىسقۇچ تېپىش</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>قىسقۇچ</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>ئالدىغا</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>ئارقىغا قايتىش</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>ئالدىغا مېڭىش</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>ئاتا قىسقۇچقا بېرىش</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>تىزىملىك كۆرۈنۈشى</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>ئورۇنلار ۋە خەتكۈچلەر تىزىملىكى</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>ئىزدەش ئورنى:</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>كومپيۇتېرىم</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>يېڭى قىسقۇچ</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>ئېچىش</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>ئاتا قىسقۇچ</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>يېقىنقى ئورۇنلار</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>چىقىرىۋېتىش</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>باشقا نامدا ساقلاش</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>تېزلەتمە</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>كۆرسىتىش </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>يوشۇرۇن ھۆججەتلەرنى &amp;كۆرسىتىش</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>يان بالداق</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>نامەلۇم</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>%1 already exists.
Do you want to overwrite it?</source>
      <translation>%1 ئاللىقاچان بار.
ئۇنى قاپلامسىز؟</translation>
    </message>
    <message>
      <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
      <translation>%1 توغرا گرامماتىكىغا ماس ئەمەس. دائىرە ۋە بەتلەرنى ئايرىشقا ',' نى، دائىرە بەلگىلەشكە '-' نى ئىشلىتىڭ ۋە دائىرىلەرنىڭ بىر-بىرىگە كېسىشمەسلىكىگە كاپالەتلىك قىلىڭ.</translation>
    </message>
    <message>
      <source>%1 is a directory.
Please choose a different file name.</source>
      <translation>%1 بىر قىسقۇچ.
باشقا ھۆججەت ئىسمى تاللاڭ.</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>&amp;تاللانمىلار &lt;&lt;</translation>
    </message>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>&amp;تاللانمىلار &gt;&gt;</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;بېسىش</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>بارلىق بەتلەر</translation>
    </message>
    <message>
      <source>Even Pages</source>
      <translation>جۈپ بەتلەر</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>تاق بەتلەر</translation>
    </message>
    <message>
      <source>Duplex Settings Conflicts</source>
      <translation>ئىككى يۈزلۈك بېسىش تەڭشىكىدە زىددىيەت</translation>
    </message>
    <message>
      <source>File %1 is not writable.
Please choose a different file name.</source>
      <translation>%1 ھۆججىتىگە يازغىلى بولمايدۇ.
باشقا ھۆججەت ئىسمى تاللاڭ.</translation>
    </message>
    <message>
      <source>Invalid Pages Definition</source>
      <translation>بەت بەلگىلىمىسى ئىناۋەتسىز</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>يەرلىك ھۆججەت</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>ماقۇل</translation>
    </message>
    <message>
      <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
      <translation>«ھەر ۋاراقتىكى بەت سانى» بىلەن «بەت توپلىمى» تاللانمىلىرىنى بىللە ئىشلەتكىلى بولمايدۇ.
ئۇلارنىڭ بىرىنى تاقاڭ.</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>بېسىش</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>ھۆججەتكە بېسىش ...</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>ھۆججەتكە بېسىش (PDF)</translation>
    </message>
    <message>
      <source>The 'From' value cannot be greater than the 'To' value.</source>
      <translation>«باشلىنىش» قىممىتى «ئاخىرلىشىش» قىممىتىدىن چوڭ بولسا بولمايدۇ.</translation>
    </message>
    <message>
      <source>There are conflicts in duplex settings. Do you want to fix them?</source>
      <translation>ئىككى يۈزلۈك بېسىش تەڭشىكىدە زىددىيەت بار. ئۇلارنى تۈزىتەمسىز؟</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>PDF ھۆججىتى يېزىش</translation>
    </message>
  </context>
</TS>