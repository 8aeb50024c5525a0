"""Putting one person's fields into another's: for an update from a sheet row, and for merging two records.

Nothing is lost from lists: names, roles, places, tags, channels and sources
are joined, each value once. Single values follow the mode: `fill` writes only
where the field is empty, `overwrite` writes every value given, `merge` fills and
also keeps both texts of notes. A name that was the other's primary name joins
as a romanisation (Latin after a non-Latin primary) or an alias.
"""

import unicodedata
from typing import Any

from app.names.normalise import normalise

FILL, OVERWRITE, MERGE = "fill", "overwrite", "merge"
_LISTS = ("roles", "places", "tags", "sources", "internal_fields", "authorities")
_OBJECTS = ("emergency",)


def combined(current: dict[str, Any], incoming: dict[str, Any], mode: str) -> dict[str, Any]:
    """The fields of `current` that change when `incoming` is put into it (only those)."""
    changes: dict[str, Any] = {}
    for key, value in incoming.items():
        old = current.get(key)
        new: Any
        if key == "names":
            new = _names(old or [], value)
        elif key == "channels":
            new = _joined(old or [], value, lambda c: (c.get("type"), normalise(str(c.get("value", "")))))
        elif key in _LISTS:
            new = _joined(old or [], value, repr)
        elif key in _OBJECTS:
            new = _object(old or {}, value, mode)
        elif key == "notes" and mode == MERGE and old and value not in old:
            new = f"{old}\n\n{value}"
        elif old in (None, "", [], {}) or mode == OVERWRITE:
            new = value
        else:
            new = old
        if new != old:
            changes[key] = new
    return changes


def _joined(old: list[Any], new: list[Any], key: Any) -> list[Any]:
    seen = {key(v) for v in old}
    result = list(old)
    for value in new:
        if key(value) not in seen:
            seen.add(key(value))
            result.append(value)
    return result


def _spelling(name: dict[str, str]) -> str:
    """A name as written, up to case and spacing: 張偉 and 张伟, Zhāng Wěi and Zhang Wei stay two spellings."""
    return " ".join(unicodedata.normalize("NFKC", name["value"]).casefold().split())


def _names(old: list[dict[str, str]], new: list[dict[str, str]]) -> list[dict[str, str]]:
    """Every spelling once; only the first record's primary name stays primary."""
    seen = {_spelling(n) for n in old}
    result = list(old)
    primary_script = next((n["script"] for n in old if n["kind"] == "primary"), None)
    for name in new:
        if _spelling(name) in seen:
            continue
        seen.add(_spelling(name))
        kind = name["kind"]
        if kind == "primary" and primary_script is not None:
            kind = "romanised" if name["script"] == "Latn" and primary_script != "Latn" else "alias"
        result.append({**name, "kind": kind})
    return result


def _object(old: dict[str, Any], new: dict[str, Any], mode: str) -> dict[str, Any]:
    if mode == OVERWRITE:
        return {**old, **new}
    return {**new, **{k: v for k, v in old.items() if v not in (None, "")}}
