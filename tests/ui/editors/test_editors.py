"""Record editors: names in several scripts, validation beside the field, undo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.records.change import Change
from app.session import Session
from ui.dialogs.history import HistoryDialog
from ui.editors import open_editor
from ui.editors.fields import ChoiceField, DateField, LineField
from ui.editors.picker import RecordField
from ui.editors.tables import ChannelsField, NamesField
from ui.widgets.attachments import AttachmentsPanel

pytestmark = pytest.mark.gui


def type_with_input_method(widget: QWidget, text: str) -> None:
    """Han characters arrive from an input method as committed text, not as key presses."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_person_with_a_han_name_and_a_pinyin_name(qtbot: QtBot, session: Session) -> None:
    editor = open_editor(session, "person", None, None)
    qtbot.addWidget(editor)
    names = editor.fields["names"]
    assert isinstance(names, NamesField)
    names.add_row()
    names.model.item(0, 0).setText("滕彪")
    names.add_row()
    names.model.item(1, 0).setText("Téng Biāo")
    assert names.cell(0, "script") == "Hani" and names.cell(0, "kind") == "primary"
    assert names.cell(1, "script") == "Latn" and names.cell(1, "kind") == "romanised"
    assert editor.save()
    record = session.record(editor.saved_id or "")
    assert record.fields["names"] == [
        {"value": "滕彪", "script": "Hani", "kind": "primary"},
        {"value": "Téng Biāo", "script": "Latn", "kind": "romanised"},
    ]


def test_validation_error_beside_the_field_and_nothing_saved(qtbot: QtBot, session: Session) -> None:
    person = session.apply([Change("person", {"names": ["柯德华"]})])[0]
    editor = open_editor(session, "person", person.id, None)
    qtbot.addWidget(editor)
    editor.show()
    birth = editor.fields["birth_date"]
    assert isinstance(birth, DateField)
    qtbot.keyClicks(birth.line, "2021-13")
    assert not editor.save()
    assert birth.error.isVisible() and "not a date" in birth.error.text()
    assert not editor.fields["names"].error.isVisible()
    assert editor.tabs.currentIndex() == 0
    assert "birth_date" not in session.record(person.id).fields
    birth.line.setFocus()
    qtbot.keyClicks(birth.line, "\b\b\b")
    assert not birth.error.isVisible()


def test_error_in_a_table_row_names_the_row(qtbot: QtBot, session: Session) -> None:
    editor = open_editor(session, "person", None, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.fields["names"].set_state([{"value": "吕志", "kind": "primary", "script": "Hani"}])
    channels = editor.fields["channels"]
    assert isinstance(channels, ChannelsField)
    channels.add_row({"type": "phone", "safety": "do_not_use"})
    assert not editor.save()
    assert channels.error.isVisible() and "Row 1" in channels.error.text()
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "Contact"
    assert session.count("person") == 0


def test_undo_restores_a_field(qtbot: QtBot, session: Session) -> None:
    person = session.apply([Change("person", {"names": ["柯德华"], "occupation": "lawyer", "risk": "low"})])[0]
    editor = open_editor(session, "person", person.id, None)
    qtbot.addWidget(editor)
    editor.show()
    occupation = editor.fields["occupation"]
    risk = editor.fields["risk"]
    assert isinstance(occupation, LineField) and isinstance(risk, ChoiceField)
    editor.activateWindow()
    occupation.line.setFocus()
    qtbot.waitUntil(occupation.line.hasFocus)
    occupation.line.selectAll()
    qtbot.keyClicks(occupation.line, "journalist")
    risk.combo.setCurrentIndex(risk.combo.findData("high"))
    assert editor.undo_stack.count() == 2
    qtbot.keySequence(occupation.line, "Ctrl+Z")
    assert risk.value() == "low"
    qtbot.keySequence(occupation.line, "Ctrl+Z")
    assert occupation.value() == "lawyer"
    editor.undo_stack.redo()
    assert occupation.value() == "journalist"
    assert editor.save()
    assert session.record(person.id).fields["occupation"] == "journalist"
    assert session.record(person.id).fields["risk"] == "low"


def test_event_for_a_case_with_the_person_picked_by_two_characters(qtbot: QtBot, session: Session) -> None:
    person, case = session.apply([Change("person", {"names": ["滕彪", "Teng Biao"]}),
                                        Change("case", {"title": "Travel ban"})])
    editor = open_editor(session, "event", None, None, defaults={"case": case.id})
    qtbot.addWidget(editor)
    editor.show()
    picker = editor.fields["person"]
    assert isinstance(picker, RecordField)
    assert editor.fields["case"].picker.line.text() == "Travel ban"
    type_with_input_method(picker.picker.line, "滕彪")
    popup = picker.picker.completer.popup()
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.value() == person.id and picker.picker.line.text() == "滕彪 (Teng Biao)"
    editor.fields["date"].set_state("~2021-03")
    editor.fields["type"].set_state("travel_ban")
    assert editor.save()
    event = session.record(editor.saved_id or "")
    assert event.fields == {"case": case.id, "person": person.id, "date": "~2021-03", "type": "travel_ban"}


def test_required_field_missing(qtbot: QtBot, session: Session) -> None:
    editor = open_editor(session, "person", None, None)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.save()
    assert editor.fields["names"].error.text() == "Names is required"
    assert "Nothing was saved" in editor.message.text()


def test_keyboard_removes_a_channel_undo_brings_it_back_ctrl_s_saves(qtbot: QtBot, session: Session) -> None:
    person = session.apply([Change("person", {"names": ["吕志"], "channels": [
        {"type": "wechat", "value": "lvzhi", "safety": "do_not_use"}, {"type": "signal", "value": "+86 1", "safety": "safe"}]})])[0]
    editor = open_editor(session, "person", person.id, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    channels = editor.fields["channels"]
    assert isinstance(channels, ChannelsField)
    assert channels.model.item(0, 1).font().strikeOut() and "do not use" in channels.model.item(0, 2).text()
    editor.tabs.setCurrentIndex(1)
    channels.view.setFocus()
    channels.view.selectRow(0)
    qtbot.waitUntil(channels.view.hasFocus)
    qtbot.keyClick(channels.view, Qt.Key.Key_Delete)
    assert [c["value"] for c in channels.rows()] == ["+86 1"]
    qtbot.keySequence(channels.view, "Ctrl+Z")
    assert [c["value"] for c in channels.rows()] == ["lvzhi", "+86 1"]
    assert channels.model.item(0, 1).font().strikeOut()
    qtbot.keyClick(channels.view, Qt.Key.Key_Down)
    qtbot.keyClick(channels.view, Qt.Key.Key_Delete)
    qtbot.keySequence(channels.view, "Ctrl+S")
    assert [c["value"] for c in session.record(person.id).fields["channels"]] == ["+86 1"]
    assert not editor.isVisible()


def test_every_kind_has_an_editor_that_saves(qtbot: QtBot, session: Session) -> None:
    person, case = session.apply([Change("person", {"names": ["滕彪"]}), Change("case", {"title": "Travel ban"})])
    minimal = {
        "organisation": {"names": [{"value": "中国维权律师关注组", "kind": "primary", "script": "Hani"}], "type": "ngo"},
        "case": {"title": "RSDL of 王全璋", "people": [{"person": person.id, "role": "defender"}],
                 "charges": [{"charge": "subversion of state power", "article": "art. 105(1)"}], "authorities": ["Tianjin PSB"]},
        "event": {"case": case.id, "date": "2015-07", "type": "detained", "detention": [None, "Tianjin", False, True, None, "", ""]},
        "intervention": {"case": case.id, "type": "un_urgent_appeal", "date": "2015-08-01", "priority": "urgent"},
        "link": {"from": person.id, "to": case.id, "type": "other", "note": "witness"},
    }
    for kind, fields in minimal.items():
        editor = open_editor(session, kind, None, None)
        qtbot.addWidget(editor)
        for key, state in fields.items():
            editor.fields[key].set_state(state)
        assert editor.save(), editor.message.text()
        saved = session.record(editor.saved_id or "")
        assert saved.kind == kind
    assert saved.fields == minimal["link"]
    event = session.record(session.summaries("event")[0].id)
    assert event.fields["detention"] == {"facility": "Tianjin", "whereabouts_known": False, "family_notified": True}


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, qtbot: QtBot, session: Session) -> None:
    person = session.apply([Change("person", {"names": ["滕彪"]})])[0]
    session.apply([Change("person", {"notes": "n"}, id=person.id)])
    panel = AttachmentsPanel(session)
    qtbot.addWidget(panel)
    session.add_attachment(person.id, "a.txt", "text/plain", b"x")
    panel.set_record(person.id)
    dialog = HistoryDialog(session, person.id)
    qtbot.addWidget(dialog)
    for model in (panel.model, dialog.changes, dialog.versions):
        qtmodeltester.check(model)


def test_members_the_editor_does_not_show_are_kept(qtbot: QtBot, session: Session) -> None:
    person = session.apply([Change("person", {"names": ["吕志"], "channels": [
        {"type": "phone", "value": "+86 2", "safety": "monitored", "internal": True}],
        "sources": [{"description": "his sister", "reliability": "B", "internal": True, "date": "2024-03"}]})])[0]
    editor = open_editor(session, "person", person.id, None)
    qtbot.addWidget(editor)
    channels = editor.fields["channels"]
    assert isinstance(channels, ChannelsField)
    channels.set_cell(0, "note", "only after 20:00")
    editor.fields["sources"].set_state([{**s, "credibility": "2"} for s in editor.fields["sources"].state()])
    assert editor.save()
    fields = session.record(person.id).fields
    assert fields["channels"] == [{"type": "phone", "value": "+86 2", "safety": "monitored", "internal": True, "note": "only after 20:00"}]
    assert fields["sources"] == [{"description": "his sister", "reliability": "B", "credibility": "2", "internal": True, "date": "2024-03"}]


def test_saving_keeps_a_change_made_meanwhile_to_another_field(qtbot: QtBot, session: Session) -> None:
    person = session.apply([Change("person", {"names": ["柯德华"], "notes": "first", "occupation": "lawyer"})])[0]
    editor = open_editor(session, "person", person.id, None)
    qtbot.addWidget(editor)
    session.apply([Change("person", {"notes": "written meanwhile by a colleague's bundle"}, id=person.id)])
    editor.fields["occupation"].set_state("journalist")
    assert editor.save()
    fields = session.record(person.id).fields
    assert fields["notes"] == "written meanwhile by a colleague's bundle" and fields["occupation"] == "journalist"


def test_a_name_typed_but_not_chosen_is_pointed_out(qtbot: QtBot, session: Session) -> None:
    case = session.apply([Change("case", {"title": "Travel ban"})])[0]
    editor = open_editor(session, "event", None, None, defaults={"case": case.id, "date": "2021", "type": "travel_ban"})
    qtbot.addWidget(editor)
    editor.show()
    person = editor.fields["person"]
    assert isinstance(person, RecordField)
    type_with_input_method(person.picker.line, "无此人")
    assert not editor.save()
    assert "Choose a record" in person.error.text()
    assert session.count("event") == 0


def test_a_new_channel_is_of_unknown_safety_until_the_caseworker_says(qtbot: QtBot, session: Session) -> None:
    person = session.apply([Change("person", {"names": ["吕志"], "channels": [
        {"type": "signal", "value": "+86 1", "safety": "safe"}]})])[0]
    editor = open_editor(session, "person", person.id, None)
    qtbot.addWidget(editor)
    channels = editor.fields["channels"]
    assert isinstance(channels, ChannelsField)
    channels.add_row()
    assert channels.model.item(1, 2).text() == "unknown"
    channels.set_cell(1, "value", "kdh@example.org")
    assert editor.save()
    stored = session.record(person.id).fields["channels"]
    assert [(c["value"], c["safety"]) for c in stored] == [("+86 1", "safe"), ("kdh@example.org", "unknown")], \
        "the stored channel keeps its safety; the new one is not called safe"
