"""Search: what each kind of query finds and must not find, the ranking, and the index kept in step."""

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.records.change import Change
from app.search.grams import trigrams
from app.store import migrations
from app.vault.vault import Vault
from helpers.secrets import TEST_PASSPHRASE, fast_params

# label -> (kind, fields): the people, organisations and cases every query below runs against.
RECORDS: dict[str, tuple[str, dict[str, object]]] = {
    "teng": ("person", {"names": ["滕彪"]}),  # Han name only: pinyin must come from the characters
    "zhang_trad": ("person", {"names": ["張偉"]}),
    "zhang_ming": ("person", {"names": ["张伟明", "Zhang Weiming"]}),
    "jose": ("person", {"names": ["José Müller"]}),
    "memetjan": ("person", {"names": [{"value": "مەمەتجان ئابلىز", "script": "Arab"}, "Memetjan Abliz", "Maimaitijiang Abulizi"]}),
    "tashi": ("person", {"names": ["བཀྲ་ཤིས་དོན་གྲུབ", "Tashi Dhondup"]}),
    "lu": ("person", {"names": ["吕志"]}),
    "dolkar": ("person", {"names": ["Dolkar"]}),
    "dolkan": ("person", {"names": ["Dolkan"]}),
    "li_wei": ("person", {"names": ["Li Wei"], "notes": "met teng biao in 2014"}),
    "lawyers": ("organisation", {"names": ["北京律师协会", "Beijing Lawyers Association"]}),
    "case": ("case", {"title": "Detention of a rights lawyer", "charges": [{"charge": "inciting subversion", "article": "art. 105(2)"}],
                      "location": "Tianjin"}),
}

# (query, labels that must be found — in this order when `ordered` — , labels that must not be found)
QUERIES = [
    # one or two Han characters of a name, and Traditional/Simplified variants
    ("滕", ["teng"], ["zhang_trad"]),
    ("彪", ["teng"], []),
    ("滕彪", ["teng"], []),
    ("偉", ["zhang_trad", "zhang_ming"], ["teng"]),
    ("张伟", ["zhang_trad", "zhang_ming"], []),
    ("伟明", ["zhang_ming"], ["zhang_trad"]),
    ("張偉明", ["zhang_ming"], ["zhang_trad"]),
    ("律师", ["lawyers"], []),
    # pinyin made from the Han name, with or without tone marks, spaces or capitals
    ("Téng Biāo", ["teng"], []),
    ("teng biao", ["teng"], []),
    ("TengBiao", ["teng"], []),
    ("tengbiao", ["teng"], []),
    ("teng", ["teng"], []),
    ("zhang wei", ["zhang_trad", "zhang_ming"], []),
    ("lü zhi", ["lu"], []),
    ("lv zhi", ["lu"], []),
    ("lu zhi", ["lu"], []),
    # any part of a Latin name, accent- and case-insensitive
    ("jose", ["jose"], []),
    ("JOSÉ", ["jose"], []),
    ("muller", ["jose"], []),
    ("mül", ["jose"], []),
    ("weiming", ["zhang_ming"], []),
    # Uyghur in Arabic script and in its Latin spellings
    ("مەمەتجان", ["memetjan"], []),
    ("ئابلىز", ["memetjan"], []),
    ("memetjan", ["memetjan"], []),
    ("maimaitijiang", ["memetjan"], []),
    ("abliz", ["memetjan"], []),
    # Tibetan and other scripts by substring
    ("ཤིས་དོན", ["tashi"], []),
    ("བཀྲ་ཤིས", ["tashi"], []),
    ("dhondup", ["tashi"], []),
    # one typo in a Latin query of five letters or more
    ("memetjn", ["memetjan"], []),
    ("dhondpu", ["tashi"], []),
    ("ablis", ["memetjan"], []),
    ("tasih", ["tashi"], []),  # two neighbours swapped is one typo
    ("tahi", [], ["tashi"]),  # four letters: no typo matching
    # other fields
    ("subversion", ["case"], []),
    ("tianjin", ["case"], []),
    ("rights lawyer", ["case"], []),
    # nothing
    ("nobody at all", [], list(RECORDS)),
    ("王", [], list(RECORDS)),
]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, dict[str, str]]]:
    """One vault with RECORDS, shared by the query table; maps label -> record id."""
    path = tmp_path_factory.mktemp("search") / "search.casebook"
    vault = Vault.create(path, TEST_PASSPHRASE, use_keyring=False, params=fast_params()).vault
    labels = list(RECORDS)
    records = vault.records.apply([Change(kind, dict(fields)) for kind, fields in RECORDS.values()])
    yield vault, {label: record.id for label, record in zip(labels, records, strict=True)}
    vault.close()


def found(vault: Vault, query: str, **kwargs: object) -> list[str]:
    return [hit.id for hit in vault.records.index.search(query, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("query", "must", "must_not"), QUERIES, ids=[q[0] for q in QUERIES])
def test_query_finds_what_it_must_and_not_what_it_must_not(filled: tuple[Vault, dict[str, str]], query: str,
                                                           must: list[str], must_not: list[str]) -> None:
    vault, ids = filled
    hits = found(vault, query)
    for label in must:
        assert ids[label] in hits, f"{query!r} should find {label}"
    for label in must_not:
        assert ids[label] not in hits, f"{query!r} should not find {label}"


def test_traditional_query_ranks_the_exact_name_before_a_longer_one(filled: tuple[Vault, dict[str, str]]) -> None:
    vault, ids = filled
    assert found(vault, "張偉")[:2] == [ids["zhang_trad"], ids["zhang_ming"]]
    assert found(vault, "张伟")[:2] == [ids["zhang_trad"], ids["zhang_ming"]]


def test_a_typo_ranks_below_the_exact_name(filled: tuple[Vault, dict[str, str]]) -> None:
    vault, ids = filled
    hits = vault.records.index.search("dolkar")
    assert [h.id for h in hits] == [ids["dolkar"], ids["dolkan"]]
    assert hits[0].score > hits[1].score


def test_a_name_ranks_above_notes_that_mention_it(filled: tuple[Vault, dict[str, str]]) -> None:
    vault, ids = filled
    hits = vault.records.index.search("teng biao")
    assert [h.id for h in hits] == [ids["teng"], ids["li_wei"]]
    assert (hits[0].field, hits[1].field) == ("names", "notes")


def test_kind_filter_and_limit(filled: tuple[Vault, dict[str, str]]) -> None:
    vault, ids = filled
    assert found(vault, "lawyer", kind="case") == [ids["case"]]
    assert found(vault, "lawyer", kind="organisation") == [ids["lawyers"]]
    assert len(found(vault, "张伟", limit=1)) == 1


def test_ranking_exact_then_prefix_then_part_then_other_fields(vault: Vault) -> None:
    names = ["Chen Guang", "Chen Guangcheng", "Wang Chen Guangli"]
    people = vault.records.apply([Change("person", {"names": [n]}) for n in reversed(names)])
    by_name = {p.fields["names"][0]["value"]: p.id for p in people}
    case = vault.records.apply([Change("case", {"title": "Chen Guang's detention", "location": "Linyi"})])[0]
    noted = vault.records.apply([Change("person", {"names": ["Yuan Weijing"], "notes": "wife of chen guang"})])[0]
    hits = vault.records.index.search("chen guang")
    assert [h.id for h in hits] == [by_name[n] for n in names] + [case.id, noted.id]
    assert [h.field for h in hits] == ["names", "names", "names", "title", "notes"]
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    for limit in (1, 2, 3, 4):  # a short answer is the start of the long one, whichever way it is found
        assert vault.records.index.search("chen guang", limit=limit) == hits[:limit]
    assert [h.id for h in vault.records.index.search("chen guang", kind="case", limit=1)] == [case.id]


def test_ties_go_to_open_detentions_then_to_the_most_recently_updated(vault: Vault) -> None:
    first, second, held = (vault.records.apply([Change("person", {"names": ["Wang Yu"]})])[0].id for _ in range(3))
    case = vault.records.apply([Change("case", {"title": "Detention", "people": [{"person": held, "role": "defender"}]})])[0]
    assert found(vault, "wang yu") == [held, second, first]  # nobody held yet: newest first
    vault.records.apply([Change("event", {"case": case.id, "type": "detained", "date": "2015-07-09"})])
    vault.records.apply([Change("person", {"risk": "high"}, id=first)])
    assert found(vault, "wang yu") == [held, first, second]
    assert found(vault, "wang yu", limit=2) == [held, first]
    vault.records.apply([Change("event", {"case": case.id, "type": "released", "date": "2016-07-09"})])
    assert found(vault, "wang yu")[0] == first


def test_index_follows_update_delete_and_restore(vault: Vault) -> None:
    pid = vault.records.apply([Change("person", {"names": ["江天勇"]})])[0].id
    created = vault.records.get(pid).version
    vault.records.apply([Change("person", {"names": ["江天勇", "Jiang Tianyong"]}, id=pid)])
    assert found(vault, "jiang tianyong") == [pid]
    vault.records.apply([Change("person", {"names": ["Xie Yang"]}, id=pid)])
    assert found(vault, "jiang tianyong") == [] and found(vault, "江天") == []
    assert found(vault, "xie yang") == [pid]
    vault.records.delete(pid)
    assert found(vault, "xie yang") == [] and found(vault, "yang") == []
    vault.records.restore(pid, created)
    assert found(vault, "江天") == [pid] and found(vault, "tianyong") == [pid]
    assert found(vault, "xie yang") == []


def trigram_counts(vault: Vault) -> tuple[dict[str, int], dict[str, int]]:
    """The stored counts, and the counts made afresh from the texts the index holds."""
    stored = dict(vault.db.execute("SELECT gram, texts FROM search_grams").fetchall())
    made: Counter[str] = Counter()
    for (text,) in vault.db.execute("SELECT text FROM search_fts").fetchall():
        made.update(trigrams(text))
    return stored, dict(made)


def test_trigram_counts_follow_add_update_delete_restore_shred_and_reindex(vault: Vault) -> None:
    pid, other = (r.id for r in vault.records.apply([Change("person", {"names": ["江天勇", "Jiang Tianyong"]}),
                                                      Change("person", {"names": ["Zqxy Gone"], "notes": "zqxy notes"})]))
    created = vault.records.get(pid).version
    steps = [
        lambda: vault.records.apply([Change("person", {"names": ["Xie Yang"], "notes": "lawyer in Changsha"}, id=pid)]),
        lambda: vault.records.delete(pid),
        lambda: vault.records.restore(pid, created),
        lambda: vault.records.shred(other),
        vault.records.reindex,
    ]
    for step in steps:
        step()
        stored, made = trigram_counts(vault)
        assert stored == made
    assert "zqx" not in stored  # the shredded record left no piece of its name behind
    assert found(vault, "tianyong") == [pid] and found(vault, "changsha") == []


def test_a_name_made_of_common_pieces_is_found_among_many_that_share_them(vault: Vault) -> None:
    names = [f"{a} {b} {c}" for a in ("zhang", "wang", "tang") for b in ("ting", "ming", "ling") for c in ("hui", "gui")]
    ids = {r.display_name: r.id for r in vault.records.apply([Change("person", {"names": [n]}) for n in names])}
    assert sorted(found(vault, "ang ting hu")) == sorted(ids[f"{a} ting hui"] for a in ("zhang", "wang", "tang"))
    assert sorted(found(vault, "g ming g")) == sorted(ids[f"{a} ming gui"] for a in ("zhang", "wang", "tang"))


def test_one_batch_with_two_changes_to_the_same_record(vault: Vault) -> None:
    pid = "0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a60"
    vault.records.apply([Change("person", {"names": ["Ding Jiaxi"]}, id=pid), Change("person", {"names": ["丁家喜"]}, id=pid)])
    assert found(vault, "丁家喜") == [pid] and found(vault, "ding jiaxi") == [pid]  # the pinyin of the final name
    assert len(vault.records.history(pid)) == 1
    assert vault.records.get(pid).display_name == "丁家喜"


def test_reindex_rebuilds_the_index(vault: Vault) -> None:
    pid = vault.records.apply([Change("person", {"names": ["许志永", "Xu Zhiyong"]})])[0].id
    with vault.db.transaction():
        vault.records.index.clear()
    assert found(vault, "xu zhiyong") == []
    assert vault.records.reindex() == 1
    assert found(vault, "xu zhiyong") == [pid] and found(vault, "志") == [pid]
    # the trigram table is made again by a reindex: it must still remove a shredded name's trigrams from its pages
    assert vault.db.execute("SELECT v FROM search_fts_config WHERE k = 'secure-delete'").fetchall() == [(1,)]


def test_a_vault_from_before_the_index_is_indexed_when_opened(tmp_path: Path) -> None:
    """Schema 1 had a plain substring table: migration 2 replaces it, and the next unlock builds the index."""
    path = tmp_path / "old.casebook"
    vault = Vault.create(path, TEST_PASSPHRASE, use_keyring=False, params=fast_params()).vault
    pid = vault.records.apply([Change("person", {"names": ["王全璋", "Wang Quanzhang"]})])[0].id
    conn = vault.db
    with conn.transaction():
        for table in ("search_docs", "search_fts", "search_keys", "search_typo"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("CREATE TABLE search_terms(record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE, "
                     "kind TEXT NOT NULL, field TEXT NOT NULL, weight INTEGER NOT NULL, text TEXT NOT NULL)")
        conn.execute("DELETE FROM meta WHERE key = 'search_index'")
        migrations.MIGRATIONS[2](conn)
    vault.close()
    vault = Vault.open(path, TEST_PASSPHRASE)
    try:
        assert found(vault, "全璋") == [pid] and found(vault, "wangquanzhang") == [pid]
    finally:
        vault.close()
