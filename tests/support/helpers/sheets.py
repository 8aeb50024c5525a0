"""Spreadsheet files made in the tests, in memory: XLSX with openpyxl, ODS with odfpy, CSV in any encoding."""

import datetime as dt
import io
from collections.abc import Iterable, Sequence

import openpyxl
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

Cell = str | int | float | bool | dt.date | None


def csv_bytes(rows: Iterable[Sequence[str]], encoding: str = "utf-8", separator: str = ",", bom: bool = False) -> bytes:
    """Rows joined by the separator, quoting where needed, CRLF line ends as Excel writes them."""
    import csv

    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(rows)
    text = out.getvalue()
    if encoding in ("utf-16-le", "utf-16-be"):
        return ("\ufeff" + text).encode(encoding)
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding)


def xlsx_bytes(sheets: dict[str, Sequence[Sequence[Cell]]], *, first_row: int = 1, date_format: str = "yyyy-mm-dd") -> bytes:
    """A workbook with one worksheet per entry, rows starting at `first_row`; dates become date cells."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows, start=first_row):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=c, value=value)
                if isinstance(value, dt.date):
                    cell.number_format = date_format
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def ods_bytes(sheets: dict[str, Sequence[Sequence[Cell]]]) -> bytes:
    """An OpenDocument spreadsheet: strings, floats and date cells with their office value types."""
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        for row in rows:
            table_row = TableRow()
            for value in row:
                table_row.addElement(_ods_cell(value))
            table.addElement(table_row)
        doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


def _ods_cell(value: Cell) -> TableCell:
    if value is None or value == "":
        return TableCell()
    if isinstance(value, dt.date):
        cell = TableCell(valuetype="date", datevalue=value.isoformat())
    elif isinstance(value, int | float) and not isinstance(value, bool):
        cell = TableCell(valuetype="float", value=value)
    else:
        cell = TableCell(valuetype="string")
    cell.addElement(P(text=str(value)))
    return cell
