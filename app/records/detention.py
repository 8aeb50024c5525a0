"""Reading a deprivation of liberty from a person's events: since when, where, lawyer access, the marks ahead, what to do next.

The Detained now list is the first screen a caseworker opens when a defender
is taken. What it shows is worked out here from the person's events (sorted
by date); the store looks up who is deprived of liberty and hands their events
in. The action checklist of each case is stored in the case record
(`checklist`), so it travels in bundles and keeps its history like every other field.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.records import vocab
from app.records.change import Change
from app.records.custody import deprivation_start, lawyer_access, whereabouts
from app.records.dates import PartialDate, day_count
from app.records.deadlines import Deadline, deadlines, next_hearing, next_mark
from app.records.record import Record
from app.records.status import event_sort_key


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
    marks: tuple[Deadline, ...]

    @property
    def next_mark(self) -> Deadline | None:
        """The soonest mark ahead, else the limit passed most recently (see deadlines.next_mark)."""
        return next_mark(list(self.marks))


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


def describe(person: Record, status: str, events: Sequence[tuple[str, dict[str, Any]]], case_ids: tuple[str, ...],
             today: dt.date) -> DetainedPerson:
    """The Detained now line of one person whose status is a deprivation of liberty, from their events' (id, fields)."""
    ordered = sorted((fields for _, fields in events), key=event_sort_key)
    start = deprivation_start(ordered)
    since = _parse(start.get("date")) if start else None
    current = ordered[ordered.index(start):] if start else ordered
    where, known = whereabouts(current)
    hearing = next_hearing(ordered, today)
    return DetainedPerson(
        person_id=person.id,
        name=person.display_name,
        status=status,
        since=str(since) if since else None,
        days=day_count(since, today) if since else None,
        where=where,
        whereabouts_known=known,
        lawyer_access=lawyer_access(current),
        next_hearing=str(hearing) if hearing else None,
        case_ids=case_ids,
        marks=tuple(deadlines(events, today)),
    )


def longest_held_first(people: list[DetainedPerson]) -> list[DetainedPerson]:
    return sorted(people, key=lambda p: (p.days is None, -(p.days or 0), p.name))


# Ticking one of these actions offers to record what was done as an intervention of that type.
INTERVENTION_OF_ACTION = {"un_urgent_appeal_sent": "un_urgent_appeal", "governments_alerted": "embassy_demarche"}


def checklist(case: Record) -> list[ChecklistItem]:
    """The default actions, each with what the case has stored, then the case's own extra actions."""
    stored = {entry["item"]: entry for entry in case.fields.get("checklist", [])}
    items: list[ChecklistItem] = []
    for code in (*vocab.CHECKLIST_DEFAULT, *(k for k in stored if k not in vocab.CHECKLIST_DEFAULT)):
        entry = stored.get(code, {})
        items.append(ChecklistItem(code, vocab.CHECKLIST_LABELS.get(code, code), bool(entry.get("done")),
                                   entry.get("date"), entry.get("note")))
    return items


def checklist_change(case: Record, item: str, done: bool, today: dt.date | None = None) -> Change:
    """The change that ticks or unticks one action of a case's checklist (dated when ticked)."""
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
    return Change("case", {"checklist": entries}, id=case.id)
