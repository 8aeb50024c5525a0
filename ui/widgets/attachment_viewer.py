"""Showing an attachment inside Casebook, from memory only.

Images are decoded by Qt's image reader (upright, as EXIF says); PDF pages are rendered to images by
PDFium (pypdfium2, which reads the bytes from memory — PySide6-Essentials has
no QtPdf). Nothing is handed to an external viewer and no temporary file is
written: that is how attachments leak from other vaults.

PDF pages are rendered when they scroll into view, one page at a time, so a
long scanned document opens at once and does not hold every page as an image.
"""

import pypdfium2 as pdfium
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

translate = QCoreApplication.translate  # lupdate finds translate(context, text) calls

PDF_SCALE = 1.5  # 108 dpi: readable on screen without huge images
MAX_IMAGE_WIDTH = 1600  # a 24-megapixel photo is shown scaled down, not at full size

_FORMATS = {
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "RGB": QImage.Format.Format_RGB888,
    "BGRA": QImage.Format.Format_ARGB32,
    "BGRX": QImage.Format.Format_RGB32,
    "BGR": QImage.Format.Format_BGR888,
    "L": QImage.Format.Format_Grayscale8,
}



def decode_image(data: bytes) -> QImage:
    """An image from memory, turned upright as its EXIF orientation says (phone photos); null if not an image."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader.read()


def is_pdf(data: bytes) -> bool:
    return data[:5] == b"%PDF-"


class PdfPages:
    """An open PDF held in memory; pages rendered to QImage on request.

    Raises pdfium.PdfiumError if the bytes are not a readable PDF.
    """

    def __init__(self, data: bytes, scale: float = PDF_SCALE) -> None:
        self.document = pdfium.PdfDocument(data)
        self.scale = scale

    def __len__(self) -> int:
        return len(self.document)

    def size(self, number: int) -> QSize:
        width, height = self.document.get_page_size(number)
        return QSize(round(width * self.scale), round(height * self.scale))

    def render(self, number: int) -> QImage:
        page = self.document[number]
        try:
            bitmap = page.render(scale=self.scale, rev_byteorder=True, fill_color=(255, 255, 255, 255))
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, _FORMATS[bitmap.mode]).copy()
            bitmap.close()
            return image
        finally:
            page.close()

    def close(self) -> None:
        self.document.close()


class AttachmentViewer(QDialog):
    """A window showing an image or the pages of a PDF, decoded in memory."""

    def __init__(self, name: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.setObjectName("attachmentViewer")
        self.pdf: PdfPages | None = None
        self.pages: list[QLabel] = []
        self.rendered: set[int] = set()
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        column_widget = QWidget()
        self.column = QVBoxLayout(column_widget)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(column_widget)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self.render_visible)
        layout.addWidget(self.scroll_area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(self._close_pdf)
        self._load(name, data)
        self.note.setVisible(bool(self.note.text()))
        self.scroll_area.setVisible(bool(self.pages))
        self.resize(860, 760 if self.pages else 160)

    def _page_label(self, accessible: str) -> QLabel:
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(accessible)
        label.setStyleSheet("background: white;")
        self.column.addWidget(label)
        self.pages.append(label)
        return label

    def _load(self, name: str, data: bytes) -> None:
        image = decode_image(data)
        if not image.isNull():
            if image.width() > MAX_IMAGE_WIDTH:
                image = image.scaledToWidth(MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            self._page_label(name).setPixmap(QPixmap.fromImage(image))
            self.rendered.add(0)
            return
        if not is_pdf(data):
            self.note.setText(translate("AttachmentViewer", "Casebook cannot show this kind of file. "
                                                      "Export it (after the warning) to open it elsewhere."))
            return
        try:
            self.pdf = PdfPages(data)
        except pdfium.PdfiumError:
            self.note.setText(translate("AttachmentViewer", "This PDF is damaged or protected and cannot be shown."))
            return
        total = len(self.pdf)
        for number in range(total):
            label = self._page_label(translate("AttachmentViewer", "Page %1 of %2").replace("%1", str(number + 1)).replace("%2", str(total)))
            label.setFixedSize(self.pdf.size(number))
        QTimer.singleShot(0, self.render_visible)

    def render_visible(self) -> None:
        """Render the PDF pages now in view (and the next one), once each."""
        if self.pdf is None:
            return
        viewport = self.scroll_area.viewport()
        top = self.scroll_area.verticalScrollBar().value()
        visible = QRect(0, top, viewport.width(), max(viewport.height(), 1) * 2)
        for number, label in enumerate(self.pages):
            if number not in self.rendered and (label.geometry().intersects(visible) or number == 0):
                label.setPixmap(QPixmap.fromImage(self.pdf.render(number)))
                self.rendered.add(number)

    def _close_pdf(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None
