"""Slow work on the pool: progress and cancel reach the window; a closed window gets no late result."""

import gc
import threading

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.errors import WrongPassphrase
from ui import tasks
from ui.application import make_application
from ui.collector import TIMER_NAME

pytestmark = pytest.mark.gui


def test_progress_result_error_and_cancel_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[object] = []
    gui_thread = threading.get_ident()

    def note(*args: object) -> None:
        assert threading.get_ident() == gui_thread
        seen.append(args)

    def count(task: tasks.Task) -> int:
        for step in range(3):
            task.report(step + 1, 3)
        return 42

    tasks.start(count, owner, on_success=note, on_progress=note)
    qtbot.waitUntil(lambda: (42,) in seen)
    assert seen == [(1, 3), (2, 3), (3, 3), (42,)]

    def refuse(task: tasks.Task) -> None:
        raise WrongPassphrase("That passphrase does not open this vault.")

    tasks.start(refuse, owner, on_failure=note)
    qtbot.waitUntil(lambda: ("That passphrase does not open this vault.",) in seen)

    release = threading.Event()

    def wait_for_cancel(task: tasks.Task) -> None:
        release.wait(10)
        task.check()

    task = tasks.start(wait_for_cancel, owner, on_success=note, on_cancelled=lambda: seen.append("cancelled"))
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: "cancelled" in seen)


def test_a_closed_window_gets_no_late_result(qtbot: QtBot) -> None:
    owner = QWidget()
    release = threading.Event()
    seen: list[object] = []
    tasks.start(lambda task: release.wait(10), owner, on_success=seen.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    release.set()
    assert tasks.cancel_all_and_wait()
    qtbot.wait(50)
    assert seen == []


def test_garbage_is_collected_on_the_gui_thread_only(qapp: QApplication) -> None:
    app = make_application()
    timer = app.findChild(QTimer, TIMER_NAME)
    assert not gc.isenabled(), "a worker thread must never run the collector"
    assert timer is not None and timer.isActive() and timer.thread() is app.thread()
    assert make_application().findChildren(QTimer, TIMER_NAME) == [timer]
