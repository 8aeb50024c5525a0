"""List-of-objects fields (names, channels, charges, people in a case) as editable tables.

Each row is one object; vocabulary columns are edited with a combo box and
store the code in Qt.UserRole while the cell shows the translated label.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.records import vocab
from app.records.scripts import detect_script
from ui.bidi import LeftToRightDelegate
from ui.editors.fields import Field
from ui.editors.labels import SCRIPTS, code_label, field_label, script_label

CODE = Qt.ItemDataRole.UserRole
HIDDEN = Qt.ItemDataRole.UserRole + 1  # members of a row's object that no column shows, kept as they were


@dataclass(frozen=True)
class Column:
    """One column: the object key, and its vocabulary (None for free text)."""

    key: str
    choices: dict[str, str] | None = None
    editable: bool = True
    display: Callable[[str], str] | None = None

    @property
    def coded(self) -> bool:
        """The cell stores a code or id (Qt.UserRole) and shows a label for it."""
        return self.choices is not None or self.display is not None

    def label(self, code: str | None) -> str:
        if code is None:
            return ""
        if self.display is not None:
            return self.display(code)
        if self.choices is SCRIPTS:
            return f"{code} · {script_label(code)}"
        return code_label(self.choices, code) if self.choices is not None else code


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a vocabulary cell with a combo box of translated labels."""

    def __init__(self, column: Column, parent: QWidget) -> None:
        super().__init__(parent)
        self.column = column

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(field_label(self.column.key))
        assert self.column.choices is not None
        for code in self.column.choices:
            combo.addItem(self.column.label(code), code)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(CODE)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        code = editor.currentData()
        model.setData(index, code, CODE)
        model.setData(index, self.column.label(code), Qt.ItemDataRole.DisplayRole)


class TableField(Field):
    """A list of objects, one per row, with Add and Remove buttons."""

    def __init__(self, key: str, columns: list[Column], parent: QWidget | None = None,
                 defaults: Callable[[int], dict[str, Any]] | None = None) -> None:
        super().__init__(key, parent)
        self.columns = columns
        self._defaults = defaults or (lambda _row: {})
        self.model = QStandardItemModel(0, len(columns), self)
        self.model.setHorizontalHeaderLabels([field_label(c.key) for c in columns])
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(field_label(key))
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed | triggers.SelectedClicked)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(110)
        for number, column in enumerate(columns):
            if column.choices is not None:
                self.view.setItemDelegateForColumn(number, ChoiceDelegate(column, self.view))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.remove_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.model.itemChanged.connect(self._item_changed)
        self.model.rowsRemoved.connect(self._user_edit)
        box = QWidget(self)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.view)
        buttons = QHBoxLayout()
        self.buttons = buttons
        self.add_button = QPushButton(self.tr("Add"), box)
        self.add_button.setAccessibleName(self.tr("Add to %1").replace("%1", field_label(key)))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove"), box)
        self.remove_button.setToolTip(self.tr("Remove the selected row (Delete)"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected row of %1").replace("%1", field_label(key)))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.set_input(box)
        self.setFocusProxy(self.view)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    # -- rows ----------------------------------------------------------------

    def _items(self, row: dict[str, Any]) -> list[QStandardItem]:
        items = []
        for column in self.columns:
            raw = row.get(column.key)
            item = QStandardItem()
            if column.coded:
                item.setData(raw, CODE)
                item.setText(column.label(raw))
            else:
                item.setData(raw, CODE)
                item.setText("" if raw is None else str(raw))
            item.setEditable(column.editable)
            items.append(item)
        shown = {c.key for c in self.columns}
        items[0].setData({k: v for k, v in row.items() if k not in shown and v is not None}, HIDDEN)
        return items

    def add_row(self, values: dict[str, Any] | None = None) -> None:
        """Append a row (defaults for a new one) and start editing its first cell."""
        row = values if isinstance(values, dict) else self._defaults(self.model.rowCount())
        self._loading = True
        try:
            self.model.appendRow(self._items(row))
            self.decorate(self.model.rowCount() - 1)
        finally:
            self._loading = False
        self._user_edit()
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(index)
        if self.columns[0].editable:
            self.view.edit(index)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()} or
                      ({self.view.currentIndex().row()} if self.view.currentIndex().isValid() else set()), reverse=True)
        for row in rows:
            self.model.removeRow(row)

    def cell(self, row: int, key: str) -> Any:
        column = next(i for i, c in enumerate(self.columns) if c.key == key)
        item = self.model.item(row, column)
        if self.columns[column].coded:
            return item.data(CODE)
        return item.text().strip() or None

    def set_cell(self, row: int, key: str, value: Any) -> None:
        """Set one cell as the user would (undo sees it)."""
        column_number = next(i for i, c in enumerate(self.columns) if c.key == key)
        column = self.columns[column_number]
        item = self.model.item(row, column_number)
        item.setData(value, CODE)
        item.setText(column.label(value) if column.coded else str(value or ""))

    def _item_changed(self, item: QStandardItem) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            column = self.columns[item.column()]
            if not column.coded:
                item.setData(item.text(), CODE)
            self.filled_in(item.row(), column.key)
            self.decorate(item.row())
        finally:
            self._loading = False
        self._user_edit()

    def filled_in(self, row: int, key: str) -> None:
        """Hook: a cell was edited; subclasses fill sensible defaults in the others."""

    def decorate(self, row: int) -> None:
        """Hook: colour a row by its content (unsafe channels stand out)."""

    # -- value, state, errors -------------------------------------------------

    def _hidden(self, row: int) -> dict[str, Any]:
        return dict(self.model.item(row, 0).data(HIDDEN) or {})

    def rows(self) -> list[dict[str, Any]]:
        """The objects, with members no column shows (e.g. a channel's `internal`) kept."""
        result = []
        for row in range(self.model.rowCount()):
            values = {c.key: self.cell(row, c.key) for c in self.columns}
            if any(v is not None for v in values.values()):
                result.append({**self._hidden(row), **{k: v for k, v in values.items() if v is not None}})
        return result

    def value(self) -> list[dict[str, Any]] | None:
        return self.rows() or None

    def state(self) -> list[dict[str, Any]]:
        return [{**self._hidden(r), **{c.key: self.cell(r, c.key) for c in self.columns}} for r in range(self.model.rowCount())]

    def _apply_state(self, state: Any) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for row in state or []:
            self.model.appendRow(self._items(row))
            self.decorate(self.model.rowCount() - 1)

    def show_error(self, message: str, path: list[str]) -> None:
        """Select the offending row (and cell) and show the message under the table."""
        row = int(path[0]) - 1 if path and path[0].isdigit() else None
        if row is not None and 0 <= row < self.model.rowCount():
            column = next((i for i, c in enumerate(self.columns) if len(path) > 1 and c.key == path[1]), 0)
            self.view.setCurrentIndex(self.model.index(row, column))
            what = field_label(path[1]) if len(path) > 1 else ""
            message = self.tr("Row %1").replace("%1", str(row + 1)) + (f", {what.lower()}" if what else "") + f": {message}"
        super().show_error(message, path)


class NamesField(TableField):
    """Names in several scripts: value, kind and script per name; script guessed as you type."""

    mergeable = False

    def __init__(self, key: str = "names", parent: QWidget | None = None) -> None:
        super().__init__(key, [Column("value"), Column("kind", vocab.NAME_KINDS), Column("script", SCRIPTS)], parent)

    def filled_in(self, row: int, key: str) -> None:
        if key != "value":
            return
        value = self.cell(row, "value") or ""
        script = detect_script(value) if value else None
        if script and script != "Zzzz":
            self.set_cell(row, "script", script)
        if self.cell(row, "kind") is None and value:
            first_script = self.cell(0, "script") if row else None
            kind = "primary" if row == 0 else "romanised" if script == "Latn" and first_script not in (None, "Latn") else "alias"
            self.set_cell(row, "kind", kind)


class ChannelsField(TableField):
    """How to reach someone; a do-not-use channel is drawn in red and struck through."""

    def __init__(self, key: str = "channels", parent: QWidget | None = None) -> None:
        super().__init__(key, [Column("type", vocab.CHANNEL_TYPES), Column("value"),
                               Column("safety", vocab.CHANNEL_SAFETY), Column("note")], parent,
                         defaults=lambda _row: {"type": "signal", "safety": vocab.UNKNOWN_SAFETY})
        self.view.setItemDelegateForColumn(1, LeftToRightDelegate(self.view))

    def decorate(self, row: int) -> None:
        safety = self.cell(row, "safety")
        for column in range(len(self.columns)):
            item = self.model.item(row, column)
            if item is None:
                return
            font = QFont(item.font())
            font.setStrikeOut(safety == "do_not_use" and self.columns[column].key == "value")
            font.setBold(safety == "do_not_use")
            item.setFont(font)
            if safety == "do_not_use":
                item.setBackground(QBrush(QColor("#ffcdd2")))
                item.setForeground(QBrush(QColor("#8e0000")))
            elif safety == "monitored":
                item.setBackground(QBrush(QColor("#fff3cd")))
                item.setForeground(QBrush(QColor("#5d4200")))
            else:
                item.setBackground(QBrush())
                item.setForeground(QBrush())
        safety_item = self.model.item(row, 2)
        if safety_item is not None:
            safety_item.setText(("⚠ " if safety == "do_not_use" else "") + code_label(vocab.CHANNEL_SAFETY, safety))
