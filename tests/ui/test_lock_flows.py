"""Ctrl+L from every window: everything closes, nothing queued acts on the closed vault, nothing is left dangling.

The same flows run many times under a real X server with `python -m helpers.lock_flows ROUNDS` (README).
"""

import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.session import RecordsChanged, Session
from helpers.lock_flows import flows, lock_from, prepare
from helpers.vaults import add
from ui import tasks
from ui.application import Casebook
from ui.session_signals import SessionSignals

pytestmark = pytest.mark.gui
ROUNDS = 2


def test_ctrl_l_from_every_window_closes_them_all_and_leaves_nothing_dangling(qtbot: QtBot, tmp_path: Path) -> None:
    path, person = prepare(tmp_path)
    casebook = Casebook(str(path))
    qtbot.addWidget(casebook.start)
    casebook.show()
    for _ in range(ROUNDS):
        for flow in flows(person).values():
            lock_from(casebook, path, flow)
    casebook.shutdown()


def test_a_result_still_queued_when_the_vault_locks_is_dropped(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[object] = []
    finished = threading.Event()
    tasks.start(lambda task: finished.set(), owner, on_success=seen.append, on_cancelled=lambda: seen.append("cancelled"))
    assert finished.wait(10)
    assert tasks.cancel_all_and_wait()
    qtbot.waitUntil(lambda: not tasks.busy())
    assert seen == [], "the window the result was for is closing: it must not act on it"


def test_a_finished_task_lets_go_of_its_signals_and_callbacks(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    task = tasks.start(lambda task: 42, owner, on_success=lambda answer: None)
    qtbot.waitUntil(lambda: not tasks.busy())
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(task.signals), "deleted on the GUI thread after its last delivery"


def test_a_change_that_arrives_after_the_lock_is_not_passed_on(qtbot: QtBot, session: Session) -> None:
    signals = SessionSignals(session)
    seen: list[RecordsChanged] = []
    signals.recordsChanged.connect(seen.append)
    writer = threading.Thread(target=lambda: add(session, "person", names=["Written on the pool"]))
    writer.start()
    writer.join()
    session.lock()
    QCoreApplication.processEvents()
    assert seen == [], "the pages it would refresh are closing and the vault is shut"
