"""Translated labels for field names, vocabulary codes and scripts.

The codes and English labels live in app/vocab.py; here they pass through
Qt's translation system (context "vocab" and "fields") so the editors and the
record view show them in the user's language.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.records import vocab
from ui import labels as shared_labels
from ui.labels import QT_TRANSLATE_NOOP

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
    "reliability": QT_TRANSLATE_NOOP("fields", "Reliability of the source"),
    "credibility": QT_TRANSLATE_NOOP("fields", "Credibility of the information"),
    "internal": QT_TRANSLATE_NOOP("fields", "Internal only"),
    "item": QT_TRANSLATE_NOOP("fields", "Item"),
    "done": QT_TRANSLATE_NOOP("fields", "Done"),
    "merged_from": QT_TRANSLATE_NOOP("fields", "Merged from"),
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


# A vocabulary code in words, translated (context "vocab"), and a record kind: the shell's helpers, one copy each.
code_label = shared_labels.label
kind_label = shared_labels.kind_label


def field_label(key: str) -> str:
    return QCoreApplication.translate("fields", FIELD_LABELS.get(key, key.replace("_", " ")))


def script_label(code: str) -> str:
    return QCoreApplication.translate("scripts", SCRIPTS.get(code, code))


def yes_no(value: Any) -> str:
    """True/False/None as yes, no, or an empty string (not known)."""
    if value is None:
        return ""
    return QCoreApplication.translate("vocab", YES_NO["yes" if value else "no"])


# Which vocabulary a stored code belongs to: (kind, field) for top-level fields,
# (field, member) for members of objects inside a record.
VOCABULARIES: dict[tuple[str, str], dict[str, str]] = {
    ("person", "roles"): vocab.PERSON_ROLES,
    ("person", "sex"): vocab.SEXES,
    ("person", "status"): vocab.PERSON_STATUS,
    ("person", "risk"): vocab.RISK_LEVELS,
    ("organisation", "type"): vocab.ORGANISATION_TYPES,
    ("case", "type"): vocab.CASE_TYPES,
    ("case", "status"): vocab.CASE_STATUS,
    ("event", "type"): vocab.EVENT_TYPES,
    ("event", "confidence"): vocab.CONFIDENCE,
    ("intervention", "type"): vocab.INTERVENTION_TYPES,
    ("intervention", "status"): vocab.INTERVENTION_STATUS,
    ("intervention", "priority"): vocab.PRIORITIES,
    ("link", "type"): vocab.LINK_TYPES,
    ("names", "kind"): vocab.NAME_KINDS,
    ("channels", "type"): vocab.CHANNEL_TYPES,
    ("channels", "safety"): vocab.CHANNEL_SAFETY,
    ("consent", "scope"): vocab.CONSENT_SCOPES,
    ("people", "role"): vocab.CASE_ROLES,
    ("detention", "kind"): vocab.DETENTION_KINDS,
    ("detention", "lawyer_access"): vocab.LAWYER_ACCESS,
    ("sources", "reliability"): vocab.SOURCE_RELIABILITY,
    ("sources", "credibility"): vocab.SOURCE_CREDIBILITY,
}


def describe(kind: str, key: str, value: Any, names: Any = None) -> str:
    """A stored value as one or more lines of text (history, summaries).

    `names` (a callable id -> name) turns record ids into names where given.
    """
    if value is None:
        return ""
    vocabulary = VOCABULARIES.get((kind, key))
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, str):
        if vocabulary is not None:
            return code_label(vocabulary, value)
        if names is not None and key in ("case", "person", "from", "to", "merged_from"):
            return str(names(value))
        return value
    if isinstance(value, list):
        separator = ", " if all(isinstance(item, str) for item in value) else "\n"
        return separator.join(describe(kind, key, item, names) for item in value)
    if isinstance(value, dict):
        if key == "names":
            return f"{value.get('value', '')} ({code_label(vocab.NAME_KINDS, value.get('kind'))}, {value.get('script', '')})"
        if key == "channels":
            text = (f"{code_label(vocab.CHANNEL_TYPES, value.get('type'))}: {value.get('value', '')} "
                    f"[{code_label(vocab.CHANNEL_SAFETY, value.get('safety', vocab.UNKNOWN_SAFETY))}]")
            return text + (f" — {value['note']}" if value.get("note") else "")
        return "; ".join(f"{field_label(member)}: {describe(key, member, member_value, names)}"
                         for member, member_value in value.items())
    return str(value)
