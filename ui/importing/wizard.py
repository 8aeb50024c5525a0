"""Vault ▸ Import spreadsheet…: file → mapping → preview → apply, each slow step on the thread pool.

Cancel stops the work running on the page shown (reading, the analysis, the
write) instead of closing; the write is one transaction, so a cancelled import
writes nothing. The session announces what was written and the lists follow.
"""

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard

from app.session import ImportResult, Session
from ui import tasks
from ui.importing.file_page import FilePage
from ui.importing.mapping_page import MappingPage
from ui.importing.preview_page import PreviewPage
from ui.importing.state import ImportState, TaskPage


class ApplyPage(TaskPage):
    """The write: progress and Cancel, then what was imported."""

    def __init__(self, session: Session, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(session, state, parent)
        self.setTitle(self.tr("Importing"))
        self.result: ImportResult | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addStretch(1)

    def initializePage(self) -> None:
        preview, path = self.state.preview, self.state.path
        assert preview is not None and path is not None

        def work(task: tasks.Task) -> ImportResult:
            return self.session.write_import(preview, name=path.name, progress=task.report, cancelled=task.is_cancelled)

        self.run(work, self._written, self.tr("Writing the records in one transaction… Cancel writes nothing."))

    def _written(self, result: ImportResult) -> None:
        self.result = result
        counts = result.counts
        self.setTitle(self.tr("Imported"))
        self.say(self.tr("%1 people added, %2 updated, %3 skipped; %4 records written. Find them by any of their names "
                         "with Ctrl+K.").replace("%1", str(counts["add"])).replace("%2", str(counts["update"]))
                 .replace("%3", str(counts["skip"])).replace("%4", str(result.written)))

    def isComplete(self) -> bool:
        return self.result is not None


class ImportWizard(QWizard):
    """The four pages, sharing one ImportState."""

    FILE, MAPPING, PREVIEW, APPLY = range(4)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.state = ImportState()
        self.file_page = FilePage(session, self.state, self)
        self.mapping_page = MappingPage(session, self.state, self)
        self.preview_page = PreviewPage(session, self.state, self)
        self.apply_page = ApplyPage(session, self.state, self)
        for number, page in ((self.FILE, self.file_page), (self.MAPPING, self.mapping_page),
                             (self.PREVIEW, self.preview_page), (self.APPLY, self.apply_page)):
            self.setPage(number, page)
        self.resize(1000, 680)

    def reject(self) -> None:
        """Cancel (or Esc, or closing the window) stops the page's work first; only then does the wizard close."""
        page = self.currentPage()
        if isinstance(page, TaskPage) and page.cancel():
            return
        super().reject()
