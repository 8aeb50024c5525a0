"""“Merged from …” on a person's page: the people merged into this one, each a link to the retired record's history.

A retired record is a tombstone (no fields, no list line), so its name is read
from its last version before the merge; a tombstone received in a bundle
without any earlier version is shown by its id.
"""

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from app.errors import CasebookError
from app.session import Session
from ui.dialogs.history import HistoryDialog, last_name

HISTORY_LINK = "history:"


def _name(session: Session, record_id: str) -> str:
    try:
        return last_name(session.history(record_id), record_id)
    except CasebookError:
        return record_id


def merged_from_items(session: Session, merged_from: list[str]) -> list[str]:
    """One HTML line per person merged into this one, linking to their history."""
    word = html.escape(QCoreApplication.translate("RecordView", "history"))
    return [f'{html.escape(_name(session, rid))} (<a href="{HISTORY_LINK}{html.escape(rid)}">{word}</a>)'
            for rid in merged_from]


def open_history(session: Session, record_id: str, parent: QWidget) -> HistoryDialog:
    """The history of a record, even a deleted one (the person a merge retired)."""
    dialog = HistoryDialog(session, record_id, parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
