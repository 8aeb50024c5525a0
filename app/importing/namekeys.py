"""The keys under which a person's names are filed for finding duplicates, in every script they can be read in.

Each name gives:
- its own spelling (`s`), folded as search folds it: case, marks, spaces,
  Traditional → Simplified, so 張偉 and 张伟 meet;
- its Latin readings (`r`): a Latin name itself, each pinyin reading of a Han
  name (every reading of the surname), the ULY reading of a Uyghur name in
  Arabic script; so 張偉, `Zhāng Wěi` and `zhang wei` meet;
- the same readings with the words turned round, looked up but not filed, so
  `Wei Zhang` (given name first) meets 张伟;
- a consonant skeleton of each reading (`ka` from Arabic script, `kl` from the
  others), so مەمەتجان meets Mamatjan and Maimaitijiang; only pairs with an
  Arabic-script side are compared this way, and people whose primary name is
  Han (not a transcription, which Chinese writes with a middle dot) have none;
- its words of five letters or more, for one-typo matching (as search does).
Aliases and online handles are filed apart: two people who only share an
alias are not proposed as the same person.
"""

import re
from dataclasses import dataclass, field

from app.importing.uyghur import MIN_SKELETON, is_uyghur_arabic, plain_latin, skeleton
from app.names.normalise import compact, has_han, normalise
from app.names.pinyin import pinyin_keys

MAIN_KINDS = frozenset({"primary", "legal", "romanised"})
EXACT, TURNED, SKELETON, TYPO = 0, 1, 2, 3  # how strongly a key says "the same name", strongest first
_WORD_BREAK = re.compile(r"[\s\-]+")
# The dot Chinese writes between the parts of a transcribed foreign name: 买买提江·阿布力孜.
_TRANSCRIBED = re.compile("[·•・‧]")
_ASCII_BREAKS = str.maketrans({"-": " ", "'": None, ".": None, "_": None})


@dataclass
class PersonKeys:
    """Keys to file a person under (main names and aliases apart), keys to look others up with, and typo words.

    `han` holds the folded spellings of the Han names of a person whose primary
    name is Han (None for anyone else): two such people with no Han name in
    common are different people, even if their names read alike (张伟, 章伟).
    A Uyghur or Tibetan name in Han characters is a transcription, and those
    vary, so it does not count.
    """

    filed_main: set[str] = field(default_factory=set)
    filed_alias: set[str] = field(default_factory=set)
    lookups: dict[tuple[str, bool], int] = field(default_factory=dict)  # (key, from a main name) -> strength
    readings: set[tuple[tuple[str, ...], bool]] = field(default_factory=set)  # Latin readings as words, for typos
    han: frozenset[str] | None = None

    def look(self, key: str, main: bool, strength: int) -> None:
        if self.lookups.get((key, main), TYPO + 1) > strength:
            self.lookups[(key, main)] = strength


@dataclass(frozen=True, slots=True)
class NameKeys:
    """What one name contributes: keys to file, keys to look up (with their strength), Latin readings as words."""

    filed: tuple[str, ...]
    lookups: tuple[tuple[str, int], ...]
    readings: tuple[tuple[str, ...], ...]
    han_spelling: str | None


class Remembered:
    """Keys of names already seen in this import: names repeat down a caseload (romanisations, common
    Uyghur and Tibetan names), and working one out costs tens of microseconds. At most `limit` names are
    kept, for as long as the import lives."""

    def __init__(self, limit: int = 10_000) -> None:
        self.limit = limit
        self.known: dict[tuple[str, bool], tuple[str, NameKeys]] = {}

    def keys(self, value: str, skeletons: bool) -> tuple[str, NameKeys]:
        """The normalised name and its keys."""
        found = self.known.get((value, skeletons))
        if found is None:
            if len(self.known) >= self.limit:
                self.known.clear()
            text = normalise(value)
            found = self.known[(value, skeletons)] = (text, name_keys(text, skeletons=skeletons))
        return found


def person_keys(names: list[dict[str, str]], remembered: Remembered | None = None) -> PersonKeys:
    """The keys of one person's names; skeletons only for someone whose primary name is not Han."""
    remembered = remembered or Remembered(limit=0)
    keys = PersonKeys()
    primary = next((n["value"] for n in names if n.get("kind") == "primary"), names[0]["value"] if names else "")
    han_person = has_han(primary) and not _TRANSCRIBED.search(primary)
    han: set[str] = set()
    texts: dict[str, tuple[NameKeys, bool]] = {}  # each normalised name once (Zhāng Wěi = Zhang Wei), main if any is
    for name in names:
        text, known = remembered.keys(name["value"], not han_person)
        main = name.get("kind", "primary") in MAIN_KINDS
        texts[text] = (known, main or (text in texts and texts[text][1]))
    for known, main in texts.values():
        (keys.filed_main if main else keys.filed_alias).update(known.filed)
        for key, strength in known.lookups:
            keys.look(key, main, strength)
        keys.readings.update((words, main) for words in known.readings)
        if known.han_spelling:
            han.add(known.han_spelling)
    keys.han = frozenset(han) if han_person else None
    return keys


def name_keys(text: str, *, skeletons: bool) -> NameKeys:
    """The keys of one normalised name."""
    if not text:
        return NameKeys((), (), (), None)
    is_han = has_han(text)
    filed: list[str] = []
    lookups: list[tuple[str, int]] = []
    spelling = compact(text)
    arabic = not is_han and is_uyghur_arabic(text)
    readings = _readings(text, is_han, arabic)
    if not readings or not spelling.isascii():  # a non-Latin name is also filed under its own spelling
        filed.append("s" + spelling)
        lookups.append(("s" + spelling, EXACT))
    for words in readings:
        joined = "".join(words)
        filed.append("r" + joined)
        lookups.append(("r" + joined, EXACT))
        lookups.extend(("r" + "".join(words[i:] + words[:i]), TURNED) for i in range(1, min(len(words), 3) if is_han else len(words)))
        bones = skeleton(joined, pinyin=is_han) if skeletons else ""
        if len(bones) >= MIN_SKELETON:
            filed.append(("ka" if arabic else "kl") + bones)
            lookups.append(("ka" + bones, SKELETON))
            if arabic:
                lookups.append(("kl" + bones, SKELETON))
    return NameKeys(tuple(filed), tuple(lookups), tuple(readings), spelling if is_han else None)


def latin_readings(text: str) -> list[tuple[str, ...]]:
    """A normalised name's Latin readings as words: itself if Latin, pinyin if Han, ULY if Uyghur Arabic."""
    is_han = has_han(text)
    return _readings(text, is_han, not is_han and is_uyghur_arabic(text))


def _readings(text: str, is_han: bool, arabic: bool) -> list[tuple[str, ...]]:
    if is_han:
        return [tuple(reading.split()) for reading in pinyin_keys(text)]
    if arabic:
        return [tuple(plain_latin(text).split())]
    if text.isascii():
        return [tuple(text.translate(_ASCII_BREAKS).split())]
    if compact(text).isascii():
        return [tuple(w for w in (compact(part) for part in _WORD_BREAK.split(text)) if w)]
    return []
