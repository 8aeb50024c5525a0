"""The case timeline's layout: date order, spans for partial dates, detention periods and the day count."""

import datetime as dt

from app.records import timeline
from app.records.diff import field_changes

TODAY = dt.date(2024, 6, 1)


def test_events_in_date_order_partial_dates_are_spans() -> None:
    line = timeline.build([
        ("c", {"date": "2023-05-10", "type": "hearing"}),
        ("a", {"date": "~2022", "type": "travel_ban"}),
        ("b", {"date": "2023-02", "type": "lawyer_access_denied"}),
        ("x", {"type": "other"}),
    ], TODAY)
    assert [e.id for e in line.events] == ["a", "b", "c"]
    year, month, day = line.events
    assert (year.start, year.end, year.is_span, year.approximate) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31), True, True)
    assert (month.start, month.end, month.is_span) == (dt.date(2023, 2, 1), dt.date(2023, 2, 28), True)
    assert (day.start, day.end, day.is_span, day.approximate) == (dt.date(2023, 5, 10), dt.date(2023, 5, 10), False, False)


def test_detention_periods_and_days_in_detention() -> None:
    line = timeline.build([
        ("1", {"date": "2023-01-10", "type": "detained"}),
        ("2", {"date": "2023-01-20", "type": "disappeared"}),
        ("3", {"date": "2023-03-01", "type": "released"}),
        ("4", {"date": "~2024-05", "type": "detained", "detention": {"kind": "rsdl"}}),
        ("5", {"date": "2024-05-20", "type": "hearing"}),
    ], TODAY)
    assert [(p.status, p.start, p.end) for p in line.periods] == [
        ("detained", dt.date(2023, 1, 10), dt.date(2023, 1, 20)),
        ("disappeared", dt.date(2023, 1, 20), dt.date(2023, 3, 1)),
        ("rsdl", dt.date(2024, 5, 1), None),
    ]
    assert line.periods[-1].approximate
    assert line.status == "rsdl"
    assert line.detained_since == dt.date(2024, 5, 1)
    assert line.days_in_detention == 31
    assert line.last == dt.date(2024, 11, 1), "an open RSDL period shows its six-month limit ahead"


def test_released_person_has_no_day_count() -> None:
    line = timeline.build([("1", {"date": "2020-01-01", "type": "detained"}),
                           ("2", {"date": "2020-02-01", "type": "released"})], TODAY)
    assert line.status == "at_liberty" and line.days_in_detention is None
    assert line.last == dt.date(2020, 2, 1)


def test_field_changes_between_versions() -> None:
    changes = field_changes({"notes": "old", "tags": ["a"]}, {"notes": "new", "risk": "high"})
    assert [(c.field, c.action) for c in changes] == [("notes", "changed"), ("risk", "added"), ("tags", "removed")]


def test_legal_limits_counted_from_the_start_of_detention() -> None:
    line = timeline.build([
        ("1", {"date": "2023-01-10", "type": "detained"}),
        ("2", {"date": "2023-02-01", "type": "released"}),
        ("3", {"date": "2023-03-01", "type": "detained", "detention": {"kind": "criminal"}}),
        ("4", {"date": "2023-08-31", "type": "detained", "detention": {"kind": "rsdl"}}),
        ("5", {"date": "2024-05-01", "type": "detained", "detention": {"kind": "administrative"}}),
        ("6", {"date": "2024-05-10", "type": "detained", "detention": {"kind": "rsdl"}}),
    ], TODAY)
    assert [(m.kind, m.date) for m in line.milestones] == [
        ("criminal_detention_37_days", dt.date(2023, 4, 7)),
        ("rsdl_six_months", dt.date(2024, 2, 29)),
        ("rsdl_six_months", dt.date(2024, 11, 10)),
    ]
    assert line.last == dt.date(2024, 11, 10)


def test_formal_arrest_within_37_days_ends_that_limit() -> None:
    line = timeline.build([("1", {"date": "2023-01-10", "type": "detained"}),
                           ("2", {"date": "2023-02-10", "type": "formally_arrested"})], TODAY)
    assert line.milestones == [] and line.status == "detained"
