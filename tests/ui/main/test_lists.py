"""The lists of the main window: Detained now with its checklist, lazy models, and a 100,000-person vault."""

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.session import Session, checklist
from helpers.vaults import add, add_people, detained_defender
from ui.main.detained_page import DetainedPage
from ui.main.list_page import ListPage
from ui.main.window import MainWindow
from ui.models.activity import ActivityModel
from ui.models.detained import DetainedModel
from ui.models.paged import PAGE_SIZE
from ui.models.record_list import RecordListModel
from ui.models.search_results import SearchResultsModel
from ui.models.table import ID_ROLE
from ui.session_signals import SessionSignals
from ui.widgets.record_view import RecordView

pytestmark = pytest.mark.gui


def test_detained_now_shows_who_where_lawyer_hearing_and_ticks_the_checklist(qtbot: QtBot, session: Session) -> None:
    _, case = detained_defender(session, ["柯德华", "Ke Dehua"], who_to_call="his sister, by Signal",
                                     medical_needs="insulin twice a day")
    add(session, "person", names=["吕志"])
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.section_list.setCurrentRow(2)
    page = main.stack.currentWidget()
    assert isinstance(page, DetainedPage)
    assert main.record_view.isHidden(), "Detained now shows its own emergency sheet instead of the record"
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert page.count.text() == "1 person(s) deprived of liberty"
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[DetainedModel.NAME] == "柯德华 (Ke Dehua)"
    assert row[DetainedModel.SINCE] == "2024-01-31" and int(row[DetainedModel.DAYS]) > 37
    assert row[DetainedModel.WHERE] == "a designated location in Wuhan"
    assert row[DetainedModel.LAWYER] == "denied" and row[DetainedModel.HEARING] == "2099-04-15"
    assert model.index(0, DetainedModel.LAWYER).data(Qt.ItemDataRole.ForegroundRole) is not None, "denied stands out"

    page.focus_list()
    texts = [label.text() for label in page.sheet.findChildren(QLabel)]
    assert any("insulin twice a day" in t for t in texts) and any("his sister, by Signal" in t for t in texts)
    assert any("DO NOT USE" in t and "kdh_1980" in t for t in texts), "an unsafe channel is marked, not offered for copying"
    assert not [b for b in page.sheet.findChildren(QPushButton) if "kdh_1980" in b.text()]
    boxes = {box.accessibleName(): box for box in page.sheet.findChildren(QCheckBox)}
    assert "UN urgent appeal sent" in boxes and "family told" in boxes
    boxes["UN urgent appeal sent"].click()
    done = {i.item: i.done for i in checklist(session.record(case))}
    assert done["un_urgent_appeal_sent"] and not done["family_told"]
    qtbot.waitUntil(lambda: not model.loading(), timeout=10_000)
    ticked = {box.accessibleName(): box for box in page.sheet.findChildren(QCheckBox)}["UN urgent appeal sent"]
    assert ticked.isChecked() and "(" in ticked.text(), "the sheet shows the tick, dated, after the list is read again"

    add(session, "event", case=case, date="2099-01-01", type="released")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=10_000)
    assert page.count.text() == "0 person(s) deprived of liberty", "released: off the list, without a reload by hand"


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: ModelTester, session: Session) -> None:
    detained_defender(session, ["滕彪", "Teng Biao"])
    add_people(session, 450, lambda i: [f"张伟{i}", f"Zhang Wei {i}"])
    people = RecordListModel(session, "person")
    qtmodeltester.check(people, force_py=True)
    while people.canFetchMore(QModelIndex()):
        people.fetchMore(QModelIndex())
    assert people.rowCount() == 451
    activity = ActivityModel(session)
    activity.fetchMore(QModelIndex())
    qtmodeltester.check(activity, force_py=True)
    assert activity.index(0, 1).data() == "person created"
    results = SearchResultsModel(session)
    with qtbot.waitSignal(results.answered, timeout=10_000):
        results.set_query("teng biao")
    qtmodeltester.check(results, force_py=True)
    assert results.rowCount() >= 1 and results.index(0, 0).data() == "滕彪 (Teng Biao)"
    detained = DetainedModel(session)
    with qtbot.waitSignal(detained.loaded, timeout=10_000):
        pass
    assert detained.rowCount() == 1
    qtmodeltester.check(detained, force_py=True)


@pytest.mark.slow
def test_a_100000_person_vault_opens_and_lists_without_loading_every_row(qtbot: QtBot, session: Session) -> None:
    count = 100_000
    add_people(session, count, lambda i: [f"{'王李张刘陈'[i % 5]}{i:06d}", f"Person {i:06d}"])
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.show()
    page = main.pages[0]
    assert isinstance(page, ListPage)
    model = page.model
    assert isinstance(model, RecordListModel)
    shown = model.rowCount()
    assert PAGE_SIZE <= shown <= 5 * PAGE_SIZE and model.canFetchMore(QModelIndex()), "a few pages, not 100,000 rows"
    assert page.count.text() == "100000 record(s)"
    assert model.index(0, 0).data() == "王000000 (Person 000000)", "in name order (by the romanised name) to begin with"
    view = page.view
    for _ in range(5):
        view.scrollToBottom()
        qtbot.wait(1)
    assert shown < model.loaded() < count, "scrolling loads pages as needed, never the whole list"
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == f"陈{count - 1:06d} (Person {count - 1:06d})"
    assert model.rowCount() <= 5 * PAGE_SIZE
    with qtbot.waitSignal(main.results.answered, timeout=10_000):
        main.search.insert("099998")
        main._run_search()
    assert main.results.rowCount() == 1
    assert main.results.index(0, 0).data(ID_ROLE) is not None


def test_demo_data_fills_the_lists_in_the_background_and_can_be_cancelled(qtbot: QtBot, session: Session) -> None:
    main = MainWindow(session)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.demo.finished, timeout=120_000):
        main.demo.start(people=40)
    assert session.count("person") == 40 and session.count("case") > 0
    people = main.pages[0]
    assert isinstance(people, ListPage) and people.model.rowCount() == 40, "the list followed the demo data"
    assert people.count.text() == "40 record(s)"
    assert main.demo.dialog is None and not main.demo.running()
    with qtbot.waitSignal(main.demo.finished, timeout=120_000):
        main.demo.start(people=5000, seed=2)
        main.demo.cancel()
    assert session.count("person") < 5040, "cancel stops the generation between batches"


def test_tab_goes_from_search_to_sections_to_the_list_to_the_record(qtbot: QtBot, session: Session) -> None:
    add(session, "person", names=["吕志"])
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    main.section_list.setCurrentRow(3)
    main.section_list.setCurrentRow(0)
    main.focus_search()
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    people = main.pages[0]
    assert isinstance(people, ListPage)
    assert order[0] is main.section_list and order[1] is people.view
    assert main.record_view.isAncestorOf(order[2]) or order[2] is main.record_view


@pytest.mark.parametrize("locale", ["C", "zh_CN", "ug_CN", "en_US"])
def test_times_in_lists_and_on_the_record_page_read_the_same_in_every_locale(qtbot: QtBot, session: Session,
                                                                              locale: str) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        person = add(session, "person", names=["Ke Dehua"])
        record = session.record(person)
        local = dt.datetime.strptime(record.updated, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC).astimezone()
        shown = local.strftime("%Y-%m-%d %H:%M")
        people = RecordListModel(session, "person")
        people.fetchMore()
        assert people.index(0, 2).data() == shown, "year, month, day and the local time, as record dates are written"
        activity = ActivityModel(session)
        activity.fetchMore()
        assert activity.index(0, 0).data() == shown
        view = RecordView(session, SessionSignals(session))
        qtbot.addWidget(view)
        view.show_record(person)
        assert f"updated {shown[:10]}" in view.subtitle.text()
    finally:
        QLocale.setDefault(before)
