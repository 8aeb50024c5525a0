"""Which encoding a CSV file is in: BOMs first, then strict UTF-8, then GB18030 or Big5.

Chinese Excel saves "CSV" in the system's code page: GBK (read as its superset
GB18030) on mainland Windows, Big5 (cp950) on Taiwan and Hong Kong Windows.
Most bytes of either decode without error as the other, so the choice goes to
the reading whose Han characters are common ones: a wrong reading turns them
into rare characters, private-use points, kana, box drawing and the like.
charset-normalizer was measured on short Chinese files and guessed cp949 or
UTF-16 for two-line sheets, so it is not used.
"""

import codecs
import unicodedata

from app.importing.errors import UnknownEncoding
from app.names.normalise import is_han, normalise

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Python's name for each, and the name shown to the user.
_CHINESE = (("gb18030", "GB18030"), ("cp950", "Big5"))
_SAMPLE_CHARS = 4000  # enough text to judge; decoding the whole file is still checked
PLAUSIBLE = 0.75
_SUSPICIOUS = ("HIRAGANA", "KATAKANA", "BOX DRAWINGS", "GREEK", "CYRILLIC", "BOPOMOFO", "HALFWIDTH")


def decode(data: bytes) -> tuple[str, str, str]:
    """The text of a CSV file, its encoding's name for people, and Python's name for it.

    UnknownEncoding if no reading is plausible.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), "UTF-16" if codec == "utf-16" else "UTF-8", codec
            except UnicodeDecodeError:
                raise UnknownEncoding() from None
    try:
        return data.decode("utf-8"), "UTF-8", "utf-8"
    except UnicodeDecodeError:
        pass
    readings: list[tuple[float, str, str, str]] = []
    for codec, name in _CHINESE:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        readings.append((plausibility(text), text, name, codec))
    best = max(readings, key=lambda r: r[0], default=None)  # max keeps the first of equals: GB18030
    if best is None or best[0] < PLAUSIBLE:
        raise UnknownEncoding()
    return best[1], best[2], best[3]


def plausibility(text: str) -> float:
    """The share of a text's Han characters (and characters no Chinese sheet holds) that are common Han characters.

    Common means in GB2312, the 6,763 characters of everyday Simplified text, once
    Traditional characters are folded to Simplified. 1.0 for a text without Han characters.
    """
    sample = "".join(ch for ch in text[: _SAMPLE_CHARS * 4] if not ch.isascii())[:_SAMPLE_CHARS]
    common = judged = 0
    for ch in normalise(sample):
        if is_han(ch):
            judged += 1
            common += _in_gb2312(ch)
        elif _suspicious(ch):
            judged += 1
    return common / judged if judged else 1.0


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _suspicious(ch: str) -> bool:
    """Private-use points and the scripts a misread Chinese file shows among its Han characters."""
    if unicodedata.category(ch) == "Co":
        return True
    name = unicodedata.name(ch, "")
    return name.startswith(_SUSPICIOUS) or name.startswith("CJK COMPATIBILITY")
