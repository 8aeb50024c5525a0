"""Vocabulary columns accept the code, the English label and Chinese words, Simplified or Traditional."""

import pytest

from app.importing import chinese_labels, values
from app.importing.values import NotInVocabulary


@pytest.mark.parametrize(("table", "cell", "code"), [
    ("sex", "male", "male"), ("sex", "Female", "female"), ("sex", "M", "male"), ("sex", "f", "female"),
    ("sex", "男", "male"), ("sex", "女性", "female"), ("sex", "不详", "unknown"),
    ("role", "religious_leader", "religious_leader"), ("role", "Religious Leader", "religious_leader"),
    ("role", "family-member", "family_member"), ("role", "律师", "lawyer"), ("role", "宗教人士", "religious_leader"),
    ("role", "公民記者", "journalist"), ("role", "維權人士", "activist"),
    ("status", "rsdl", "rsdl"), ("status", "residential surveillance at a designated location", "rsdl"),
    ("status", "指定居所監視居住", "rsdl"), ("status", "在押", "detained"), ("status", "下落不明", "disappeared"),
    ("status", "流亡海外", "in_exile"), ("status", "已故", "deceased"),
    ("case_type", "travel ban", "travel_ban"), ("case_type", "被失蹤", "enforced_disappearance"),
    ("case_type", "ill-treatment", "ill_treatment"), ("case_type", "跨國鎮壓", "transnational_repression"),
    ("detention_kind", "criminal detention", "criminal"), ("detention_kind", "刑拘", "criminal"),
    ("detention_kind", "行政拘留", "administrative"), ("detention_kind", "指居", "rsdl"),
    ("detention_kind", "黑監獄", "black_jail"), ("detention_kind", "政治再教育营", "re_education_camp"),
    ("event_type", "formally arrested", "formally_arrested"), ("event_type", "批捕", "formally_arrested"),
    ("event_type", "開庭", "hearing"), ("event_type", "取保候审", "released"), ("event_type", "lawyer_visit", "lawyer_visit"),
    ("lawyer_access", "被拒", "denied"), ("case_status", "已结", "closed"), ("risk", "极高", "critical"),
])
def test_codes_labels_and_chinese_words(table: str, cell: str, code: str) -> None:
    assert values.code(table, cell) == code


def test_an_unknown_value_lists_the_labels() -> None:
    with pytest.raises(NotInVocabulary, match="is not one of: female, male, other, unknown"):
        values.code("sex", "maybe")


def test_every_chinese_word_names_one_code_of_a_real_vocabulary() -> None:
    for name, (codes, chinese) in chinese_labels.TABLES.items():
        assert set(chinese) <= set(codes), name
        words = [values.fold(w) for synonyms in chinese.values() for w in synonyms]
        assert len(words) == len(set(words)), f"{name}: a word names two codes"
        english = {values.fold(label) for label in codes.values()} | {values.fold(code) for code in codes}
        assert not english & set(words), name


def test_lists_split_on_semicolons_and_the_enumeration_comma() -> None:
    assert values.items("Wuhan, Hubei; 北京、上海") == ["Wuhan, Hubei", "北京", "上海"]
    assert values.words("律师, 记者；学者") == ["律师", "记者", "学者"]
