"""The one table-model base under every list of the desktop: rows of one type, titled columns, an id per row.

A subclass says what its columns are called (`headers`), what a cell shows
(`display`), which record a row stands for (`row_id`), and anything else a cell
needs for a role (`cell`: colour, tooltip, alignment, sort key). Lists are flat:
a valid parent has no rows.
"""

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.bidi import isolate

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one type shown in titled columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def headers(self) -> Sequence[str]:
        """The translated column titles."""
        raise NotImplementedError

    def display(self, row: Row, column: int) -> str:
        """What a cell shows (and a screen reader reads)."""
        raise NotImplementedError

    def row_id(self, row: Row) -> str | None:
        """The id a row stands for (a record, a contact's name), or None."""
        return None

    def cell(self, row: Row, column: int, role: int) -> object:
        """A cell's value for any other role."""
        return None

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, number: int) -> Row:
        return self._rows[number]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # a name, date or number keeps its own direction in a right-to-left list
            return isolate(self.display(row, index.column()))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.display(row, index.column())
        if role == ID_ROLE:
            return self.row_id(row)
        return self.cell(row, index.column(), role)
