"""The wizard's mapping page: each column, its sample values and its field; saved mappings to use, or to save this one."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import CasebookError
from app.session import IGNORE, Mapping, Session, Sheet, column_samples, guess_mapping
from ui import tasks
from ui.bidi import isolate
from ui.importing.choices import ChoiceDelegate
from ui.importing.models import MappingModel
from ui.importing.state import ImportState, TaskPage

EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked
                 | QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed)


def _samples(sheet: Sheet) -> dict[str, list[str]]:
    return {header: column_samples(sheet, header) for header in sheet.headers}


class MappingPage(TaskPage):
    """Columns to fields: guessed from the headers (or a saved mapping), changed in the Field column."""

    def __init__(self, session: Session, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(session, state, parent)
        self.setTitle(self.tr("Match the columns to fields"))
        self.setSubTitle(self.tr("Each column's field is guessed from its header. To change one, choose it in the Field "
                                 "column (F2 or any key opens the list). Columns not imported are left out."))
        self.samples: dict[str, list[str]] = {}
        self.model = MappingModel(self)
        self.model.mappingChanged.connect(self._changed)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Columns and their fields"))
        self.table.setItemDelegateForColumn(MappingModel.FIELD, ChoiceDelegate(self.table))
        self.table.setEditTriggers(EDIT_TRIGGERS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MappingModel.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MappingModel.SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MappingModel.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.saved = QComboBox(self)
        self.saved.setAccessibleName(self.tr("Saved mappings"))
        self.use_saved = QPushButton(self.tr("&Use"), self)
        self.use_saved.setAccessibleName(self.tr("Use the saved mapping chosen"))
        self.use_saved.clicked.connect(self.load_saved)
        self.save_name = QLineEdit(self)
        self.save_name.setAccessibleName(self.tr("Name to save this mapping under"))
        self.save_name.setPlaceholderText(self.tr("e.g. monthly caseload"))
        self.save_button = QPushButton(self.tr("Sa&ve this mapping"), self)
        self.save_button.clicked.connect(self.save)
        saved_label = QLabel(self.tr("Saved &mappings:"), self)
        saved_label.setBuddy(self.saved)
        row = QHBoxLayout()
        row.addWidget(saved_label)
        row.addWidget(self.saved, 1)
        row.addWidget(self.use_saved)
        row.addSpacing(24)
        row.addWidget(self.save_name, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)

    def initializePage(self) -> None:
        """A new sheet: its mapping guessed and its sample values read, on the pool."""
        self._list_saved()
        sheet = self.state.sheet
        if sheet is None or (self.state.mapping is not None and self.samples):
            return
        self.model.set_rows([])

        def work(task: tasks.Task) -> tuple[Mapping, dict[str, list[str]]]:
            return guess_mapping(sheet), _samples(sheet)

        self.run(work, self._shown, self.tr("Reading sample values…"))

    def _shown(self, found: tuple[Mapping, dict[str, list[str]]]) -> None:
        mapping, self.samples = found
        self._use(mapping)

    def _use(self, mapping: Mapping) -> None:
        self.model.show(mapping, self.samples)
        self.state.new_mapping(mapping)
        self._check()

    def _changed(self) -> None:
        self.state.new_mapping(self.model.mapping())
        self._check()

    def _check(self) -> None:
        mapping = self.state.mapping
        try:
            if mapping is not None:
                mapping.check()
        except CasebookError as exc:
            self.say(str(exc), problem=True)
        else:
            mapped = sum(key != IGNORE for _, key in mapping.columns) if mapping else 0
            self.say(self.tr("%1 of %2 columns will be imported.").replace("%1", str(mapped))
                     .replace("%2", str(len(self.model.rows()))))
        self.completeChanged.emit()

    def _list_saved(self) -> None:
        self.saved.clear()
        self.saved.addItems(self.session.saved_mappings())
        self.use_saved.setEnabled(self.saved.count() > 0)

    def load_saved(self) -> None:
        sheet = self.state.sheet
        if sheet is None or not self.saved.currentText():
            return
        try:
            self._use(self.session.load_mapping(self.saved.currentText()).for_headers(sheet.headers))
        except CasebookError as exc:
            self.say(str(exc), problem=True)

    def save(self) -> None:
        name = self.save_name.text().strip()
        if not name:
            self.say(self.tr("Give the mapping a name to save it under."), problem=True)
            self.save_name.setFocus()
            return
        try:
            self.session.save_mapping(name, self.model.mapping())
        except CasebookError as exc:
            self.say(str(exc), problem=True)
            return
        self._list_saved()
        self.saved.setCurrentText(name)
        self.say(self.tr("Saved this mapping in the vault as “%1”.").replace("%1", isolate(name)))

    def isComplete(self) -> bool:
        mapping = self.state.mapping
        if self.busy() or mapping is None:
            return False
        try:
            mapping.check()
        except CasebookError:
            return False
        return True
