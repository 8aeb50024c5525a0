"""The read-only record page: what a caseworker reads first, and Edit/History from it."""

import pytest
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from app.records.change import Change
from app.session import Session
from ui.editors import EditorDialog
from ui.session_signals import SessionSignals
from ui.widgets.record_view import RecordView

pytestmark = pytest.mark.gui


@pytest.fixture
def people(session: Session) -> tuple[str, str]:
    person, lawyer = session.apply([
        Change("person", {"names": ["伊力哈木·土赫提", "Ilham Tohti", {"value": "ئىلھام توختى", "kind": "legal"}],
                          "channels": [{"type": "signal", "value": "+86 138 0000 1111", "safety": "safe"},
                                       {"type": "wechat", "value": "ilham_t", "safety": "do_not_use"}],
                          "emergency": {"who_to_call": "Jewher, daughter", "lawyer": "李方平"}}),
        Change("person", {"names": ["李方平"], "roles": ["lawyer"]}),
    ])
    return person.id, lawyer.id


def texts(view: RecordView) -> list[str]:
    return [label.text() for label in view.content.findChildren(QLabel)]


def test_person_page_shows_names_emergency_sheet_and_unsafe_channel(qtbot: QtBot, session: Session, people: tuple[str, str]) -> None:
    view = RecordView(session, SessionSignals(session))
    qtbot.addWidget(view)
    view.show_record(people[0])
    shown = texts(view)
    assert {"伊力哈木·土赫提", "Ilham Tohti", "ئىلھام توختى", "Jewher, daughter"} <= set(shown)
    assert view.title.text() == "伊力哈木·土赫提 (Ilham Tohti)"
    unsafe = view.content.findChild(QFrame, "channel-do_not_use")
    assert unsafe is not None
    assert "DO NOT USE" in unsafe.findChild(QLabel, "safetyBadge").text()
    assert view.content.findChild(QGroupBox, "emergencySheet") is not None


def test_case_page_has_a_timeline_and_people_links(qtbot: QtBot, session: Session, people: tuple[str, str]) -> None:
    case = session.apply([Change("case", {"title": "Detention of Ilham Tohti", "type": "detention",
                                                "people": [{"person": people[0], "role": "defender"}]})])[0]
    session.apply([Change("event", {"case": case.id, "date": "2014-01-15", "type": "detained"}),
                         Change("event", {"case": case.id, "date": "~2014-06", "type": "lawyer_access_denied"})])
    view = RecordView(session, SessionSignals(session))
    qtbot.addWidget(view)
    view.show_record(case.id)
    assert view.page is not None and view.page.timeline is not None
    assert [p.text for p in view.page.timeline.placements()] == ["2014-01-15 detained", "~2014-06 lawyer access denied"]
    assert "detained" in view.page.timeline.status_text()
    view.page._link(f"record:{people[0]}")
    assert view.record is not None and view.record.id == people[0], "a link opens the record it names"
    assert "DETAINED — day" in view.subtitle.text()


def test_an_edit_from_the_page_is_shown_and_announced_to_every_list(qtbot: QtBot, session: Session,
                                                                     people: tuple[str, str]) -> None:
    signals = SessionSignals(session)
    view = RecordView(session, signals)
    qtbot.addWidget(view)
    view.show_record(people[1])
    view.edit_button.click()
    editor = view.dialog
    assert isinstance(editor, EditorDialog) and editor.isVisible()
    editor.fields["occupation"].set_state("human rights lawyer")
    with qtbot.waitSignal(signals.recordsChanged) as changed:
        editor.save()
    assert people[1] in changed.args[0].ids
    assert "human rights lawyer" in texts(view)


def test_the_page_follows_a_change_made_elsewhere_to_what_it_shows(qtbot: QtBot, session: Session,
                                                                   people: tuple[str, str]) -> None:
    case = session.apply([Change("case", {"title": "Detention of Ilham Tohti", "type": "detention",
                                          "people": [{"person": people[0], "role": "defender"}]})])[0]
    view = RecordView(session, SessionSignals(session))
    qtbot.addWidget(view)
    view.show_record(case.id)
    session.apply([Change("event", {"case": case.id, "date": "2014-01-15", "type": "detained", "place": "Beijing"})])
    assert view.page is not None and view.page.timeline is not None
    assert [p.text for p in view.page.timeline.placements()] == ["2014-01-15 detained"], "a new event of the case shows"


def test_empty_page_without_a_record(qtbot: QtBot, session: Session) -> None:
    view = RecordView(session, SessionSignals(session))
    qtbot.addWidget(view)
    view.show_record(None)
    assert view.empty.isVisibleTo(view) and not view.edit_button.isVisibleTo(view)
    view.show_record("0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a60")
    assert "No record with id" in view.empty.text()
