"""What refers to what: the `refs` table, kept in step with the records, and every question asked of it.

A record's references (a case's people with their roles, an event's case and
person, a link's ends) are copied out of its sealed body into `refs` so that
"who points at this record" is an index lookup. The table is keyed by target
(the question asked most). What a record itself refers to is read from its body,
not from the table: a write that replaces a stored record removes the rows its
stored version made (which the write has decrypted anyway), so no index by
source is kept — it took 79 bytes a record. One small partial index answers the
one question asked by source that has no body at hand: the defender of a case.
Ids are stored as their 16 bytes, not their 36 characters: a reference is half
the size on disk, and this module is the only place that knows it.
"""

import hashlib
from collections.abc import Iterable

from app.database import Database
from app.database.in_lists import chunks, marks
from app.records import schema
from app.records.record import Record

Row = tuple[bytes, bytes, str, str]  # (source, target, field, role) as stored: ids as bytes, '' for no role


def key(record_id: str) -> bytes:
    """The 16 bytes of a (validated, canonical) record id: by hex, five times faster than parsing it as a UUID."""
    return bytes.fromhex(record_id.replace("-", ""))


def record_id(stored: bytes) -> str:
    """The canonical text of a stored id (as str(uuid.UUID(bytes=stored)) writes it)."""
    h = stored.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def rows_of(record: Record) -> list[Row]:
    """What a record refers to, as the rows `refs` holds (none for a deleted record)."""
    if record.deleted:
        return []
    source = key(record.id)
    if record.kind == "case":
        return [(source, key(p["person"]), "people", p["role"]) for p in record.fields.get("people", [])]
    return [(source, key(target), field, "") for field, target in schema.referenced_ids(record.kind, record.fields)]


def replace(db: Database, stale: Iterable[Row], rows: list[Row]) -> None:
    """Remove the rows of the stored versions being replaced, then store `rows` (inside the writing transaction)."""
    db.executemany("DELETE FROM refs WHERE dst = ? AND field = ? AND src = ? AND role = ?",
                   sorted((dst, field, src, role) for src, dst, field, role in stale))
    rows.sort(key=lambda row: (row[1], row[2]))  # in key order: each page of the table is written once per batch
    db.executemany("INSERT OR IGNORE INTO refs(src, dst, field, role) VALUES(?, ?, ?, ?)", rows)


def referring(db: Database, target: str, field: str | None = None) -> list[tuple[str, str, str | None]]:
    """(source id, field, role) of the records that refer to `target` (through `field`, if given)."""
    rows = db.execute("SELECT src, field, role FROM refs WHERE dst = :dst AND (:f IS NULL OR field = :f)",
                      {"dst": key(target), "f": field}).fetchall()
    return [(record_id(r[0]), r[1], r[2] or None) for r in rows]


def targets(rows: Iterable[Row]) -> set[str]:
    """The ids these rows refer to."""
    return {record_id(row[1]) for row in rows}


def defenders_of(db: Database, cases: Iterable[str]) -> set[str]:
    """The persons these cases name as their defender (from the partial index `refs_defenders`)."""
    found: set[str] = set()
    for chunk in chunks([key(case) for case in sorted(cases)]):
        rows = db.execute(f"SELECT dst FROM refs WHERE src IN ({marks(chunk)}) AND field = 'people' AND role = 'defender'",  # noqa: S608 - placeholders only
                          chunk).fetchall()
        found.update(record_id(r[0]) for r in rows)
    return found


def events_about(db: Database, people: list[str]) -> dict[str, set[str]]:
    """Ids of the events about each person: in cases where they are the defender, or naming them."""
    found: dict[str, set[str]] = {}
    for chunk in chunks([key(person) for person in people]):
        rows = db.execute(
            f"""SELECT c.dst, e.src FROM refs c JOIN refs e ON e.dst = c.src AND e.field = 'case'
                WHERE c.dst IN ({marks(chunk)}) AND c.field = 'people' AND c.role = 'defender'
                UNION SELECT dst, src FROM refs WHERE dst IN ({marks(chunk)}) AND field = 'person'""",  # noqa: S608 - placeholders only
            [*chunk, *chunk],
        ).fetchall()
        for person, event in rows:
            found.setdefault(record_id(person), set()).add(record_id(event))
    return found



def digest(rows: Iterable[Row]) -> int:
    """A sum of the rows' hashes that does not depend on their order: two sets of rows, one read from the
    records and one from `refs`, can be compared without holding either in memory."""
    return sum(int.from_bytes(hashlib.blake2b(b"\0".join((src, dst, field.encode(), role.encode())),
                                              digest_size=16).digest())
               for src, dst, field, role in rows)


def stored_digest(db: Database) -> int:
    """The digest of every row of `refs` (inside a transaction)."""
    return sum(digest(page) for page in db.pages("SELECT src, dst, field, role FROM refs"))


def rebuild(db: Database, records: Iterable[Record]) -> None:
    """Make `refs` again from these records, all of the vault's (inside a transaction)."""
    db.execute("DELETE FROM refs")
    for record in records:
        replace(db, [], rows_of(record))
