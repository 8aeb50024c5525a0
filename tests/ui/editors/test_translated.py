"""The editors and the record page speak Chinese when the user chose it."""

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.records.change import Change
from app.session import Session
from ui import settings
from ui.editors import open_editor
from ui.session_signals import SessionSignals
from ui.translations import install
from ui.widgets.record_view import RecordView

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "tabs", "safety"), [
    ("zh_CN", ["身份", "联系方式", "安全", "备注和来源"], "⚠ 切勿使用"),
    ("zh_TW", ["身分", "聯絡方式", "安全", "備註和來源"], "⚠ 切勿使用"),
])
def test_person_editor_and_page_in_chinese(qtbot: QtBot, session: Session, language: str, tabs: list[str], safety: str) -> None:
    settings.put(settings.LANGUAGE, language)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install(app)
    try:
        person = session.apply([Change("person", {"names": ["滕彪"], "channels": [
            {"type": "wechat", "value": "tengbiao", "safety": "do_not_use"}]})])[0]
        editor = open_editor(session, "person", person.id, None)
        qtbot.addWidget(editor)
        assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == tabs
        assert editor.fields["channels"].model.item(0, 2).text() == safety
        view = RecordView(session, SessionSignals(session))
        qtbot.addWidget(view)
        view.show_record(person.id)
        assert view.edit_button.text().startswith("编辑" if language == "zh_CN" else "編輯")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
