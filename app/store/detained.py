"""Who is deprived of liberty now, since when, where, with what lawyer access, and what to do.

The Detained now list is the first screen a caseworker opens when a defender
is taken: it is built from the stored status (an index lookup, not a scan of
every person) and the events of each person's cases. The action checklist of
each case is stored in the case record (`checklist`), so it travels in bundles
and keeps its history like every other field.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.records import vocab
from app.records.change import Change
from app.records.custody import deprivation_start, lawyer_access, whereabouts
from app.records.dates import PartialDate, days_since
from app.records.deadlines import next_hearing
from app.records.record import Record
from app.records.status import event_sort_key
from app.store.repository import Repository


@dataclass(frozen=True)
class DetainedPerson:
    """One line of the Detained now list."""

    person_id: str
    name: str
    status: str
    since: str | None
    days: int | None
    where: str
    whereabouts_known: bool | None
    lawyer_access: str | None
    next_hearing: str | None
    case_ids: tuple[str, ...]


@dataclass(frozen=True)
class ChecklistItem:
    """One action of a case's checklist; `item` is a code from vocab.CHECKLIST_DEFAULT or free text."""

    item: str
    label: str
    done: bool
    date: str | None
    note: str | None


def _parse(value: Any) -> PartialDate | None:
    try:
        return PartialDate.parse(value)
    except ValueError:
        return None


def describe(repo: Repository, person: Record, status: str, today: dt.date) -> DetainedPerson:
    """The Detained now line of one person whose status is a deprivation of liberty."""
    events = sorted((e.fields for e in repo.events_of_person(person.id)), key=event_sort_key)
    start = deprivation_start(events)
    since = _parse(start.get("date")) if start else None
    current = events[events.index(start):] if start else events
    where, known = whereabouts(current)
    hearing = next_hearing(events, today)
    case_ids = tuple(src for src, _, role in repo.referencing(person.id, "people") if role == "defender")
    return DetainedPerson(
        person_id=person.id,
        name=person.display_name,
        status=status,
        since=str(since) if since else None,
        days=days_since(since, today) if since else None,
        where=where,
        whereabouts_known=known,
        lawyer_access=lawyer_access(current),
        next_hearing=str(hearing) if hearing else None,
        case_ids=case_ids,
    )


def detained_now(repo: Repository, today: dt.date | None = None) -> list[DetainedPerson]:
    """Everyone detained, disappeared, under RSDL or imprisoned; longest held first."""
    today = today or dt.date.today()
    marks = ", ".join("?" for _ in vocab.DEPRIVED_OF_LIBERTY)
    rows = repo.store.execute(
        f"SELECT id, status FROM records WHERE status IN ({marks}) AND kind = 'person' AND deleted = 0",  # noqa: S608
        tuple(sorted(vocab.DEPRIVED_OF_LIBERTY)),
    ).fetchall()
    result = [describe(repo, repo.get(person_id), status, today) for person_id, status in rows]
    return sorted(result, key=lambda p: (p.days is None, -(p.days or 0), p.name))


def earlier_detentions(repo: Repository, person_id: str) -> list[Record]:
    """Detention and disappearance events of this person, oldest first (for the emergency sheet)."""
    events = [e for e in repo.events_of_person(person_id) if e.fields.get("type") in ("detained", "disappeared")]
    return sorted(events, key=lambda e: event_sort_key(e.fields))


def checklist(case: Record) -> list[ChecklistItem]:
    """The default actions, each with what the case has stored, then the case's own extra actions."""
    stored = {entry["item"]: entry for entry in case.fields.get("checklist", [])}
    items: list[ChecklistItem] = []
    for code in (*vocab.CHECKLIST_DEFAULT, *(k for k in stored if k not in vocab.CHECKLIST_DEFAULT)):
        entry = stored.get(code, {})
        items.append(ChecklistItem(code, vocab.CHECKLIST_LABELS.get(code, code), bool(entry.get("done")),
                                   entry.get("date"), entry.get("note")))
    return items


def set_checklist_item(repo: Repository, case_id: str, item: str, done: bool, today: dt.date | None = None) -> Record:
    """Tick or untick one action of a case's checklist (dated when ticked), as a new version of the case."""
    case = repo.get(case_id)
    entries = [dict(entry) for entry in case.fields.get("checklist", [])]
    entry = next((e for e in entries if e["item"] == item), None)
    if entry is None:
        entry = {"item": item}
        entries.append(entry)
    entry["done"] = done
    if done:
        entry["date"] = (today or dt.date.today()).isoformat()
    else:
        entry.pop("date", None)
    return repo.apply([Change("case", {"checklist": entries}, id=case_id)], note=f"checklist: {item}")[0]
