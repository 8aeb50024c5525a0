"""One detention, one day count: Detained now, the emergency sheet, the person's and the case's page and timeline,
the reports and `casebook deadlines` all say the same day, in any time zone; the rule is said on screen."""

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.records import timeline
from app.records.dates import DAY_COUNT_RULE, PartialDate, day_count
from app.records.detention import describe
from app.records.record import Record
from app.session import Session, create_vault
from helpers.cli import run
from helpers.secrets import TEST_PASSPHRASE, fast_params
from helpers.vaults import add
from ui.main.detained_page import DetainedPage
from ui.models.detained import DetainedModel
from ui.session_signals import SessionSignals
from ui.widgets.record_view import RecordView
from ui.widgets.timeline import TimelineView

pytestmark = pytest.mark.gui
HELD_DAYS = 14
# Kiritimati is UTC+14 and Pago Pago UTC-11: on most of the day their dates differ from UTC's.
ZONES = ["UTC", "Asia/Shanghai", "Pacific/Kiritimati", "Pacific/Pago_Pago"]


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def detained_fortnight_ago(session: Session) -> tuple[str, str]:
    person = add(session, "person", names=["柯德华", "Ke Dehua"])
    case = add(session, "case", title="Detention of Ke Dehua", type="detention", people=[{"person": person, "role": "defender"}])
    held = dt.date.today() - dt.timedelta(days=HELD_DAYS)
    add(session, "event", case=case, type="detained", date=held.isoformat(), detention={"kind": "criminal"})
    add(session, "event", case=case, type="hearing", date=(held + dt.timedelta(days=40)).isoformat())
    return person, case


def test_every_surface_says_the_same_day(qtbot: QtBot, tmp_path: Path, zone: str) -> None:
    path = tmp_path / "v.casebook"
    session = create_vault(path, TEST_PASSPHRASE, use_keyring=False, params=fast_params()).session
    person, case = detained_fortnight_ago(session)
    day = f"day {HELD_DAYS}"

    page = DetainedPage(session, SessionSignals(session))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.loading() and page.model.rowCount() == 1)
    assert page.model.index(0, DetainedModel.DAYS).data() == str(HELD_DAYS)
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    sheet_lines = [label.text() for label in page.sheet.findChildren(QLabel)]
    assert any(line.endswith(f"— {day}") for line in sheet_lines), sheet_lines

    view = RecordView(session, SessionSignals(session))
    qtbot.addWidget(view)
    view.show_record(person)
    assert f"— {day}" in view.subtitle.text()
    assert view.subtitle.toolTip() == page.model.headerData(DetainedModel.DAYS, Qt.Orientation.Horizontal,
                                                            Qt.ItemDataRole.ToolTipRole)
    view.show_record(case)
    [line] = view.scroll_area.widget().findChildren(TimelineView)
    assert f"{day} deprived of liberty" in line.status_text()

    report = session.render_report(session.make_report("emergency", person), "txt").decode()
    assert f"; {HELD_DAYS} days" in report
    session.lock()

    listed = run("deadlines", str(path), env={"CASEBOOK_PASSPHRASE": TEST_PASSPHRASE, "TZ": zone})
    assert listed.code == 0, listed.err
    assert f": {day}; " in listed.out
    assert DAY_COUNT_RULE in listed.err


def test_the_rule_is_said_where_the_day_is_shown(qtbot: QtBot, session: Session) -> None:
    detained_fortnight_ago(session)
    page = DetainedPage(session, SessionSignals(session))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.loading() and page.model.rowCount() == 1)
    rule = page.model.headerData(DetainedModel.DAYS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert isinstance(rule, str) and "day 0" in rule
    assert page.model.index(0, DetainedModel.DAYS).data(Qt.ItemDataRole.ToolTipRole) == rule
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    assert rule in [label.toolTip() for label in page.sheet.findChildren(QLabel)]


@pytest.mark.parametrize(("held", "today", "expected"), [
    ("2026-12-04", dt.date(2026, 12, 4), 0),  # the day of detention itself
    ("2026-12-04", dt.date(2026, 12, 5), 1),  # one midnight later
    ("2026-11-30", dt.date(2027, 1, 6), 37),  # across a month and a year: the 37-day limit's day
    ("2026-11", dt.date(2026, 12, 1), 30),  # known to the month: counted from its first day
])
def test_the_domain_counts_one_way_everywhere(held: str, today: dt.date, expected: int) -> None:
    events = [("e1", {"type": "detained", "date": held, "detention": {"kind": "criminal"}})]
    person = Record(id="p1", kind="person", created="", updated="", version="", fields={"names": [{"value": "Ke Dehua", "kind": "primary"}]})
    assert day_count(PartialDate.parse(held), today) == expected
    assert describe(person, "detained", events, ("c1",), today).days == expected
    assert timeline.build(events, today).days_in_detention == expected
    limit = timeline.build(events, dt.date(2026, 12, 5)).milestones
    assert [day_count(PartialDate.parse(held), m.date) for m in limit] == [37], "the 37-day limit falls on day 37"
