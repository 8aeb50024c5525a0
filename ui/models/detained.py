"""Detained now as a table: who, status, since when, days, where, lawyer access, next hearing."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from app.records import vocab
from app.store import Repository
from app.store.detained import DetainedPerson, detained_now
from ui.labels import label, status
from ui.models.paged import Index
from ui.models.record_list import ID_ROLE

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The marks that matter in Chinese practice: 37 days of criminal detention, six months of RSDL.
CRIMINAL_DETENTION_DAYS = 37
RSDL_DAYS = 183


class DetainedModel(QAbstractTableModel):
    """The whole list (it is short: an index lookup by status); sortable through a proxy by SORT_ROLE."""

    NAME, STATUS, SINCE, DAYS, WHERE, LAWYER, HEARING = range(7)

    def __init__(self, repo: Repository, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.repo = repo
        self._rows: list[DetainedPerson] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = detained_now(self.repo)
        self.endResetModel()

    def person(self, row: int) -> DetainedPerson:
        return self._rows[row]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Status"), self.tr("Since"), self.tr("Days"), self.tr("Where"),
                self.tr("Lawyer access"), self.tr("Next hearing"))[section]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def _where(self, person: DetainedPerson) -> str:
        if person.whereabouts_known is False:
            return self.tr("whereabouts unknown") + (f" ({person.where})" if person.where else "")
        return person.where or self.tr("not known")

    def _display(self, person: DetainedPerson, column: int) -> str:
        values = {
            self.NAME: person.name,
            self.STATUS: status(person.status),
            self.SINCE: person.since or self.tr("not known"),
            self.DAYS: "" if person.days is None else str(person.days),
            self.WHERE: self._where(person),
            self.LAWYER: label(vocab.LAWYER_ACCESS, person.lawyer_access) or self.tr("not known"),
            self.HEARING: person.next_hearing or "",
        }
        return values[column]

    def _overdue(self, person: DetainedPerson) -> bool:
        """Past the 37-day mark of criminal detention or the six-month mark of RSDL."""
        limit = RSDL_DAYS if person.status == "rsdl" else CRIMINAL_DETENTION_DAYS if person.status == "detained" else None
        return limit is not None and person.days is not None and person.days > limit

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return person.person_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(person, column)
        if role == SORT_ROLE:
            return (person.days if person.days is not None else -1) if column == self.DAYS else self._display(person, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LAWYER and person.lawyer_access == "denied":
            return QColor("#c62828")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DAYS and self._overdue(person):
            return QColor("#c62828")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DAYS and self._overdue(person):
            return self.tr("Past the legal time limit for this form of detention.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
