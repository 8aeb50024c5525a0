"""Slow work on the thread pool, its result delivered on the GUI thread to a living owner.

As in KeePassXC's AsyncTask: the work runs on QThreadPool, and its result,
progress or error reaches a callback only while the owner widget still exists,
so a window closed in the meantime never receives a late result. Locking
cancels every task and drops the results still queued: the windows they were
for are closing, and the vault is shut. A finished task's signals object is
deleted on the GUI thread after its last delivery, taking its connections (and
the windows their callbacks hold) with it. No nested event loops. Errors of
our own (CasebookError) arrive as their sentence; anything else as a generic
sentence, never a stack trace.
"""

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from app.errors import Cancelled, CasebookError

log = logging.getLogger("casebook.ui.tasks")
Answer = TypeVar("Answer")


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()


class Task(QRunnable):
    """One piece of slow work. The work function gets the task, to report progress and check for cancel."""

    def __init__(self, work: Callable[["Task"], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._work: Callable[[Task], Any] | None = work
        self._cancel = threading.Event()
        self.dropped = False
        # Owned by the application (Qt), not by this Python object: whichever thread lets go of the task last,
        # the signals object is deleted on the GUI thread (by `_finished`), never from a worker.
        self.signals = _Signals(QCoreApplication.instance())

    def _emit(self, name: str, *args: Any) -> None:
        """Emit unless the application is already gone (a task may outlive the windows at exit)."""
        try:
            getattr(self.signals, name).emit(*args)
        except RuntimeError:
            return

    def report(self, done: int, total: int) -> None:
        """Progress: `done` of `total` steps (total 0 means "busy, no count")."""
        self._emit("progress", done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def forget_work(self) -> None:
        self._work = None

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop the work here if the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def run(self) -> None:
        if self._work is None:  # forgotten: it ran already
            return
        try:
            result = self._work(self)
        except Cancelled:
            self._emit("cancelled")
        except CasebookError as exc:
            self._emit("failed", str(exc))
        except Exception as exc:  # a bug: say so plainly, log the type only (no personal data)
            log.error("background task failed: %s", type(exc).__name__)
            self._emit("failed", QCoreApplication.translate(
                "tasks", "Something went wrong inside Casebook; nothing was changed. Please report it."))
        else:
            if self._cancel.is_set():
                self._emit("cancelled")
            else:
                self._emit("succeeded", result)
        finally:
            self._emit("done")


_running: set[Task] = set()


def _guard(task: Task, owner: QObject, callback: Callable[..., None] | None) -> Callable[..., None]:
    def deliver(*args: Any) -> None:
        if callback is not None and not task.dropped and shiboken6.isValid(owner):
            callback(*args)

    return deliver


def _finished(task: Task) -> None:
    """The task's last signal arrived: forget it and its work, and delete its signals object once this delivery returns.

    Qt keeps the runnable itself (the pool was given it), so what the work holds is let go of here, on the GUI thread.
    """
    _running.discard(task)
    task.forget_work()
    task.signals.deleteLater()


def start(work: Callable[[Task], Any], owner: QObject, *,
          on_success: Callable[[Any], None] | None = None,
          on_failure: Callable[[str], None] | None = None,
          on_progress: Callable[[int, int], None] | None = None,
          on_cancelled: Callable[[], None] | None = None) -> Task:
    """Run `work(task)` on the global pool; callbacks run on the GUI thread while `owner` lives."""
    task = Task(work)
    task.signals.succeeded.connect(_guard(task, owner, on_success))
    task.signals.failed.connect(_guard(task, owner, on_failure))
    task.signals.progress.connect(_guard(task, owner, on_progress))
    task.signals.cancelled.connect(_guard(task, owner, on_cancelled))
    task.signals.done.connect(lambda: _finished(task))
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def cancel_all_and_wait(timeout_ms: int = 10_000) -> bool:
    """Ask every running task to stop and wait for the pool (used before locking closes the vault).

    What the tasks still have on their way to the GUI thread is dropped: it was for windows that are closing,
    and acting on it (a list reloading, a sheet rebuilt, the next search started) would touch a closed vault.
    """
    for task in list(_running):
        task.dropped = True
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def busy() -> bool:
    return bool(_running)


class LatestOnly(QObject, Generic[Answer]):
    """Questions answered on the pool one at a time, where only the newest question's answer counts.

    While a question runs, a newer one waits (only the newest waiting one is
    kept); an answer to a question that is no longer the newest is dropped and
    the newest is asked instead. So typing fast never queues a search per key,
    and a stale answer never replaces a newer one.
    """

    def __init__(self, deliver: Callable[[object, Answer], None], fail: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self._fail = fail
        self._running: object = _NOTHING
        self._waiting: tuple[object, Callable[[], Answer]] | None = None

    def busy(self) -> bool:
        return self._running is not _NOTHING

    def ask(self, key: object, work: Callable[[], Answer]) -> None:
        """Answer `work()` for `key` (questions with equal keys are the same question)."""
        if self._running is _NOTHING:
            self._start(key, work)
        elif key == self._running:
            self._waiting = None
        else:
            self._waiting = (key, work)

    def _start(self, key: object, work: Callable[[], Answer]) -> None:
        self._running = key
        start(lambda task: work(), self, on_success=lambda answer: self._answered(key, answer),
              on_failure=lambda message: self._answered(key, None, message),
              on_cancelled=lambda: self._answered(key, None, ""))

    def _answered(self, key: object, answer: Answer | None, failure: str | None = None) -> None:
        self._running = _NOTHING
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self._start(*waiting)
            return
        if failure is not None:
            if failure:
                self._fail(failure)
            return
        self._deliver(key, answer)  # type: ignore[arg-type]


_NOTHING = object()
