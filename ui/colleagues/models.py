"""Item models of the Colleagues section: contacts, checkable choices, an import preview."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from app.session import Contact, Outcome, Preview, Session
from ui.labels import kind_label
from ui.models.table import Index, TableModel


class ContactsModel(TableModel[Contact]):
    """Columns: name, fingerprint, verified or not."""

    NAME, FINGERPRINT, STATE = range(3)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reload()

    def reload(self) -> None:
        self.set_rows(self.session.contacts())

    def contact_at(self, row: int) -> Contact:
        return self.row_at(row)

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Fingerprint"), self.tr("Verified"))

    def display(self, row: Contact, column: int) -> str:
        return (row.name, row.fingerprint, self.tr("verified") if row.verified else self.tr("not verified"))[column]

    def row_id(self, row: Contact) -> str:
        return row.name

    def cell(self, row: Contact, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE and not row.verified:
            return QColor("#b35900")
        return None


@dataclass
class Choice:
    """One row the user may tick: an id, what to show, and a second column (kind, state)."""

    id: str
    label: str
    detail: str
    checked: bool = False


class ChoiceModel(TableModel[Choice]):
    """A list of choices with a check box in the first column (records to export, recipients)."""

    LABEL, DETAIL = range(2)

    def __init__(self, headers: tuple[str, str], choices: list[Choice], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows = choices

    def headers(self) -> Sequence[str]:
        return self._headers

    def display(self, row: Choice, column: int) -> str:
        return row.label if column == self.LABEL else row.detail

    def row_id(self, row: Choice) -> str:
        return row.id

    def cell(self, row: Choice, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.CheckStateRole and column == self.LABEL:
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        return None

    def checked_ids(self) -> list[str]:
        return [row.id for row in self._rows if row.checked]

    def set_checked(self, choice_id: str, checked: bool = True) -> None:
        for number, row in enumerate(self._rows):
            if row.id == choice_id:
                row.checked = checked
                self.dataChanged.emit(self.index(number, 0), self.index(number, 0), [Qt.ItemDataRole.CheckStateRole])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.LABEL else flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != self.LABEL:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self._rows[index.row()].checked = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class PreviewModel(TableModel[tuple[str, Outcome]]):
    """What an import does, one row per record that changes: new, changed, in conflict or held for review."""

    STATUS, KIND, NAME, FIELDS = range(4)

    def show(self, preview: Preview) -> None:
        self.set_rows([("conflict", o) for o in preview.conflicts] + [("new", o) for o in preview.new]
                      + [("changed", o) for o in preview.changed] + [("held", o) for o in preview.held])

    def statuses(self) -> list[str]:
        return [status for status, _ in self._rows]

    def headers(self) -> Sequence[str]:
        return (self.tr("What"), self.tr("Kind"), self.tr("Record"), self.tr("Fields"))

    def display(self, row: tuple[str, Outcome], column: int) -> str:
        status, outcome = row
        record = outcome.record
        if column == self.STATUS:
            return {"new": self.tr("new"), "changed": self.tr("changed"), "conflict": self.tr("conflict"),
                    "held": self.tr("held for review")}[status]
        if column == self.KIND:
            return kind_label(record.kind)
        if column == self.NAME:
            return record.display_name or record.id
        fields = [m["field"] for m in outcome.new_conflicts] if status == "conflict" else outcome.changed_fields
        return ", ".join(f for f in fields if not f.startswith("_")) if status != "new" else ""

    def row_id(self, row: tuple[str, Outcome]) -> str:
        return row[1].record.id

    def cell(self, row: tuple[str, Outcome], column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and row[0] in ("conflict", "held"):
            return QColor("#b00020")
        return None
