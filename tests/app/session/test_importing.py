"""Spreadsheets in through the session: read, map (saved inside the vault), analyse, preview, write, rows in error."""

import os
import stat
from collections.abc import Iterable
from pathlib import Path

import pytest

from app.errors import BadInput, Cancelled, NotFound
from app.importing.blocking import PeopleIndex
from app.importing.people import Person
from app.records.change import Change
from app.session import Action, Decision, RecordsChanged, Session, SheetImport, guess_mapping, read_sheet, unlock
from app.session import importing as session_importing
from helpers.secrets import TEST_PASSPHRASE
from helpers.sheets import csv_bytes, xlsx_bytes

HEADER = ["姓名", "Name (Latin)", "出生日期", "性别", "拘留日期", "羁押场所", "组织"]
ROWS = [HEADER,
        ["张伟", "Zhang Wei", "1973-05-01", "男", "2021年3月5日", "Wuhan No. 1 Detention Centre", "Beacon Monitor"],  # 2
        ["李明", "", "1980", "男", "", "", ""],  # 3
        ["王芳", "", "1990-13-01", "女", "", "", ""],  # 4: in error
        ["", "Li Ming", "1980", "", "", "", "Beacon Monitor"]]  # 5: row 3 again


def analysed(session: Session, rows: list[list[str]] = ROWS, name: str = "caseload") -> SheetImport:
    sheet = read_sheet(csv_bytes(rows), name=name)
    return session.analyse_sheet(sheet, guess_mapping(sheet))


def test_an_unreadable_file_is_a_sentence_and_bad_input() -> None:
    for data, words in ((b"%PDF-1.7 ...", "not a spreadsheet"), (b"   \n", "empty"),
                        (xlsx_bytes({"People": [["姓名"], ["张伟"]]}), None)):
        if words is None:
            with pytest.raises(BadInput, match="no sheet called 'Cases'; its sheets are: People"):
                read_sheet(data, sheet="Cases")
            continue
        with pytest.raises(BadInput, match=words) as caught:
            read_sheet(data)
        assert caught.value.exit_code == 2


def test_import_adds_people_with_their_cases_and_finds_them_by_any_name(session: Session) -> None:
    heard: list[RecordsChanged] = []
    session.on_records_changed(heard.append)
    preview = session.preview_import(analysed(session), {5: Decision(Action.FILL, 3)})
    assert [str(e) for e in preview.errors] == ["row 4, 出生日期: '1990-13-01' is not a date"]
    assert preview.counts()["add"] == 2 and preview.counts()["update"] == 1
    result = session.write_import(preview, name="caseload.csv")
    # 2 people, the organisation, row 2's case, event and link; row 5's name for 李明 and link
    assert result.counts["add"] == 2 and result.written == 8
    assert heard == [RecordsChanged(everything=True)]
    [zhang] = session.search("zhang wei")
    assert [h.id for h in session.search("张伟")] == [zhang.id] and [h.id for h in session.search("Zhāng Wěi")] == [zhang.id]
    assert session.history(zhang.id)[-1].note == "imported from caseload.csv"
    [li] = session.search("李明")
    assert [n["value"] for n in session.record(li.id).fields["names"]] == ["李明", "Li Ming"]
    [case] = [c for c in session.summaries("case")]
    assert session.record(case.id).fields["people"] == [{"person": zhang.id, "role": "defender"}]
    logged = session.activity_log()[-1]
    assert (logged.event, logged.detail) == ("sheet-import", {"format": "CSV", "rows": 4, "added": 2, "updated": 1,
                                                              "skipped": 0, "undecided": 0, "in_error": 1, "records": 8})


def test_the_vaults_people_are_filed_once_and_again_after_a_write(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    filed: list[int] = []
    original = session_importing.index_people

    def counting(people: Iterable[Person]) -> PeopleIndex:
        filed.append(1)
        return original(people)

    monkeypatch.setattr(session_importing, "index_people", counting)
    first = analysed(session)
    analysed(session)
    assert len(filed) == 1, "a second analysis (another mapping) does not file the vault's people again"
    assert not [d for d in first.duplicates if d.in_vault]
    session.write_import(session.preview_import(first, on_duplicate="new"), name="caseload.csv")
    again = analysed(session)
    assert len(filed) == 2
    assert {row.number for row in again.rows if any(d.in_vault for d in row.duplicates)} == {2, 3, 5}, \
        "people written since are found as duplicates in the vault"


def test_a_cancelled_import_writes_and_logs_nothing(session: Session) -> None:
    preview = session.preview_import(analysed(session), on_duplicate="new")
    entries = len(session.activity_log())
    with pytest.raises(Cancelled):
        session.write_import(preview, name="caseload.csv", cancelled=lambda: True)
    assert session.count() == 0 and len(session.activity_log()) == entries


def test_undecided_rows_are_left_out(session: Session) -> None:
    preview = session.preview_import(analysed(session))
    assert [row.number for row in preview.undecided] == [5]
    session.write_import(preview, name="caseload.csv")
    assert session.count("person") == 2


def test_mappings_are_saved_inside_the_vault(session: Session, tmp_path: Path) -> None:
    sheet = read_sheet(csv_bytes([["Codename Moonflower", "出生日期"], ["张伟", "1973"]]))
    mapping = guess_mapping(sheet).with_field("Codename Moonflower", "name_han")
    assert session.saved_mappings() == []
    with pytest.raises(NotFound, match="no saved mapping called 'monthly'"):
        session.load_mapping("monthly")
    session.save_mapping("monthly", mapping)
    session.save_mapping("Amnesty list", guess_mapping(sheet))
    path = session.path
    session.lock()
    reopened = unlock(path, TEST_PASSPHRASE)
    try:
        assert reopened.saved_mappings() == ["Amnesty list", "monthly"]
        assert reopened.load_mapping("monthly") == mapping
    finally:
        reopened.lock()
    for file in path.rglob("*"):
        if file.is_file():
            assert b"Moonflower" not in file.read_bytes(), f"{file.name} holds the header in clear"


def test_rows_in_error_go_only_where_the_user_chose(session: Session, tmp_path: Path) -> None:
    found = analysed(session)
    target = tmp_path / "to fix.csv"
    assert session.save_rows_in_error(found, target) == 1
    text = target.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join([*HEADER, "problem"])
    assert "王芳" in text and "出生日期: '1990-13-01'" in text and "张伟" not in text
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert session.activity_log()[-1].detail == {"rows": 1}
    with pytest.raises(BadInput, match="already exists"):
        session.save_rows_in_error(found, target)


def test_a_vault_person_is_proposed_and_filled(session: Session) -> None:
    [zhang] = session.apply([Change("person", {"names": ["張偉"], "birth_date": "1973-05-01"})])
    found = analysed(session)
    [duplicate] = found.rows[0].duplicates
    assert duplicate.other.ref == zhang.id and "same birth date 1973-05-01" in duplicate.why
    session.write_import(session.preview_import(found, {2: Decision(Action.FILL), 5: Decision(Action.SKIP)}),
                         name="caseload.csv")
    names = [n["value"] for n in session.record(zhang.id).fields["names"]]
    assert names == ["張偉", "张伟", "Zhang Wei"]
    assert session.count("person") == 2
