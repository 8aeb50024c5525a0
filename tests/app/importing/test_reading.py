"""Reading sheets: CSV in the encodings and separators caseworkers' Excel writes, XLSX and ODS, and the files refused."""

import datetime as dt
from pathlib import Path

import pytest

from app.errors import BadInput
from app.importing.errors import EmptySheet, NoHeaderRow, NotASpreadsheet, SheetNotFound, UnknownEncoding
from app.importing.sheets import read_sheet, read_sheet_file
from helpers.sheets import csv_bytes, ods_bytes, xlsx_bytes

SIMPLIFIED = [["姓名", "性别", "出生日期", "地点"], ["张伟", "男", "1973-05-01", "武汉"], ["吕志", "男", "1980年3月", "北京"],
              ["欧阳秀兰", "女", "", "广州"]]
TRADITIONAL = [["姓名", "性別", "出生日期", "羈押場所"], ["張偉", "男", "1973/5/1", "武漢市第一看守所"], ["陳家偉", "男", "1980年3月", ""],
               ["劉曉", "女", "~1990", "台北"]]
MIXED = [["Name", "维吾尔文名", "DOB"], ["Memetjan Abliz", "مەمەتجان ئابلىز", "1980"], ["Tashi Dhondup", "", "1975"]]


def values(rows: list[list[str]]) -> list[list[str]]:
    return [list(r) for r in rows]


def cells(sheet_rows: list[list[str]]) -> list[list[object]]:
    return [list(r.cells) for r in sheet_rows]


@pytest.mark.parametrize(("rows", "encoding", "bom", "shown"), [
    (SIMPLIFIED, "utf-8", False, "UTF-8"),
    (SIMPLIFIED, "utf-8", True, "UTF-8"),
    (MIXED, "utf-8", True, "UTF-8"),
    (SIMPLIFIED, "utf-16-le", True, "UTF-16"),
    (MIXED, "utf-16-be", True, "UTF-16"),
    (SIMPLIFIED, "gb18030", False, "GB18030"),
    (SIMPLIFIED, "gbk", False, "GB18030"),
    (TRADITIONAL, "gb18030", False, "GB18030"),
    (TRADITIONAL, "cp950", False, "Big5"),
    (TRADITIONAL, "big5", False, "Big5"),
])
@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_csv_in_every_encoding_reads_the_same_text(rows: list[list[str]], encoding: str, bom: bool, shown: str,
                                                   separator: str) -> None:
    sheet = read_sheet(csv_bytes(rows, encoding, separator, bom=bom))
    assert list(sheet.headers) == rows[0]
    assert cells(list(sheet.rows())) == values(rows[1:])
    assert shown in sheet.source


def test_a_short_big5_file_is_not_taken_for_gb18030() -> None:
    """Two lines of Big5 decode without error as GB18030 too; the common characters decide."""
    rows = [["姓名", "性別"], ["黃國華", "男"]]
    sheet = read_sheet(csv_bytes(rows, "cp950"))
    assert cells(list(sheet.rows())) == [["黃國華", "男"]]
    assert "Big5" in sheet.source


@pytest.mark.parametrize(("separator", "word"), [(",", "comma"), (";", "semicolon"), ("\t", "tab")])
def test_the_separator_is_sniffed(separator: str, word: str) -> None:
    rows = [["姓名", "地点", "备注"], ["张伟", "Wuhan, Hubei", "said: \"no\"; left"], ["李明", "北京", ""]]
    sheet = read_sheet(csv_bytes(rows, separator=separator))
    assert list(sheet.headers) == rows[0]
    assert cells(list(sheet.rows())) == values(rows[1:])
    assert word in sheet.source


def test_rows_keep_the_numbers_the_spreadsheet_shows() -> None:
    """Row 1 is the header; an empty row and a cell with a line break inside do not shift later numbers."""
    data = "姓名,备注\r\n张伟,\"two\r\nlines\"\r\n,\r\n李明,x\r\n".encode()
    sheet = read_sheet(data)
    assert [(r.number, r.cells[0]) for r in sheet.rows()] == [(2, "张伟"), (4, "李明")]
    assert sheet.row_count == 2


def test_repeated_and_blank_headers_are_made_unique() -> None:
    sheet = read_sheet(csv_bytes([["别名", "", "别名"], ["a", "b", "c"]]))
    assert sheet.headers == ("别名", "column B", "别名 (2)")


def test_xlsx_sheets_by_name_with_date_cells_and_serial_numbers() -> None:
    data = xlsx_bytes({
        "Notes": [["备注"], ["nothing here"]],
        "名单": [["姓名", "出生日期", "拘留日期"], ["张伟", dt.date(1973, 5, 1), 44256], ["李明", "1980年3月", None]],
    }, first_row=3)
    sheet = read_sheet(data, sheet="名单")
    assert sheet.sheet_names == ("Notes", "名单")
    assert sheet.source == "XLSX"
    rows = list(sheet.rows())
    assert [r.number for r in rows] == [4, 5]
    assert rows[0].cells == ("张伟", "1973-05-01", 44256)  # date cells arrive as ISO text, serials as numbers
    assert read_sheet(data).name == "Notes"  # the first sheet unless one is chosen


def test_ods_with_date_cells() -> None:
    data = ods_bytes({"People": [["姓名", "出生日期", "编号"], ["张伟", dt.date(1973, 5, 1), 7.0], [None], ["李明", None, 8.0]]})
    sheet = read_sheet(data)
    assert sheet.source == "ODS"
    assert [(r.number, r.cells[0], r.cells[1]) for r in sheet.rows()] == [(2, "张伟", "1973-05-01"), (4, "李明", "")]


def test_a_missing_sheet_names_the_sheets_there_are() -> None:
    with pytest.raises(SheetNotFound, match="名单"):
        read_sheet(xlsx_bytes({"名单": [["姓名"], ["张伟"]]}), sheet="People")


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00not really a workbook",
    bytes(range(256)),
])
def test_what_is_not_a_spreadsheet_is_refused_with_a_sentence(data: bytes) -> None:
    with pytest.raises(NotASpreadsheet) as caught:
        read_sheet(data)
    assert isinstance(caught.value, BadInput) and caught.value.exit_code == 2
    assert str(caught.value).endswith(".") and "CSV, XLSX or ODS" in str(caught.value)


def test_an_encoding_that_is_neither_utf8_nor_chinese_is_refused() -> None:
    with pytest.raises(UnknownEncoding, match="CSV UTF-8"):
        read_sheet("Name,Place\nJosé Núñez,Zürich\nFrançois,Orléans\n".encode("cp1252"))


@pytest.mark.parametrize("data", [b"", b"  \r\n", "姓名,性别\r\n".encode(), b",,\r\n,,\r\n"])
def test_an_empty_sheet_or_a_header_alone_is_refused(data: bytes) -> None:
    with pytest.raises(EmptySheet, match="no rows to import"):
        read_sheet(data)


def test_a_sheet_whose_first_row_is_data_has_no_header_row() -> None:
    with pytest.raises(NoHeaderRow, match="first row"):
        read_sheet(xlsx_bytes({"S": [[dt.date(1973, 5, 1), "张伟"], [dt.date(1980, 1, 1), "李明"]]}))
    with pytest.raises(NoHeaderRow):
        read_sheet("张伟,1973-05-01\r\n李明,1990/2/2\r\n".encode())


def test_a_file_that_cannot_be_opened_says_so(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match=r"Could not read the file missing\.csv"):
        read_sheet_file(tmp_path / "missing.csv")
