"""Shred and emergency wipe as a user does them in the desktop app."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.session import Session, unlock
from helpers.secrets import TEST_PASSPHRASE
from helpers.vaults import add, detained_defender
from ui import settings
from ui.application import Casebook
from ui.main.window import MainWindow
from ui.safety.wipe import WipeDialog

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


def window(qtbot: QtBot, session: Session) -> MainWindow:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.show()
    return main


def shred_box(main: MainWindow) -> QMessageBox:
    box = next(b for b in main.findChildren(QMessageBox) if b.isVisible() and b.objectName() != "shredRefused")
    return box


def test_shred_from_the_record_view_removes_it_everywhere(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    keep = add(session, "person", names=["Wang Quanzhang"])
    gone = add(session, "person", names=["Jiang Tianyong"])
    main = window(qtbot, session)
    people = main.page(0)
    assert people.model.rowCount() == 2  # type: ignore[attr-defined]
    main.record_view.show_record(gone)
    assert main.record_view.shred_button.isVisible()
    qtbot.mouseClick(main.record_view.shred_button, Qt.MouseButton.LeftButton)
    box = shred_box(main)
    text = box.text() + box.informativeText()
    assert "Jiang Tianyong" in text and "cannot be undone" in text and "attachments" in text
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel), "Enter alone does not shred"
    box.grab().save(str(tmp_path / "shred.png"))
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert session.find(gone) is not None, "Cancel keeps the record"

    main.record_view.shred()
    box = shred_box(main)
    qtbot.mouseClick(box.findChild(QPushButton, "shredButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.record_view.record is None, timeout=WAIT_MS)
    assert session.find(gone) is None
    assert main.record_view.record is None and not main.record_view.title.isVisible(), "the view is cleared"
    assert people.model.rowCount() == 1  # type: ignore[attr-defined]
    with qtbot.waitSignal(main.results.answered, timeout=WAIT_MS) as answered:
        main.search.setText("jiang")
        main._open_first_result()
    assert answered.args == ["jiang", 0], "gone from search"
    with qtbot.waitSignal(main.results.answered, timeout=WAIT_MS) as answered:
        main.search.setText("wang")
        main._open_first_result()
    assert answered.args == ["wang", 1] and session.find(keep) is not None
    qtbot.waitUntil(lambda: main.results_view.currentIndex().row() == 0)  # Enter went to the first result once it arrived
    assert [e.event for e in session.activity_log()][-1] == "shred"


def test_a_referenced_record_is_not_shredded_and_the_app_says_why(qtbot: QtBot, session: Session) -> None:
    person, _ = detained_defender(session, ["滕彪", "Teng Biao"])
    main = window(qtbot, session)
    main.record_view.show_record(person)
    main.record_view.shred()
    qtbot.mouseClick(shred_box(main).findChild(QPushButton, "shredButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.findChild(QMessageBox, "shredRefused") is not None, timeout=WAIT_MS)
    refused = main.findChild(QMessageBox, "shredRefused")
    assert refused is not None and refused.isVisible()
    assert "refer to this one" in refused.text() and "Nothing was shredded" in refused.text()
    assert session.find(person) is not None and main.record_view.record is not None
    assert main.record_view.isEnabled()


def open_wipe(qtbot: QtBot, casebook: Casebook) -> WipeDialog:
    main = casebook.main
    assert main is not None
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = main.findChild(WipeDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_wipe_needs_the_name_and_a_cancelled_countdown_keeps_the_vault(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    path = session.path
    casebook = Casebook(str(path))
    qtbot.addWidget(casebook.start)
    casebook.unlocked(session)
    dialog = open_wipe(qtbot, casebook)
    qtbot.keyClicks(dialog.name, "test")
    assert not dialog.wipe_button.isEnabled(), "a wrong name does not enable the wipe"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.counting()
    dialog.grab().save(str(tmp_path / "wipe-typing.png"))
    qtbot.keyClicks(dialog.name, ".casebook")
    assert dialog.name.text() == path.name and dialog.wipe_button.isEnabled()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.counting(), "Enter in the name field starts the countdown"
    assert dialog.countdown.isVisible() and "Esc" in dialog.countdown.text()
    dialog.grab().save(str(tmp_path / "wipe-countdown.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not dialog.counting()
    assert casebook.session is session and (path / "keyslots.json").exists(), "the vault is still there and open"
    assert session.activity_log()[-1].event == "wipe-cancelled"
    casebook.shutdown()
    unlock(path, TEST_PASSPHRASE).lock()


def test_a_completed_wipe_removes_the_vault_and_returns_to_the_start(qtbot: QtBot, session: Session) -> None:
    path = session.path
    detained_defender(session, ["许志永", "Xu Zhiyong"])
    settings.put(settings.REMEMBERED_VAULT, str(path))
    casebook = Casebook(str(path))
    qtbot.addWidget(casebook.start)
    casebook.unlocked(session)
    main = casebook.main
    assert main is not None
    main.record_view.edit()
    dialog = open_wipe(qtbot, casebook)
    dialog.name.setText(path.name)
    qtbot.mouseClick(dialog.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: casebook.session is None, timeout=WAIT_MS)
    assert not path.exists(), "the vault folder is gone"
    start = casebook.start
    assert start.isVisible() and start.stack.currentWidget() is start.welcome
    notice = start.welcome.findChild(QLabel, "wipedNotice")
    assert notice is not None and notice.isVisible() and "is gone" in notice.text()
    qtbot.waitUntil(lambda: not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not start])
    assert settings.REMEMBERED_VAULT.key not in settings.store().allKeys(), "the wiped vault's folder is forgotten"
    start.grab().save(str(path.parent / "wiped.png"))


def test_locking_during_the_countdown_does_not_wipe(qtbot: QtBot, session: Session) -> None:
    path = session.path
    casebook = Casebook(str(path))
    qtbot.addWidget(casebook.start)
    casebook.unlocked(session)
    dialog = open_wipe(qtbot, casebook)
    dialog.name.setText(path.name)
    dialog.start_countdown()
    casebook.lock()
    qtbot.wait((dialog.seconds + 1) * 1000)
    assert (path / "keyslots.json").exists()
    assert casebook.start.stack.currentWidget() is casebook.start.unlock_page
