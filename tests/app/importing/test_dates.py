"""Dates in the forms spreadsheets hold become partial dates; ambiguous day/month orders are refused, never guessed."""

import datetime as dt

import pytest

from app.importing.datecells import NotADate, date_text


@pytest.mark.parametrize(("cell", "expected"), [
    ("2021-03-05", "2021-03-05"),
    ("2021/3/5", "2021-03-05"),
    ("2021.3.5", "2021-03-05"),
    ("2021-03", "2021-03"),
    ("2021/3", "2021-03"),
    ("2021", "2021"),
    ("2021年3月5日", "2021-03-05"),
    ("2021年3月5号", "2021-03-05"),
    ("2021年3月", "2021-03"),
    ("2021年", "2021"),
    ("２０２１年３月５日", "2021-03-05"),  # full-width digits
    ("~2021", "~2021"),
    ("～2021-03", "~2021-03"),
    ("约2021年", "~2021"),
    ("約2021年3月", "~2021-03"),
    ("大约1980年", "~1980"),
    ("2021?", "~2021"),
    ("2021？", "~2021"),
    ("1980左右", "~1980"),
    ("c. 1975", "~1975"),
    ("circa 1975", "~1975"),
    ("25.3.2021", "2021-03-25"),  # a first number above 12 is the day
    ("3/25/2021", "2021-03-25"),  # a second number above 12 is the day
    ("5/5/2021", "2021-05-05"),
    ("3/2021", "2021-03"),
    ("5 March 2021", "2021-03-05"),
    ("March 5, 2021", "2021-03-05"),
    ("Mar 2021", "2021-03"),
    ("2021-03-05 00:00:00", "2021-03-05"),  # a datetime exported as text
    ("44256", "2021-03-01"),  # a serial number exported to CSV
    (dt.date(1973, 5, 1), "1973-05-01"),
    (dt.datetime(1973, 5, 1, 14, 30), "1973-05-01"),
    (44256, "2021-03-01"),
    (44256.75, "2021-03-01"),  # a serial with a time of day
    (26755.0, "1973-04-01"),
    (1973, "1973"),  # a year typed into a number cell
    (1973.0, "1973"),
    (59, "1900-02-28"),
    (61, "1900-03-01"),  # after Excel's phantom 29 February 1900
    (1, "1900-01-01"),
])
def test_date_forms(cell: object, expected: str) -> None:
    assert date_text(cell) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("cell", "reason"), [
    ("5.3.2021", "could be 5 March or 3 May: write 2021-03-05 or 2021-05-03"),
    ("03/05/2021", "could be 3 May or 5 March: write 2021-05-03 or 2021-03-05"),
    ("1973-13-01", "is not a date"),
    ("2021-02-30", "is not a date"),
    ("31/31/2021", "is not a date"),
    ("5/3/21", "is not a date"),  # two-digit years are refused
    ("last spring", "is not a date"),
    ("", "is not a date"),
    (60, "29 February 1900"),
    (0, "is not a date"),
    (True, "is not a date"),
    (dt.time(10, 30), "is not a date"),
])
def test_dates_refused(cell: object, reason: str) -> None:
    with pytest.raises(NotADate, match=reason.replace("(", r"\(")):
        date_text(cell)  # type: ignore[arg-type]
