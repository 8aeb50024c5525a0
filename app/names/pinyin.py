"""Pinyin readings of Han names, so `teng biao` and `tengbiao` find 滕彪.

Made from the characters themselves, not from a stored spelling. Each character's
readings are looked up once (pypinyin's phrase analysis is slow and names are not
phrases); the surname may have several readings (单 shan/dan, 曾 zeng/ceng), so every
reading of the first character is kept, and the others take their usual one.
`ü` is written both `v` (as typed) and `u` (as it normalises).
"""

import functools
import itertools
import os
from types import ModuleType

from app.names.normalise import is_han

_MAX_SURNAME_READINGS = 3


def load_pypinyin() -> ModuleType:
    """pypinyin with its single-character dictionary only, imported on first use.

    Names are read one character at a time, so the phrase dictionary (about 45 MB
    of memory, and half a second to load) is never consulted: pypinyin's own
    switches leave it, and the copy of the character dictionary, out. Imported
    late because only writes and pinyin searches need it.
    """
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    import pypinyin

    return pypinyin


@functools.lru_cache(maxsize=65536)
def readings(ch: str) -> tuple[str, ...]:
    """Tone-less readings of one Han character, usual one first."""
    pypinyin = load_pypinyin()
    found = pypinyin.pinyin(ch, style=pypinyin.Style.NORMAL, heteronym=True, v_to_u=False, errors="ignore")
    return tuple(dict.fromkeys(found[0])) if found and found[0] else ()


def pinyin_keys(name: str) -> list[str]:
    """Space-separated syllables of each reading of a (normalised, Simplified) Han name.

    Separators such as the middle dot of transcribed names (萨吾提·吐尔逊) are skipped;
    a name with letters of another script has no pinyin reading.
    """
    if name.isascii():
        return []  # no Han character in it (most names of a Latin-script caseload stop here)
    chars = [ch for ch in name if ch.isalpha()]
    if not chars or not all(is_han(ch) for ch in chars):
        return []
    options: list[tuple[str, ...]] = []
    for i, ch in enumerate(chars):
        found = readings(ch)
        if not found:
            return []
        options.append(found[:_MAX_SURNAME_READINGS] if i == 0 else found[:1])
    keys: list[str] = []
    for syllables in itertools.product(*options):
        spaced = " ".join(syllables)
        keys.append(spaced)
        if "v" in spaced:
            keys.append(spaced.replace("v", "u"))
    return list(dict.fromkeys(keys))
