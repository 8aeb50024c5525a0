"""Reading records from JSON Lines: one object with `kind` per line.

Names may be plain strings or {"value", "script", "kind"}; an `id` updates that
record (or creates it with that id); keys such as `display_name` or `version`
that `show --json` prints are accepted and ignored, so output can be fed back.
"""

import json
import uuid
from collections.abc import Iterable

from app import safe_json
from app.errors import ValidationError
from app.records import schema
from app.records.change import Change
from app.records.record import META_KEYS

# The longest line a record is read from, in characters (a JSON Lines record, a spreadsheet's row): twenty free
# texts at their limit (app/records/schema.py), far above any real record, so a longer one is refused unparsed.
MAX_LINE_CHARS = 1_000_000


def parse_line(line: str, number: int) -> Change:
    """One line into a Change; errors name the line and the field."""
    if len(line) > MAX_LINE_CHARS:
        raise ValidationError(f"line {number} is {len(line):,} characters long, longer than any record can be "
                              f"({MAX_LINE_CHARS:,} at most); check that the file holds one record per line.")
    try:
        data = safe_json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"line {number}: not valid JSON ({exc.msg} at column {exc.colno}).") from None
    except safe_json.JsonRefused as exc:
        raise ValidationError(f"line {number}: not a record Casebook reads ({exc.reason}).") from None
    if not isinstance(data, dict):
        raise ValidationError(f"line {number}: a record must be a JSON object with a \"kind\".")
    if "kind" not in data:
        raise ValidationError(f"line {number}: the record has no \"kind\" (one of: {', '.join(schema.KINDS)}).")
    try:
        kind = schema.check_kind(data["kind"])
    except schema.FieldError as exc:
        raise ValidationError(f"line {number}: {exc}.") from None
    record_id = data.get("id")
    if record_id is not None:
        try:
            record_id = str(uuid.UUID(str(record_id)))
        except ValueError:
            raise ValidationError(f"line {number} ({kind}): id is not a record id.") from None
    fields = {k: v for k, v in data.items() if k not in META_KEYS}
    return Change(kind, fields, record_id, where=f"line {number} ({kind})")


def parse_lines(lines: Iterable[str]) -> list[Change]:
    """Every non-blank line, in order; stops at the first bad one."""
    return [parse_line(line, n) for n, line in enumerate(lines, start=1) if line.strip()]
