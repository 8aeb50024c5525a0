"""The record on the right, and the editors: the editors' widgets, agreed by interface.

    ui.widgets.record_view.RecordView(vault, parent): show_record(record_id | None), signal recordChanged(str)
    ui.editors.open_editor(vault, kind, record_id | None, parent) -> QDialog

Until the editors' package is merged, a read-only view of the fields stands in,
and the New/Edit actions are hidden.
"""

import html
import importlib
import importlib.util
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from app.errors import CasebookError
from app.vault import Vault


class FieldsView(QWidget):
    """Read-only fields of a record, shown while the editors' RecordView is not merged in."""

    recordChanged = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Record"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            self.browser.clear()
            return
        try:
            record = self.vault.records.get(record_id)
        except CasebookError as exc:
            self.browser.setPlainText(str(exc))
            return
        rows = "".join(
            f"<tr><th align='left' valign='top'>{html.escape(key.replace('_', ' '))}</th><td>{_html(value)}</td></tr>"
            for key, value in record.fields.items()
        )
        self.browser.setHtml(f"<h2>{html.escape(record.display_name)}</h2><table cellspacing='6'>{rows}</table>")


def _html(value: Any) -> str:
    """A field value as short lines of text: lists one item a line, objects as "key: value" pairs."""
    if isinstance(value, list):
        return "<br>".join(_html(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{html.escape(str(k).replace('_', ' '))}: {_html(v)}" for k, v in value.items())
    return html.escape(str(value))


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def make_record_view(vault: Vault, parent: QWidget) -> Any:
    """The editors' RecordView when it is installed, else the read-only FieldsView."""
    if _installed("ui.widgets.record_view"):
        return importlib.import_module("ui.widgets.record_view").RecordView(vault, parent)
    return FieldsView(vault, parent)


def editors_available() -> bool:
    return _installed("ui.editors")


def open_editor(vault: Vault, kind: str, record_id: str | None, parent: QWidget) -> QDialog:
    """Open the editor for a record (or a new one of `kind`), non-modal; the caller listens to `finished`."""
    dialog: QDialog = importlib.import_module("ui.editors").open_editor(vault, kind, record_id, parent)
    if not dialog.isVisible():
        dialog.open()
    return dialog
