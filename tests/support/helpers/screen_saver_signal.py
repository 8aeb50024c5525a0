"""Inside a private D-Bus session: play the desktop's screen saver, announce "active", and report
whether Casebook's session watcher asked to lock. Run by tests/ui/test_session_lock.py."""

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from ui.lock import SessionWatcher


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    if not bus.registerService("org.freedesktop.ScreenSaver"):
        print("could not own the screen saver's name")
        return 2
    watcher = SessionWatcher()
    locked: list[bool] = []
    watcher.lockNow.connect(lambda: locked.append(True))
    signal = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
    signal.setArguments([True])
    bus.send(signal)
    QTimer.singleShot(2000, app.quit)
    watcher.lockNow.connect(app.quit)
    app.exec()
    print("locked" if locked else "not locked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
