"""The wizard's first page: the spreadsheet file (chosen in a dialog that remembers no folder) and its sheet."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.session import Session, Sheet, read_sheet_file
from ui import tasks
from ui.bidi import isolate
from ui.importing.state import ImportState, TaskPage
from ui.widgets.private_file_dialog import open_file_dialog


class FilePage(TaskPage):
    """A path (typed, or chosen with Choose…), read on the pool; a workbook's sheet chosen from its list."""

    def __init__(self, session: Session, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(session, state, parent)
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(self.tr("A CSV file (UTF-8, UTF-16, GB18030 or Big5), or an XLSX or ODS workbook. "
                                 "Nothing is written to the vault until you apply the import."))
        self.path = QLineEdit(self)
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.path.setAccessibleName(self.tr("Spreadsheet file"))
        self.path.setPlaceholderText(self.tr("The file's path"))
        self.path.returnPressed.connect(lambda: self.read())
        self.choose = QPushButton(self.tr("&Choose…"), self)
        self.choose.setAccessibleName(self.tr("Choose the spreadsheet file"))
        self.choose.clicked.connect(self.open_dialog)
        self.read_button = QPushButton(self.tr("&Read"), self)
        self.read_button.setAccessibleName(self.tr("Read the file (again, after fixing it)"))
        self.read_button.clicked.connect(lambda: self.read())
        self.sheets = QComboBox(self)
        self.sheets.setAccessibleName(self.tr("Sheet"))
        self.sheets.activated.connect(lambda _: self.read(self.sheets.currentText()))
        self.sheets_label = QLabel(self.tr("&Sheet:"), self)
        self.sheets_label.setBuddy(self.sheets)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        grid = QGridLayout()
        grid.addWidget(file_label, 0, 0)
        grid.addWidget(self.path, 0, 1)
        grid.addWidget(self.choose, 0, 2)
        grid.addWidget(self.read_button, 0, 3)
        grid.addWidget(self.sheets_label, 1, 0)
        grid.addWidget(self.sheets, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self._show_sheets(())

    def open_dialog(self) -> None:
        filters = [self.tr("Spreadsheets (*.csv *.xlsx *.xls *.ods *.txt)"), self.tr("All files (*)")]
        open_file_dialog(self, self.tr("Choose the spreadsheet"), QFileDialog.AcceptMode.AcceptOpen, self._chosen,
                         filters=filters)

    def _chosen(self, path: str) -> None:
        self.path.setText(path)
        self.read()

    def read(self, sheet: str | None = None) -> None:
        """Read the file named (and the chosen sheet of a workbook) on the pool."""
        text = self.path.text().strip()
        if not text or self.busy():
            return
        path = Path(text)

        def work(task: tasks.Task) -> Sheet:
            return read_sheet_file(path, sheet=sheet)

        self.run(work, lambda found: self._read(path, found), self.tr("Reading %1…").replace("%1", isolate(path.name)))

    def _read(self, path: Path, sheet: Sheet) -> None:
        self.state.new_sheet(path, sheet)
        self._show_sheets(sheet.sheet_names, sheet.name)
        where = self.tr("sheet “%1”: ").replace("%1", isolate(sheet.name)) if len(sheet.sheet_names) > 1 else ""
        rows = self.tr("%n row(s)", "", sheet.row_count)
        columns = self.tr("%n column(s)", "", len(sheet.headers))
        self.say(self.tr("%1: %2%3 and %4, read as %5.").replace("%1", isolate(path.name)).replace("%2", where).replace("%3", rows)
                 .replace("%4", columns).replace("%5", sheet.source))
        self.completeChanged.emit()

    def _show_sheets(self, names: tuple[str, ...], current: str = "") -> None:
        self.sheets.clear()
        self.sheets.addItems(list(names))
        self.sheets.setCurrentText(current)
        for widget in (self.sheets, self.sheets_label):
            widget.setVisible(len(names) > 1)

    def _failed(self, message: str) -> None:
        self.state.sheet = None
        super()._failed(message)

    def isComplete(self) -> bool:
        return not self.busy() and self.state.sheet is not None
