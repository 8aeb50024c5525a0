"""The little the duplicate finder keeps of each person: names, birth date and sex, and where the person came from."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from sys import intern
from typing import Any

from app.records import schema
from app.records.dates import PartialDate
from app.records.record import Record

_APPROXIMATE_DAYS = 366  # "~1973" may be a year either side


@dataclass(frozen=True, slots=True)
class Person:
    """`ref` is a vault record id (text) or a sheet row number; `names` are (value, script, kind)."""

    ref: str | int
    names: tuple[tuple[str, str, str], ...]
    birth: str | None = None
    sex: str | None = None

    @classmethod
    def of_fields(cls, ref: str | int, fields: dict[str, Any]) -> "Person":
        """Scripts, kinds and sexes are interned: each record's JSON makes its own copies of `Latn` and `romanised`,
        which for 100,000 people kept for comparison come to tens of megabytes."""
        names = tuple((n["value"], intern(n["script"]), intern(n["kind"])) for n in fields.get("names") or [])
        sex = fields.get("sex")
        return cls(ref, names, fields.get("birth_date"), intern(sex) if sex else None)

    @classmethod
    def of_record(cls, record: Record) -> "Person":
        return cls.of_fields(record.id, record.fields)

    def name_dicts(self) -> list[dict[str, str]]:
        return [{"value": v, "script": s, "kind": k} for v, s, k in self.names]

    @property
    def display_name(self) -> str:
        """The name a list shows: the primary name with its romanisation, as for a record."""
        return schema.display_name("person", {"names": self.name_dicts()})

    def birth_span(self) -> tuple[int, int] | None:
        """The first and last day (as ordinals) the birth date can mean, widened by a year if approximate."""
        if not self.birth:
            return None
        try:
            date = PartialDate.parse(self.birth)
        except ValueError:
            return None
        slack = _APPROXIMATE_DAYS if date.approximate else 0
        return date.earliest().toordinal() - slack, min(date.latest().toordinal() + slack, dt.date.max.toordinal())


def people_of(records: Iterable[Record]) -> Iterable[Person]:
    """The live people among `records`, as the finder keeps them."""
    return (Person.of_record(r) for r in records if r.kind == "person" and not r.deleted)
