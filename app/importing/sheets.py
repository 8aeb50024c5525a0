"""Reading a spreadsheet file into a Sheet: a workbook (XLSX, XLS, ODS) or a CSV file, told apart by content."""

from pathlib import Path

from app.importing.csvtext import read_csv
from app.importing.errors import EmptySheet, NotASpreadsheet, UnreadableSheet
from app.importing.table import Sheet
from app.importing.workbook import is_workbook, read_workbook

# Files that are plainly something else, so they are not mistaken for CSV text in an odd encoding.
_OTHER_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")


def read_sheet(data: bytes, *, name: str = "", sheet: str | None = None) -> Sheet:
    """The sheet of a file held in memory; `sheet` chooses a workbook's sheet by name (the first visible by default).

    Raises an UnreadableSheet with a sentence saying why: not a spreadsheet,
    unknown encoding, empty, no header row, no such sheet.
    """
    if not data.strip():
        raise EmptySheet()
    if is_workbook(data):
        return read_workbook(data, sheet)
    if data.startswith(_OTHER_MAGIC):
        raise NotASpreadsheet()
    return read_csv(data, name)


def read_sheet_file(path: str | Path, *, sheet: str | None = None) -> Sheet:
    """The sheet of a file on disk, read into memory once (nothing is written anywhere)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UnreadableSheet(f"Could not read the file {Path(path).name} ({exc.strerror}).") from None
    return read_sheet(data, name=Path(path).stem, sheet=sheet)
