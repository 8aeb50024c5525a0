"""Reading records back: by id, all of a kind, and what refers to what."""

import uuid
from collections.abc import Iterable, Iterator

from app.database import Database
from app.database.in_lists import chunks, marks
from app.errors import NotFound
from app.records.record import Record
from app.store import references
from app.store.sealing import RECORD_COLUMNS, RecordSealer


class RecordReader:
    """Decrypted records of one open vault, and the references between them (kept in clear in `refs`)."""

    db: Database
    sealer: RecordSealer

    def find(self, record_id: str) -> Record | None:
        row = self.db.execute(f"SELECT {RECORD_COLUMNS} FROM records WHERE id = ?", (record_id,)).fetchone()  # noqa: S608 - fixed columns
        return None if row is None else self.sealer.record(row)

    def get(self, record_id: str, *, include_deleted: bool = False) -> Record:
        """The record with this id, or NotFound (also for a deleted one unless asked)."""
        try:
            canonical = str(uuid.UUID(record_id))
        except ValueError:
            raise NotFound(f"'{record_id[:40]}' is not a record id.") from None
        record = self.find(canonical)
        if record is None or (record.deleted and not include_deleted):
            raise NotFound(f"No record with id {canonical} in this vault.")
        return record

    def get_many(self, record_ids: Iterable[str]) -> list[Record]:
        return [self.get(record_id) for record_id in record_ids]

    def kind_of(self, record_id: str) -> str | None:
        row = self.db.execute("SELECT kind FROM records WHERE id = ? AND deleted = 0", (record_id,)).fetchone()
        return None if row is None else str(row[0])

    def stored_kind(self, record_id: str) -> str | None:
        """The kind of the record with this id, live or deleted."""
        row = self.db.execute("SELECT kind FROM records WHERE id = ?", (record_id,)).fetchone()
        return None if row is None else str(row[0])

    def iter_records(self, kind: str | None = None, *, include_deleted: bool = False) -> Iterator[Record]:
        rows = self.db.execute(
            f"""SELECT {RECORD_COLUMNS} FROM records
                WHERE (:kind IS NULL OR kind = :kind) AND (:all OR deleted = 0) ORDER BY id""",  # noqa: S608 - fixed columns
            {"kind": kind, "all": include_deleted},
        ).fetchall()
        for row in rows:
            yield self.sealer.record(row)

    def referencing(self, record_id: str, field_name: str | None = None) -> list[tuple[str, str, str | None]]:
        """(source id, field, role) of live records that point at `record_id`."""
        return references.referring(self.db, record_id, field_name)

    def was_shredded(self, record_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM shredded WHERE id = ?", (record_id,)).fetchone() is not None

    def kinds_of(self, record_ids: list[str]) -> dict[str, str]:
        """The kind of each live record among these ids (absent ones are left out)."""
        found: dict[str, str] = {}
        for chunk in chunks(record_ids):
            rows = self.db.execute(f"SELECT id, kind FROM records WHERE deleted = 0 AND id IN ({marks(chunk)})", chunk)  # noqa: S608 - placeholders only
            found.update((r[0], r[1]) for r in rows.fetchall())
        return found

    def existing_ids(self, record_ids: list[str]) -> set[str]:
        """Which of these ids are stored (live or deleted)."""
        found: set[str] = set()
        for chunk in chunks(record_ids):
            rows = self.db.execute(f"SELECT id FROM records WHERE id IN ({marks(chunk)})", chunk)  # noqa: S608 - placeholders only
            found.update(r[0] for r in rows.fetchall())
        return found

    def load(self, record_id: str) -> tuple[Record, bytes, bytes] | None:
        """The record with its wrapped and unwrapped data key, for rewriting it."""
        row = self.db.execute(f"SELECT {RECORD_COLUMNS} FROM records WHERE id = ?", (record_id,)).fetchone()  # noqa: S608 - fixed columns
        if row is None:
            return None
        dek = self.sealer.unwrap(row[0], row[4])
        return self.sealer.open(row[0], row[1], row[2], dek, row[5], bool(row[3])), row[4], dek

    def keys_of(self, record_id: str) -> tuple[bytes, bytes]:
        """(wrapped, unwrapped) data key of a stored record."""
        wrapped = self.db.execute("SELECT dek FROM records WHERE id = ?", (record_id,)).fetchone()[0]
        return wrapped, self.sealer.unwrap(record_id, wrapped)
