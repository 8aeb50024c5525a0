"""What a write asks for, and the stamps every new record and version gets."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

import uuid6


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_id() -> str:
    """A UUIDv7: time-ordered, so new records cluster at the end of the index."""
    return str(uuid6.uuid7())


@dataclass
class Change:
    """A request to create or update one record; a None field value removes the field."""

    kind: str
    fields: dict[str, Any]
    id: str | None = None
    where: str = ""
