"""The one text form that both the index and the query use.

NFKC, casefold, and combining marks stripped from Latin, Greek and Cyrillic
letters (so `José` meets `jose` and `Téng Biāo` meets `teng biao`) and Arabic
vowel points; Tibetan vowel signs and the Uyghur hamza are letters of those
scripts and stay. Han text is folded to Simplified characters with OpenCC, so
張偉 and 张伟 are the same name to search.
"""

import functools
import re
import unicodedata

import opencc

_MARKS_AFTER = 0x0530  # Latin, Greek, Cyrillic and their combining marks sit below this point
_ARABIC_POINTS = frozenset(range(0x064B, 0x0653)) | {0x0670}
_DROP = {0x0640: None, 0x200C: None, 0x200D: None, 0x200B: None, 0xFEFF: None}  # tatweel, zero widths
# Persian keheh → Arabic kaf; Latin letters with a stroke that NFKD leaves whole.
_FOLD = str.maketrans({"\u06a9": "\u0643", "đ": "d", "ł": "l", "ø": "o", "ı": "i", **{chr(k): v for k, v in _DROP.items()}})
_SPACES = re.compile(r"\s+")
_COMPACT = re.compile(r"[\s\-'’.·_]+")


@functools.lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def is_han(ch: str) -> bool:
    """A CJK ideograph (the unified blocks, extension A and the compatibility block)."""
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3134F


# The same blocks as is_han, for looking through a whole text in one call (a test holds them equal).
_HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003134f]")
_HAN_RUN = re.compile(f"{_HAN.pattern}+")


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


def han_runs(text: str) -> list[str]:
    """The runs of Han characters in a text, in order (each as long as it goes)."""
    return [] if text.isascii() else _HAN_RUN.findall(text)


def _strip_marks(text: str) -> str:
    out: list[str] = []
    base = 0
    for ch in unicodedata.normalize("NFKD", text):
        code = ord(ch)
        if unicodedata.combining(ch):
            if base < _MARKS_AFTER or code in _ARABIC_POINTS:
                continue
        else:
            base = code
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def normalise(text: str) -> str:
    """NFKC, casefold, marks stripped, Han folded to Simplified, spaces collapsed."""
    if text.isascii():
        return _SPACES.sub(" ", text.lower()).strip()
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    folded = _strip_marks(folded)
    if has_han(folded):
        folded = _t2s().convert(folded)
    return _SPACES.sub(" ", folded).strip()


def compact(text: str) -> str:
    """A normalised text without spaces, hyphens, apostrophes or dots: `teng biao` → `tengbiao`."""
    return _COMPACT.sub("", text)
