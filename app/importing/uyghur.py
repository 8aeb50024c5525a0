"""Uyghur names across scripts: Arabic script read into Uyghur Latin (ULY), and a consonant skeleton of any spelling.

No maintained library transliterates Uyghur (the PyPI packages are small
one-author projects), and the ULY alphabet is a fixed table of 32 letters, so
it is written here. Latin spellings of one name differ in their vowels (Memetjan,
Mamatjan), in q/k, w/v, p/f, and, when a name reaches Latin through Chinese
characters, in added vowels, `ng` for `n` and a dropped `h` (Maimaitijiang,
Yilihamu for Ilham, Tayier for Tahir). The skeleton keeps what those spellings
share: the consonants, with h, x and y (weak in transcription) dropped and the
look-alike letters folded. It is a blocking key and a hint, never proof: a
match is shown to the user with its reason.
"""

import re

from app.names.normalise import normalise

_LETTERS = {
    "ا": "a", "ە": "e", "ه": "e", "ب": "b", "پ": "p", "ت": "t", "ج": "j", "چ": "ch", "خ": "x", "د": "d", "ر": "r",
    "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "گ": "g", "ڭ": "ng", "ل": "l",
    "م": "m", "ن": "n", "ھ": "h", "و": "o", "ۇ": "u", "ۆ": "ö", "ۈ": "ü", "ۋ": "w", "ې": "é", "ى": "i", "ي": "y",
    "ی": "y", "ئ": "", "ء": "", "،": ",", "؛": ";", "؟": "?",
}
ULY = str.maketrans(_LETTERS)
# The same, with the marks off, as normalise would leave them: the form names are compared in.
_ULY_PLAIN = str.maketrans({k: v.replace("ö", "o").replace("ü", "u").replace("é", "e") for k, v in _LETTERS.items()})
_ARABIC_ONLY = re.compile(r"[\u0600-\u06ff\s]*[\u0600-\u06ff][\u0600-\u06ff\s]*")
MIN_SKELETON = 4  # shorter skeletons (one short given name) say too little to compare on
# Vowels, h, x and y go (so sh, ch, gh, kh lose their h); q, v, f become k, w, p; digits and marks go too.
_SKELETON = str.maketrans({"q": "k", "v": "w", "f": "p"} | dict.fromkeys("aeiouhxy0123456789'’.·-_ ", None))


def to_latin(arabic: str) -> str:
    """A Uyghur name in Arabic script written in ULY, each word capitalised: مەمەتجان ئابلىز → Memetjan Abliz."""
    return " ".join(word[:1].upper() + word[1:] for word in normalise(arabic).translate(ULY).split())


def plain_latin(normalised: str) -> str:
    """The ULY reading of a normalised Arabic-script name as search would normalise it: `memetjan abliz`."""
    return " ".join(normalised.translate(_ULY_PLAIN).split())


def is_uyghur_arabic(text: str) -> bool:
    """Arabic-script letters only (and spaces): the names ULY can read."""
    return _ARABIC_ONLY.fullmatch(text) is not None


def skeleton(latin: str, *, pinyin: bool = False) -> str:
    """The consonant skeleton of a normalised Latin spelling: memetjan, mamatjan and maimaitijiang all give `mmtjn`.

    In a pinyin reading of Han characters, x is an s sound (吐尔逊 tu er xun = Tursun);
    in other Latin spellings it is ULY's kh (Exmet = Ehmet), dropped with h.
    """
    text = latin.replace("x", "s") if pinyin else latin
    return text.replace("ng", "n").replace("zh", "j").translate(_SKELETON)
