"""Recent changes, newest first, from the records' history; loaded a page at a time like the record lists."""

from collections.abc import Sequence

from PySide6.QtCore import QObject

from app.session import Activity, Session
from ui.labels import kind_label, timestamp
from ui.models.paged import PAGE_SIZE, PagedTableModel


class ActivityModel(PagedTableModel[Activity]):
    """Columns: when, what was done, which record."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def _action(self, action: str) -> str:
        return {"create": self.tr("created"), "update": self.tr("changed"), "delete": self.tr("deleted"),
                "restore": self.tr("restored"), "import": self.tr("imported"), "merge": self.tr("merged")}.get(action, action)

    def headers(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("What"), self.tr("Record"))

    def display(self, row: Activity, column: int) -> str:
        if column == 0:
            return timestamp(row.at)
        if column == 1:
            return f"{kind_label(row.kind)} {self._action(row.action)}"
        return self.tr("(deleted record)") if row.deleted else row.display_name

    def row_id(self, row: Activity) -> str | None:
        return None if row.deleted else row.record_id

    def next_page(self, last: Activity | None) -> list[Activity]:
        return self.session.recent_changes(before=(last.at, last.version) if last else None, limit=PAGE_SIZE)
