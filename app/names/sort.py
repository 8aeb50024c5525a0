"""The key lists sort by: one alphabetical order across scripts.

A caseworker reads one list, not one per script, so a name sorts by its Latin
form: the romanisation the display name carries in brackets (`滕彪 (Teng Biao)`),
else the pinyin of a Han name, else the display name itself; then normalised, so
`Đặng` sorts with `Dang`. It reads only the display name, which the database
keeps in clear, so a migration can recompute it without opening any record.
"""

from app.names.normalise import normalise
from app.names.pinyin import pinyin_keys
from app.records.scripts import detect_script


def sort_name(display: str) -> str:
    """The normalised Latin form of a display name, for ORDER BY."""
    text = display.strip()
    before, bracket, inside = text.rpartition(" (")
    if bracket and inside.endswith(")") and detect_script(before) != "Latn" and detect_script(inside) == "Latn":
        text = inside[:-1]
    folded = normalise(text)
    readings = pinyin_keys(folded)
    return readings[0] if readings else folded
