"""The case timeline widget: events placed by date, partial and approximate dates marked, status shown."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.records import timeline
from ui.widgets.timeline import TimelineView

pytestmark = pytest.mark.gui

EVENTS = [
    ("hearing", {"date": "2023-06-15", "type": "hearing"}),
    ("detained", {"date": "2023-01-10", "type": "detained", "detention": {"kind": "rsdl"}}),
    ("arrested", {"date": "~2023-03", "type": "formally_arrested"}),
    ("ban", {"date": "2021", "type": "travel_ban"}),
]


def make_view(qtbot: QtBot) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(800, 200)
    view.set_timeline(timeline.build(EVENTS, dt.date(2024, 1, 10)))
    return view


def test_events_placed_left_to_right_in_date_order(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    placements = view.placements()
    assert [p.event.id for p in placements] == ["ban", "detained", "arrested", "hearing"]
    xs = [p.mark.center().x() for p in placements]
    assert xs == sorted(xs)
    for placement in placements:
        assert not any(placement.label.intersects(o.label) for o in placements if o is not placement)


def test_partial_dates_are_spans_and_approximate_ones_are_marked(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    by_id = {p.event.id: p for p in view.placements()}
    year, month, day = by_id["ban"], by_id["arrested"], by_id["hearing"]
    assert year.mark.width() > month.mark.width() > day.mark.width()
    assert year.mark.left() < view.x_of(dt.date(2021, 7, 1)) < year.mark.right()
    assert month.event.approximate and month.text.startswith("~2023-03")
    assert not day.event.approximate
    assert "approximate" in view.summary()


def test_detention_shaded_up_to_today_and_days_counted(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    [(period, rect)] = view.period_rects()
    assert period.status == "rsdl" and period.end is None
    assert rect.left() == pytest.approx(view.x_of(dt.date(2023, 1, 10)))
    assert rect.right() == pytest.approx(view.x_of(dt.date(2024, 1, 10)))
    assert "day 365" in view.status_text(), "a year after the day of detention (day 0)"
    assert any("residential surveillance" in text for _, text in view.legend_entries())
    [(limit, x)] = view.milestone_xs()
    assert limit == "rsdl_six_months" and x == pytest.approx(view.x_of(dt.date(2023, 7, 10)))
    assert "2023-07-10 six-month limit of RSDL" in view.summary()


def test_keyboard_chooses_and_opens_events(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert "detained" in view.accessibleDescription()
    with qtbot.waitSignal(view.eventActivated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["detained"]


def test_zoom_in_on_the_chosen_event_and_back(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoomed is not None and view.zoomed[0] < dt.date(2023, 1, 10) < view.zoomed[1]
    ids = [p.event.id for p in view.placements()]
    assert "ban" not in ids and "detained" in ids, "events out of the window are not drawn"
    assert view.placements()[view.selected].event.id == "detained"
    assert "0 shows all" in view.status_text()
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoomed is None and len(view.placements()) == 4
