"""Possible duplicates across scripts, each with the reason a caseworker reads before deciding."""

from typing import Any

import pytest

from app.importing.duplicates import DuplicateFinder, PossibleDuplicate, index_people, vault_duplicates
from app.importing.people import Person, people_of
from app.records import schema
from app.records.change import Change
from app.vault.vault import Vault
from helpers.importing import sheet_import


def person(ref: str | int, *names: Any, birth: str | None = None, sex: str | None = None) -> Person:
    return Person.of_fields(ref, {"names": schema.names(list(names), "names"), "birth_date": birth, "sex": sex})


def found(existing: Person, newcomer: Person) -> list[PossibleDuplicate]:
    return DuplicateFinder(index_people([existing])).check_and_add(newcomer)


@pytest.mark.parametrize(("first", "second", "why"), [
    (("張偉",), ("张伟",), "Han name 张伟 = 張偉 (Traditional and Simplified)"),
    (("张伟",), ("Zhang Wei",), "Han name 张伟 reads zhang wei = Latin name Zhang Wei"),
    (("張偉",), ("Zhāng Wěi",), "Han name 張偉 reads zhang wei = Latin name Zhāng Wěi"),
    (("張偉",), ("zhang wei",), "Han name 張偉 reads zhang wei = Latin name zhang wei"),
    (("張偉",), ("ZhangWei",), "Han name 張偉 reads zhang wei = Latin name ZhangWei"),
    (("张伟",), ("Wei Zhang",), "Latin name Wei Zhang = Han name 张伟 (zhang wei) in the other order"),
    (("Zhang Wei",), ("Wei Zhang",), "Latin name Wei Zhang = Latin name Zhang Wei in the other order"),
    (("吕志",), ("Lv Zhi",), "Han name 吕志 reads lv zhi = Latin name Lv Zhi"),
    (("吕志",), ("Lü Zhi",), "Han name 吕志 reads lu zhi = Latin name Lü Zhi"),
    (("单伟",), ("Shan Wei",), "Han name 单伟 reads shan wei = Latin name Shan Wei"),  # a surname with two readings
])
def test_han_names_meet_their_traditional_form_and_their_pinyin(first: tuple[str, ...], second: tuple[str, ...],
                                                                why: str) -> None:
    [match] = found(person("v1", *first, birth="1973-05-01"), person(2, *second, birth="1973-05-01"))
    assert match.why == f"{why}; same birth date 1973-05-01"
    assert match.in_vault and match.birth_agrees


UYGHUR = "مەمەتجان ئابلىز"


@pytest.mark.parametrize(("latin", "why"), [
    ("Memetjan Abliz", f"Uyghur name {UYGHUR} reads Memetjan Abliz = Latin name Memetjan Abliz"),
    ("Mamatjan Ablez", f"Latin name Mamatjan Ablez ≈ Uyghur name {UYGHUR} (Memetjan Abliz) (the same consonants, mmtjnblz)"),
    ("Maimaitijiang Abulizi", f"Latin name Maimaitijiang Abulizi ≈ Uyghur name {UYGHUR} (Memetjan Abliz) (the same consonants, "
                              "mmtjnblz)"),
    ("买买提江·阿布力孜", f"Han name 买买提江·阿布力孜 (mai mai ti jiang a bu li zi) ≈ Uyghur name {UYGHUR} (Memetjan Abliz) "
                      "(the same consonants, mmtjnblz)"),
])
def test_a_uyghur_name_in_arabic_script_meets_its_latin_spellings(latin: str, why: str) -> None:
    [match] = found(person("v1", UYGHUR), person(2, latin))
    assert match.reasons() == [why, "no birth date to compare"]
    [match] = found(person("v1", latin), person(2, UYGHUR))  # whichever comes first
    assert UYGHUR in match.why and latin in match.why


def test_latin_spellings_alone_are_not_matched_by_their_consonants() -> None:
    """Only a pair with an Arabic-script side is compared by skeleton: Latin names of many peoples share theirs."""
    assert found(person("v1", "Mamatjan Ablez"), person(2, "Memetjan Abliz")) == []
    assert found(person("v1", "Maimaitijiang Abulizi"), person(2, "Mamatjan Ablez")) == []


@pytest.mark.parametrize(("first", "second", "why"), [
    ("Memetjan Abliz", "Memetjan Ablis", "Latin name Memetjan Ablis and Latin name Memetjan Abliz differ by one letter"),
    ("Zhang Weiming", "Zhang Wieming", "Latin name Zhang Wieming and Latin name Zhang Weiming differ by one letter"),
    ("Tashi Dhondup", "Tashi Dhondop", "Latin name Tashi Dhondop and Latin name Tashi Dhondup differ by one letter"),
    (UYGHUR, "Memetjan Ablis", f"Latin name Memetjan Ablis and Uyghur name {UYGHUR} (Memetjan Abliz) differ by one letter"),
])
def test_a_one_letter_typo_in_a_word_of_five_letters_or_more(first: str, second: str, why: str) -> None:
    [match] = found(person("v1", first, birth="1980"), person(2, second, birth="1980"))
    assert match.reasons()[0] == why


def test_short_words_are_not_matched_by_one_letter() -> None:
    assert found(person("v1", "Zhang Wei"), person(2, "Zhang Wen")) == []


@pytest.mark.parametrize(("first", "second", "agrees", "why"), [
    ("1973-05-01", "1973-05-01", True, "same birth date 1973-05-01"),
    ("1973", "1973-05-01", True, "birth dates agree (1973-05-01 / 1973)"),
    ("~1972", "1973-05", True, "birth dates agree (1973-05 / ~1972)"),
    (None, "1973-05-01", False, "no birth date to compare"),
    ("1973-05-01", "1973-05-02", None, ""),
    ("1973", "1975", None, ""),
    ("~1970", "1973", None, ""),
])
def test_birth_dates_that_agree_support_a_match_and_dates_that_cannot_both_be_true_rule_it_out(
        first: str | None, second: str, agrees: bool | None, why: str) -> None:
    matches = found(person("v1", "張偉", birth=first), person(2, "Zhang Wei", birth=second))
    if agrees is None:
        assert matches == []
    else:
        [match] = matches
        assert match.birth_agrees is agrees
        assert match.reasons()[1] == why


def test_different_sexes_rule_a_match_out_and_the_same_sex_is_a_reason() -> None:
    assert found(person("v1", "张伟", sex="male"), person(2, "Zhang Wei", sex="female")) == []
    [match] = found(person("v1", "张伟", sex="male"), person(2, "Zhang Wei", sex="male"))
    assert match.reasons()[-1] == "both male"
    assert len(found(person("v1", "张伟", sex="unknown"), person(2, "Zhang Wei", sex="female"))) == 1


def test_han_names_that_read_alike_but_are_written_differently_are_different_people() -> None:
    assert found(person("v1", "张伟", birth="1973"), person(2, "章伟", birth="1973")) == []
    assert len(found(person("v1", "张伟", "Zhang Wei"), person(2, "章伟", {"value": "张伟", "kind": "alias"}))) == 1


def test_an_alias_meets_a_main_name_but_two_shared_aliases_are_no_evidence() -> None:
    alias = {"value": "野草", "kind": "alias"}
    assert found(person("v1", "张伟", alias), person(2, "李明", alias)) == []
    [match] = found(person("v1", "张伟", alias), person(2, "野草"))
    assert match.why.startswith("same name 野草")


def test_unrelated_names_are_not_proposed() -> None:
    assert found(person("v1", "张伟", "Zhang Wei", birth="1973"), person(2, "李明", "Li Ming", birth="1973")) == []


def test_rows_are_compared_with_the_vault_and_with_the_rows_above(vault: Vault) -> None:
    [existing] = vault.records.apply([Change("person", {"names": ["張偉", "Zhang Wei"], "birth_date": "1973-05-01"})])
    imp = sheet_import([["姓名", "Pinyin", "出生日期"], ["张伟", "", "1973-05-01"], ["李明", "", ""], ["", "Li Ming", "1980"],
                        ["王芳", "", ""]], vault.records)
    found_rows = {row.number: [(d.other.ref, d.why) for d in row.duplicates] for row in imp.rows}
    assert found_rows == {
        2: [(existing.id, "Han name 张伟 = 張偉 (Traditional and Simplified); same birth date 1973-05-01")],
        3: [],
        4: [(3, "Han name 李明 reads li ming = Latin name Li Ming; no birth date to compare")],
        5: [],
    }
    assert imp.rows[0].duplicates[0].to_json() == {"id": existing.id, "match": "same name", "why": found_rows[2][0][1],
                                                   "birth_date_agrees": True}


def test_the_vault_index_is_kept_between_imports_and_never_changed(vault: Vault) -> None:
    [existing] = vault.records.apply([Change("person", {"names": ["張偉"], "birth_date": "1973-05-01"})])
    people = index_people(people_of(vault.records.iter_records("person")))
    rows = [["姓名", "出生日期"], ["张伟", "1973-05-01"], ["张伟", "1973-05-01"]]
    for _ in range(2):
        imp = sheet_import(rows, vault.records, people=people)
        assert [[d.other.ref for d in r.duplicates] for r in imp.rows] == [[existing.id], [existing.id, 2]]
    assert len(people) == 1


def test_duplicates_within_a_vault(vault: Vault) -> None:
    records = vault.records.apply([
        Change("person", {"names": ["مەمەتجان ئابلىز"], "birth_date": "1980"}),
        Change("person", {"names": ["Maimaitijiang Abulizi"], "birth_date": "1980-04"}),
        Change("person", {"names": ["张伟"], "birth_date": "1973"}),
        Change("person", {"names": ["Zhang Wei"], "birth_date": "1990"}),
        Change("person", {"names": ["Ilham"]}),
        Change("person", {"names": ["Yilihamu"]}),  # one short name: too little to compare on
    ])
    pairs = [(d.other.ref, d.person.ref) for d in vault_duplicates(vault.records.iter_records("person"))]
    assert pairs == [(records[0].id, records[1].id)]
    assert len(list(people_of(vault.records.iter_records()))) == 6
