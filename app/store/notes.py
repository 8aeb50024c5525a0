"""Write notes ("imported from caseload.xlsx"), kept once in `notes` and referred to by number from each row.

A note is written when a write first uses it (app/store/writing.py); shredding a
record removes the notes no other row uses, so that nothing written about it
stays behind.
"""

from app.database import Database


def of_record(db: Database, record_id: str) -> list[int]:
    """The notes of a record's versions."""
    rows = db.execute("SELECT note_id FROM records WHERE id = :id UNION SELECT note_id FROM history WHERE record_id = :id",
                      {"id": record_id}).fetchall()
    return [int(note) for (note,) in rows if note is not None]


def drop_unused(db: Database, notes: list[int]) -> None:
    """Remove those of these notes no record or earlier version uses any more."""
    db.executemany(
        """DELETE FROM notes WHERE id = :id AND NOT EXISTS (SELECT 1 FROM records WHERE note_id = :id)
               AND NOT EXISTS (SELECT 1 FROM history WHERE note_id = :id)""",
        [{"id": note} for note in notes],
    )
