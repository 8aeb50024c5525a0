"""Fill the open vault with synthetic demo data, in the background, with progress and Cancel."""

import importlib
import importlib.util
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QProgressDialog, QWidget

from app.vault import Vault
from ui import tasks

DEFAULT_PEOPLE = 200


class DemoAction(QObject):
    """Signals:
        finished(): demo data was added (or the run was cancelled part-way, with what was written kept).
    """

    finished = Signal()

    def __init__(self, vault: Vault, parent: QWidget) -> None:
        super().__init__(parent)
        self.vault = vault
        self.window = parent
        self.task: tasks.Task | None = None
        self.dialog: QProgressDialog | None = None

    @staticmethod
    def available() -> bool:
        try:
            return importlib.util.find_spec("app.demo") is not None
        except ModuleNotFoundError:
            return False

    def running(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def run(self) -> None:
        people, ok = QInputDialog.getInt(self.window, self.tr("Demo data"),
                                         self.tr("How many synthetic people should be added?"), DEFAULT_PEOPLE, 1, 200_000, 100)
        if ok:
            self.start(people)

    def start(self, people: int, seed: int = 1) -> tasks.Task:
        demo: Any = importlib.import_module("app.demo")
        dialog = QProgressDialog(self.tr("Adding synthetic people, cases and events…"), self.tr("Cancel"), 0, 0, self.window)
        dialog.setWindowTitle(self.tr("Demo data"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        repo = self.vault.records

        def work(task: tasks.Task) -> Any:
            return demo.populate(repo, people=people, seed=seed, progress=task.report, cancelled=task.is_cancelled)

        self.task = tasks.start(work, self, on_success=self._done, on_failure=self._failed,
                                on_progress=self._progress, on_cancelled=self._done_cancelled)
        dialog.show()
        return self.task

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _finish(self) -> None:
        self.task = None
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        self.finished.emit()

    def _done(self, result: object) -> None:
        self._finish()

    def _done_cancelled(self) -> None:
        self._finish()

    def _failed(self, message: str) -> None:
        self._finish()
        if self.window is not None:
            self.window.statusBar().showMessage(message)  # type: ignore[attr-defined]
