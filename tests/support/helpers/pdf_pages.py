"""Reading PDFs back with poppler's tools: text, fonts, a row of a page as a small ink shape.

The glyph test compares the ink of one table row of two renderings: a shape
normalised to a fixed grid, so that the same text drawn by the same font at
the same size gives the same grid, and boxes in place of letters do not.
"""

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

TOOLS = ("pdftotext", "pdftoppm", "pdffonts", "fc-match")
DPI = 150
GRID = (24, 8)
_XHTML = "{http://www.w3.org/1999/xhtml}"


def need_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CASEBOOK_REQUIRE_ALL"):
            pytest.fail(f"{', '.join(missing)} missing (CASEBOOK_REQUIRE_ALL is set): apt-get install poppler-utils fontconfig")
        pytest.skip(f"{', '.join(missing)} not installed (poppler-utils)")


def text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout.decode()


def fonts(pdf: Path) -> list[str]:
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True, text=True).stdout.splitlines()[2:]
    return [line.split()[0] for line in lines]


@dataclass(frozen=True)
class Page:
    width: int
    height: int
    pixels: bytes
    scale: float  # pixels per PDF point


def first_page(pdf: Path) -> Page:
    data = subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), "-f", "1", "-l", "1", str(pdf)], capture_output=True,
                          check=True).stdout
    match = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    assert match, "pdftoppm did not give a greyscale image"
    width, height = int(match.group(1)), int(match.group(2))
    return Page(width, height, data[match.end():], DPI / 72)


def row_of(pdf: Path, label: str) -> tuple[float, float, float]:
    """Where the row of `label` is on page 1, in points: its top, the top of the next label, the right end of the label."""
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True,
                           check=True).stdout
    lines = [(float(line.attrib["xMin"]), float(line.attrib["yMin"]), float(line.attrib["xMax"]),
              " ".join(w.text or "" for w in line.iter(f"{_XHTML}word")))
             for line in ET.fromstring(xhtml).iter(f"{_XHTML}line")]  # noqa: S314 - pdftotext reading a PDF the test made
    found = [(x, y, right) for x, y, right, words in lines if words.startswith(label)]
    assert found, f"no line starting with {label!r} on page 1"
    x, top, right = found[0]
    below = [y for other_x, y, _, _ in lines if abs(other_x - x) < 1 and y > top + 1]
    return top, min(below), right


def ink_shape(page: Page, top: float, bottom: float, left: float) -> tuple[float, ...] | None:
    """The ink between `top` and `bottom`, right of `left` (points), trimmed to its box and averaged onto GRID; None if blank.

    Each cell is the mean darkness (0 to 1) of its block of pixels, so a shift
    by part of a pixel between two renderings changes little.
    """
    x0, y0, y1 = int(left * page.scale), int(top * page.scale), min(page.height, int(bottom * page.scale))
    inked = [(x, y) for y in range(y0, y1) for x in range(x0, page.width) if page.pixels[y * page.width + x] < 128]
    if not inked:
        return None
    left_px, right_px = min(x for x, _ in inked), max(x for x, _ in inked) + 1
    top_px, bottom_px = min(y for _, y in inked), max(y for _, y in inked) + 1
    cols, rows = GRID
    cells = []
    for r in range(rows):
        ys = range(top_px + r * (bottom_px - top_px) // rows, top_px + (r + 1) * (bottom_px - top_px) // rows)
        for c in range(cols):
            xs = range(left_px + c * (right_px - left_px) // cols, left_px + (c + 1) * (right_px - left_px) // cols)
            block = [255 - page.pixels[y * page.width + x] for y in ys for x in xs] or [0]
            cells.append(sum(block) / len(block) / 255)
    return tuple(cells)


def difference(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """Mean difference of darkness per cell: 0 for the same drawing, higher the more the shapes differ."""
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)
