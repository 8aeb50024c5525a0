"""Long lists of ids asked for in pieces: `IN (?, ?, …)` lists well below SQLite's limit on variables."""

from collections.abc import Iterator, Sequence
from typing import TypeVar

CHUNK = 500
Item = TypeVar("Item")


def chunks(items: Sequence[Item], size: int = CHUNK) -> Iterator[Sequence[Item]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def marks(items: Sequence[object]) -> str:
    """The placeholders of an IN (...) list of these items."""
    return ",".join("?" * len(items))
