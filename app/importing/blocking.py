"""The blocking index: people filed under their name keys, so a new person is compared with the few who share a key.

Comparing every pair of 100,000 people is five billion comparisons; looking up
a person's keys finds the handful worth comparing in microseconds. Slots are
small integers; what the vetoes need (birth span, sex, Han spellings) sits in
lists beside them, so rejecting a candidate costs no object look-ups. Words
one letter apart are paired as they are filed, so a typo look-up is a dict get.
"""

import datetime as dt
from array import array
from dataclasses import dataclass

from app.importing.namekeys import TYPO, PersonKeys
from app.importing.people import Person
from app.names.typo import deletions, eligible, one_edit_apart

_MALE_FEMALE = frozenset({"male", "female"})
_UNKNOWN = dt.date.max.toordinal() + 1  # the last day of an unknown birth date: later than any
Span = tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class Candidate:
    """An indexed person who may be the same as the one looked up: how strong the name evidence, and whether birth dates agree."""

    slot: int
    strength: int
    birth_agrees: bool


class PeopleIndex:
    def __init__(self) -> None:
        self.people: list[Person] = []
        # Birth spans as first and last day (ordinals; 0 and a day past any date when unknown), in compact arrays.
        self._first = array("l")
        self._last = array("l")
        self._sexes: list[str | None] = []
        self._han: list[tuple[str, ...] | None] = []
        self._main: dict[str, list[int]] = {}
        self._alias: dict[str, list[int]] = {}
        self._near: dict[str, list[str]] = {}  # a word with one letter deleted -> the filed words that give it
        self._neighbours: dict[str, list[str]] = {}  # a filed word -> the filed words one edit from it

    def __len__(self) -> int:
        return len(self.people)

    def add(self, person: Person, keys: PersonKeys, span: Span) -> None:
        slot = len(self.people)
        self.people.append(person)
        self._first.append(span[0] if span else 0)
        self._last.append(span[1] if span else _UNKNOWN)
        self._sexes.append(person.sex if person.sex in _MALE_FEMALE else None)
        self._han.append(tuple(keys.han) if keys.han is not None else None)
        for table, filed in ((self._main, keys.filed_main), (self._alias, keys.filed_alias - keys.filed_main)):
            for key in filed:
                table.setdefault(key, []).append(slot)
        for words, _ in keys.readings:
            for word in words:
                if word not in self._neighbours and eligible(word):
                    self._file_word(word)

    def candidates(self, person: Person, keys: PersonKeys, span: Span) -> list[Candidate]:
        """Indexed people sharing a name key with `person` whose birth date, sex and Han names do not rule them out."""
        if not self.people:
            return []  # an empty vault's index: its typo look-ups would work out every word's deletions for nothing
        found: dict[int, int] = {}
        for (key, main), strength in sorted(keys.lookups.items(), key=lambda item: item[1]):
            found = self._collect(found, key, main, strength)
        for words, main in keys.readings:
            for variant in self._one_typo_away(words):
                found = self._collect(found, variant, main, TYPO)
        sex = person.sex if person.sex in _MALE_FEMALE else None
        first, last = span if span is not None else (0, _UNKNOWN)
        result: list[Candidate] = []
        for slot, strength in found.items():
            if last < self._first[slot] or self._last[slot] < first:
                continue
            if sex is not None and self._sexes[slot] not in (None, sex):
                continue
            other_han = self._han[slot]
            if keys.han is not None and other_han is not None and keys.han.isdisjoint(other_han):
                continue
            known = span is not None and self._last[slot] != _UNKNOWN
            result.append(Candidate(slot, strength, known))
        result.sort(key=lambda c: (not c.birth_agrees, c.strength, c.slot))
        return result

    def _collect(self, found: dict[int, int], key: str, main: bool, strength: int) -> dict[int, int]:
        """`found` with the slots filed under `key` added; an alias meets only main names, never another alias.

        Keys come strongest first, so a slot found already keeps its strength;
        merging whole dicts keeps the loop over a big block (a common Uyghur
        name is shared by dozens) in C.
        """
        for table in (self._main, self._alias) if main else (self._main,):
            slots = table.get(key)
            if slots:
                found = {**dict.fromkeys(slots, strength), **found}
        return found

    def _file_word(self, word: str) -> None:
        neighbours = self._near_words(word)
        self._neighbours[word] = neighbours
        for other in neighbours:
            self._neighbours[other].append(word)
        for form in deletions(word):
            self._near.setdefault(form, []).append(word)

    def _near_words(self, word: str) -> list[str]:
        """Filed words one edit from `word` (insert, delete, replace, swap), found through their shared deletions."""
        found = {other for form in deletions(word) for other in self._near.get(form, ())}
        return [other for other in found if one_edit_apart(word, other)]

    def _one_typo_away(self, words: tuple[str, ...]) -> set[str]:
        """Reading keys of filed names that differ from `words` by one letter in one word of five letters or more."""
        variants: set[str] = set()
        for i, word in enumerate(words):
            if not eligible(word):
                continue
            neighbours = self._neighbours.get(word)
            for other in neighbours if neighbours is not None else self._near_words(word):
                variants.add("r" + "".join(words[:i]) + other + "".join(words[i + 1 :]))
        return variants
