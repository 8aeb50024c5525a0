"""Merging two person records that are one person: a plan of changes, worked out without touching the vault.

The kept record gains every name, channel, role, place, tag and source of the
other, its empty fields filled and both notes kept; every case listing the
retired person, every event about them and every link to or from them is
pointed at the kept one. Links that would then repeat another link, or tie the
person to themselves, are retired too. The kept record lists the retired one (and
whom that one had absorbed) in `merged_from`; the retired record itself is left to
the session, which deletes it, so its history stays and the merge travels in
bundles (a bundle of the kept person brings the tombstones it names).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.errors import BadInput
from app.importing.combine import MERGE, combined
from app.records.change import Change
from app.records.record import Record

WHERE = "merge"


@dataclass(frozen=True)
class MergePlan:
    """Changes to write (the kept person, then re-pointed cases, events and links) and the ids to retire."""

    keep: str
    retire: str
    changes: list[Change] = field(default_factory=list)
    retire_links: list[str] = field(default_factory=list)

    @property
    def merged_into(self) -> dict[str, str]:
        return {self.retire: self.keep}


def merge_people(keep: Record, retire: Record, referring: Iterable[Record]) -> MergePlan:
    """The plan to fold `retire` into `keep`; `referring` holds the live records that point at either of them."""
    if keep.kind != "person" or retire.kind != "person" or keep.id == retire.id:
        raise BadInput("Choose two different people to merge.")
    plan = MergePlan(keep.id, retire.id)
    person = combined(keep.fields, retire.fields, MERGE)
    absorbed = [*keep.fields.get("merged_from", []), *retire.fields.get("merged_from", []), retire.id]
    person["merged_from"] = list(dict.fromkeys(absorbed))
    plan.changes.append(Change("person", person, keep.id, WHERE))
    records = list({r.id: r for r in referring if not r.deleted}.values())  # a link between the two refers to both
    links = {_link_key(r.fields): r.id for r in records if r.kind == "link" and retire.id not in _ends(r.fields)}
    for record in records:
        fields = _repointed(record, retire.id, keep.id)
        if fields is None:
            continue
        if record.kind == "link":
            key = _link_key({**record.fields, **fields})
            if fields.get("from", record.fields["from"]) == fields.get("to", record.fields["to"]) or key in links:
                plan.retire_links.append(record.id)
                continue
            links[key] = record.id
        plan.changes.append(Change(record.kind, fields, record.id, WHERE))
    return plan


def _repointed(record: Record, old: str, new: str) -> dict[str, Any] | None:
    """The fields of `record` that pointed at `old`, now pointing at `new`; None if it did not point at `old`."""
    fields = record.fields
    if record.kind == "case":
        people = fields.get("people") or []
        if not any(p["person"] == old for p in people):
            return None
        moved: list[dict[str, Any]] = []
        for entry in people:
            entry = {**entry, "person": new} if entry["person"] == old else entry
            if entry not in moved:
                moved.append(entry)
        return {"people": moved}
    changed = {key: new for key in ("person", "from", "to") if fields.get(key) == old}
    return changed or None


def _ends(fields: dict[str, Any]) -> tuple[str, str]:
    return fields.get("from", ""), fields.get("to", "")


def _link_key(fields: dict[str, Any]) -> tuple[str, str, str]:
    return fields.get("from", ""), fields.get("to", ""), fields.get("type", "")
