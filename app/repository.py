"""Reading and writing records: sealing, history, references, status, index.

Each record has its own data key (DEK), wrapped under the vault's KEK; its body
is sealed under the DEK with associated data binding id, kind and version, and
every earlier version is kept in `history`, sealed under the same DEK, so that
destroying one DEK destroys the record and its whole past.
"""

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import uuid6

from app import schema
from app.errors import IntegrityError, NotFound, ValidationError
from app.hlc import HybridClock
from app.records import DELETED, Record
from app.search import SearchIndex, normalise
from app.status import derive_status, effective_status
from app.store import Store
from crypto.aead import Sealer
from crypto.errors import AuthenticationFailed
from crypto.vault_keys import RecordCipher, body_ad


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_id() -> str:
    """A UUIDv7: time-ordered, so new records cluster at the end of the index."""
    return str(uuid6.uuid7())


@dataclass
class Change:
    """A request to create or update one record; a None field value removes the field."""

    kind: str
    fields: dict[str, Any]
    id: str | None = None
    where: str = ""


@dataclass(frozen=True)
class Summary:
    """What a list shows without decrypting a body."""

    id: str
    kind: str
    display_name: str
    status: str | None
    updated: str
    review: bool


@dataclass(frozen=True)
class HistoryEntry:
    """One version of a record, with what was done and which fields changed."""

    version: str
    at: str
    action: str
    note: str | None
    record: Record
    changed: list[str] = field(default_factory=list)


class Repository:
    """All record reads and writes of one open vault."""

    def __init__(self, store: Store, kek: bytes) -> None:
        self.store = store
        self.cipher = RecordCipher(kek)
        self.index = SearchIndex(store)
        device = store.get_meta("device")
        if device is None:
            device = uuid.uuid4().hex[:12]
            with store.transaction():
                store.set_meta("device", device)
        self.clock = HybridClock(device, store.get_meta("clock"))

    # -- reading -------------------------------------------------------------

    def _open_body(self, record_id: str, kind: str, version: str, dek: bytes, body: bytes) -> bytes:
        try:
            return Sealer(dek).open(body, body_ad(record_id, kind, version))
        except AuthenticationFailed:
            raise IntegrityError("A record failed its integrity check (the vault was damaged or tampered with); "
                                 "restore the vault from a backup.") from None

    def _unwrap(self, record_id: str, wrapped: bytes) -> bytes:
        try:
            return self.cipher.unwrap_dek(record_id, wrapped)
        except AuthenticationFailed:
            raise IntegrityError("A record's key failed its integrity check (the vault was damaged or tampered "
                                 "with); restore the vault from a backup.") from None

    def _from_row(self, row: Any) -> Record:
        record_id, kind, version, review, wrapped, body = row
        plain = self._open_body(record_id, kind, version, self._unwrap(record_id, wrapped), body)
        return Record.from_body(plain, review=bool(review))

    def find(self, record_id: str) -> Record | None:
        row = self.store.execute(
            "SELECT id, kind, version, review, dek, body FROM records WHERE id = ?", (record_id,)
        ).fetchone()
        return None if row is None else self._from_row(row)

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
        row = self.store.execute("SELECT kind FROM records WHERE id = ? AND deleted = 0", (record_id,)).fetchone()
        return None if row is None else str(row[0])

    def summaries(self, kind: str | None = None, *, offset: int = 0, limit: int = -1) -> list[Summary]:
        """Live records in name order, a window at a time (lazy lists ask for pages)."""
        rows = self.store.execute(
            """SELECT id, kind, display_name, status, updated, review FROM records
               WHERE deleted = 0 AND (:kind IS NULL OR kind = :kind)
               ORDER BY sort_name, id LIMIT :limit OFFSET :offset""",
            {"kind": kind, "limit": limit, "offset": offset},
        ).fetchall()
        return [Summary(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]

    def count(self, kind: str | None = None) -> int:
        row = self.store.execute(
            "SELECT count(*) FROM records WHERE deleted = 0 AND (:kind IS NULL OR kind = :kind)", {"kind": kind}
        ).fetchone()
        return int(row[0])

    def iter_records(self, kind: str | None = None, *, include_deleted: bool = False) -> Iterator[Record]:
        rows = self.store.execute(
            """SELECT id, kind, version, review, dek, body FROM records
               WHERE (:kind IS NULL OR kind = :kind) AND (:all OR deleted = 0) ORDER BY id""",
            {"kind": kind, "all": include_deleted},
        ).fetchall()
        for row in rows:
            yield self._from_row(row)

    def referencing(self, record_id: str, field_name: str | None = None) -> list[tuple[str, str, str | None]]:
        """(source id, field, role) of live records that point at `record_id`."""
        rows = self.store.execute(
            "SELECT src, field, role FROM refs WHERE dst = :dst AND (:f IS NULL OR field = :f)",
            {"dst": record_id, "f": field_name},
        )
        return [(r[0], r[1], r[2]) for r in rows.fetchall()]

    def history(self, record_id: str) -> list[HistoryEntry]:
        """Every version of a record, oldest first, the current one last."""
        current = self.get(record_id, include_deleted=True)
        row = self.store.execute("SELECT dek, updated, action, note FROM records WHERE id = ?", (current.id,)).fetchone()
        dek = self._unwrap(current.id, row[0])
        entries: list[HistoryEntry] = []
        past = self.store.execute(
            "SELECT version, at, action, note, body FROM history WHERE record_id = ? ORDER BY seq", (current.id,)
        ).fetchall()
        versions = [
            (Record.from_body(self._open_body(current.id, current.kind, v, dek, body)), at, action, note)
            for v, at, action, note, body in past
        ] + [(current, row[1], row[2], row[3])]
        previous: Record | None = None
        for record, at, action, note in versions:
            changed = sorted(k for k, v in record.clock.items() if previous is None or previous.clock.get(k) != v)
            entries.append(HistoryEntry(record.version, at, action, note, record, changed))
            previous = record
        return entries

    # -- writing -------------------------------------------------------------

    def apply(self, changes: list[Change], *, action: str = "update", note: str | None = None) -> list[Record]:
        """Validate every change, then write them all in one transaction, or none.

        Returns the records in the order of `changes`. A change that alters
        nothing writes nothing.
        """
        planned, affected = self._plan(changes)
        with self.store.transaction():
            for record, is_new, dirty in planned:
                if dirty:
                    self._write(record, "create" if is_new else action, note, is_new)
                    affected |= self.people_affected_by(record)
            self._refresh_status(affected)
            self.store.set_meta("clock", self.clock.last)
        return [record for record, _, _ in planned]

    def _plan(self, changes: list[Change]) -> tuple[list[tuple[Record, bool, bool]], set[str]]:
        """Validated records to write, and the persons their previous versions affected."""
        affected: set[str] = set()
        batch_kinds: dict[str, str] = {}
        for change in changes:
            if change.id is not None:
                batch_kinds[change.id] = change.kind
        planned: list[tuple[Record, bool, bool]] = []
        for change in changes:
            try:
                record, is_new, dirty = self._prepare(change, affected)
                self._check_references(record, batch_kinds)
            except schema.FieldError as exc:
                raise ValidationError(f"{change.where}: {exc}" if change.where else str(exc)) from None
            batch_kinds[record.id] = record.kind
            planned.append((record, is_new, dirty))
        return planned, affected

    def _prepare(self, change: Change, affected: set[str]) -> tuple[Record, bool, bool]:
        fields = schema.validate_fields(change.kind, change.fields)
        existing = self.find(change.id) if change.id else None
        if existing is not None:
            affected |= self.people_affected_by(existing)
        if existing is not None and existing.kind != change.kind:
            raise schema.FieldError("kind", f"'{change.kind}' does not match the record's kind '{existing.kind}'")
        if existing is not None and existing.deleted:
            raise schema.FieldError("id", "names a deleted record; restore it from its history first")
        version = self.clock.now()
        now = utc_now()
        if existing is None:
            record = Record(change.id or new_id(), change.kind, now, now, version)
            is_new = True
        else:
            record = existing
            is_new = False
        dirty = is_new
        for key, value in fields.items():
            if record.fields.get(key) == value:
                continue
            if value is None:
                record.fields.pop(key, None)
            else:
                record.fields[key] = value
            record.stamp(key, version)
            dirty = True
        schema.check_complete(record.kind, record.fields)
        if dirty:
            record.version = version
            record.updated = now
        return record, is_new, dirty

    def _check_references(self, record: Record, batch_kinds: dict[str, str]) -> None:
        allowed = schema.REFERENCES.get(record.kind, {})
        kept = {r[0] for r in self.store.execute("SELECT dst FROM refs WHERE src = ?", (record.id,)).fetchall()}
        for field_name, target in schema.referenced_ids(record.kind, record.fields):
            kind = batch_kinds.get(target) or self.kind_of(target)
            if kind is None and target in kept:
                continue  # a reference that came in a bundle to a record not shared with us: keep it
            if kind is None:
                raise schema.FieldError(field_name, f"refers to {target}, which is not in this vault")
            if kind not in allowed[field_name]:
                raise schema.FieldError(field_name, f"refers to a {kind}, but must refer to a {' or '.join(allowed[field_name])}")

    def write_record(self, record: Record, action: str, note: str | None = None) -> None:
        """Store a fully formed record (used by merge and restore) inside a transaction."""
        is_new = self.store.execute("SELECT 1 FROM records WHERE id = ?", (record.id,)).fetchone() is None
        self.clock.observe(record.version)
        self._write(record, action, note, is_new)

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
        self._refresh_status(affected)
        self.store.set_meta("clock", self.clock.last)

    def _write(self, record: Record, action: str, note: str | None, is_new: bool) -> None:
        conn = self.store.conn
        if is_new:
            dek, wrapped = self.cipher.new_wrapped_dek(record.id)
        else:
            wrapped = conn.execute("SELECT dek FROM records WHERE id = ?", (record.id,)).fetchone()[0]
            dek = self._unwrap(record.id, wrapped)
            conn.execute(
                """INSERT INTO history(record_id, version, at, action, note, body)
                   SELECT id, version, updated, action, note, body FROM records WHERE id = ?""",
                (record.id,),
            )
        sealed = Sealer(dek).seal(record.body(), body_ad(record.id, record.kind, record.version))
        display = record.display_name
        conn.execute(
            """INSERT INTO records(id, kind, created, updated, version, deleted, review, display_name, sort_name,
                                   status, action, note, dek, body)
               VALUES(:id, :kind, :created, :updated, :version, :deleted, :review, :display, :sort,
                      :status, :action, :note, :dek, :body)
               ON CONFLICT(id) DO UPDATE SET updated = :updated, version = :version, deleted = :deleted,
                   review = :review, display_name = :display, sort_name = :sort, action = :action, note = :note,
                   body = :body""",
            {
                "id": record.id, "kind": record.kind, "created": record.created, "updated": record.updated,
                "version": record.version, "deleted": record.deleted, "review": record.review,
                "display": display, "sort": normalise(display), "status": None,
                "action": action, "note": note, "dek": wrapped, "body": sealed,
            },
        )
        conn.execute("DELETE FROM refs WHERE src = ?", (record.id,))
        if not record.deleted:
            conn.executemany(
                "INSERT INTO refs(src, dst, field, role) VALUES(?, ?, ?, ?)",
                _reference_rows(record),
            )
        self.index.update(record)

    def delete(self, record_id: str) -> Record:
        """Leave a tombstone: every field removed at a new version, history kept."""
        record = self.get(record_id)
        affected = self.people_affected_by(record)
        version = self.clock.now()
        for key in record.fields:
            record.stamp(key, version)
        record.fields = {}
        record.stamp(DELETED, version)
        record.deleted = True
        record.version = version
        record.updated = utc_now()
        with self.store.transaction():
            self._write(record, "delete", None, False)
            self._refresh_status(affected)
            self.store.set_meta("clock", self.clock.last)
        return record

    def restore(self, record_id: str, version: str) -> Record:
        """Bring back the fields of an earlier version, as a new version."""
        entries = self.history(record_id)
        target = next((e.record for e in entries if e.version == version), None)
        if target is None:
            raise NotFound(f"Record {record_id} has no version {version}.")
        current = entries[-1].record
        affected = self.people_affected_by(current) | self.people_affected_by(target)
        new_version = self.clock.now()
        for key in set(current.fields) | set(target.fields):
            if current.fields.get(key) != target.fields.get(key):
                current.stamp(key, new_version)
        current.fields = dict(target.fields)
        current.deleted = False
        current.stamp(DELETED, new_version)  # a restore outranks the deletion when bundles merge
        current.version = new_version
        current.updated = utc_now()
        with self.store.transaction():
            self._write(current, "restore", f"restored version {version}", False)
            self._refresh_status(affected)
            self.store.set_meta("clock", self.clock.last)
        return current

    # -- derived status ------------------------------------------------------

    def people_affected_by(self, record: Record) -> set[str]:
        """Persons whose derived status can depend on this version of `record`."""
        people: set[str] = set()
        if record.kind == "person":
            people.add(record.id)
        elif record.kind == "case":
            people.update(p["person"] for p in record.fields.get("people", []) if p["role"] == "defender")
        elif record.kind == "event" and record.fields.get("case"):
            if record.fields.get("person"):
                people.add(record.fields["person"])
            people.update(self._defenders(record.fields["case"]))
        return people

    def _refresh_status(self, people: set[str]) -> None:
        """Recompute the stored status of these persons (inside the writing transaction)."""
        for person_id in people:
            self.store.conn.execute(
                "UPDATE records SET status = ? WHERE id = ? AND kind = 'person'",
                (self._status_of(person_id), person_id),
            )

    def _defenders(self, case_id: str) -> list[str]:
        rows = self.store.conn.execute(
            "SELECT dst FROM refs WHERE src = ? AND field = 'people' AND role = 'defender'", (case_id,)
        )
        return [r[0] for r in rows.fetchall()]

    def events_of_person(self, person_id: str) -> list[Record]:
        """Live events about a person: in cases where they are the defender, or naming them."""
        rows = self.store.conn.execute(
            """SELECT e.src FROM refs c JOIN refs e ON e.dst = c.src AND e.field = 'case'
               WHERE c.dst = ? AND c.field = 'people' AND c.role = 'defender'
               UNION SELECT src FROM refs WHERE dst = ? AND field = 'person'""",
            (person_id, person_id),
        ).fetchall()
        events = [self.find(r[0]) for r in rows]
        return [e for e in events if e is not None and not e.deleted and e.kind == "event"
                and e.fields.get("person") in (None, person_id)]

    def _status_of(self, person_id: str) -> str | None:
        person = self.find(person_id)
        if person is None or person.deleted:
            return None
        return effective_status(person.fields, derive_status(e.fields for e in self.events_of_person(person_id)))

    def close(self) -> None:
        self.cipher = RecordCipher(b"\0" * 32)


def _reference_rows(record: Record) -> list[tuple[str, str, str, str | None]]:
    rows: list[tuple[str, str, str, str | None]] = []
    if record.kind == "case":
        rows.extend((record.id, p["person"], "people", p["role"]) for p in record.fields.get("people", []))
    else:
        rows.extend((record.id, target, f, None) for f, target in schema.referenced_ids(record.kind, record.fields))
    return rows
