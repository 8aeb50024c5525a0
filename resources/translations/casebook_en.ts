<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>DetainedPage</name>
    <message numerus="yes">
      <location filename="../../ui/main/detained_page.py" line="64" />
      <source>%n person(s) deprived of liberty</source>
      <translation>
        <numerusform>%n person deprived of liberty</numerusform>
        <numerusform>%n persons deprived of liberty</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
      <location filename="../../ui/importing/duplicates_dialog.py" line="113" />
      <source>%n pair(s) of people may each be one person. Choose a pair to open or merge them.</source>
      <translation>
        <numerusform>%n pair of people may each be one person. Choose a pair to open or merge them.</numerusform>
        <numerusform>%n pairs of people may each be one person. Choose a pair to open or merge them.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message numerus="yes">
      <location filename="../../ui/importing/file_page.py" line="80" />
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n row</numerusform>
        <numerusform>%n rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/file_page.py" line="81" />
      <source>%n column(s)</source>
      <translation>
        <numerusform>%n column</numerusform>
        <numerusform>%n columns</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message numerus="yes">
      <location filename="../../ui/main/list_page.py" line="98" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n record</numerusform>
        <numerusform>%n records</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LogPage</name>
    <message numerus="yes">
      <location filename="../../ui/safety/log_view.py" line="131" />
      <source>The log is whole: no entry was removed, moved or altered (%n checked).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="../../ui/main/window.py" line="71" />
      <source>%n failed attempt(s) to unlock this vault since it was last opened; the times are in the activity log.</source>
      <translation>
        <numerusform>%n failed attempt to unlock this vault since it was last opened; the times are in the activity log.</numerusform>
        <numerusform>%n failed attempts to unlock this vault since it was last opened; the times are in the activity log.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PassphrasePair</name>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="57" />
      <source>about %n minute(s)</source>
      <translation>
        <numerusform>about %n minute</numerusform>
        <numerusform>about %n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="59" />
      <source>about %n hour(s)</source>
      <translation>
        <numerusform>about %n hour</numerusform>
        <numerusform>about %n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="61" />
      <source>about %n day(s)</source>
      <translation>
        <numerusform>about %n day</numerusform>
        <numerusform>about %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/start/passphrase.py" line="63" />
      <source>about %n year(s)</source>
      <translation>
        <numerusform>about %n year</numerusform>
        <numerusform>about %n years</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="120" />
      <source>Reading %n row(s) and looking for people already in the vault…</source>
      <translation>
        <numerusform>Reading %n row and looking for people already in the vault…</numerusform>
        <numerusform>Reading %n rows and looking for people already in the vault…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="161" />
      <source>%n row(s) may be someone already there: decide about each below.</source>
      <translation>
        <numerusform>%n row may be someone already there: decide about each below.</numerusform>
        <numerusform>%n rows may be someone already there: decide about each below.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/importing/preview_page.py" line="180" />
      <source>Saved %n row(s) in error to %1: fix them there, then import that file.</source>
      <translation>
        <numerusform>Saved %n row in error to %1: fix them there, then import that file.</numerusform>
        <numerusform>Saved %n rows in error to %1: fix them there, then import that file.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportOutputs</name>
    <message numerus="yes">
      <location filename="../../ui/reports/outputs.py" line="86" />
      <source>Copied as plain text; the clipboard is cleared in %n second(s).</source>
      <translation>
        <numerusform>Copied as plain text; the clipboard is cleared in %n second.</numerusform>
        <numerusform>Copied as plain text; the clipboard is cleared in %n seconds.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SafetyDialog</name>
    <message numerus="yes">
      <location filename="../../ui/safety/settings_dialog.py" line="264" />
      <source>The vault will be wiped after %n failed unlock attempt(s) in a row.</source>
      <translation>
        <numerusform>The vault will be wiped after %n failed unlock attempt in a row.</numerusform>
        <numerusform>The vault will be wiped after %n failed unlock attempts in a row.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WipeDialog</name>
    <message numerus="yes">
      <location filename="../../ui/safety/wipe.py" line="107" />
      <source>Wiping in %n second(s). Press Esc or Cancel to stop.</source>
      <translation>
        <numerusform>Wiping in %n second. Press Esc or Cancel to stop.</numerusform>
        <numerusform>Wiping in %n seconds. Press Esc or Cancel to stop.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>marks</name>
    <message numerus="yes">
      <location filename="../../ui/labels.py" line="75" />
      <source>passed %n day(s) ago</source>
      <translation>
        <numerusform>passed %n day ago</numerusform>
        <numerusform>passed %n days ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/labels.py" line="78" />
      <source>%n day(s) left</source>
      <translation>
        <numerusform>%n day left</numerusform>
        <numerusform>%n days left</numerusform>
      </translation>
    </message>
  </context>
</TS>