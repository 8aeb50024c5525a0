"""The editor dialog: a record's fields in tabs, undo, and one save through the repository.

Saving sends every field the form shows in one `Repository.apply` call; a
ValidationError names the field, and its message appears beside that field
(its tab brought forward) while nothing is written.
"""

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import CasebookError, ValidationError
from app.records.change import Change
from app.session import Session
from ui.bidi import isolate
from ui.editors.fields import Field, GroupField, UndoKeysToDialog
from ui.editors.forms import FORMS
from ui.editors.labels import field_label, kind_label
from ui.editors.undo import SetField


def split_path(path: str) -> list[str]:
    """`names[2].script` -> ["names", "2", "script"]."""
    return re.findall(r"[A-Za-z_]+|\d+", path)


class EditorDialog(QDialog):
    """Edits one record of any kind.

    Signals:
        saved(str): the record was written (its id).
    """

    saved = Signal(str)

    def __init__(self, session: Session, kind: str, record_id: str | None, parent: QWidget | None = None,
                 defaults: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.record_id = record_id
        self.saved_id: str | None = None
        self.fields: dict[str, Field] = {}
        self.undo_stack = QUndoStack(self)
        self._committed: dict[Field, Any] = {}
        self._undo_keys = UndoKeysToDialog(self)
        self.setObjectName("recordEditor")
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Sections"))
        for title, fields in FORMS[kind](session):
            self.tabs.addTab(self._page(fields), title)
        layout.addWidget(self.tabs, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; font-weight: 600;")
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        record = session.record(record_id) if record_id else None
        initial = dict(record.fields) if record else dict(defaults or {})
        for key, field in self.fields.items():
            field.set_state(initial.get(key))
        self._loaded = self.values() if record else {}
        for number, leaf in enumerate(leaf for field in self.fields.values() for leaf in field.leaves()):
            self._committed[leaf] = leaf.state()
            leaf.edited.connect(lambda leaf=leaf, number=number: self._edited(leaf, number))
        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            widget.installEventFilter(self._undo_keys)
        name = record.display_name if record else ""
        self.setWindowTitle(self.tr("Edit %1 — %2").replace("%1", kind_label(kind)).replace("%2", isolate(name)) if record
                            else self.tr("New %1").replace("%1", kind_label(kind)))
        self.resize(720, 620)

    def _toolbar(self) -> QVBoxLayout:
        bar = QVBoxLayout()
        row = QWidget(self)
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton(row)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        bar.addWidget(row)
        return bar

    def _page(self, fields: list[Field]) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in fields:
            self.fields[field.key] = field
            if isinstance(field, GroupField):
                form.addRow(field)
                continue
            label = QLabel(field_label(field.key), page)
            label.setBuddy(field.focusProxy() or field)
            form.addRow(label, field)
        scroll = QScrollArea(self)
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        return scroll

    # -- undo ----------------------------------------------------------------

    def _edited(self, leaf: Field, number: int) -> None:
        after = leaf.state()
        before = self._committed.get(leaf)
        if after != before:
            self.undo_stack.push(SetField(leaf, number, before, after, self._committed))

    # -- saving --------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form holds, as a change: None removes a field."""
        return {key: field.value() for key, field in self.fields.items()}

    def changes(self) -> dict[str, Any]:
        """Only the fields the user changed since the editor opened, so a change made
        meanwhile elsewhere (a merged bundle, another window) to another field is kept."""
        return {key: value for key, value in self.values().items() if key not in self._loaded or self._loaded[key] != value}

    def save(self) -> bool:
        """Write the record in one call; on a validation error show it beside the field."""
        self.clear_errors()
        for field in self.fields.values():
            problem = field.problem()
            if problem:
                self._mark(field, problem, [])
                return False
        try:
            record = self.session.apply([Change(self.kind, self.changes(), id=self.record_id)])[0]
        except ValidationError as exc:
            self.show_validation(exc)
            return False
        except CasebookError as exc:
            self._show_message(str(exc))
            return False
        self.saved_id = self.record_id = record.id
        self._loaded = self.values()
        self.undo_stack.setClean()
        self.saved.emit(record.id)
        self.accept()
        return True

    def clear_errors(self) -> None:
        self.message.hide()
        for field in self.fields.values():
            field.clear_error()

    def show_validation(self, exc: ValidationError) -> None:
        path = split_path(exc.field or "")
        field = self.fields.get(path[0]) if path else None
        if field is None:
            self._show_message(str(exc))
            return
        reason = exc.reason or str(exc)
        message = f"{field_label(path[-1]) if not path[-1].isdigit() else ''} {reason}".strip() if reason.startswith("is ") else reason
        self._mark(field, message, path[1:])

    def _mark(self, field: Field, message: str, path: list[str]) -> None:
        """Show the message under the field, bring its tab forward and focus it."""
        field.show_error(message, path)
        page = field.parentWidget()
        while page is not None and self.tabs.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.tabs.setCurrentWidget(page)
        field.setFocus()
        self._show_message(self.tr("Nothing was saved: correct the field marked in red."))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def reject(self) -> None:
        """Ask (without blocking) before throwing away unsaved edits."""
        if self.undo_stack.isClean():
            super().reject()
            return
        ask = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes?"),
                          self.tr("This record has changes that are not saved. Discard them?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        ask.setDefaultButton(QMessageBox.StandardButton.Cancel)
        ask.finished.connect(lambda answer: self.discard() if answer == QMessageBox.StandardButton.Discard else None)
        ask.open()

    def discard(self) -> None:
        """Close without saving and without asking (also what locking the vault calls)."""
        self.undo_stack.setClean()
        super().reject()

def open_editor(session: Session, kind: str, record_id: str | None, parent: QWidget | None = None,
                defaults: dict[str, Any] | None = None) -> EditorDialog:
    """An editor for a new record (`record_id` None, optional `defaults`) or an existing one; call open() or exec()."""
    return EditorDialog(session, kind, record_id, parent, defaults)
