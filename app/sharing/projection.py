"""What may leave the vault in a bundle, and what stays behind.

Fields named in a record's `internal_fields`, channels marked internal and
sources not explicitly marked shareable (`"internal": false`; sources are
internal by default, to protect them) never leave. A person is shared only
when their consent covers partners, unless the user confirms otherwise.
Internal items stay local for good: a colleague's newer list keeps them.
"""

from typing import Any

from app.records import schema
from app.records.record import Record

CONSENT_FOR_PARTNERS = frozenset({"listed_partners", "public_advocacy"})
_ITEM_LISTS = ("channels", "sources")


def consent_covers_partners(person: Record) -> bool:
    """True when the person's recorded consent allows sharing with partner organisations."""
    consent = person.fields.get("consent") or {}
    return consent.get("scope") in CONSENT_FOR_PARTNERS


def _shareable_item(field_name: str, item: Any) -> bool:
    if field_name == "channels":
        return not item.get("internal", False)
    return item.get("internal") is False


def project_value(field_name: str, value: Any) -> Any:
    """A field's value as a colleague may see it: internal list items removed."""
    if field_name in _ITEM_LISTS and isinstance(value, list):
        return [item for item in value if _shareable_item(field_name, item)]
    return value


def internal_items(field_name: str, value: Any) -> list[Any]:
    """The items of a list field that stay in this vault."""
    if field_name in _ITEM_LISTS and isinstance(value, list):
        return [item for item in value if not _shareable_item(field_name, item)]
    return []


def internal_fields(record: Record) -> set[str]:
    return set(record.fields.get("internal_fields") or [])


def project(record: Record) -> Record | None:
    """The copy of `record` that goes into a bundle, or None if it cannot go.

    A record whose required field is marked internal cannot be shared whole,
    so it is left out rather than sent incomplete.
    """
    hidden = internal_fields(record)
    if hidden & set(schema.REQUIRED[record.kind]) and not record.deleted:
        return None
    fields = {k: project_value(k, v) for k, v in record.fields.items() if k not in hidden}
    clock = {k: v for k, v in record.clock.items() if k not in hidden}
    conflicts = []
    for marker in record.conflicts:
        if marker["field"] in hidden:
            continue
        marker = dict(marker)
        if "value" in marker:
            marker["value"] = project_value(marker["field"], marker["value"])
        conflicts.append(marker)
    return Record(record.id, record.kind, record.created, record.updated, record.version, fields, clock,
                  record.deleted, False, dict(record.seen), conflicts)
