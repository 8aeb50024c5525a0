"""A case's interventions on its page: listed with type, addressee, date, status and response; added and edited there;
and the case's next mark, in red when it is near."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.session import Session
from helpers.vaults import add
from ui.editors import EditorDialog
from ui.session_signals import SessionSignals
from ui.widgets.interventions import InterventionsModel
from ui.widgets.record_view import RecordView

pytestmark = pytest.mark.gui


@pytest.fixture
def case(session: Session) -> str:
    person = add(session, "person", names=["柯德华", "Ke Dehua"])
    case = add(session, "case", title="Detention of Ke Dehua", type="detention", people=[{"person": person, "role": "defender"}])
    add(session, "intervention", case=case, type="letter_to_authorities", date="2024-03-25", addressee="Wuhan Procuratorate",
        status="answered", response="Told the case involves state security.")
    add(session, "intervention", case=case, type="lawyer_engaged", date="2024-03-05", addressee="family's lawyer", status="sent")
    return case


def rows(view: RecordView) -> list[list[str]]:
    assert view.page is not None and view.page.interventions is not None
    model = view.page.interventions.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_case_page_lists_its_interventions_oldest_first(qtbot: QtBot, session: Session, case: str) -> None:
    view = RecordView(session, SessionSignals(session))
    qtbot.addWidget(view)
    view.show_record(case)
    assert view.page is not None and view.page.interventions is not None
    model = view.page.interventions.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Type", "Addressee", "Date", "Status", "Response"]
    assert rows(view) == [["lawyer engaged", "family's lawyer", "2024-03-05", "sent", ""],
                          ["letter to authorities", "Wuhan Procuratorate", "2024-03-25", "answered",
                           "Told the case involves state security."]]


def test_add_an_intervention_from_the_case_page(qtbot: QtBot, session: Session, case: str) -> None:
    view = RecordView(session, SessionSignals(session))
    qtbot.addWidget(view)
    view.show_record(case)
    assert view.page is not None and view.page.interventions is not None
    view.page.interventions.add_button.click()
    editor = view.dialog
    assert isinstance(editor, EditorDialog) and editor.isVisible() and editor.kind == "intervention"
    assert editor.fields["case"].value() == case, "the editor knows which case"
    editor.fields["type"].set_state("un_urgent_appeal")
    editor.fields["date"].set_state("2024-04-02")
    editor.fields["addressee"].set_state("UN Working Group on Arbitrary Detention")
    editor.fields["status"].set_state("sent")
    assert editor.save()
    assert ["urgent appeal to UN Special Procedures", "UN Working Group on Arbitrary Detention", "2024-04-02", "sent", ""] in rows(view)
    assert len(session.case_records(case, "intervention")) == 3


def test_edit_the_chosen_intervention_from_the_case_page(qtbot: QtBot, session: Session, case: str) -> None:
    view = RecordView(session, SessionSignals(session))
    qtbot.addWidget(view)
    view.show_record(case)
    panel = view.page.interventions  # type: ignore[union-attr]
    assert panel is not None and not panel.edit_button.isEnabled(), "nothing chosen, nothing to edit"
    panel.view.setCurrentIndex(panel.model.index(0, InterventionsModel.ADDRESSEE))
    panel.edit_button.click()
    editor = view.dialog
    assert isinstance(editor, EditorDialog) and editor.record_id == panel.model.row_at(0).id
    editor.fields["status"].set_state("answered")
    editor.fields["response"].set_state("Lawyer turned away at the gate.")
    assert editor.save()
    assert rows(view)[0] == ["lawyer engaged", "family's lawyer", "2024-03-05", "answered", "Lawyer turned away at the gate."]


def test_the_case_and_person_pages_show_the_next_mark(qtbot: QtBot, session: Session) -> None:
    person = add(session, "person", names=["吕志"])
    case = add(session, "case", title="Detention of Lü Zhi", people=[{"person": person, "role": "defender"}])
    start = dt.date.today() - dt.timedelta(days=33)
    add(session, "event", case=case, type="detained", date=start.isoformat(), detention={"kind": "criminal"})
    view = RecordView(session, SessionSignals(session))
    qtbot.addWidget(view)
    for record in (case, person):
        view.show_record(record)
        mark = view.content.findChild(QLabel, "nextMark")
        assert mark is not None, record
        limit = start + dt.timedelta(days=37)
        # "4 days" from the English catalogue if an earlier test left it installed, "4 day(s)" without it
        assert f"37-day limit of criminal detention: {limit.isoformat()}, 4 days left" in mark.text().replace("day(s)", "days")
        assert "#c62828" in mark.text(), "four days away: in red"
    add(session, "event", case=case, type="formally_arrested", date=dt.date.today().isoformat())
    view.show_record(case)
    assert view.content.findChild(QLabel, "nextMark") is None, "a formal arrest ends the 37 days: no mark left"
