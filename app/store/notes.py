"""Write notes ("imported from caseload.xlsx"), kept once in `notes` and referred to by number from each row.

Each note counts the rows that use it (of `records` and `history`), so that
shredding a record can remove the notes no other row uses, leaving nothing
written about it behind, without reading the whole vault to find out.
A rewritten record's earlier version moves to `history` with its note, so a
write adds one use of its own note per row and takes none from another.
"""

from app.database import Database


def add_uses(db: Database, note: str, rows: int) -> None:
    """Count the rows about to be written with this note (keeping the note if it is new)."""
    db.execute("INSERT INTO notes(text, uses) VALUES(?, ?) ON CONFLICT(text) DO UPDATE SET uses = uses + excluded.uses",
               (note, rows))


def of_record(db: Database, record_id: str) -> list[tuple[int, int]]:
    """(note, rows using it) of a record's versions."""
    rows = db.execute(
        """SELECT note_id, count(*) FROM (SELECT note_id FROM records WHERE id = :id
                                          UNION ALL SELECT note_id FROM history WHERE record_id = :id)
           WHERE note_id IS NOT NULL GROUP BY note_id""",
        {"id": record_id},
    ).fetchall()
    return [(int(note), int(uses)) for note, uses in rows]


def release(db: Database, used: list[tuple[int, int]]) -> None:
    """Count off the rows of a shredded record; a note no row uses any more goes."""
    db.executemany("UPDATE notes SET uses = uses - ? WHERE id = ?", [(uses, note) for note, uses in used])
    db.executemany("DELETE FROM notes WHERE id = ? AND uses <= 0", [(note,) for note, _ in used])
