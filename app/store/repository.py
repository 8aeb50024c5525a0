"""Reading and writing records: sealing, history, references, status, index.

Each record has its own data key (DEK), wrapped under the vault's KEK; its body
is sealed under the DEK with associated data binding id, kind and version, and
every earlier version is kept in `history`, sealed under the same DEK, so that
destroying one DEK destroys the record and its whole past.
"""

import contextlib
import gc
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.database import Database
from app.errors import BadInput, IntegrityError, NotFound, ValidationError
from app.records import schema
from app.records.change import Change, new_id, utc_now
from app.records.clock import HybridClock
from app.records.record import DELETED, Record
from app.records.status import derive_status, effective_status
from app.search import SearchIndex
from app.search.index import INDEX_CURRENT, INDEX_STATE
from app.search.sort import sort_name
from app.search.terms import INDEXED_KINDS
from crypto.aead import Sealer
from crypto.errors import AuthenticationFailed
from crypto.vault_keys import RecordCipher, body_ad

if TYPE_CHECKING:
    from app.vault.activity import ActivityLog


@dataclass(frozen=True)
class Summary:
    """What a list shows without decrypting a body."""

    id: str
    kind: str
    display_name: str
    status: str | None
    updated: str
    review: bool


# Sort orders of `Repository.page`: the columns of the matching index, last one unique.
PAGE_SORTS = {
    "name": ("sort_name", "id"),
    "updated": ("updated", "id"),
    "status": ("coalesce(status, '')", "sort_name", "id"),
}


@dataclass(frozen=True)
class Activity:
    """One write to a record, for the list of recent changes."""

    record_id: str
    kind: str
    display_name: str
    deleted: bool
    at: str
    version: str
    action: str


@dataclass(frozen=True)
class HistoryEntry:
    """One version of a record, with what was done and which fields changed."""

    version: str
    at: str
    action: str
    note: str | None
    record: Record
    changed: list[str] = field(default_factory=list)


@dataclass
class _Plan:
    """The validated outcome of a batch of changes, before anything is written."""

    now: str
    existing: set[str] = field(default_factory=set)
    records: dict[str, Record] = field(default_factory=dict)  # by id, the batch's final state
    is_new: dict[str, bool] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)
    in_order: list[Record] = field(default_factory=list)
    keys: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)  # (wrapped, dek) of records loaded
    affected: set[str] = field(default_factory=set)  # persons the previous versions touched

    def add(self, record: Record, *, is_new: bool, dirty: bool) -> None:
        self.records[record.id] = record
        self.is_new.setdefault(record.id, is_new)
        if dirty:
            self.dirty.add(record.id)
        self.in_order.append(record)

    def to_write(self) -> list[tuple[Record, bool]]:
        return [(r, self.is_new[i]) for i, r in self.records.items() if i in self.dirty]


class Repository:
    """All record reads and writes of one open vault."""

    def __init__(self, db: Database, kek: bytes, activity: "ActivityLog | None" = None) -> None:
        self.db = db
        self.cipher = RecordCipher(kek)
        self.activity = activity
        self.index = SearchIndex(db)
        device = db.get_meta("device")
        if device is None:
            device = uuid.uuid4().hex[:12]
            with db.transaction():
                db.set_meta("device", device)
        self.clock = HybridClock(device, db.get_meta("clock"))
        if db.get_meta(INDEX_STATE) != INDEX_CURRENT:
            self.reindex()

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
        row = self.db.execute(
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
        row = self.db.execute("SELECT kind FROM records WHERE id = ? AND deleted = 0", (record_id,)).fetchone()
        return None if row is None else str(row[0])

    def summaries(self, kind: str | None = None, *, offset: int = 0, limit: int = -1) -> list[Summary]:
        """Live records in name order, a window at a time (lazy lists ask for pages)."""
        rows = self.db.execute(
            """SELECT id, kind, display_name, status, updated, review FROM records
               WHERE deleted = 0 AND (:kind IS NULL OR kind = :kind)
               ORDER BY sort_name, id LIMIT :limit OFFSET :offset""",
            {"kind": kind, "limit": limit, "offset": offset},
        ).fetchall()
        return [Summary(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]

    def summary(self, record_id: str) -> Summary | None:
        """One live record's list line (a list refreshes the row of an edited record with it)."""
        row = self.db.execute(
            "SELECT id, kind, display_name, status, updated, review FROM records WHERE id = ? AND deleted = 0", (record_id,)
        ).fetchone()
        return None if row is None else Summary(row[0], row[1], row[2], row[3], row[4], bool(row[5]))

    def count(self, kind: str | None = None) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM records WHERE deleted = 0 AND (:kind IS NULL OR kind = :kind)", {"kind": kind}
        ).fetchone()
        return int(row[0])

    def page(self, kind: str, *, sort: str = "name", descending: bool = False, after: str | None = None,
             limit: int = 200) -> list[Summary]:
        """The next `limit` live records of `kind` after the record `after`, in `sort` order.

        Keyset paging: each page is an index range scan, so page 500 of a
        100,000-person list costs what page 1 costs (OFFSET would walk every row).
        """
        if sort not in PAGE_SORTS:
            raise ValueError(f"unknown sort {sort!r}")
        columns = PAGE_SORTS[sort]
        key = ", ".join(columns)
        direction, compare = ("DESC", "<") if descending else ("ASC", ">")
        order = ", ".join(f"{column} {direction}" for column in columns)
        where = f"AND ({key}) {compare} (SELECT {key} FROM records WHERE id = :after)" if after else ""  # noqa: S608
        rows = self.db.execute(
            f"""SELECT id, kind, display_name, status, updated, review FROM records
                WHERE kind = :kind AND deleted = 0 {where}
                ORDER BY {order} LIMIT :limit""",  # noqa: S608 - columns come from PAGE_SORTS only
            {"kind": kind, "after": after, "limit": limit},
        ).fetchall()
        return [Summary(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]

    def recent_changes(self, *, before: tuple[str, str] | None = None, limit: int = 200) -> list[Activity]:
        """Every write (create, update, delete, restore, import), newest first, a page at a time.

        `before` is the (time, version) of the last entry of the previous page.
        """
        at, version = before if before else ("\uffff", "")
        rows = self.db.execute(
            """SELECT c.record_id, r.kind, r.display_name, r.deleted, c.at, c.version, c.action FROM (
                   SELECT record_id, at, version, action FROM history WHERE (at, version) < (:at, :version)
                   UNION ALL
                   SELECT id, updated, version, action FROM records WHERE (updated, version) < (:at, :version)
                   ORDER BY 2 DESC, 3 DESC LIMIT :limit
               ) AS c JOIN records r ON r.id = c.record_id ORDER BY c.at DESC, c.version DESC""",
            {"at": at, "version": version, "limit": limit},
        ).fetchall()
        return [Activity(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6]) for r in rows]

    def iter_records(self, kind: str | None = None, *, include_deleted: bool = False) -> Iterator[Record]:
        rows = self.db.execute(
            """SELECT id, kind, version, review, dek, body FROM records
               WHERE (:kind IS NULL OR kind = :kind) AND (:all OR deleted = 0) ORDER BY id""",
            {"kind": kind, "all": include_deleted},
        ).fetchall()
        for row in rows:
            yield self._from_row(row)

    def referencing(self, record_id: str, field_name: str | None = None) -> list[tuple[str, str, str | None]]:
        """(source id, field, role) of live records that point at `record_id`."""
        rows = self.db.execute(
            "SELECT src, field, role FROM refs WHERE dst = :dst AND (:f IS NULL OR field = :f)",
            {"dst": record_id, "f": field_name},
        )
        return [(r[0], r[1], r[2]) for r in rows.fetchall()]

    def history(self, record_id: str) -> list[HistoryEntry]:
        """Every version of a record, oldest first, the current one last."""
        current = self.get(record_id, include_deleted=True)
        row = self.db.execute("SELECT dek, updated, action, note FROM records WHERE id = ?", (current.id,)).fetchone()
        dek = self._unwrap(current.id, row[0])
        entries: list[HistoryEntry] = []
        past = self.db.execute(
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
        nothing writes nothing. Several changes to one id in a batch apply in
        order to the same record. A bulk import calls this once per batch of a
        few thousand records: each table is written with one statement per batch.
        """
        with _collector_paused():
            return self._apply(changes, action, note)

    def _apply(self, changes: list[Change], action: str, note: str | None) -> list[Record]:
        plan = self._plan(changes)
        with self.db.transaction():
            items = [(record, is_new, "create" if is_new else action) for record, is_new in plan.to_write()]
            self._write_many(items, note, plan.keys)
            self._refresh_status(plan.affected | self.people_affected_by_all(r for r, _, _ in items), plan.records)
            self.db.set_meta("clock", self.clock.last)
            logged: dict[str, list[str]] = {}
            for record, _, event in items:
                logged.setdefault(event, []).append(record.id)
            for event, ids in logged.items():
                self._log(event, {"ids": ids})
        return plan.in_order

    def _plan(self, changes: list[Change]) -> "_Plan":
        """Validated records to write, and the persons their previous versions affected.

        Errors come in the order of `changes`, as if each change were checked in
        full before the next; the kinds of records referred to from outside the
        batch are looked up together, one query per few hundred.
        """
        plan = _Plan(now=utc_now())
        plan.existing = self._existing_ids([c.id for c in changes if c.id is not None])
        batch_kinds = {change.id: change.kind for change in changes if change.id is not None}
        prepared: list[tuple[Change, Record, list[tuple[str, str]]]] = []
        failure: ValidationError | None = None
        for change in changes:
            try:
                record = self._prepare(change, plan)
            except schema.FieldError as exc:
                failure = _invalid(change, exc)
                break
            prepared.append((change, record, schema.referenced_ids(record.kind, record.fields)))
        outside = sorted({target for _, _, refs in prepared for _, target in refs if target not in batch_kinds})
        stored_kinds = self._kinds_of(outside)
        for change, record, refs in prepared:
            try:
                self._check_references(record, refs, batch_kinds, stored_kinds)
            except schema.FieldError as exc:
                raise _invalid(change, exc) from None
            batch_kinds[record.id] = record.kind
        if failure is not None:
            raise failure
        return plan

    def _existing_ids(self, record_ids: list[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(record_ids):
            rows = self.db.execute(f"SELECT id FROM records WHERE id IN ({','.join('?' * len(chunk))})", chunk)  # noqa: S608 - placeholders and constants only
            found.update(r[0] for r in rows.fetchall())
        return found

    def _prepare(self, change: Change, plan: "_Plan") -> Record:
        fields = schema.validate_fields(change.kind, change.fields)
        record = plan.records.get(change.id) if change.id else None
        if record is None and change.id in plan.existing:
            loaded = self._load(change.id)
            if loaded is not None:
                record, plan.keys[change.id] = loaded[0], loaded[1:]
                plan.affected |= self.people_affected_by(record)
        if record is not None and record.kind != change.kind:
            raise schema.FieldError("kind", f"'{change.kind}' does not match the record's kind '{record.kind}'")
        if record is not None and record.deleted:
            raise schema.FieldError("id", "names a deleted record; restore it from its history first")
        version = self.clock.now()
        if record is None:
            # A new record: every field given is written at this version, and there is no earlier one to remember.
            values = {key: value for key, value in fields.items() if value is not None}
            record = Record(change.id or new_id(), change.kind, plan.now, plan.now, version, values,
                            dict.fromkeys(values, version))
            is_new = dirty = True
        else:
            is_new, dirty = False, _apply_fields(record, fields, version)
        schema.check_complete(record.kind, record.fields)
        if dirty:
            record.version = version
            record.updated = plan.now
        plan.add(record, is_new=is_new, dirty=dirty)
        return record

    def _kinds_of(self, record_ids: list[str]) -> dict[str, str]:
        """The kind of each live record among these ids (absent ones are left out)."""
        found: dict[str, str] = {}
        for chunk in _chunks(record_ids):
            rows = self.db.execute(
                f"SELECT id, kind FROM records WHERE deleted = 0 AND id IN ({','.join('?' * len(chunk))})", chunk  # noqa: S608 - placeholders and constants only
            )
            found.update((r[0], r[1]) for r in rows.fetchall())
        return found

    def _check_references(self, record: Record, refs: list[tuple[str, str]], batch_kinds: dict[str, str],
                          stored_kinds: dict[str, str]) -> None:
        """Each (field, target) of `record` names a record of an allowed kind, in the batch or in the vault."""
        allowed = schema.REFERENCES.get(record.kind, {})
        kept: set[str] | None = None
        for field_name, target in refs:
            kind = batch_kinds.get(target) or stored_kinds.get(target)
            if kind is None:
                if kept is None:
                    kept = {r[0] for r in self.db.execute("SELECT dst FROM refs WHERE src = ?", (record.id,)).fetchall()}
                if target in kept:
                    continue  # a reference that came in a bundle to a record not shared with us: keep it
                raise schema.FieldError(field_name, f"refers to {target}, which is not in this vault")
            if kind not in allowed[field_name]:
                raise schema.FieldError(field_name, f"refers to a {kind}, but must refer to a {' or '.join(allowed[field_name])}")

    def _load(self, record_id: str) -> tuple[Record, bytes, bytes] | None:
        """The record with its wrapped and unwrapped data key, for rewriting it."""
        row = self.db.execute(
            "SELECT id, kind, version, review, dek, body FROM records WHERE id = ?", (record_id,)
        ).fetchone()
        if row is None:
            return None
        dek = self._unwrap(row[0], row[4])
        plain = self._open_body(row[0], row[1], row[2], dek, row[5])
        return Record.from_body(plain, review=bool(row[3])), row[4], dek

    def _keys_of(self, record_id: str) -> tuple[bytes, bytes]:
        """(wrapped, unwrapped) data key of a stored record."""
        wrapped = self.db.execute("SELECT dek FROM records WHERE id = ?", (record_id,)).fetchone()[0]
        return wrapped, self._unwrap(record_id, wrapped)

    def write_record(self, record: Record, action: str, note: str | None = None) -> None:
        """Store a fully formed record (used by merge and restore) inside a transaction."""
        loaded = self._load(record.id)
        self.clock.observe(record.version)
        keys = {} if loaded is None else {record.id: loaded[1:]}
        self._write_many([(record, loaded is None, action)], note, keys)

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
        self.db.set_meta("clock", self.clock.last)

    def _write_many(self, items: list[tuple[Record, bool, str]], note: str | None,
                    keys: dict[str, tuple[bytes, bytes]]) -> None:
        """Seal and db records (new ones with a fresh data key), their history, references and index entries."""
        if not items:
            return
        old = [(record.id,) for record, is_new, _ in items if not is_new]
        self.db.executemany(
            """INSERT INTO history(record_id, version, at, action, note, body)
               SELECT id, version, updated, action, note, body FROM records WHERE id = ?""",
            old,
        )
        self.db.executemany("DELETE FROM refs WHERE src = ?", old)
        rows: list[tuple[Any, ...]] = []
        refs: list[tuple[str, str, str, str | None]] = []
        for record, is_new, action in items:
            if is_new:
                dek, wrapped = self.cipher.new_wrapped_dek(record.id)
            else:
                wrapped, dek = keys[record.id]
            display = record.display_name
            sealed = Sealer(dek).seal(record.body(), body_ad(record.id, record.kind, record.version))
            rows.append((record.id, record.kind, record.created, record.updated, record.version, record.deleted,
                         record.review, display, sort_name(display), action, note, wrapped, sealed))
            if not record.deleted:
                refs.extend(_reference_rows(record))
        # In the order of the indexes that take these rows at scattered places (kind and name; referenced
        # id): each index page is then read, changed and written once per batch rather than once per row
        # once the vault outgrows the page cache (on 10,000 people with an 8 MiB cache: 195 → 273 people/s).
        rows.sort(key=lambda row: (row[1], row[5], row[8], row[0]))
        refs.sort(key=lambda ref: (ref[1], ref[2]))  # stable: one target's references keep their order
        self.db.executemany(
            """INSERT INTO records(id, kind, created, updated, version, deleted, review, display_name, sort_name,
                                   action, note, dek, body)
               VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET updated = excluded.updated, version = excluded.version,
                   deleted = excluded.deleted, review = excluded.review, display_name = excluded.display_name,
                   sort_name = excluded.sort_name, action = excluded.action, note = excluded.note, body = excluded.body""",
            rows,
        )
        self.db.executemany("INSERT INTO refs(src, dst, field, role) VALUES(?, ?, ?, ?)", refs)
        self.index.update([record for record, _, _ in items], known_new=not old)

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
        with self.db.transaction():
            self._write_many([(record, False, "delete")], None, {record.id: self._keys_of(record.id)})
            self._refresh_status(affected)
            self.db.set_meta("clock", self.clock.last)
            self._log("delete", {"id": record.id, "kind": record.kind})
        return record

    def shred(self, record_id: str) -> str:
        """Destroy a record beyond recovery and return its kind.

        Its wrapped data key, body, every earlier version, its index entries,
        references, attachments and their chunks go in one transaction; with
        `secure_delete` the freed space is zeroed, and the WAL is then folded
        into the database and truncated, so no vault file keeps any of it. The
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
            for table, column in (("attachments", "record_id"), ("history", "record_id"), ("refs", "src"), ("records", "id")):
                self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (record.id,))  # noqa: S608 - fixed names
            self.db.execute("INSERT OR IGNORE INTO shredded(id) VALUES(?)", (record.id,))
            self._refresh_status(affected)
            self._log("shred", {"kind": record.kind})
        self.db.checkpoint()
        return record.kind

    def was_shredded(self, record_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM shredded WHERE id = ?", (record_id,)).fetchone() is not None

    def _log(self, event: str, detail: dict[str, Any]) -> None:
        if self.activity is not None:
            self.activity.append(event, detail)

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
        with self.db.transaction():
            self._write_many([(current, False, "restore")], f"restored version {version}", {current.id: self._keys_of(current.id)})
            self._refresh_status(affected)
            self.db.set_meta("clock", self.clock.last)
            self._log("restore", {"id": current.id, "version": version})
        return current

    # -- derived status ------------------------------------------------------

    def people_affected_by(self, record: Record) -> set[str]:
        """Persons whose derived status can depend on this version of `record`."""
        return self.people_affected_by_all([record])

    def people_affected_by_all(self, records: Iterable[Record]) -> set[str]:
        """Persons whose derived status can depend on these records (one query for all their cases)."""
        people: set[str] = set()
        cases: set[str] = set()
        for record in records:
            if record.kind == "person":
                people.add(record.id)
            elif record.kind == "case":
                people.update(p["person"] for p in record.fields.get("people", []) if p["role"] == "defender")
            elif record.kind == "event" and record.fields.get("case"):
                if record.fields.get("person"):
                    people.add(record.fields["person"])
                cases.add(record.fields["case"])
        for chunk in _chunks(sorted(cases)):
            rows = self.db.execute(
                f"""SELECT dst FROM refs WHERE src IN ({','.join('?' * len(chunk))})
                    AND field = 'people' AND role = 'defender'""",  # noqa: S608 - placeholders and constants only
                chunk,
            )
            people.update(r[0] for r in rows.fetchall())
        return people

    def _event_ids(self, person_ids: list[str]) -> dict[str, set[str]]:
        """Ids of events about each person: in cases where they are the defender, or naming them."""
        found: dict[str, set[str]] = {}
        for chunk in _chunks(person_ids):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"""SELECT c.dst, e.src FROM refs c JOIN refs e ON e.dst = c.src AND e.field = 'case'
                    WHERE c.dst IN ({marks}) AND c.field = 'people' AND c.role = 'defender'
                    UNION SELECT dst, src FROM refs WHERE dst IN ({marks}) AND field = 'person'""",  # noqa: S608 - placeholders and constants only
                [*chunk, *chunk],
            )
            for person_id, event_id in rows.fetchall():
                found.setdefault(person_id, set()).add(event_id)
        return found

    def _live_events(self, person_id: str, event_ids: Iterable[str], batch: dict[str, Record]) -> list[Record]:
        events = [batch.get(i) or self.find(i) for i in event_ids]
        return [e for e in events if e is not None and not e.deleted and e.kind == "event"
                and e.fields.get("person") in (None, person_id)]

    def events_of_person(self, person_id: str) -> list[Record]:
        """Live events about a person: in cases where they are the defender, or naming them."""
        return self._live_events(person_id, sorted(self._event_ids([person_id]).get(person_id, ())), {})

    def _refresh_status(self, people: set[str], batch: dict[str, Record] | None = None) -> None:
        """Recompute the stored status of these persons (inside the writing transaction).

        Records of the batch just written are taken from memory, not decrypted again.
        """
        batch = batch or {}
        ids = sorted(people)
        events = self._event_ids(ids)
        statuses: list[tuple[str, str | None]] = []
        for person_id in ids:
            person = batch.get(person_id) or self.find(person_id)
            status = None
            if person is not None and not person.deleted and person.kind == "person":
                found = self._live_events(person_id, events.get(person_id, ()), batch)
                status = effective_status(person.fields, derive_status(e.fields for e in found))
            statuses.append((person_id, status))
        # A row whose status stays as it was is not rewritten (nor its entry in the status index).
        self.db.executemany("UPDATE records SET status = ?1 WHERE id = ?2 AND kind = 'person' AND status IS NOT ?1",
                                    [(status, person_id) for person_id, status in statuses])
        self.index.set_held(statuses)

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
                f"""SELECT id, kind, version, review, dek, body, status FROM records
                    WHERE kind IN ({','.join('?' * len(kinds))}) AND deleted = 0""",  # noqa: S608 - placeholders only
                kinds,
            ):
                self.index.update([self._from_row(row[:6]) for row in page], known_new=True)
                self.index.set_held([(row[0], row[6]) for row in page if row[1] == "person"])
                count += len(page)
            self.db.set_meta(INDEX_STATE, INDEX_CURRENT)
        return count

    def close(self) -> None:
        self.cipher = RecordCipher(b"\0" * 32)
        schema.forget_dates()


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic collector off while a batch is validated and written, back on after.

    A batch of a bulk import holds a few hundred thousand new objects, none of them
    garbage until it is written; the automatic collector would walk them all again
    and again (about a tenth of the adding time of `casebook bench`). Left as it was when the
    caller had switched it off (the desktop collects on its GUI thread instead).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _apply_fields(record: Record, fields: dict[str, Any], version: str) -> bool:
    """Set (or, for None, remove) each field that differs, stamped with `version`; True if any did."""
    changed = False
    for key, value in fields.items():
        if record.fields.get(key) == value:
            continue
        if value is None:
            record.fields.pop(key, None)
        else:
            record.fields[key] = value
        record.stamp(key, version)
        changed = True
    return changed


def _invalid(change: Change, exc: schema.FieldError) -> ValidationError:
    """The error of a change that failed validation, naming where the change came from."""
    return ValidationError(f"{change.where}: {exc}" if change.where else str(exc), field=exc.path, reason=exc.reason)


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _reference_rows(record: Record) -> list[tuple[str, str, str, str | None]]:
    rows: list[tuple[str, str, str, str | None]] = []
    if record.kind == "case":
        rows.extend((record.id, p["person"], "people", p["role"]) for p in record.fields.get("people", []))
    else:
        rows.extend((record.id, target, f, None) for f, target in schema.referenced_ids(record.kind, record.fields))
    return rows
