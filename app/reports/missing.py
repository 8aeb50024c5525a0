"""What the record lacks for each mechanism, in plain sentences: what the caseworker must find out before submitting.

Each mechanism asks for different things (APPEALS.md): the WGAD an identity
document and whether a warrant was shown, the WGEID at least the month and
year of the disappearance and an identity number or photo, the Rapporteur on
defenders the organisation and the current risk. A field kept internal is
said to be kept back, not missing.
"""

from app.reports.consent import covers
from app.reports.facts import CaseFacts, Event, Person
from app.reports.names import sort_out
from app.reports.sections import ANSWERABLE, NATIONAL, disappearance_event
from app.reports.wording import precision_gap

WARRANT = ("whether a warrant or decision was shown, and who issued it, is not recorded (Casebook has no field for it: "
           "answer on the form)")
ID_DOCUMENT = "no identity document recorded (issuer, date, number): Casebook has no field for it, so add it on the form if known"


def _absent(person: Person, field: str, what: str) -> str:
    return f"{what} is kept internal and was left out" if field in person.internal else f"{what} not recorded"


def identity(person: Person) -> list[str]:
    gaps = []
    found = sort_out(person.names)
    if found.own is not None and found.own.script != "Latn" and found.romanised is None:
        gaps.append("no romanised (Latin-script) name recorded")
    if person.sex is None:
        gaps.append(_absent(person, "sex", "sex"))
    if person.birth_date is None:
        gaps.append(_absent(person, "birth_date", "birth date or age"))
    elif person.birth_date.month is None or person.birth_date.approximate:
        gaps.append(f"birth date {precision_gap(person.birth_date)}, so the age is given as a range or an estimate")
    for field, what in (("nationality", "nationality"), ("occupation", "occupation")):
        if not getattr(person, field):
            gaps.append(_absent(person, field, what))
    return gaps


def _when_where(event: Event | None, facts: CaseFacts, what: str) -> list[str]:
    if event is None:
        return []
    gaps = []
    if event.date is None:
        gaps.append(f"date of {what} not recorded")
    elif gap := precision_gap(event.date):
        gaps.append(f"date of {what} {gap}")
    if not event.place and not facts.location:
        gaps.append(f"place of {what} not recorded")
    return gaps


def _results(facts: CaseFacts, national_only: bool) -> list[str]:
    steps = [i for i in facts.interventions if i.type in ANSWERABLE and (not national_only or i.type in NATIONAL)]
    unanswered = [i for i in steps if i.status != "planned" and not i.response]
    return [f"no result recorded for {len(unanswered)} of the steps taken"] if unanswered else []


def _consent(kind: str, facts: CaseFacts) -> list[str]:
    return [] if covers(kind, facts.person) else ["consent for this submission is not on record"]


def wgad(facts: CaseFacts) -> list[str]:
    gaps = [*identity(facts.person), ID_DOCUMENT]
    if facts.start is None:
        gaps.append("no detention recorded in this case: add the event with its date and place")
    gaps += _when_where(facts.start, facts, "arrest")
    if not facts.authorities:
        gaps.append("the forces or authorities who carried out the arrest are not recorded")
    gaps.append(WARRANT)
    if not facts.charges:
        gaps.append("no charges or legal basis recorded")
    gaps += [f"no legal article recorded for the charge of {c.charge}" for c in facts.charges if not c.article]
    held = facts.start is not None
    if held and not facts.situation.place:
        gaps.append("place of detention not recorded")
    if held and facts.situation.lawyer_access is None:
        gaps.append("access to a lawyer not recorded")
    if not any(e.detention and e.detention.family_notified is not None for e in facts.events):
        gaps.append("whether the family was notified is not recorded")
    if not any(i.type in NATIONAL for i in facts.interventions):
        gaps.append("no steps at national level recorded (complaints, petitions, letters to the authorities)")
    return gaps + _results(facts, True) + _consent("wgad", facts)


def wgeid(facts: CaseFacts, photo: bool) -> list[str]:
    gaps = identity(facts.person)
    gaps.append("no identity document number recorded (a photo is attached in Casebook: send it with the form)" if photo
                else "no identity document number or photo of the person")
    event = disappearance_event(facts)
    if event is None:
        gaps.append("no disappearance recorded in this case: add when and where the person was last seen")
    elif event.date is None or event.date.month is None:
        gaps.append("date of disappearance unknown to the month (the WGEID needs at least the month and year)")
    elif event.date.approximate:
        gaps.append("date of disappearance approximate")
    if event is not None and not event.place and not facts.location:
        gaps.append("place of arrest or where last seen not recorded")
    if not facts.authorities:
        gaps.append("the State forces believed responsible are not recorded")
    if not facts.interventions:
        gaps.append("no steps by the relatives or others to find the person recorded")
    return gaps + _results(facts, False) + _consent("wgeid", facts)


def hrd(facts: CaseFacts) -> list[str]:
    person = facts.person
    gaps = identity(person)
    if not person.roles and not person.occupation:
        gaps.append("no human rights work recorded (roles or occupation)")
    if not person.organisations:
        gaps.append("no organisation recorded")
    if not person.places:
        gaps.append(_absent(person, "places", "place of residence"))
    if person.risk is None:
        gaps.append(_absent(person, "risk", "current risk level"))
    gaps += _when_where(facts.start, facts, "detention")
    if not facts.interventions:
        gaps.append("no action already taken recorded")
    return gaps + _results(facts, False) + _consent("hrd", facts)
