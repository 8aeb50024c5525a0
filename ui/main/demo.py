"""Fill the open vault with synthetic demo data, in the background, with progress and Cancel."""

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMainWindow, QProgressDialog

from app.session import DemoCounts, Session
from ui import tasks

DEFAULT_PEOPLE = 200


class DemoAction(QObject):
    """Signals:
        finished(): demo data was added (or the run was cancelled part-way, with what was written kept).
    """

    finished = Signal()

    def __init__(self, session: Session, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.session = session
        self.window: QMainWindow = parent
        self.task: tasks.Task | None = None
        self.dialog: QProgressDialog | None = None

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
        dialog = QProgressDialog(self.tr("Adding synthetic people, cases and events…"), self.tr("Cancel"), 0, 0, self.window)
        dialog.setWindowTitle(self.tr("Demo data"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        session = self.session

        def work(task: tasks.Task) -> DemoCounts:
            return session.fill_with_demo(people, seed=seed, progress=task.report, cancelled=task.is_cancelled)

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
        self.window.statusBar().showMessage(message)
