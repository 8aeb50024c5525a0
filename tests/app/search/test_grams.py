"""Trigram counts: how many texts hold each trigram, however often a text repeats."""

from collections import Counter

from app.search.grams import counted, trigrams


def test_each_text_counts_once_for_each_of_its_distinct_trigrams_repeated_texts_as_often_as_they_come() -> None:
    texts = ["teng biao", "beijing", "teng biao", "aaaa", "beijing", "teng biao", "滕彪", "ab", ""]
    expected: Counter[str] = Counter()
    for text in texts:
        expected.update(trigrams(text))
    assert counted(texts) == expected
    assert counted(iter(texts))["ten"] == 3 and counted(texts)["aaa"] == 1
    assert counted([]) == Counter()
