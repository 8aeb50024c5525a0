"""Controlled vocabularies: stored codes and the labels people read.

Codes are stable in files and bundles; labels are what the CLI prints and the
UI translates. Input may use either form ("religious leader" or
"religious_leader").
"""

NAME_KINDS = {"primary": "primary", "legal": "legal", "alias": "alias", "romanised": "romanised", "online": "online handle"}

PERSON_ROLES = {
    "lawyer": "lawyer",
    "journalist": "journalist",
    "activist": "activist",
    "scholar": "scholar",
    "religious_leader": "religious leader",
    "community_leader": "community leader",
    "family_member": "family member",
    "other": "other",
}

CHANNEL_TYPES = {"signal": "Signal", "phone": "phone", "email": "email", "wechat": "WeChat", "telegram": "Telegram", "other": "other"}
# "unknown" until the caseworker says: a channel nobody has judged is never presented as safe (a channel stored
# without a safety value reads as unknown too: UNKNOWN_SAFETY).
CHANNEL_SAFETY = {"unknown": "unknown", "safe": "safe", "monitored": "monitored", "do_not_use": "do not use"}
UNKNOWN_SAFETY = "unknown"

PERSON_STATUS = {
    "at_liberty": "at liberty",
    "detained": "detained",
    "disappeared": "disappeared",
    "rsdl": "residential surveillance at a designated location",
    "imprisoned": "imprisoned",
    "in_exile": "in exile",
    "deceased": "deceased",
    "unknown": "unknown",
}
DEPRIVED_OF_LIBERTY = frozenset({"detained", "disappeared", "rsdl", "imprisoned"})

SEXES = {"female": "female", "male": "male", "other": "other", "unknown": "unknown"}

RISK_LEVELS = {"low": "low", "medium": "medium", "high": "high", "critical": "critical"}
CONSENT_SCOPES = {"internal_only": "internal only", "listed_partners": "listed partners", "public_advocacy": "public advocacy"}

ORGANISATION_TYPES = {
    "ngo": "NGO",
    "law_firm": "law firm",
    "media": "media",
    "religious_community": "religious community",
    "university": "university",
    "government": "government body",
    "other": "other",
}

CASE_TYPES = {
    "detention": "detention",
    "enforced_disappearance": "enforced disappearance",
    "prosecution": "prosecution",
    "harassment": "harassment",
    "travel_ban": "travel ban",
    "surveillance": "surveillance",
    "ill_treatment": "ill-treatment",
    "reprisal_against_family": "reprisal against family",
    "transnational_repression": "transnational repression",
    "other": "other",
}
CASE_STATUS = {"open": "open", "monitoring": "monitoring", "closed": "closed"}
CASE_ROLES = {"defender": "defender", "lawyer": "lawyer", "family": "family", "witness": "witness", "official": "official"}

EVENT_TYPES = {
    "detained": "detained",
    "disappeared": "disappeared",
    "charged": "charged",
    "formally_arrested": "formally arrested",
    "indicted": "indicted",
    "hearing": "hearing",
    "sentenced": "sentenced",
    "released": "released",
    "transferred": "transferred",
    "lawyer_visit": "lawyer visit",
    "lawyer_access_denied": "lawyer access denied",
    "health_concern": "health concern",
    "travel_ban": "travel ban",
    "other": "other",
}
DETENTION_KINDS = {
    "criminal": "criminal detention",
    "administrative": "administrative detention",
    "rsdl": "residential surveillance at a designated location",
    "black_jail": "black jail",
    "re_education_camp": "political re-education camp",
    "psychiatric": "psychiatric confinement",
    "other": "other",
}
LAWYER_ACCESS = {"granted": "granted", "denied": "denied", "unknown": "unknown"}
CONFIDENCE = {"confirmed": "confirmed", "probable": "probable", "unconfirmed": "unconfirmed"}

INTERVENTION_TYPES = {
    "un_urgent_appeal": "urgent appeal to UN Special Procedures",
    "letter_to_authorities": "letter to authorities",
    "embassy_demarche": "embassy démarche",
    "public_statement": "public statement",
    "lawyer_engaged": "lawyer engaged",
    "family_support": "family support",
    "other": "other",
}
INTERVENTION_STATUS = {"planned": "planned", "sent": "sent", "acknowledged": "acknowledged", "answered": "answered", "closed": "closed"}
PRIORITIES = {"low": "low", "normal": "normal", "high": "high", "urgent": "urgent"}

LINK_TYPES = {"lawyer_of": "lawyer of", "family_of": "family of", "member_of": "member of", "colleague_of": "colleague of", "other": "other"}

# Source reliability (A-F) and information credibility (1-6), the Admiralty scale.
SOURCE_RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
SOURCE_CREDIBILITY = {
    "1": "confirmed by other sources",
    "2": "probably true",
    "3": "possibly true",
    "4": "doubtful",
    "5": "improbable",
    "6": "truth cannot be judged",
}

CHECKLIST_DEFAULT = (
    "family_told",
    "lawyer_engaged",
    "partners_alerted",
    "consent_for_publicity",
    "un_urgent_appeal_sent",
    "governments_alerted",
)
CHECKLIST_LABELS = {
    "family_told": "family told",
    "lawyer_engaged": "lawyer engaged",
    "partners_alerted": "partner organisations alerted",
    "consent_for_publicity": "consent to go public decided with the family",
    "un_urgent_appeal_sent": "UN urgent appeal sent",
    "governments_alerted": "sympathetic governments alerted",
}


def label(vocabulary: dict[str, str], code: str | None) -> str:
    """The human label of a code, or the code itself if it is not in the list."""
    if code is None:
        return ""
    return vocabulary.get(code, code)


def all_labels() -> set[str]:
    """Every label of every vocabulary above (the translation catalogue carries them all)."""
    return {text for name, table in globals().items() if name.isupper() and isinstance(table, dict) for text in table.values()}
