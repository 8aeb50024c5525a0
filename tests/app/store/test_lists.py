"""Lists for the desktop: keyset pages in every sort order, and recent changes newest first."""

import pytest

from app.errors import WrongPassphrase
from app.records.change import Change
from app.vault.vault import Vault
from helpers.secrets import TEST_PASSPHRASE


def test_pages_follow_each_other_in_every_sort_order(vault: Vault) -> None:
    ids = [r.id for r in vault.records.apply([Change("person", {"names": [f"Person {i:03d}"]}) for i in range(25)])]
    vault.records.apply([Change("person", {"status": "detained"}, id=ids[3])])
    for sort in ("name", "updated", "status"):
        for descending in (False, True):
            seen: list[str] = []
            after = None
            while page := vault.records.page("person", sort=sort, descending=descending, after=after, limit=7):
                seen += [s.id for s in page]
                after = page[-1].id
            assert sorted(seen) == sorted(ids), (sort, descending)
    by_name = [s.display_name for s in vault.records.page("person", limit=3)]
    assert by_name == ["Person 000", "Person 001", "Person 002"]
    assert vault.records.page("person", sort="status", descending=True, limit=1)[0].id == ids[3]


def test_recent_changes_are_newest_first_across_pages(vault: Vault) -> None:
    [first] = vault.records.apply([Change("person", {"names": ["滕彪"]})])
    vault.records.apply([Change("person", {"notes": "moved"}, id=first.id)])
    [second] = vault.records.apply([Change("organisation", {"names": ["Rights Lawyers Group"]})])
    vault.records.delete(second.id)
    entries = vault.records.recent_changes(limit=2)
    entries += vault.records.recent_changes(before=(entries[-1].at, entries[-1].version), limit=10)
    assert [(e.record_id, e.action) for e in entries] == [
        (second.id, "delete"), (second.id, "create"), (first.id, "update"), (first.id, "create")]
    assert entries[0].deleted and entries[2].display_name == "滕彪"


def test_recalibration_checks_the_passphrase_first(vault: Vault) -> None:
    with pytest.raises(WrongPassphrase):
        vault.recalibrate("not the passphrase", kdf_seconds=0.01)
    vault.recalibrate(TEST_PASSPHRASE, kdf_seconds=0.01)
    path = vault.folder.path
    vault.close()
    Vault.open(path, TEST_PASSPHRASE).close()


@pytest.mark.parametrize(("kind", "sort"), [("person", "name"), ("person", "updated"), ("person", "status"),
                                            ("case", "name"), ("case", "updated"), ("organisation", "name")])
def test_every_list_order_reads_its_own_index_and_sorts_nothing(vault: Vault, kind: str, sort: str) -> None:
    """Pages stay cheap on 100,000 people only while each is an index range scan; a fallback to sorting all rows is slow."""
    captured: list[str] = []
    original = vault.db.execute

    def spy(sql: str, params: object = ()) -> object:
        if "FROM records" in sql and "ORDER BY" in sql:
            captured.extend(str(row[3]) for row in original("EXPLAIN QUERY PLAN " + sql, params).fetchall())
        return original(sql, params)

    vault.db.execute = spy  # type: ignore[method-assign]
    try:
        vault.records.page(kind, sort=sort, descending=True, limit=5)
    finally:
        del vault.db.execute
    assert any(f"records_{kind}_by_{sort}" in step for step in captured), captured
    assert not any("TEMP B-TREE" in step or step.startswith("SCAN records") for step in captured), captured
