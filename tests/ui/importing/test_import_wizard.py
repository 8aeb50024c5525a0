"""Vault ▸ Import spreadsheet… as a newcomer does it: a mixed-script caseload of a few hundred people with rows in
error and duplicates; the errors saved, fixed and imported; the duplicates decided; everyone found by any name."""

import csv
import datetime as dt
import io
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QTableView
from pytestqt.qtbot import QtBot

from app.demo.sheet import demo_sheet_csv
from app.records.change import Change
from app.session import Action, Session
from helpers.sheets import xlsx_bytes
from ui.importing.models import DuplicatesModel, MappingModel
from ui.importing.wizard import ImportWizard
from ui.main.window import MainWindow

pytestmark = pytest.mark.gui
WAIT_MS = 60_000
BAD = {11: (5, "1973-13-01"), 21: (4, "X"), 31: (10, "2021-02-30")}  # sheet row: (column, a value in error)


def caseload(folder: Path) -> tuple[Path, list[list[str]]]:
    """The demo generator's 300-row sheet (Han, Uyghur, Tibetan, Latin names; some people twice), three cells broken."""
    rows = list(csv.reader(io.StringIO(demo_sheet_csv(300, seed=3).decode("utf-8-sig"))))
    for number, (column, value) in BAD.items():
        rows[number - 1][column] = value
    path = folder / "caseload 2024.csv"
    path.write_text("\ufeff" + "".join(",".join(f'"{c}"' for c in row) + "\r\n" for row in rows), encoding="utf-8")
    return path, rows


def wizard_on(qtbot: QtBot, session: Session) -> ImportWizard:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window.open_import()


def choose_in_cell(qtbot: QtBot, table: QTableView, index: QModelIndex, value: str) -> None:
    """From the keyboard: go to the cell, F2 opens the list, arrows to the choice, Enter takes it."""
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QComboBox)
    assert editor is not None and editor.accessibleName() == index.model().headerData(index.column(), Qt.Orientation.Horizontal)
    target = editor.findData(value)
    key = Qt.Key.Key_Down if target > editor.currentIndex() else Qt.Key.Key_Up
    while editor.currentIndex() != target:
        qtbot.keyClick(editor, key)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert index.data(Qt.ItemDataRole.EditRole) == value


def read_file(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    page = wizard.file_page
    page.path.setText(str(path))
    qtbot.mouseClick(page.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)


def to_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.next()
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=WAIT_MS)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.preview is not None, timeout=WAIT_MS)


def apply(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=WAIT_MS)
    wizard.next()
    qtbot.waitUntil(wizard.apply_page.isComplete, timeout=WAIT_MS)


def test_a_newcomer_imports_a_caseload_fixes_the_errors_resolves_duplicates_and_finds_everyone(
        qtbot: QtBot, session: Session, tmp_path: Path, fresh_settings: Path) -> None:
    path, rows = caseload(tmp_path)
    known = rows[9]  # row 10 of the sheet: already in the vault under the Latin name alone
    [vault_person] = session.apply([Change("person", {"names": [known[2]], "roles": ["lawyer"]})])
    wizard = wizard_on(qtbot, session)

    read_file(qtbot, wizard, path)
    assert wizard.file_page.status.text() == ("caseload 2024.csv: 300 row(s) and 17 column(s), read as CSV, UTF-8, "
                                              "separated by commas.")

    wizard.next()
    mapping = wizard.mapping_page
    qtbot.waitUntil(mapping.isComplete, timeout=WAIT_MS)
    shown = {mapping.model.index(r, MappingModel.COLUMN).data(): (mapping.model.index(r, MappingModel.SAMPLES).data(),
                                                                  mapping.model.index(r, MappingModel.FIELD).data())
             for r in range(mapping.model.rowCount())}
    assert shown["姓名"][1] == "name" and shown["Name (Latin)"][1] == "name in Latin letters"
    assert shown["出生日期"][1] == "birth date" and shown["序号"][1] == "(not imported)"
    assert rows[1][1] in shown["姓名"][0] and rows[1][5] in shown["出生日期"][0], "sample values beside each column"
    notes = next(r for r in range(mapping.model.rowCount()) if mapping.model.index(r, 0).data() == "备注")
    choose_in_cell(qtbot, mapping.table, mapping.model.index(notes, MappingModel.FIELD), "ignore")
    assert "15 of 17 columns will be imported." in mapping.status.text()
    mapping.save_name.setText("Monthly caseload")
    qtbot.mouseClick(mapping.save_button, Qt.MouseButton.LeftButton)
    assert session.saved_mappings() == ["Monthly caseload"]
    assert session.load_mapping("Monthly caseload").field_of("备注") == "ignore"

    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.state.preview is not None, timeout=WAIT_MS)
    errors = [[preview.errors.index(r, c).data() for c in range(3)] for r in range(preview.errors.rowCount())]
    assert errors == [["11", "出生日期", "'1973-13-01' is not a date"],
                      ["21", "性别", "'X' is not one of: female, male, other, unknown"],
                      ["31", "拘留日期", "'2021-02-30' is not a date"]]
    assert preview.tabs.tabText(1) == "Rows in error (3)"
    lines = preview.duplicates
    assert lines.rowCount() >= 5 and {lines.index(r, DuplicatesModel.DECISION).data() for r in range(lines.rowCount())} == {
        "undecided"}
    vault_line = next(r for r in range(lines.rowCount()) if lines.row_at(r).duplicate.in_vault)
    assert lines.index(vault_line, DuplicatesModel.ROW).data() == "10"
    assert lines.index(vault_line, DuplicatesModel.OTHER).data() == f"{known[2]} (in the vault)"
    assert lines.index(vault_line, DuplicatesModel.WHY).data() == f"same name {known[2]}; no birth date to compare"
    assert not preview.isComplete(), "nothing is applied while a duplicate is undecided"
    assert "may be someone already there" in preview.counts.text()

    qtbot.mouseClick(preview.save_errors, Qt.MouseButton.LeftButton)
    dialog = preview.findChild(QFileDialog)
    assert dialog is not None and dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    to_fix = tmp_path / "to fix.csv"
    dialog.selectFile(str(to_fix))
    dialog.accept()
    qtbot.waitUntil(lambda: not preview.busy() and "to fix.csv" in preview.status.text(), timeout=WAIT_MS)
    assert preview.status.text() == "Saved 3 row(s) in error to to fix.csv: fix them there, then import that file."

    preview.all_action.setCurrentIndex(preview.all_action.findData(Action.NEW.value))
    qtbot.mouseClick(preview.apply_all, Qt.MouseButton.LeftButton)
    choose_in_cell(qtbot, preview.duplicates_table, lines.index(vault_line, DuplicatesModel.DECISION), Action.FILL.value)
    assert lines.index(vault_line, DuplicatesModel.DECISION).data() == "fill empty fields"
    qtbot.waitUntil(preview.isComplete, timeout=WAIT_MS)
    assert preview.counts.text() == "296 to add, 1 to update, 0 to skip, 3 in error."
    apply(qtbot, wizard)
    assert wizard.apply_page.status.text().startswith("296 people added, 1 updated, 0 skipped;")

    # The rows in error, fixed in the file Casebook wrote, then imported with the saved mapping.
    fixed = to_fix.read_text(encoding="utf-8-sig").replace("1973-13-01", "1973-12-01").replace(",X,", ",男,").replace(
        "2021-02-30", "2021-02-28")
    fixed_path = tmp_path / "fixed.csv"
    fixed_path.write_text(fixed, encoding="utf-8")
    again = wizard_on(qtbot, session)
    read_file(qtbot, again, fixed_path)
    again.next()
    qtbot.waitUntil(again.mapping_page.isComplete, timeout=WAIT_MS)
    again.mapping_page.saved.setCurrentText("Monthly caseload")
    qtbot.mouseClick(again.mapping_page.use_saved, Qt.MouseButton.LeftButton)
    again.next()
    qtbot.waitUntil(lambda: again.state.preview is not None, timeout=WAIT_MS)
    assert again.preview_page.errors.rowCount() == 0 and again.preview_page.counts.text().startswith("3 to add")
    apply(qtbot, again)

    assert session.count("person") == 300
    for number, row in enumerate(rows[1:], start=2):  # Han, Uyghur, Tibetan, Latin, Cyrillic: every name of every row
        for name in (n for n in (row[1], row[2]) if n):
            assert session.search(name, "person"), f"row {number}: {name} not found"
    filled = session.record(vault_person.id).fields
    assert [n["value"] for n in filled["names"]][:2] == [known[2], known[1]], "the vault person gained the Han name"
    assert filled["roles"][0] == "lawyer" and filled["occupation"] == known[7], "empty fields filled, none replaced"
    for file in fresh_settings.rglob("*"):
        if file.is_file():
            text = file.read_text(encoding="utf-8", errors="replace")
            assert "姓名" not in text and "Monthly caseload" not in text and str(tmp_path) not in text, file.name


def test_cancel_while_writing_writes_nothing(qtbot: QtBot, session: Session, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = caseload(tmp_path)
    wizard = wizard_on(qtbot, session)
    read_file(qtbot, wizard, path)
    to_preview(qtbot, wizard)
    wizard.preview_page.duplicates.decide_all(Action.SKIP)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=WAIT_MS)
    writing, go_on = threading.Event(), threading.Event()
    write_all = session.write_all

    def held(*args: Any, **options: Any) -> int:  # the real write, held until the user has pressed Cancel
        writing.set()
        go_on.wait(WAIT_MS / 1000)
        return write_all(*args, **options)

    monkeypatch.setattr(session, "write_all", held)
    wizard.next()
    assert writing.wait(WAIT_MS / 1000) and wizard.apply_page.busy()
    wizard.reject()  # the Cancel button, Esc, or closing the window
    go_on.set()
    qtbot.waitUntil(lambda: not wizard.apply_page.busy(), timeout=WAIT_MS)
    assert wizard.isVisible(), "Cancel stops the write first; the wizard stays to say so"
    assert wizard.apply_page.status.text() == "Stopped; nothing was written."
    assert session.count() == 0
    wizard.reject()
    assert not wizard.isVisible()


def test_an_unreadable_file_is_said_on_the_first_page(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7 not a sheet")
    wizard = wizard_on(qtbot, session)
    page = wizard.file_page
    page.path.setText(str(path))
    qtbot.keyClick(page.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy() and bool(page.status.text()), timeout=WAIT_MS)
    assert "not a spreadsheet Casebook can read" in page.status.text() and not page.isComplete()


def test_a_workbooks_sheet_is_chosen_and_back_stops_the_analysis(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    path = tmp_path / "caseload.xlsx"
    path.write_bytes(xlsx_bytes({"Read me": [["About this file"], ["Kept by the Hong Kong desk"]],
                                 "People": [["姓名", "拼音", "出生日期"], ["歐陽美玲", "Auyeung Mei-ling", dt.date(1991, 3, 14)]]}))
    wizard = wizard_on(qtbot, session)
    read_file(qtbot, wizard, path)
    page = wizard.file_page
    assert page.sheets.isVisibleTo(wizard) and [page.sheets.itemText(i) for i in range(page.sheets.count())] == [
        "Read me", "People"]
    page.sheets.setCurrentIndex(1)
    page.sheets.activated.emit(1)
    qtbot.waitUntil(lambda: page.isComplete() and wizard.state.sheet is not None and wizard.state.sheet.name == "People",
                    timeout=WAIT_MS)
    assert page.status.text() == "caseload.xlsx: sheet “People”: 1 row(s) and 3 column(s), read as XLSX."
    wizard.next()
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=WAIT_MS)
    assert [row.field for row in wizard.mapping_page.model.rows()] == ["name", "name_pinyin", "birth_date"]
    wizard.next()
    wizard.back()  # while the sheet is being read, or just after: either way the page's work is dropped
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.preview is not None, timeout=WAIT_MS)
    apply(qtbot, wizard)
    [person] = session.search("Auyeung", "person")
    assert session.record(person.id).fields["birth_date"] == "1991-03-14"
