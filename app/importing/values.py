"""Cell values turned into what a record field holds: text, lists, and vocabulary codes.

A vocabulary cell may hold the code (`religious_leader`), the English label
(`religious leader`, any case) or a Chinese word (`宗教人士`, Simplified or
Traditional); lists are split on semicolons and the Chinese enumeration comma.
"""

import datetime as dt
import functools
import re
import unicodedata

from app.importing.chinese_labels import TABLES
from app.importing.table import Cell
from app.names.normalise import normalise

# Lists: places and charges keep their commas ("Wuhan, Hubei"); roles and tags may also be split on commas.
_ITEMS = re.compile(r"\s*[;；、\n|]\s*")
_WORDS = re.compile(r"\s*[;；、\n|,，]\s*")


class NotInVocabulary(ValueError):
    """A cell that names none of a vocabulary's codes or labels."""


def text(cell: Cell) -> str:
    """A cell as text: whole numbers without `.0`, dates in ISO form."""
    if type(cell) is str:  # nearly every cell: CSV holds nothing else
        return cell.strip()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.date | dt.datetime | dt.time):
        return cell.isoformat()
    return str(cell).strip()


def items(cell: Cell) -> list[str]:
    """The parts of a list cell separated by `;`, `；`, `、`, `|` or line breaks."""
    return [part for part in _ITEMS.split(text(cell)) if part]


def words(cell: Cell) -> list[str]:
    """Like items, and also separated by commas: for roles and tags."""
    return [part for part in _WORDS.split(text(cell)) if part]


def fold(label: str) -> str:
    """The form labels are compared in: normalised (casefold, Traditional folded to Simplified), without spaces,
    punctuation or symbols, so `Date of birth:`, `date-of-birth` and `D.O.B.` meet their field."""
    return "".join(ch for ch in normalise(label) if unicodedata.category(ch)[0] not in "PSZC")


@functools.cache
def _lookup(table: str) -> dict[str, str]:
    codes, chinese = TABLES[table]
    found = {fold(code): code for code in codes} | {fold(label): code for code, label in codes.items()}
    for code, synonyms in chinese.items():
        found.update((fold(word), code) for word in synonyms)
    if table == "sex":
        found.update({"m": "male", "f": "female"})
    return found


def code(table: str, cell: Cell) -> str:
    """The vocabulary code a cell names; NotInVocabulary (with the choices) otherwise."""
    found = _lookup(table).get(fold(text(cell)))
    if found is None:
        codes, _ = TABLES[table]
        raise NotInVocabulary(f"is not one of: {', '.join(codes.values())}")
    return found
