"""Item models of the Colleagues section: contacts, checkable choices, an import preview."""

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.sharing.bundle_import import Preview
from app.sharing.contacts import Contact, Contacts
from app.sharing.merge import Outcome

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactsModel(QAbstractTableModel):
    """Columns: name, fingerprint, verified or not."""

    NAME, FINGERPRINT, STATE = range(3)

    def __init__(self, contacts: Contacts, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._source = contacts
        self._rows: list[Contact] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._source.list()
        self.endResetModel()

    def contact_at(self, row: int) -> Contact:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Fingerprint"), self.tr("Verified"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        contact = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (contact.name, contact.fingerprint,
                    self.tr("verified") if contact.verified else self.tr("not verified"))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.STATE and not contact.verified:
            return QColor("#b35900")
        if role == ID_ROLE:
            return contact.name
        return None


@dataclass
class Choice:
    """One row the user may tick: an id, what to show, and a second column (kind, state)."""

    id: str
    label: str
    detail: str
    checked: bool = False


class ChoiceModel(QAbstractTableModel):
    """A list of choices with a check box in the first column (records to export, recipients)."""

    LABEL, DETAIL = range(2)

    def __init__(self, headers: tuple[str, str], choices: list[Choice], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._headers = headers
        self._rows = choices

    def checked_ids(self) -> list[str]:
        return [row.id for row in self._rows if row.checked]

    def set_checked(self, choice_id: str, checked: bool = True) -> None:
        for number, row in enumerate(self._rows):
            if row.id == choice_id:
                row.checked = checked
                self.dataChanged.emit(self.index(number, 0), self.index(number, 0), [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.LABEL else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label if index.column() == self.LABEL else row.detail
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.LABEL:
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return row.id
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != self.LABEL:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self._rows[index.row()].checked = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class PreviewModel(QAbstractTableModel):
    """What an import does, one row per record that changes: new, changed or in conflict."""

    STATUS, KIND, NAME, FIELDS = range(4)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[tuple[str, Outcome]] = []

    def show(self, preview: Preview) -> None:
        self.beginResetModel()
        self._rows = ([("conflict", o) for o in preview.conflicts] + [("new", o) for o in preview.new]
                      + [("changed", o) for o in preview.changed])
        self.endResetModel()

    def statuses(self) -> list[str]:
        return [status for status, _ in self._rows]

    def _status(self, status: str) -> str:
        return {"new": self.tr("new"), "changed": self.tr("changed"), "conflict": self.tr("conflict")}[status]

    def _kind(self, kind: str) -> str:
        return {"person": self.tr("person"), "organisation": self.tr("organisation"), "case": self.tr("case"),
                "event": self.tr("event"), "intervention": self.tr("intervention"), "link": self.tr("link")}.get(kind, kind)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("What"), self.tr("Kind"), self.tr("Record"), self.tr("Fields"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        status, outcome = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            record = outcome.record
            if index.column() == self.STATUS:
                return self._status(status)
            if index.column() == self.KIND:
                return self._kind(record.kind)
            if index.column() == self.NAME:
                return record.display_name or record.id
            fields = [m["field"] for m in outcome.new_conflicts] if status == "conflict" else outcome.changed_fields
            return ", ".join(f for f in fields if not f.startswith("_")) if status != "new" else ""
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.STATUS and status == "conflict":
            return QColor("#b00020")
        if role == ID_ROLE:
            return outcome.record.id
        return None
