"""Record kinds, their fields, and validation that names the field and the problem.

Each kind declares its fields as validators. A validator takes the raw JSON
value and returns the canonical form, or raises FieldError with the path of
the offending part (`names[2].script`) and a short reason.
"""

import functools
import re
import uuid
from collections.abc import Callable
from typing import Any

from app.records import dates, vocab
from app.records.dates import PartialDate
from app.records.scripts import KNOWN_SCRIPTS, detect_script

KINDS = ("person", "organisation", "case", "event", "intervention", "link")

Validator = Callable[[Any, str], Any]


class FieldError(Exception):
    """One field is wrong; `path` names it, the message says why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path} {reason}")
        self.path = path
        self.reason = reason


def _quote(value: Any) -> str:
    text = str(value)
    return f"'{text[:40]}'"


_SURROGATE = re.compile("[\ud800-\udfff]")


# The longest text each field may hold, in characters: a name (the search index's typo forms of a word grow
# with the square of its length), a short field (a place, a title, a tag), a free text (notes, descriptions:
# about 25 pages). A list holds at most MAX_ITEMS entries. A longer value is refused with the field's path.
NAME_CHARS, SHORT_CHARS, LONG_CHARS, MAX_ITEMS = 200, 1_000, 50_000, 1_000


def _capped(limit: int) -> Callable[[Any, str], str]:
    def check(value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise FieldError(path, "must be text")
        if len(value) > limit and len(value.strip()) > limit:
            raise FieldError(path, f"is {len(value.strip()):,} characters long; shorten it to {limit:,} at most")
        if not value.isascii() and _SURROGATE.search(value):
            raise FieldError(path, "holds an escaped character (\\ud800-\\udfff) that is not valid Unicode text")
        return value.strip()

    return check


text, name_text, long_text = _capped(SHORT_CHARS), _capped(NAME_CHARS), _capped(LONG_CHARS)


def boolean(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise FieldError(path, "must be true or false")
    return value


@functools.lru_cache(maxsize=65536)
def _date_text(value: str) -> str:
    """The canonical form of a date given as text, worked out once per distinct text (a bulk import repeats them)."""
    return str(PartialDate.parse(value))


def forget_dates() -> None:
    """Drop the dates remembered while validating and parsing: they are record data, gone on lock."""
    _date_text.cache_clear()
    dates.forget_parsed()


def date(value: Any, path: str) -> str:
    try:
        return _date_text(value) if isinstance(value, str) else str(PartialDate.parse(value))
    except ValueError:
        raise FieldError(path, f"{_quote(value.get('value') if isinstance(value, dict) else value)} is not a date "
                         "(use YYYY, YYYY-MM or YYYY-MM-DD, with ~ in front if approximate)") from None


def enum(vocabulary: dict[str, str]) -> Validator:
    by_label = {lbl.casefold(): code for code, lbl in vocabulary.items()}

    def check(value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise FieldError(path, "must be text")
        if value in vocabulary:  # the common case: already a code, with no spaces to strip
            return value
        key = value.strip()
        if key in vocabulary:
            return key
        code = key.casefold().replace("-", "_").replace(" ", "_")
        if code in vocabulary:
            return code
        if key.casefold() in by_label:
            return by_label[key.casefold()]
        choices = ", ".join(vocabulary)
        raise FieldError(path, f"{_quote(value)} is not one of: {choices}")

    return check


def listof(item: Validator) -> Validator:
    def check(value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise FieldError(path, "must be a list")
        if len(value) > MAX_ITEMS:
            raise FieldError(path, f"has {len(value):,} entries; it may hold {MAX_ITEMS:,} at most")
        return [item(v, f"{path}[{i + 1}]") for i, v in enumerate(value)]

    return check


_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def record_id(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise FieldError(path, "must be a record id")
    if _CANONICAL_ID.fullmatch(value):
        return value  # already in the form str(uuid.UUID(...)) gives; parsing it again costs a bulk import dearly
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise FieldError(path, f"{_quote(value)} is not a record id") from None


def obj(fields: dict[str, Validator], required: tuple[str, ...] = ()) -> Validator:
    def check(value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise FieldError(path, "must be an object")
        result: dict[str, Any] = {}
        for key, raw in value.items():
            validator = fields.get(key)
            if validator is None:
                raise FieldError(f"{path}.{key}", "is not a known field")
            if raw is not None:
                result[key] = validator(raw, f"{path}.{key}")
        for key in required:
            if result.get(key) in (None, ""):
                raise FieldError(f"{path}.{key}", "is required")
        return result

    return check


_SCRIPT = re.compile(r"^[A-Z][a-z]{3}$")


def script_code(value: Any, path: str) -> str:
    code = text(value, path)
    if not _SCRIPT.match(code) and code not in KNOWN_SCRIPTS:
        raise FieldError(path, f"{_quote(value)} is not an ISO 15924 script code (Hani, Latn, Arab, Tibt, ...)")
    return code


_name_object = obj({"value": name_text, "script": script_code, "kind": enum(vocab.NAME_KINDS)}, required=("value",))


def names(value: Any, path: str) -> list[dict[str, str]]:
    """Names as plain strings or {value, script, kind}; the first defaults to primary.

    A plain string's script is detected; a Latin name given after a non-Latin
    primary name is taken as its romanisation, other extra names as aliases.
    """
    if not isinstance(value, list):
        raise FieldError(path, "must be a list")
    if len(value) > MAX_ITEMS:
        raise FieldError(path, f"has {len(value):,} entries; it may hold {MAX_ITEMS:,} at most")
    result: list[dict[str, str]] = []
    for i, item in enumerate(value):
        item_path = f"{path}[{i + 1}]"
        name = _name_object({"value": item} if isinstance(item, str) else item, item_path)
        if not name["value"]:
            raise FieldError(item_path, "is empty")
        if "script" not in name:
            name["script"] = detect_script(name["value"])
        if "kind" not in name:
            if not result:
                name["kind"] = "primary"
            elif name["script"] == "Latn" and result[0]["script"] != "Latn":
                name["kind"] = "romanised"
            else:
                name["kind"] = "alias"
        result.append({"value": name["value"], "script": name["script"], "kind": name["kind"]})
    return result


source = obj(
    {
        "description": long_text,
        "reliability": enum(vocab.SOURCE_RELIABILITY),
        "credibility": enum(vocab.SOURCE_CREDIBILITY),
        "internal": boolean,
        "date": date,
    },
    required=("description",),
)
channel = obj(
    {
        "type": enum(vocab.CHANNEL_TYPES),
        "value": text,
        "safety": enum(vocab.CHANNEL_SAFETY),
        "note": long_text,
        "internal": boolean,
    },
    required=("type", "value"),
)
consent = obj({"given_on": date, "scope": enum(vocab.CONSENT_SCOPES), "note": long_text}, required=("scope",))
emergency = obj({"who_to_call": text, "lawyer": text, "medical_needs": long_text, "prior_instructions": long_text})
case_person = obj({"person": record_id, "role": enum(vocab.CASE_ROLES)}, required=("person", "role"))
charge = obj({"charge": text, "article": text}, required=("charge",))
checklist_item = obj({"item": text, "done": boolean, "date": date, "note": long_text}, required=("item",))
detention = obj(
    {
        "kind": enum(vocab.DETENTION_KINDS),
        "facility": text,
        "whereabouts_known": boolean,
        "family_notified": boolean,
        "lawyer_access": enum(vocab.LAWYER_ACCESS),
        "conditions": long_text,
        "health": long_text,
    }
)
_tags = listof(text)
_places = listof(text)
_sources = listof(source)

FIELDS: dict[str, dict[str, Validator]] = {
    "person": {
        "names": names,
        "roles": listof(enum(vocab.PERSON_ROLES)),
        "sex": enum(vocab.SEXES),
        "birth_date": date,
        "nationality": text,
        "occupation": text,
        "places": _places,
        "channels": listof(channel),
        "status": enum(vocab.PERSON_STATUS),
        "risk": enum(vocab.RISK_LEVELS),
        "consent": consent,
        "emergency": emergency,
        "notes": long_text,
        "tags": _tags,
        "sources": _sources,
        "internal_fields": listof(text),
        "merged_from": listof(record_id),  # the people merged into this one (their tombstones keep their history)
    },
    "organisation": {
        "names": names,
        "type": enum(vocab.ORGANISATION_TYPES),
        "places": _places,
        "notes": long_text,
        "tags": _tags,
        "sources": _sources,
        "internal_fields": listof(text),
    },
    "case": {
        "title": text,
        "type": enum(vocab.CASE_TYPES),
        "status": enum(vocab.CASE_STATUS),
        "people": listof(case_person),
        "authorities": listof(text),
        "charges": listof(charge),
        "location": text,
        "sources": _sources,
        "checklist": listof(checklist_item),
        "notes": long_text,
        "tags": _tags,
        "internal_fields": listof(text),
    },
    "event": {
        "case": record_id,
        "person": record_id,
        "date": date,
        "type": enum(vocab.EVENT_TYPES),
        "place": text,
        "description": long_text,
        "detention": detention,
        "sources": _sources,
        "confidence": enum(vocab.CONFIDENCE),
        "internal_fields": listof(text),
    },
    "intervention": {
        "case": record_id,
        "type": enum(vocab.INTERVENTION_TYPES),
        "date": date,
        "addressee": text,
        "response": long_text,
        "status": enum(vocab.INTERVENTION_STATUS),
        "priority": enum(vocab.PRIORITIES),
        "notes": long_text,
        "internal_fields": listof(text),
    },
    "link": {
        "from": record_id,
        "to": record_id,
        "type": enum(vocab.LINK_TYPES),
        "note": long_text,
    },
}

REQUIRED: dict[str, tuple[str, ...]] = {
    "person": ("names",),
    "organisation": ("names",),
    "case": ("title",),
    "event": ("case", "date", "type"),
    "intervention": ("case", "type"),
    "link": ("from", "to", "type"),
}

# Fields holding ids of other records, and the kinds those records must be.
REFERENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "event": {"case": ("case",), "person": ("person",)},
    "intervention": {"case": ("case",)},
    "link": {"from": ("person", "organisation", "case"), "to": ("person", "organisation", "case")},
    "case": {"people": ("person",)},
}


def check_kind(kind: Any) -> str:
    if not isinstance(kind, str) or kind not in FIELDS:
        raise FieldError("kind", f"{_quote(kind)} is not one of: {', '.join(KINDS)}")
    return str(kind)


def validate_fields(kind: str, raw: dict[str, Any]) -> dict[str, Any]:
    """Canonical values for the fields given; None means "remove this field"."""
    spec = FIELDS[kind]
    result: dict[str, Any] = {}
    for key, value in raw.items():
        validator = spec.get(key)
        if validator is None:
            raise FieldError(key, f"is not a field of {kind}")
        result[key] = None if value is None else validator(value, key)
    return result


def check_complete(kind: str, fields: dict[str, Any]) -> None:
    """Every required field is present and non-empty after a change."""
    for key in REQUIRED[kind]:
        if fields.get(key) in (None, "", []):
            raise FieldError(key, "is required")


def referenced_ids(kind: str, fields: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, id) for every reference this record makes to another record."""
    refs: list[tuple[str, str]] = []
    for key in REFERENCES.get(kind, {}):
        value = fields.get(key)
        if key == "people":
            refs.extend(("people", p["person"]) for p in value or [])
        elif value:
            refs.append((key, value))
    return refs


def primary_name(name_list: list[dict[str, str]]) -> str:
    for name in name_list:
        if name["kind"] == "primary":
            return name["value"]
    return name_list[0]["value"] if name_list else ""


def display_name(kind: str, fields: dict[str, Any]) -> str:
    """The short line a list shows: a person's primary name with its romanisation."""
    if kind in ("person", "organisation"):
        name_list = fields.get("names") or []
        primary = primary_name(name_list)
        if name_list and detect_script(primary) != "Latn":
            latin = next((n["value"] for n in name_list if n["script"] == "Latn"), None)
            if latin:
                return f"{primary} ({latin})"
        return primary
    if kind == "case":
        return str(fields.get("title", ""))
    if kind == "event":
        return f"{fields.get('date', '')} {vocab.label(vocab.EVENT_TYPES, fields.get('type'))}".strip()
    if kind == "intervention":
        return f"{fields.get('date', '')} {vocab.label(vocab.INTERVENTION_TYPES, fields.get('type'))}".strip()
    return vocab.label(vocab.LINK_TYPES, fields.get("type"))
