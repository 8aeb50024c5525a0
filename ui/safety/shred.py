"""Shred a record from the desktop: a plain confirmation, then the repository's shred.

The confirmation says what is destroyed and that it cannot be undone; Cancel
has the focus, so Enter alone never shreds. A record that others refer to is
refused by the repository, and its sentence is shown instead.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app.records.record import Record
from app.session import Session
from ui import tasks
from ui.bidi import isolate
from ui.editors.labels import kind_label

translate = QCoreApplication.translate  # lupdate finds translate(context, text) calls


def confirmation(record: Record, parent: QWidget) -> QMessageBox:
    """The question, with a destructive Shred button and Cancel as the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("shred", "Shred this record?"))
    name = record.display_name or kind_label(record.kind)
    box.setText(translate("shred", "Shred “%1” for good?").replace("%1", isolate(name)))
    box.setInformativeText(translate("shred",
        "Shredding destroys this record's key, its text, every earlier version, its search entries and its "
        "attachments, so that nothing of it can be found in the vault's files afterwards. It cannot be undone, "
        "and not even a backup made later will have it. The activity log keeps only that a %1 was shredded.")
        .replace("%1", kind_label(record.kind)))
    shred = box.addButton(translate("shred", "&Shred"), QMessageBox.ButtonRole.DestructiveRole)
    shred.setObjectName("shredButton")
    shred.setAccessibleName(translate("shred", "Shred the record for good"))
    shred.setStyleSheet("QPushButton { color: white; background: #b3261e; padding: 4px 14px; border-radius: 3px; }")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    cancel.setFocus()
    return box


def ask_and_shred(parent: QWidget, session: Session, record: Record, shredded: Callable[[str], None]) -> QMessageBox:
    """Ask (window-modal, no nested loop); on Shred, shred in the background (secure_delete and a WAL
    checkpoint take a moment on a big vault), then call `shredded(id)` or show the app's sentence."""
    box = confirmation(record, parent)
    record_id = record.id

    def done(kind: object) -> None:
        parent.setEnabled(True)
        shredded(record_id)

    def refused(message: str) -> None:
        parent.setEnabled(True)
        note = QMessageBox(QMessageBox.Icon.Information, translate("shred", "Not shredded"), message, QMessageBox.StandardButton.Ok,
                           parent)
        note.setObjectName("shredRefused")
        note.open()

    def answered(button: QAbstractButton) -> None:
        if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole:
            parent.setEnabled(False)
            tasks.start(lambda task: session.shred(record_id), parent, on_success=done, on_failure=refused)

    box.buttonClicked.connect(answered)
    box.open()
    return box
