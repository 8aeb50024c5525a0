"""Vault ▸ Back up…: a consistent, encrypted copy of the open vault, written on the thread pool while work goes on."""

import datetime as dt

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from app.session import BackupInfo, Session
from ui import tasks
from ui.bidi import isolate
from ui.widgets.private_file_dialog import open_file_dialog


class BackupAction(QObject):
    """Signals:
        finished(str): the backup was written (its path), or failed (empty); the message box says which.
    """

    finished = Signal(str)

    def __init__(self, session: Session, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.session = session
        self.window: QMainWindow = parent
        self.dialog: QProgressDialog | None = None
        self.message: QMessageBox | None = None

    def run(self) -> None:
        suggested = self.session.path.parent / f"{self.session.name}-{dt.date.today().isoformat()}.casebook-backup"
        # Casebook's own dialog: no nested event loop, and no recent-folders list left in Qt's settings.
        open_file_dialog(self.window, self.tr("Back up the vault"), QFileDialog.AcceptMode.AcceptSave, self.start,
                         name=str(suggested))

    def start(self, path: str) -> tasks.Task:
        dialog = QProgressDialog(self.tr("Backing up the vault…"), "", 0, 0, self.window)
        dialog.setCancelButton(None)  # one SQLite backup step: it cannot stop half-way
        dialog.setWindowTitle(self.tr("Back up"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        self.dialog = dialog
        session = self.session
        task = tasks.start(lambda task: session.back_up(path), self, on_success=self._done, on_failure=self._failed)
        dialog.show()
        return task

    def _close_progress(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        if self.message is not None:
            self.message.deleteLater()  # the last backup's message, closed or not
        self.message = QMessageBox(icon, self.tr("Back up"), text, QMessageBox.StandardButton.Ok, self.window)
        self.message.open()

    def _done(self, info: BackupInfo) -> None:
        self._close_progress()
        self._tell(QMessageBox.Icon.Information, self.tr(
            "Backed up to %1 (%2 MB, with a checksum). The backup is encrypted like the vault and opens with "
            "today's passphrase or the recovery key. Keep it away from this laptop.")
            .replace("%1", isolate(str(info.path))).replace("%2", f"{info.size / 1e6:.1f}"))
        self.finished.emit(str(info.path))

    def _failed(self, message: str) -> None:
        self._close_progress()
        self._tell(QMessageBox.Icon.Warning, message)
        self.finished.emit("")
