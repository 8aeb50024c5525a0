"""A pseudo-locale for finding layouts that break: every string of the UI (and of Qt's dialogs) comes out
about 40% longer, with accented letters and in brackets, so a label cut off or a window grown off the
screen shows at once, and a string that stays plain English never went through tr().

Chosen with CASEBOOK_LANG=pseudo (ui/translations.py); generated at run time from the source strings,
so it needs no catalogue and is never out of date.
"""

import math
import re

from PySide6.QtCore import QObject, QTranslator

NAME = "pseudo"
GROWTH = 0.4
ACCENTED = str.maketrans("aceinosuyzACEINOSUYZ", "áçéîñöšûýžÅÇÉÎÑÖŠÛÝŽ")
# Kept as they are: placeholders, accelerators, markup and entities, file-dialog patterns.
KEEP = re.compile(r"%L?\d|%n|\{\w+\}|&&|&\w+;|&\w|<[^>]*>|\([^)]*\*[^)]*\)")
FILLER = "ŵöŕð"


def pseudo(text: str, n: int = -1) -> str:
    """The pseudo-translation of an English source string (with n, its "(s)" plural made English first)."""
    if "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    parts = []
    last = 0
    for match in KEEP.finditer(text):
        parts.append(text[last:match.start()].translate(ACCENTED))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(ACCENTED))
    body = "".join(parts)
    if "(*" in text or not text.strip():  # a file-dialog filter must end in its pattern
        return body
    extra = math.ceil(len(KEEP.sub("", text)) * GROWTH)
    words = " ".join(FILLER[: min(len(FILLER), extra - i)] for i in range(0, extra, len(FILLER) + 1)).strip()
    if "<" in text:  # rich text must start with its markup: no bracket in front
        return f"{body} {words}".rstrip()
    return f"[{body} {words}]" if words else f"[{body}]"


class PseudoTranslator(QTranslator):
    """Answers every translation request with its pseudo-translation; Qt's layout direction stays left to right."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if source == "QT_LAYOUT_DIRECTION":
            return "LTR"
        return pseudo(source, n)

    def isEmpty(self) -> bool:
        return False
