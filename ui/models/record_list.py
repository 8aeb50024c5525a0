"""A lazy list of one kind of record: keyset pages of 200 as the view scrolls, sorted in the database.

Only the rows the user has scrolled past are in memory, and nothing is
decrypted: the list shows the stored display name, status and time.
"""

from PySide6.QtCore import QModelIndex, Qt

from app.store import Repository, Summary
from ui.labels import status, timestamp
from ui.models.paged import PAGE_SIZE, Index, PagedTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordListModel(PagedTableModel[Summary]):
    """Columns: name (or title), then status for people, then last change."""

    def __init__(self, repo: Repository, kind: str, parent: object = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.kind = kind
        self.columns = ["name", "status", "updated"] if kind == "person" else ["name", "updated"]
        self._sort = "name"
        self._descending = False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.columns[section]
        if column == "name":
            return self.tr("Title") if self.kind == "case" else self.tr("Name")
        return self.tr("Status") if column == "status" else self.tr("Last change")

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

    def next_page(self, last: Summary | None) -> list[Summary]:
        return self.repo.page(self.kind, sort=self._sort, descending=self._descending,
                              after=last.id if last else None, limit=PAGE_SIZE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the database: start again from the first page in the new order."""
        self._sort = self.columns[column] if 0 <= column < len(self.columns) else "name"
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def total(self) -> int:
        return self.repo.count(self.kind)

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
