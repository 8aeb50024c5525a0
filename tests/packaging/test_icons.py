"""The Windows and macOS executables' icons, drawn from casebook.svg by packaging/icons.py, are real icon files."""

import importlib.util
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("packaging_icons", ROOT / "packaging" / "icons.py")
assert spec is not None and spec.loader is not None
icons = importlib.util.module_from_spec(spec)
spec.loader.exec_module(icons)


@pytest.mark.parametrize("suffix", ["ico", "icns"])
def test_the_icon_is_written_in_the_format_the_platform_wants(qapp: QApplication, tmp_path: Path, suffix: str) -> None:
    path = icons.write_icon(tmp_path / f"casebook.{suffix}")
    image = QImage(str(path))
    assert image.width() == 256 and image.height() == 256
    assert image.pixelColor(128, 128).alpha() > 0 and image.pixelColor(0, 0).alpha() == 0  # the drawing, on transparency

