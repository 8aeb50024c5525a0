"""A batch of changes worked out and validated in full before anything is written.

Three steps, so that the middle one, most of the Python work, needs no database
and can run on another thread while the database writes the batch before (the
bulk path): `look_up` reads what the batch's ids hold in the vault;
`plan_batch` validates every change and builds the records; `check_references`
asks the vault about what they refer to that the batch itself does not hold.
Errors come in the order of the changes, as if each change were checked in
full before the next.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.errors import ValidationError
from app.records import schema
from app.records.change import Change, new_id, utc_now
from app.records.clock import HybridClock
from app.records.record import Record
from app.store import references
from app.store.derived_status import DerivedStatus, named_by
from app.store.writing import Stored, stored


@dataclass
class Lookups:
    """What the vault holds under a batch's ids, read before the batch is planned."""

    existing: set[str] = field(default_factory=set)  # ids stored, live or deleted
    loaded: dict[str, tuple[Record, bytes, bytes]] = field(default_factory=dict)  # record, wrapped and open key
    affected: set[str] = field(default_factory=set)  # persons the stored versions name
    cases: set[str] = field(default_factory=set)  # cases of the stored events (their defenders: see BatchPlan)


@dataclass(frozen=True)
class PendingReference:
    """A reference to a record outside the batch, to be checked against the vault."""

    change: int  # its change's place in the batch
    record_id: str
    field: str
    target: str


@dataclass
class BatchPlan:
    """The validated outcome of a batch of changes, before anything is written."""

    now: str
    changes: list[Change]
    records: dict[str, Record] = field(default_factory=dict)  # by id, the batch's final state
    is_new: dict[str, bool] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)
    in_order: list[Record] = field(default_factory=list)
    keys: dict[str, Stored] = field(default_factory=dict)  # of each stored record the batch loaded
    affected: set[str] = field(default_factory=set)  # persons the previous versions named
    # cases of the previous versions' events: their defenders are read when the batch is written, as a batch
    # ahead in the same bulk write may change them after this one was looked up
    cases: set[str] = field(default_factory=set)
    pending: list[PendingReference] = field(default_factory=list)
    failure: ValidationError | None = None  # the first change that failed validation (raised after the references)
    kinds: dict[str, str] = field(default_factory=dict)  # kind of every record the batch makes or changes

    def add(self, record: Record, *, is_new: bool, dirty: bool) -> None:
        self.records[record.id] = record
        self.is_new.setdefault(record.id, is_new)
        if dirty:
            self.dirty.add(record.id)
        self.in_order.append(record)

    def to_write(self) -> list[tuple[Record, bool]]:
        return [(r, self.is_new[i]) for i, r in self.records.items() if i in self.dirty]


def look_up(repo: DerivedStatus, changes: list[Change]) -> Lookups:
    """Read what the vault holds under the ids the batch names (the only reads planning needs first)."""
    found = Lookups(existing=repo.existing_ids([c.id for c in changes if c.id is not None]))
    for record_id in found.existing:
        loaded = repo.load(record_id)
        if loaded is not None:
            found.loaded[record_id] = loaded
    found.affected, found.cases = named_by(record for record, _, _ in found.loaded.values())
    return found


def plan_batch(changes: list[Change], lookups: Lookups, clock: HybridClock, known: Mapping[str, str]) -> BatchPlan:
    """Validate and build the batch's records, without the database.

    `known` gives the kinds of records written earlier in the same bulk write
    (not yet in the vault when this batch is planned); references to anything
    else outside the batch are left pending for `check_references`.
    """
    plan = BatchPlan(now=utc_now(), changes=changes, affected=set(lookups.affected), cases=set(lookups.cases))
    plan.kinds = {change.id: change.kind for change in changes if change.id is not None}
    for number, change in enumerate(changes):
        try:
            record = _prepare(change, plan, lookups, clock)
        except schema.FieldError as exc:
            plan.failure = invalid(change, exc)
            break
        refs = schema.referenced_ids(record.kind, record.fields)
        for field_name, target in refs:
            kind = plan.kinds.get(target) or known.get(target)
            if kind is None:
                plan.pending.append(PendingReference(number, record.id, field_name, target))
            elif kind not in schema.REFERENCES[record.kind][field_name]:
                plan.failure = invalid(change, _wrong_kind(record.kind, field_name, kind))
                break
        if plan.failure is not None:
            break
        plan.kinds[record.id] = record.kind
    return plan


def check_references(repo: DerivedStatus, plan: BatchPlan) -> None:
    """Raise the batch's first error, in the order of its changes: a reference the vault cannot satisfy, or a
    change that failed validation (planning stopped there)."""
    stored_kinds = repo.kinds_of(sorted({p.target for p in plan.pending}))
    for pending in plan.pending:
        kind = stored_kinds.get(pending.target)
        record_kind = plan.kinds[pending.record_id]
        if kind is None:
            previous = plan.keys.get(pending.record_id)
            if previous is not None and pending.target in references.targets(previous.refs):
                continue  # a reference that came in a bundle to a record not shared with us: keep it
            error = schema.FieldError(pending.field, f"refers to {pending.target}, which is not in this vault")
        elif kind not in schema.REFERENCES[record_kind][pending.field]:
            error = _wrong_kind(record_kind, pending.field, kind)
        else:
            continue
        raise invalid(plan.changes[pending.change], error)
    if plan.failure is not None:
        raise plan.failure


def _wrong_kind(kind: str, field_name: str, target_kind: str) -> schema.FieldError:
    allowed = schema.REFERENCES[kind][field_name]
    return schema.FieldError(field_name, f"refers to a {target_kind}, but must refer to a {' or '.join(allowed)}")


def _prepare(change: Change, plan: BatchPlan, lookups: Lookups, clock: HybridClock) -> Record:
    fields = schema.validate_fields(change.kind, change.fields)
    record = plan.records.get(change.id) if change.id else None
    if record is None and change.id in lookups.loaded:
        record, wrapped, dek = lookups.loaded[change.id]
        plan.keys[change.id] = stored(record, wrapped, dek)
    if record is not None and record.kind != change.kind:
        raise schema.FieldError("kind", f"'{change.kind}' does not match the record's kind '{record.kind}'")
    if record is not None and record.deleted:
        raise schema.FieldError("id", "names a deleted record; restore it from its history first")
    if record is None and change.id in lookups.existing:
        raise schema.FieldError("id", "names a record this vault could not read")
    version = clock.now()
    if record is None:
        # A new record: every field given is written at this version, and there is no earlier one to remember.
        values = {key: value for key, value in fields.items() if value is not None}
        record = Record(change.id or new_id(), change.kind, plan.now, plan.now, version, values,
                        dict.fromkeys(values, version))
        is_new = dirty = True
    else:
        is_new, dirty = False, apply_fields(record, fields, version)
    schema.check_complete(record.kind, record.fields)
    if dirty:
        record.version = version
        record.updated = plan.now
    plan.add(record, is_new=is_new, dirty=dirty)
    return record


def writable(plan: BatchPlan, action: str) -> list[tuple[Record, bool, str]]:
    """The records a plan writes, each with whether it is new and the action its history shows."""
    return [(record, is_new, "create" if is_new else action) for record, is_new in plan.to_write()]


def apply_fields(record: Record, fields: dict[str, Any], version: str) -> bool:
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


def invalid(change: Change, exc: schema.FieldError) -> ValidationError:
    """The error of a change that failed validation, naming where the change came from."""
    return ValidationError(f"{change.where}: {exc}" if change.where else str(exc), field=exc.path, reason=exc.reason)
