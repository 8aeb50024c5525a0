"""Whole flows as a user drives them: create, find, edit, lock, unlock; a wrong passphrase; recovery."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.session import Session, create_vault, unlock
from helpers.secrets import TEST_PASSPHRASE, fast_params
from helpers.vaults import detained_defender
from ui import settings
from ui.application import Casebook
from ui.clipboard import clipboard, copy_secret, secret_mime_data
from ui.editors import EditorDialog
from ui.editors.fields import TextField
from ui.main.settings_dialog import SettingsDialog
from ui.main.window import MainWindow

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


def type_passphrase(qtbot: QtBot, casebook: Casebook, passphrase: str) -> None:
    page = casebook.start.unlock_page
    assert casebook.start.stack.currentWidget() is page
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)


def test_create_find_edit_lock_unlock(qtbot: QtBot, tmp_path: Path) -> None:
    casebook = Casebook(None)
    qtbot.addWidget(casebook.start)
    casebook.show()
    start = casebook.start
    assert start.stack.currentWidget() is start.welcome, "no vault known yet: the welcome page"
    start.welcome.createRequested.emit()
    create = start.create_page
    qtbot.waitUntil(lambda: create.params is not None, timeout=WAIT_MS)  # calibration ran in the background
    create.location.setText(str(tmp_path / "work.casebook"))
    qtbot.keyClicks(create.pair.first, TEST_PASSPHRASE)
    assert not create.button.isEnabled(), "the passphrase must be typed twice"
    qtbot.keyClicks(create.pair.second, TEST_PASSPHRASE)
    assert create.button.isEnabled()
    assert "strong" in create.pair.verdict.text()
    qtbot.mouseClick(create.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: start.stack.currentWidget() is start.recovery_key, timeout=WAIT_MS)

    key_page = start.recovery_key
    shown_key = key_page.key.text()
    assert len(shown_key.split("-")) == 8
    assert "keyring" in key_page.keyring_text.text()
    key_page.write_pdf(str(tmp_path / "key.pdf"))
    assert (tmp_path / "key.pdf").read_bytes().startswith(b"%PDF")
    assert not key_page.button.isEnabled(), "going on needs the user to confirm they kept the key"
    key_page.kept.setChecked(True)
    qtbot.mouseClick(key_page.button, Qt.MouseButton.LeftButton)
    main = casebook.main
    assert main is not None and casebook.session is not None and main.isVisible()
    assert key_page.key.text() == "", "the recovery key is not kept on screen"

    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = main.findChild(EditorDialog)
    assert editor is not None and editor.isVisible() and editor.kind == "person"
    editor.fields["names"].set_state([{"value": "柯德华", "script": "Hani", "kind": "primary"},
                                      {"value": "Ke Dehua", "script": "Latn", "kind": "romanised"}])
    assert editor.save()
    person = editor.saved_id
    assert person is not None
    main.section_list.setFocus()
    qtbot.keyClick(main, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert main.search.hasFocus()
    main.search.insert("德华")  # what an input method commits; QTest types ASCII only
    qtbot.waitUntil(lambda: main.results.rowCount() == 1)
    assert main.results.index(0, 0).data() == "柯德华 (Ke Dehua)"
    qtbot.keyClick(main.search, Qt.Key.Key_Return)
    assert main.results_view.current_id() == person

    qtbot.keyClick(main.results_view, Qt.Key.Key_Return)
    editor = next(e for e in main.findChildren(EditorDialog) if e.isVisible())
    assert editor.record_id == person
    notes = editor.fields["notes"]
    assert isinstance(notes, TextField)
    notes.text.setPlainText("moved to Chengdu in May")
    assert editor.save()
    copy_secret("+852 5555 0101")
    assert QGuiApplication.clipboard().text() == "+852 5555 0101"

    qtbot.keyClick(main.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert casebook.session is None and casebook.main is None
    assert start.isVisible() and start.stack.currentWidget() is start.unlock_page
    assert QGuiApplication.clipboard().text() == "", "locking clears a copied contact detail"
    qtbot.waitUntil(lambda: not main.isVisible())

    type_passphrase(qtbot, casebook, TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: casebook.session is not None, timeout=WAIT_MS)
    assert casebook.session is not None and casebook.main is not None
    assert casebook.session.record(person).fields["notes"] == "moved to Chengdu in May"
    qtbot.keyClicks(casebook.main.search, "ke dehua")
    qtbot.waitUntil(lambda: casebook.main is not None and casebook.main.results.rowCount() == 1)
    casebook.shutdown()


def test_wrong_passphrase_is_said_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "v.casebook"
    session = create_vault(path, TEST_PASSPHRASE, params=fast_params()).session
    session.set_count_unlocks(True)  # off by default; on, the next unlock tells of failed attempts
    session.lock()
    before = {name: (path / name).read_bytes() for name in ("keyslots.json", "vault.db")}
    casebook = Casebook(str(path))
    qtbot.addWidget(casebook.start)
    casebook.show()
    page = casebook.start.unlock_page
    type_passphrase(qtbot, casebook, "not the passphrase")
    assert not page.button.isEnabled(), "unlocking runs in the background; the window stays responsive"
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=WAIT_MS)
    assert "does not open this vault" in page.error.text()
    assert page.button.isEnabled() and page.passphrase.hasSelectedText()
    assert casebook.session is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)], "no dialog"
    assert {name: (path / name).read_bytes() for name in before} == before, "the vault itself is untouched"
    type_passphrase(qtbot, casebook, TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: casebook.session is not None, timeout=WAIT_MS)
    assert not page.error.isVisible()
    assert casebook.main is not None
    notices = [label.text() for label in casebook.main.findChildren(QLabel) if label.accessibleName() == "Notice"]
    assert len(notices) == 1 and notices[0].startswith("1 failed attempt"), "the user learns someone tried"
    casebook.shutdown()


def test_forgot_passphrase_recovers_with_the_recovery_key(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "v.casebook"
    created = create_vault(path, TEST_PASSPHRASE, params=fast_params())
    created.session.lock()
    casebook = Casebook(str(path))
    qtbot.addWidget(casebook.start)
    casebook.show()
    qtbot.mouseClick(casebook.start.unlock_page.forgot_button, Qt.MouseButton.LeftButton)
    recover = casebook.start.recover_page
    assert casebook.start.stack.currentWidget() is recover
    qtbot.keyClicks(recover.key, created.recovery_key.lower())
    qtbot.keyClicks(recover.pair.first, "a whole new river of stones")
    qtbot.keyClicks(recover.pair.second, "a whole new river of stones")
    qtbot.mouseClick(recover.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: casebook.session is not None, timeout=WAIT_MS)
    casebook.lock()
    type_passphrase(qtbot, casebook, "a whole new river of stones")
    qtbot.waitUntil(lambda: casebook.session is not None, timeout=WAIT_MS)
    casebook.shutdown()


def test_idle_time_locks_and_closes_every_window(qtbot: QtBot, session: Session) -> None:
    casebook = Casebook(str(session.path))
    qtbot.addWidget(casebook.start)
    casebook.unlocked(session)
    main = casebook.main
    assert isinstance(main, MainWindow)
    main.open_settings()
    main.new_record("person")
    editor = main.findChild(EditorDialog)
    assert editor is not None
    editor.fields["names"].set_state([{"value": "吕志", "script": "Hani", "kind": "primary"}])
    casebook.watcher.last_activity -= 60 * settings.get(settings.IDLE_LOCK_MINUTES) + 1
    casebook.watcher.check()
    assert casebook.session is None
    qtbot.waitUntil(lambda: not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not casebook.start])
    assert not session.is_open, "the database is closed"


def test_suspend_or_screen_lock_locks_the_vault(qtbot: QtBot, session: Session) -> None:
    casebook = Casebook(str(session.path))
    qtbot.addWidget(casebook.start)
    casebook.unlocked(session)
    casebook.desktop.screen_saver(False)
    assert casebook.session is session, "the screen saver ending changes nothing"
    casebook.desktop.going_to_sleep(True)
    assert casebook.session is None


def test_copied_details_are_marked_secret_and_cleared(qtbot: QtBot) -> None:
    data = secret_mime_data("+86 138 0000 0000")
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert any("ExcludeClipboardContentFromMonitorProcessing" in f for f in data.formats())
    assert any("CanIncludeInClipboardHistory" in f for f in data.formats())
    clipboard().copy("+86 138 0000 0000", seconds=0)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "")
    QGuiApplication.clipboard().setText("the user's own text")
    clipboard().copy("+86 138 0000 0000", seconds=60)
    QGuiApplication.clipboard().setText("copied later by the user")
    clipboard().clear()
    assert QGuiApplication.clipboard().text() == "copied later by the user", "only our own copy is wiped"


def test_settings_hold_nothing_personal(qtbot: QtBot, session: Session, fresh_settings: Path) -> None:
    detained_defender(session, ["柯德华", "Ke Dehua"])
    casebook = Casebook(str(session.path))
    qtbot.addWidget(casebook.start)
    casebook.unlocked(session)
    assert casebook.main is not None
    casebook.main.search.insert("柯德")
    qtbot.waitUntil(lambda: casebook.main is not None and casebook.main.results.rowCount() == 1)
    casebook.main.section_list.setCurrentRow(2)
    casebook.lock()
    stored = b"".join(p.read_bytes() for p in fresh_settings.rglob("*") if p.is_file())
    for personal in ("柯德", "Ke Dehua", "Wuhan"):
        assert personal.encode() not in stored
    known = {s.key for s in (settings.IDLE_LOCK_MINUTES, settings.CLIPBOARD_SECONDS, settings.LANGUAGE,
                             settings.KDF_SECONDS, settings.REMEMBERED_VAULT)}
    assert set(settings.store().allKeys()) <= known


def test_settings_recalibrate_key_derivation_after_checking_the_passphrase(qtbot: QtBot, session: Session) -> None:
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.idle.setValue(3)
    dialog.start_recalibration("not the passphrase")
    qtbot.waitUntil(lambda: dialog.recalibrate_button.isEnabled(), timeout=WAIT_MS)
    assert "does not open this vault" in dialog.status.text()
    dialog.start_recalibration(TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.recalibrate_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.status.text().startswith("Done")
    dialog.accept()
    assert settings.get(settings.IDLE_LOCK_MINUTES) == 3
    path = session.path
    session.lock()
    unlock(path, TEST_PASSPHRASE).lock()
