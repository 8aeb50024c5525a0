"""One sheet row becomes a person and, where the columns say so, a case, a detention event and an organisation;
problems name the row and the column."""

from app.importing.convert import RowReader
from app.importing.emit import changes
from app.importing.importer import SheetImport
from app.importing.mapping import Mapping
from app.importing.preview import Preview
from app.importing.problems import rows_in_error_csv
from app.importing.sheets import read_sheet
from app.importing.table import Row
from app.vault.vault import Vault
from helpers.importing import planned, sheet_import
from helpers.sheets import csv_bytes, xlsx_bytes

HEADER = ["姓名", "拼音", "维吾尔文名", "别名", "性别", "出生日期", "职业", "身份", "拘留日期", "羁押场所", "拘留类型", "罪名", "法条",
          "组织"]


def row(**cells: str) -> list[str]:
    keys = ["name", "pinyin", "uyghur", "alias", "sex", "born", "job", "role", "detained", "facility", "kind", "charge",
            "article", "org"]
    return [cells.get(k, "") for k in keys]


def test_a_full_row_becomes_person_case_event_organisation_and_link_that_the_vault_accepts(vault: Vault) -> None:
    _, written = planned([HEADER, row(name="张伟", pinyin="Zhang Wei", alias="野草", sex="男", born="1973/5/1",
                                            job="human rights lawyer", role="律师", detained="2021年3月5日",
                                            facility="武汉市第一看守所", kind="刑拘", charge="煽动颠覆国家政权罪",
                                            article="刑法第105条第2款", org="公民维权律所")], vault.records)
    assert [c.kind for c in written] == ["organisation", "person", "case", "event", "link"]
    org, person, case, event, link = written
    assert person.fields["names"] == [{"value": "张伟", "script": "Hani", "kind": "primary"},
                                      {"value": "Zhang Wei", "script": "Latn", "kind": "romanised"},
                                      {"value": "野草", "script": "Hani", "kind": "alias"}]
    assert (person.fields["sex"], person.fields["birth_date"], person.fields["roles"]) == ("male", "1973-05-01", ["lawyer"])
    assert case.fields["people"] == [{"person": person.id, "role": "defender"}]
    assert case.fields["charges"] == [{"charge": "煽动颠覆国家政权罪", "article": "刑法第105条第2款"}]
    assert (case.fields["type"], case.fields["title"]) == ("detention", "Detention of 张伟")
    assert event.fields == {"date": "2021-03-05", "type": "detained", "case": case.id, "person": person.id,
                            "detention": {"kind": "criminal", "facility": "武汉市第一看守所"}}
    assert link.fields == {"from": person.id, "to": org.id, "type": "member_of"}
    assert person.where == "row 2"
    vault.records.apply(written)
    summary = vault.records.summary(person.id)
    assert summary is not None and summary.status == "detained"  # derived from the imported detention
    for query in ("張偉", "zhang wei", "zhangwei", "野草"):
        assert person.id in [hit.id for hit in vault.records.index.search(query)], query


def test_a_uyghur_row_puts_the_arabic_script_name_first() -> None:
    _, written = planned([HEADER, row(name="买买提江·阿布力孜", pinyin="Maimaitijiang Abulizi", uyghur="مەمەتجان ئابلىز")])
    assert written[0].fields["names"] == [{"value": "مەمەتجان ئابلىز", "script": "Arab", "kind": "primary"},
                                          {"value": "买买提江·阿布力孜", "script": "Hani", "kind": "alias"},
                                          {"value": "Maimaitijiang Abulizi", "script": "Latn", "kind": "romanised"}]


def test_organisations_are_made_once_and_reused_from_the_vault(vault: Vault) -> None:
    from app.records.change import Change

    existing = vault.records.apply([Change("organisation", {"names": ["Lantern Legal Aid Network", "灯笼法律援助网"]})])[0]
    _, written = planned([HEADER, row(name="张伟", org="灯笼法律援助网"), row(name="李明", org="Beacon Monitor"),
                          row(name="王芳", org="beacon  monitor")], vault.records)
    organisations = [c for c in written if c.kind == "organisation"]
    links = [c for c in written if c.kind == "link"]
    assert [o.fields["names"] for o in organisations] == [["Beacon Monitor"]]
    assert links[0].fields["to"] == existing.id
    assert links[1].fields["to"] == links[2].fields["to"] == organisations[0].id
    vault.records.apply(written)


def test_every_problem_of_a_row_names_the_row_and_the_column() -> None:
    imp = sheet_import([HEADER, row(name="张伟", born="1973-13-01", sex="maybe", detained="5.3.2021", kind="holiday",
                                    facility="看守所"),
                        row(), row(name="李明", facility="看守所"), row(name="王芳", charge="a; b", article="105")])
    assert [str(e) for e in imp.errors] == [
        "row 2, 性别: 'maybe' is not one of: female, male, other, unknown",
        "row 2, 出生日期: '1973-13-01' is not a date",
        "row 2, 拘留日期: '5.3.2021' could be 5 March or 3 May: write 2021-03-05 or 2021-05-03",
        "row 2, 拘留类型: 'holiday' is not one of: criminal detention, administrative detention, residential surveillance "
        "at a designated location, black jail, political re-education camp, psychiatric confinement, other",
        "row 4, 拘留日期: is empty, but the row has detention details",
        "row 5, 法条: gives 1 articles for 2 charges: give one article per charge, in the same order, separated by ;",
    ]
    assert [r.number for r in imp.rows] == []  # row 3 is blank and skipped; the others are in error


def test_detention_details_without_a_date_column_say_which_column_to_map() -> None:
    imp = sheet_import([["姓名", "羁押场所"], ["张伟", "看守所"]])
    assert [str(e) for e in imp.errors] == ["row 2, 羁押场所: needs the date detained in the same row (map a column to "
                                            "date detained)"]


def test_a_row_without_a_name_is_in_error_at_the_name_column() -> None:
    imp = sheet_import([["姓名", "性别"], ["", "男"]])
    assert [str(e) for e in imp.errors] == ["row 2, 姓名: is empty: every row needs a name"]


def test_the_schema_validators_judge_what_the_importer_does_not() -> None:
    """A lone surrogate (no file decodes to one, but a caller may hand in cells) is caught by the record schema."""
    headers = ("姓名", "职业", "出生日期", "律师", "别名")
    reader = RowReader(headers, Mapping.guess(headers))
    draft, errors = reader.read(Row(7, ("张伟", "law\ud800yer", "1973", "Li \udc00Ming", "野\ud801草")))
    assert draft is None
    broken = "holds an escaped character (\\ud800-\\udfff) that is not valid Unicode text"
    assert [str(e) for e in errors] == [f"row 7, 别名: {broken}", f"row 7, 职业: {broken}", f"row 7, 律师: {broken}"]


def test_rows_in_error_go_to_a_file_the_user_can_fix_and_import_again() -> None:
    rows = [["姓名", "出生日期"], ["张伟", "1973-13-01"], ["李明", "1980"], ["王芳", "5/3/1990"]]
    sheet = read_sheet(csv_bytes(rows))
    imp = SheetImport(sheet, Mapping.guess(sheet.headers))
    fixed = rows_in_error_csv(sheet, imp.errors)
    again = read_sheet(fixed)
    assert again.headers == ("姓名", "出生日期", "problem")
    assert [list(r.cells) for r in again.rows()] == [
        ["张伟", "1973-13-01", "出生日期: '1973-13-01' is not a date"],
        ["王芳", "5/3/1990", "出生日期: '5/3/1990' could be 5 March or 3 May: write 1990-03-05 or 1990-05-03"]]
    assert Mapping.guess(again.headers).field_of("problem") == "ignore"


def test_an_xlsx_sheet_with_real_date_cells_and_serials_imports() -> None:
    import datetime as dt

    data = xlsx_bytes({"名单": [["姓名", "出生日期", "拘留日期"], ["张伟", dt.date(1973, 5, 1), 44256], ["李明", 1980, "2021年3月"]]})
    sheet = read_sheet(data)
    preview = Preview(SheetImport(sheet, Mapping.guess(sheet.headers)))
    people = [c for c in changes(preview) if c.kind in ("person", "event")]
    assert [(c.kind, c.fields.get("birth_date") or c.fields.get("date")) for c in people] == [
        ("person", "1973-05-01"), ("event", "2021-03-01"), ("person", "1980"), ("event", "2021-03")]
