"""Demo data: reproducible, varied in the ways real caseloads are, valid, and written in whole batches."""

import json
from collections import defaultdict
from pathlib import Path

import pytest

from app.demo import generate, populate
from app.demo.generator import REFERENCE_DAY
from app.records import vocab
from app.records.change import Change
from app.records.dates import PartialDate
from app.records.schema import KINDS
from app.vault.vault import Created, Vault
from helpers.cli import FAST_KDF, run
from helpers.secrets import TEST_PASSPHRASE

PASS = {"CASEBOOK_PASSPHRASE": "a long passphrase for tests"}


def flat(people: int, seed: int) -> list[Change]:
    return [change for batch in generate(people, seed) for change in batch]


@pytest.fixture(scope="module")
def sample() -> list[Change]:
    return flat(400, 3)


def test_same_seed_same_records_other_seed_other_records() -> None:
    first, again, other = flat(40, 11), flat(40, 11), flat(40, 12)
    assert [(c.id, c.kind, c.fields) for c in first] == [(c.id, c.kind, c.fields) for c in again]
    assert [c.fields for c in first if c.kind == "person"] != [c.fields for c in other if c.kind == "person"]


def test_exactly_the_people_asked_for_and_every_kind(sample: list[Change]) -> None:
    kinds = defaultdict(int)
    for change in sample:
        kinds[change.kind] += 1
    assert set(kinds) == set(KINDS)
    assert kinds["person"] == 400
    assert 7 <= kinds["event"] / kinds["person"] <= 13  # about ten events per person
    link_types = {c.fields["type"] for c in sample if c.kind == "link"}
    assert link_types == {"lawyer_of", "family_of", "member_of", "colleague_of"}


def test_names_in_the_scripts_of_the_field(sample: list[Change]) -> None:
    names = [n for c in sample if c.kind == "person" for n in c.fields["names"]]
    scripts = {n["script"] for n in names}
    assert {"Hans", "Hant", "Arab", "Tibt", "Cyrl", "Latn"} <= scripts
    latin = [n["value"] for n in names if n["script"] == "Latn"]
    assert any(ch in "".join(latin) for ch in "éáñíÁ"), "Spanish accents"
    assert any(ch in "".join(latin) for ch in "ễầưđĐơ"), "Vietnamese letters"
    assert any(ch in "".join(latin) for ch in "āěǐòūǚ"), "pinyin tone marks"
    han_people = [c.fields["names"] for c in sample if c.kind == "person" and c.fields["names"][0]["script"] == "Hans"]
    assert all(any(n["script"] == "Latn" and n["value"].isascii() for n in people) for people in han_people)  # typable pinyin


def test_channels_marked_and_some_do_not_use(sample: list[Change]) -> None:
    channels = [ch for c in sample if c.kind == "person" for ch in c.fields["channels"]]
    assert {ch["safety"] for ch in channels} == set(vocab.CHANNEL_SAFETY) - {vocab.UNKNOWN_SAFETY}, \
        "the demo's caseworkers have judged every channel"
    assert all(ch["value"].startswith("+86 100 555") for ch in channels if ch["type"] in ("signal", "phone"))
    assert all(ch["value"].endswith("@example.org") for ch in channels if ch["type"] == "email")


def test_timelines_in_date_order_and_not_in_the_future(sample: list[Change]) -> None:
    by_person: dict[str, list[PartialDate]] = defaultdict(list)
    for change in sample:
        if change.kind == "event":
            by_person[change.fields["person"]].append(PartialDate.parse(change.fields["date"]))
    assert by_person
    for dates in by_person.values():
        days = [d.earliest() for d in dates]
        assert days == sorted(days) and len(set(days)) == len(days)
        assert days[-1] <= REFERENCE_DAY
    precisions = {d.precision for dates in by_person.values() for d in dates}
    assert precisions == {"year", "month", "day"}
    assert any(d.approximate for dates in by_person.values() for d in dates)


def test_written_vault_has_a_plausible_share_detained_now(created: Created) -> None:
    repo = created.vault.records
    seen: list[tuple[int, int]] = []
    counts = populate(repo, 400, 3, progress=lambda done, total: seen.append((done, total)))
    assert counts.people == repo.count("person") == 400
    assert seen[-1] == (400, 400) and seen == sorted(seen)
    statuses = [s.status for s in repo.summaries("person")]
    held = sum(status in vocab.DEPRIVED_OF_LIBERTY for status in statuses)
    assert 0.02 <= held / len(statuses) <= 0.09
    open_cases = [c for c in repo.iter_records("case") if c.fields["status"] == "open"]
    defenders = {p["person"] for c in open_cases for p in c.fields["people"] if p["role"] == "defender"}
    held_ids = {s.id for s in repo.summaries("person") if s.status in vocab.DEPRIVED_OF_LIBERTY}
    assert held_ids == defenders


def test_cancel_keeps_whole_batches_only(created: Created, tmp_path: Path) -> None:
    calls = []

    def cancel_after_two() -> bool:
        calls.append(1)
        return len(calls) > 3  # the organisations' batch and two batches of people

    counts = populate(created.vault.records, 1000, 5, cancelled=cancel_after_two)
    path = created.vault.folder.path
    created.vault.close()
    vault = Vault.open(path, TEST_PASSPHRASE)
    try:
        repo = vault.records
        assert 0 < counts.people == repo.count("person") < 1000
        assert counts.events == repo.count("event") and counts.links == repo.count("link")
        live = {s.id for s in repo.summaries()}
        for record in repo.iter_records():
            refs = [record.fields.get(k) for k in ("case", "person", "from", "to") if record.fields.get(k)]
            refs += [p["person"] for p in record.fields.get("people", [])]
            assert set(refs) <= live
    finally:
        vault.close()


def test_casebook_demo_makes_a_vault_list_and_search_read(tmp_path: Path) -> None:
    path = tmp_path / "demo.casebook"
    made = run("demo", str(path), "--people", "30", "--seed", "4", "--no-keyring", *FAST_KDF, env=PASS)
    assert made.code == 0, made.err
    assert len(made.out.split()) == 1 and len(made.out.strip().split("-")) == 8  # the recovery key alone
    assert "Added 30 people" in made.err
    listed = run("list", str(path), "--kind", "person", "--json", env=PASS)
    people = [json.loads(line) for line in listed.out.splitlines()]
    assert len(people) == 30
    name = people[0]["display_name"].split(" (")[0]
    found = run("search", str(path), name, "--json", env=PASS)
    assert people[0]["id"] in {json.loads(line)["id"] for line in found.out.splitlines()}


def test_casebook_demo_refuses_zero_people(tmp_path: Path) -> None:
    result = run("demo", str(tmp_path / "none.casebook"), "--people", "0", "--no-keyring", *FAST_KDF, env=PASS)
    assert result.code == 2 and "--people" in result.err
    assert not (tmp_path / "none.casebook").exists()
