"""What the import wizard's pages share, and the base of a page that works on the thread pool."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QProgressBar, QWidget, QWizardPage

from app.session import Decision, ImportPreview, Mapping, Session, Sheet, SheetImport
from ui import tasks

PROBLEM_STYLE = "color: #b00020"


@dataclass
class ImportState:
    """The file read, its mapping, the analysis made with that mapping, and the user's decisions about duplicates.

    A new sheet forgets the mapping; a new mapping forgets the analysis; a new
    analysis forgets the decisions (its rows may differ).
    """

    path: Path | None = None
    sheet: Sheet | None = None
    mapping: Mapping | None = None
    analysed: SheetImport | None = None
    decisions: dict[int, Decision] = field(default_factory=dict)
    preview: ImportPreview | None = None

    def new_sheet(self, path: Path, sheet: Sheet) -> None:
        self.path, self.sheet = path, sheet
        self.new_mapping(None)

    def new_mapping(self, mapping: Mapping | None) -> None:
        self.mapping = mapping
        self.new_analysis(None)

    def new_analysis(self, analysed: SheetImport | None) -> None:
        self.analysed, self.preview = analysed, None
        self.decisions = {}


class TaskPage(QWizardPage):
    """A wizard page whose slow work runs on the pool, with a status line and a progress bar; Cancel stops it,
    and so does leaving the page with Back. Only the newest run's answers are shown."""

    def __init__(self, session: Session, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = state
        self.task: tasks.Task | None = None
        self.runs = 0
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()

    def run(self, work: Callable[[tasks.Task], Any], done: Callable[[Any], None], text: str) -> None:
        """Start `work` on the pool, saying `text` meanwhile; `done(result)` on the GUI thread when it succeeds."""
        self.say(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.runs += 1
        run = self.runs

        def newest(handler: Callable[..., None]) -> Callable[..., None]:
            """A run stopped by Back may still answer after the next one started: its answers are dropped."""
            return lambda *args: handler(*args) if run == self.runs else None

        def succeeded(result: Any) -> None:
            self._idle()
            done(result)

        self.task = tasks.start(work, self, on_success=newest(succeeded), on_failure=newest(self._failed),
                                on_progress=newest(self._progress), on_cancelled=newest(self._cancelled))
        self.completeChanged.emit()

    def busy(self) -> bool:
        return self.task is not None

    def cleanupPage(self) -> None:
        """Back: what this page was working out is no longer wanted."""
        self.cancel()
        super().cleanupPage()

    def cancel(self) -> bool:
        """Stop the work running, if any (True when there was some)."""
        if self.task is None:
            return False
        self.task.cancel()
        return True

    def say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(PROBLEM_STYLE if problem else "")

    def cancelled_text(self) -> str:
        return self.tr("Stopped; nothing was written.")

    def _idle(self) -> None:
        self.task = None
        self.progress.hide()
        self.completeChanged.emit()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _failed(self, message: str) -> None:
        self._idle()
        self.say(message, problem=True)

    def _cancelled(self) -> None:
        self._idle()
        self.say(self.cancelled_text())
