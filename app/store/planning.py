"""A batch of changes worked out and validated in full before anything is written.

Errors come in the order of the changes, as if each change were checked in
full before the next; the kinds of records referred to from outside the batch
are looked up together, one query per few hundred.
"""

from dataclasses import dataclass, field
from typing import Any

from app.errors import ValidationError
from app.records import schema
from app.records.change import Change, new_id, utc_now
from app.records.clock import HybridClock
from app.records.record import Record
from app.store import references
from app.store.derived_status import DerivedStatus


@dataclass
class BatchPlan:
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


def plan_batch(repo: DerivedStatus, clock: HybridClock, changes: list[Change]) -> BatchPlan:
    """Validated records to write, and the persons their previous versions affected; ValidationError otherwise."""
    plan = BatchPlan(now=utc_now())
    plan.existing = repo.existing_ids([c.id for c in changes if c.id is not None])
    batch_kinds = {change.id: change.kind for change in changes if change.id is not None}
    prepared: list[tuple[Change, Record, list[tuple[str, str]]]] = []
    failure: ValidationError | None = None
    for change in changes:
        try:
            record = _prepare(repo, clock, change, plan)
        except schema.FieldError as exc:
            failure = invalid(change, exc)
            break
        prepared.append((change, record, schema.referenced_ids(record.kind, record.fields)))
    outside = sorted({target for _, _, refs in prepared for _, target in refs if target not in batch_kinds})
    stored_kinds = repo.kinds_of(outside)
    for change, record, refs in prepared:
        try:
            _check_references(repo, record, refs, batch_kinds, stored_kinds)
        except schema.FieldError as exc:
            raise invalid(change, exc) from None
        batch_kinds[record.id] = record.kind
    if failure is not None:
        raise failure
    return plan


def _prepare(repo: DerivedStatus, clock: HybridClock, change: Change, plan: BatchPlan) -> Record:
    fields = schema.validate_fields(change.kind, change.fields)
    record = plan.records.get(change.id) if change.id else None
    if record is None and change.id in plan.existing:
        loaded = repo.load(change.id)
        if loaded is not None:
            record, plan.keys[change.id] = loaded[0], loaded[1:]
            plan.affected |= repo.people_affected_by(record)
    if record is not None and record.kind != change.kind:
        raise schema.FieldError("kind", f"'{change.kind}' does not match the record's kind '{record.kind}'")
    if record is not None and record.deleted:
        raise schema.FieldError("id", "names a deleted record; restore it from its history first")
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


def _check_references(repo: DerivedStatus, record: Record, refs: list[tuple[str, str]], batch_kinds: dict[str, str],
                      stored_kinds: dict[str, str]) -> None:
    """Each (field, target) of `record` names a record of an allowed kind, in the batch or in the vault."""
    allowed = schema.REFERENCES.get(record.kind, {})
    kept: set[str] | None = None
    for field_name, target in refs:
        kind = batch_kinds.get(target) or stored_kinds.get(target)
        if kind is None:
            if kept is None:
                kept = references.targets_of(repo.db, record.id)
            if target in kept:
                continue  # a reference that came in a bundle to a record not shared with us: keep it
            raise schema.FieldError(field_name, f"refers to {target}, which is not in this vault")
        if kind not in allowed[field_name]:
            raise schema.FieldError(field_name, f"refers to a {kind}, but must refer to a {' or '.join(allowed[field_name])}")


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
