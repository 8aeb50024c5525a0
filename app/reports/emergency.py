"""The emergency sheet of a person, to print: who to call, the lawyer, medical needs, instructions, detentions, channels.

It is what a colleague needs in the first hours after a detention, on paper
when the laptop is not at hand. It stays with the caseworker's team, so it
needs no consent, but a printed sheet has left the vault: fields kept
internal are left out (the sheet says so), internal channels never appear,
and a channel marked do-not-use is printed only to say so.
"""

from app.records import vocab
from app.records.vocab import label
from app.reports import consent, labels, names
from app.reports.document import Entry, Report, Section
from app.reports.facts import Person, PersonFacts
from app.reports.sections import NOT_RECORDED, event_line, held_at
from app.reports.wording import date_text, mark_text, status_text

KEPT_INTERNAL = "Kept internal in Casebook: see it there."


def _who(facts: PersonFacts, lang: str) -> Section:
    situation = facts.situation
    entries = [Entry(labels.text("name", lang), names.line(facts.person.names)),
               Entry(labels.text("status", lang), status_text(situation.status, situation.since, situation.days) or NOT_RECORDED)]
    if situation.since is not None:
        entries.append(Entry(labels.text("held_at", lang), held_at(situation)))
    return Section("identity", labels.text("identity", lang), tuple(entries), tuple(Entry(*mark_text(m)) for m in situation.marks))


def _emergency(person: Person, lang: str) -> Section:
    heading = labels.text("emergency", lang)
    recorded = Entry(labels.text("consent_recorded", lang), consent.recorded(person.consent, "consent" in person.internal))
    if "emergency" in person.internal:
        return Section("emergency", heading, (recorded,), paragraph=KEPT_INTERNAL)
    sheet = person.emergency
    values = (("who_to_call", sheet.who_to_call if sheet else ""), ("lawyer", sheet.lawyer if sheet else ""),
              ("medical_needs", sheet.medical_needs if sheet else ""),
              ("prior_instructions", sheet.prior_instructions if sheet else ""))
    return Section("emergency", heading, (*(Entry(labels.text(k, lang), v or NOT_RECORDED) for k, v in values), recorded))


def _channels(person: Person, lang: str) -> Section:
    heading = labels.text("channels", lang)
    if "channels" in person.internal:
        return Section("channels", heading, paragraph=KEPT_INTERNAL)
    items = []
    for channel in person.channels:
        kind = label(vocab.CHANNEL_TYPES, channel.type)
        note = f" ({channel.note})" if channel.note else ""
        if channel.safety == "do_not_use":
            items.append(Entry(labels.text("do_not_use", lang).upper(), f"{kind}: {channel.value}{note}", warn=True))
        else:
            caution = {"monitored": " [monitored: assume it is read]", "safe": ""}.get(channel.safety or "", " [safety not known]")
            items.append(Entry(kind, f"{channel.value}{caution}{note}"))
    return Section("channels", heading, items=tuple(items), paragraph="" if items else "None recorded that may leave the vault.")


def _gaps(person: Person) -> list[str]:
    gaps = []
    sheet = person.emergency
    if "emergency" not in person.internal:
        for field, what in (("who_to_call", "no one to call recorded"), ("lawyer", "no lawyer recorded"),
                            ("medical_needs", "medical needs not recorded"), ("prior_instructions", "no prior instructions recorded")):
            if not (sheet and getattr(sheet, field)):
                gaps.append(what)
    if "channels" not in person.internal and not any(c.safety == "safe" for c in person.channels):
        gaps.append("no safe channel recorded")
    if person.consent is None:
        gaps.append("no consent recorded: decide with the family before going public")
    return gaps


def emergency_sheet(facts: PersonFacts, lang: str) -> Report:
    person = facts.person
    detentions = tuple(Entry(date_text(e.date), event_line(e)) for e in facts.detentions)
    parts = (_who(facts, lang), _emergency(person, lang), _channels(person, lang),
             Section("detentions", labels.text("detentions", lang), items=detentions,
                     paragraph="" if detentions else "None recorded."))
    notice = labels.text("notice.emergency", lang).format(date=facts.today.isoformat())
    return Report("emergency", lang, labels.text("title.emergency", lang), notice, person.id, parts,
                  labels.text("missing.sheet", lang), tuple(_gaps(person)))
