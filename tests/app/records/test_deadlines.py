"""The marks of a person's present detention and the days left to each: what Detained now and the drafts count on."""

import datetime as dt

from app.records.deadlines import (
    CRIMINAL_DETENTION,
    HEARING,
    RSDL,
    WGEID_URGENT,
    Deadline,
    deadlines,
    next_mark,
)

TODAY = dt.date(2024, 6, 1)


def marks(*events: dict[str, object]) -> list[Deadline]:
    return deadlines([(str(i), dict(e)) for i, e in enumerate(events)], TODAY)


def test_criminal_detention_counts_37_days_and_goes_negative_once_passed() -> None:
    [mark] = marks({"date": "2024-05-20", "type": "detained", "detention": {"kind": "criminal"}})
    assert (mark.kind, mark.date, mark.days_left, mark.approximate) == (CRIMINAL_DETENTION, dt.date(2024, 6, 26), 25, False)
    [overdue] = marks({"date": "2024-04-01", "type": "detained", "detention": {"kind": "criminal"}})
    assert (overdue.date, overdue.days_left) == (dt.date(2024, 5, 8), -24)


def test_formal_arrest_or_release_ends_the_37_days_even_after_the_limit() -> None:
    start = {"date": "2024-04-01", "type": "detained", "detention": {"kind": "criminal"}}
    assert marks(start, {"date": "2024-05-20", "type": "formally_arrested"}) == []
    assert marks(start, {"date": "2024-05-20", "type": "released"}) == []


def test_rsdl_six_months_from_a_date_known_to_the_month_is_approximate() -> None:
    [mark] = marks({"date": "2024-03", "type": "detained", "detention": {"kind": "rsdl"}})
    assert (mark.kind, mark.date, mark.days_left, mark.approximate) == (RSDL, dt.date(2024, 9, 1), 92, True)


def test_limits_of_an_earlier_detention_are_not_marks_now() -> None:
    found = marks({"date": "2023-01-10", "type": "detained", "detention": {"kind": "rsdl"}},
                  {"date": "2023-09-01", "type": "detained", "detention": {"kind": "criminal"}},
                  {"date": "2023-09-20", "type": "formally_arrested"},
                  {"date": "2024-05-25", "type": "detained", "detention": {"kind": "rsdl"}})
    assert [(m.kind, m.date) for m in found] == [(RSDL, dt.date(2024, 11, 25))]


def test_urgent_procedure_window_while_disappeared_under_three_months() -> None:
    [mark] = marks({"date": "2024-04-10", "type": "disappeared"})
    assert (mark.kind, mark.date, mark.days_left) == (WGEID_URGENT, dt.date(2024, 7, 10), 39)
    assert marks({"date": "2024-02-10", "type": "disappeared"}) == [], "a closed window is no longer a mark"
    assert marks({"date": "2024-04-10", "type": "disappeared"}, {"date": "2024-05-01", "type": "released"}) == []


def test_held_where_no_one_is_told_opens_the_urgent_window_too() -> None:
    found = marks({"date": "2024-05-01", "type": "detained", "detention": {"kind": "rsdl", "whereabouts_known": False}})
    assert [(m.kind, m.date) for m in found] == [(WGEID_URGENT, dt.date(2024, 8, 1)), (RSDL, dt.date(2024, 11, 1))]
    known = marks({"date": "2024-05-01", "type": "detained", "detention": {"kind": "rsdl", "whereabouts_known": True}})
    assert [m.kind for m in known] == [RSDL]


def test_next_hearing_may_be_known_only_to_the_month() -> None:
    start = {"date": "2023-01-10", "type": "detained", "detention": {"kind": "criminal"}}
    arrest = {"date": "2023-02-01", "type": "formally_arrested"}
    found = marks(start, arrest, {"date": "2024-05-02", "type": "hearing"}, {"date": "2024-07-15", "type": "hearing"})
    assert [(m.kind, m.date, m.days_left, m.approximate) for m in found] == [(HEARING, dt.date(2024, 7, 15), 44, False)]
    [this_month] = marks(start, arrest, {"date": "2024-06", "type": "hearing"})
    assert (this_month.date, this_month.days_left, this_month.approximate) == (dt.date(2024, 6, 1), 0, True)


def test_next_mark_is_the_soonest_ahead_else_the_overdue_limit() -> None:
    overdue = Deadline(CRIMINAL_DETENTION, dt.date(2024, 5, 8), -24, False)
    hearing = Deadline(HEARING, dt.date(2024, 7, 15), 44, False)
    urgent = Deadline(WGEID_URGENT, dt.date(2024, 7, 1), 30, False)
    assert next_mark([overdue, hearing, urgent]) == urgent
    assert next_mark([overdue]) == overdue
    assert next_mark([]) is None


def test_at_liberty_no_marks() -> None:
    assert marks({"date": "2024-01-10", "type": "detained"}, {"date": "2024-01-20", "type": "released"},
                 {"date": "2024-03-01", "type": "travel_ban"}) == []
