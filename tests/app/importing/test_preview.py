"""The preview: what will be added, updated, skipped or is undecided or in error, under the user's decisions;
and the changes, which a real vault takes in one transaction."""

import pytest

from app.errors import BadInput
from app.importing.emit import changes
from app.importing.preview import Action, Decision, Preview
from app.records.change import Change
from app.vault.vault import Vault
from helpers.importing import planned, sheet_import

HEADER = ["姓名", "Pinyin", "出生日期", "职业", "拘留日期", "组织"]


@pytest.fixture
def zhang(vault: Vault) -> str:
    """A vault person 張偉 born 1973-05-01, a lawyer with no occupation recorded."""
    return vault.records.apply([Change("person", {"names": ["張偉", "Zhang Wei"], "birth_date": "1973-05-01",
                                                  "roles": ["lawyer"]})])[0].id


ROWS = [HEADER,
        ["张伟", "", "1973-05-01", "human rights lawyer", "2021-03-05", "Beacon Monitor"],  # row 2: the vault's 張偉
        ["李明", "", "", "", "", ""],  # row 3: new
        ["", "Li Ming", "", "journalist", "", ""],  # row 4: row 3 again
        ["王芳", "", "5/3/1990", "", "", ""]]  # row 5: in error


def test_undecided_duplicates_are_listed_and_nothing_is_written_for_them(vault: Vault, zhang: str) -> None:
    preview, written = planned(ROWS, vault.records)
    assert preview.rows("add") == [3]
    assert [r.number for r in preview.undecided] == [2, 4]
    assert preview.counts() == {"add": 1, "update": 0, "skip": 0, "undecided": 2, "error": 1, "new_people": 1, "new_cases": 0,
                                "new_events": 0, "new_organisations": 0}
    assert [c.where for c in written] == ["row 3"]
    assert [str(e) for e in preview.errors] == [
        "row 5, 出生日期: '5/3/1990' could be 5 March or 3 May: write 1990-03-05 or 1990-05-03"]


def test_fill_updates_the_vault_person_and_adds_the_rows_case_and_organisation(vault: Vault, zhang: str) -> None:
    preview, written = planned(ROWS, vault.records, {2: Decision(Action.FILL), 4: Decision(Action.FILL, 3)})
    assert preview.rows("update") == [2, 4] and preview.rows("add") == [3]
    assert preview.counts()["new_people"] == 1 and preview.counts()["new_cases"] == 1
    vault.records.apply(written)
    person = vault.records.get(zhang)
    assert person.fields["occupation"] == "human rights lawyer"
    assert [n["value"] for n in person.fields["names"]] == ["張偉", "Zhang Wei", "张伟"]
    assert person.fields["roles"] == ["lawyer"] and person.fields["birth_date"] == "1973-05-01"
    cases = list(vault.records.iter_records("case"))
    assert [c.fields["people"] for c in cases] == [[{"person": zhang, "role": "defender"}]]
    li = [p for p in vault.records.iter_records("person") if p.id != zhang]
    assert len(li) == 1 and [n["value"] for n in li[0].fields["names"]] == ["李明", "Li Ming"]
    assert li[0].fields["occupation"] == "journalist"


def test_overwrite_replaces_values_and_skip_leaves_the_row_out(vault: Vault, zhang: str) -> None:
    vault.records.apply([Change("person", {"occupation": "lawyer (licence revoked)"}, zhang)])
    _, written = planned(ROWS, vault.records, {2: Decision(Action.OVERWRITE, zhang), 4: Decision(Action.SKIP)})
    vault.records.apply(written)
    assert vault.records.get(zhang).fields["occupation"] == "human rights lawyer"
    assert vault.records.count("person") == 2  # 張偉 and 李明; row 4 was skipped
    preview, written = planned(ROWS, vault.records, {2: Decision(Action.FILL)}, on_duplicate="skip")
    assert preview.rows("update") == [2] and preview.rows("skip") == [3, 4]  # 李明 is in the vault now
    assert [c.where for c in written if c.kind == "person"] == []  # 張偉 has all that row 2 gives: nothing to fill


def test_new_adds_a_second_person_and_the_default_policies(vault: Vault, zhang: str) -> None:
    preview, _ = planned(ROWS, vault.records, on_duplicate="new")
    assert preview.rows("add") == [2, 3, 4]
    preview, _ = planned(ROWS, vault.records, on_duplicate="update")
    assert preview.rows("update") == [2, 4]
    preview, _ = planned(ROWS, vault.records, on_duplicate="skip")
    assert preview.rows("skip") == [2, 4]
    with pytest.raises(BadInput, match="--on-duplicate must be one of: ask, skip, update, new"):
        planned(ROWS, vault.records, on_duplicate="merge")


def test_a_row_that_duplicates_an_undecided_row_waits_for_it(vault: Vault, zhang: str) -> None:
    rows = [HEADER, ["张伟", "", "1973-05-01", "", "", ""], ["", "Zhang Wei", "1973-05-01", "rights lawyer", "", ""]]
    preview, _ = planned(rows, vault.records, {3: Decision(Action.FILL, 2)})
    assert [r.number for r in preview.undecided] == [2, 3]
    preview, written = planned(rows, vault.records, {2: Decision(Action.SKIP), 3: Decision(Action.FILL, 2)})
    assert preview.rows("skip") == [2] and preview.rows("update") == [3]
    assert [(c.id, c.where, c.fields) for c in written] == [(zhang, "row 3", {"occupation": "rights lawyer"})]


def test_a_decision_must_name_one_of_the_rows_duplicates(vault: Vault, zhang: str) -> None:
    with pytest.raises(BadInput, match="Row 2: the decision names a record that is not one of its possible duplicates"):
        planned(ROWS, vault.records, {2: Decision(Action.FILL, 3)})


def test_changes_can_be_asked_for_again(vault: Vault) -> None:
    """A dry run and then the real one: the same people and organisations (cases, events and links get new ids)."""
    preview = Preview(sheet_import(ROWS, vault.records), on_duplicate="new")
    first, second = list(changes(preview)), list(changes(preview))
    assert [(c.kind, c.where) for c in first] == [(c.kind, c.where) for c in second]
    assert [(c.id, c.fields) for c in first if c.kind in ("person", "organisation")] == [
        (c.id, c.fields) for c in second if c.kind in ("person", "organisation")]
    assert [c.kind for c in first].count("organisation") == 1
    vault.records.apply(first)


def test_progress_is_reported_and_can_cancel() -> None:
    from app.importing.importer import SheetImport
    from app.importing.mapping import Mapping
    from app.importing.sheets import read_sheet
    from helpers.sheets import csv_bytes

    sheet = read_sheet(csv_bytes([["姓名"]] + [[f"人{i}"] for i in range(1200)]))
    seen: list[tuple[int, int]] = []
    SheetImport(sheet, Mapping.guess(sheet.headers), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)]

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        SheetImport(sheet, Mapping.guess(sheet.headers), progress=cancel)
