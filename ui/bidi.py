"""Text of the other direction inside a right-to-left (Uyghur) interface.

In a right-to-left layout a name in Latin or Han characters, a phone number or
a date inside a Uyghur sentence can pull the punctuation around it to the wrong
side, and digit groups ("+852 5555 0101") read backwards. Names and other user
data put into translated text are wrapped in Unicode bidi isolates (FSI … PDI),
and widgets holding numbers, keys, fingerprints and passphrases keep a
left-to-right layout. A left-to-right interface needs neither, so its text
stays exactly as typed (and as copied).
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

RIGHT_TO_LEFT_MARK = "\u200f"
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def right_to_left() -> bool:
    """Whether the interface is laid out right to left (the chosen language's catalogue says so)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolate(text: str) -> str:
    """`text` (a name, number, path) as a bidi isolate in a right-to-left interface, so it keeps its own direction
    without reordering the sentence around it; unchanged in a left-to-right one.

    A right-to-left mark goes before it: a label, title or cell that starts with the name is then still a
    right-to-left paragraph, aligned on the right like the rest (Qt takes a plain label's direction from its text).
    """
    if not text or not right_to_left():
        return text
    return f"{RIGHT_TO_LEFT_MARK}{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def passphrase_field(parent: QWidget, name: str) -> QLineEdit:
    """A passphrase entry: echo hidden, left to right (the dots and the cursor start on the left), named for screen readers."""
    field = QLineEdit(parent)
    field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class LeftToRightDelegate(QStyledItemDelegate):
    """Cells of phone numbers, handles and e-mail addresses, drawn and edited left to right in any layout."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.LeftToRight

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return editor
