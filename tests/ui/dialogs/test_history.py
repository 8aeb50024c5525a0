"""A record's history: versions with what changed, and restoring an old value."""

import pytest
from pytestqt.qtbot import QtBot

from app.records.change import Change
from app.session import Session
from ui.dialogs.history import HistoryDialog
from ui.editors import open_editor

pytestmark = pytest.mark.gui


def test_two_versions_and_restore_brings_back_the_old_value(qtbot: QtBot, session: Session) -> None:
    person = session.apply([Change("person", {"names": ["滕彪", "Teng Biao"], "occupation": "lawyer"})])[0]
    editor = open_editor(session, "person", person.id, None)
    qtbot.addWidget(editor)
    editor.fields["occupation"].set_state("scholar")
    assert editor.save()

    dialog = HistoryDialog(session, person.id)
    qtbot.addWidget(dialog)
    assert dialog.versions.rowCount() == 2
    assert "(current)" in dialog.versions.item(0).text() and "Occupation" in dialog.versions.item(0).text()
    assert not dialog.restore_button.isEnabled()
    rows = [[dialog.changes.index(r, c).data() for c in range(3)] for r in range(dialog.changes.rowCount())]
    assert rows == [["Occupation", "lawyer", "scholar"]]

    dialog.select_version(0)
    assert dialog.restore_button.isEnabled()
    shown = {dialog.changes.index(r, 0).data(): dialog.changes.index(r, 2).data() for r in range(dialog.changes.rowCount())}
    assert shown["Names"] == "滕彪 (primary, Hani)\nTeng Biao (romanised, Latn)"
    with qtbot.waitSignal(dialog.restored) as restored:
        dialog.restore_button.click()
    assert restored.args == [person.id]
    assert session.record(person.id).fields["occupation"] == "lawyer"
    assert dialog.versions.rowCount() == 3 and "restored" in dialog.versions.item(0).text()
