"""What a report needs about one case and its defender, gathered into plain values.

Every record passes through `app.sharing.projection` first, so fields named in
`internal_fields` and channels marked internal never reach a report, and
sources are never read at all: who told us stays in the vault. Reports are
built from these values only. The reader is anything with the Repository's
read methods, so the session can hand in itself later without a change here.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from app.records import custody, deadlines, schema
from app.records.dates import PartialDate, day_count
from app.records.record import Record
from app.records.status import derive_status, effective_status, event_sort_key
from app.reports.errors import ReportRefused
from app.sharing import projection


class RecordReader(Protocol):
    """The read side of the Repository that reports use."""

    def get(self, record_id: str) -> Record: ...

    def find(self, record_id: str) -> Record | None: ...

    def referencing(self, record_id: str, field_name: str | None = None) -> list[tuple[str, str, str | None]]: ...

    def events_of_person(self, person_id: str) -> list[Record]: ...


@dataclass(frozen=True)
class Name:
    value: str
    script: str
    kind: str


@dataclass(frozen=True)
class Channel:
    type: str
    value: str
    safety: str | None
    note: str


@dataclass(frozen=True)
class Consent:
    scope: str
    given_on: PartialDate | None


@dataclass(frozen=True)
class Emergency:
    who_to_call: str
    lawyer: str
    medical_needs: str
    prior_instructions: str


@dataclass(frozen=True)
class Person:
    """A person as a report may show them; `internal` names the fields kept back.

    `consent` is the one value read past the projection, because the checks
    must see it (as bundles do); reports show it only if it is not internal.
    `partners` is the bundles' own test: consent covers listed partners.
    """

    id: str
    names: tuple[Name, ...]
    sex: str | None
    birth_date: PartialDate | None
    nationality: str
    occupation: str
    roles: tuple[str, ...]
    places: tuple[str, ...]
    organisations: tuple[str, ...]
    channels: tuple[Channel, ...]
    consent: Consent | None
    emergency: Emergency | None
    risk: str | None
    internal: frozenset[str]
    partners: bool


@dataclass(frozen=True)
class Detention:
    kind: str | None
    facility: str
    whereabouts_known: bool | None
    family_notified: bool | None
    lawyer_access: str | None
    conditions: str
    health: str


@dataclass(frozen=True)
class Event:
    id: str
    date: PartialDate | None
    type: str
    place: str
    description: str
    detention: Detention | None
    confidence: str | None


@dataclass(frozen=True)
class Intervention:
    id: str
    type: str
    date: PartialDate | None
    addressee: str
    response: str
    status: str | None


@dataclass(frozen=True)
class Charge:
    charge: str
    article: str


@dataclass(frozen=True)
class Involved:
    """Someone else in the case (lawyer, family, witness): named in a report only as far as their own consent goes."""

    role: str
    names: tuple[Name, ...]
    consent: Consent | None
    partners: bool


@dataclass(frozen=True)
class Situation:
    """Where things stand today according to the events: status, since when, where, lawyer access, marks ahead."""

    status: str | None
    since: PartialDate | None
    days: int | None
    place: str
    whereabouts_known: bool | None
    lawyer_access: str | None
    marks: tuple[deadlines.Deadline, ...]


@dataclass(frozen=True)
class CaseFacts:
    id: str
    title: str
    type: str | None
    status: str | None
    location: str
    authorities: tuple[str, ...]
    charges: tuple[Charge, ...]
    notes: str
    person: Person
    others: tuple[Involved, ...]
    events: tuple[Event, ...]
    interventions: tuple[Intervention, ...]
    situation: Situation
    start: Event | None
    today: dt.date


@dataclass(frozen=True)
class PersonFacts:
    """One person across all their cases: the emergency sheet's view."""

    person: Person
    detentions: tuple[Event, ...]
    situation: Situation
    today: dt.date


def _date(value: Any) -> PartialDate | None:
    try:
        return PartialDate.parse(value)
    except ValueError:
        return None


def _visible(record: Record) -> dict[str, Any]:
    """The fields a report may use: the projection's, without sources; ReportRefused if the record cannot be shared whole."""
    shared = projection.project(record)
    if shared is None:
        raise ReportRefused(f"A required field of record {record.id} is marked internal, so no report can show it; "
                            "clear that mark in the record's internal fields first.")
    return {key: value for key, value in shared.fields.items() if key != "sources"}


def _names(fields: dict[str, Any]) -> tuple[Name, ...]:
    return tuple(Name(n["value"], n["script"], n["kind"]) for n in fields.get("names") or [])


def _consent(fields: dict[str, Any]) -> Consent | None:
    consent = fields.get("consent")
    return Consent(consent["scope"], _date(consent.get("given_on"))) if consent else None


def _emergency(fields: dict[str, Any]) -> Emergency | None:
    sheet = fields.get("emergency")
    if not sheet:
        return None
    return Emergency(sheet.get("who_to_call", ""), sheet.get("lawyer", ""), sheet.get("medical_needs", ""),
                     sheet.get("prior_instructions", ""))


def _live(reader: RecordReader, record_id: str, kind: str) -> Record | None:
    record = reader.find(record_id)
    return record if record is not None and not record.deleted and record.kind == kind else None


def _organisations(reader: RecordReader, person_id: str) -> tuple[str, ...]:
    """Names of the organisations the person is linked to as member_of (organisations that cannot be shared are left out)."""
    names = []
    for src, _, _ in reader.referencing(person_id, "from"):
        link = _live(reader, src, "link")
        if link is None or link.fields.get("type") != "member_of":
            continue
        organisation = _live(reader, link.fields["to"], "organisation")
        shared = projection.project(organisation) if organisation is not None else None
        if shared is not None:
            names.append(schema.display_name("organisation", shared.fields))
    return tuple(sorted(names))


def person_facts(reader: RecordReader, record: Record) -> Person:
    fields = _visible(record)
    channels = tuple(Channel(c["type"], c["value"], c.get("safety"), c.get("note", "")) for c in fields.get("channels") or [])
    return Person(record.id, _names(fields), fields.get("sex"), _date(fields.get("birth_date")), fields.get("nationality", ""),
                  fields.get("occupation", ""), tuple(fields.get("roles") or ()), tuple(fields.get("places") or ()),
                  _organisations(reader, record.id), channels, _consent(record.fields), _emergency(fields), fields.get("risk"),
                  frozenset(projection.internal_fields(record)), projection.consent_covers_partners(record))


def _event(record: Record, fields: dict[str, Any]) -> Event:
    held = fields.get("detention")
    detention = None if held is None else Detention(
        held.get("kind"), held.get("facility", ""), held.get("whereabouts_known"), held.get("family_notified"),
        held.get("lawyer_access"), held.get("conditions", ""), held.get("health", ""))
    return Event(record.id, _date(fields.get("date")), fields["type"], fields.get("place", ""), fields.get("description", ""),
                 detention, fields.get("confidence"))


def _events(records: list[Record]) -> list[tuple[Record, dict[str, Any]]]:
    """Events that can be shown (a date or type kept internal leaves the event out), in date order."""
    shown = [(r, projection.project(r)) for r in records]
    pairs = [(r, {k: v for k, v in p.fields.items() if k != "sources"}) for r, p in shown if p is not None]
    return sorted(pairs, key=lambda pair: event_sort_key(pair[1]))


def _situation(person_fields: dict[str, Any], events: list[dict[str, Any]], ids: list[str], today: dt.date) -> Situation:
    start = custody.deprivation_start(events)
    held = events[events.index(start):] if start is not None else events
    since = _date(start.get("date")) if start is not None else None
    place, known = custody.whereabouts(held)
    return Situation(effective_status(person_fields, derive_status(events)), since,
                     day_count(since, today) if since is not None else None, place if start else "",
                     known if start else None, custody.lawyer_access(held) if start else None,
                     tuple(deadlines.deadlines(zip(ids, events, strict=True), today)))


def _start(shown: tuple[Event, ...], events: list[dict[str, Any]]) -> Event | None:
    """The event that began the present deprivation of liberty; once it is over, the case's first detention or disappearance."""
    start = custody.deprivation_start(events)
    if start is not None:
        return shown[events.index(start)]
    return next((e for e in shown if e.type in ("detained", "disappeared")), None)


def _others(reader: RecordReader, case_fields: dict[str, Any], person_id: str) -> tuple[Involved, ...]:
    found = []
    for entry in case_fields.get("people") or []:
        other = _live(reader, entry["person"], "person")
        shared = projection.project(other) if other is not None and other.id != person_id else None
        if other is None or shared is None:
            continue
        found.append(Involved(entry["role"], _names(shared.fields), _consent(other.fields), projection.consent_covers_partners(other)))
    return tuple(found)


def _defender(case_fields: dict[str, Any], person_id: str | None) -> str:
    defenders = [p["person"] for p in case_fields.get("people") or [] if p["role"] == "defender"]
    if person_id is None:
        if not defenders:
            raise ReportRefused("This case names no defender; add the person to the case as defender, then make the report.")
        return str(defenders[0])
    if person_id not in defenders:
        raise ReportRefused("That person is not a defender in this case; choose one of the case's defenders.")
    return person_id


def gather_case(reader: RecordReader, case_id: str, person_id: str | None = None, today: dt.date | None = None) -> CaseFacts:
    """The case, its defender (the first one unless `person_id` names another), events and interventions."""
    today = today or dt.date.today()
    case = reader.get(case_id)
    if case.kind != "case":
        raise ReportRefused(f"{case.id} is not a case; choose a case or a person.")
    fields = _visible(case)
    person_record = reader.get(_defender(case.fields, person_id))
    events: list[Record] = []
    interventions: list[Intervention] = []
    for src, _, _ in reader.referencing(case.id, "case"):
        record = reader.find(src)
        if record is None or record.deleted:
            continue
        if record.kind == "event" and record.fields.get("person") in (None, person_record.id):
            events.append(record)
        elif record.kind == "intervention" and (copy := projection.project(record)) is not None:
            interventions.append(Intervention(record.id, copy.fields["type"], _date(copy.fields.get("date")),
                                              copy.fields.get("addressee", ""), copy.fields.get("response", ""),
                                              copy.fields.get("status")))
    pairs = _events(events)
    shown = tuple(_event(r, f) for r, f in pairs)
    return CaseFacts(
        case.id, fields.get("title", ""), fields.get("type"), fields.get("status"), fields.get("location", ""),
        tuple(fields.get("authorities") or ()), tuple(Charge(c["charge"], c.get("article", "")) for c in fields.get("charges") or []),
        fields.get("notes", ""), person_facts(reader, person_record), _others(reader, fields, person_record.id),
        shown, tuple(sorted(interventions, key=lambda i: i.date.sort_key() if i.date else "9999")),
        _situation(_visible(person_record), [f for _, f in pairs], [r.id for r, _ in pairs], today),
        _start(shown, [f for _, f in pairs]), today)


def gather_person(reader: RecordReader, person_id: str, today: dt.date | None = None) -> PersonFacts:
    """A person with every event of their cases: status, where held, earlier detentions, marks ahead."""
    today = today or dt.date.today()
    record = reader.get(person_id)
    if record.kind != "person":
        raise ReportRefused(f"{record.id} is not a person; the emergency sheet is made for a person or their case.")
    pairs = _events(reader.events_of_person(record.id))
    detentions = tuple(_event(r, f) for r, f in pairs if f["type"] in ("detained", "disappeared"))
    return PersonFacts(person_facts(reader, record), detentions,
                       _situation(_visible(record), [f for _, f in pairs], [r.id for r, _ in pairs], today), today)
