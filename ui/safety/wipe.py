"""Emergency wipe from the desktop: type the vault's folder name, a short countdown that Esc stops, then wipe.

The dialog only asks; the application object does the wipe (it owns the open
vault and the windows): it closes every window showing records, calls
`Vault.wipe()` and shows the start window with `wiped_sentence`. A cancelled
countdown is written to the vault's activity log as wipe-cancelled.
"""

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import CasebookError
from app.session import Session, WipeReport
from ui.bidi import isolate
from ui.start.page import Page

translate = QCoreApplication.translate  # lupdate finds translate(context, text) calls

COUNTDOWN_SECONDS = 5
WIPE_SHORTCUT = "Ctrl+Shift+Del"
DANGER_STYLE = ("QPushButton { color: white; background: #b3261e; padding: 4px 14px; border-radius: 3px; }"
                "QPushButton:disabled { color: #f0d0cd; background: #d98c86; }")


class WipeDialog(QDialog):
    """Signals:
        wipeConfirmed(): the name was typed and the countdown ran out; wipe now.
    """

    wipeConfirmed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, seconds: int = COUNTDOWN_SECONDS) -> None:
        super().__init__(parent)
        self.session = session
        self.seconds = seconds
        self.left = seconds
        self.folder_name = session.name
        self.setWindowTitle(self.tr("Emergency wipe"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "This destroys the vault “%1” for good, in under a second: every key slot is overwritten, so neither the "
            "passphrase nor the recovery key will open it again, and then its files are removed. Only a backup or copy "
            "made earlier survives.").replace("%1", isolate(self.folder_name)), self)
        intro.setWordWrap(True)
        prompt = QLabel(self.tr("Type the vault folder's name (%1) to wipe it:").replace("%1", isolate(self.folder_name)), self)
        prompt.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Vault folder name"))
        prompt.setBuddy(self.name)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("countdown")
        self.countdown.setAccessibleName(self.tr("Countdown"))
        self.countdown.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.countdown.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, seconds)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Time left before the wipe"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.wipe_button = QPushButton(self.tr("&Wipe the vault"), self)
        self.wipe_button.setAccessibleName(self.tr("Wipe the vault for good"))
        self.wipe_button.setStyleSheet(DANGER_STYLE)
        self.wipe_button.setEnabled(False)
        self.wipe_button.setAutoDefault(False)
        self.buttons.addButton(self.wipe_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.wipe_button.clicked.connect(self.start_countdown)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda text: self.wipe_button.setEnabled(text.strip() == self.folder_name))
        self.name.returnPressed.connect(self.start_countdown)
        self.cancel_button.setAutoDefault(False)  # Enter in the name field starts the countdown, nothing else
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        for widget in (intro, prompt, self.name, self.countdown, self.progress):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def counting(self) -> bool:
        return self.timer.isActive()

    def start_countdown(self) -> None:
        if self.name.text().strip() != self.folder_name or self.counting():
            return
        self.name.setEnabled(False)
        self.wipe_button.setEnabled(False)
        self.left = self.seconds
        self.countdown.show()
        self.progress.show()
        self._show_left()
        self.cancel_button.setFocus()
        self.timer.start()

    def _show_left(self) -> None:
        self.countdown.setText(self.tr("Wiping in %n second(s). Press Esc or Cancel to stop.", "", self.left))
        self.progress.setValue(self.seconds - self.left)

    def _tick(self) -> None:
        self.left -= 1
        if self.left > 0:
            self._show_left()
            return
        self.timer.stop()
        self.progress.setValue(self.seconds)
        self.countdown.setText(self.tr("Wiping…"))
        self.accept()
        self.wipeConfirmed.emit()

    def reject(self) -> None:
        """Cancel; during the countdown the cancel is written to the activity log."""
        if self.counting():
            self.timer.stop()
            try:
                self.session.note_wipe_cancelled()
            except CasebookError:
                pass  # the vault stays as it was; not being able to log the cancel must not block it
        super().reject()


def wiped_sentence(name: str, report: WipeReport) -> str:
    """What the start window says after a wipe."""
    text = translate("wipe", "The vault “%1” is gone: its keys were destroyed and its files removed. Neither the passphrase nor the "
               "recovery key can open it again.").replace("%1", isolate(name))
    if not report.keyring_cleared:
        text += " " + translate("wipe", "The OS keyring refused to delete its device secret; it is useless now, but you may remove "
                          "it by hand.")
    if report.left:
        left = ", ".join(isolate(file) for file in report.left)
        text += " " + translate("wipe", "Files not made by Casebook were left in its folder: %1.").replace("%1", left)
    return text


def announce(page: Page, text: str) -> QLabel:
    """Show the sentence on a start-window page, until the user goes to another page."""
    notice = page.findChild(QLabel, "wipedNotice")
    if notice is None:
        notice = QLabel(page)
        notice.setObjectName("wipedNotice")
        notice.setWordWrap(True)
        notice.setAccessibleName(translate("wipe", "Vault wiped"))
        notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notice.setStyleSheet("padding: 8px; border: 1px solid palette(mid); border-radius: 4px;")
        page.body.insertWidget(0, notice)
    notice.setText(text)
    notice.show()
    return notice
