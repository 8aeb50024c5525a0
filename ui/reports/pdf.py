"""Reports as PDF: the HTML that app.reports makes, laid out by QTextDocument onto a QPdfWriter, in memory.

Qt shapes Han, Arabic-script Uyghur (right to left) and Tibetan with the
system's fonts, which the HTML names (Noto for each script). The PDF is
written into a QBuffer and returned as bytes: the only file is the one
app.reports.make.save writes where the user chose, never a temporary one.
`html_to_pdf` is the `PdfMaker` the app and the CLI hand to app.reports.make;
from the command line there is no application yet, so it makes an offscreen one.
"""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

# QTextDocument.print_ keeps its own 2 cm margin round the text (and puts the page number in it): no more is added.
MARGIN_MM = 0
_made: list[QGuiApplication] = []  # an application made here must outlive every document drawn with it


def _application() -> None:
    if QGuiApplication.instance() is None:
        _made.append(QGuiApplication(["casebook", "-platform", "offscreen"]))


def html_to_pdf(html: str, title: str) -> bytes:
    """An A4 PDF of `html`, with `title` in its properties (report titles never hold a name)."""
    _application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("Casebook")
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)  # begins and ends its own painter: the PDF is complete when this returns
    buffer.close()
    return bytes(data.data())
