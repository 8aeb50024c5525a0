"""The session's duplicates inside the vault: people who may be one person, and merging two of them.

A merge is an ordinary write, so it travels in bundles: the kept person gains
every name, channel, role, place and note of the other and lists it in
`merged_from`; cases, events and links that named the other now name the kept
one; the other is deleted, leaving a tombstone and its whole history. All of
it in one transaction, logged with ids and counts only.
"""

from dataclasses import dataclass

from app.importing.duplicates import PossibleDuplicate, vault_duplicates
from app.importing.merge import merge_people
from app.records.record import Record
from app.session.base import SessionBase
from app.session.records import touched


@dataclass(frozen=True)
class Merged:
    """A merge done: the kept person as it is now, the id retired, and what was pointed at the kept one."""

    kept: Record
    retired: str
    repointed: int
    links_retired: int


class DuplicatesPart(SessionBase):
    """Find duplicates within the vault, and merge two people."""

    def find_duplicates(self) -> list[PossibleDuplicate]:
        """Pairs of live people who may be one person, each with why (seconds on a large vault: not on the GUI thread)."""
        return list(vault_duplicates(self._vault.records.iter_records("person")))

    def merge_people(self, keep_id: str, retire_id: str) -> Merged:
        """Fold the person `retire_id` into `keep_id`, in one transaction; BadInput unless they are two live people."""
        repo = self._vault.records
        keep, retire = repo.get(keep_id), repo.get(retire_id)
        referring = {source for person in (keep.id, retire.id) for source, _, _ in repo.referencing(person)}
        plan = merge_people(keep, retire, repo.get_many(sorted(referring)))
        with self._vault.db.transaction():
            written = repo.apply(plan.changes, note=f"merged {retire.id} into {keep.id}")
            for record_id in [*plan.retire_links, retire.id]:
                repo.delete(record_id)
            self._vault.activity.append("merge", {"kept": keep.id, "retired": retire.id, "repointed": len(written) - 1,
                                                  "links_retired": len(plan.retire_links)})
        self._announce(touched([retire, *written]) | set(plan.retire_links))
        return Merged(written[0], retire.id, len(written) - 1, len(plan.retire_links))
