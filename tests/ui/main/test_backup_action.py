"""Vault ▸ Back up…: the open vault is copied on the thread pool, and the user is told where, or why not."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.session import Session, check_backup
from helpers.secrets import TEST_PASSPHRASE
from helpers.vaults import add
from ui.main.window import MainWindow


def test_back_up_writes_a_backup_that_checks_and_says_where(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    add(session, "person", names=["吕志"])
    main = MainWindow(session)
    qtbot.addWidget(main)
    assert "&Back up…" in [a.text() for a in main.menuBar().actions()[0].menu().actions()]  # type: ignore[union-attr]
    target = tmp_path / "monday.casebook-backup"
    with qtbot.waitSignal(main.backup.finished, timeout=60_000) as written:
        main.backup.start(str(target))
    assert written.args == [str(target)]
    assert main.backup.message is not None and str(target) in main.backup.message.text()
    assert main.backup.dialog is None
    assert check_backup(target, TEST_PASSPHRASE)[1] == 1
    main.backup.message.close()

    with qtbot.waitSignal(main.backup.finished, timeout=60_000) as refused:
        main.backup.start(str(target))
    assert refused.args == [""]
    assert "already exists" in main.backup.message.text()
