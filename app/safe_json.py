"""JSON from outside the vault (records typed or piped in, bundles received), parsed within fixed bounds.

Python's json module recurses once per level of nesting, so a deeply nested
value raised RecursionError, and an integer of more than 4,300 digits raised
a bare ValueError: both reached the user as stack traces. Here either is a
JsonRefused (a ValueError, so callers that already turn malformed JSON into
their own sentence keep doing so) whose `reason` a message can quote. The
bounds are far above anything Casebook writes: a record nests about five
levels deep and its largest number is a time in milliseconds.
"""

import json
from typing import Any

MAX_DEPTH = 32
MAX_INT_DIGITS = 30


class JsonRefused(ValueError):
    """Valid or not, the JSON is beyond what Casebook reads; `reason` says why in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise JsonRefused(f"a number has more than {MAX_INT_DIGITS} digits")
    return int(text)


def _no_constant(name: str) -> Any:
    raise JsonRefused(f"{name} is not a number JSON allows")


def _check_depth(value: Any) -> None:
    """Walk without recursion, so the check itself cannot run out of stack."""
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        for child in children:
            if isinstance(child, (dict, list)):
                if depth + 1 > MAX_DEPTH:
                    raise JsonRefused(f"it is nested more than {MAX_DEPTH} levels deep")
                pending.append((child, depth + 1))


def loads(text: str | bytes) -> Any:
    """Parse `text`; JSONDecodeError for malformed JSON, JsonRefused for JSON beyond the bounds."""
    try:
        value = json.loads(text, parse_int=_bounded_int, parse_constant=_no_constant)
    except RecursionError:
        raise JsonRefused(f"it is nested more than {MAX_DEPTH} levels deep") from None
    _check_depth(value)
    return value
