"""Who is deprived of liberty now, looked up by the stored status (an index lookup, not a scan of every person)."""

import datetime as dt

from app.database.in_lists import marks
from app.records import vocab
from app.records.detention import DetainedPerson, describe, longest_held_first
from app.records.record import Record
from app.records.status import event_sort_key
from app.store.repository import Repository


def detained_now(repo: Repository, today: dt.date | None = None) -> list[DetainedPerson]:
    """Everyone detained, disappeared, under RSDL or imprisoned; longest held first."""
    today = today or dt.date.today()
    statuses = sorted(vocab.DEPRIVED_OF_LIBERTY)
    rows = repo.db.execute(
        f"SELECT id, status FROM records WHERE status IN ({marks(statuses)}) AND kind = 'person' AND deleted = 0",  # noqa: S608
        statuses,
    ).fetchall()
    people = []
    for person_id, status in rows:
        events = [(e.id, e.fields) for e in repo.events_of_person(person_id)]
        case_ids = tuple(src for src, _, role in repo.referencing(person_id, "people") if role == "defender")
        people.append(describe(repo.get(person_id), status, events, case_ids, today))
    return longest_held_first(people)


def earlier_detentions(repo: Repository, person_id: str) -> list[Record]:
    """Detention and disappearance events of this person, oldest first (for the emergency sheet)."""
    events = [e for e in repo.events_of_person(person_id) if e.fields.get("type") in ("detained", "disappeared")]
    return sorted(events, key=lambda e: event_sort_key(e.fields))
