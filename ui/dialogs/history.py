"""A record's versions, what each one changed, and restoring a past version.

Restoring writes the old fields as a new version (Repository.restore), so
nothing is lost: the version being replaced stays in the history too.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
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
from app.session import HistoryEntry, Session
from ui.bidi import isolate
from ui.editors.labels import describe, field_label
from ui.editors.picker import display_name
from ui.labels import QT_TRANSLATE_NOOP, timestamp
from ui.models.table import TableModel

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("HistoryDialog", "created"),
    "update": QT_TRANSLATE_NOOP("HistoryDialog", "edited"),
    "restore": QT_TRANSLATE_NOOP("HistoryDialog", "restored"),
    "delete": QT_TRANSLATE_NOOP("HistoryDialog", "deleted"),
    "merge": QT_TRANSLATE_NOOP("HistoryDialog", "merged from a bundle"),
}


def last_name(entries: list[HistoryEntry], fallback: str) -> str:
    """The name of a record's last version that had one: a deleted record (one a merge retired) has none."""
    return next((e.record.display_name for e in reversed(entries) if e.record.display_name), fallback)


class ChangesModel(TableModel[FieldChange]):
    """Field, value before, value after, for one version."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = ""

    def set_changes(self, kind: str, changes: list[FieldChange]) -> None:
        self.kind = kind
        self.set_rows(changes)

    def headers(self) -> Sequence[str]:
        return (self.tr("Field"), self.tr("Before"), self.tr("After"))

    def display(self, row: FieldChange, column: int) -> str:
        if column == 0:
            return field_label(row.field)
        value = row.before if column == 1 else row.after
        return describe(self.kind, row.field, value, lambda rid: display_name(self.session, rid))

    def cell(self, row: FieldChange, column: int, role: int) -> object:
        return self.display(row, column) if role == Qt.ItemDataRole.ToolTipRole else None


class HistoryDialog(QDialog):
    """Lists versions newest first; shows what the chosen one changed; restores it.

    Signals:
        restored(str): a past version was restored (the record's id).
    """

    restored = Signal(str)

    def __init__(self, session: Session, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.record_id = record_id
        self.entries: list[HistoryEntry] = []
        self.setObjectName("historyDialog")
        self.versions = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.versions)
        self.list.setAccessibleName(self.tr("Versions, newest first"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._show_version)
        self.changes = ChangesModel(session, self)
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
        self.entries = self.session.history(self.record_id)
        self.setWindowTitle(self.tr("History of %1").replace("%1", isolate(last_name(self.entries, self.record_id))))
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
            self.session.restore(self.record_id, entry.version)
        except CasebookError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Restored: the record now holds the fields of that version."))
        self.reload()
        self.restored.emit(self.record_id)
