"""Vault ▸ Find duplicates… as a caseworker uses it: the pair with why, open either, merge after a confirmation,
and the kept person's page says whom it was merged from, with that record's history a click away."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.records.change import Change
from app.session import Session
from ui.dialogs.history import HistoryDialog
from ui.importing.models import PairsModel
from ui.main.window import MainWindow

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


def test_find_open_and_merge_two_records_of_one_person(qtbot: QtBot, session: Session) -> None:
    han, latin, other = session.apply([
        Change("person", {"names": ["مەمەتجان ئابلىز"], "birth_date": "1975", "places": ["Kashgar"]}),
        Change("person", {"names": ["Mamatjan Abliz"], "birth_date": "1975", "occupation": "teacher",
                          "channels": [{"type": "phone", "value": "+86 138 0000 0001", "safety": "monitored"}]}),
        Change("person", {"names": ["Ilham Tohti"]}),
    ])
    [case] = session.apply([Change("case", {"title": "Disappearance", "people": [{"person": latin.id, "role": "defender"}]})])
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_duplicates()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT_MS)
    assert [dialog.model.index(0, c).data() for c in range(2)] == ["مەمەتجان ئابلىز", "Mamatjan Abliz"]
    assert dialog.model.index(0, PairsModel.WHY).data() == ("Latin name Mamatjan Abliz ≈ Uyghur name مەمەتجان ئابلىز "
                                                            "(Memetjan Abliz) (the same consonants, mmtjnblz); same birth date 1975")
    assert "1 pair(s) of people may each be one person" in dialog.status.text()

    qtbot.mouseClick(dialog.open_second, Qt.MouseButton.LeftButton)
    assert window.record_view.record is not None and window.record_view.record.id == latin.id

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    box = dialog.question
    assert box is not None and box.isVisible()
    assert "every case, event and link" in box.informativeText() and "history stays" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel), "Enter alone does not merge"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert session.count("person") == 3, "Cancel merges nothing"

    dialog.ask_merge()
    box = dialog.question
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "keepFirst"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and "Merged into" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.model.rowCount() == 0 and "No possible duplicates" in dialog.status.text()
    kept = session.record(han.id).fields
    assert [n["value"] for n in kept["names"]] == ["مەمەتجان ئابلىز", "Mamatjan Abliz"]
    assert kept["occupation"] == "teacher" and kept["channels"][0]["value"] == "+86 138 0000 0001"
    assert session.record(case.id).fields["people"] == [{"person": han.id, "role": "defender"}]
    assert {s.id for s in session.summaries("person")} == {han.id, other.id}

    view = window.record_view
    assert view.record is not None and view.record.id == han.id, "the kept person is shown"
    assert "Merged from" in [group.title() for group in view.content.findChildren(QGroupBox)]
    link = next(label for label in view.content.findChildren(QLabel) if "history:" in label.text())
    assert "Mamatjan Abliz" in link.text()
    link.linkActivated.emit(f"history:{latin.id}")
    history = window.findChild(HistoryDialog)
    assert history is not None and history.windowTitle() == "History of Mamatjan Abliz"
    assert history.versions.rowCount() == 2  # created, then deleted by the merge
