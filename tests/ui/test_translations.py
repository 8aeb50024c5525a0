"""Every string goes through Qt's translation system; the catalogues are current and load."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.records import vocab
from app.session import Session
from ui import settings
from ui.main.window import MainWindow
from ui.translations import install

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
pytestmark = pytest.mark.gui


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()  # noqa: S314 - our own catalogue
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context") for m in c.iter("message")}


def test_chinese_catalogue_translates_the_main_window(qtbot: QtBot, session: Session) -> None:
    settings.put(settings.LANGUAGE, "zh_CN")
    app = QApplication.instance()
    assert app is not None
    translators = install(app)
    try:
        window = MainWindow(session)
        qtbot.addWidget(window)
        titles = [window.section_list.item(i).text() for i in range(window.section_list.count())]
        assert titles == ["人员", "案件", "目前被羁押", "机构", "同事", "活动"]
        assert QCoreApplication.translate("vocab", "residential surveillance at a designated location") == "指定居所监视居住"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_catalogues_hold_every_string_of_the_ui(tmp_path: Path) -> None:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    lupdate = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not on PATH")
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate, *files, "-ts", str(fresh)], check=True, capture_output=True)
    labels = {("vocab", label) for label in vocab.all_labels()}
    for language in ("zh_CN", "zh_TW", "ug"):
        catalogue = sources(CATALOGUES / f"casebook_{language}.ts")
        assert sources(fresh) <= catalogue, f"run packaging/update_translations.py ({language})"
        assert labels <= catalogue
        assert (CATALOGUES / f"casebook_{language}.qm").is_file()


def test_english_plurals_come_from_the_english_catalogue(qtbot: QtBot) -> None:
    settings.put(settings.LANGUAGE, "en")
    app = QApplication.instance()
    assert app is not None
    translators = install(app)
    try:
        assert QCoreApplication.translate("ListPage", "%n record(s)", "", 1) == "1 record"
        assert QCoreApplication.translate("ListPage", "%n record(s)", "", 100000) == "100000 records"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
