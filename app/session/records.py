"""The session's records: finding, reading, lists, writing (announced), detention, demo data."""

import datetime as dt
from collections.abc import Callable, Iterable

from app import demo
from app.records import schema
from app.records.change import Change
from app.records.detention import DetainedPerson, checklist_change
from app.records.record import Record
from app.search import Hit
from app.session.base import SessionBase
from app.store import Activity, HistoryEntry, Summary
from app.store.detained import detained_now, earlier_detentions
from app.vault.check import verify

Progress = Callable[[int, int], None]


def touched(records: Iterable[Record]) -> set[str]:
    """The records written and those they refer to (a case whose event changed shows that event)."""
    ids: set[str] = set()
    for record in records:
        ids.add(record.id)
        ids.update(target for _, target in schema.referenced_ids(record.kind, record.fields))
    return ids


class RecordsPart(SessionBase):
    """Records: find, read, list, write, and what a detention needs."""

    # -- finding and reading --------------------------------------------------

    def search(self, query: str, kind: str | None = None, limit: int = 20) -> list[Hit]:
        """The best `limit` people, organisations and cases for `query` in any script; the query is never stored."""
        return self._vault.records.index.search(query, kind, limit)

    def record(self, record_id: str, *, include_deleted: bool = False) -> Record:
        """The record with this id, or NotFound."""
        return self._vault.records.get(record_id, include_deleted=include_deleted)

    def find(self, record_id: str) -> Record | None:
        """The record with this id (live or deleted), or None when there is none."""
        return self._vault.records.find(record_id)

    def kind_of(self, record_id: str) -> str | None:
        return self._vault.records.kind_of(record_id)

    def summary(self, record_id: str) -> Summary | None:
        """A live record's list line: its name without decrypting it (for links and list rows)."""
        return self._vault.records.summary(record_id)

    def summaries(self, kind: str | None = None) -> list[Summary]:
        return self._vault.records.summaries(kind)

    def page(self, kind: str, *, sort: str = "name", descending: bool = False, after: str | None = None,
             limit: int = 200) -> list[Summary]:
        """The next page of a list, sorted by the database (keyset paging: page 500 costs what page 1 costs)."""
        return self._vault.records.page(kind, sort=sort, descending=descending, after=after, limit=limit)

    def count(self, kind: str | None = None) -> int:
        return self._vault.records.count(kind)

    def recent_changes(self, *, before: tuple[str, str] | None = None, limit: int = 200) -> list[Activity]:
        return self._vault.records.recent_changes(before=before, limit=limit)

    def referencing(self, record_id: str, field: str | None = None) -> list[tuple[str, str, str | None]]:
        """(source id, field, role) of the live records that refer to this one."""
        return self._vault.records.referencing(record_id, field)

    def links_of(self, record_id: str) -> list[tuple[Record, str]]:
        """The live links from or to this record, each with the end this record is ("from" or "to")."""
        found = ((self._vault.records.find(source), field) for source, field, _ in self.referencing(record_id))
        return [(link, field) for link, field in found if link is not None and link.kind == "link" and not link.deleted
                and field in ("from", "to")]

    def case_records(self, case_id: str, kind: str) -> list[Record]:
        """The live events or interventions of a case."""
        found = (self._vault.records.find(source) for source, _, _ in self.referencing(case_id, "case"))
        return [r for r in found if r is not None and r.kind == kind and not r.deleted]

    def events_of_person(self, person_id: str) -> list[Record]:
        """Live events about a person: in cases where they are the defender, or naming them."""
        return self._vault.records.events_of_person(person_id)

    def history(self, record_id: str) -> list[HistoryEntry]:
        """Every version of a record, oldest first, the current one last."""
        return self._vault.records.history(record_id)

    def detained_now(self, today: dt.date | None = None) -> list[DetainedPerson]:
        """Everyone detained, disappeared, under RSDL or imprisoned; longest held first."""
        return detained_now(self._vault.records, today)

    def earlier_detentions(self, person_id: str) -> list[Record]:
        return earlier_detentions(self._vault.records, person_id)

    # -- writing ---------------------------------------------------------------

    def apply(self, changes: list[Change], *, note: str | None = None) -> list[Record]:
        """Validate every change, then write them all in one transaction, or none (ValidationError names the field)."""
        records = self._vault.records.apply(changes, note=note)
        self._announce(touched(records))
        return records

    def delete(self, record_id: str) -> Record:
        """Delete, leaving a tombstone (shared with colleagues as a deletion) and the history."""
        before = self.record(record_id)
        record = self._vault.records.delete(record_id)
        self._announce(touched([before]))
        return record

    def shred(self, record_id: str) -> str:
        """Destroy a record beyond recovery; returns its kind."""
        before = self.find(record_id)
        kind = self._vault.records.shred(record_id)
        self._announce(touched([before]) if before is not None else {record_id})
        return kind

    def restore(self, record_id: str, version: str) -> Record:
        """Bring back an earlier version's fields, as a new version."""
        before = self.record(record_id, include_deleted=True)
        record = self._vault.records.restore(record_id, version)
        self._announce(touched([before, record]))
        return record

    def tick_checklist(self, case_id: str, item: str, done: bool, today: dt.date | None = None) -> Record:
        """Tick or untick one action of a case's checklist (dated when ticked), as a new version of the case."""
        return self.apply([checklist_change(self.record(case_id), item, done, today)], note=f"checklist: {item}")[0]

    def fill_with_demo(self, people: int, seed: int = 1, progress: Progress | None = None,
                       cancelled: Callable[[], bool] | None = None, today: dt.date | None = None) -> demo.DemoCounts:
        """Add synthetic people with their cases and events, dated relative to `today` (default: today).

        One transaction per batch: a cancel keeps whole batches.
        """
        try:
            return demo.populate(self._vault.records, people=people, seed=seed, progress=progress, cancelled=cancelled,
                                 today=today or dt.date.today())
        finally:
            self._announce_everything()

    def reindex(self) -> int:
        """Rebuild the search index and the references between records from the records; returns how many
        records the search index holds."""
        count = self._vault.records.reindex()
        self._vault.records.rebuild_references()
        return count

    def check(self) -> int:
        """Read everything; VaultDamaged or IntegrityError at the first problem, else how many records were checked."""
        return verify(self._vault)
