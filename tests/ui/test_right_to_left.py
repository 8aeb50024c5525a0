"""Casebook in Uyghur: the whole window right to left, numbers and keys left to right, Latin names isolated,
Qt's own buttons in Uyghur, and a catalogue with every entry translated into Arabic script."""

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.session import Session
from helpers.vaults import add, detained_defender
from ui import settings
from ui.bidi import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE, RIGHT_TO_LEFT_MARK
from ui.colleagues.contact_dialogs import AddContactDialog
from ui.colleagues.page import ColleaguesPage
from ui.main.window import MainWindow
from ui.session_signals import SessionSignals
from ui.start.create import CreatePage
from ui.start.recover import RecoverPage
from ui.start.recovery_key import RecoveryKeyPage
from ui.start.unlock import UnlockPage
from ui.translations import install
from ui.widgets.record_view import RecordView

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations"
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
PLACEHOLDER = re.compile(r"%\d|%n|\{\w*\}")
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
# Names and file types a Uyghur interface shows as they are.
KEPT_AS_IS = {"%1 — Casebook", "%1: %2", "Casebook", "PDF (*.pdf)", "HTML (*.html)", "Signal", "Telegram", "WeChat"}
pytestmark = pytest.mark.gui


@contextmanager
def in_language(language: str) -> Iterator[QApplication]:
    settings.put(settings.LANGUAGE, language)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install(app)
    try:
        yield app
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        app.setLayoutDirection(LTR)


@pytest.fixture
def uyghur() -> Iterator[QApplication]:
    with in_language("ug") as app:
        yield app


def test_the_main_window_is_right_to_left_and_speaks_uyghur(qtbot: QtBot, session: Session, uyghur: QApplication) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.layoutDirection() == RTL and window.section_list.layoutDirection() == RTL
    titles = [window.section_list.item(i).text() for i in range(window.section_list.count())]
    assert titles[0] == "كىشىلەر" and titles[2] == "ھازىر تۇتقۇن قىلىنغانلار"
    assert window.menuBar().actions()[0].text() == "&ئامبار"


def test_numbers_keys_fingerprints_and_passphrases_stay_left_to_right(qtbot: QtBot, session: Session,
                                                                      uyghur: QApplication) -> None:
    person, _ = detained_defender(session, ["Ke Dehua"])
    signals = SessionSignals(session)
    view = RecordView(session, signals)
    qtbot.addWidget(view)
    view.show_record(person)
    phone = next(label for label in view.findChildren(QLabel) if label.text() == "+852 5555 0101")
    assert phone.layoutDirection() == LTR and phone.parentWidget().layoutDirection() == RTL
    colleagues = ColleaguesPage(session, signals)
    qtbot.addWidget(colleagues)
    assert colleagues.fingerprint.layoutDirection() == LTR and colleagues.identity_edit.layoutDirection() == LTR
    adding = AddContactDialog()
    qtbot.addWidget(adding)
    assert adding.fingerprint.layoutDirection() == LTR
    unlock, create, recover, recovery = UnlockPage(), CreatePage(), RecoverPage(), RecoveryKeyPage()
    for page in (unlock, create, recover, recovery):
        qtbot.addWidget(page)
        assert page.layoutDirection() == RTL
    secrets = [unlock.passphrase, create.pair.first, create.pair.second, recover.key, recovery.key, create.location]
    assert [w.layoutDirection() for w in secrets] == [LTR] * len(secrets)
    assert unlock.passphrase.echoMode() == QLineEdit.EchoMode.Password


def test_a_latin_name_in_uyghur_text_is_a_bidi_isolate(qtbot: QtBot, session: Session, uyghur: QApplication) -> None:
    add(session, "person", names=["Wang Quanzhang (王全璋)"])
    window = MainWindow(session)
    qtbot.addWidget(window)
    isolated = f"{RIGHT_TO_LEFT_MARK}{FIRST_STRONG_ISOLATE}{{}}{POP_DIRECTIONAL_ISOLATE}"
    assert window.windowTitle() == isolated.format(session.name) + " — Casebook"
    model = window.page(0).model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    names = [model.index(0, c).data() for c in range(model.columnCount())]
    assert isolated.format("Wang Quanzhang (王全璋)") in names
    assert "Wang Quanzhang (王全璋)" in [model.index(0, c).data(Qt.ItemDataRole.AccessibleTextRole)
                                        for c in range(model.columnCount())], "screen readers get the name alone"


def test_a_left_to_right_interface_shows_names_as_typed(qtbot: QtBot, session: Session) -> None:
    with in_language("en"):
        window = MainWindow(session)
        qtbot.addWidget(window)
        assert window.layoutDirection() == LTR and window.windowTitle() == f"{session.name} — Casebook"


def test_qt_dialog_buttons_and_menus_speak_uyghur(qtbot: QtBot, uyghur: QApplication) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert [box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
                                           QMessageBox.StandardButton.Cancel)] == ["&ھەئە", "&ياق", "بىكار قىلىش"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "ماقۇل"
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == "تاقاش"
    edit = QLineEdit("text")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert menu is not None
    assert any(action.text().startswith("كۆ&چۈرۈش") for action in menu.actions())
    assert QCoreApplication.translate("QWizard", "&Next >") == "&كېيىنكى >"


@pytest.mark.parametrize(("language", "ok"), [("zh_CN", "确定"), ("zh_TW", "確定")])
def test_chinese_uses_the_qt_dialog_strings_qt_ships(qtbot: QtBot, language: str, ok: str) -> None:
    with in_language(language) as app:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        qtbot.addWidget(buttons)
        assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == ok
        assert app.layoutDirection() == LTR


@pytest.mark.parametrize("catalogue", ["casebook_ug", "qtbase_ug"])
def test_every_uyghur_entry_is_translated_into_arabic_script(catalogue: str) -> None:
    root = ET.parse(CATALOGUES / f"{catalogue}.ts").getroot()  # noqa: S314 - our own catalogue
    problems = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            texts = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            where = f"{context.findtext('name')}: {source!r}"
            if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(texts):
                problems.append(f"{where} is {translation.get('type') or 'empty'}")
            for text in texts:
                if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                    problems.append(f"{where} loses or adds a placeholder: {text!r}")
                if ("&" in source.replace("&&", "")) != ("&" in text):
                    problems.append(f"{where} loses or adds its accelerator: {text!r}")
                if not ARABIC_SCRIPT.search(text) and source not in KEPT_AS_IS | {"QT_LAYOUT_DIRECTION"}:
                    problems.append(f"{where} is not in Arabic script: {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("catalogue", ["casebook_ug", "qtbase_ug"])
def test_the_compiled_uyghur_catalogue_matches_its_source(catalogue: str) -> None:
    compiled = QTranslator()
    assert compiled.load(str(CATALOGUES / f"{catalogue}.qm"))
    root = ET.parse(CATALOGUES / f"{catalogue}.ts").getroot()  # noqa: S314 - our own catalogue
    stale = [(context.findtext("name"), message.findtext("source")) for context in root.iter("context")
             for message in context.iter("message") if message.get("numerus") != "yes"
             and compiled.translate(context.findtext("name") or "", message.findtext("source") or "") != message.findtext("translation")]
    assert not stale, "run lrelease on resources/translations/" + catalogue + ".ts"
