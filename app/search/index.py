"""Keeping the index in step with the records, inside the writing transaction.

The repository hands over every record it writes (a batch at a time, so a bulk
import costs a few statements per table, not per record) and the persons whose
derived status changed. Nothing here decrypts or commits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.database.in_lists import chunks, marks
from app.names.typo import deletions
from app.records.record import Record
from app.search import grams
from app.search.terms import HELD_STATUSES, SHIFT, TERMS_PER_DOC, Entry, entry_for

if TYPE_CHECKING:
    from app.database import Database

# meta key and value saying the index matches the records under the current rules; a vault
# whose value differs (a migrated one, or one indexed by older rules) is reindexed on open.
INDEX_STATE = "search_index"
INDEX_CURRENT = "1"

@dataclass
class Entries:
    """What a batch of records puts in the index, worked out without the database (a bulk write does it on
    another thread while the database writes the batch before)."""

    records: list[tuple[str, Entry | None]]  # (record id, its entry, or None for a record that leaves the index)
    grams: Counter[str]  # how many of the batch's texts hold each trigram
    words: set[str]  # name words, for the typo vocabulary


def entries_of(records: Sequence[Record]) -> Entries:
    found = [(record.id, entry_for(record)) for record in records]
    texts = (text for _, entry in found if entry is not None for text, _, _ in entry.texts)
    words = {word for _, entry in found if entry is not None for word in entry.words}
    return Entries(found, grams.counted(texts), words)


class IndexWriter:
    """Adds, replaces and removes index entries of records."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _docs_of(self, record_ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in chunks(record_ids):
            rows = self.db.execute(
                f"SELECT record_id, doc FROM search_docs WHERE record_id IN ({marks(chunk)})", chunk  # noqa: S608 - placeholders and constants only
            )
            found.update(rows.fetchall())
        return found

    def update(self, entries: Entries, *, known_new: bool = False) -> None:
        """Replace the entries of these records (remove those leaving the index); `known_new` skips looking for old ones.

        A person's `held` is kept from before: it follows the derived status, which set_held refreshes.
        """
        db = self.db
        docs = {} if known_new else self._docs_of([record_id for record_id, _ in entries.records])
        if docs:
            self._remove_terms(list(docs.values()))
        next_doc = int(db.execute("SELECT coalesce(max(doc), 0) + 1 FROM search_docs").fetchone()[0])
        doc_rows: list[tuple[int, str, str, int, str]] = []
        gone: list[tuple[int]] = []
        fts_rows: list[tuple[int, str, str, int]] = []
        key_rows: list[tuple[int, str, int]] = []
        for record_id, entry in entries.records:
            doc = docs.get(record_id)
            if entry is None:
                if doc is not None:
                    gone.append((doc,))
                continue
            if doc is None:
                doc, next_doc = next_doc, next_doc + 1
            base = doc << SHIFT
            doc_rows.append((doc, entry.record_id, entry.kind, int(entry.held), entry.version))
            fts_rows.extend((base + i, text, name, weight) for i, (text, name, weight) in enumerate(entry.texts))
            key_rows.extend((base + i, key, cls) for i, (key, cls) in enumerate(entry.keys))
        db.executemany("DELETE FROM search_docs WHERE doc = ?", gone)
        db.executemany(
            """INSERT INTO search_docs(doc, record_id, kind, held, version) VALUES(?, ?, ?, ?, ?)
               ON CONFLICT(doc) DO UPDATE SET version = excluded.version,
                   held = CASE WHEN kind = 'person' THEN held ELSE excluded.held END""",
            doc_rows,
        )
        db.executemany("INSERT INTO search_fts(rowid, text, field, weight) VALUES(?, ?, ?, ?)", fts_rows)
        grams.apply(db, entries.grams, 1)
        key_rows.sort(key=lambda row: (row[1], row[2]))  # in index order, as the repository writes records
        db.executemany("INSERT INTO search_keys(rowid, key, cls) VALUES(?, ?, ?)", key_rows)
        self._add_words(entries.words)

    def _remove_terms(self, docs: list[int]) -> None:
        """Remove these documents' texts and keys, their trigrams from the counts first."""
        ranges = [(doc << SHIFT, (doc << SHIFT) + TERMS_PER_DOC - 1) for doc in docs]
        db = self.db
        grams.apply(db, grams.counted(text for span in ranges for (text,) in
                                      db.execute("SELECT text FROM search_fts WHERE rowid BETWEEN ? AND ?", span).fetchall()), -1)
        db.executemany("DELETE FROM search_fts WHERE rowid BETWEEN ? AND ?", ranges)
        db.executemany("DELETE FROM search_keys WHERE rowid BETWEEN ? AND ?", ranges)

    def _add_words(self, words: set[str]) -> None:
        """Add new words and their one-deletion forms to the typo vocabulary."""
        candidates = sorted(words)
        known: set[str] = set()
        for chunk in chunks(candidates):
            rows = self.db.execute(
                f"SELECT word FROM search_typo WHERE variant = word AND variant IN ({marks(chunk)})", chunk  # noqa: S608 - placeholders and constants only
            )
            known.update(r[0] for r in rows.fetchall())
        self.db.executemany(
            "INSERT OR IGNORE INTO search_typo(variant, word) VALUES(?, ?)",
            sorted((variant, word) for word in candidates if word not in known for variant in deletions(word)),
        )

    def remove(self, versions: Sequence[Record]) -> None:
        """Remove one record's entries, and the typo words of any of its versions no other entry holds (shredding)."""
        docs = self._docs_of(sorted({r.id for r in versions}))
        self._remove_terms(list(docs.values()))
        self.db.executemany("DELETE FROM search_docs WHERE doc = ?", [(doc,) for doc in docs.values()])
        words: set[str] = set()
        for version in versions:
            entry = entry_for(version)
            if entry is not None:
                words |= entry.words
        for word in sorted(words):
            if self.db.execute("SELECT 1 FROM search_fts WHERE text LIKE ? LIMIT 1", (f"%{word}%",)).fetchone() is None:
                self.db.execute("DELETE FROM search_typo WHERE word = ?", (word,))

    def set_held(self, statuses: Iterable[tuple[str, str | None]]) -> None:
        """Record which persons are held now, from (person id, status) pairs."""
        self.db.executemany(
            "UPDATE search_docs SET held = ? WHERE record_id = ?",
            [(int(status in HELD_STATUSES), person_id) for person_id, status in statuses],
        )

    def clear(self) -> None:
        """Empty every index table (before a rebuild; the typo vocabulary loses words of deleted records).

        The trigram table is dropped and made again as it was: with secure-delete, FTS5
        deletes row by row (minutes at 100,000 people); dropped, its pages are freed and,
        with the database's secure_delete, zeroed.
        """
        db = self.db
        for table in ("search_docs", "search_keys", "search_typo", "search_grams"):
            db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
        (definition,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").fetchone()
        db.execute("DROP TABLE search_fts")
        db.execute(definition)
        db.execute("INSERT INTO search_fts(search_fts, rank) VALUES('secure-delete', 1)")


