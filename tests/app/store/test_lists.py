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
