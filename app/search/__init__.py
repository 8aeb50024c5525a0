"""Finding people, organisations and cases by any name in any script.

`terms` (what a record puts in the index), `index` (keeping it in step),
`grams` (how rare each trigram is), `query` (matching and ranking); names are
read through app/names (one normal form, pinyin, typos). `SearchIndex` is the
face the record store and the session use.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from app.records.record import Record
from app.search.index import Entries, IndexWriter, entries_of
from app.search.query import Hit, search

if TYPE_CHECKING:
    from app.database import Database

__all__ = ["Entries", "Hit", "SearchIndex", "entries_of"]


class SearchIndex:
    """The search index inside the encrypted database, kept in step by the repository."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.writer = IndexWriter(db)

    def update(self, entries: Entries, *, known_new: bool = False) -> None:
        """Replace the entries of the records `entries` was made from (app.search.index.entries_of); inside the transaction."""
        self.writer.update(entries, known_new=known_new)

    def remove(self, versions: Sequence[Record]) -> None:
        """Remove a shredded record's entries (`versions`: all of its versions); inside the transaction."""
        self.writer.remove(versions)

    def set_held(self, statuses: Iterable[tuple[str, str | None]]) -> None:
        self.writer.set_held(statuses)

    def clear(self) -> None:
        self.writer.clear()

    def search(self, query: str, kind: str | None = None, limit: int = 20) -> list[Hit]:
        """The best `limit` records for `query`, best first; the query is never stored."""
        return search(self.db, query, kind, limit)
