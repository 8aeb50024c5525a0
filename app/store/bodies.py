"""A record's body as it is sealed: its state made compact, then compressed with a dictionary shipped with Casebook.

The first byte says how the rest is written:
  `{`   the canonical JSON of the whole state (every vault written before schema 10);
  0x01  zstd, with the dictionary `resources/dictionaries/records-1.zdict`, of the compact JSON;
  0x02  the same, without the id, kind and version: the body's associated data binds
        them (app/store/sealing.py), so the row's copies are as trustworthy, and
        leaving them out saves a fifth of a body (a random id and version barely compress).

Compact: `clock` keeps only the fields whose version differs from the record's
own version, or that are not in `fields` (a removed field keeps its stamp);
every other field was written at the record's version. Of a typical record
that is most of its clock, a third of its JSON.

The dictionary was trained on synthetic records whose free text was scrambled
(packaging/train_record_dictionary.py): it holds the shape of records — keys,
vocabulary codes, dates — and nothing of any vault. A dictionary learnt from
the vault's own records would keep fragments of them, which shredding a record
could not remove.
"""

import functools
import importlib.resources
import threading
from typing import Any

import orjson
import zstandard

from app.errors import IntegrityError
from app.records.record import Record

ZSTD_DICTIONARY_1 = 1
ZSTD_DICTIONARY_1_BOUND = 2
BOUND = ("id", "kind", "version")  # what the associated data carries
DICTIONARY = "records-1.zdict"
LEVEL = 3
_SORTED = orjson.OPT_SORT_KEYS


@functools.cache
def _dictionary() -> zstandard.ZstdCompressionDict:
    data = importlib.resources.files("resources").joinpath("dictionaries", DICTIONARY).read_bytes()
    return zstandard.ZstdCompressionDict(data)


class _Codecs(threading.local):
    """A compressor and a decompressor for each thread: zstd's may not be used by two threads at once
    (the bulk path seals on a worker while the database thread may seal or open too)."""

    def __init__(self) -> None:
        self.compressor = zstandard.ZstdCompressor(level=LEVEL, dict_data=_dictionary(), write_content_size=True)
        self.decompressor = zstandard.ZstdDecompressor(dict_data=_dictionary())


_codecs = _Codecs()


def _compressor() -> zstandard.ZstdCompressor:
    return _codecs.compressor


def _decompressor() -> zstandard.ZstdDecompressor:
    return _codecs.decompressor


def compact_state(record: Record) -> dict[str, Any]:
    """The record's state with only the per-field versions that cannot be told from the record's version."""
    state = record.state()
    clock = {key: version for key, version in record.clock.items()
             if version != record.version or key not in record.fields}
    if clock:
        state["clock"] = clock
    else:
        del state["clock"]
    return state


def full_state(state: dict[str, Any]) -> dict[str, Any]:
    """The compact state with every field's version back in `clock`."""
    clock = dict.fromkeys(state["fields"], state["version"])
    clock.update(state.get("clock", {}))
    state["clock"] = clock
    return state


def encode(record: Record) -> bytes:
    """What is sealed of a record: a format byte and the compressed compact JSON, less what the seal binds."""
    state = compact_state(record)
    for key in BOUND:
        del state[key]
    return bytes((ZSTD_DICTIONARY_1_BOUND,)) + _compressor().compress(orjson.dumps(state, option=_SORTED))


def decode(plain: bytes, bound: tuple[str, str, str], review: bool = False) -> Record:
    """The record an opened body holds, in any format; `bound` is the (id, kind, version) its seal was opened with."""
    if plain[:1] == b"{":
        return Record.from_body(plain, review)
    form = plain[0] if plain else None
    if form not in (ZSTD_DICTIONARY_1, ZSTD_DICTIONARY_1_BOUND):
        raise IntegrityError("A record is stored in a form this Casebook does not know; update Casebook to read it.")
    state = orjson.loads(_decompressor().decompress(plain[1:]))
    if form == ZSTD_DICTIONARY_1_BOUND:
        state.update(zip(BOUND, bound, strict=True))
    return Record.from_state(full_state(state), review)
