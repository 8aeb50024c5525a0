"""The desktop application: the start window, then the main window; locking goes back to the start.

`run` is what `casebook` (no command) and `casebook --vault PATH` call.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from app.errors import CasebookError
from ui import settings, tasks
from ui.clipboard import clipboard
from ui.collector import collect_on_gui_thread
from ui.icons import app_icon
from ui.lock import LOCK_SHORTCUT, LockWatcher, SessionWatcher
from ui.start.window import StartWindow
from ui.translations import install

if TYPE_CHECKING:
    from app.session import Session
    from ui.main.window import MainWindow

T = TypeVar("T")


class Casebook(QObject):
    """Owns the open session and the windows; the one place that unlocks and locks."""

    def __init__(self, vault_path: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.main: MainWindow | None = None
        self.start = StartWindow(vault_path)
        self.start.unlocked.connect(self.unlocked)
        self.watcher = LockWatcher(LOCK_SHORTCUT, self)
        self.watcher.lockNow.connect(self.lock)
        self.desktop = SessionWatcher(self)
        self.desktop.lockNow.connect(self.lock)

    def show(self) -> None:
        """Show the start window, and load the main window's code in the background while the user types."""
        self.start.show()
        tasks.start(lambda task: importlib.import_module("ui.main.window"), self)

    def unlocked(self, session: Session) -> None:
        from ui.main.window import MainWindow  # imported on first unlock, so the start window shows sooner

        self.session = session
        self.main = MainWindow(session)
        self.main.lockRequested.connect(self.lock)
        self.main.wipeRequested.connect(self.wipe)
        self.main.destroyed.connect(self._main_destroyed)
        self.main.show()
        self.main.activateWindow()
        self.start.hide()
        self.watcher.start()
        self.main.focus_search()

    def _main_destroyed(self) -> None:
        self.main = None

    def lock(self) -> None:
        """Close every window showing records, close the vault (keys dropped), clear the clipboard."""
        session = self.session
        if session is None:
            return
        self.start.show_unlock(str(session.path))
        self._close_windows(session.lock)

    def wipe(self) -> None:
        """Emergency wipe: close every window showing records, destroy the vault, say so on the start window."""
        from ui.safety.wipe import announce, wiped_sentence  # only the main window's wipe comes here

        session = self.session
        if session is None:
            return
        name, path = session.name, str(session.path)
        self.start.show_welcome()
        try:
            sentence = wiped_sentence(name, self._close_windows(session.wipe))
        except CasebookError as exc:
            sentence = str(exc)
        settings.forget_vault(path)
        announce(self.start.welcome, sentence)

    def _close_windows(self, close: Callable[[], T]) -> T:
        """Stop background work, hide and drop every window but the start window, then `close()` the vault."""
        self.watcher.stop()
        tasks.cancel_all_and_wait()
        self.start.show()
        for widget in QApplication.topLevelWidgets():
            if widget is not self.start:
                widget.hide()  # hidden, not closed: an editor must not stop to ask about unsaved edits
                if widget.parent() is None:
                    widget.deleteLater()
        self.main = None
        self.session = None
        try:
            return close()
        finally:
            clipboard().clear()
            self.start.raise_()
            self.start.activateWindow()

    def shutdown(self) -> None:
        """On quit: stop background work and close the vault."""
        if self.main is not None:
            self.main.hide()
        self.watcher.stop()
        tasks.cancel_all_and_wait()
        clipboard().clear()
        if self.session is not None:
            self.session.lock()
            self.session = None


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("Casebook")
    QCoreApplication.setApplicationName("Casebook")
    app.setDesktopFileName("org.casebook.Casebook")
    app.setWindowIcon(app_icon())
    install(app)
    collect_on_gui_thread(app)
    return app


def run(vault_path: str | None) -> int:
    """Show the start window (unlocking `vault_path` if given) and run until the last window closes."""
    app = make_application()
    casebook = Casebook(vault_path)
    app.lastWindowClosed.connect(casebook.shutdown)
    casebook.show()
    code = app.exec()
    casebook.shutdown()
    return code
