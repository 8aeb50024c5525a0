"""The pseudo-locale (CASEBOOK_LANG=pseudo): every string longer, accented and bracketed, and no window
cuts a text off or grows past a laptop screen with it."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.session import Session
from app.vault.vault import Created
from helpers.app_windows import every_window
from helpers.cut_off import cut_off
from helpers.screen_texts import screen_texts
from ui.pseudo import pseudo
from ui.translations import install

pytestmark = pytest.mark.gui


def test_pseudo_strings_are_longer_accented_and_keep_what_code_needs() -> None:
    assert pseudo("&Vault") .startswith("[&Váûlt")
    longer = pseudo("Type the passphrase first.")
    assert longer.startswith("[") and longer.endswith("]") and "Týpé thé páššphrášé fîršt." in longer
    assert len(longer) >= 1.4 * len("Type the passphrase first.")
    assert "%1" in pseudo("Vault: %1") and "%n" in pseudo("%n record(s)", 2) and "réçördš" in pseudo("%n record(s)", 2)
    assert "réçörd " in pseudo("%n record(s)", 1)
    assert pseudo("Casebook bundles (*.casebundle);;All files (*)").endswith("(*.casebundle);;Åll fîléš (*)")
    assert pseudo("<b>What to do</b>").startswith("<b>Whát tö dö</b>")


@pytest.fixture
def pseudo_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CASEBOOK_LANG", "pseudo")
    app = QApplication.instance()
    assert app is not None
    translators = install(app)
    yield
    for translator in translators:
        app.removeTranslator(translator)


def test_casebook_lang_pseudo_translates_every_string(qtbot: QtBot, pseudo_locale: None) -> None:
    assert QCoreApplication.translate("MainWindow", "&Lock now") == pseudo("&Lock now")
    assert QCoreApplication.translate("ListPage", "%n record(s)", "", 3) == pseudo("3 records")


def test_no_window_cuts_a_text_off_in_the_pseudo_locale(qtbot: QtBot, session: Session, created: Created, tmp_path: Path,
                                                        pseudo_locale: None) -> None:
    broken = []
    for what, window in every_window(session, created, tmp_path):
        window.resize(window.size().expandedTo(window.minimumSizeHint()))
        qtbot.wait(10)
        assert any(text.startswith("[") for _, text in screen_texts(window)), what
        broken += [f"{what}: {problem}" for problem in cut_off(window)]
    assert not broken, "cut off in the pseudo-locale:\n" + "\n".join(broken)
