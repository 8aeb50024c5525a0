"""A record's attachments: add, view in the app, export only after a warning, remove.

Contents stay in memory (app.attachments returns bytes); export is the only
way a file leaves the vault, and the user is told first that the copy will be
unencrypted.
"""

import mimetypes
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import CasebookError
from app.records.dates import local_date_text
from app.session import Attachment, Session
from ui.bidi import isolate
from ui.models.table import TableModel
from ui.widgets.attachment_viewer import AttachmentViewer, is_pdf
from ui.widgets.private_file_dialog import open_file_dialog


def media_type(name: str, data: bytes) -> str:
    guessed = mimetypes.guess_type(name)[0]
    if guessed:
        return guessed
    return "application/pdf" if is_pdf(data) else "application/octet-stream"


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class AttachmentsModel(TableModel[Attachment]):
    """The attachments of one record: name, type, size, added."""

    NAME, TYPE, SIZE, ADDED = range(4)

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Type"), self.tr("Size"), self.tr("Added"))

    def display(self, row: Attachment, column: int) -> str:
        return (row.name, row.media_type, human_size(row.size), local_date_text(row.created))[column]

    def row_id(self, row: Attachment) -> str:
        return row.id


class AttachmentsPanel(QWidget):
    """Lists a record's attachments with Add, View, Export and Remove.

    Signals:
        changed(): an attachment was added or removed.
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.record_id: str | None = None
        self.model = AttachmentsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Attachments"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self.view_selected)
        self.view.setMaximumHeight(150)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.view_button = QPushButton(self.tr("View"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.add_button.setAccessibleName(self.tr("Add an attachment"))
        self.view_button.setAccessibleName(self.tr("View the selected attachment"))
        self.export_button.setAccessibleName(self.tr("Export the selected attachment unencrypted"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected attachment"))
        self.add_button.clicked.connect(self.add)
        self.view_button.clicked.connect(self.view_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.export_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.viewer: AttachmentViewer | None = None

    def set_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.session.attachments(self.record_id) if self.record_id else [])
        if self.model.rowCount():
            self.view.selectRow(0)
        has = self.model.rowCount() > 0
        for button in (self.view_button, self.export_button, self.remove_button):
            button.setEnabled(has)
        self.add_button.setEnabled(self.record_id is not None)
        self.view.setVisible(has)

    def selected(self) -> Attachment | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _fail(self, exc: CasebookError) -> None:
        self.message.setText(str(exc))
        self.message.show()

    def _ask(self, icon: QMessageBox.Icon, title: str, text: str, confirmed: Callable[[], object]) -> QMessageBox:
        """A question opened without blocking (a lock can close it); `confirmed` runs on Yes."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda answer: confirmed() if answer == QMessageBox.StandardButton.Yes else None)
        box.open()
        return box

    def add(self) -> None:
        """Pick a file and seal it into the vault under this record's key."""
        if self.record_id is not None:
            kinds = self.tr("Images and PDFs (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf);;All files (*)")
            open_file_dialog(self, self.tr("Attach a file"), QFileDialog.AcceptMode.AcceptOpen, lambda path: self.add_file(Path(path)),
                             filters=kinds.split(";;"))

    def add_file(self, path: Path) -> Attachment | None:
        assert self.record_id is not None
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.message.setText(self.tr("The file could not be read (%1).").replace("%1", exc.strerror or ""))
            self.message.show()
            return None
        try:
            attachment = self.session.add_attachment(self.record_id, path.name, media_type(path.name, data), data)
        except CasebookError as exc:
            self._fail(exc)
            return None
        self.message.hide()
        self.refresh()
        self.changed.emit()
        return attachment

    def view_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            data = self.session.read_attachment(item.id)
        except CasebookError as exc:
            self._fail(exc)
            return
        self.viewer = AttachmentViewer(item.name, data, self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.show()

    def export_selected(self) -> None:
        """Write an unencrypted copy, only after the user has read the warning."""
        item = self.selected()
        if item is None:
            return
        self._ask(QMessageBox.Icon.Warning, self.tr("Export unencrypted?"),
                  self.tr("The exported copy of “%1” will not be encrypted: anyone with access to where you save it can "
                          "read it, and deleting it later may not erase it from the disk. Export anyway?").replace("%1", isolate(item.name)),
                  lambda: open_file_dialog(self, self.tr("Export attachment"), QFileDialog.AcceptMode.AcceptSave,
                                           lambda path: self.export_to(item, Path(path)), name=item.name))

    def export_to(self, item: Attachment, path: Path) -> None:
        try:
            path.write_bytes(self.session.read_attachment(item.id))
        except CasebookError as exc:
            self._fail(exc)
        except OSError as exc:
            self.message.setText(self.tr("The file could not be written (%1).").replace("%1", exc.strerror or ""))
            self.message.show()

    def remove_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        self._ask(QMessageBox.Icon.Question, self.tr("Remove attachment?"),
                  self.tr("Remove “%1” from this record? It cannot be restored.").replace("%1", isolate(item.name)),
                  lambda: self._remove(item))

    def _remove(self, item: Attachment) -> None:
        self.session.remove_attachment(item.id)
        self.refresh()
        self.changed.emit()
