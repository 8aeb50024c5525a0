"""Finding records by any name in any script.

Normalisation: NFKC, casefold, combining marks stripped, so `José` and `jose`,
`Téng Biāo` and `teng biao` meet.
"""

import unicodedata
from dataclasses import dataclass
from typing import Any

from app import schema
from app.records import Record
from app.store import Store


def normalise(text: str) -> str:
    """NFKC, casefold, strip combining marks; the form both index and query use."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", stripped)


@dataclass(frozen=True)
class Hit:
    """One search result: which record, how well it matched, and on which field."""

    id: str
    kind: str
    display_name: str
    score: float
    field: str


def index_terms(record: Record) -> list[tuple[str, int, str]]:
    """(field, weight, text) for everything of a record that search should find."""
    fields: dict[str, Any] = record.fields
    terms: list[tuple[str, int, str]] = []
    for name in fields.get("names") or []:
        terms.append(("names", 3, name["value"]))
    if record.kind == "case" and fields.get("title"):
        terms.append(("title", 3, fields["title"]))
    for charge in fields.get("charges") or []:
        terms.append(("charges", 1, f"{charge['charge']} {charge.get('article', '')}"))
    for place in fields.get("places") or []:
        terms.append(("places", 1, place))
    for key in ("location", "place"):
        if fields.get(key):
            terms.append((key, 1, fields[key]))
    for key in ("notes", "description"):
        if fields.get(key):
            terms.append((key, 0, fields[key]))
    return terms


class SearchIndex:
    """The search index inside the encrypted database, kept in step by the repository."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def update(self, record: Record) -> None:
        """Replace the record's entries; call inside the writing transaction."""
        self.remove(record.id)
        if record.deleted:
            return
        self.store.conn.executemany(
            "INSERT INTO search_terms(record_id, kind, field, weight, text) VALUES(?, ?, ?, ?, ?)",
            [(record.id, record.kind, f, w, normalise(t)) for f, w, t in index_terms(record)],
        )

    def remove(self, record_id: str) -> None:
        self.store.conn.execute("DELETE FROM search_terms WHERE record_id = ?", (record_id,))

    def search(self, query: str, kind: str | None = None, limit: int = 20) -> list[Hit]:
        """Substring match on normalised terms; exact, then prefix, then part, by weight."""
        needle = normalise(query).strip()
        if not needle:
            return []
        if kind is not None:
            schema.check_kind(kind)
        rows = self.store.execute(
            """
            SELECT t.record_id, r.kind, r.display_name, t.field,
                   MAX(t.weight * 10 + CASE WHEN t.text = :q THEN 3 WHEN t.text LIKE :q || '%' THEN 2 ELSE 1 END) AS score
            FROM search_terms t JOIN records r ON r.id = t.record_id
            WHERE instr(t.text, :q) > 0 AND (:kind IS NULL OR r.kind = :kind)
            GROUP BY t.record_id
            ORDER BY score DESC, r.updated DESC
            LIMIT :limit
            """,
            {"q": needle, "kind": kind, "limit": limit},
        ).fetchall()
        return [Hit(r[0], r[1], r[2], float(r[4]), r[3]) for r in rows]
