"""Choosing another record (the case of an event, the people of a case) by typing part of a name.

The search index answers as the user types, so a vault of 100,000 people
never fills a combo box.
"""

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QWidget

from app.records import vocab
from app.session import Session
from ui.editors.fields import Field
from ui.editors.labels import code_label, field_label, kind_label
from ui.editors.tables import Column, TableField

ID = Qt.ItemDataRole.UserRole


def display_name(session: Session, record_id: str) -> str:
    """The name a list shows for a record (read from its list line, not decrypted), or its id if it is gone."""
    summary = session.summary(record_id)
    return summary.display_name if summary is not None else record_id


class RecordPicker(QWidget):
    """A line edit that completes record names from the search index.

    Signals:
        picked(str): the user chose a record (its id).
        cleared(): the text no longer names a chosen record.
    """

    picked = Signal(str)
    cleared = Signal()

    def __init__(self, session: Session, kinds: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kinds = kinds
        self.record_id: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("Type part of a name…"))
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.line.setCompleter(self.completer)
        self.line.textEdited.connect(self._search)
        layout.addWidget(self.line)
        self.setFocusProxy(self.line)

    def _search(self, text: str) -> None:
        if self.record_id is not None:
            self.record_id = None
            self.cleared.emit()
        self.model.clear()
        hits = [h for kind in self.kinds for h in self.session.search(text, kind, limit=20)] if text.strip() else []
        for hit in sorted(hits, key=lambda h: -h.score)[:20]:
            label = hit.display_name if len(self.kinds) == 1 else f"{hit.display_name} ({kind_label(hit.kind)})"
            item = QStandardItem(label)
            item.setData(hit.id, ID)
            self.model.appendRow(item)
        self.completer.complete()

    def _activated(self, index: QModelIndex) -> None:
        record_id = index.data(ID)
        if record_id:
            self.set_record(str(record_id))
            self.picked.emit(self.record_id)

    def set_record(self, record_id: str | None) -> None:
        """Show the chosen record's name (no signal)."""
        self.record_id = record_id
        self.line.setText(display_name(self.session, record_id) if record_id else "")

    def text(self) -> str:
        return self.line.text()


class RecordField(Field):
    """A reference to one other record (an event's case, a link's ends)."""

    def __init__(self, key: str, session: Session, kinds: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.picker = RecordPicker(session, kinds, self)
        self.picker.picked.connect(self._user_edit)
        self.picker.cleared.connect(self._user_edit)
        self.set_input(self.picker)
        self.picker.line.setAccessibleName(field_label(key))

    def value(self) -> str | None:
        if self.picker.record_id:
            return self.picker.record_id
        return self.picker.text().strip() or None

    def state(self) -> str | None:
        return self.picker.record_id

    def problem(self) -> str | None:
        if self.picker.text().strip() and not self.picker.record_id:
            return self.tr("Choose a record from the list that appears as you type part of its name.")
        return None

    def _apply_state(self, state: Any) -> None:
        self.picker.set_record(state)


class CasePeopleField(TableField):
    """The people of a case with their role; a person is added by picking them by name."""

    def __init__(self, session: Session, key: str = "people", parent: QWidget | None = None) -> None:
        super().__init__(key, [Column("person", editable=False, display=lambda rid: display_name(session, rid)),
                               Column("role", vocab.CASE_ROLES)], parent)
        self.add_button.hide()
        self.picker = RecordPicker(session, ("person",), self)
        self.picker.line.setPlaceholderText(self.tr("Add a person: type part of a name…"))
        self.picker.line.setAccessibleName(self.tr("Add a person to the case"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role of the person to add"))
        for code in vocab.CASE_ROLES:
            self.role.addItem(code_label(vocab.CASE_ROLES, code), code)
        self.buttons.insertWidget(0, self.picker, 1)
        self.buttons.insertWidget(1, self.role)
        self.picker.picked.connect(self._add_person)

    def _add_person(self, record_id: str) -> None:
        self.add_row({"person": record_id, "role": self.role.currentData()})
        self.picker.set_record(None)
