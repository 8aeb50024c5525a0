"""CSV files: decoded (see encodings), the separator sniffed, records numbered as a spreadsheet numbers rows."""

import csv
import io
import itertools
from collections.abc import Iterator

from app.importing.encodings import decode
from app.importing.errors import LineTooLong, NotASpreadsheet
from app.importing.table import Sheet, build_sheet
from app.records.jsonl import MAX_LINE_CHARS

SEPARATORS = {",": "comma", ";": "semicolon", "\t": "tab"}
_SNIFF_RECORDS = 20
_SNIFF_CHARS = 65536
_CONTROL = frozenset(chr(c) for c in range(32)) - {"\t", "\r", "\n"}


def read_csv(data: bytes, name: str = "") -> Sheet:
    """A CSV file's sheet: the encoding and separator found, the first non-empty record its header."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotASpreadsheet()
    text, encoding, codec = decode(data)
    if any(ch in _CONTROL for ch in text[:4096]):
        raise NotASpreadsheet()
    separator = sniff(text)
    del text  # each pass decodes the bytes again as it goes: the text of a large file is twice its size or more
    source = f"CSV, {encoding}, separated by {SEPARATORS[separator]}s"
    return build_sheet(name, lambda: _records(data, codec, separator), source)


def sniff(text: str) -> str:
    """The separator that splits the first records into the same number of fields, most of them.

    Each candidate reads the first records; the one whose header has more than
    one field and whose records most often match the header's width wins, then
    the one with more fields. A file of one column gets a comma.
    """
    best, best_score = ",", (False, 0, 0)
    sample = text[:_SNIFF_CHARS]
    for separator in SEPARATORS:
        widths = [len(r) for r in itertools.islice(csv.reader(io.StringIO(sample), delimiter=separator), _SNIFF_RECORDS) if r]
        if not widths:
            continue
        score = (widths[0] > 1, sum(w == widths[0] for w in widths), widths[0])
        if score > best_score:
            best, best_score = separator, score
    return best


def _records(data: bytes, codec: str, separator: str) -> Iterator[tuple[int, list[str]]]:
    """Each record with its number (1 for the first line), as Excel numbers the rows of an opened CSV.

    The bytes are decoded a chunk at a time (io.StringIO would hold the whole text four bytes a character).
    """
    lines = io.TextIOWrapper(io.BytesIO(data), encoding=codec, newline="")
    try:
        yield from enumerate(csv.reader(_lines(lines), delimiter=separator), start=1)
    except csv.Error:
        raise NotASpreadsheet() from None


def _lines(text: io.TextIOWrapper) -> Iterator[str]:
    """The text's lines, refusing one longer than MAX_LINE_CHARS once that much of it is read (never all of it)."""
    number = 0
    while line := text.readline(MAX_LINE_CHARS + 1):
        number += 1
        if len(line) > MAX_LINE_CHARS:
            raise LineTooLong(number, MAX_LINE_CHARS)
        yield line
