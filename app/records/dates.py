"""Partial and approximate dates: `2021`, `2021-03`, `2021-03-05`, marked `~` if approximate.

Caseworkers often know only the year or month of a detention, or only roughly;
the canonical text keeps exactly what is known, and sorts correctly as a string.
"""

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from typing import Any

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, month or day; `approximate` marks a guess."""

    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    @classmethod
    def parse(cls, value: Any) -> "PartialDate":
        """Parse `"2021-03"`, `"~2021"`, or `{"value": "2021-03", "approximate": true}`.

        Raises ValueError with a short reason when the value is not a date.
        """
        if isinstance(value, str):
            return _parse_text(value)
        if not isinstance(value, dict) or not isinstance(value.get("value"), str):
            raise ValueError("is not a date")
        parsed = _parse_text(value["value"])
        return replace(parsed, approximate=parsed.approximate or bool(value.get("approximate", False)))

    @classmethod
    def _from_text(cls, value: str) -> "PartialDate":
        approximate = False
        text = value.strip()
        if text.startswith("~"):
            approximate, text = True, text[1:].strip()
        match = _PATTERN.match(text)
        if not match:
            raise ValueError("is not a date")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            raise ValueError("is not a date") from None
        return cls(year, month, day, approximate)

    def __lt__(self, other: "PartialDate") -> bool:
        return (self.earliest(), self.precision_rank) < (other.earliest(), other.precision_rank)

    @property
    def precision_rank(self) -> int:
        return 0 if self.month is None else 1 if self.day is None else 2

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return ("~" if self.approximate else "") + text

    @property
    def precision(self) -> str:
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    def earliest(self) -> dt.date:
        """The first day the date could mean; used for ordering and day counts."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day the date could mean: a year or month is a span, not a point."""
        if self.day is not None:
            return self.earliest()
        if self.month is None:
            return dt.date(self.year, 12, 31)
        following = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    def sort_key(self) -> str:
        """A string that orders partial dates chronologically (unknown parts first)."""
        return self.earliest().isoformat()


@functools.lru_cache(maxsize=8192)
def _parse_text(value: str) -> PartialDate:
    """Parsed once per distinct text: a bulk import repeats the same dates many times."""
    return PartialDate._from_text(value)


def forget_parsed() -> None:
    """Drop the remembered date texts (record data: the vault forgets them on lock)."""
    _parse_text.cache_clear()


# The rule of day_count in a sentence, for the command line and the README (the desktop says it through tr()).
DAY_COUNT_RULE = "The day of detention is day 0, as the law counts periods: the 37-day limit of criminal detention falls on day 37."


def day_count(start: PartialDate | dt.date, today: dt.date | None = None) -> int:
    """The day of a detention (or any deprivation of liberty) that `today` is: the one count every screen, report and
    command shows (the Detained now list, the emergency sheet, the timeline, the record, the reports, `casebook deadlines`).

    The day of detention is day 0 and each midnight after it adds one, as China's Criminal Procedure Law counts
    periods (the day a period begins is not counted in it), so the 37-day limit of criminal detention falls on day 37.
    Counted on calendar dates (the caseworker's own: `today` defaults to this computer's date), never on clock times,
    so every surface changes day at the same midnight. A date known only to the month or year counts from its first day.
    """
    first = start.earliest() if isinstance(start, PartialDate) else start
    return ((today or dt.date.today()) - first).days


def local_time_text(utc_text: str) -> str:
    """A stored UTC time (`2024-03-01T09:30:00Z`) as this computer's local date and time, `2024-03-01 17:30`.

    One form for every list and page, readable in every language and locale (year, month, day, as record dates
    are written), unlike a locale's short format (the C locale gives `1 3 2024 17:30`). Text that is not such a
    time is returned as it is.
    """
    try:
        moment = dt.datetime.strptime(utc_text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return utc_text
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def local_date_text(utc_text: str) -> str:
    """The local date of a stored UTC time, `2024-03-01` (see local_time_text)."""
    return local_time_text(utc_text)[:10]


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day if it is shorter (legal limits counted in months)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
