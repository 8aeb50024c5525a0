"""A case's interventions as a table (type, addressee, date, status, response), with Add and Edit.

What was done about a case — urgent appeals, letters, démarches — is what a
UN draft lists as remedies tried and earlier appeals, so it is kept where the
case is read. The panel only shows and asks: the record view opens the
editor (it outlives the page this panel sits on, which a save rebuilds).
"""

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.records import vocab
from app.records.record import Record
from app.records.status import event_sort_key
from ui.editors.labels import code_label, field_label
from ui.main.list_page import RecordTree
from ui.models.table import TableModel

# Rows shown before the table scrolls: a case rarely has more, and the page around it scrolls too.
VISIBLE_ROWS = 6


class InterventionsModel(TableModel[Record]):
    """One row per intervention, oldest first (undated last)."""

    TYPE, ADDRESSEE, DATE, STATUS, RESPONSE = range(5)
    KEYS = ("type", "addressee", "date", "status", "response")

    def headers(self) -> Sequence[str]:
        return [field_label(key) for key in self.KEYS]

    def display(self, row: Record, column: int) -> str:
        value = row.fields.get(self.KEYS[column])
        if column == self.TYPE:
            return code_label(vocab.INTERVENTION_TYPES, value)
        if column == self.STATUS:
            return code_label(vocab.INTERVENTION_STATUS, value)
        return str(value or "")

    def row_id(self, row: Record) -> str:
        return row.id

    def show(self, interventions: list[Record]) -> None:
        self.set_rows(sorted(interventions, key=lambda r: event_sort_key(r.fields)))


class InterventionsPanel(QWidget):
    """The interventions of one case with Add intervention and Edit.

    Signals:
        addRequested(): the user wants a new intervention for this case.
        editRequested(str): the user wants to edit this intervention.
    """

    addRequested = Signal()
    editRequested = Signal(str)

    def __init__(self, interventions: list[Record], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InterventionsModel(self)
        self.model.show(interventions)
        self.view = RecordTree(self.model, self)
        self.view.setAccessibleName(self.tr("Interventions of this case"))
        self.view.resizeColumnToContents(InterventionsModel.TYPE)
        rows = min(max(self.model.rowCount(), 1), VISIBLE_ROWS)
        self.view.setFixedHeight(self.view.horizontalHeader().sizeHint().height() + rows * self.view.verticalHeader().defaultSectionSize()
                                 + 2 * self.view.frameWidth())
        self.view.setVisible(self.model.rowCount() > 0)
        self.view.recordActivated.connect(self.editRequested)
        self.add_button = QPushButton(self.tr("Add &intervention…"), self)
        self.add_button.setAccessibleName(self.tr("Add an intervention to this case"))
        self.edit_button = QPushButton(self.tr("Edit intervention…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected intervention"))
        self.edit_button.setEnabled(False)
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(self._edit_selected)
        self.view.selectionModel().currentRowChanged.connect(self._current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def _current(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.edit_button.setEnabled(current.isValid())

    def _edit_selected(self) -> None:
        chosen = self.view.current_id()
        if chosen:
            self.editRequested.emit(chosen)
