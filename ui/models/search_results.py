"""Search results as the user types: names in any script, pinyin, parts of names."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.search import Hit
from app.store import Repository
from ui.models.paged import Index
from ui.models.record_list import ID_ROLE

LIMIT = 100


def find(repo: Repository, query: str) -> list[Hit]:
    """The one call into app/ search, so a change of the search API touches only this line."""
    return repo.index.search(query, limit=LIMIT)


class SearchResultsModel(QAbstractTableModel):
    """Columns: name, kind of record."""

    def __init__(self, repo: Repository, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.repo = repo
        self.query = ""
        self._hits: list[Hit] = []

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self.query = query
        self._hits = find(self.repo, query) if query.strip() else []
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Kind"))[section]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == ID_ROLE:
            return hit.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                return hit.display_name
            return {"person": self.tr("person"), "organisation": self.tr("organisation"),
                    "case": self.tr("case")}.get(hit.kind, hit.kind)
        return None

    def ids(self) -> list[str]:
        return [hit.id for hit in self._hits]
