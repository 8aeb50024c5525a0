"""Recent changes, newest first, from the records' history; loaded a page at a time like the record lists."""

from PySide6.QtCore import QModelIndex, Qt

from app.store import Activity, Repository
from ui.labels import timestamp
from ui.models.paged import PAGE_SIZE, Index, PagedTableModel
from ui.models.record_list import ID_ROLE


class ActivityModel(PagedTableModel[Activity]):
    """Columns: when, what was done, which record."""

    def __init__(self, repo: Repository, parent: object = None) -> None:
        super().__init__(parent)
        self.repo = repo

    def _kind(self, kind: str) -> str:
        return {"person": self.tr("person"), "organisation": self.tr("organisation"), "case": self.tr("case"),
                "event": self.tr("event"), "intervention": self.tr("intervention"), "link": self.tr("link")}.get(kind, kind)

    def _action(self, action: str) -> str:
        return {"create": self.tr("created"), "update": self.tr("changed"), "delete": self.tr("deleted"),
                "restore": self.tr("restored"), "import": self.tr("imported"), "merge": self.tr("merged")}.get(action, action)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("What"), self.tr("Record"))[section]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return None if row.deleted else row.record_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if index.column() == 0:
            return timestamp(row.at)
        if index.column() == 1:
            return f"{self._kind(row.kind)} {self._action(row.action)}"
        return self.tr("(deleted record)") if row.deleted else row.display_name

    def next_page(self, last: Activity | None) -> list[Activity]:
        return self.repo.recent_changes(before=(last.at, last.version) if last else None, limit=PAGE_SIZE)
