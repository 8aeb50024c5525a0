"""Vocabulary labels (app/records/vocab.py), record kinds, dates and deadlines as the UI shows them, through Qt's translation system."""

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from app.records import deadlines, vocab
from app.records.dates import local_time_text
from app.records.deadlines import Deadline


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (lupdate looks for this name); translated where shown."""
    return text


# The one translated name of each record kind (lists, search results, previews, the record view).
KIND_LABELS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("fields", "person"),
    "organisation": QT_TRANSLATE_NOOP("fields", "organisation"),
    "case": QT_TRANSLATE_NOOP("fields", "case"),
    "event": QT_TRANSLATE_NOOP("fields", "event"),
    "intervention": QT_TRANSLATE_NOOP("fields", "intervention"),
    "link": QT_TRANSLATE_NOOP("fields", "link"),
}


def app_text(sentence: str) -> str:
    """A sentence of app/ (app.session.APP_MESSAGES) in the user's language: the catalogues' "app" context."""
    return QCoreApplication.translate("app", sentence)


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("fields", KIND_LABELS.get(kind, kind))


def label(vocabulary: dict[str, str], code: str | None) -> str:
    """The translated label of a vocabulary code (context "vocab" in the catalogue)."""
    return QCoreApplication.translate("vocab", vocab.label(vocabulary, code)) if code else ""


def status(code: str | None) -> str:
    """A person's status as lists show it: RSDL abbreviated, the rest as in the vocabulary."""
    if code == "rsdl":
        return QCoreApplication.translate("vocab", "RSDL (residential surveillance)")
    return label(vocab.PERSON_STATUS, code)


# A stored UTC time as every list shows it (app.records.dates.local_time_text), remembered: lists ask per cell.
timestamp = lru_cache(maxsize=20_000)(local_time_text)


# A mark this close, or already passed, is shown in red.
SOON_DAYS = 7
MARK_LABELS: dict[str, str] = {
    deadlines.CRIMINAL_DETENTION: QT_TRANSLATE_NOOP("marks", "37-day limit of criminal detention"),
    deadlines.RSDL: QT_TRANSLATE_NOOP("marks", "six-month limit of RSDL"),
    deadlines.WGEID_URGENT: QT_TRANSLATE_NOOP("marks", "end of the WGEID urgent procedure"),
    deadlines.HEARING: QT_TRANSLATE_NOOP("marks", "next hearing"),
}


def mark_soon(mark: Deadline) -> bool:
    """Passed, or fewer than SOON_DAYS days away: what must stand out."""
    return mark.days_left < SOON_DAYS


def mark_label(mark: Deadline) -> str:
    return QCoreApplication.translate("marks", MARK_LABELS.get(mark.kind, mark.kind))


def mark_left(mark: Deadline) -> str:
    """`12 day(s) left`, `today`, or `passed 3 day(s) ago`."""
    if mark.days_left < 0:
        return QCoreApplication.translate("marks", "passed %n day(s) ago", "", -mark.days_left)
    if mark.days_left == 0:
        return QCoreApplication.translate("marks", "today")
    return QCoreApplication.translate("marks", "%n day(s) left", "", mark.days_left)


def day_count_rule() -> str:
    """How "day N" is counted (app.records.dates.day_count), said wherever a day count is shown."""
    return QCoreApplication.translate("marks", "The day of detention is day 0, as the law counts periods: "
                                               "the 37-day limit of criminal detention falls on day 37.")


def mark_text(mark: Deadline) -> str:
    """`six-month limit of RSDL: 2024-07-31, 12 day(s) left` (`~` before a date counted from an approximate one)."""
    when = ("~" if mark.approximate else "") + mark.date.isoformat()
    return f"{mark_label(mark)}: {when}, {mark_left(mark)}"
