"""Shred a record from the desktop: a plain confirmation, then the repository's shred.

The confirmation says what is destroyed and that it cannot be undone; Cancel
has the focus, so Enter alone never shreds. A record that others refer to is
refused by the repository, and its sentence is shown instead.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app.errors import CasebookError
from app.records import Record
from app.vault import Vault
from ui.editors.labels import kind_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("shred", text)


def confirmation(record: Record, parent: QWidget) -> QMessageBox:
    """The question, with a destructive Shred button and Cancel as the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Shred this record?"))
    name = record.display_name or kind_label(record.kind)
    box.setText(_tr("Shred “%1” for good?").replace("%1", name))
    box.setInformativeText(_tr(
        "Shredding destroys this record's key, its text, every earlier version, its search entries and its "
        "attachments, so that nothing of it can be found in the vault's files afterwards. It cannot be undone, "
        "and not even a backup made later will have it. The activity log keeps only that a %1 was shredded.")
        .replace("%1", kind_label(record.kind)))
    shred = box.addButton(_tr("&Shred"), QMessageBox.ButtonRole.DestructiveRole)
    shred.setObjectName("shredButton")
    shred.setAccessibleName(_tr("Shred the record for good"))
    shred.setStyleSheet("QPushButton { color: white; background: #b3261e; padding: 4px 14px; border-radius: 3px; }")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    cancel.setFocus()
    return box


def ask_and_shred(parent: QWidget, vault: Vault, record: Record, shredded: Callable[[str], None]) -> QMessageBox:
    """Ask (window-modal, no nested loop); on Shred, shred and call `shredded(id)`, or show the app's sentence."""
    box = confirmation(record, parent)
    record_id = record.id

    def answered(button: QAbstractButton) -> None:
        if box.buttonRole(button) != QMessageBox.ButtonRole.DestructiveRole:
            return
        try:
            vault.records.shred(record_id)
        except CasebookError as exc:
            refused = QMessageBox(QMessageBox.Icon.Information, _tr("Not shredded"), str(exc),
                                  QMessageBox.StandardButton.Ok, parent)
            refused.setObjectName("shredRefused")
            refused.open()
            return
        shredded(record_id)

    box.buttonClicked.connect(answered)
    box.open()
    return box
