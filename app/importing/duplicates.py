"""Possible duplicates across scripts: a sheet row against the vault and the rows above it, or a vault against itself.

A pair is proposed when some of their names agree (same spelling, the same
reading in another script, the same words turned round, the same Uyghur
consonants, one letter apart) and nothing rules it out: birth dates that cannot
both be true, different sexes, or Han primary names with no Han name in common.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from app.importing.blocking import PeopleIndex
from app.importing.namekeys import EXACT, SKELETON, TURNED, TYPO, Remembered, person_keys
from app.importing.people import Person, people_of
from app.importing.reasons import explain
from app.records.record import Record

# How the names agree, strongest first: a short label for lists and --json (the reasons say it in full).
STRENGTHS = {EXACT: "same name", TURNED: "same name in another order", SKELETON: "Uyghur name sounds alike", TYPO: "one letter apart"}


@dataclass(frozen=True)
class PossibleDuplicate:
    """`person` (a sheet row, or the later of two vault records) may be `other` (a vault person or an earlier row)."""

    person: Person
    other: Person
    strength: int
    birth_agrees: bool

    @property
    def in_vault(self) -> bool:
        """True if `other` is a vault record (its ref is an id), False if it is an earlier row of the sheet."""
        return isinstance(self.other.ref, str)

    def reasons(self) -> list[str]:
        return explain(self.person, self.other)

    @property
    def why(self) -> str:
        return "; ".join(self.reasons())

    def to_json(self) -> dict[str, Any]:
        key = "id" if self.in_vault else "row"
        return {key: self.other.ref, "match": STRENGTHS[self.strength], "why": self.why, "birth_date_agrees": self.birth_agrees}


def index_people(people: Iterable[Person]) -> PeopleIndex:
    """The vault's people filed for comparison: seconds for 100,000 people, so the session may keep it between
    previews (changing the mapping re-reads the sheet, not the vault) until the vault changes."""
    index = PeopleIndex()
    remembered = Remembered()
    for person in people:
        index.add(person, person_keys(person.name_dicts(), remembered), person.birth_span())
    return index


class DuplicateFinder:
    """Newcomers compared with the people of `existing` (never changed here) and with the newcomers before them."""

    def __init__(self, existing: PeopleIndex | None = None) -> None:
        self.existing = existing if existing is not None else PeopleIndex()
        self.index = PeopleIndex()
        self.remembered = Remembered()

    def check_and_add(self, person: Person, names: list[dict[str, str]] | None = None) -> list[PossibleDuplicate]:
        """The possible duplicates of `person`, the existing people first, each part best first; then `person` is filed."""
        keys = person_keys(names if names is not None else person.name_dicts(), self.remembered)
        span = person.birth_span()
        found = [PossibleDuplicate(person, index.people[c.slot], c.strength, c.birth_agrees)
                 for index in (self.existing, self.index) for c in index.candidates(person, keys, span)]
        self.index.add(person, keys, span)
        return found


def vault_duplicates(records: Iterable[Record]) -> Iterator[PossibleDuplicate]:
    """Pairs of people within a vault that may be one person (Vault ▸ Find duplicates…, `casebook duplicates`)."""
    finder = DuplicateFinder()
    for person in people_of(records):
        yield from finder.check_and_add(person)
