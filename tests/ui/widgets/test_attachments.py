"""Attachments: added from a file, viewed in the app from memory, exported only after a warning."""

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.records.change import Change
from app.session import Session
from ui.widgets.attachment_viewer import MAX_IMAGE_WIDTH, AttachmentViewer
from ui.widgets.attachments import AttachmentsPanel

pytestmark = pytest.mark.gui


def png_bytes() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("darkred"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def pdf_bytes(pages: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(100, 100, f"page {page + 1}")
    painter.end()
    return bytes(data.data())


@pytest.fixture
def panel(qtbot: QtBot, session: Session) -> AttachmentsPanel:
    person = session.apply([Change("person", {"names": ["柯德华"]})])[0]
    widget = AttachmentsPanel(session)
    qtbot.addWidget(widget)
    widget.set_record(person.id)
    return widget


def visible(panel: AttachmentsPanel, kind: type[QWidget]) -> QWidget | None:
    """The window of this kind the panel shows now (closed ones may await deletion)."""
    return next((w for w in panel.findChildren(kind) if w.isVisible()), None)


def choose_file(qtbot: QtBot, panel: AttachmentsPanel, path: Path) -> None:
    """Answer the file dialog as a user would: choose the path, accept; then the dialog is gone."""
    dialog = visible(panel, QFileDialog)
    assert isinstance(dialog, QFileDialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.selectFile(str(path))
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    dialog.accept()
    qtbot.waitUntil(lambda: bool(gone))


def answer(panel: AttachmentsPanel, button: QMessageBox.StandardButton) -> str:
    box = visible(panel, QMessageBox)
    assert isinstance(box, QMessageBox)
    text = box.text()
    box.button(button).click()
    return text


def test_add_view_and_export_after_warning(qtbot: QtBot, panel: AttachmentsPanel, tmp_path: Path) -> None:
    scan = tmp_path / "passport.png"
    scan.write_bytes(png_bytes())
    panel.add_button.click()
    choose_file(qtbot, panel, scan)
    assert [a.name for a in panel.session.attachments(panel.record_id or "")] == ["passport.png"]
    assert panel.model.rowCount() == 1 and panel.model.index(0, 1).data() == "image/png"

    panel.view_button.click()
    assert panel.viewer is not None and len(panel.viewer.pages) == 1
    assert panel.viewer.pages[0].pixmap().size().width() == 40

    target = tmp_path / "exported.png"
    panel.export_button.click()
    assert visible(panel, QFileDialog) is None, "no file dialog before the warning is answered"
    assert "not be encrypted" in answer(panel, QMessageBox.StandardButton.Cancel)
    assert visible(panel, QMessageBox) is None and visible(panel, QFileDialog) is None
    assert not target.exists()

    panel.export_button.click()
    answer(panel, QMessageBox.StandardButton.Yes)
    choose_file(qtbot, panel, target)
    assert target.read_bytes() == scan.read_bytes()
    assert "FileDialog" not in QSettings(QSettings.Scope.UserScope, "QtProject").childGroups(), \
        "Qt's file dialog would remember the folder outside the vault"


def test_pdf_pages_rendered_in_memory_as_they_come_into_view(panel: AttachmentsPanel, qtbot: QtBot) -> None:
    panel.session.add_attachment(panel.record_id or "", "statement.pdf", "application/pdf", pdf_bytes(12))
    panel.refresh()
    panel.view_button.click()
    viewer = panel.viewer
    assert viewer is not None and len(viewer.pages) == 12
    qtbot.waitUntil(lambda: 0 in viewer.rendered)
    assert len(viewer.rendered) < 12, "pages out of view are not rendered yet"
    first = viewer.pages[0].pixmap().toImage()
    assert first.width() > 500 and first.pixelColor(5, 5) == QColor(Qt.GlobalColor.white)
    viewer.scroll_area.verticalScrollBar().setValue(viewer.scroll_area.verticalScrollBar().maximum())
    assert 11 in viewer.rendered
    viewer.close()
    assert viewer.pdf is None


def test_unknown_kind_is_explained_not_opened(panel: AttachmentsPanel) -> None:
    panel.session.add_attachment(panel.record_id or "", "notes.docx", "application/octet-stream", b"PK\x03\x04 not shown")
    panel.refresh()
    panel.view_button.click()
    assert panel.viewer is not None and panel.viewer.pages == []
    assert "cannot show" in panel.viewer.note.text()


def test_a_large_photo_is_shown_scaled_down(panel: AttachmentsPanel) -> None:
    wide = QImage(MAX_IMAGE_WIDTH * 2, 100, QImage.Format.Format_RGB32)
    wide.fill(QColor("navy"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    wide.save(buffer, "JPEG")
    viewer = AttachmentViewer("photo.jpg", bytes(data.data()), panel)
    assert viewer.pages[0].pixmap().width() == MAX_IMAGE_WIDTH
    viewer.close()
