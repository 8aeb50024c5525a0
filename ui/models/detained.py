"""Detained now as a table: who, status, since when, days, where, lawyer access, next hearing.

The list is worked out on the thread pool (each person's events are decrypted
to find since when and where), and only the newest reload is shown.
"""

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor

from app.records import vocab
from app.session import DetainedPerson, Session
from ui.labels import label, status
from ui.models.table import TableModel
from ui.tasks import LatestOnly

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The marks that matter in Chinese practice: 37 days of criminal detention, six months of RSDL.
CRIMINAL_DETENTION_DAYS = 37
RSDL_DAYS = 183
RED = QColor("#c62828")


class DetainedModel(TableModel[DetainedPerson]):
    """The whole list (it is short: an index lookup by status); sortable through a proxy by SORT_ROLE.

    Signals:
        loaded(): a reload finished and its rows are shown.
        failed(str): the list could not be read (the sentence says why).
    """

    loaded = Signal()
    failed = Signal(str)
    NAME, STATUS, SINCE, DAYS, WHERE, LAWYER, HEARING = range(7)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._reloads: LatestOnly[list[DetainedPerson]] = LatestOnly(self._show, self.failed.emit, self)
        self.reload()

    def reload(self) -> None:
        """Read the list again in the background; the rows shown stay until the new ones arrive."""
        self._reloads.ask(object(), self.session.detained_now)

    def _show(self, key: object, people: list[DetainedPerson]) -> None:
        self.set_rows(people)
        self.loaded.emit()

    def loading(self) -> bool:
        return self._reloads.busy()

    def person(self, row: int) -> DetainedPerson:
        return self.row_at(row)

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Status"), self.tr("Since"), self.tr("Days"), self.tr("Where"),
                self.tr("Lawyer access"), self.tr("Next hearing"))

    def _where(self, person: DetainedPerson) -> str:
        if person.whereabouts_known is False:
            return self.tr("whereabouts unknown") + (f" ({person.where})" if person.where else "")
        return person.where or self.tr("not known")

    def display(self, row: DetainedPerson, column: int) -> str:
        values = {
            self.NAME: row.name,
            self.STATUS: status(row.status),
            self.SINCE: row.since or self.tr("not known"),
            self.DAYS: "" if row.days is None else str(row.days),
            self.WHERE: self._where(row),
            self.LAWYER: label(vocab.LAWYER_ACCESS, row.lawyer_access) or self.tr("not known"),
            self.HEARING: row.next_hearing or "",
        }
        return values[column]

    def row_id(self, row: DetainedPerson) -> str:
        return row.person_id

    def _overdue(self, person: DetainedPerson) -> bool:
        """Past the 37-day mark of criminal detention or the six-month mark of RSDL."""
        limit = RSDL_DAYS if person.status == "rsdl" else CRIMINAL_DETENTION_DAYS if person.status == "detained" else None
        return limit is not None and person.days is not None and person.days > limit

    def cell(self, row: DetainedPerson, column: int, role: int) -> object:
        if role == SORT_ROLE:
            return (row.days if row.days is not None else -1) if column == self.DAYS else self.display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LAWYER and row.lawyer_access == "denied":
            return RED
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DAYS and self._overdue(row):
            return RED
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DAYS and self._overdue(row):
            return self.tr("Past the legal time limit for this form of detention.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
