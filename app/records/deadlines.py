"""The marks that matter while a person is deprived of liberty, and the days left to each.

The timeline already places the legal limits of every period of detention (37
days of criminal detention, six months of RSDL); this module keeps those of
the present detention, adds the window of the WGEID's urgent procedure (a
disappearance under three months old) and the next hearing, and counts the
days from today. A negative count means the mark has passed while the person
is still held: the limit is overdue. Marks counted from a date known only to
the month or year, or marked approximate, say so (`approximate`).
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.records import custody, timeline
from app.records.dates import PartialDate, add_months
from app.records.status import event_sort_key

# The WGEID takes a disappearance under three months old under its urgent procedure.
URGENT_PROCEDURE_MONTHS = 3

CRIMINAL_DETENTION = "criminal_detention_37_days"
RSDL = "rsdl_six_months"
WGEID_URGENT = "wgeid_urgent_procedure"
HEARING = "hearing"


@dataclass(frozen=True)
class Deadline:
    """One mark: its kind, the first day it can fall on, the days from today (negative once passed)."""

    kind: str
    date: dt.date
    days_left: int
    approximate: bool


def _parse(value: Any) -> PartialDate | None:
    try:
        return PartialDate.parse(value)
    except ValueError:
        return None


def next_hearing(events: list[dict[str, Any]], today: dt.date) -> PartialDate | None:
    """The first hearing (events in date order) that may still be ahead: its date, or its month or year, has not all passed."""
    for event in events:
        date = _parse(event.get("date"))
        if event.get("type") == "hearing" and date is not None and date.latest() >= today:
            return date
    return None


def _legal_limits(line: timeline.Timeline) -> list[Deadline]:
    """Limits of the period still open; a formal arrest ends criminal detention, even one made after the limit."""
    found = []
    for mark in line.milestones:
        if mark.period.end is not None:
            continue
        if mark.kind == CRIMINAL_DETENTION and any(e.type == "formally_arrested" and e.start >= mark.period.start
                                                   for e in line.events):
            continue
        found.append(Deadline(mark.kind, mark.date, (mark.date - line.today).days, mark.period.approximate))
    return found


def _urgent_procedure(line: timeline.Timeline, events: list[dict[str, Any]]) -> Deadline | None:
    """While a person is disappeared, or held where no one is told: three months from the start of that period."""
    current = line.periods[-1] if line.periods and line.periods[-1].end is None else None
    if current is None:
        return None
    start = custody.deprivation_start(events)
    held = events[events.index(start):] if start is not None else events
    if current.status != "disappeared" and custody.whereabouts(held)[1] is not False:
        return None
    closes = add_months(current.start, URGENT_PROCEDURE_MONTHS)
    if closes < line.today:
        return None
    return Deadline(WGEID_URGENT, closes, (closes - line.today).days, current.approximate)


def deadlines(events: Iterable[tuple[str, dict[str, Any]]], today: dt.date | None = None) -> list[Deadline]:
    """The marks of a person's present situation from `(event id, event fields)` pairs, soonest first.

    A closed window of the urgent procedure is not a mark any more (the WGEID's
    regular procedure remains); a passed legal limit of the present detention is.
    """
    today = today or dt.date.today()
    pairs = list(events)
    line = timeline.build(pairs, today)
    ordered = sorted((fields for _, fields in pairs), key=event_sort_key)
    marks = _legal_limits(line)
    urgent = _urgent_procedure(line, ordered)
    if urgent is not None:
        marks.append(urgent)
    hearing = next_hearing(ordered, today)
    if hearing is not None:
        first = hearing.earliest()
        marks.append(Deadline(HEARING, first, max(0, (first - today).days), hearing.approximate or hearing.precision != "day"))
    return sorted(marks, key=lambda m: (m.date, m.kind))


def next_mark(marks: list[Deadline]) -> Deadline | None:
    """The soonest mark still ahead; failing that, the limit passed most recently (overdue)."""
    ahead = [m for m in marks if m.days_left >= 0]
    if ahead:
        return min(ahead, key=lambda m: (m.date, m.kind))
    return max(marks, key=lambda m: (m.date, m.kind)) if marks else None
