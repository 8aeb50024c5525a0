"""A sheet as the importer sees it: its header, and its rows numbered as the spreadsheet numbers them."""

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from app.importing.errors import EmptySheet, NoHeaderRow

# What a cell may hold: CSV gives text; XLSX and ODS also numbers, booleans, dates and times.
Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: `number` is the row number the spreadsheet program shows (the header row is usually 1)."""

    number: int
    cells: tuple[Cell, ...]

    def get(self, column: int) -> Cell:
        return self.cells[column] if column < len(self.cells) else ""


Numbered = Callable[[], Iterable[tuple[int, Sequence[Cell]]]]


@dataclass
class Sheet:
    """The chosen sheet of a file: column headers (made unique), and its rows read afresh on each pass.

    Rows are not held: 100,000 rows of text cells take several times the file's
    size as Python objects, so each pass reads them from the file's bytes (or
    the workbook's own compact cells) again. `source` says how the file was read
    (format, encoding, separator); `sheet_names` lists a workbook's sheets.
    """

    name: str
    headers: tuple[str, ...]
    source: str
    row_count: int
    numbered: Numbered
    header_number: int
    sheet_names: tuple[str, ...] = field(default_factory=tuple)

    def rows(self) -> Iterator[Row]:
        """The non-empty rows below the header, each with its number in the spreadsheet."""
        for number, cells in self.numbered():
            if number > self.header_number and not all(is_empty(c) for c in cells):
                yield Row(number, tuple(cells))

    def column(self, header: str) -> int:
        return self.headers.index(header)


def is_empty(cell: Cell) -> bool:
    return cell == "" or cell is None or (isinstance(cell, str) and not cell.strip())


def build_sheet(name: str, numbered: Numbered, source: str, sheet_names: tuple[str, ...] = ()) -> Sheet:
    """The first non-empty row is the header; the rows below it are counted (empty ones are skipped, keeping numbers)."""
    header: tuple[str, ...] | None = None
    header_number = count = width = 0
    for number, cells in numbered():
        if all(is_empty(c) for c in cells):
            continue
        if header is None:
            header, header_number = _header(cells), number
        else:
            count += 1
            width = max(width, len(cells))
    if header is None or not count:
        raise EmptySheet(name)
    return Sheet(name, _unique(header, max(width, len(header))), source, count, numbered, header_number, sheet_names)


def _header(cells: Sequence[Cell]) -> tuple[str, ...]:
    """Header cells are text; a number or a date in the first row means the sheet has no header row."""
    if any(not isinstance(c, str) for c in cells if not is_empty(c)):
        raise NoHeaderRow()
    texts = tuple(str(c).strip() for c in cells)
    if any(_looks_like_data(t) for t in texts if t):
        raise NoHeaderRow()
    return texts


def _looks_like_data(text: str) -> bool:
    """A number or a date such as 1973-05-01 or 2021/3/5: a value, not a column's name."""
    return text.replace("-", "").replace("/", "").replace(".", "").replace(" ", "").isdigit()


def column_letter(index: int) -> str:
    """A, B, … Z, AA, AB …: how spreadsheets name a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _unique(header: tuple[str, ...], width: int) -> tuple[str, ...]:
    """Blank headers become `column C`; a repeated header gets ` (2)`, ` (3)` …"""
    seen: dict[str, int] = {}
    result: list[str] = []
    for i in range(width):
        text = header[i] if i < len(header) and header[i] else f"column {column_letter(i)}"
        seen[text] = seen.get(text, 0) + 1
        result.append(text if seen[text] == 1 else f"{text} ({seen[text]})")
    return tuple(result)
