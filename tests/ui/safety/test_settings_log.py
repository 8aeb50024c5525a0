"""Safety settings (duress passphrase, wipe after failures, key rotation) and the vault log in the desktop app."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.session import Session, recover
from app.vault.vault import Vault
from helpers.secrets import TEST_PASSPHRASE
from helpers.vaults import add
from ui.application import Casebook
from ui.main.window import MainWindow
from ui.safety.activity_section import ActivitySection
from ui.safety.recovery_dialog import RecoveryKeyDialog
from ui.safety.settings_dialog import SafetyDialog

pytestmark = pytest.mark.gui
WAIT_MS = 30_000
DURESS = "the river is frozen this year"


def safety(qtbot: QtBot, main: MainWindow) -> SafetyDialog:
    main.open_safety()
    dialog = main.findChild(SafetyDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def finished(qtbot: QtBot, dialog: SafetyDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT_MS)


def test_duress_set_in_the_dialog_then_typed_at_unlock_wipes(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    path = session.path
    casebook = Casebook(str(path))
    qtbot.addWidget(casebook.start)
    casebook.unlocked(session)
    assert casebook.main is not None
    dialog = safety(qtbot, casebook.main)
    assert not dialog.wipe_after_on.isChecked() and not dialog.wipe_after_risks.isVisible(), "off by default"
    qtbot.keyClicks(dialog.duress, DURESS)
    assert not dialog.set_duress_button.isEnabled(), "typed twice"
    qtbot.keyClicks(dialog.duress_again, DURESS)
    assert dialog.set_duress_button.isEnabled()
    dialog.grab().save(str(tmp_path / "safety.png"))
    qtbot.mouseClick(dialog.set_duress_button, Qt.MouseButton.LeftButton)
    assert "passphrase first" in dialog.status.text() and dialog.task is None, "nothing changes without the passphrase"
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.set_duress_button, Qt.MouseButton.LeftButton)
    finished(qtbot, dialog)
    assert "does not open this vault" in dialog.status.text()
    dialog.passphrase.setText(TEST_PASSPHRASE)
    qtbot.mouseClick(dialog.set_duress_button, Qt.MouseButton.LeftButton)
    finished(qtbot, dialog)
    assert "duress passphrase is set" in dialog.status.text()
    assert dialog.duress.text() == "" and dialog.passphrase.text() == ""
    dialog.close()

    casebook.lock()
    page = casebook.start.unlock_page
    qtbot.keyClicks(page.passphrase, DURESS)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.error.isVisible, timeout=WAIT_MS)
    assert "does not open this vault" in page.error.text(), "it reads like any wrong passphrase"
    assert casebook.session is None and not path.exists(), "and the vault is wiped"


def test_wipe_after_shows_its_risks_where_it_is_switched_on(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    main = MainWindow(session)
    qtbot.addWidget(main)
    dialog = safety(qtbot, main)
    dialog.wipe_after_on.setChecked(True)
    dialog.wipe_after.setValue(4)
    assert dialog.wipe_after_risks.isVisible() and "4 wrong guesses" in dialog.wipe_after_risks.text()
    dialog.grab().save(str(tmp_path / "wipe-after.png"))
    dialog.passphrase.setText(TEST_PASSPHRASE)
    qtbot.mouseClick(dialog.apply_wipe_after, Qt.MouseButton.LeftButton)
    finished(qtbot, dialog)
    assert session.unlock_settings().wipe_after == 4 and "4 failed" in dialog.status.text()
    dialog.wipe_after_on.setChecked(False)
    dialog.passphrase.setText(TEST_PASSPHRASE)
    qtbot.mouseClick(dialog.apply_wipe_after, Qt.MouseButton.LeftButton)
    finished(qtbot, dialog)
    assert session.unlock_settings().wipe_after == 0 and "off" in dialog.status.text()
    assert not dialog.count_on.isChecked() and not dialog.count_risks.isVisible(), "counting is off by default"
    dialog.count_on.setChecked(True)
    assert dialog.count_risks.isVisible() and "someone tried" in dialog.count_risks.text()
    dialog.passphrase.setText(TEST_PASSPHRASE)
    qtbot.mouseClick(dialog.apply_count, Qt.MouseButton.LeftButton)
    finished(qtbot, dialog)
    assert session.unlock_settings().count_unlocks and "counted" in dialog.status.text()


def test_replacing_the_vault_key_shows_the_new_recovery_key_once(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    person = add(session, "person", names=["Li Heping"])
    main = MainWindow(session)
    qtbot.addWidget(main)
    dialog = safety(qtbot, main)
    dialog.passphrase.setText(TEST_PASSPHRASE)
    qtbot.mouseClick(dialog.rotate_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible() and not dialog.rotate_button.isEnabled()
    finished(qtbot, dialog)
    shown = dialog.recovery
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    new_key = shown.page.key.text()
    assert len(new_key.split("-")) == 8
    shown.grab().save(str(tmp_path / "new-recovery-key.png"))
    shown.page.kept.setChecked(True)
    qtbot.mouseClick(shown.page.button, Qt.MouseButton.LeftButton)
    assert not shown.isVisible() and shown.page.key.text() == "", "the key is not kept on screen"
    assert session.record(person).display_name == "Li Heping"
    path = session.path
    session.lock()
    recover(path, new_key, "a brand new passphrase here", kdf_seconds=0.01).lock()


def test_the_log_view_lists_entries_and_verify_names_a_tampered_one(qtbot: QtBot, qtmodeltester: ModelTester,
                                                                    vault: Vault, session: Session, tmp_path: Path) -> None:
    add(session, "person", names=["Ding Jiaxi"])
    vault.activity.append("export", {"records": 1})
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.show()
    row = next(n for n, section in enumerate(main.sections) if section.title == "Activity")
    main.section_list.setCurrentRow(row)
    section = main.page(row)
    assert isinstance(section, ActivitySection)
    assert section.tabs.count() == 2
    qtbot.waitUntil(lambda: section.recent.model.rowCount() == 1)  # the recent changes stay, in their own tab
    section.tabs.setCurrentWidget(section.log_page)
    model = section.log_page.model
    qtmodeltester.check(model, force_py=True)
    shown = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert shown == ["bundle exported", "record created", "vault created"]
    assert "Ding" not in " ".join(str(model.index(r, 3).data()) for r in range(model.rowCount()))
    qtbot.mouseClick(section.log_page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(section.log_page.verify_button.isEnabled, timeout=WAIT_MS)
    assert "The log is whole" in section.log_page.result.text()

    conn = vault.db
    conn.execute("DROP TRIGGER activity_no_update")
    conn.execute("UPDATE activity SET detail = '{\"records\": 99}' WHERE seq = 3")
    qtbot.mouseClick(section.log_page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(section.log_page.verify_button.isEnabled, timeout=WAIT_MS)
    text = section.log_page.result.text()
    assert "tampered" in text and "entry #3 was altered" in text
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "entry #3 was altered after it was written"
    main.grab().save(str(tmp_path / "log.png"))
