"""A record's versions, what each one changed, and restoring a past version.

Restoring writes the old fields as a new version (Repository.restore), so
nothing is lost: the version being replaced stays in the history too.
"""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import CasebookError
from app.records.diff import FieldChange, field_changes
from app.store import HistoryEntry
from app.vault.vault import Vault
from ui.editors.labels import QT_TRANSLATE_NOOP, describe, field_label
from ui.editors.picker import display_name
from ui.labels import timestamp

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("HistoryDialog", "created"),
    "update": QT_TRANSLATE_NOOP("HistoryDialog", "edited"),
    "restore": QT_TRANSLATE_NOOP("HistoryDialog", "restored"),
    "delete": QT_TRANSLATE_NOOP("HistoryDialog", "deleted"),
    "merge": QT_TRANSLATE_NOOP("HistoryDialog", "merged from a bundle"),
}


class ChangesModel(QAbstractTableModel):
    """Field, value before, value after, for one version."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.kind = ""
        self.changes: list[FieldChange] = []

    def set_changes(self, kind: str, changes: list[FieldChange]) -> None:
        self.beginResetModel()
        self.kind = kind
        self.changes = changes
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Field"), self.tr("Before"), self.tr("After"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        change = self.changes[index.row()]
        if index.column() == 0:
            return field_label(change.field)
        value = change.before if index.column() == 1 else change.after
        return describe(self.kind, change.field, value, lambda rid: display_name(self.vault, rid))


class HistoryDialog(QDialog):
    """Lists versions newest first; shows what the chosen one changed; restores it.

    Signals:
        restored(str): a past version was restored (the record's id).
    """

    restored = Signal(str)

    def __init__(self, vault: Vault, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.record_id = record_id
        self.entries: list[HistoryEntry] = []
        self.setObjectName("historyDialog")
        self.versions = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.versions)
        self.list.setAccessibleName(self.tr("Versions, newest first"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._show_version)
        self.changes = ChangesModel(vault, self)
        self.table = QTableView(self)
        self.table.setModel(self.changes)
        self.table.setAccessibleName(self.tr("What this version changed"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 3)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore this version"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the selected version as a new version"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(860, 480)
        self.reload()

    def reload(self) -> None:
        """Read the versions again (after a restore) and select the newest."""
        self.entries = self.vault.records.history(self.record_id)
        current = self.entries[-1].record
        self.setWindowTitle(self.tr("History of %1").replace("%1", current.display_name or self.record_id))
        self.versions.clear()
        for number, entry in reversed(list(enumerate(self.entries))):
            action = self.tr(ACTIONS.get(entry.action, entry.action))
            text = f"{timestamp(entry.at)}  {action}"
            if number == len(self.entries) - 1:
                text += "  " + self.tr("(current)")
            if entry.note:
                text += f"\n{entry.note}"
            shown = [field_label(f) for f in entry.changed if not f.startswith("_")]
            if shown and entry.action != "create":
                text += "\n" + ", ".join(shown)
            item = QStandardItem(text)
            item.setData(number, Qt.ItemDataRole.UserRole)
            self.versions.appendRow(item)
        self.list.setCurrentIndex(self.versions.index(0, 0))

    def selected_entry(self) -> int:
        index = self.list.currentIndex()
        return int(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else len(self.entries) - 1

    def select_version(self, number: int) -> None:
        """Select the version at `number` (0 is the oldest)."""
        self.list.setCurrentIndex(self.versions.index(len(self.entries) - 1 - number, 0))

    def _show_version(self, *_: Any) -> None:
        number = self.selected_entry()
        entry = self.entries[number]
        before = self.entries[number - 1].record.fields if number > 0 else None
        self.changes.set_changes(entry.record.kind, field_changes(before, entry.record.fields))
        self.table.resizeRowsToContents()
        self.restore_button.setEnabled(number < len(self.entries) - 1)

    def restore_selected(self) -> None:
        entry = self.entries[self.selected_entry()]
        try:
            self.vault.records.restore(self.record_id, entry.version)
        except CasebookError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Restored: the record now holds the fields of that version."))
        self.reload()
        self.restored.emit(self.record_id)
