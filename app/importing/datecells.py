"""Dates as spreadsheets hold them, turned into partial-date text (`2021`, `2021-03`, `2021-03-05`, `~` if approximate).

Accepted: date cells; Excel serial numbers (with Excel's 1900 leap-year error:
serial 60 is 29 February 1900, which never was, and serials below it are one
day later than the count suggests); a whole number from 1000 to 2999 in a
number cell is a year, not a serial (serials that small are dates in 1902-1908);
text in year-first order with `-`, `/` or `.` (`2021/3/5`, `2021-03`), in
Chinese (`2021年3月5日`, `2021年3月`), with English month names (`5 March 2021`,
`March 2021`), and day and month before the year (`5.3.2021`) only when they
cannot be confused: a first number above 12 is the day, a second above 12 is
the day, equal numbers are both; otherwise (`5/3/2021`) the value is refused,
never guessed. `~`, `约`, `大约`, `c.`, `circa`, `about` before a date, or `?`,
`左右`, `前后` after it, mark it approximate.
"""

import datetime as dt
import re
import unicodedata

from app.importing.table import Cell
from app.records.dates import PartialDate

_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1900-01-01 once the phantom 29 February is counted
_LEAP_BUG_SERIAL = 60
_SERIAL_TEXT = range(20000, 80000)  # 1954-10-03 to 2119-01-10: a 5-digit number in a date column of a CSV export
_APPROX_BEFORE = re.compile(r"^(?:~|约|約|大约|大約|c\.|ca\.|circa|about|approx\.?)\s*", re.IGNORECASE)
_APPROX_AFTER = re.compile(r"\s*(?:\?|左右|前后|前後)$")
_TIME = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$")
_SEP = r"\s*[-/.]\s*"
_YEAR_FIRST = re.compile(rf"(\d{{4}})(?:(?:{_SEP}|\s*年\s*)(\d{{1,2}})(?:(?:{_SEP}|\s*月\s*)(\d{{1,2}})\s*[日号號]?|\s*月)?)?\s*年?")
_YEAR_LAST = re.compile(rf"(\d{{1,2}}){_SEP}(?:(\d{{1,2}}){_SEP})?(\d{{4}})")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_MONTHS = {name.lower()[:size]: i for i, name in enumerate(_MONTH_NAMES, start=1) for size in (3, len(name))} | {"sept": 9}
_MONTH = r"([a-z]+)\.?"
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}})\s+{_MONTH},?\s+(\d{{4}})")
_MONTH_DAY_YEAR = re.compile(rf"{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})")
_MONTH_YEAR = re.compile(rf"{_MONTH},?\s+(\d{{4}})")


class NotADate(ValueError):
    """A cell that is not a date; the message says why, after the quoted value."""


def date_text(cell: Cell) -> str:
    """The canonical partial-date text of a cell; NotADate with the reason otherwise."""
    if isinstance(cell, bool) or isinstance(cell, dt.time | dt.timedelta):
        raise NotADate("is not a date")
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, int | float):
        return _from_number(cell)
    return _from_text(str(cell))


def _from_number(value: float) -> str:
    if float(value).is_integer() and 1000 <= value <= 2999:
        return str(int(value))
    serial = int(value)
    if serial < 1 or serial > 2958465:
        raise NotADate("is not a date")
    if serial == _LEAP_BUG_SERIAL:
        raise NotADate("is 29 February 1900, a day that never was (a spreadsheet's leap-year error)")
    return (_EPOCH + dt.timedelta(days=serial + (serial < _LEAP_BUG_SERIAL))).isoformat()


def _from_text(raw: str) -> str:
    text = unicodedata.normalize("NFKC", raw).strip()
    approximate = False
    for marker in (_APPROX_BEFORE, _APPROX_AFTER):
        text, found = marker.subn("", text)
        approximate = approximate or found > 0
    text = _TIME.sub("", text.strip())
    year, month, day = _parts(text.lower())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        raise NotADate("is not a date") from None
    return str(PartialDate(year, month, day, approximate))


def _parts(text: str) -> tuple[int, int | None, int | None]:
    """Year, month and day of a date written in one of the accepted forms."""
    if (match := _YEAR_FIRST.fullmatch(text)) is not None:
        return _numbers(match.group(1), match.group(2), match.group(3))
    if (match := _YEAR_LAST.fullmatch(text)) is not None:
        return _day_month_year(text, match.group(1), match.group(2), match.group(3))
    if (match := _DAY_MONTH_YEAR.fullmatch(text)) is not None and match.group(2) in _MONTHS:
        return int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1))
    if (match := _MONTH_DAY_YEAR.fullmatch(text)) is not None and match.group(1) in _MONTHS:
        return int(match.group(3)), _MONTHS[match.group(1)], int(match.group(2))
    if (match := _MONTH_YEAR.fullmatch(text)) is not None and match.group(1) in _MONTHS:
        return int(match.group(2)), _MONTHS[match.group(1)], None
    if text.removesuffix(".0").isdigit() and int(text.removesuffix(".0")) in _SERIAL_TEXT:
        return _numbers(*_from_number(int(text.removesuffix(".0"))).split("-"))
    raise NotADate("is not a date")


def _numbers(year: str, month: str | None, day: str | None) -> tuple[int, int | None, int | None]:
    return int(year), int(month) if month else None, int(day) if day else None


def _day_month_year(text: str, first: str, second: str | None, year: str) -> tuple[int, int | None, int | None]:
    """`3/2021` is a month; `25.3.2021` and `3/25/2021` are days; `5/3/2021` could be either and is refused."""
    if second is None:
        return int(year), int(first), None
    a, b = int(first), int(second)
    if a > 12 >= b or a == b:
        return int(year), b, a
    if b > 12 >= a:
        return int(year), a, b
    if a > 12 and b > 12:
        raise NotADate("is not a date")
    raise NotADate(f"could be {a} {_MONTH_NAMES[b - 1]} or {b} {_MONTH_NAMES[a - 1]}: "
                   f"write {year}-{b:02d}-{a:02d} or {year}-{a:02d}-{b:02d}")
