"""Reading a deprivation of liberty from a person's events: since when, where, lawyer access, what to do next.

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
from app.records.dates import PartialDate, days_since
from app.records.record import Record
from app.records.status import event_sort_key, status_after


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


def _deprivation_start(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The event that began the present deprivation of liberty (status stays deprived after it)."""
    status: str | None = None
    start: dict[str, Any] | None = None
    for event in events:
        before = status
        status = status_after(event, status)
        if status in vocab.DEPRIVED_OF_LIBERTY and before not in vocab.DEPRIVED_OF_LIBERTY:
            start = event
        elif status not in vocab.DEPRIVED_OF_LIBERTY:
            start = None
    return start


def _where(events: list[dict[str, Any]]) -> tuple[str, bool | None]:
    """The last known place of detention and whether the whereabouts are known."""
    place, known = "", None
    for event in events:
        detention = event.get("detention") or {}
        if event.get("type") in ("detained", "disappeared", "transferred", "sentenced"):
            place = detention.get("facility") or event.get("place") or place
            known = detention.get("whereabouts_known", False if event.get("type") == "disappeared" else known)
    return place, known


def _lawyer_access(events: list[dict[str, Any]]) -> str | None:
    access = None
    for event in events:
        detention = event.get("detention") or {}
        if detention.get("lawyer_access"):
            access = detention["lawyer_access"]
        if event.get("type") == "lawyer_access_denied":
            access = "denied"
        elif event.get("type") == "lawyer_visit":
            access = "granted"
    return access


def _next_hearing(events: list[dict[str, Any]], today: dt.date) -> str | None:
    for event in events:
        date = _parse(event.get("date"))
        if event.get("type") == "hearing" and date is not None and date.earliest() >= today:
            return str(date)
    return None


def describe(person: Record, status: str, events: Sequence[dict[str, Any]], case_ids: tuple[str, ...],
             today: dt.date) -> DetainedPerson:
    """The Detained now line of one person whose status is a deprivation of liberty, from their events' fields."""
    ordered = sorted(events, key=event_sort_key)
    start = _deprivation_start(ordered)
    since = _parse(start.get("date")) if start else None
    current = ordered[ordered.index(start):] if start else ordered
    where, known = _where(current)
    return DetainedPerson(
        person_id=person.id,
        name=person.display_name,
        status=status,
        since=str(since) if since else None,
        days=days_since(since, today) if since else None,
        where=where,
        whereabouts_known=known,
        lawyer_access=_lawyer_access(current),
        next_hearing=_next_hearing(ordered, today),
        case_ids=case_ids,
    )


def longest_held_first(people: list[DetainedPerson]) -> list[DetainedPerson]:
    return sorted(people, key=lambda p: (p.days is None, -(p.days or 0), p.name))


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
