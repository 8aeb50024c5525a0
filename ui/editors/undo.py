"""Undo inside an editor: each user change to a field is one command; typing in one field merges."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ui.editors.fields import Field
from ui.editors.labels import field_label


class SetField(QUndoCommand):
    """A field went from one state to another."""

    def __init__(self, field: Field, number: int, before: Any, after: Any, committed: dict[Field, Any]) -> None:
        super().__init__(QCoreApplication.translate("editors", "Change %1").replace("%1", field_label(field.key)))
        self.field = field
        self.number = number
        self.before = before
        self.after = after
        self.committed = committed
        self._first = True

    def redo(self) -> None:
        if not self._first:
            self.field.set_state(self.after)
        self._first = False
        self.committed[self.field] = self.after

    def undo(self) -> None:
        self.field.set_state(self.before)
        self.committed[self.field] = self.before
        self.field.setFocus()

    def id(self) -> int:
        return self.number if self.field.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.field is not self.field:
            return False
        self.after = other.after
        return True
