"""Form fields of the record editors: an input, its value, and an error line beside it.

Every field exposes `value()` (what is saved; None removes the field),
`state()`/`set_state()` (what undo restores, exactly as typed) and the
`edited` signal, emitted only for the user's own changes.
"""

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.editors.labels import code_label, field_label, yes_no


class UndoKeysToDialog(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the editor's undo stack instead of one input's own undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            combo = event.keyCombination()  # type: ignore[attr-defined]
            pressed = QKeySequence(combo)
            for key in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo):
                if any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in QKeySequence.keyBindings(key)):
                    event.ignore()
                    return True
        return False


class Field(QWidget):
    """Base: a field with an error label under its input.

    Signals:
        edited: the user changed the value (not emitted by set_state).
    """

    edited = Signal()
    mergeable = False

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: 600;")
        self.error.setAccessibleName(self.tr("Error in %1").replace("%1", field_label(key)))
        self.error.hide()
        self._loading = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_input(self, widget: QWidget) -> None:
        """Place the input above the error line and name it for screen readers."""
        self.input = widget
        widget.setAccessibleName(field_label(self.key))
        self._layout.addWidget(widget)
        self._layout.addWidget(self.error)
        self.setFocusProxy(widget)

    def _user_edit(self, *_: Any) -> None:
        if not self._loading:
            self.clear_error()
            self.edited.emit()

    def value(self) -> Any:
        raise NotImplementedError

    def state(self) -> Any:
        return self.value()

    def set_state(self, state: Any) -> None:
        self._loading = True
        try:
            self._apply_state(state)
        finally:
            self._loading = False

    def _apply_state(self, state: Any) -> None:
        raise NotImplementedError

    def problem(self) -> str | None:
        """A mistake the form can see before saving (none by default; the repository validates)."""
        return None

    def show_error(self, message: str, path: list[str]) -> None:
        """Show `message` beside the input; `path` is what follows the key (row, sub-field)."""
        self.error.setText(message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.hide()
        self.error.clear()

    def leaves(self) -> list["Field"]:
        """The fields undo tracks one by one (a group answers with its members)."""
        return [self]


class LineField(Field):
    """One line of text."""

    mergeable = True

    def __init__(self, key: str, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(key, parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder)
        self.line.textEdited.connect(self._user_edit)
        self.set_input(self.line)

    def value(self) -> str | None:
        return self.line.text().strip() or None

    def state(self) -> str:
        return self.line.text()

    def _apply_state(self, state: Any) -> None:
        self.line.setText(state or "")


class TextField(Field):
    """Several lines of free text (notes, descriptions)."""

    mergeable = True

    def __init__(self, key: str, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(key, parent)
        self.text = QPlainTextEdit(self)
        self.text.setUndoRedoEnabled(False)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(int(self.text.fontMetrics().lineSpacing() * lines + 14))
        self.text.textChanged.connect(self._user_edit)
        self.set_input(self.text)

    def value(self) -> str | None:
        return self.text.toPlainText().strip() or None

    def state(self) -> str:
        return self.text.toPlainText()

    def _apply_state(self, state: Any) -> None:
        self.text.setPlainText(state or "")


class LinesField(TextField):
    """A list of short texts, one per line (places, authorities)."""

    def value(self) -> list[str] | None:  # type: ignore[override]
        lines = [line.strip() for line in self.text.toPlainText().splitlines()]
        return [line for line in lines if line] or None

    def _apply_state(self, state: Any) -> None:
        self.text.setPlainText("\n".join(state) if isinstance(state, list) else state or "")


class TagsField(LineField):
    """Tags typed as a comma-separated line."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent, placeholder=self.tr("comma-separated, e.g. 709 crackdown, Xinjiang"))

    def value(self) -> list[str] | None:  # type: ignore[override]
        tags = [t.strip() for t in self.line.text().replace("，", ",").split(",")]
        return [t for t in tags if t] or None

    def _apply_state(self, state: Any) -> None:
        self.line.setText(", ".join(state) if isinstance(state, list) else state or "")


class ChoiceField(Field):
    """One code from a vocabulary, or nothing."""

    def __init__(self, key: str, vocabulary: dict[str, str], parent: QWidget | None = None, empty: str = "—") -> None:
        super().__init__(key, parent)
        self.combo = QComboBox(self)
        self.combo.addItem(empty, None)
        for code in vocabulary:
            self.combo.addItem(code_label(vocabulary, code), code)
        self.combo.currentIndexChanged.connect(self._user_edit)
        self.set_input(self.combo)

    def value(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data is not None else None

    def _apply_state(self, state: Any) -> None:
        index = self.combo.findData(state) if state is not None else 0
        self.combo.setCurrentIndex(max(index, 0))


class YesNoField(ChoiceField):
    """True, False or not known."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, {"yes": "yes", "no": "no"}, parent, empty=self.tr("not known"))
        self.combo.setItemText(1, yes_no(True))
        self.combo.setItemText(2, yes_no(False))

    def value(self) -> bool | None:  # type: ignore[override]
        code = super().value()
        return None if code is None else code == "yes"

    def _apply_state(self, state: Any) -> None:
        super()._apply_state(None if state is None else "yes" if state in (True, "yes") else "no")


class DateField(Field):
    """A partial date (`2021`, `2021-03`, `2021-03-05`) and whether it is approximate."""

    mergeable = True

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(box)
        self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # ISO dates
        self.line.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.line.textEdited.connect(self._user_edit)
        self.approximate = QCheckBox(self.tr("approximate"), box)
        self.approximate.setAccessibleName(self.tr("%1 is approximate").replace("%1", field_label(key)))
        self.approximate.toggled.connect(self._user_edit)
        row.addWidget(self.line, 1)
        row.addWidget(self.approximate)
        self.set_input(box)
        box.setAccessibleName(field_label(key))
        self.line.setAccessibleName(field_label(key))
        self.setFocusProxy(self.line)

    def value(self) -> str | None:
        text = self.line.text().strip().lstrip("~").strip()
        if not text:
            return None
        return ("~" if self.approximate.isChecked() or self.line.text().strip().startswith("~") else "") + text

    def state(self) -> tuple[str, bool]:
        return (self.line.text(), self.approximate.isChecked())

    def _apply_state(self, state: Any) -> None:
        if isinstance(state, tuple):
            text, approximate = state
        else:
            text = state or ""
            approximate = text.startswith("~")
            text = text.lstrip("~")
        self.line.setText(text)
        self.approximate.setChecked(approximate)


class ChecksField(Field):
    """Several codes from a vocabulary, ticked in a list (roles)."""

    def __init__(self, key: str, vocabulary: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.model = QStandardItemModel(self)
        for code in vocabulary:
            item = QStandardItem(code_label(vocabulary, code))
            item.setData(code, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.model.appendRow(item)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(4)
        self.view.setMaximumHeight(64)
        self.model.itemChanged.connect(self._user_edit)
        self.set_input(self.view)

    def value(self) -> list[str] | None:
        codes = [self.model.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.model.rowCount())
                 if self.model.item(r).checkState() == Qt.CheckState.Checked]
        return codes or None

    def _apply_state(self, state: Any) -> None:
        chosen = set(state or [])
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)


class GroupField(Field):
    """A small object (emergency sheet, consent, detention) shown as a group of fields."""

    def __init__(self, key: str, members: list[Field], parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.members = members
        box = QGroupBox(field_label(key), self)
        form = QFormLayout(box)
        for member in members:
            member.setParent(box)
            label = QLabel(field_label(member.key), box)
            label.setBuddy(member.input)
            form.addRow(label, member)
            member.edited.connect(self.edited)
        self.set_input(box)

    def value(self) -> dict[str, Any] | None:
        result = {m.key: m.value() for m in self.members}
        result = {k: v for k, v in result.items() if v is not None}
        return result or None

    def state(self) -> list[Any]:
        return [m.state() for m in self.members]

    def _apply_state(self, state: Any) -> None:
        if isinstance(state, list):
            for member, member_state in zip(self.members, state, strict=True):
                member.set_state(member_state)
        else:
            for member in self.members:
                member.set_state((state or {}).get(member.key))

    def show_error(self, message: str, path: list[str]) -> None:
        member = next((m for m in self.members if path and m.key == path[0]), None)
        if member is None:
            super().show_error(message, path)
        else:
            member.show_error(message, path[1:])

    def clear_error(self) -> None:
        super().clear_error()
        for member in self.members:
            member.clear_error()

    def leaves(self) -> list[Field]:
        return [leaf for m in self.members for leaf in m.leaves()]
