"""A person's status derived from the events of their cases, kept in step inside every writing transaction.

The status is stored in clear beside the record (`records.status`) so that the
Detained now list is an index lookup, and the search index knows who is held now.
"""

from collections.abc import Iterable

from app.records.record import Record
from app.records.status import derive_status, effective_status
from app.search import SearchIndex
from app.store import references
from app.store.reading import RecordReader


def named_by(records: Iterable[Record]) -> tuple[set[str], set[str]]:
    """The persons these records name themselves, and the cases of their events, whose defenders (read from the
    vault when it matters) they affect too."""
    people: set[str] = set()
    cases: set[str] = set()
    for record in records:
        if record.kind == "person":
            people.add(record.id)
        elif record.kind == "case":
            people.update(p["person"] for p in record.fields.get("people", []) if p["role"] == "defender")
        elif record.kind == "event" and record.fields.get("case"):
            if record.fields.get("person"):
                people.add(record.fields["person"])
            cases.add(record.fields["case"])
    return people, cases


class DerivedStatus(RecordReader):
    """Which persons a write can affect, their events, and the refresh of their stored status."""

    index: SearchIndex

    def people_affected_by(self, record: Record) -> set[str]:
        """Persons whose derived status can depend on this version of `record`."""
        return self.people_affected_by_all([record])

    def people_affected_by_all(self, records: Iterable[Record]) -> set[str]:
        """Persons whose derived status can depend on these records (one query for all their cases)."""
        people, cases = named_by(records)
        return people | references.defenders_of(self.db, cases)

    def _live_events(self, person_id: str, event_ids: Iterable[str], batch: dict[str, Record]) -> list[Record]:
        events = [batch.get(i) or self.find(i) for i in event_ids]
        return [e for e in events if e is not None and not e.deleted and e.kind == "event"
                and e.fields.get("person") in (None, person_id)]

    def events_of_person(self, person_id: str) -> list[Record]:
        """Live events about a person: in cases where they are the defender, or naming them."""
        return self._live_events(person_id, sorted(references.events_about(self.db, [person_id]).get(person_id, ())), {})

    def refresh_status(self, people: set[str], batch: dict[str, Record] | None = None) -> None:
        """Recompute the stored status of these persons (inside the writing transaction).

        Records of the batch just written are taken from memory, not decrypted again.
        """
        batch = batch or {}
        ids = sorted(people)
        events = references.events_about(self.db, ids)
        statuses: list[tuple[str, str | None]] = []
        for person_id in ids:
            person = batch.get(person_id) or self.find(person_id)
            status = None
            if person is not None and not person.deleted and person.kind == "person":
                found = self._live_events(person_id, events.get(person_id, ()), batch)
                status = effective_status(person.fields, derive_status(e.fields for e in found))
            statuses.append((person_id, status))
        # A row whose status stays as it was is not rewritten (nor its entry in the status index).
        self.db.executemany("UPDATE records SET status = ?1 WHERE id = ?2 AND kind = 'person' AND status IS NOT ?1",
                            [(status, person_id) for person_id, status in statuses])
        self.index.set_held(statuses)
