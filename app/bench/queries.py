"""The benchmark's fixed query set, drawn with a seed from the benchmark's own people.

Every class the search issue names: 1- and 2-character Han, Han of 3 characters
or more, pinyin with spaces (half of them with tone marks) and without (half of
them capitalised), a Latin prefix, a Latin word with one typo, Uyghur in Arabic
script and in Latin letters, Tibetan, and queries that must find nothing.

A query made from a person expects that person in the top 10. That can only be
asked of a query few people share, so candidates are checked against all the
names (and pinyin readings, made here with pypinyin directly, not with the
index's code): at most MAX_SHARED occurrences. Where a class has no query that
specific (a single Han character is shared by hundreds; on a big vault every
Uyghur or Tibetan full name of the demo pools is shared by dozens), the query
instead names who it is shared by, and its first hits (ten, or all of them if
fewer) must all be among those. For a name, or the start of one, that is
decidable: everyone whose name (or pinyin reading) starts with the query scores
exact or prefix, above every other hit, so the person it was made from is found
exactly when one of equal standing is.
"""

import bisect
import functools
import itertools
import random
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

from app.names.normalise import compact, has_han, is_han, normalise
from app.names.pinyin import load_pypinyin
from app.names.typo import deletions

MAX_SHARED = 5
MAX_ATTEMPTS = 2000  # candidates tried per class: the set is built in seconds even at 100,000 people
_LATIN_WORD = re.compile(r"(?<!\S)[a-z]{5,}(?!\S)")  # a whole name word of five Latin letters or more
CLASSES = ("han_1", "han_2", "han_3plus", "pinyin_spaced", "pinyin_compact", "latin_prefix", "latin_typo",
           "uyghur_arabic", "uyghur_latin", "tibetan", "nothing")


@dataclass(frozen=True)
class Person:
    """What the query set needs of a generated person."""

    id: str
    names: tuple[tuple[str, str], ...]  # (value, script)


@dataclass(frozen=True)
class Query:
    """One query; `target` is the person it was made from (None: it must find nothing).

    `shared_by` lists everyone it matches when it is too common to expect one person.
    """

    cls: str
    text: str
    target: str | None
    shared_by: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=65536)
def _syllable(ch: str, tones: bool) -> str:
    pypinyin = load_pypinyin()
    return str(pypinyin.lazy_pinyin(ch, style=pypinyin.Style.TONE if tones else pypinyin.Style.NORMAL)[0])


def readings(han: str, tones: bool = False) -> list[str]:
    return [_syllable(ch, tones) for ch in han if is_han(ch)]


class _Haystack:
    """All normalised names and Han readings, one person per line, for counting occurrences.

    Kept as two long strings rather than objects per person: at 100,000 people the
    query set is built within the benchmark's memory budget.
    """

    def __init__(self, people: list[Person]) -> None:
        lines: list[str] = []
        key_lines: list[str] = []  # each person's name keys as the index makes them, each after a tab
        for person in people:
            parts = [normalise(v) for v, _ in person.names]
            for value, _ in person.names:
                if has_han(value):
                    syllables = readings(normalise(value))
                    parts += [" ".join(syllables), "".join(syllables)]
            lines.append("\t".join(parts))
            key_lines.append("".join("\t" + key for key in {k for part in parts for k in (part, compact(part))}))
        self.text = "\n".join(lines)
        self.key_text = "\n".join(key_lines)
        self.ids = [person.id for person in people]
        self.line_ends = list(itertools.accumulate(len(line) + 1 for line in key_lines))
        self._counts: dict[str, int] = {}

    def count(self, query: str) -> int:
        """Occurrences of the normalised query (an upper bound on the people it names); remembered."""
        needle = normalise(query)
        if needle not in self._counts:
            self._counts[needle] = self.text.count(needle)
        return self._counts[needle]

    def starting_with(self, query: str) -> frozenset[str]:
        """The people with a name or reading (spaces kept or not) that starts with the query: all score exact or prefix."""
        found: set[str] = set()
        for needle in {normalise(query), compact(normalise(query))}:
            at = self.key_text.find("\t" + needle)
            while at >= 0:
                found.add(self.ids[bisect.bisect_right(self.line_ends, at)])
                at = self.key_text.find("\t" + needle, at + 1)
        return frozenset(found)


def _han_grams(people: list[Person], size: int) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for person in people:
        for value, _ in person.names:
            name = normalise(value)
            for i in range(len(name) - size + 1):
                gram = name[i : i + size]
                if all(is_han(ch) for ch in gram):
                    found.setdefault(gram, set()).add(person.id)
    return found


def _near(word: str, vocabulary: set[str]) -> set[str]:
    """The vocabulary's words sharing a one-deletion form with `word`, as the typo index pairs them.

    A word shares one when it is one of those forms, or one of them with a letter put back.
    """
    forms = deletions(word)
    grown = {form[:i] + letter + form[i:] for form in forms for i in range(len(form) + 1)
             for letter in string.ascii_lowercase}
    return (forms | grown) & vocabulary


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    how = rng.choice(("replace", "delete", "swap"))
    if how == "delete":
        return word[:i] + word[i + 1 :]
    if how == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    letter = rng.choice([c for c in string.ascii_lowercase if c != word[i]])
    return word[:i] + letter + word[i + 1 :]


class _Builder:
    def __init__(self, people: list[Person], seed: int, per_class: int) -> None:
        self.people = people
        self.rng = random.Random(seed)  # noqa: S311 - seeded on purpose: the same queries every run
        self.per_class = per_class
        self.hay = _Haystack(people)
        self.queries: list[Query] = []

    def sample(self) -> Iterable[Person]:
        order = list(range(len(self.people)))
        self.rng.shuffle(order)
        return (self.people[i] for i in order)

    def specific(self, text: str) -> bool:
        return 0 < self.hay.count(text) <= MAX_SHARED

    def take(self, cls: str, makers: Iterable[tuple[str, str]]) -> None:
        """Keep the first per_class distinct specific queries (text, target); fill up with shared ones.

        A shared query is a name, or the start of one, of its person that more than MAX_SHARED
        people carry: it expects its first hits to be among those people (see the module's note).
        """
        kept: set[str] = set()
        shared: list[Query] = []
        for attempt, (text, target) in enumerate(makers):
            if attempt == MAX_ATTEMPTS or len(kept) == self.per_class:
                break
            if not text.strip() or text in kept:
                continue
            if self.specific(text):
                kept.add(text)
                self.queries.append(Query(cls, text, target))
            elif len(shared) < self.per_class and text not in {q.text for q in shared}:
                who = self.hay.starting_with(text)
                if target in who:
                    shared.append(Query(cls, text, None, who))
        self.queries += shared[: self.per_class - len(kept)]

    def han_grams(self, cls: str, size: int) -> None:
        grams = _han_grams(self.people, size)
        rare = [g for g, who in grams.items() if len(who) <= MAX_SHARED]
        if rare:
            self.rng.shuffle(rare)
            for gram in sorted(rare[: self.per_class]):
                self.queries.append(Query(cls, gram, self.rng.choice(sorted(grams[gram]))))
            return
        common = sorted(grams, key=lambda g: (len(grams[g]), g))[: self.per_class]
        self.queries += [Query(cls, g, None, frozenset(grams[g])) for g in common]

    def names(self, person: Person, script: str | None = None, han: bool | None = None) -> list[str]:
        return [v for v, s in person.names if (script is None or s == script) and (han is None or has_han(v) == han)]

    def build(self) -> list[Query]:
        rng = self.rng
        self.han_grams("han_1", 1)
        self.han_grams("han_2", 2)
        self.take("han_3plus", ((n, p.id) for p in self.sample() for n in self.names(p, han=True) if len(n) >= 3))
        self.take("pinyin_spaced", ((" ".join(readings(n, tones=rng.random() < 0.5)), p.id)
                                    for p in self.sample() for n in self.names(p, han=True)))
        self.take("pinyin_compact", (("".join(s.capitalize() if rng.random() < 0.5 else s for s in readings(n)), p.id)
                                     for p in self.sample() for n in self.names(p, han=True)))
        self.take("latin_prefix", ((n[: rng.randrange(5, len(n) + 1)], p.id)
                                   for p in self.sample() for n in self.names(p, "Latn") if len(n) >= 5))
        self._typos()
        self.take("uyghur_arabic", ((n, p.id) for p in self.sample() for n in self.names(p, "Arab")))
        self.take("uyghur_latin", ((n, p.id) for p in self.sample() if self.names(p, "Arab") for n in self.names(p, "Latn")))
        self.take("tibetan", ((n.split("་", 1)[-1] if rng.random() < 0.5 else n, p.id)
                              for p in self.sample() for n in self.names(p, "Tibt")))
        self._nothing()
        return self.queries

    def _typos(self) -> None:
        """One edit inside a Latin name word of six letters or more, giving a form no name contains
        and no other name or reading word is near (one deletion from each, at most).

        Rare words give a person to find; where every word is common (name pools), the rarest
        ones are used and the query expects its top hits all to carry the word.
        """
        who: dict[str, set[str]] = {}
        for person in self.people:
            for name in self.names(person, "Latn"):
                for word in normalise(name).split():
                    if len(word) >= 6 and word.isascii() and word.isalpha():
                        who.setdefault(word, set()).add(person.id)
        vocabulary = {m.group() for m in _LATIN_WORD.finditer(self.hay.text)}
        made = 0
        for word in sorted(who, key=lambda w: (len(who[w]), w)):
            typo = _typo(word, self.rng)
            if self.hay.count(typo) or self.hay.count(word) > len(who[word]):
                continue  # the typo is itself a name, or the word hides inside other names
            if _near(typo, vocabulary) != {word}:
                continue  # another word is as near: its people tie with the target's
            if len(who[word]) <= MAX_SHARED:
                self.queries.append(Query("latin_typo", typo, self.rng.choice(sorted(who[word]))))
            else:
                self.queries.append(Query("latin_typo", typo, None, frozenset(who[word])))
            made += 1
            if made == self.per_class:
                return

    def _nothing(self) -> None:
        alphabets = (("bcdfghjklmnpqrstvwxz", 7), ("".join(map(chr, range(0x4E00, 0x9FA5))), 2),
                     ("".join(map(chr, range(0x0628, 0x064A))), 5), ("".join(map(chr, range(0x0F40, 0x0F69))), 4))
        made = 0
        while made < self.per_class:
            letters, size = alphabets[made % len(alphabets)]
            text = "".join(self.rng.choice(letters) for _ in range(size))
            if self.hay.count(text) == 0:
                self.queries.append(Query("nothing", text, None))
                made += 1


def build(people: list[Person], seed: int, per_class: int = 20) -> list[Query]:
    """The query set for these people; the same people and seed give the same queries."""
    return _Builder(people, seed, per_class).build()
