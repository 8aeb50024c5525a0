"""Guess the ISO 15924 script of a name, so plain-string names get a sensible tag."""

import unicodedata

_PREFIXES = (
    ("CJK", "Hani"),
    ("LATIN", "Latn"),
    ("ARABIC", "Arab"),
    ("TIBETAN", "Tibt"),
    ("CYRILLIC", "Cyrl"),
    ("MONGOLIAN", "Mong"),
    ("HANGUL", "Hang"),
    ("HIRAGANA", "Hira"),
    ("KATAKANA", "Kana"),
    ("GREEK", "Grek"),
    ("HEBREW", "Hebr"),
    ("THAI", "Thai"),
    ("DEVANAGARI", "Deva"),
)

KNOWN_SCRIPTS = frozenset(code for _, code in _PREFIXES) | {"Hant", "Hans", "Zyyy", "Zzzz"}


def detect_script(text: str) -> str:
    """The script of the first letter that has one; `Zzzz` (unknown) otherwise."""
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        for prefix, code in _PREFIXES:
            if name.startswith(prefix):
                return code
    return "Zzzz"
