"""The start window keeps a vault's folder only when asked, forgets it on a wipe, and applies the one passphrase rule."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.errors import BadInput
from app.session import MIN_KDF_SECONDS, check_new_passphrase, create_vault
from helpers.secrets import TEST_PASSPHRASE, fast_params
from ui import settings
from ui.application import Casebook
from ui.start.passphrase import PassphrasePair

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


def settings_bytes(folder: Path) -> bytes:
    """What the real QSettings wrote to disk under the test's own config folder."""
    settings.store().sync()
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def unlock_in_window(qtbot: QtBot, casebook: Casebook, *, remember: bool) -> None:
    page = casebook.start.unlock_page
    page.remember.setChecked(remember)
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, TEST_PASSPHRASE)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: casebook.session is not None, timeout=WAIT_MS)


def window(qtbot: QtBot, path: Path | None) -> Casebook:
    casebook = Casebook(str(path) if path else None)
    qtbot.addWidget(casebook.start)
    casebook.show()
    return casebook


def new_vault(path: Path) -> Path:
    create_vault(path, TEST_PASSPHRASE, params=fast_params()).session.lock()
    return path


def test_an_unlocked_vault_leaves_no_folder_in_the_settings_unless_remembered(qtbot: QtBot, tmp_path: Path,
                                                                              fresh_settings: Path) -> None:
    path = new_vault(tmp_path / "hidden-place.casebook")
    casebook = window(qtbot, path)
    assert not casebook.start.unlock_page.remember.isChecked(), "off unless the user ticks it"
    unlock_in_window(qtbot, casebook, remember=False)
    casebook.lock()
    assert b"hidden-place" not in settings_bytes(fresh_settings)

    unlock_in_window(qtbot, casebook, remember=True)
    casebook.lock()
    assert b"hidden-place" in settings_bytes(fresh_settings)
    assert casebook.start.unlock_page.remember.isChecked(), "the box shows the folder is remembered"
    unlock_in_window(qtbot, casebook, remember=False)
    casebook.shutdown()
    assert b"hidden-place" not in settings_bytes(fresh_settings), "unticking forgets it"


def test_the_folder_an_older_casebook_kept_without_asking_is_removed(qtbot: QtBot, tmp_path: Path,
                                                                     fresh_settings: Path) -> None:
    path = new_vault(tmp_path / "old-habit.casebook")
    store = QSettings("Casebook", "Casebook")
    store.setValue(settings.UNASKED_VAULT_KEY, str(path))
    store.sync()
    casebook = window(qtbot, None)
    assert casebook.start.stack.currentWidget() is casebook.start.welcome
    assert b"old-habit" not in settings_bytes(fresh_settings)


def test_a_wipe_forgets_the_remembered_folder(qtbot: QtBot, tmp_path: Path, fresh_settings: Path) -> None:
    path = new_vault(tmp_path / "to-wipe.casebook")
    casebook = window(qtbot, path)
    unlock_in_window(qtbot, casebook, remember=True)
    assert b"to-wipe" in settings_bytes(fresh_settings)
    casebook.wipe()
    assert not path.exists()
    assert b"to-wipe" not in settings_bytes(fresh_settings)
    assert settings.REMEMBERED_VAULT.key not in settings.store().allKeys()


@pytest.mark.parametrize("text", ["x", "short1", "password1", "aaaaaaaaaaaa", "qwertyuiop", "Teng Biao 1",
                                  "correct horse battery staple", "plum blossom river lantern"])
def test_the_window_accepts_exactly_what_the_command_line_accepts(qtbot: QtBot, text: str) -> None:
    pair = PassphrasePair()
    qtbot.addWidget(pair)
    qtbot.keyClicks(pair.first, text)
    qtbot.keyClicks(pair.second, text)
    try:
        check_new_passphrase(text)
        rule_accepts = True
    except BadInput:
        rule_accepts = False
    assert pair.acceptable() == rule_accepts
    assert rule_accepts == (text in ("Teng Biao 1", "correct horse battery staple", "plum blossom river lantern"))


def test_the_desktop_key_derivation_setting_has_the_command_line_floor() -> None:
    settings.put(settings.KDF_SECONDS, 0.05)
    assert settings.get(settings.KDF_SECONDS) == settings.KDF_SECONDS.default
    settings.put(settings.KDF_SECONDS, MIN_KDF_SECONDS)
    assert settings.get(settings.KDF_SECONDS) == MIN_KDF_SECONDS == 0.5
