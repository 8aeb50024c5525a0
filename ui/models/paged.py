"""A table model that loads its rows a page at a time as the view scrolls (Qt's canFetchMore/fetchMore)."""

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows come from `next_page(last row loaded or None)`; a short page means the end."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[Row] = []
        self._done = False

    def next_page(self, last: Row | None) -> list[Row]:
        """The PAGE_SIZE rows after `last` (the first page when None)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done:
            return
        page = self.next_page(self._rows[-1] if self._rows else None)
        if len(page) < PAGE_SIZE:
            self._done = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def reload(self) -> None:
        """Start again from the first page (after a sort, an import, a lock)."""
        self.beginResetModel()
        self._rows = []
        self._done = False
        self.endResetModel()
        self.fetchMore()

    def loaded(self) -> int:
        return len(self._rows)
