"""Sections the drafts share: identity, arrest, custody, charges, access, health, remedies, timeline.

Each builder reads the gathered facts and writes English sentences; a value
the record does not hold reads "not recorded", never a guess. The "missing"
list (app.reports.missing) tells the caseworker what to find out.
"""

import datetime as dt

from app.records import vocab
from app.records.vocab import label
from app.reports import labels, names
from app.reports.consent import may_name
from app.reports.document import Entry, Section
from app.reports.facts import CaseFacts, Event, Intervention, Person, Situation
from app.reports.wording import age_text, date_text, day_text, days_word, joined, yes_no

NOT_RECORDED = "not recorded"
NATIONAL = frozenset({"letter_to_authorities", "lawyer_engaged", "family_support", "other"})
# Steps that are addressed to someone who may answer: their result is asked for.
ANSWERABLE = frozenset({"letter_to_authorities", "un_urgent_appeal", "embassy_demarche", "other"})
# Events of the proceedings against the person, in the legal section.
PROCEEDINGS = frozenset({"charged", "formally_arrested", "indicted", "hearing", "sentenced"})


def _e(key: str, lang: str, value: str) -> Entry:
    return Entry(labels.text(key, lang), value or NOT_RECORDED)


def identity(person: Person, lang: str, today: dt.date, *, document: str = "") -> Section:
    """Names in own script and romanised, sex, birth date and age, nationality, occupation, work, organisations."""
    found = names.sort_out(person.names)
    latin_already = found.own is not None and found.own.script == "Latn"
    entries = [_e("name_own", lang, found.own.value if found.own else ""),
               _e("name_latin", lang, "the name is written in Latin script" if latin_already else
                  found.romanised.value if found.romanised else "")]
    if found.others:
        entries.append(_e("other_names", lang, joined(n.value for n in found.others)))
    entries += [_e("sex", lang, label(vocab.SEXES, person.sex)), _e("birth", lang, age_text(person.birth_date, today)),
                _e("nationality", lang, person.nationality), _e("occupation", lang, person.occupation),
                _e("activities", lang, joined(label(vocab.PERSON_ROLES, r) for r in person.roles)),
                _e("organisations", lang, joined(person.organisations)), _e("residence", lang, joined(person.places))]
    if document:
        entries.append(_e("id_document", lang, document))
    return Section("identity", labels.text("identity", lang), tuple(entries))


def held_events(facts: CaseFacts) -> tuple[Event, ...]:
    """The events of the present (or, once over, the latest) deprivation of liberty in this case."""
    if facts.start is None:
        return ()
    return facts.events[facts.events.index(facts.start):]


def disappearance_event(facts: CaseFacts) -> Event | None:
    """The disappearance: a `disappeared` event, else a detention whose place was not disclosed."""
    return next((e for e in reversed(facts.events) if e.type == "disappeared"), None) or next(
        (e for e in reversed(facts.events) if e.type == "detained" and e.detention and e.detention.whereabouts_known is False), None)


def charges_text(facts: CaseFacts) -> str:
    return joined(f"{c.charge} ({c.article or 'article not recorded'})" for c in facts.charges)


def event_line(event: Event) -> str:
    """What happened at one event: its type, place or facility, description, and confidence when not confirmed."""
    detention = event.detention
    where = (detention.facility if detention and detention.facility else "") or event.place
    kind = label(vocab.DETENTION_KINDS, detention.kind) if detention and detention.kind else ""
    text = label(vocab.EVENT_TYPES, event.type) + (f" ({kind})" if kind else "") + (f", {where}" if where else "")
    if event.description:
        text += f". {event.description}"
    if event.confidence and event.confidence != "confirmed":
        text += f" [{label(vocab.CONFIDENCE, event.confidence)}]"
    return text


def arrest(facts: CaseFacts, lang: str, key: str = "arrest", event: Event | None = None) -> Section:
    """Date, place, the forces involved, the warrant, the reasons given, and what happened."""
    event = event or facts.start
    entries = [_e("date", lang, date_text(event.date) if event else ""),
               _e("place", lang, (event.place if event else "") or facts.location),
               _e("forces", lang, joined(facts.authorities))]
    if key == "arrest":
        entries += [_e("warrant", lang, ""), _e("reasons", lang, charges_text(facts))]
    if event and event.description:
        entries.append(_e("description", lang, event.description))
    return Section(key, labels.text(key, lang), tuple(entries))


def held_at(situation: Situation) -> str:
    """The place of detention, or that it is not disclosed (with the last place known)."""
    if situation.whereabouts_known is False:
        return f"not disclosed (last known: {situation.place})" if situation.place else "not disclosed"
    return situation.place or NOT_RECORDED


def custody(facts: CaseFacts, lang: str) -> Section:
    """The form of detention, since when, where now and whether that is known, who holds the person, places and transfers."""
    held = held_events(facts)
    kinds = [e.detention.kind for e in held if e.detention and e.detention.kind]
    situation = facts.situation
    since = date_text(situation.since) if situation.since else ""
    if since and situation.days is not None:
        since += f"; {days_word(situation.days)} by {day_text(facts.today)}"
    entries = [_e("form", lang, label(vocab.DETENTION_KINDS, kinds[-1]) if kinds else ""),
               _e("held_since", lang, since),
               _e("held_at", lang, held_at(situation)),
               _e("whereabouts", lang, yes_no(situation.whereabouts_known)),
               _e("authorities", lang, joined(facts.authorities))]
    moves = tuple(Entry(date_text(e.date), event_line(e)) for e in held if e.type in ("detained", "disappeared", "transferred", "sentenced"))
    return Section("custody", labels.text("custody", lang), tuple(entries), moves)


def legal(facts: CaseFacts, lang: str) -> Section:
    entries = [_e("charges", lang, charges_text(facts))]
    steps = tuple(Entry(date_text(e.date), event_line(e)) for e in facts.events if e.type in PROCEEDINGS)
    return Section("legal", labels.text("legal", lang), tuple(entries), steps)


def _people(facts: CaseFacts, kind: str, role: str) -> str:
    shown = []
    for other in facts.others:
        if other.role == role:
            shown.append(names.line(other.names) if may_name(kind, other) else f"a {role} (name withheld: their consent does not cover this)")
    return joined(shown)


def access(facts: CaseFacts, lang: str, kind: str) -> Section:
    """The lawyer and the family: who (as far as their consent goes), whether access was granted, whether the family was told."""
    held = held_events(facts)
    told = [e.detention.family_notified for e in held if e.detention and e.detention.family_notified is not None]
    entries = [_e("lawyer", lang, _people(facts, kind, "lawyer")),
               _e("lawyer_access", lang, label(vocab.LAWYER_ACCESS, facts.situation.lawyer_access)),
               _e("family", lang, _people(facts, kind, "family")),
               _e("family_notified", lang, yes_no(told[-1]) if told else "")]
    visits = tuple(Entry(date_text(e.date), event_line(e)) for e in held if e.type in ("lawyer_visit", "lawyer_access_denied"))
    return Section("access", labels.text("access", lang), tuple(entries), visits)


def health(facts: CaseFacts, lang: str) -> Section:
    held = held_events(facts)
    reports = [e.detention.health for e in held if e.detention and e.detention.health]
    conditions = [e.detention.conditions for e in held if e.detention and e.detention.conditions]
    needs = facts.person.emergency.medical_needs if facts.person.emergency else ""
    entries = [_e("health_in_custody", lang, joined(reports)), _e("conditions", lang, joined(conditions)),
               _e("medical_needs", lang, needs)]
    concerns = tuple(Entry(date_text(e.date), event_line(e)) for e in facts.events if e.type == "health_concern")
    return Section("health", labels.text("health", lang), tuple(entries), concerns)


def intervention_line(item: Intervention) -> str:
    """`letter to authorities, to X; status: answered; result: ...`; a step nobody answers has no result line."""
    answerable = item.type in ANSWERABLE
    text = label(vocab.INTERVENTION_TYPES, item.type)
    if item.addressee:
        text += f", to {item.addressee}" if answerable else f" ({item.addressee})"
    text += f"; status: {label(vocab.INTERVENTION_STATUS, item.status) or NOT_RECORDED}"
    if answerable or item.response:
        text += f"; result: {item.response or 'no response recorded'}"
    return text


def interventions(facts: CaseFacts, lang: str, key: str, national: bool | None) -> Section:
    """What was done, with results: national steps only (True), other action only (False), or everything (None)."""
    chosen = [i for i in facts.interventions if national is None or (i.type in NATIONAL) == national]
    items = tuple(Entry(date_text(i.date), intervention_line(i)) for i in chosen)
    return Section(key, labels.text(key, lang), items=items, paragraph="" if items else "Nothing recorded.")


def timeline(events: tuple[Event, ...], lang: str, paragraph: str = "") -> Section:
    return Section("timeline", labels.text("timeline", lang), items=tuple(Entry(date_text(e.date), event_line(e)) for e in events),
                   paragraph=paragraph)


def submitter(lang: str) -> Section:
    return Section("submitter", labels.text("submitter", lang), paragraph=(
        "Give your organisation's name and contact on the form; the OHCHR keeps the submitter confidential. Casebook puts "
        "no one's contact details and no source into a draft."))
