"""The records at rest: each sealed under its own key, with its history, references and derived status.

`Repository` reads and writes the records of an open vault; `Summary`, `Activity`
and `HistoryEntry` are what its lists and histories return; attachments live
in `app.store.attachments`, the schema's history in `app.store.migrations`.
"""

from app.store.history import HistoryEntry
from app.store.lists import Activity, Summary
from app.store.repository import Journal, Repository

__all__ = ["Activity", "HistoryEntry", "Journal", "Repository", "Summary"]
