"""canonical_json writes exactly the bytes of the json module's canonical form.

Seals, bundle hashes and signatures depend on those bytes: a vault or bundle
written before canonical_json used orjson must read and check the same.
"""

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.records.record import canonical_json


def reference(value: Any) -> bytes:
    """The canonical form as first defined, with the json module."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


# Any text a record can hold: every code point but the lone surrogates (which validation refuses),
# control characters, quotes and backslashes included.
TEXT = st.text(st.characters(exclude_categories=("Cs",)))
SCALARS = st.none() | st.booleans() | st.integers() | TEXT
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(TEXT, inner, max_size=5),
                      max_leaves=30)


@settings(max_examples=500)
@given(VALUES)
def test_canonical_json_gives_the_json_modules_bytes(value: Any) -> None:
    assert canonical_json(value) == reference(value)


@pytest.mark.parametrize("value", [
    "\x00\x01\x1f\x7f\u2028\u2029\"\\\n\t\b\f\r",
    {"é": 1, "z": 2, "\U0001f600": 3, "\uffff": 4, "Z": 5, "": 6},
    [2**64, -(2**63) - 1, 2**63 - 1],
    {"fields": {"names": [{"value": "滕彪", "script": "Hani", "kind": "primary"}]}, "deleted": False, "seen": {}},
])
def test_canonical_json_edge_values(value: Any) -> None:
    assert canonical_json(value) == reference(value)


def test_canonical_json_refuses_what_json_refuses() -> None:
    with pytest.raises(UnicodeEncodeError):
        canonical_json({"name": "\ud800"})
    with pytest.raises(TypeError):
        canonical_json({1: "a", "b": 2})
