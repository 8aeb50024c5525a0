"""Detained now as a table: who, status, since when, days, the next mark, where, lawyer access, next hearing.

The list is worked out on the thread pool (each person's events are decrypted
to find since when and where, and the marks ahead: app.records.deadlines),
and only the newest reload is shown.
"""

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor

from app.records import vocab
from app.session import DetainedPerson, Session
from ui.labels import day_count_rule, label, mark_label, mark_left, mark_soon, mark_text, status
from ui.models.table import TableModel
from ui.tasks import LatestOnly

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RED = QColor("#c62828")
# Sorts people with no mark ahead after everyone with one.
NO_MARK = 1_000_000


class DetainedModel(TableModel[DetainedPerson]):
    """The whole list (it is short: an index lookup by status); sortable through a proxy by SORT_ROLE.

    Signals:
        loaded(): a reload finished and its rows are shown.
        failed(str): the list could not be read (the sentence says why).
    """

    loaded = Signal()
    failed = Signal(str)
    NAME, STATUS, SINCE, DAYS, NEXT_MARK, WHERE, LAWYER, HEARING = range(8)

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
        return (self.tr("Name"), self.tr("Status"), self.tr("Since"), self.tr("Days"), self.tr("Next mark"), self.tr("Where"),
                self.tr("Lawyer access"), self.tr("Next hearing"))

    def _where(self, person: DetainedPerson) -> str:
        if person.whereabouts_known is False:
            return self.tr("whereabouts unknown") + (f" ({person.where})" if person.where else "")
        return person.where or self.tr("not known")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and section == self.DAYS and role == Qt.ItemDataRole.ToolTipRole:
            return day_count_rule()
        return super().headerData(section, orientation, role)

    def display(self, row: DetainedPerson, column: int) -> str:
        values = {
            self.NAME: row.name,
            self.STATUS: status(row.status),
            self.SINCE: row.since or self.tr("not known"),
            self.DAYS: "" if row.days is None else str(row.days),
            self.NEXT_MARK: f"{mark_left(row.next_mark)} — {mark_label(row.next_mark)}" if row.next_mark else "",
            self.WHERE: self._where(row),
            self.LAWYER: label(vocab.LAWYER_ACCESS, row.lawyer_access) or self.tr("not known"),
            self.HEARING: row.next_hearing or "",
        }
        return values[column]

    def row_id(self, row: DetainedPerson) -> str:
        return row.person_id

    @staticmethod
    def _overdue(person: DetainedPerson) -> bool:
        """A legal limit of the present detention has passed (only those marks count below zero)."""
        return any(mark.days_left < 0 for mark in person.marks)

    def _sort_key(self, row: DetainedPerson, column: int) -> object:
        if column == self.DAYS:
            return row.days if row.days is not None else -1
        if column == self.NEXT_MARK:
            return row.next_mark.days_left if row.next_mark else NO_MARK
        return self.display(row, column)

    def cell(self, row: DetainedPerson, column: int, role: int) -> object:
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LAWYER and row.lawyer_access == "denied":
            return RED
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DAYS and self._overdue(row):
            return RED
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NEXT_MARK and row.next_mark and mark_soon(row.next_mark):
            return RED
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NEXT_MARK and row.next_mark:
            return mark_text(row.next_mark)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DAYS and row.days is not None:
            rule = day_count_rule()
            return self.tr("Past the legal time limit for this form of detention.") + " " + rule if self._overdue(row) else rule
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
