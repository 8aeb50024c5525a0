"""A table model that loads its rows a page at a time as the view scrolls (Qt's canFetchMore/fetchMore)."""

import logging
from typing import TypeVar

from PySide6.QtCore import QModelIndex

from app.errors import CasebookError
from ui.models.table import Index, TableModel

PAGE_SIZE = 200
Row = TypeVar("Row")
log = logging.getLogger("casebook.ui.models")


class PagedTableModel(TableModel[Row]):
    """Rows come from `next_page(last row loaded or None)`; a short page means the end."""

    _done = False

    def next_page(self, last: Row | None) -> list[Row]:
        """The PAGE_SIZE rows after `last` (the first page when None)."""
        raise NotImplementedError

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done:
            return
        try:
            page = self.next_page(self._rows[-1] if self._rows else None)
        except CasebookError as exc:  # the vault is busy or locked: stop here; a reload tries again
            log.warning("a list stopped loading: %s", type(exc).__name__)
            self._done = True
            return
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
