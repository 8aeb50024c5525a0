"""A lazy list of one kind of record: keyset pages of 200 as the view scrolls, sorted in the database.

Only the rows the user has scrolled past are in memory, and nothing is
decrypted: the list shows the stored display name, status and time.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.repository import Repository, Summary
from ui.labels import status, timestamp

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class RecordListModel(QAbstractTableModel):
    """Columns: name (or title), then status for people, then last change."""

    def __init__(self, repo: Repository, kind: str, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.repo = repo
        self.kind = kind
        self.columns = ["name", "status", "updated"] if kind == "person" else ["name", "updated"]
        self._rows: list[Summary] = []
        self._done = False
        self._sort = "name"
        self._descending = False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.columns[section]
        if column == "name":
            return self.tr("Title") if self.kind == "case" else self.tr("Name")
        return self.tr("Status") if column == "status" else self.tr("Last change")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = self.columns[index.column()]
            if column == "name":
                return row.display_name
            if column == "status":
                return status(row.status)
            return timestamp(row.updated)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done:
            return
        after = self._rows[-1].id if self._rows else None
        page = self.repo.page(self.kind, sort=self._sort, descending=self._descending, after=after, limit=PAGE_SIZE)
        if len(page) < PAGE_SIZE:
            self._done = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the database: start again from the first page in the new order."""
        self._sort = self.columns[column] if 0 <= column < len(self.columns) else "name"
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._done = False
        self.endResetModel()
        self.fetchMore()

    def total(self) -> int:
        return self.repo.count(self.kind)

    def loaded(self) -> int:
        return len(self._rows)

    def row_of(self, record_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == record_id), -1)

    def record_changed(self, record_id: str) -> None:
        """Refresh one edited row in place; a new or deleted record reloads the list."""
        row = self.row_of(record_id)
        summary = self.repo.summary(record_id)
        if row >= 0 and summary is not None and summary.display_name == self._rows[row].display_name:
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        elif row >= 0 or (summary is not None and summary.kind == self.kind):
            self.reload()
