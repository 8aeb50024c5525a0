"""Columns matched to fields by their headers in English and Chinese; the user's changes; saved as JSON and reused."""

import pytest

from app.errors import NotFound
from app.importing.errors import BadMapping
from app.importing.fields import IGNORE
from app.importing.mapping import Mapping, guess_field, samples
from app.importing.sheets import read_sheet
from app.importing.sources import load_mapping, save_mapping
from helpers.sheets import csv_bytes


@pytest.mark.parametrize(("header", "field"), [
    ("姓名", "name"), ("Name", "name"), ("FULL NAME", "name"), ("拼音", "name_pinyin"), ("Pinyin", "name_pinyin"),
    ("性别", "sex"), ("性別", "sex"), ("Gender", "sex"), ("Sex:", "sex"),
    ("出生日期", "birth_date"), ("Date of birth", "birth_date"), ("D.O.B.", "birth_date"), ("date-of-birth", "birth_date"),
    ("出生日期（公历）", "birth_date"), ("拘留日期", "detained_on"), ("Date detained", "detained_on"),
    ("地点", "places"), ("罪名", "charges"), ("Charge", "charges"), ("法条", "charge_article"), ("Article", "charge_article"),
    ("维吾尔文名", "name_uyghur"), ("維吾爾文名", "name_uyghur"), ("Uyghur name", "name_uyghur"),
    ("别名", "alias"), ("別名", "alias"), ("AKA", "alias"), ("Alias", "alias"), ("职业", "occupation"), ("職業", "occupation"),
    ("Occupation", "occupation"), ("国籍", "nationality"), ("國籍", "nationality"), ("Nationality", "nationality"),
    ("案件", "case_title"), ("Case", "case_title"), ("羁押场所", "detention_facility"), ("羈押場所", "detention_facility"),
    ("律师", "lawyer"), ("律師", "lawyer"), ("Name (Latin)", "name_latin"), ("英文名", "name_latin"),
    ("组织", "organisation"), ("Organization", "organisation"), ("拘留类型", "detention_kind"), ("身份", "roles"),
    ("Tibetan name", "name_tibetan"), ("状态", "status"), ("备注", "notes"), ("标签", "tags"),
    ("序号", IGNORE), ("Shoe size", IGNORE),
])
def test_headers_in_english_and_chinese(header: str, field: str) -> None:
    assert guess_field(header) == field


def test_guess_keeps_the_first_column_of_a_single_valued_field_and_every_column_of_a_list() -> None:
    mapping = Mapping.guess(["姓名", "Name", "别名", "Alias", "DOB"])
    assert mapping.columns == (("姓名", "name"), ("Name", IGNORE), ("别名", "alias"), ("Alias", "alias"), ("DOB", "birth_date"))


def test_the_user_changes_a_column_and_the_mapping_checks_itself() -> None:
    mapping = Mapping.guess(["姓名", "Spelling", "出生日期"]).with_field("Spelling", "name_latin")
    assert mapping.field_of("Spelling") == "name_latin"
    mapping.check()
    with pytest.raises(BadMapping, match="both fill birth date"):
        mapping.with_field("Spelling", "birth_date").check()
    with pytest.raises(BadMapping, match="No column gives a name"):
        mapping.with_field("姓名", IGNORE).with_field("Spelling", IGNORE).check()
    with pytest.raises(BadMapping, match="'shoe' is not a field"):
        mapping.with_field("Spelling", "shoe")
    with pytest.raises(BadMapping, match="no column"):
        mapping.with_field("Nope", "name")


def test_json_round_trip_and_reuse_on_next_months_sheet() -> None:
    mapping = Mapping.guess(["姓名", "Spelling", "出生日期"]).with_field("Spelling", "name_latin")
    again = Mapping.from_json(mapping.to_json())
    assert again == mapping
    next_month = again.for_headers(["Spelling", "姓名", "拘留日期", "Notes to self"])
    assert next_month.columns == (("Spelling", "name_latin"), ("姓名", "name"), ("拘留日期", "detained_on"),
                                  ("Notes to self", IGNORE))


@pytest.mark.parametrize("text", ["not json", '{"format": 1}', '{"format": 1, "columns": [["A", "shoe"]]}',
                                  '{"format": 99, "columns": []}'])
def test_a_damaged_or_foreign_saved_mapping_is_refused(text: str) -> None:
    with pytest.raises(BadMapping):
        Mapping.from_json(text)


class Shelf:
    """A MappingShelf kept in a dict: the session keeps the same text inside the vault."""

    def __init__(self) -> None:
        self.kept: dict[str, str] = {}

    def mapping_text(self, name: str) -> str | None:
        return self.kept.get(name)

    def keep_mapping_text(self, name: str, text: str) -> None:
        self.kept[name] = text


def test_mappings_are_saved_and_loaded_by_name() -> None:
    shelf = Shelf()
    mapping = Mapping.guess(["姓名", "DOB"])
    save_mapping(shelf, "monthly caseload", mapping)
    assert load_mapping(shelf, "monthly caseload") == mapping
    with pytest.raises(NotFound, match="no saved mapping called 'other'"):
        load_mapping(shelf, "other")


def test_samples_are_the_first_distinct_non_empty_values() -> None:
    sheet = read_sheet(csv_bytes([["姓名", "性别"], ["张伟", ""], ["李明", "男"], ["张伟", "男"], ["王芳", "女"], ["赵六", "男"]]))
    assert samples(sheet, "姓名") == ["张伟", "李明", "王芳"]
    assert samples(sheet, "性别", count=5) == ["男", "女"]


def test_a_second_name_column_is_told_apart_by_its_script() -> None:
    sheet = read_sheet(csv_bytes([["姓名", "Name", "名字", "Full name"], ["张伟", "Zhang Wei", "مەمەتجان", "Wei Zhang"],
                                  ["李明", "Li Ming", "ئابلىز", "Ming Li"]]))
    assert Mapping.for_sheet(sheet).columns == (("姓名", "name"), ("Name", "name_latin"), ("名字", "name_uyghur"),
                                                ("Full name", "alias"))


def test_a_saved_mapping_whose_name_column_this_sheet_lacks_is_refused_before_any_row() -> None:
    from app.importing.convert import RowReader

    saved = Mapping.guess(["Full name", "DOB"])
    with pytest.raises(BadMapping, match="No column gives a name"):
        RowReader(("Spelling", "DOB"), saved)
