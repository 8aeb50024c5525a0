"""Realistic cases for the report tests, with canary strings wherever a report must never look.

A Han rights lawyer held first in criminal detention then in RSDL (WGAD), a
Uyghur imam disappeared last month (WGEID), a Tibetan monk under pressure
(the Rapporteur on defenders). Sources, internal fields, internal channels
and internal notes carry canaries: no report output may contain any of them.
"""

import datetime as dt
from dataclasses import dataclass

from app.records.change import Change, new_id
from app.store import Repository

TODAY = dt.date(2024, 6, 10)

CANARY_SOURCE = "CANARY-SOURCE-wife-by-signal-7Q2"
CANARY_SHAREABLE_SOURCE = "CANARY-SHAREABLE-SOURCE-court-notice-9K4"
CANARY_INTERNAL_FIELD = "CANARY-INTERNAL-NOTE-meets-contact-at-8pm-3X1"
CANARY_INTERNAL_CHANNEL = "+86 100 5550 7391"
CANARY_INTERVENTION_NOTE = "CANARY-INTERVENTION-NOTE-embassy-contact-5T8"
CANARY_LAWYER_OCCUPATION = "CANARY-INTERNAL-OCCUPATION-6P0"
CANARIES = (CANARY_SOURCE, CANARY_SHAREABLE_SOURCE, CANARY_INTERNAL_FIELD, CANARY_INTERNAL_CHANNEL, CANARY_INTERVENTION_NOTE,
            CANARY_LAWYER_OCCUPATION)

HAN_NAME, HAN_LATIN = "柯德华", "Ke Dehua"
UYGHUR_NAME, UYGHUR_LATIN = "مەمەتجان ئابلىز", "Memetjan Abliz"
TIBETAN_NAME, TIBETAN_LATIN = "བཀྲ་ཤིས་དོན་གྲུབ", "Tashi Dhondup"


@dataclass(frozen=True)
class Cases:
    lawyer_defender: str
    detention_case: str
    imam: str
    disappearance_case: str
    monk: str
    harassment_case: str
    organisation: str


def _source(description: str, internal: bool | None = None) -> dict[str, object]:
    source: dict[str, object] = {"description": description, "reliability": "B", "credibility": "2"}
    if internal is not None:
        source["internal"] = internal
    return source


def build(repo: Repository) -> Cases:
    """Write the three cases, their people, events, interventions and links in one transaction."""
    ids = {key: new_id() for key in ("ke", "wife", "lawyer", "org", "case1", "imam", "case2", "monk", "case3")}
    changes = [
        Change("organisation", {"names": ["公民维权网", "Citizens Rights Network"], "type": "ngo"}, id=ids["org"]),
        Change("person", {
            "names": [HAN_NAME, HAN_LATIN, {"value": "kedehua_law", "kind": "online"}], "sex": "male", "birth_date": "1978-04",
            "nationality": "Chinese", "occupation": "human rights lawyer", "roles": ["lawyer", "activist"], "places": ["Wuhan"],
            "risk": "critical",
            "channels": [{"type": "signal", "value": CANARY_INTERNAL_CHANNEL, "safety": "safe", "internal": True},
                         {"type": "phone", "value": "+86 100 5551 0202", "safety": "monitored", "note": "assume tapped"},
                         {"type": "wechat", "value": "wxid_kedehua", "safety": "do not use", "note": "taken over by police"},
                         {"type": "email", "value": "ke@example.org", "safety": "safe"}],
            "consent": {"given_on": "2023-05", "scope": "public advocacy"},
            "emergency": {"who_to_call": "his wife, by Signal", "lawyer": "Lawyer Chen (Beijing)",
                          "medical_needs": "Hypertension; needs daily medication",
                          "prior_instructions": "Go public after 48 hours without news."},
            "notes": CANARY_INTERNAL_FIELD, "internal_fields": ["notes"],
            "sources": [_source(CANARY_SOURCE), _source(CANARY_SHAREABLE_SOURCE, internal=False)],
        }, id=ids["ke"]),
        Change("person", {"names": ["王丽", "Wang Li"], "roles": ["family_member"],
                          "consent": {"given_on": "2024-03", "scope": "public_advocacy"}}, id=ids["wife"]),
        Change("person", {"names": ["陈建国", "Chen Jianguo"], "roles": ["lawyer"], "occupation": CANARY_LAWYER_OCCUPATION,
                          "internal_fields": ["occupation"], "consent": {"given_on": "2024-03", "scope": "listed_partners"}},
               id=ids["lawyer"]),
        Change("link", {"from": ids["ke"], "to": ids["org"], "type": "member_of"}),
        Change("case", {
            "title": f"Detention of {HAN_LATIN}", "type": "detention", "status": "open", "location": "Wuhan",
            "people": [{"person": ids["ke"], "role": "defender"}, {"person": ids["lawyer"], "role": "lawyer"},
                       {"person": ids["wife"], "role": "family"}],
            "authorities": ["Wuhan Public Security Bureau"],
            "charges": [{"charge": "inciting subversion of state power", "article": "Criminal Law art. 105(2)"},
                        {"charge": "picking quarrels and provoking trouble"}],
            "sources": [_source(CANARY_SOURCE, internal=True)], "notes": "Family asks partners to raise it with embassies.",
        }, id=ids["case1"]),
        Change("event", {"case": ids["case1"], "date": "2024-03", "type": "detained", "place": "Wuhan",
                         "description": "Taken from his office by plain-clothes police.",
                         "detention": {"kind": "criminal", "facility": "Wuhan No. 1 Detention Centre", "whereabouts_known": True,
                                       "family_notified": False, "lawyer_access": "denied",
                                       "conditions": "Shared cell, lights on at night", "health": "Blood pressure not treated"},
                         "sources": [_source(CANARY_SHAREABLE_SOURCE, internal=False)], "confidence": "confirmed"}),
        Change("event", {"case": ids["case1"], "date": "2024-03-20", "type": "lawyer_access_denied",
                         "description": "The family's lawyer was turned away at the gate."}),
        Change("event", {"case": ids["case1"], "date": "2024-04-15", "type": "detained",
                         "description": "Moved out of the detention centre; the family was not told where.",
                         "detention": {"kind": "rsdl", "facility": "a designated location in Wuhan", "whereabouts_known": False}}),
        Change("event", {"case": ids["case1"], "date": "~2024-05", "type": "health_concern",
                         "description": "Said to have lost weight.", "confidence": "unconfirmed"}),
        Change("event", {"case": ids["case1"], "person": ids["wife"], "date": "2024-05-02", "type": "other",
                         "description": "Wife summoned by police and told to dismiss the lawyer."}),
        Change("intervention", {"case": ids["case1"], "type": "lawyer_engaged", "date": "2024-03-05", "addressee": "family's lawyer",
                                "status": "sent"}),
        Change("intervention", {"case": ids["case1"], "type": "letter_to_authorities", "date": "2024-03-25",
                                "addressee": "Wuhan People's Procuratorate", "status": "answered",
                                "response": "Told the case involves state security.",
                                "notes": CANARY_INTERVENTION_NOTE, "internal_fields": ["notes"]}),
        Change("intervention", {"case": ids["case1"], "type": "un_urgent_appeal", "date": "2024-04-02",
                                "addressee": "UN Working Group on Arbitrary Detention", "status": "sent"}),
        Change("person", {"names": [{"value": UYGHUR_NAME, "script": "Arab"}, UYGHUR_LATIN, "Maimaitijiang Abulizi"],
                          "sex": "male", "birth_date": "~1985", "nationality": "Chinese", "occupation": "imam",
                          "roles": ["religious_leader"], "places": ["Kashgar"],
                          "consent": {"given_on": "2024-05", "scope": "public_advocacy"}}, id=ids["imam"]),
        Change("case", {"title": f"Disappearance of {UYGHUR_LATIN}", "type": "enforced_disappearance", "status": "open",
                        "people": [{"person": ids["imam"], "role": "defender"}]}, id=ids["case2"]),
        Change("event", {"case": ids["case2"], "date": "2024-04", "type": "disappeared", "place": "Kashgar",
                         "description": f"Last seen leaving the mosque; {UYGHUR_NAME} did not come home."}),
        Change("person", {"names": [TIBETAN_NAME, TIBETAN_LATIN, "Zhaxi Dunzhu"], "sex": "male", "birth_date": "1990",
                          "occupation": "Buddhist monk", "roles": ["religious_leader"],
                          "consent": {"given_on": "2022-11", "scope": "listed partners"}}, id=ids["monk"]),
        Change("case", {"title": f"Harassment of {TIBETAN_LATIN}", "type": "harassment", "status": "monitoring",
                        "people": [{"person": ids["monk"], "role": "defender"}], "location": "Ngaba"}, id=ids["case3"]),
        Change("event", {"case": ids["case3"], "date": "2024-02-01", "type": "other",
                         "description": "Summoned to 'drink tea' with state security."}),
    ]
    repo.apply(changes)
    return Cases(ids["ke"], ids["case1"], ids["imam"], ids["case2"], ids["monk"], ids["case3"], ids["org"])
