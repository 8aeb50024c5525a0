"""Translated labels for field names, vocabulary codes and scripts.

The codes and English labels live in app/vocab.py; here they pass through
Qt's translation system (context "vocab" and "fields") so the editors and the
record view show them in the user's language.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication

from app import vocab


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (lupdate looks for this name); translated where shown."""
    return text


FIELD_LABELS: dict[str, str] = {
    "names": QT_TRANSLATE_NOOP("fields", "Names"),
    "roles": QT_TRANSLATE_NOOP("fields", "Roles"),
    "sex": QT_TRANSLATE_NOOP("fields", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "Birth date"),
    "nationality": QT_TRANSLATE_NOOP("fields", "Nationality"),
    "occupation": QT_TRANSLATE_NOOP("fields", "Occupation"),
    "places": QT_TRANSLATE_NOOP("fields", "Places"),
    "channels": QT_TRANSLATE_NOOP("fields", "Channels"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "risk": QT_TRANSLATE_NOOP("fields", "Risk level"),
    "consent": QT_TRANSLATE_NOOP("fields", "Consent"),
    "emergency": QT_TRANSLATE_NOOP("fields", "Emergency sheet"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "tags": QT_TRANSLATE_NOOP("fields", "Tags"),
    "sources": QT_TRANSLATE_NOOP("fields", "Sources"),
    "type": QT_TRANSLATE_NOOP("fields", "Type"),
    "title": QT_TRANSLATE_NOOP("fields", "Title"),
    "people": QT_TRANSLATE_NOOP("fields", "People"),
    "authorities": QT_TRANSLATE_NOOP("fields", "Authorities"),
    "charges": QT_TRANSLATE_NOOP("fields", "Charges"),
    "location": QT_TRANSLATE_NOOP("fields", "Location"),
    "checklist": QT_TRANSLATE_NOOP("fields", "Checklist"),
    "case": QT_TRANSLATE_NOOP("fields", "Case"),
    "person": QT_TRANSLATE_NOOP("fields", "Person"),
    "date": QT_TRANSLATE_NOOP("fields", "Date"),
    "place": QT_TRANSLATE_NOOP("fields", "Place"),
    "description": QT_TRANSLATE_NOOP("fields", "Description"),
    "detention": QT_TRANSLATE_NOOP("fields", "Detention details"),
    "confidence": QT_TRANSLATE_NOOP("fields", "Confidence"),
    "addressee": QT_TRANSLATE_NOOP("fields", "Addressee"),
    "response": QT_TRANSLATE_NOOP("fields", "Response"),
    "priority": QT_TRANSLATE_NOOP("fields", "Priority"),
    "from": QT_TRANSLATE_NOOP("fields", "From"),
    "to": QT_TRANSLATE_NOOP("fields", "To"),
    "note": QT_TRANSLATE_NOOP("fields", "Note"),
    "value": QT_TRANSLATE_NOOP("fields", "Value"),
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"),
    "script": QT_TRANSLATE_NOOP("fields", "Script"),
    "safety": QT_TRANSLATE_NOOP("fields", "Safety"),
    "role": QT_TRANSLATE_NOOP("fields", "Role"),
    "charge": QT_TRANSLATE_NOOP("fields", "Charge"),
    "article": QT_TRANSLATE_NOOP("fields", "Legal article"),
    "who_to_call": QT_TRANSLATE_NOOP("fields", "Who to call"),
    "lawyer": QT_TRANSLATE_NOOP("fields", "Lawyer"),
    "medical_needs": QT_TRANSLATE_NOOP("fields", "Medical needs"),
    "prior_instructions": QT_TRANSLATE_NOOP("fields", "Prior instructions"),
    "given_on": QT_TRANSLATE_NOOP("fields", "Given on"),
    "scope": QT_TRANSLATE_NOOP("fields", "Scope"),
    "facility": QT_TRANSLATE_NOOP("fields", "Facility"),
    "whereabouts_known": QT_TRANSLATE_NOOP("fields", "Whereabouts known"),
    "family_notified": QT_TRANSLATE_NOOP("fields", "Family notified"),
    "lawyer_access": QT_TRANSLATE_NOOP("fields", "Lawyer access"),
    "conditions": QT_TRANSLATE_NOOP("fields", "Conditions"),
    "health": QT_TRANSLATE_NOOP("fields", "Health"),
}

KIND_LABELS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("fields", "person"),
    "organisation": QT_TRANSLATE_NOOP("fields", "organisation"),
    "case": QT_TRANSLATE_NOOP("fields", "case"),
    "event": QT_TRANSLATE_NOOP("fields", "event"),
    "intervention": QT_TRANSLATE_NOOP("fields", "intervention"),
    "link": QT_TRANSLATE_NOOP("fields", "link"),
}

# ISO 15924 codes offered in the name editor, most used first.
SCRIPTS: dict[str, str] = {
    "Hani": QT_TRANSLATE_NOOP("scripts", "Han (Chinese characters)"),
    "Hans": QT_TRANSLATE_NOOP("scripts", "Han, simplified"),
    "Hant": QT_TRANSLATE_NOOP("scripts", "Han, traditional"),
    "Latn": QT_TRANSLATE_NOOP("scripts", "Latin"),
    "Arab": QT_TRANSLATE_NOOP("scripts", "Arabic (Uyghur)"),
    "Tibt": QT_TRANSLATE_NOOP("scripts", "Tibetan"),
    "Mong": QT_TRANSLATE_NOOP("scripts", "Mongolian"),
    "Cyrl": QT_TRANSLATE_NOOP("scripts", "Cyrillic"),
    "Hang": QT_TRANSLATE_NOOP("scripts", "Hangul"),
    "Hira": QT_TRANSLATE_NOOP("scripts", "Hiragana"),
    "Kana": QT_TRANSLATE_NOOP("scripts", "Katakana"),
    "Grek": QT_TRANSLATE_NOOP("scripts", "Greek"),
    "Hebr": QT_TRANSLATE_NOOP("scripts", "Hebrew"),
    "Thai": QT_TRANSLATE_NOOP("scripts", "Thai"),
    "Deva": QT_TRANSLATE_NOOP("scripts", "Devanagari"),
    "Zyyy": QT_TRANSLATE_NOOP("scripts", "Common (digits, symbols)"),
    "Zzzz": QT_TRANSLATE_NOOP("scripts", "Unknown"),
}

YES_NO: dict[str, str] = {"yes": QT_TRANSLATE_NOOP("vocab", "yes"), "no": QT_TRANSLATE_NOOP("vocab", "no")}


def field_label(key: str) -> str:
    return QCoreApplication.translate("fields", FIELD_LABELS.get(key, key.replace("_", " ")))


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("fields", KIND_LABELS.get(kind, kind))


def code_label(vocabulary: dict[str, str], code: str | None) -> str:
    """A vocabulary code in words, translated (context "vocab")."""
    return QCoreApplication.translate("vocab", vocab.label(vocabulary, code)) if code else ""


def script_label(code: str) -> str:
    return QCoreApplication.translate("scripts", SCRIPTS.get(code, code))


def yes_no(value: Any) -> str:
    """True/False/None as yes, no, or an empty string (not known)."""
    if value is None:
        return ""
    return QCoreApplication.translate("vocab", YES_NO["yes" if value else "no"])
