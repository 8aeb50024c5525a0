"""The application icon for the frozen executables, drawn from resources/icons/casebook.svg with Qt.

Windows wants an .ico and macOS an .icns; Qt's own image plugins write both, so no other tool is
needed. Linux executables carry no icon (the .desktop file names the SVG).
"""

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "casebook.svg"
FORMATS = {"win32": "ico", "darwin": "icns"}


def render(size: int) -> QImage:
    """The SVG drawn on a transparent square of `size` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(SVG.read_bytes())).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def write_icon(path: Path, size: int = 256) -> Path:
    """Write the icon in the format `path`'s suffix names (ico, icns, png); raise if Qt cannot."""
    _ = QGuiApplication.instance() or QGuiApplication(["icons", "-platform", "offscreen"])
    path.parent.mkdir(parents=True, exist_ok=True)
    if not render(size).save(str(path)):
        raise OSError(f"Qt could not write {path}")
    return path


def platform_icon(folder: Path) -> str | None:
    """This platform's icon file for PyInstaller, or None where executables have none (Linux)."""
    suffix = FORMATS.get(sys.platform)
    return None if suffix is None else str(write_icon(folder / f"casebook.{suffix}"))
