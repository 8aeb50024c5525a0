"""Run the desktop app on a real X display and save screenshots of its main screens.

Started by tests/ui/test_screenshots.py as `python -m helpers.screenshots OUT_DIR`
with DISPLAY pointing at an Xvfb it started. Uses an in-memory keyring, settings in
a temporary folder, and a vault of synthetic records: a few written here, the rest from app.demo.
"""

import datetime as dt
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import keyring
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.records.change import Change
from app.session import Action, Session
from helpers.memory_keyring import MemoryKeyring
from helpers.sheets import csv_bytes
from ui import settings
from ui.application import Casebook, make_application
from ui.main.detained_page import DetainedPage
from ui.main.settings_dialog import SettingsDialog
from ui.main.window import MainWindow
from ui.reports.dialog import ReportDialog
from ui.reports.pdf import html_to_pdf
from ui.translations import install

PASSPHRASE = "plum blossom river lantern"


def wait_for(condition: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    waited = 0
    while not condition():
        QTest.qWait(50)
        waited += 50
        if waited > timeout_ms:
            raise TimeoutError("the window did not get there in time")


def show_detained(window: MainWindow) -> None:
    """Detained now, once its list (read on the pool) is in, the first person chosen."""
    window.section_list.setCurrentRow(2)
    page = window.pages[2]
    assert isinstance(page, DetainedPage)
    wait_for(lambda: not page.model.loading() and page.model.rowCount() > 0)
    page.focus_list()


def save(widget: QWidget, out: Path, name: str) -> None:
    QTest.qWait(300)
    QApplication.processEvents()
    if not widget.grab().save(str(out / f"{name}.png")):
        raise OSError(f"could not save {name}.png")


IDS = {key: f"0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a{60 + n}"
       for n, key in enumerate(("teng", "memet", "tashi", "case1", "case2", "org", "lu", "case3"))}


def sample_records(session: Session) -> None:
    """A few synthetic defenders in several scripts, their cases and events (one held 33 days: four days to the 37th)."""
    ids = IDS
    taken = dt.date.today() - dt.timedelta(days=33)
    session.apply([
        Change("person", {"names": ["柯德华", "Kē Déhuá", {"value": "kdh_law", "kind": "online"}], "roles": ["lawyer"],
                          "risk": "high", "places": ["Beijing"], "consent": {"given_on": "2023-05", "scope": "listed partners"},
                          "channels": [{"type": "signal", "value": "+852 5555 0101", "safety": "safe"},
                                       {"type": "wechat", "value": "kdh_1980", "safety": "do not use",
                                        "note": "account taken over in 2015"}],
                          "emergency": {"who_to_call": "his wife, via Signal", "lawyer": "Lawyer Chen (Beijing)",
                                        "medical_needs": "hypertension medication daily",
                                        "prior_instructions": "go public after 48 hours without news"}}, id=ids["teng"]),
        Change("person", {"names": [{"value": "مەمەتجان ئابلىز", "script": "Arab"}, "Memetjan Abliz", "Maimaitijiang Abulizi"],
                          "roles": ["community leader"], "places": ["Kashgar"]}, id=ids["memet"]),
        Change("person", {"names": ["བཀྲ་ཤིས་དོན་གྲུབ", "Tashi Dhondup"], "roles": ["religious leader"]}, id=ids["tashi"]),
        Change("person", {"names": ["吕志", "Lü Zhi"], "roles": ["journalist"]}, id=ids["lu"]),
        Change("case", {"title": "Detention of Lü Zhi", "type": "detention", "status": "open", "location": "Guangzhou",
                        "people": [{"person": ids["lu"], "role": "defender"}]}, id=ids["case3"]),
        Change("event", {"case": ids["case3"], "date": taken.isoformat(), "type": "detained", "place": "Guangzhou",
                         "detention": {"kind": "criminal", "facility": "Guangzhou No. 3 Detention Centre", "lawyer_access": "denied"}}),
        Change("person", {"names": ["歐陽美玲", "Auyeung Mei-ling", "Emily Auyeung"], "roles": ["activist"], "places": ["Hong Kong"]}),
        Change("organisation", {"names": ["Rights Defence Lawyers Network"], "type": "ngo"}, id=ids["org"]),
        Change("case", {"title": "Detention of Ke Dehua (2024)", "type": "detention", "status": "open",
                        "people": [{"person": ids["teng"], "role": "defender"}], "location": "Beijing",
                        "charges": [{"charge": "inciting subversion of state power", "article": "Criminal Law art. 105(2)"}],
                        "checklist": [{"item": "family_told", "done": True, "date": "2024-02-01"}]}, id=ids["case1"]),
        Change("event", {"case": ids["case1"], "date": "2024-01-31", "type": "detained", "place": "Beijing",
                         "detention": {"kind": "rsdl", "facility": "a designated location, Changping", "lawyer_access": "denied",
                                       "whereabouts_known": True}}),
        Change("event", {"case": ids["case1"], "date": (dt.date.today() + dt.timedelta(days=19)).isoformat(), "type": "hearing"}),
        Change("case", {"title": "Disappearance of Memetjan Abliz", "type": "enforced_disappearance", "status": "open",
                        "people": [{"person": ids["memet"], "role": "defender"}]}, id=ids["case2"]),
        Change("event", {"case": ids["case2"], "date": "~2023-11", "type": "disappeared", "place": "Kashgar"}),
    ])


def reports(session: Session, window: QWidget, out: Path) -> None:
    """The Draft report dialog after a knowing consent override, and the first page of a WGEID draft as PDF.

    The PDF has Chinese headings and the Uyghur name in its own script, so the
    page shows Han and right-to-left Arabic script shaped (pdftoppm draws it).
    """
    dialog = ReportDialog(session, IDS["case1"], "wgad", window)
    dialog.resize(820, 760)
    dialog.show()
    wait_for(lambda: not dialog.busy())
    dialog.override.setChecked(True)  # his consent covers partners, not the UN: the caseworker confirms the family agreed
    wait_for(lambda: not dialog.busy() and dialog.report is not None)
    save(dialog, out, "12-draft-report")
    dialog.close()
    report = session.make_report("wgeid", IDS["case2"], lang="zh", override_consent=True)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", "-", str(out / "13-report-pdf")],
                   input=session.render_report(report, "pdf", html_to_pdf), check=True)


CASELOAD = [
    ["姓名", "Name (Latin)", "别名", "性别", "出生日期", "拘留日期", "拘留类型", "羁押场所", "罪名", "备注"],
    ["مەمەتجان ئابلىز", "Mamatjan Abliz", "Maimaitijiang Abulizi", "男", "1975", "2017年8月1日", "再教育营", "Kashgar camp No. 3",
     "", "Family abroad has had no news since 2017."],
    ["བཀྲ་ཤིས་དོན་གྲུབ", "Tashi Dhondup", "扎西顿珠", "男", "1968-04", "2024/2/12", "刑拘", "Lhasa Detention Centre",
     "分裂国家罪", "Singer; songs circulated on WeChat."],
    ["柯德華", "Ke Dehua", "", "男", "~1980", "", "", "", "", "Lawyer; licence revoked in 2016."],
    ["歐陽美玲", "Auyeung Mei-ling", "Emily Auyeung", "女", "1991-03-14", "2021年1月6日", "", "Lai Chi Kok Reception Centre",
     "颠覆国家政权罪", ""],
    ["王芳", "Wang Fang", "", "女", "1990-13-01", "2023-05", "指居", "", "寻衅滋事罪", "Labour activist, Shenzhen."],
    ["吕志", "Lü Zhi", "Lv Zhi", "男", "", "2022年11月", "行政拘留", "Chaoyang Detention Centre", "寻衅滋事罪", ""],
    ["古丽娜尔·吐尔逊", "Gulnar Tursun", "گۈلنار تۇرسۇن", "X", "1984", "", "", "", "", "Teacher, Urumqi."],
    ["陈思远", "Chen Siyuan", "", "男", "1979/7/2", "", "", "", "", "Blogger."],
    ["Lü Zhi", "", "", "男", "", "", "", "", "", "Same man as row 7?"],
]


def import_screens(window: MainWindow, work: Path, out: Path) -> None:
    """The import wizard's mapping and preview pages on a mixed-script caseload with errors and duplicates."""
    sheet = work / "caseload 2024.csv"
    sheet.write_bytes(csv_bytes(CASELOAD, bom=True))
    wizard = window.open_import()
    wizard.file_page.path.setText(str(sheet))
    wizard.file_page.read()
    wait_for(wizard.file_page.isComplete)
    wizard.next()
    wait_for(wizard.mapping_page.isComplete)
    wizard.mapping_page.table.resizeRowsToContents()
    wizard.mapping_page.save_name.setText("Monthly caseload")
    save(wizard, out, "14-import-mapping")
    wizard.next()
    wait_for(lambda: wizard.state.preview is not None)
    duplicates = wizard.preview_page.duplicates
    duplicates.decide_all(Action.FILL)
    last = duplicates.rowCount() - 1
    duplicates.decisions.pop(duplicates.row_at(last).row.number)  # one left to decide, as the user sees it midway
    duplicates.decisionsChanged.emit()
    wait_for(lambda: wizard.state.preview is not None)
    save(wizard, out, "15-import-preview")
    wizard.close()


def translated_main_window(session: Session, language: str, out: Path) -> None:
    """The main window on Detained now in another language, for the README (16-main-LANG.png)."""
    settings.put(settings.LANGUAGE, language)
    app = QApplication.instance()
    assert app is not None
    translators = install(app)
    window = MainWindow(session)
    window.resize(1280, 760)
    window.show()
    show_detained(window)
    save(window, out, f"16-main-{language}")
    window.close()
    for translator in translators:
        app.removeTranslator(translator)
    settings.put(settings.LANGUAGE, "")


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
             QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#272727",
             QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
             QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d6fa5",
             QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#8c8c8c",
             QPalette.ColorRole.Mid: "#555555", QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.LinkVisited: "#c58af9",
             QPalette.ColorRole.ToolTipBase: "#353535", QPalette.ColorRole.ToolTipText: "#e6e6e6"}
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    work = Path(tempfile.mkdtemp(prefix="casebook-shots-"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "settings"))
    settings.put(settings.KDF_SECONDS, 0.25)
    make_application()
    casebook = Casebook(None)
    start = casebook.start
    start.resize(640, 620)
    casebook.show()
    save(start, out, "01-welcome")
    start.show_create()
    create = start.create_page
    create.location.setText(str(work / "Casebook.casebook"))
    create.pair.first.setText(PASSPHRASE)
    create.pair.second.setText(PASSPHRASE)
    wait_for(lambda: create.params is not None)
    save(start, out, "02-create-vault")
    create.create_vault()
    wait_for(lambda: start.stack.currentWidget() is start.recovery_key)
    save(start, out, "03-recovery-key")
    start.recovery_key.kept.setChecked(True)
    start.recovery_key.button.click()
    assert casebook.session is not None and casebook.main is not None
    sample_records(casebook.session)
    casebook.session.fill_with_demo(150, seed=1)
    casebook.lock()
    start.unlock_page.passphrase.setText("wrong passphrase")
    start.unlock_page.unlock()
    wait_for(start.unlock_page.error.isVisible)
    save(start, out, "04-unlock-wrong-passphrase")
    start.unlock_page.passphrase.setText(PASSPHRASE)
    start.unlock_page.unlock()
    wait_for(lambda: casebook.main is not None)
    window = casebook.main
    assert window is not None
    window.resize(1280, 760)
    window.section_list.setCurrentRow(0)
    window.pages[0].focus_list()  # type: ignore[attr-defined]
    save(window, out, "05-people")
    window.search.setText("teng")
    window.search.setText("ke de")
    window._open_first_result()
    wait_for(lambda: window.results.current() and window.results_view.currentIndex().isValid())
    save(window, out, "06-search")
    window.search.clear()
    show_detained(window)
    save(window, out, "07-detained-now")
    window.section_list.setCurrentRow(5)
    save(window, out, "08-activity")
    window.section_list.setCurrentRow(4)
    save(window, out, "11-colleagues")
    dialog = SettingsDialog(casebook.session, window)  # type: ignore[arg-type]
    dialog.show()
    save(dialog, out, "09-settings")
    dialog.close()
    reports(casebook.session, window, out)
    import_screens(window, work, out)
    translated_main_window(casebook.session, "zh_CN", out)  # type: ignore[arg-type]
    QApplication.setPalette(dark_palette())  # what a dark desktop theme hands Qt (bare Xvfb has none)
    dark = MainWindow(casebook.session)  # type: ignore[arg-type]
    dark.resize(1280, 760)
    dark.show()
    show_detained(dark)
    save(dark, out, "10-detained-now-dark")
    dark.close()
    casebook.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
