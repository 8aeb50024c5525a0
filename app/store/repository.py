"""All record reads and writes of one open vault.

Reads come from the parts it is made of (reading, lists, history, derived
status). A write is planned and validated in full first (app/store/planning.py),
then written in one transaction (app/store/writing.py) with the persons' derived
status, the search index and the activity log kept in step inside it: all of it
lands, or none.
"""

from collections.abc import Mapping
from typing import Any, Protocol

from app.collector import collector_paused
from app.database import Database
from app.database.in_lists import marks
from app.errors import BadInput, NotFound
from app.records import schema
from app.records.change import Change, utc_now
from app.records.clock import HybridClock, new_device
from app.records.record import DELETED, Record
from app.search import SearchIndex, entries_of
from app.search.index import INDEX_CURRENT, INDEX_STATE
from app.search.terms import INDEXED_KINDS
from app.store import notes, references, resealing
from app.store.derived_status import DerivedStatus
from app.store.history import HistoryReader
from app.store.lists import ListQueries
from app.store.planning import BatchPlan, check_references, look_up, plan_batch, writable
from app.store.sealing import RECORD_COLUMNS, RecordSealer
from app.store.writing import Item, Prepared, Stored, prepare, stored, write

# A write of more records than this is logged by its count: a bulk import's ids would fill the log and say nothing.
LOGGED_IDS = 100


class Journal(Protocol):
    """Where writes are noted (the vault's activity log): ids, kinds and counts, inside the writing transaction."""

    def append(self, event: str, detail: Mapping[str, Any] | None = None) -> object: ...


class Repository(ListQueries, HistoryReader, DerivedStatus):
    """All record reads and writes of one open vault."""

    def __init__(self, db: Database, kek: bytes, journal: Journal | None = None) -> None:
        self.db = db
        self.sealer = RecordSealer(kek)
        self.journal = journal
        self.index = SearchIndex(db)
        device = db.get_meta("device")
        if device is None:
            device = new_device()
            with db.transaction():
                db.set_meta("device", device)
        self.clock = HybridClock(device, db.get_meta("clock"))
        resealing.reseal_pending(db, self.sealer)
        if db.get_meta(INDEX_STATE) != INDEX_CURRENT:
            self.reindex()

    # -- writing -------------------------------------------------------------

    def apply(self, changes: list[Change], *, action: str = "update", note: str | None = None) -> list[Record]:
        """Validate every change, then write them all in one transaction, or none.

        Returns the records in the order of `changes`. A change that alters
        nothing writes nothing. Several changes to one id in a batch apply in
        order to the same record. A bulk import calls this once per batch of a
        few thousand records: each table is written with one statement per batch.
        """
        with collector_paused(), self.db.transaction():
            plan = plan_batch(changes, look_up(self, changes), self.clock, {})
            check_references(self, plan)
            items = writable(plan, action)
            self.write_planned(plan, prepare(self.sealer, items, note, plan.keys))
        return plan.in_order

    def write_planned(self, plan: BatchPlan, prepared: Prepared) -> None:
        """Write a planned, prepared batch with what follows from it: derived statuses, the clock, the log."""
        affected = plan.affected | references.defenders_of(self.db, plan.cases)  # before the batch's references change
        write(self.db, self.index, prepared)
        self.refresh_status(affected | self.people_affected_by_all(r for r, _, _ in prepared.items), plan.records)
        self.db.set_meta("clock", self.clock.last)
        logged: dict[str, list[str]] = {}
        for record, _, event in prepared.items:
            logged.setdefault(event, []).append(record.id)
        for event, ids in logged.items():
            self._log(event, {"ids": ids} if len(ids) <= LOGGED_IDS else {"count": len(ids)})

    def _write(self, items: list[Item], note: str | None, previous: dict[str, Stored]) -> None:
        write(self.db, self.index, prepare(self.sealer, items, note, previous))

    def _stored(self, record: Record) -> dict[str, Stored]:
        """The keys and references of a stored record about to be written again (before it changes)."""
        return {record.id: stored(record, *self.keys_of(record.id))}

    def write_record(self, record: Record, action: str, note: str | None = None) -> None:
        """Store a fully formed record (used by merge and restore) inside a transaction."""
        loaded = self.load(record.id)
        self.clock.observe(record.version)
        previous = {} if loaded is None else {record.id: stored(*loaded)}
        self._write([(record, loaded is None, action)], note, previous)

    def write_merged(self, records: list[Record], note: str) -> None:
        """Write records a bundle import produced, inside the caller's transaction.

        Each becomes a new version with action "import" and `note` (who sent it,
        when), the previous version kept in history; derived statuses follow.
        """
        affected: set[str] = set()
        for record in records:
            previous = self.find(record.id)
            if previous is not None:
                affected |= self.people_affected_by(previous)
            self.write_record(record, "import", note)
        for record in records:
            affected |= self.people_affected_by(record)
        self.refresh_status(affected)
        self.db.set_meta("clock", self.clock.last)

    def delete(self, record_id: str) -> Record:
        """Leave a tombstone: every field removed at a new version, history kept."""
        record = self.get(record_id)
        affected = self.people_affected_by(record)
        previous = self._stored(record)
        version = self.clock.now()
        for key in record.fields:
            record.stamp(key, version)
        record.fields = {}
        record.stamp(DELETED, version)
        record.deleted = True
        record.version = version
        record.updated = utc_now()
        with self.db.transaction():
            self._write([(record, False, "delete")], None, previous)
            self.refresh_status(affected)
            self.db.set_meta("clock", self.clock.last)
            self._log("delete", {"id": record.id, "kind": record.kind})
        return record

    def shred(self, record_id: str) -> str:
        """Destroy a record beyond recovery and return its kind.

        Its wrapped data key, body, every earlier version, its index entries,
        references, attachments and their chunks, and the write notes no other
        record uses go in one transaction; with `secure_delete` the freed space
        is zeroed, and the WAL is then folded into the database and truncated,
        so no vault file keeps any of it. The
        log records only that a record of this kind was shredded. Refused while
        another live record refers to it (shred or edit that one first). Its id
        is kept, so that a bundle cannot bring the record back (`was_shredded`).
        """
        record = self.get(record_id, include_deleted=True)
        referrers = sorted({src for src, _, _ in self.referencing(record.id) if src != record.id})
        if referrers:
            shown = ", ".join(referrers[:3]) + (", ..." if len(referrers) > 3 else "")
            raise BadInput(f"{len(referrers)} other record(s) refer to this one ({shown}); shred them or remove "
                           "the reference first. Nothing was shredded.")
        affected = self.people_affected_by(record) - {record.id}
        versions = [record, *(entry.record for entry in self.history(record.id))]
        with self.db.transaction():
            self.index.remove(versions)
            self.db.execute("DELETE FROM attachment_chunks WHERE attachment_id IN "
                            "(SELECT id FROM attachments WHERE record_id = ?)", (record.id,))
            references.replace(self.db, references.rows_of(record), [])
            used = notes.of_record(self.db, record.id)
            for table, column in (("attachments", "record_id"), ("history", "record_id"), ("records", "id")):
                self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (record.id,))  # noqa: S608 - fixed names
            notes.release(self.db, used)
            self.db.execute("INSERT OR IGNORE INTO shredded(id) VALUES(?)", (record.id,))
            self.refresh_status(affected)
            self._log("shred", {"kind": record.kind})
        self.db.checkpoint()
        return record.kind

    def restore(self, record_id: str, version: str) -> Record:
        """Bring back the fields of an earlier version, as a new version."""
        entries = self.history(record_id)
        target = next((e.record for e in entries if e.version == version), None)
        if target is None:
            raise NotFound(f"Record {record_id} has no version {version}.")
        current = entries[-1].record
        affected = self.people_affected_by(current) | self.people_affected_by(target)
        previous = self._stored(current)
        new_version = self.clock.now()
        for key in set(current.fields) | set(target.fields):
            if current.fields.get(key) != target.fields.get(key):
                current.stamp(key, new_version)
        current.fields = dict(target.fields)
        current.deleted = False
        current.stamp(DELETED, new_version)  # a restore outranks the deletion when bundles merge
        current.version = new_version
        current.updated = utc_now()
        with self.db.transaction():
            self._write([(current, False, "restore")], f"restored version {version}", previous)
            self.refresh_status(affected)
            self.db.set_meta("clock", self.clock.last)
            self._log("restore", {"id": current.id, "version": version})
        return current

    def _log(self, event: str, detail: dict[str, Any]) -> None:
        if self.journal is not None:
            self.journal.append(event, detail)

    # -- the search index ----------------------------------------------------

    def reindex(self) -> int:
        """Rebuild the search index from the records, in one transaction; returns how many were indexed."""
        count = 0
        with self.db.transaction():
            self.index.clear()
            # One pass over the records, read as the writes go: paging by id made each page
            # fetch every remaining row of the kind again (minutes at 100,000 people).
            kinds = sorted(INDEXED_KINDS)
            for page in self.db.pages(
                f"""SELECT {RECORD_COLUMNS}, status FROM records
                    WHERE kind IN ({marks(kinds)}) AND deleted = 0""",  # noqa: S608 - placeholders only
                kinds,
            ):
                self.index.update(entries_of([self.sealer.record(row[:7]) for row in page]), known_new=True)
                self.index.set_held([(row[0], row[7]) for row in page if row[1] == "person"])
                count += len(page)
            self.db.set_meta(INDEX_STATE, INDEX_CURRENT)
        return count

    def rebuild_references(self) -> None:
        """Make `refs` again from the records' bodies, in one transaction (when `casebook check` found it out of step)."""
        with self.db.transaction():
            rows = self.db.pages(f"SELECT {RECORD_COLUMNS} FROM records WHERE deleted = 0")  # noqa: S608 - fixed columns
            references.rebuild(self.db, (self.sealer.record(row) for page in rows for row in page))

    def close(self) -> None:
        """Drop the KEK and the dates remembered while validating (record data, gone on lock)."""
        self.sealer.forget()
        schema.forget_dates()
