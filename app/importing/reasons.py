"""Why two people may be the same: which of their names agree and how, and whether birth date and sex agree.

Worked out only for the pairs the user looks at, from the names themselves:
`Han name 張偉 reads zhang wei = Latin name Zhang Wei; same birth date 1973-05-01`.
"""

from collections.abc import Iterator

from app.importing.namekeys import latin_readings
from app.importing.people import Person
from app.importing.uyghur import MIN_SKELETON, is_uyghur_arabic, skeleton, to_latin
from app.names.normalise import compact, has_han, normalise
from app.names.typo import eligible, one_edit_apart
from app.records import vocab

_SCRIPT_NAMES = {"Hani": "Han", "Hans": "Han", "Hant": "Han", "Latn": "Latin", "Arab": "Uyghur", "Tibt": "Tibetan",
                 "Cyrl": "Cyrillic"}


def explain(person: Person, other: Person) -> list[str]:
    """Reasons, strongest first: the best agreement of names, then birth date, then sex."""
    reasons: list[str] = []
    ranked = sorted(_name_agreements(person, other), key=lambda r: r[0])
    if ranked:
        reasons.append(ranked[0][1])
    reasons.extend(_birth(person, other))
    if person.sex and person.sex == other.sex and person.sex in ("male", "female"):
        reasons.append(f"both {vocab.label(vocab.SEXES, person.sex)}")
    return reasons


def _label(value: str, script: str) -> str:
    if has_han(value):
        return f"Han name {value}"
    if script == "Arab" and not is_uyghur_arabic(normalise(value)):
        return f"Arabic-script name {value}"
    return f"{_SCRIPT_NAMES.get(script, 'other')} name {value}"


def _name_agreements(person: Person, other: Person) -> Iterator[tuple[int, str]]:
    """(rank, sentence) for each pair of names that agree in some way."""
    for a, script_a, _ in person.names:
        for b, script_b, _ in other.names:
            found = _agreement(a, script_a, b, script_b)
            if found:
                yield found


def _agreement(a: str, script_a: str, b: str, script_b: str) -> tuple[int, str] | None:
    na, nb = normalise(a), normalise(b)
    if compact(na) == compact(nb):
        if a == b:
            return 0, f"same name {a}"
        both_han = has_han(a) and has_han(b)
        return 0, f"{_label(a, script_a)} = {b}" + (" (Traditional and Simplified)" if both_han else "")
    ra, rb = latin_readings(na), latin_readings(nb)
    joined_b = {"".join(w): w for w in rb}
    for words in ra:
        if "".join(words) in joined_b:
            return 1, _reads(a, script_a, words, b, script_b, joined_b["".join(words)])
    for words in ra:
        for i in range(1, len(words)):
            turned = words[i:] + words[:i]
            if "".join(turned) in joined_b:
                return 2, f"{_as_read(a, script_a, words)} = {_as_read(b, script_b, joined_b[''.join(turned)])} in the other order"
    for words in ra:
        for other in rb:
            if _one_letter_apart(words, other):
                return 4, f"{_as_read(a, script_a, words)} and {_as_read(b, script_b, other)} differ by one letter"
    if is_uyghur_arabic(na) or is_uyghur_arabic(nb):
        for words in ra:
            for other in rb:
                bones = skeleton("".join(words), pinyin=has_han(na))
                if len(bones) >= MIN_SKELETON and bones == skeleton("".join(other), pinyin=has_han(nb)):
                    return 3, f"{_as_read(a, script_a, words)} ≈ {_as_read(b, script_b, other)} (the same consonants, {bones})"
    return None


def _shown(value: str, words: tuple[str, ...]) -> str:
    """A reading as the user reads it: pinyin syllables (zhang wei), or a Uyghur name in ULY (Memetjan Abliz)."""
    return to_latin(value) if is_uyghur_arabic(normalise(value)) else " ".join(words)


def _as_read(value: str, script: str, words: tuple[str, ...]) -> str:
    """`Han name 張偉 (zhang wei)`, or just `Latin name Zhang Wei` when the reading is the name."""
    if compact(normalise(value)) == "".join(words):
        return _label(value, script)
    return f"{_label(value, script)} ({_shown(value, words)})"


def _reads(a: str, script_a: str, wa: tuple[str, ...], b: str, script_b: str, wb: tuple[str, ...]) -> str:
    """`Han name 張偉 reads zhang wei = Latin name Zhang Wei`, the reading in the syllables of the name that has them."""
    if compact(normalise(a)) == "".join(wa):
        return f"{_label(b, script_b)} reads {_shown(b, wb)} = {_label(a, script_a)}"
    if compact(normalise(b)) == "".join(wb):
        return f"{_label(a, script_a)} reads {_shown(a, wa)} = {_label(b, script_b)}"
    return f"{_label(a, script_a)} and {_label(b, script_b)} both read {_shown(a, wa)}"


def _one_letter_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same words but one, which differs by one letter and has five letters or more."""
    if len(a) != len(b):
        return False
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differing) == 1 and all(map(eligible, differing[0])) and one_edit_apart(*differing[0])


def _birth(person: Person, other: Person) -> list[str]:
    if not person.birth or not other.birth:
        return ["no birth date to compare"]
    if person.birth == other.birth:
        return [f"same birth date {person.birth}"]
    return [f"birth dates agree ({person.birth} / {other.birth})"]
