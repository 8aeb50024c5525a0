"""A person's status derived from the events of their cases, unless set by hand.

Walks the events in date order: a detention or disappearance takes liberty
away, a sentence turns it into imprisonment, a release gives it back. Events
that do not change liberty (hearings, lawyer visits) leave the status alone.
"""

from collections.abc import Iterable
from typing import Any

from app.records.dates import PartialDate

_SETS_STATUS = {
    "detained": "detained",
    "disappeared": "disappeared",
    "sentenced": "imprisoned",
    "released": "at_liberty",
}


def event_sort_key(event: dict[str, Any]) -> tuple[str, int]:
    """Chronological order of events with partial dates; stable for the same date."""
    try:
        return (PartialDate.parse(event.get("date")).sort_key(), 0)
    except ValueError:
        return ("9999", 0)


def status_after(event: dict[str, Any], current: str | None) -> str | None:
    """The status once `event` has happened, given the status before it."""
    kind = event.get("type")
    if kind == "detained":
        detention = event.get("detention") or {}
        return "rsdl" if detention.get("kind") == "rsdl" else "detained"
    if kind in _SETS_STATUS:
        return _SETS_STATUS[kind]
    if kind == "travel_ban" and current is None:
        return "at_liberty"
    return current


def derive_status(events: Iterable[dict[str, Any]]) -> str | None:
    """Status after all `events` (fields of event records), or None if they say nothing."""
    status: str | None = None
    for event in sorted(events, key=event_sort_key):
        status = status_after(event, status)
    return status


def effective_status(person_fields: dict[str, Any], derived: str | None) -> str | None:
    """A status set by hand wins over the derived one."""
    manual = person_fields.get("status")
    return manual if manual else derived
