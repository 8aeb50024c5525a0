"""How many indexed texts hold each trigram, so a substring search can start from its rarest ones.

FTS5 answers a phrase by walking the full list of every trigram in it, and in
names and their pinyin `ang` or `ng ` sit in a quarter of a million texts: a
phrase like `zhang ting hui` cost 15-30 ms on 100,000 people. Any text holding
the query holds each of its trigrams, so asking for its few rarest ones (a
short list each) and then checking the whole query in the candidates gives the
same rows in about a millisecond. The counts only guide that choice.

A count falls to zero and its row goes when the last text holding the trigram
goes, so a shredded name leaves no trigram of itself behind.
"""

import itertools
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.database.in_lists import chunks, marks

if TYPE_CHECKING:
    from app.database import Database

_PICK = 3  # trigrams asked for: fewer leave many candidates to check, more add lists to walk


def trigrams(text: str) -> set[str]:
    """The distinct three-character pieces of a text, as the trigram tokenizer cuts them."""
    return {text[i : i + 3] for i in range(len(text) - 2)}


def counted(texts: Iterable[str]) -> Counter[str]:
    """How many of these texts hold each trigram (worked out apart from the database, so a bulk write overlaps it).

    Texts repeat (places, charges, common names and their pinyin): each distinct text is cut once, and the
    trigrams of those met once (most) are counted in one pass in C.
    """
    once: list[str] = []
    repeated: Counter[str] = Counter()
    for text, times in Counter(texts).items():
        if times == 1:
            once.append(text)
        else:
            repeated.update(dict.fromkeys(trigrams(text), times))
    counts = Counter(itertools.chain.from_iterable(map(trigrams, once)))
    counts.update(repeated)
    return counts


def apply(db: "Database", counts: Counter[str], sign: int) -> None:
    """Add (sign 1) or take away (sign -1) texts' counts; inside the writing transaction."""
    if not counts:
        return
    db.executemany(
        "INSERT INTO search_grams(gram, texts) VALUES(?, ?) ON CONFLICT(gram) DO UPDATE SET texts = texts + excluded.texts",
        [(gram, sign * n) for gram, n in sorted(counts.items())],  # in key order: each page written once
    )
    if sign < 0:
        db.execute("DELETE FROM search_grams WHERE texts <= 0")


def rarest(db: "Database", needles: list[str]) -> list[list[str]]:
    """For each needle (three characters or more), its rarest trigrams.

    A needle with a trigram that no text holds gets none: no text can hold the needle.
    """
    pieces = [trigrams(n) for n in needles]
    wanted = sorted(set().union(*pieces))
    found: dict[str, int] = {}
    for chunk in chunks(wanted):
        rows = db.execute(f"SELECT gram, texts FROM search_grams WHERE gram IN ({marks(chunk)})", chunk)  # noqa: S608 - placeholders only
        found.update(rows.fetchall())
    return [[] if not grams <= found.keys() else sorted(grams, key=lambda g: (found[g], g))[:_PICK] for grams in pieces]
