"""A case's events laid out in time: spans for partial dates, detention periods, day count.

The desktop timeline only draws what this module computes, so the placing of
events, the periods of deprivation of liberty and the day count are the same
wherever they are shown and can be tested without a display.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.records.dates import PartialDate, add_months, day_count
from app.records.status import status_after
from app.records.vocab import DEPRIVED_OF_LIBERTY


@dataclass(frozen=True)
class TimelineEvent:
    """One event: the days its date can mean (a single day when known to the day)."""

    id: str
    type: str
    date: PartialDate
    start: dt.date
    end: dt.date
    description: str
    place: str
    confidence: str | None

    @property
    def is_span(self) -> bool:
        """Known only to the month or year: drawn as a span, not a point."""
        return self.date.precision != "day"

    @property
    def approximate(self) -> bool:
        return self.date.approximate


@dataclass(frozen=True)
class Period:
    """A stretch of deprivation of liberty of one kind; `end` is None while it lasts."""

    status: str
    start: dt.date
    end: dt.date | None
    approximate: bool


@dataclass(frozen=True)
class Milestone:
    """A legal limit counted from the start of a period: 37 days of criminal detention, six months of RSDL.

    `period` is the stretch it limits, so deadlines can tell a limit of the
    present detention (open period) from one of the past.
    """

    kind: str
    date: dt.date
    period: Period


# Criminal detention: at most 37 days before the procuratorate approves arrest. RSDL: at most six months.
CRIMINAL_DETENTION_DAYS = 37
RSDL_MONTHS = 6


def _milestone(period: Period, detention_kind: str | None) -> Milestone | None:
    """The limit of this period, if it has one (the 37 days end early with a formal arrest; see build)."""
    if period.status == "rsdl":
        return Milestone("rsdl_six_months", add_months(period.start, RSDL_MONTHS), period)
    if period.status == "detained" and detention_kind in (None, "criminal"):
        return Milestone("criminal_detention_37_days", period.start + dt.timedelta(days=CRIMINAL_DETENTION_DAYS), period)
    return None


@dataclass(frozen=True)
class Timeline:
    """Events in date order, detention periods, and where things stand today."""

    events: list[TimelineEvent]
    periods: list[Period]
    milestones: list[Milestone]
    status: str | None
    detained_since: dt.date | None
    days_in_detention: int | None  # the day count of the present deprivation of liberty (dates.day_count)
    today: dt.date

    @property
    def first(self) -> dt.date | None:
        return self.events[0].start if self.events else None

    @property
    def last(self) -> dt.date | None:
        """The last day to draw: the last event, or today while a period is open."""
        if not self.events:
            return None
        end = max(e.end for e in self.events)
        if any(p.end is None for p in self.periods):
            end = max([end, self.today, *(m.date for m in self.milestones)])
        return end


def build(events: Iterable[tuple[str, dict[str, Any]]], today: dt.date | None = None) -> Timeline:
    """Lay out `(event id, event fields)` pairs; events without a valid date are left out."""
    today = today or dt.date.today()
    placed: list[tuple[TimelineEvent, dict[str, Any]]] = []
    for event_id, fields in events:
        try:
            date = PartialDate.parse(fields.get("date"))
        except ValueError:
            continue
        placed.append((TimelineEvent(event_id, str(fields.get("type", "other")), date, date.earliest(), date.latest(),
                                     str(fields.get("description", "")), str(fields.get("place", "")),
                                     fields.get("confidence")), fields))
    placed.sort(key=lambda pair: (pair[0].start, pair[0].date.precision_rank))
    periods: list[Period] = []
    detention_kinds: list[str | None] = []
    status: str | None = None
    open_period: Period | None = None
    chain_start: dt.date | None = None
    for event, fields in placed:
        after = status_after(fields, status)
        if after != status:
            if open_period is not None:
                periods.append(Period(open_period.status, open_period.start, event.start, open_period.approximate))
                open_period = None
            if after in DEPRIVED_OF_LIBERTY:
                open_period = Period(str(after), event.start, None, event.approximate or event.is_span)
                detention_kinds.append((fields.get("detention") or {}).get("kind"))
                if status not in DEPRIVED_OF_LIBERTY:
                    chain_start = event.start
            else:
                chain_start = None
            status = after
    if open_period is not None:
        periods.append(open_period)
    days = day_count(chain_start, today) if chain_start is not None else None
    arrests = [e.start for e, _ in placed if e.type == "formally_arrested"]
    milestones = [m for p, k in zip(periods, detention_kinds, strict=True)
                  if (m := _milestone(p, k)) is not None and (p.end is None or p.end > m.date)
                  and not (m.kind == "criminal_detention_37_days" and any(p.start <= day <= m.date for day in arrests))]
    return Timeline([e for e, _ in placed], periods, milestones, status, chain_start, days, today)
