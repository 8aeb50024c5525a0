"""SVG icons from resources/icons, drawn in the palette's text colour so they suit light and dark themes."""

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 20, 24, 32, 48)


def svg_bytes(name: str) -> bytes:
    return (resources.files("resources") / "icons" / f"{name}.svg").read_bytes()


@cache
def _icon(name: str, colour: str) -> QIcon:
    renderer = QSvgRenderer(QByteArray(svg_bytes(name).replace(b"currentColor", colour.encode("ascii"))))
    icon = QIcon()
    for size in SIZES:
        for ratio in (1, 2):
            pixmap = QPixmap(size * ratio, size * ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            icon.addPixmap(pixmap)
    return icon


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The named icon in `colour`, by default the current palette's text colour."""
    if colour is None:
        colour = QGuiApplication.palette().windowText().color()
    return _icon(name, colour.name())


def app_icon() -> QIcon:
    """The coloured application icon (it is not recoloured)."""
    return _icon("casebook", "#000000")
