"""Every version of a record, oldest first, with what was done and which fields changed."""

from dataclasses import dataclass, field

from app.records.record import Record
from app.store.reading import RecordReader


@dataclass(frozen=True)
class HistoryEntry:
    """One version of a record, with what was done and which fields changed."""

    version: str
    at: str
    action: str
    note: str | None
    record: Record
    changed: list[str] = field(default_factory=list)


class HistoryReader(RecordReader):
    """Reads the sealed earlier versions kept in `history`, under the record's own data key."""

    def history(self, record_id: str) -> list[HistoryEntry]:
        """Every version of a record, oldest first, the current one last."""
        current = self.get(record_id, include_deleted=True)
        row = self.db.execute("SELECT dek, updated, action, n.text FROM records LEFT JOIN notes n ON n.id = note_id "
                              "WHERE records.id = ?", (current.id,)).fetchone()
        dek = self.sealer.unwrap(current.id, row[0])
        past = self.db.execute(
            "SELECT version, at, action, n.text, body FROM history LEFT JOIN notes n ON n.id = note_id "
            "WHERE record_id = ? ORDER BY seq", (current.id,)
        ).fetchall()
        versions = [
            (self.sealer.open(current.id, current.kind, v, dek, body, past=True), at, action, note)
            for v, at, action, note, body in past
        ] + [(current, row[1], row[2], row[3])]
        entries: list[HistoryEntry] = []
        previous: Record | None = None
        for record, at, action, note in versions:
            changed = sorted(k for k, v in record.clock.items() if previous is None or previous.clock.get(k) != v)
            entries.append(HistoryEntry(record.version, at, action, note, record, changed))
            previous = record
        return entries
