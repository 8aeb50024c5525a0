"""What of a record goes into the index, and in which form.

People, organisations and cases are indexed (events, interventions and links
are found through their case). Each gives:

- texts for the trigram table (substring matching, 3 characters or more), each
  with its field and a weight: 0 means "a name", scored exact / prefix / part
  by the query; otherwise the fixed score of another field (case titles, then
  charges, places, authorities and locations, then notes);
- keys for exact and prefix matching of names (also without spaces, and the
  pinyin of Han names), and the 1- and 2-character pieces of Han names, which
  a trigram index cannot find;
- Latin name words of five letters or more, for one-typo matching.
"""

from dataclasses import dataclass, field
from typing import Any

from app.names.normalise import compact, han_runs, normalise
from app.names.pinyin import pinyin_keys
from app.names.typo import eligible
from app.records.record import Record

INDEXED_KINDS = frozenset({"person", "organisation", "case"})
HELD_STATUSES = ("detained", "rsdl", "disappeared")

# Scores: a higher class always ranks first; ties go to open detentions, then the most recent.
# A case's title is not a name: a person's name ranks above the titles of their cases.
EXACT, PREFIX, PART, TYPO, TITLE, FIELD, NOTES = 40, 30, 20, 15, 12, 10, 5

# search_keys.cls: a whole name (exact or prefix), or a Han piece at a name's start or inside it.
KEY_NAME, KEY_GRAM_START, KEY_GRAM_INSIDE = 0, 1, 2

TERMS_PER_DOC = 1024  # rowid = doc * TERMS_PER_DOC + term number, so one range holds a record's terms
SHIFT = 10


@dataclass
class Entry:
    """Everything the index holds for one record."""

    record_id: str
    kind: str
    held: bool
    version: str  # the hybrid-clock version: "most recently updated", to the millisecond
    texts: list[tuple[str, str, int]] = field(default_factory=list)  # (text, field, weight)
    keys: list[tuple[str, int]] = field(default_factory=list)  # (key, cls)
    words: set[str] = field(default_factory=set)


def _add_names(entry: Entry, values: list[str]) -> None:
    """Each distinct normalised name: its text, keys, pinyin readings, Han pieces and typo words."""
    keys: set[str] = set()
    grams: dict[str, int] = {}
    for name in dict.fromkeys(normalise(v) for v in values):
        if not name:
            continue
        entry.texts.append((name, "names", 0))
        keys.update((name, compact(name)))
        for reading in pinyin_keys(name):
            entry.texts += [(reading, "pinyin", 0), (compact(reading), "pinyin", 0)]
            keys.update((reading, compact(reading)))
            entry.words.update(w for w in reading.split() if eligible(w))
        entry.words.update(w for w in name.split() if eligible(w))
        _add_grams(grams, name)
    entry.keys.extend((key, KEY_NAME) for key in sorted(keys))
    entry.keys.extend(grams.items())


def _add_grams(grams: dict[str, int], name: str) -> None:
    """1- and 2-character pieces of each run of Han characters, marked if they start the name."""
    for run in han_runs(name):
        for size in (1, 2):
            for i in range(len(run) - size + 1):
                gram = run[i : i + size]
                cls = KEY_GRAM_START if i == 0 and name.startswith(run) else KEY_GRAM_INSIDE
                grams[gram] = min(cls, grams.get(gram, cls))


def held(kind: str, fields: dict[str, Any], status: str | None) -> bool:
    """An open detention: a person held now, or an open detention or disappearance case."""
    if kind == "person":
        return status in HELD_STATUSES
    if kind == "case":
        return fields.get("status") == "open" and fields.get("type") in ("detention", "enforced_disappearance")
    return False


def entry_for(record: Record, status: str | None = None) -> Entry | None:
    """The index entry of a live record of an indexed kind; None otherwise."""
    if record.deleted or record.kind not in INDEXED_KINDS:
        return None
    fields = record.fields
    entry = Entry(record.id, record.kind, held(record.kind, fields, status), record.version)
    _add_names(entry, [n["value"] for n in fields.get("names") or []])
    if fields.get("title"):
        entry.texts.append((normalise(fields["title"]), "title", TITLE))
    others: list[tuple[str, str]] = [("charges", f"{c['charge']} {c.get('article', '')}") for c in fields.get("charges") or []]
    others += [("places", p) for p in fields.get("places") or []]
    others += [("authorities", a) for a in fields.get("authorities") or []]
    if fields.get("location"):
        others.append(("location", fields["location"]))
    entry.texts.extend((normalise(text), name, FIELD) for name, text in others)
    if fields.get("notes"):
        entry.texts.append((normalise(fields["notes"]), "notes", NOTES))
    del entry.texts[TERMS_PER_DOC:]
    del entry.keys[TERMS_PER_DOC:]
    return entry
