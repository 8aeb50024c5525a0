"""The Colleagues page: this vault's identity (string, fingerprint, QR code), contacts, bundles in and out."""

import io
from pathlib import Path

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import CasebookError
from app.session import Session
from ui.bidi import isolate
from ui.colleagues.contact_dialogs import AddContactDialog, VerifyDialog, fingerprint_label
from ui.colleagues.export_dialog import DIALOG_OPTIONS, ExportDialog
from ui.colleagues.import_dialog import ImportDialog
from ui.colleagues.models import ContactsModel
from ui.main.section_page import SectionPage
from ui.session_signals import SessionSignals


def qr_pixmap(text: str, scale: int = 4) -> QPixmap:
    """The QR code of `text`, drawn in memory (no file is written)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    return QPixmap.fromImage(QImage.fromData(buffer.getvalue()))


class ColleaguesPage(SectionPage):
    """Own identity, contacts (add, verify), export and import of bundles (an import announces its records itself)."""

    has_own_detail = True

    def __init__(self, session: Session, signals: SessionSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: QDialog | None = None
        public = session.identity()
        self.identity_edit = QLineEdit(public.text(), self)
        self.identity_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.identity_edit.setReadOnly(True)
        self.identity_edit.setAccessibleName(self.tr("Your identity"))
        self.identity_edit.setCursorPosition(0)
        copy = QPushButton(self.tr("Copy"), self)
        copy.setAccessibleName(self.tr("Copy your identity"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(public.text()))
        self.fingerprint = fingerprint_label(public.fingerprint, self)
        self.fingerprint.setAccessibleName(self.tr("Your fingerprint"))
        self.qr = QLabel(self)
        self.qr.setPixmap(qr_pixmap(public.text()))
        self.qr.setAccessibleName(self.tr("QR code of your identity"))
        self.contacts = ContactsModel(session, self)
        self.table = QTableView(self)
        self.table.setModel(self.contacts)
        self.table.setAccessibleName(self.tr("Colleagues"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self._layout(copy)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _layout(self, copy: QPushButton) -> None:
        own = QGroupBox(self.tr("Your identity"), self)
        text = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.identity_edit)
        row.addWidget(copy)
        give = QLabel(self.tr("Give this to colleagues so they can send you bundles and check yours:"), own)
        give.setWordWrap(True)  # longer in other languages: wraps rather than widening the window
        compare = QLabel(self.tr("Fingerprint, to compare in person:"), own)
        compare.setWordWrap(True)
        text.addWidget(give)
        text.addLayout(row)
        text.addWidget(compare)
        text.addWidget(self.fingerprint)
        text.addStretch()
        own_layout = QHBoxLayout(own)
        own_layout.addLayout(text, 1)
        own_layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        people = QGroupBox(self.tr("Colleagues"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("Add colleague…"), self.add_contact))
        buttons.addWidget(self._button(self.tr("Verify…"), self.verify_selected))
        buttons.addStretch()
        buttons.addWidget(self._button(self.tr("Export bundle…"), self.export_bundle))
        buttons.addWidget(self._button(self.tr("Import bundle…"), self.choose_bundle))
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.table)
        people_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(people, 1)
        layout.addWidget(self.message)

    # -- contacts -----------------------------------------------------------

    def add_contact(self) -> AddContactDialog:
        dialog = AddContactDialog(self)
        dialog.accepted.connect(lambda: self._add(dialog))
        self._show(dialog)
        return dialog

    def _add(self, dialog: AddContactDialog) -> None:
        try:
            contact = self.session.add_contact(dialog.identity_edit.toPlainText(), dialog.name_edit.text())
        except CasebookError as exc:
            self.message.setText(str(exc))
            return
        self.contacts.reload()
        self.message.setText(self.tr("Added %1. Compare fingerprints with them, then choose Verify.")
                             .replace("%1", isolate(contact.name)))

    def verify_selected(self) -> VerifyDialog | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose a colleague in the list first."))
            return None
        contact = self.contacts.contact_at(rows[0].row())
        dialog = VerifyDialog(contact, self.session.identity().fingerprint, self)
        dialog.accepted.connect(lambda: self._verify(contact.name))
        self._show(dialog)
        return dialog

    def _verify(self, name: str) -> None:
        contact = self.session.verify_contact(name)
        self.contacts.reload()
        self.message.setText(self.tr("%1 is verified.").replace("%1", isolate(contact.name)))

    # -- bundles ------------------------------------------------------------

    def export_bundle(self, preselected: list[str] | None = None) -> ExportDialog:
        dialog = ExportDialog(self.session, self, preselected if isinstance(preselected, list) else None)
        self._show(dialog)
        return dialog

    def choose_bundle(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Import a bundle"))
        dialog.setOptions(DIALOG_OPTIONS)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Casebook bundles (*.casebundle);;All files (*)"))
        dialog.fileSelected.connect(lambda path: self.import_bundle(Path(path)))
        dialog.open()
        return dialog

    def import_bundle(self, path: Path) -> ImportDialog | None:
        try:
            dialog = ImportDialog(self.session, path, self)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Import a bundle"),
                                self.tr("Could not read %1 (%2).").replace("%1", isolate(path.name)).replace("%2", exc.strerror or ""))
            return None
        self._show(dialog)
        return dialog

    def _show(self, dialog: QDialog) -> None:
        """Open without blocking (a lock can close it); the previous dialog, closed by now, is let go."""
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.resize(max(dialog.sizeHint().width(), 640), dialog.sizeHint().height())
        dialog.open()

    def list_view(self) -> QWidget:
        return self.table
