"""The wizard's preview: what the import will do, the rows in error (to save and fix), and a decision for each
possible duplicate. The analysis runs on the pool; nothing is written on this page."""

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from app.session import ADD, SKIPPED, UNDECIDED, UPDATE, Action, ImportPreview, Session, SheetImport
from ui import tasks
from ui.bidi import isolate
from ui.colleagues.progress import cancellable_progress
from ui.importing.choices import ChoiceDelegate
from ui.importing.mapping_page import EDIT_TRIGGERS
from ui.importing.models import DuplicatesModel, RowErrorsModel
from ui.importing.state import ImportState, TaskPage
from ui.widgets.private_file_dialog import open_file_dialog


def _table(model: RowErrorsModel | DuplicatesModel, name: str, wide: int, parent: QWidget) -> QTableView:
    """A table whose `wide` column (the problem, why) takes the room left, cut short with its whole text in the
    tooltip, so every column stays in view (rows keep one height: thousands of them must scroll smoothly)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


class PreviewPage(TaskPage):
    """Counts, the rows in error, and the possible duplicates with skip / fill / overwrite / add as new."""

    def __init__(self, session: Session, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(session, state, parent)
        self.setTitle(self.tr("Check what will be imported"))
        self.setSubTitle(self.tr("Nothing has been written yet. Decide about each possible duplicate; rows in error "
                                 "are left out: save them, fix them, and import that file afterwards."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Apply"))
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(self.tr("What the import will do"))
        self.errors = RowErrorsModel(self)
        self.duplicates = DuplicatesModel(self)
        self.duplicates.decisionsChanged.connect(self.update_preview)
        self.previews: tasks.LatestOnly[ImportPreview] = tasks.LatestOnly(
            self._previewed, lambda message: self.say(message, problem=True), self)
        self.asked = 0
        self.ready = False  # the newest preview leaves nothing undecided and has something to write
        self.tabs = QTabWidget(self)
        self.errors_table = _table(self.errors, self.tr("Rows in error"), RowErrorsModel.PROBLEM, self)
        self.save_errors = QPushButton(self.tr("&Save the rows in error…"), self)
        self.save_errors.clicked.connect(self.ask_where_to_save)
        errors_tab = QWidget(self)
        column = QVBoxLayout(errors_tab)
        column.addWidget(self.errors_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Each row with its problem in an extra column, to fix and import again."), self), 1)
        buttons.addWidget(self.save_errors)
        column.addLayout(buttons)
        self.duplicates_table = _table(self.duplicates, self.tr("Possible duplicates"), DuplicatesModel.WHY, self)
        self.duplicates_table.setItemDelegateForColumn(DuplicatesModel.DECISION, ChoiceDelegate(self.duplicates_table))
        self.duplicates_table.setEditTriggers(EDIT_TRIGGERS)
        self.all_action = QComboBox(self)
        self.all_action.setAccessibleName(self.tr("Decision for every possible duplicate"))
        for action, label in self.duplicates.action_labels().items():
            self.all_action.addItem(label, action.value)
        self.apply_all = QPushButton(self.tr("Apply to &all"), self)
        self.apply_all.clicked.connect(lambda: self.duplicates.decide_all(Action(self.all_action.currentData())))
        duplicates_tab = QWidget(self)
        column = QVBoxLayout(duplicates_tab)
        column.addWidget(self.duplicates_table, 1)
        buttons = QHBoxLayout()
        every = QLabel(self.tr("For every row: "), self)
        every.setBuddy(self.all_action)
        buttons.addStretch(1)
        buttons.addWidget(every)
        buttons.addWidget(self.all_action)
        buttons.addWidget(self.apply_all)
        column.addLayout(buttons)
        self.tabs.addTab(duplicates_tab, "")
        self.tabs.addTab(errors_tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)

    def initializePage(self) -> None:
        """Read every row through the mapping and look for duplicates, on the pool (unless done for this mapping)."""
        if self.state.analysed is not None:
            self._show(self.state.analysed)
            return
        sheet, mapping = self.state.sheet, self.state.mapping
        assert sheet is not None and mapping is not None
        self.errors.set_rows([])
        self.duplicates.show([], {})
        self.counts.clear()

        def work(task: tasks.Task) -> SheetImport:
            return self.session.analyse_sheet(sheet, mapping, cancellable_progress(task))

        self.run(work, self._analysed, self.tr("Reading %n row(s) and looking for people already in the vault…", "",
                                               sheet.row_count))

    def cancelled_text(self) -> str:
        return self.tr("Stopped. Go back and forward again to read the sheet again; nothing was written.")

    def _analysed(self, analysed: SheetImport) -> None:
        self.state.new_analysis(analysed)
        self._show(analysed)

    def _show(self, analysed: SheetImport) -> None:
        self.say("")
        self.errors.set_rows(list(analysed.errors))
        self.duplicates.show([row for row in analysed.rows if row.duplicates], self.state.decisions)
        self.tabs.setTabText(0, self.tr("Possible duplicates (%1)").replace("%1", str(len(self.duplicates.rows()))))
        self.tabs.setTabText(1, self.tr("Rows in error (%1)").replace("%1", str(len(analysed.errors))))
        self.save_errors.setEnabled(bool(analysed.errors))
        self.tabs.setCurrentIndex(0 if self.duplicates.rows() or not analysed.errors else 1)
        self.update_preview()

    def update_preview(self) -> None:
        """The counts under the decisions made so far, worked out on the pool (no row is read again, but a sheet of
        100,000 rows takes half a second); the newest decisions win."""
        analysed = self.state.analysed
        if analysed is None:
            return
        self.asked += 1
        decisions = dict(self.state.decisions)  # the pool reads a copy while the user goes on deciding
        self.state.preview, self.ready = None, False
        self.previews.ask(self.asked, lambda: self.session.preview_import(analysed, decisions))
        self.completeChanged.emit()

    def _previewed(self, asked: object, preview: ImportPreview) -> None:
        if asked != self.asked or preview.source is not self.state.analysed:
            return
        self.state.preview = preview
        counts = preview.counts()
        self.ready = not counts[UNDECIDED] and bool(counts[ADD] or counts[UPDATE])
        text = (self.tr("%1 to add, %2 to update, %3 to skip, %4 in error.").replace("%1", str(counts[ADD]))
                .replace("%2", str(counts[UPDATE])).replace("%3", str(counts[SKIPPED])).replace("%4", str(counts["error"])))
        if counts[UNDECIDED]:
            text += " " + self.tr("%n row(s) may be someone already there: decide about each below.", "", counts[UNDECIDED])
        self.counts.setText(text)
        self.completeChanged.emit()

    def ask_where_to_save(self) -> None:
        path = self.state.path
        name = f"{path.stem} - rows to fix.csv" if path is not None else "rows to fix.csv"
        open_file_dialog(self, self.tr("Save the rows in error"), QFileDialog.AcceptMode.AcceptSave, self.save_rows_in_error,
                         name=name, filters=[self.tr("CSV files (*.csv)")])

    def save_rows_in_error(self, target: str) -> None:
        """Write the rows in error, each with its problem, to a new file (on the pool: the sheet is read again)."""
        analysed = self.state.analysed
        if analysed is None or self.busy():
            return

        def work(task: tasks.Task) -> int:
            return self.session.save_rows_in_error(analysed, target)

        self.run(work, lambda rows: self.say(self.tr("Saved %n row(s) in error to %1: fix them there, then import that "
                                                     "file.", "", int(rows)).replace("%1", isolate(Path(target).name))),
                 self.tr("Saving the rows in error…"))

    def isComplete(self) -> bool:
        return self.ready and not self.busy() and self.state.preview is not None
