"""Long records keep every section at its natural height and the page scrolls.

Small test records fit any window; real ones (many names, channels, events,
long notes) must not be squeezed to the window's height: rows cut in half,
boxes drawn empty, a timeline of dots.
"""

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.records.change import Change
from app.session import Session
from helpers.vaults import add, detained_defender
from ui.main.emergency import EmergencySheet
from ui.main.window import MainWindow
from ui.session_signals import SessionSignals
from ui.widgets.record_view import RecordView
from ui.widgets.timeline import TimelineView

pytestmark = pytest.mark.gui

LONG_NOTE = "Met the family twice; they ask that nothing be published before the hearing. " * 6


def natural_height(widget: QWidget) -> int:
    """The height a widget needs at its width (word-wrapped text and the timeline grow as they narrow)."""
    if widget.hasHeightForWidth():
        return max(widget.heightForWidth(widget.width()), widget.minimumSizeHint().height())
    return widget.minimumSizeHint().height()


def squeezed(page: QWidget) -> list[str]:
    """Sections and labels shown shorter than they need (what the eye sees as cut or empty)."""
    found = []
    for widget in page.findChildren(QGroupBox) + page.findChildren(TimelineView) + page.findChildren(QLabel):
        if widget.isVisible() and widget.height() < natural_height(widget):
            name = widget.title() if isinstance(widget, QGroupBox) else type(widget).__name__ + ":" + widget.accessibleName()
            found.append(f"{name} {widget.height()} < {natural_height(widget)}")
    return found


def assert_scrolls_unsqueezed(area: QScrollArea) -> None:
    page = area.widget()
    assert squeezed(page) == []
    assert area.verticalScrollBar().maximum() > 0, "a long page scrolls instead of shrinking"
    assert page.height() > area.viewport().height()


@pytest.fixture
def long_person(session: Session) -> str:
    names = [{"value": v, "kind": k} for v, k in (("伊力哈木·土赫提", "primary"), ("Ilham Tohti", "romanised"),
                                                  ("ئىلھام توختى", "legal"), ("Ilham Toxti", "alias"),
                                                  ("Илхам Тохти", "alias"), ("Ilhamjan", "alias"))]
    channels = [{"type": t, "value": v, "safety": s, "note": n} for t, v, s, n in (
        ("signal", "+86 138 0000 1111", "safe", ""), ("phone", "+86 138 0000 2222", "monitored", "Assume this line is tapped."),
        ("wechat", "ilham_t", "do_not_use", "Used by police to lure contacts; never reply."),
        ("email", "ilham@example.org", "monitored", ""), ("telegram", "@ilham", "safe", ""))]
    return session.apply([Change("person", {
        "names": names, "channels": channels, "notes": LONG_NOTE, "occupation": "economist", "places": ["Ürümqi", "Beijing"],
        "emergency": {"who_to_call": "Jewher, daughter", "lawyer": "李方平", "medical_needs": "heart condition",
                      "prior_instructions": LONG_NOTE}})])[0].id


def test_a_long_person_page_scrolls_and_nothing_is_squeezed(qtbot: QtBot, session: Session, long_person: str) -> None:
    view = RecordView(session, SessionSignals(session))
    qtbot.addWidget(view)
    view.resize(520, 360)
    view.show()
    view.show_record(None)
    view.show_record(long_person)  # checked at once: the page is right before the event loop runs, not only after
    assert_scrolls_unsqueezed(view.scroll_area)
    boxes = {box.title(): box for box in view.content.findChildren(QGroupBox)}
    names = [label.text() for label in boxes["Names"].findChildren(QLabel)]
    assert "Илхам Тохти" in names and boxes["Names"].height() >= 6 * boxes["Names"].fontMetrics().height()


def test_a_case_with_many_events_draws_a_full_timeline(qtbot: QtBot, session: Session) -> None:
    case = add(session, "case", title="Detention of Ilham Tohti", type="detention")
    session.apply([Change("event", {"case": case, "date": f"2014-{month:02d}-{day:02d}", "type": kind})
                         for month in range(1, 13) for day, kind in ((3, "hearing"), (17, "lawyer_access_denied"))])
    view = RecordView(session, SessionSignals(session))
    qtbot.addWidget(view)
    view.resize(480, 320)
    view.show()
    view.show_record(case)
    assert_scrolls_unsqueezed(view.scroll_area)
    timeline = view.page.timeline if view.page else None
    assert timeline is not None and len(timeline.placements()) == 24
    assert not any(p.label.intersects(o.label) for p in timeline.placements() for o in timeline.placements() if o is not p)
    assert all(timeline.rect().contains(p.label.toRect()) for p in timeline.placements()), "every label is drawn inside"


def test_the_emergency_sheet_scrolls_and_nothing_is_squeezed(qtbot: QtBot, session: Session) -> None:
    person, _ = detained_defender(session, ["柯德华", "Ke Dehua"], who_to_call=LONG_NOTE, medical_needs=LONG_NOTE)
    sheet = EmergencySheet(session)
    qtbot.addWidget(sheet)
    sheet.resize(420, 300)
    sheet.show()
    sheet.show_person(next(p for p in session.detained_now() if p.person_id == person))
    assert_scrolls_unsqueezed(sheet)


def test_search_results_leave_no_section_highlighted(qtbot: QtBot, session: Session) -> None:
    add(session, "person", names=["滕彪", "Teng Biao"])
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.section_list.setCurrentRow(1)
    main.search.setText("teng")
    main._open_first_result()
    assert main.stack.currentWidget() is main.results_page
    assert main.section_list.selectedItems() == [], "no section looks shown while results are"
    main.go_to_section(1)  # the section that was current before the search
    assert main.stack.currentWidget() is main.pages[1] and main.search.text() == ""
    assert main.section_list.selectedItems() == [main.section_list.item(1)]
