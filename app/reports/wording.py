"""How reports say dates, ages, yes/no and vocabulary codes in English, honestly about what is not known.

A date known only to the month or the year, or marked approximate, must read
that way in a submission: a UN mandate that is given "5 March" when the family
said "early March" loses trust in the whole communication.
"""

import datetime as dt
from collections.abc import Iterable

from app.records import vocab
from app.records.dates import PartialDate
from app.records.deadlines import Deadline

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def date_text(date: PartialDate | None) -> str:
    """`5 March 2021`, `March 2021 (day not known)`, `2021 (month not known)`, with `about` when approximate."""
    if date is None:
        return "date not known"
    if date.month is None:
        text = f"{date.year} (month not known)"
    elif date.day is None:
        text = f"{_MONTHS[date.month - 1]} {date.year} (day not known)"
    else:
        text = f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
    return f"about {text}" if date.approximate else text


def day_text(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def precision_gap(date: PartialDate) -> str:
    """What is missing from a date, for the "missing" list: empty when the date is exact."""
    if date.month is None:
        gap = "known only to the year"
    elif date.day is None:
        gap = "known only to the month"
    else:
        gap = ""
    if date.approximate:
        gap = f"{gap}, and approximate" if gap else "approximate"
    return gap


def age_text(birth: PartialDate | None, today: dt.date) -> str:
    """`born 5 March 1973, aged 51`; a birth year alone gives the two ages it allows."""
    if birth is None:
        return ""
    youngest = today.year - birth.latest().year - ((today.month, today.day) < (birth.latest().month, birth.latest().day))
    oldest = today.year - birth.earliest().year - ((today.month, today.day) < (birth.earliest().month, birth.earliest().day))
    age = str(oldest) if oldest == youngest else f"{youngest} or {oldest}"
    if birth.approximate:
        age = f"about {oldest}"
    return f"born {date_text(birth)}, aged {age}"


def joined(parts: Iterable[str], empty: str = "") -> str:
    """Non-empty parts joined with semicolons."""
    text = "; ".join(p for p in parts if p)
    return text or empty


def yes_no(value: bool | None, unknown: str = "not recorded") -> str:
    return unknown if value is None else "yes" if value else "no"


def days_word(count: int) -> str:
    return f"{count} day" if abs(count) == 1 else f"{count} days"


MARKS = {
    "criminal_detention_37_days": "the 37-day limit of criminal detention",
    "rsdl_six_months": "the six-month limit of residential surveillance at a designated location",
    "wgeid_urgent_procedure": "the end of the WGEID's urgent procedure (three months after the disappearance)",
    "hearing": "the next hearing",
}


def mark_text(mark: Deadline) -> tuple[str, str]:
    """(when, what): `about 7 April 2024`, `the 37-day limit of criminal detention: 12 days left`."""
    when = ("about " if mark.approximate else "") + day_text(mark.date)
    left = f"{days_word(mark.days_left)} left" if mark.days_left >= 0 else f"passed {days_word(-mark.days_left)} ago"
    return when, f"{MARKS.get(mark.kind, mark.kind)}: {left}"


def status_text(status: str | None, since: PartialDate | None, days: int | None) -> str:
    """`detained since 5 March 2024; 88 days`, or the status alone."""
    text = vocab.label(vocab.PERSON_STATUS, status)
    if text and since is not None:
        text += f" since {date_text(since)}"
        if days is not None:
            text += f"; {days_word(days)}"
    return text
