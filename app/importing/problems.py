"""Rows in error: what is wrong, where (the sheet's row number and column header), and a file to fix them in."""

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from app.importing.table import Cell, Sheet
from app.importing.values import text

PROBLEM_HEADER = "problem"


@dataclass(frozen=True)
class RowError:
    """One problem of one row: `row 17, 出生日期: '1973-13-01' is not a date`."""

    row: int
    column: str
    problem: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.column}: {self.problem}" if self.column else f"row {self.row}: {self.problem}"


def quote(value: Cell) -> str:
    """A cell's value as the problem shows it: in quotes, cut at 40 characters."""
    shown = text(value) if not isinstance(value, str) else value.strip()
    return f"'{shown[:40]}'"


def rows_in_error_csv(sheet: Sheet, errors: Iterable[RowError]) -> bytes:
    """The rows in error as a CSV file (UTF-8 with a BOM, so Excel reads it): original columns, then `problem`.

    The caller writes it where the user chose; nothing is written here.
    """
    problems: dict[int, list[str]] = {}
    for error in errors:
        problems.setdefault(error.row, []).append(f"{error.column}: {error.problem}" if error.column else error.problem)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*sheet.headers, PROBLEM_HEADER])
    for row in sheet.rows():
        if row.number in problems:
            cells = [text(row.get(i)) for i in range(len(sheet.headers))]
            writer.writerow([*cells, "; ".join(problems[row.number])])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
