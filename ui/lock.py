"""Locking: after idle minutes, on suspend or screen lock where the platform tells, and at once on
Ctrl+L from any window, even a modal dialog.

The watcher is an application-wide event filter: any key, click or wheel
counts as activity; a timer checks every few seconds whether the idle time has
passed. Ctrl+L is also caught here, so a modal dialog cannot keep it from working.
On Linux, logind's PrepareForSleep (system bus) and the desktop's screen saver
(session bus) tell us about suspend and screen locking over D-Bus, a local socket.
"""

import time

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QKeyEvent, QKeySequence

from ui import settings

CHECK_EVERY_MS = 5_000
LOCK_SHORTCUT = QKeySequence("Ctrl+L")
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}


class LockWatcher(QObject):
    """Signals:
        lockNow(): idle time passed, or the lock shortcut was pressed.
    """

    lockNow = Signal()

    def __init__(self, shortcut: QKeySequence, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shortcut = shortcut
        self.active = False
        self.last_activity = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        """Watch while a vault is open."""
        self.active = True
        self.last_activity = time.monotonic()
        self.timer.start()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_activity

    def check(self) -> None:
        if self.active and self.idle_seconds() >= 60 * settings.get(settings.IDLE_LOCK_MINUTES):
            self.lockNow.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_activity = time.monotonic()
        if (self.active and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and QKeySequence(event.keyCombination()) == self.shortcut):
            self.lockNow.emit()
            return True
        return False


class SessionWatcher(QObject):
    """Signals:
        lockNow(): the machine is about to sleep, or the desktop locked its screen.
    """

    lockNow = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        QDBusConnection.systemBus().connect(
            "org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep",
            self, SLOT("going_to_sleep(bool)"))  # type: ignore[call-overload]  # the stubs want bytes; PySide takes str
        QDBusConnection.sessionBus().connect(
            "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged",
            self, SLOT("screen_saver(bool)"))  # type: ignore[call-overload]

    @Slot(bool)
    def going_to_sleep(self, starting: bool) -> None:
        if starting:
            self.lockNow.emit()

    @Slot(bool)
    def screen_saver(self, active: bool) -> None:
        if active:
            self.lockNow.emit()
