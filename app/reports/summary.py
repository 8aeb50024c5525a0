"""A one-page case summary for partner organisations, under the same sharing rules as bundles.

Partners get what a bundle would carry (nothing internal, no sources), kept to
one page: the case, the defender, where things stand, the latest events and
what was done. Titles never carry a name: PDF viewers list titles in their
recent documents.
"""

from dataclasses import replace

from app.records import deadlines, vocab
from app.records.vocab import label
from app.reports import consent, labels, names, sections
from app.reports.document import Entry, Report, Section
from app.reports.facts import CaseFacts
from app.reports.wording import date_text, joined, mark_text, status_text

# One page: the latest events and actions only; the rest stays in Casebook.
EVENTS_SHOWN = 6
ACTIONS_SHOWN = 4


def _case(facts: CaseFacts, lang: str) -> Section:
    """The case and its defender in one table: what partners need to place it."""
    person = facts.person
    people = joined(f"{label(vocab.CASE_ROLES, o.role)}: "
                    f"{names.line(o.names) if consent.may_name('summary', o) else 'name withheld (no consent to share)'}"
                    for o in facts.others)
    values = (("title", facts.title), ("case_type", joined([label(vocab.CASE_TYPES, facts.type), label(vocab.CASE_STATUS, facts.status)])),
              ("location", facts.location), ("authorities", joined(facts.authorities)), ("charges", sections.charges_text(facts)),
              ("name", names.line(person.names)),
              ("activities", joined([*(label(vocab.PERSON_ROLES, r) for r in person.roles), person.occupation])),
              ("organisations", joined(person.organisations)), ("people", people))
    return Section("case", labels.text("case", lang), tuple(Entry(labels.text(k, lang), v) for k, v in values if v))


def _situation(facts: CaseFacts, lang: str) -> Section:
    situation = facts.situation
    entries = [Entry(labels.text("status", lang), status_text(situation.status, situation.since, situation.days)
                     or sections.NOT_RECORDED)]
    if situation.since is not None:
        entries += [Entry(labels.text("held_at", lang), sections.held_at(situation)),
                    Entry(labels.text("lawyer_access", lang), label(vocab.LAWYER_ACCESS, situation.lawyer_access)
                          or sections.NOT_RECORDED)]
    upcoming = deadlines.next_mark(list(situation.marks))
    marks = (Entry(*mark_text(upcoming)),) if upcoming else ()
    return Section("situation", labels.text("situation", lang), tuple(entries), marks)


def summary(facts: CaseFacts, lang: str, overridden: bool) -> Report:
    events, actions = facts.events[-EVENTS_SHOWN:], facts.interventions[-ACTIONS_SHOWN:]
    earlier = len(facts.events) - len(events)
    case, agreed = _case(facts, lang), consent.section("summary", facts.person, lang, overridden)
    # The consent is one line: it joins the case's table, so the summary keeps to one page.
    parts = [replace(case, entries=case.entries + agreed.entries, paragraph=agreed.paragraph), _situation(facts, lang),
             sections.timeline(events, lang, f"{earlier} earlier events are in Casebook." if earlier else ""),
             Section("actions", labels.text("actions", lang),
                     items=tuple(Entry(date_text(i.date), sections.intervention_line(i)) for i in actions),
                     paragraph="" if actions else "Nothing recorded.")]
    if facts.notes:
        parts.append(Section("notes", labels.text("notes", lang), paragraph=facts.notes))
    notice = labels.text("notice.summary", lang).format(date=facts.today.isoformat())
    return Report("summary", lang, labels.text("title.summary", lang), notice, facts.id, tuple(parts), "", (), overridden)
