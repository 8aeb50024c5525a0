"""Detained now acting on a detention: the next mark of each person (red when passed or near), recording an intervention
offered when the UN appeal or governments are ticked, and a draft report from the emergency sheet."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.session import Session
from helpers.vaults import add
from ui.editors import EditorDialog
from ui.main.detained_page import DetainedPage
from ui.models.detained import SORT_ROLE, DetainedModel
from ui.reports.dialog import ReportDialog
from ui.session_signals import SessionSignals

pytestmark = pytest.mark.gui
TODAY = dt.date.today()


def english(text: str) -> str:
    """The text as the English catalogue gives plurals ("4 days"), whether or not an earlier test left it installed."""
    return text.replace("day(s)", "days")


def held(session: Session, name: str, days_ago: int, kind: str = "criminal") -> tuple[str, str]:
    person = add(session, "person", names=[name])
    case = add(session, "case", title=f"Detention of {name}", type="detention", people=[{"person": person, "role": "defender"}])
    add(session, "event", case=case, type="detained", date=(TODAY - dt.timedelta(days=days_ago)).isoformat(),
        detention={"kind": kind})
    return person, case


def page_with_rows(qtbot: QtBot, session: Session, count: int) -> DetainedPage:
    page = DetainedPage(session, SessionSignals(session))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.loading() and page.model.rowCount() == count, timeout=10_000)
    return page


def test_next_mark_column_counts_down_and_is_red_when_passed_or_near(qtbot: QtBot, session: Session) -> None:
    held(session, "Overdue", 40)
    held(session, "Near", 33)
    held(session, "Far", 5)
    held(session, "Administrative", 3, kind="administrative")
    page = page_with_rows(qtbot, session, 4)
    model = page.model
    by_name = {model.index(r, DetainedModel.NAME).data(): r for r in range(model.rowCount())}
    mark = {name: model.index(r, DetainedModel.NEXT_MARK) for name, r in by_name.items()}
    assert model.headerData(DetainedModel.NEXT_MARK, Qt.Orientation.Horizontal) == "Next mark"
    assert english(mark["Overdue"].data()) == "passed 3 days ago — 37-day limit of criminal detention"
    assert mark["Overdue"].data(Qt.ItemDataRole.ForegroundRole)
    assert english(mark["Near"].data()).startswith("4 days left") and mark["Near"].data(Qt.ItemDataRole.ForegroundRole)
    assert english(mark["Far"].data()).startswith("32 days left") and mark["Far"].data(Qt.ItemDataRole.ForegroundRole) is None
    limit = TODAY + dt.timedelta(days=32)
    assert english(mark["Far"].data(Qt.ItemDataRole.ToolTipRole)) == f"37-day limit of criminal detention: {limit.isoformat()}, 32 days left"
    assert mark["Administrative"].data() == "", "no legal limit is counted for administrative detention"
    days = {name: model.index(r, DetainedModel.DAYS) for name, r in by_name.items()}
    assert days["Overdue"].data(Qt.ItemDataRole.ForegroundRole) and days["Near"].data(Qt.ItemDataRole.ForegroundRole) is None
    page.view.sortByColumn(DetainedModel.NEXT_MARK, Qt.SortOrder.AscendingOrder)
    assert [page.proxy.index(r, DetainedModel.NAME).data() for r in range(4)] == ["Overdue", "Near", "Far", "Administrative"]
    assert page.proxy.index(0, DetainedModel.NEXT_MARK).data(SORT_ROLE) == -3


def open_sheet(qtbot: QtBot, session: Session) -> tuple[DetainedPage, dict[str, QCheckBox]]:
    page = page_with_rows(qtbot, session, 1)
    page.focus_list()
    return page, checkboxes(qtbot, page)


def checkboxes(qtbot: QtBot, page: DetainedPage) -> dict[str, QCheckBox]:
    """The checklist as shown once the list has been read again (a tick rebuilds the sheet)."""
    qtbot.waitUntil(lambda: not page.model.loading(), timeout=10_000)
    qtbot.wait(50)
    return {box.accessibleName(): box for box in page.sheet.findChildren(QCheckBox) if box.isVisibleTo(page.sheet)}


def offer(qtbot: QtBot, page: DetainedPage) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(page.sheet.dialog, QMessageBox) and page.sheet.dialog.isVisible(), timeout=5_000)
    box = page.sheet.dialog
    assert isinstance(box, QMessageBox)
    return box


def test_ticking_the_un_appeal_offers_the_intervention_editor_filled_in(qtbot: QtBot, session: Session) -> None:
    _, case = held(session, "柯德华", 12)
    page, boxes = open_sheet(qtbot, session)
    boxes["UN urgent appeal sent"].click()
    box = offer(qtbot, page)
    assert "urgent appeal to UN Special Procedures" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    editor = page.sheet.dialog
    assert isinstance(editor, EditorDialog) and editor.isVisible() and editor.kind == "intervention"
    assert (editor.fields["case"].value(), editor.fields["type"].value(), editor.fields["date"].value()) == (
        case, "un_urgent_appeal", TODAY.isoformat())
    editor.fields["addressee"].set_state("UN Working Group on Arbitrary Detention")
    assert editor.save()
    [recorded] = session.case_records(case, "intervention")
    assert recorded.fields == {"case": case, "type": "un_urgent_appeal", "date": TODAY.isoformat(),
                               "addressee": "UN Working Group on Arbitrary Detention"}


def test_the_offer_is_never_forced(qtbot: QtBot, session: Session) -> None:
    _, case = held(session, "吕志", 12)
    page, boxes = open_sheet(qtbot, session)
    boxes["family told"].click()
    qtbot.wait(100)
    assert page.sheet.dialog is None, "only the appeal and governments offer an intervention"
    checkboxes(qtbot, page)["sympathetic governments alerted"].click()
    box = offer(qtbot, page)
    assert "embassy démarche" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert session.case_records(case, "intervention") == []
    assert checkboxes(qtbot, page)["sympathetic governments alerted"].isChecked(), "the tick stays, with or without an intervention"
    page.sheet.record_intervention(case, "embassy_demarche")
    editor = page.sheet.dialog
    assert isinstance(editor, EditorDialog)
    editor.reject()
    assert session.case_records(case, "intervention") == [], "Cancel in the editor records nothing"


def test_draft_report_from_the_emergency_sheet(qtbot: QtBot, session: Session) -> None:
    person, _ = held(session, "柯德华", 12)
    page, _ = open_sheet(qtbot, session)
    [button] = [b for b in page.sheet.findChildren(QPushButton) if b.accessibleName().startswith("Draft a UN appeal")]
    button.click()
    dialog = page.sheet.dialog
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    assert dialog.record_id == person and dialog.chosen()[0] == "wgad"
