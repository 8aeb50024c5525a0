"""Every text a window puts on the screen or hands a screen reader, for the translation and layout tests.

Walks a widget and its children: labels, buttons, actions and menus, window titles, tooltips,
placeholders, group box and tab titles, combo box items, list items, spin box suffixes, wizard
page titles and the header data of every item view's model.
"""

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)


def _headers(model: QAbstractItemModel) -> Iterator[str]:
    if isinstance(model, QAbstractListModel):  # one column, no header shown
        return
    for section in range(model.columnCount(QModelIndex())):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield value


def _own_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "combo item", widget.itemText(index)
    if isinstance(widget, QListWidget):
        for index in range(widget.count()):
            yield "list item", widget.item(index).text()
    if isinstance(widget, QSpinBox):
        yield "suffix", widget.suffix()
        yield "prefix", widget.prefix()
    if isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
    if isinstance(widget, QMenu):
        yield "menu", widget.title()
    if isinstance(widget, QWizardPage):
        yield "page title", widget.title()
        yield "page subtitle", widget.subTitle()
    if isinstance(widget, QWizard):
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                       QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            yield "wizard button", widget.buttonText(button)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        for header in _headers(widget.model()):
            yield "header", header
    for action in widget.actions():
        yield from _action_texts(action)


def _action_texts(action: QAction) -> Iterator[tuple[str, str]]:
    yield "action", action.text()
    if action.toolTip() != action.text().replace("&", "").replace("…", ""):
        yield "action tooltip", action.toolTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield "menu", menu.title()
        for inner in menu.actions():
            yield from _action_texts(inner)


def screen_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every non-empty text of root and the widgets inside it."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        for where, text in _own_texts(widget):
            if text and text.strip():
                found.append((f"{type(widget).__name__} {where}", text))
    return found
