"""The demo caseload sheet: realistic rows that import without error, with the repeated people found again."""

from app.demo.sheet import HEADERS, demo_rows, demo_sheet_csv
from app.importing.importer import SheetImport
from app.importing.mapping import Mapping
from app.importing.preview import Preview
from app.importing.sheets import read_sheet
from helpers.sheets import xlsx_bytes


def test_the_demo_sheet_imports_cleanly_and_its_repeated_people_are_found() -> None:
    sheet = read_sheet(demo_sheet_csv(600, seed=3))
    mapping = Mapping.guess(sheet.headers)
    assert mapping.field_of("序号") == "ignore" and mapping.field_of("Name (Latin)") == "name_latin"
    imp = SheetImport(sheet, mapping)
    assert imp.errors == []
    counts = Preview(imp, on_duplicate="new").counts()
    assert counts["add"] == 600 and counts["new_events"] > 150 and counts["new_organisations"] > 10
    repeated = [row for row in demo_rows(600, seed=3) if row[3] == "" and row[2] == ""]
    assert repeated, "the sheet repeats some people under their Latin name only"
    by_number = {r.number: r for r in imp.rows}
    for row in repeated:
        assert by_number[int(row[0]) + 1].duplicates, f"row {int(row[0]) + 1} repeats an earlier person"


def test_the_demo_sheet_as_a_workbook_with_date_cells_and_serials() -> None:
    data = xlsx_bytes({"Caseload": [list(HEADERS), *demo_rows(300, seed=4, typed=True)]})
    sheet = read_sheet(data)
    imp = SheetImport(sheet, Mapping.guess(sheet.headers))
    assert imp.errors == [] and len(imp.rows) == 300
    assert demo_rows(5, seed=9).__next__() == demo_rows(5, seed=9).__next__()  # the same seed, the same sheet
