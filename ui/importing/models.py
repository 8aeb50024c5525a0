"""The import wizard's tables: columns and their fields, rows in error, possible duplicates with the user's decision."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor

from app.session import IGNORE, IMPORT_FIELDS, Action, Decision, Mapping, PossibleDuplicate, ReadRow, RowError
from ui.importing.choices import CHOICES_ROLE
from ui.models.table import Index, TableModel

UNDECIDED_COLOUR = QColor("#b00020")


def field_label(key: str) -> str:
    """An import field's label, translated (the labels join the "vocab" context of the catalogues)."""
    if key == IGNORE:
        return QCoreApplication.translate("ImportWizard", "(not imported)")
    label = next((f.label for f in IMPORT_FIELDS if f.key == key), key)
    return QCoreApplication.translate("vocab", label)


@dataclass
class MappedColumn:
    """One column of the sheet: its header, a few of its values, and the field it fills."""

    header: str
    samples: list[str]
    field: str


class MappingModel(TableModel[MappedColumn]):
    """Columns: the sheet's column, sample values, the field (chosen in a combo box).

    Signals:
        mappingChanged(): the user chose another field for a column.
    """

    COLUMN, SAMPLES, FIELD = range(3)
    mappingChanged = Signal()

    def show(self, mapping: Mapping, samples: dict[str, list[str]]) -> None:
        self.set_rows([MappedColumn(header, samples.get(header, []), key) for header, key in mapping.columns])

    def mapping(self) -> Mapping:
        return Mapping(tuple((row.header, row.field) for row in self._rows))

    def headers(self) -> Sequence[str]:
        return (self.tr("Column"), self.tr("Sample values"), self.tr("Field"))

    def display(self, row: MappedColumn, column: int) -> str:
        if column == self.COLUMN:
            return row.header
        if column == self.SAMPLES:
            return "  ·  ".join(row.samples)
        return field_label(row.field)

    def cell(self, row: MappedColumn, column: int, role: int) -> object:
        if column != self.FIELD:
            return None
        if role == Qt.ItemDataRole.EditRole:
            return row.field
        if role == CHOICES_ROLE:
            return [(IGNORE, field_label(IGNORE)), *((f.key, field_label(f.key)) for f in IMPORT_FIELDS)]
        if role == Qt.ItemDataRole.ForegroundRole and row.field == IGNORE:
            return QColor("#767676")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.FIELD else flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.FIELD or not isinstance(value, str):
            return False
        row = self._rows[index.row()]
        if row.field != value:
            row.field = value
            self.dataChanged.emit(index, index)
            self.mappingChanged.emit()
        return True


class RowErrorsModel(TableModel[RowError]):
    """Columns: the sheet's row number, the column, the problem."""

    ROW, COLUMN, PROBLEM = range(3)

    def headers(self) -> Sequence[str]:
        return (self.tr("Row"), self.tr("Column"), self.tr("Problem"))

    def display(self, row: RowError, column: int) -> str:
        return (str(row.row), row.column, row.problem)[column]

    def cell(self, row: RowError, column: int, role: int) -> object:
        return row.problem if role == Qt.ItemDataRole.ToolTipRole and column == self.PROBLEM else None


@dataclass(frozen=True)
class DuplicateLine:
    """One possible duplicate of one sheet row (a row may have several)."""

    row: ReadRow
    duplicate: PossibleDuplicate


class DuplicatesModel(TableModel[DuplicateLine]):
    """Columns: row, the name in the sheet, whom it may be, why, and the decision (chosen in a combo box).

    Decisions are kept per row, with the duplicate meant as target; the
    decision shows on that duplicate's line (on every line for "add as new").

    Signals:
        decisionsChanged(): the user decided about a row.
    """

    ROW, NAME, OTHER, WHY, DECISION = range(5)
    decisionsChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.decisions: dict[int, Decision] = {}

    def show(self, rows: list[ReadRow], decisions: dict[int, Decision]) -> None:
        self.decisions = decisions
        self.set_rows([DuplicateLine(row, d) for row in rows for d in row.duplicates])

    def action_labels(self) -> dict[Action, str]:
        return {Action.SKIP: self.tr("skip the row"), Action.FILL: self.tr("fill empty fields"),
                Action.OVERWRITE: self.tr("overwrite"), Action.NEW: self.tr("add as new")}

    def headers(self) -> Sequence[str]:
        return (self.tr("Row"), self.tr("In the sheet"), self.tr("May be"), self.tr("Why"), self.tr("Decision"))

    def _shown_action(self, line: DuplicateLine) -> Action | None:
        decision = self.decisions.get(line.row.number)
        if decision is None:
            return None
        if decision.action == Action.NEW:
            return decision.action
        target = decision.target if decision.target is not None else line.row.duplicates[0].other.ref
        return decision.action if target == line.duplicate.other.ref else None

    def display(self, row: DuplicateLine, column: int) -> str:
        duplicate = row.duplicate
        if column == self.ROW:
            return str(row.row.number)
        if column == self.NAME:
            return duplicate.person.display_name
        if column == self.OTHER:
            other = duplicate.other.display_name
            if duplicate.in_vault:
                return self.tr("%1 (in the vault)").replace("%1", other)
            return self.tr("row %1: %2").replace("%1", str(duplicate.other.ref)).replace("%2", other)
        if column == self.WHY:
            return duplicate.why
        action = self._shown_action(row)
        if action is not None:
            return self.action_labels()[action]
        return self.tr("undecided") if row.row.number not in self.decisions else ""

    def cell(self, row: DuplicateLine, column: int, role: int) -> object:
        if column != self.DECISION:
            return row.duplicate.why if role == Qt.ItemDataRole.ToolTipRole and column == self.WHY else None
        if role == Qt.ItemDataRole.EditRole:
            action = self._shown_action(row)
            return action.value if action is not None else ""
        if role == CHOICES_ROLE:
            return [(action.value, label) for action, label in self.action_labels().items()]
        if role == Qt.ItemDataRole.ForegroundRole and row.row.number not in self.decisions:
            return UNDECIDED_COLOUR
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.DECISION else flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.DECISION or not isinstance(value, str) or not value:
            return False
        line = self._rows[index.row()]
        action = Action(value)
        self.decisions[line.row.number] = Decision(action, None if action == Action.NEW else line.duplicate.other.ref)
        self._refresh()
        return True

    def decide_all(self, action: Action) -> None:
        """The same decision for every row with a possible duplicate (each about its first, best match)."""
        for line in self._rows:
            self.decisions[line.row.number] = Decision(action)
        self._refresh()

    def _refresh(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, self.DECISION), self.index(len(self._rows) - 1, self.DECISION))
        self.decisionsChanged.emit()


class PairsModel(TableModel[PossibleDuplicate]):
    """Find duplicates: the two people of each pair (the one filed first in the vault, then the other), and why."""

    FIRST, SECOND, WHY = range(3)

    def headers(self) -> Sequence[str]:
        return (self.tr("Person"), self.tr("May be the same as"), self.tr("Why"))

    def display(self, row: PossibleDuplicate, column: int) -> str:
        return (row.other.display_name, row.person.display_name, row.why)[column]

    def row_id(self, row: PossibleDuplicate) -> str:
        return str(row.other.ref)

    def cell(self, row: PossibleDuplicate, column: int, role: int) -> object:
        return row.why if role == Qt.ItemDataRole.ToolTipRole and column == self.WHY else None
