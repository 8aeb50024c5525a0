"""The Record: one person, organisation, case, event, intervention or link.

Every field carries the version (hybrid logical clock) that last wrote it, so
bundles merge per field. Its state travels in bundles as canonical JSON; how it
is sealed in the vault is app/store/bodies.py's business.
"""

import json
from dataclasses import dataclass, field
from typing import Any

import orjson

from app.records import schema

DELETED = "_deleted"
# Dataclasses and datetimes are refused, as json refuses them, rather than written in orjson's own way.
_ORJSON_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON: sorted keys, no spaces, UTF-8. Hashes and seals use it.

    orjson writes the same bytes as `json.dumps(value, sort_keys=True,
    separators=(",", ":"), ensure_ascii=False)` for every value a record holds
    (text, whole numbers, booleans, null, lists, objects; a property test holds
    it to that), ten times faster; what it refuses (integers beyond 64 bits,
    keys that are not text) goes to the json module as before.
    """
    try:
        return orjson.dumps(value, option=_ORJSON_OPTIONS)
    except orjson.JSONEncodeError:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass
class Record:
    """A record as the rest of the app sees it, decrypted."""

    id: str
    kind: str
    created: str
    updated: str
    version: str
    fields: dict[str, Any] = field(default_factory=dict)
    clock: dict[str, str] = field(default_factory=dict)
    deleted: bool = False
    review: bool = False
    seen: dict[str, str] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def stamp(self, key: str, version: str) -> None:
        """Mark `key` as written at `version`, remembering in `seen` the version it replaces.

        Merging needs to know which versions a copy had already seen when it
        wrote, to tell a knowing overwrite from a concurrent edit.
        """
        old = self.clock.get(key)
        if old is not None:
            device = old.split("-", 2)[-1]
            if old > self.seen.get(device, ""):
                self.seen[device] = old
        self.clock[key] = version

    @property
    def display_name(self) -> str:
        return schema.display_name(self.kind, self.fields)

    def state(self) -> dict[str, Any]:
        """Everything that replicates: the sealed body, and a record's content in a bundle.

        `seen` (per device, the newest version merged in) and `conflicts` (values
        that lost a merge) appear only once a record has been through a merge.
        """
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "created": self.created,
            "updated": self.updated,
            "version": self.version,
            "deleted": self.deleted,
            "fields": self.fields,
            "clock": self.clock,
        }
        if self.seen:
            data["seen"] = self.seen
        if self.conflicts:
            data["conflicts"] = self.conflicts
        return data

    @classmethod
    def from_body(cls, body: bytes, review: bool = False) -> "Record":
        """A record from the canonical JSON of its state (as every body was sealed before schema 10)."""
        return cls.from_state(json.loads(body), review)

    @classmethod
    def from_state(cls, data: dict[str, Any], review: bool = False) -> "Record":
        return cls(
            id=data["id"],
            kind=data["kind"],
            created=data["created"],
            updated=data["updated"],
            version=data["version"],
            fields=data["fields"],
            clock=data["clock"],
            deleted=data["deleted"],
            review=review,
            seen=data.get("seen", {}),
            conflicts=data.get("conflicts", []),
        )

    def to_json(self) -> dict[str, Any]:
        """The flat shape `show --json` prints and `add` accepts back."""
        return {
            "id": self.id,
            "kind": self.kind,
            "display_name": self.display_name,
            "created": self.created,
            "updated": self.updated,
            "version": self.version,
            "deleted": self.deleted,
            "review": self.review,
            **({"conflicts": self.conflicts} if self.conflicts else {}),
            **self.fields,
        }


META_KEYS = frozenset({"id", "kind", "display_name", "created", "updated", "version", "deleted", "review", "status_derived",
                       "conflicts"})
