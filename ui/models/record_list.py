"""A lazy list of one kind of record: keyset pages of 200 as the view scrolls, sorted in the database.

Only the rows the user has scrolled past are in memory, and nothing is
decrypted: the list shows the stored display name, status and time.
"""

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt

from app.session import Session, Summary
from ui.labels import status, timestamp
from ui.models.paged import PAGE_SIZE, PagedTableModel


class RecordListModel(PagedTableModel[Summary]):
    """Columns: name (or title), then status for people, then last change."""

    def __init__(self, session: Session, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.columns = ["name", "status", "updated"] if kind == "person" else ["name", "updated"]
        self._sort = "name"
        self._descending = False

    def headers(self) -> Sequence[str]:
        titles = {"name": self.tr("Title") if self.kind == "case" else self.tr("Name"), "status": self.tr("Status"),
                  "updated": self.tr("Last change")}
        return [titles[column] for column in self.columns]

    def display(self, row: Summary, column: int) -> str:
        name = self.columns[column]
        if name == "name":
            return row.display_name
        return status(row.status) if name == "status" else timestamp(row.updated)

    def row_id(self, row: Summary) -> str:
        return row.id

    def next_page(self, last: Summary | None) -> list[Summary]:
        return self.session.page(self.kind, sort=self._sort, descending=self._descending,
                                 after=last.id if last else None, limit=PAGE_SIZE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the database: start again from the first page in the new order."""
        self._sort = self.columns[column] if 0 <= column < len(self.columns) else "name"
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def total(self) -> int:
        return self.session.count(self.kind)

    def row_of(self, record_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == record_id), -1)

    def record_changed(self, record_id: str) -> None:
        """Refresh one edited row in place; a new or deleted record reloads the list."""
        row = self.row_of(record_id)
        summary = self.session.summary(record_id)
        if row >= 0 and summary is not None and summary.display_name == self._rows[row].display_name:
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        elif row >= 0 or (summary is not None and summary.kind == self.kind):
            self.reload()
