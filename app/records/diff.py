"""What changed between two versions of a record, field by field."""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldChange:
    """One field's value before and after; None where the field was absent."""

    field: str
    before: Any
    after: Any

    @property
    def action(self) -> str:
        """`added`, `removed` or `changed`, for a short label."""
        if self.before is None:
            return "added"
        if self.after is None:
            return "removed"
        return "changed"


def field_changes(before: dict[str, Any] | None, after: dict[str, Any]) -> list[FieldChange]:
    """Fields whose value differs, in name order; `before=None` means a new record."""
    old = before or {}
    return [FieldChange(key, old.get(key), after.get(key))
            for key in sorted(set(old) | set(after)) if old.get(key) != after.get(key)]
