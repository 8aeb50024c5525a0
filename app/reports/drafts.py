"""Draft submissions to the WGAD, the WGEID and the Special Rapporteur on human rights defenders.

Each draft carries the sections its mechanism asks for (../shared/APPEALS.md),
in the order of its form, and ends with what the record lacks for it. The
body is English (see app.reports.labels for why); nothing is invented: what
the record does not hold reads "not recorded" and goes on the missing list.
"""

from app.records import deadlines, vocab
from app.records.vocab import label
from app.reports import consent, labels, missing, sections
from app.reports.document import Entry, Report, Section
from app.reports.facts import CaseFacts
from app.reports.wording import MARKS, day_text, joined, mark_text, status_text

ARBITRARY_CATEGORIES = ("The Working Group's categories: I, no legal basis; II, the exercise of rights and freedoms; III, "
                        "violations of the right to a fair trial; IV, prolonged administrative custody of migrants; V, "
                        "discrimination. Points from the record that may support them; make the argument in your own words.")


def _report(kind: str, facts: CaseFacts, lang: str, parts: list[Section], gaps: list[str], overridden: bool) -> Report:
    notice = labels.text("notice.draft", lang).format(date=facts.today.isoformat())
    return Report(kind, lang, labels.text(f"title.{kind}", lang), notice, facts.id, tuple(parts),
                  labels.text("missing", lang), tuple(gaps), overridden)


def _arbitrary(facts: CaseFacts, lang: str) -> Section:
    """Facts on record that bear on the WGAD's categories; the argument is the caseworker's to write."""
    person, held = facts.person, sections.held_events(facts)
    points = [f"Held beyond {MARKS[m.kind]}, which passed on {day_text(m.date)} (category I)."
              for m in facts.situation.marks if m.days_left < 0 and m.kind in (deadlines.CRIMINAL_DETENTION, deadlines.RSDL)]
    if facts.start is not None and not facts.charges:
        points.append("No charge or legal basis is recorded (category I).")
    work = joined([*(label(vocab.PERSON_ROLES, r) for r in person.roles), person.occupation])
    if work:
        points.append(f"The person's human rights work ({work}) may be what the detention punishes: say which rights "
                      "(expression, association, assembly, religion) (category II).")
    if facts.situation.lawyer_access == "denied":
        points.append("Access to a lawyer was denied (category III).")
    if facts.situation.whereabouts_known is False:
        points.append("The place of detention is not disclosed to the family: held incommunicado (category III).")
    if any(e.detention and e.detention.family_notified is False for e in held):
        points.append("The family was not notified of the detention (category III).")
    if any(e.detention and e.detention.kind == "rsdl" for e in held):
        points.append("Held under residential surveillance at a designated location, outside the formal detention system "
                      "(category III).")
    if {"religious_leader", "community_leader"} & set(person.roles):
        points.append("The person is a religious or community leader: say whether the detention targets their community "
                      "(category V).")
    return Section("arbitrary", labels.text("arbitrary", lang), items=tuple(Entry("", p) for p in points),
                   paragraph=ARBITRARY_CATEGORIES)


def wgad(facts: CaseFacts, lang: str, overridden: bool) -> Report:
    """The WGAD's model questionnaire: identity, arrest, detention, legal basis, why arbitrary, remedies."""
    parts = [sections.identity(facts.person, lang, facts.today, document=sections.NOT_RECORDED),
             sections.arrest(facts, lang), sections.custody(facts, lang), sections.legal(facts, lang),
             sections.access(facts, lang, "wgad"), sections.health(facts, lang), _arbitrary(facts, lang),
             sections.interventions(facts, lang, "remedies", True), sections.interventions(facts, lang, "other_action", False),
             sections.timeline(facts.events, lang), consent.section("wgad", facts.person, lang, overridden),
             sections.submitter(lang)]
    return _report("wgad", facts, lang, parts, missing.wgad(facts), overridden)


def _urgency(facts: CaseFacts, lang: str) -> Section:
    window = next((m for m in facts.situation.marks if m.kind == deadlines.WGEID_URGENT), None)
    if window is not None:
        when, _ = mark_text(window)
        text = (f"Under three months since the disappearance: the WGEID's urgent procedure applies until {when} "
                f"({window.days_left} days left). Send the form now.")
    else:
        text = ("More than three months since the disappearance, or the person's whereabouts are now known: the WGEID's "
                "regular procedure applies.")
    return Section("urgency", labels.text("urgency", lang), paragraph=text)


def wgeid(facts: CaseFacts, lang: str, overridden: bool, photo: bool) -> Report:
    """The WGEID's six elements: identity, date, place, forces responsible, steps to find the person; then the rest."""
    document = "a photo is attached in Casebook: send it with the form" if photo else sections.NOT_RECORDED
    parts = [sections.identity(facts.person, lang, facts.today, document=document),
             sections.arrest(facts, lang, "disappearance", sections.disappearance_event(facts)), _urgency(facts, lang),
             sections.custody(facts, lang), sections.interventions(facts, lang, "search", None), sections.legal(facts, lang),
             sections.access(facts, lang, "wgeid"), sections.health(facts, lang), sections.timeline(facts.events, lang),
             consent.section("wgeid", facts.person, lang, overridden), sections.submitter(lang)]
    return _report("wgeid", facts, lang, parts, missing.wgeid(facts, photo), overridden)


def _work_and_risk(facts: CaseFacts, lang: str) -> Section:
    person, situation = facts.person, facts.situation
    entries = (Entry(labels.text("activities", lang), joined((label(vocab.PERSON_ROLES, r) for r in person.roles),
                                                             sections.NOT_RECORDED)),
               Entry(labels.text("organisations", lang), joined(person.organisations, sections.NOT_RECORDED)),
               Entry(labels.text("risk", lang), label(vocab.RISK_LEVELS, person.risk) or sections.NOT_RECORDED),
               Entry(labels.text("status", lang), status_text(situation.status, situation.since, situation.days)
                     or sections.NOT_RECORDED))
    marks = tuple(Entry(*mark_text(m)) for m in situation.marks)
    return Section("work_and_risk", labels.text("work_and_risk", lang), entries, marks)


def hrd(facts: CaseFacts, lang: str, overridden: bool) -> Report:
    """The Rapporteur's questions: who the defender is and their work, the current risk, what happened, what was done."""
    parts = [sections.identity(facts.person, lang, facts.today), _work_and_risk(facts, lang)]
    if facts.start is not None:
        parts += [sections.arrest(facts, lang), sections.custody(facts, lang), sections.access(facts, lang, "hrd"),
                  sections.health(facts, lang)]
    parts += [sections.interventions(facts, lang, "actions", None), sections.timeline(facts.events, lang),
              consent.section("hrd", facts.person, lang, overridden), sections.submitter(lang)]
    return _report("hrd", facts, lang, parts, missing.hrd(facts), overridden)
