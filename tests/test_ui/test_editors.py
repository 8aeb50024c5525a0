"""Record editors: names in several scripts, validation beside the field, undo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.repository import Change
from app.vault import Vault
from ui.editors import open_editor
from ui.editors.fields import ChoiceField, DateField, LineField
from ui.editors.picker import RecordField
from ui.editors.tables import ChannelsField, NamesField

pytestmark = pytest.mark.gui


def type_with_input_method(widget: QWidget, text: str) -> None:
    """Han characters arrive from an input method as committed text, not as key presses."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_person_with_a_han_name_and_a_pinyin_name(qtbot: QtBot, vault: Vault) -> None:
    editor = open_editor(vault, "person", None, None)
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
    record = vault.records.get(editor.saved_id or "")
    assert record.fields["names"] == [
        {"value": "滕彪", "script": "Hani", "kind": "primary"},
        {"value": "Téng Biāo", "script": "Latn", "kind": "romanised"},
    ]


def test_validation_error_beside_the_field_and_nothing_saved(qtbot: QtBot, vault: Vault) -> None:
    person = vault.records.apply([Change("person", {"names": ["柯德华"]})])[0]
    editor = open_editor(vault, "person", person.id, None)
    qtbot.addWidget(editor)
    editor.show()
    birth = editor.fields["birth_date"]
    assert isinstance(birth, DateField)
    qtbot.keyClicks(birth.line, "2021-13")
    assert not editor.save()
    assert birth.error.isVisible() and "not a date" in birth.error.text()
    assert not editor.fields["names"].error.isVisible()
    assert editor.tabs.currentIndex() == 0
    assert "birth_date" not in vault.records.get(person.id).fields
    birth.line.setFocus()
    qtbot.keyClicks(birth.line, "\b\b\b")
    assert not birth.error.isVisible()


def test_error_in_a_table_row_names_the_row(qtbot: QtBot, vault: Vault) -> None:
    editor = open_editor(vault, "person", None, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.fields["names"].set_state([{"value": "吕志", "kind": "primary", "script": "Hani"}])
    channels = editor.fields["channels"]
    assert isinstance(channels, ChannelsField)
    channels.add_row({"type": "phone", "safety": "do_not_use"})
    assert not editor.save()
    assert channels.error.isVisible() and "Row 1" in channels.error.text()
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "Contact"
    assert vault.records.count("person") == 0


def test_undo_restores_a_field(qtbot: QtBot, vault: Vault) -> None:
    person = vault.records.apply([Change("person", {"names": ["柯德华"], "occupation": "lawyer", "risk": "low"})])[0]
    editor = open_editor(vault, "person", person.id, None)
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
    assert vault.records.get(person.id).fields["occupation"] == "journalist"
    assert vault.records.get(person.id).fields["risk"] == "low"


def test_event_for_a_case_with_the_person_picked_by_two_characters(qtbot: QtBot, vault: Vault) -> None:
    person, case = vault.records.apply([Change("person", {"names": ["滕彪", "Teng Biao"]}),
                                        Change("case", {"title": "Travel ban"})])
    editor = open_editor(vault, "event", None, None, defaults={"case": case.id})
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
    event = vault.records.get(editor.saved_id or "")
    assert event.fields == {"case": case.id, "person": person.id, "date": "~2021-03", "type": "travel_ban"}


def test_required_field_missing(qtbot: QtBot, vault: Vault) -> None:
    editor = open_editor(vault, "person", None, None)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.save()
    assert editor.fields["names"].error.text() == "Names is required"
    assert "Nothing was saved" in editor.message.text()
