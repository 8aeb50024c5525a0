"""`casebook bench` on a small synthetic vault: every figure is there and the query set is answered right.

Timings are not checked here (the machine decides them); the README shows a full run.
"""

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app import demo
from app.bench import queries as bench_queries
from app.names.typo import deletions
from helpers.cli import run

KEYS = {"people", "records", "events", "add_records_per_s", "insert_floor_records_per_s", "ratio_vs_insert_floor",
        "add_per_s", "import_sheet_rows_per_s", "import_sheet_peak_rss_mb", "vault_bytes_per_record", "vault_mb", "kdf_s",
        "open_s", "search_p50_ms", "search_p95_ms", "search_p99_ms", "plain_p95_ms", "floor_p95_ms", "ratio_vs_plain",
        "ratio_vs_floor", "recall_at_10", "false_hits", "peak_rss_mb"}
CLASSES = {"han_1", "han_2", "han_3plus", "pinyin_spaced", "pinyin_compact", "latin_prefix", "latin_typo",
           "uyghur_arabic", "uyghur_latin", "tibetan"}


def test_bench_prints_one_json_object_with_every_figure_and_full_recall() -> None:
    result = run("bench", "--people", "200", "--sheet-rows", "300", "--queries", "5", "--repeats", "1", "--kdf-seconds", "0.01",
                 timeout=600)
    assert result.code == 0, result.err
    figures = json.loads(result.out)
    assert KEYS <= set(figures)
    assert figures["people"] == 200 and figures["events"] > 1000
    assert figures["recall_at_10"] == 1.0 and figures["false_hits"] == 0
    assert set(figures["recall_by_class"]) == CLASSES
    assert all(figures[key] > 0 for key in ("add_per_s", "add_records_per_s", "insert_floor_records_per_s", "ratio_vs_insert_floor",
                                            "import_sheet_rows_per_s", "vault_bytes_per_record", "vault_mb", "search_p95_ms",
                                            "plain_p95_ms", "floor_p95_ms"))
    assert figures["import_sheet"]["rows"] == 300 and figures["import_sheet"]["records"] >= 300, "every row became a record"
    assert figures["records"] > figures["events"] > 1000


def test_bench_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "something").write_text("x")
    result = run("bench", "--people", "10", "--dir", str(tmp_path))
    assert result.code == 2 and "not empty" in result.err


def test_every_query_class_is_present_even_when_every_name_is_shared() -> None:
    # On a big vault every full name of the demo pools is carried by many people: eight copies of each person here.
    people = [bench_queries.Person(f"{c.fields['names'][0]['value']}#{copy}", tuple((n["value"], n.get("script", ""))
                                                                                    for n in c.fields["names"]))
              for part in demo.generate(150, 1) for c in part if c.kind == "person" for copy in range(8)]
    queries = bench_queries.build(people, seed=1, per_class=3)
    assert {q.cls for q in queries} == CLASSES | {"nothing"}
    for query in queries:
        if query.cls != "nothing":
            assert (query.target is None) == bool(query.shared_by)
            assert query.target is not None or len(query.shared_by) > bench_queries.MAX_SHARED
    assert all(q.shared_by for q in queries if q.cls in ("uyghur_arabic", "uyghur_latin", "tibetan"))


@settings(max_examples=200, deadline=None)
@given(st.text("abcde", min_size=5, max_size=8), st.sets(st.text("abcde", min_size=4, max_size=9), max_size=30))
def test_a_typo_is_near_exactly_the_words_the_typo_index_would_pair_it_with(typo: str, vocabulary: set[str]) -> None:
    paired = {word for word in vocabulary if deletions(word) & deletions(typo)}
    assert bench_queries._near(typo, vocabulary) == paired


def test_a_shared_query_names_everyone_with_a_name_or_reading_starting_with_it() -> None:
    people = [bench_queries.Person("a", (("Abdullah Memet", "Latn"),)), bench_queries.Person("b", (("滕彪", "Hani"),)),
              bench_queries.Person("c", (("Memet Abdul", "Latn"), ("Abd-ul", "Latn"))),
              bench_queries.Person("d", (("Teng Li", "Latn"),))]
    hay = bench_queries._Haystack(people)
    assert hay.starting_with("abdul") == {"a", "c"}
    assert hay.starting_with("Teng B") == {"b"} and hay.starting_with("tengb") == {"b"}
    assert hay.starting_with("memet") == {"c"} and hay.starting_with("zzz") == frozenset()
