"""Showing an attachment inside Casebook, from memory only.

Images are decoded with QImage.fromData; PDF pages are rendered to images by
PDFium (pypdfium2, which reads the bytes from memory — PySide6-Essentials has
no QtPdf). Nothing is handed to an external viewer and no temporary file is
written: that is how attachments leak from other vaults.
"""

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

MAX_PDF_PAGES = 40
PDF_SCALE = 1.5  # 108 dpi: readable on screen without huge images

_FORMATS = {
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "RGB": QImage.Format.Format_RGB888,
    "BGRA": QImage.Format.Format_ARGB32,
    "BGRX": QImage.Format.Format_RGB32,
    "BGR": QImage.Format.Format_BGR888,
    "L": QImage.Format.Format_Grayscale8,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentViewer", text)


def is_pdf(data: bytes) -> bool:
    return data[:5] == b"%PDF-"


def pdf_pages(data: bytes, max_pages: int = MAX_PDF_PAGES) -> tuple[list[QImage], int]:
    """The first `max_pages` pages as images, and how many pages the PDF has.

    Raises pdfium.PdfiumError if the bytes are not a readable PDF.
    """
    document = pdfium.PdfDocument(data)
    try:
        images = []
        for number in range(min(len(document), max_pages)):
            page = document[number]
            bitmap = page.render(scale=PDF_SCALE, rev_byteorder=True, fill_color=(255, 255, 255, 255))
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, _FORMATS[bitmap.mode]).copy()
            bitmap.close()
            page.close()
            images.append(image)
        return images, len(document)
    finally:
        document.close()


def render(data: bytes) -> tuple[list[QImage], str]:
    """Images to show for `data`, and a note for the user (empty if everything is shown)."""
    image = QImage.fromData(data)
    if not image.isNull():
        return [image], ""
    if is_pdf(data):
        try:
            pages, total = pdf_pages(data)
        except pdfium.PdfiumError:
            return [], _tr("This PDF is damaged or protected and cannot be shown.")
        note = ""
        if total > len(pages):
            note = _tr("Showing the first %1 of %2 pages.").replace("%1", str(len(pages))).replace("%2", str(total))
        return pages, note
    return [], _tr("Casebook cannot show this kind of file. Export it (after the warning) to open it elsewhere.")


class AttachmentViewer(QDialog):
    """A window showing an image or the pages of a PDF, decoded in memory."""

    def __init__(self, name: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.setObjectName("attachmentViewer")
        self.images, note = render(data)
        layout = QVBoxLayout(self)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        pages = QWidget()
        column = QVBoxLayout(pages)
        self.pages: list[QLabel] = []
        for number, image in enumerate(self.images):
            label = QLabel(pages)
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(self.tr("Page %1 of %2").replace("%1", str(number + 1)).replace("%2", name)
                                    if len(self.images) > 1 else name)
            column.addWidget(label)
            self.pages.append(label)
        scroll = QScrollArea(self)
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll.setVisible(bool(self.images))
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 700 if self.images else 160)
