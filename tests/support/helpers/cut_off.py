"""Texts a window shows only in part: a label, button or group title narrower than its text, a word-wrapped
label shorter than its lines, a section name elided in a list, or a window that no longer fits a laptop screen."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QListWidget, QWidget

SCREEN = QSize(1366, 768)  # the smallest common laptop screen


def _name(widget: QWidget, text: str) -> str:
    return f"{type(widget).__name__} {text[:60]!r}"


def cut_off(window: QWidget) -> list[str]:
    """Every text of window's visible widgets that does not fit the room its layout gave it."""
    found = []
    minimum = window.minimumSizeHint()
    if minimum.width() > SCREEN.width() or minimum.height() > SCREEN.height():
        found.append(f"window needs {minimum.width()}×{minimum.height()}, more than a {SCREEN.width()}×{SCREEN.height()} screen")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    found.append(f"{_name(widget, widget.text())} needs {needed} px of height, has {widget.height()}")
            elif widget.sizeHint().width() > widget.width() + 1:
                found.append(f"{_name(widget, widget.text())} needs {widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(f"{_name(widget, widget.text())} needs {widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            if widget.fontMetrics().horizontalAdvance(widget.title()) > widget.width():
                found.append(f"{_name(widget, widget.title())} title wider than the box ({widget.width()} px)")
        elif isinstance(widget, QListWidget) and widget.sizeHintForColumn(0) > widget.viewport().width():
            found.append(f"list items elided: they need {widget.sizeHintForColumn(0)} px, have {widget.viewport().width()}")
    return found
