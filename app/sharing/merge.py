"""Merging a record received in a bundle into this vault's copy.

Per field, the value with the newer version wins (last writer wins; versions
are hybrid logical clocks, unique per device). Each copy also knows, per
device, the newest version it has merged in (`seen`). When neither side knew
the other's value before writing its own, the two writes were concurrent: the
losing value is kept in the record (`conflicts`, and so in its history) and
the record is flagged for review. Conflict markers merge by union, so every
vault ends up with the same ones, whatever the order of exchange.

The merge is commutative, associative and idempotent on what replicates:
importing the same bundle twice, or an older one, changes nothing.
"""

import copy
from dataclasses import dataclass, field
from typing import Any

from app.records.clock import parse_version
from app.records.record import DELETED, Record
from app.sharing import projection as sharing

NEW = "new"
CHANGED = "changed"
UNCHANGED = "unchanged"
SHREDDED = "shredded"  # shredded in this vault: never brought back by a bundle
HELD = "held"  # would change this vault, but waits for the user's review (app/sharing/trust.py)
_ABSENT = object()


@dataclass
class Outcome:
    """What merging one received record does to this vault."""

    record: Record
    status: str
    changed_fields: list[str] = field(default_factory=list)
    new_conflicts: list[dict[str, Any]] = field(default_factory=list)
    held_because: list[str] = field(default_factory=list)


def effective_seen(record: Record) -> dict[str, str]:
    """Per device, the newest version this copy has incorporated (merged or current)."""
    seen = dict(record.seen)
    for version in record.clock.values():
        device = parse_version(version)[2]
        if version > seen.get(device, ""):
            seen[device] = version
    return seen


def conflict_fields(record: Record) -> set[str]:
    """Fields that have had concurrent edits: the same set whatever the order of exchange.

    Which losing values are listed may depend on the order in which bundles
    met; that a field had a conflict does not, and that is what flags review.
    """
    return {marker["field"] for marker in record.conflicts}


def deletions(record: Record) -> set[str]:
    """The versions of every deletion a copy knows of: its own, and those that lost a merge (kept as conflicts).

    Counting the losing ones too makes an edit concurrent with any of them a
    conflict whichever deletion happened to win first (issue 14.2).
    """
    found = {m["lost"] for m in record.conflicts if m["field"] == DELETED and m.get("value") is True}
    if record.deleted and DELETED in record.clock:
        found.add(record.clock[DELETED])
    return found


def _knows(seen: dict[str, str], version: str) -> bool:
    return seen.get(parse_version(version)[2], "") >= version


def _value(record: Record, key: str) -> Any:
    if key == DELETED:
        return record.deleted
    return record.fields.get(key, _ABSENT)


def _marker(key: str, lost: str, value: Any) -> dict[str, Any]:
    """A value that lost a merge: which field, the version that wrote it, and the value itself."""
    marker: dict[str, Any] = {"field": key, "lost": lost}
    if value is not _ABSENT:
        marker["value"] = value
    return marker


def _normal_seen(seen: dict[str, str], clock: dict[str, str]) -> dict[str, str]:
    """Only what the record's own clock does not already imply, so equal knowledge compares equal."""
    implied = effective_seen(Record("", "", "", "", "", clock=clock))
    return {d: v for d, v in sorted(seen.items()) if v > implied.get(d, "")}


def _comparable(record: Record) -> dict[str, Any]:
    state = record.state()
    state["seen"] = _normal_seen(record.seen, record.clock)
    return state


def merge(local: Record | None, remote: Record) -> Outcome:
    """Merge `remote` (from a bundle) into `local` (this vault's copy, or None)."""
    if local is None:
        merged = copy.deepcopy(remote)
        merged.seen = _normal_seen(remote.seen, remote.clock)
        merged.review = bool(remote.conflicts)
        return Outcome(merged, NEW, sorted(remote.fields), list(remote.conflicts))
    merged = copy.deepcopy(local)
    local_seen, remote_seen = effective_seen(local), effective_seen(remote)
    markers = {(m["field"], m["lost"]): m for m in local.conflicts}
    new_markers: list[dict[str, Any]] = []
    changed: list[str] = []

    def add_marker(marker: dict[str, Any]) -> None:
        if (marker["field"], marker["lost"]) not in markers:
            markers[(marker["field"], marker["lost"])] = marker
            new_markers.append(marker)

    def deletions_missed(version: str, deleter: Record, deleter_seen: dict[str, str],
                         editor_seen: dict[str, str]) -> None:
        """A field the deleting side never had, written without knowing of one of its deletions (and vice versa).

        The marker names the deletion that missed the edit (the edit's value stays in the tombstone, for a restore):
        named by the edit, which of two such edits came first would decide what is listed.
        """
        if not _knows(deleter_seen, version):
            for deleted_at in sorted(deletions(deleter)):
                if not _knows(editor_seen, deleted_at):
                    add_marker(_marker(key, deleted_at, _ABSENT))

    for key in sorted(set(local.clock) | set(remote.clock)):
        lv, rv = local.clock.get(key), remote.clock.get(key)
        if rv == lv:
            continue
        local_value, remote_value = _value(local, key), _value(remote, key)
        if rv is None:
            assert lv is not None
            deletions_missed(lv, remote, remote_seen, local_seen)
            continue
        if lv is None:
            deletions_missed(rv, local, local_seen, remote_seen)
        else:
            concurrent = not _knows(local_seen, rv) and not _knows(remote_seen, lv)
            if lv > rv:
                if concurrent:
                    add_marker(_marker(key, rv, remote_value))
                continue
            if concurrent:
                add_marker(_marker(key, lv, local_value))
        merged.clock[key] = rv
        changed.append(key)
        if key == DELETED:
            merged.deleted = bool(remote_value)
        elif remote_value is _ABSENT:
            merged.fields.pop(key, None)
        else:
            kept_here = [] if local_value is _ABSENT else sharing.internal_items(key, local_value)
            merged.fields[key] = copy.deepcopy(remote_value) + kept_here if kept_here else copy.deepcopy(remote_value)
    for marker in remote.conflicts:
        add_marker(dict(marker))
    merged.conflicts = sorted(markers.values(), key=lambda m: (m["field"], m["lost"]))
    both = {d: max(v, remote_seen.get(d, "")) for d, v in local_seen.items()}
    merged.seen = _normal_seen(both | {d: v for d, v in remote_seen.items() if d not in local_seen}, merged.clock)
    if remote.version > local.version:
        merged.version, merged.updated = remote.version, remote.updated
    merged.created = min(local.created, remote.created)
    merged.review = local.review or bool(conflict_fields(merged) - conflict_fields(local))
    if _comparable(merged) == _comparable(local) and merged.review == local.review:
        return Outcome(local, UNCHANGED)
    return Outcome(merged, CHANGED, changed, new_markers)
