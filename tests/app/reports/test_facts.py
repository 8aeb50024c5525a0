"""Gathering a case for a report: the defender, the others, events and interventions, and nothing internal."""

import pytest

from app.records.change import Change
from app.records.dates import PartialDate
from app.records.deadlines import RSDL, WGEID_URGENT
from app.reports.errors import ReportRefused
from app.reports.facts import gather_case, gather_person
from app.vault.vault import Vault
from helpers.report_records import CANARIES, HAN_NAME, TODAY, Cases


def test_a_case_brings_its_defender_people_events_and_interventions(vault: Vault, cases: Cases) -> None:
    facts = gather_case(vault.records, cases.detention_case, today=TODAY)
    person = facts.person
    assert person.id == cases.lawyer_defender and person.names[0].value == HAN_NAME
    assert person.organisations == ("公民维权网 (Citizens Rights Network)",)
    assert person.birth_date == PartialDate(1978, 4)
    assert [(o.role, o.names[0].value, o.consent.scope if o.consent else None) for o in facts.others] == [
        ("lawyer", "陈建国", "listed_partners"), ("family", "王丽", "public_advocacy")]
    assert [e.type for e in facts.events] == ["detained", "lawyer_access_denied", "detained", "health_concern"], \
        "in date order, without the event about the wife"
    assert [i.type for i in facts.interventions] == ["lawyer_engaged", "letter_to_authorities", "un_urgent_appeal"]
    assert facts.start is not None and facts.start.date == PartialDate(2024, 3)
    assert [c.article for c in facts.charges] == ["Criminal Law art. 105(2)", ""]


def test_where_things_stand_comes_from_the_events(vault: Vault, cases: Cases) -> None:
    situation = gather_case(vault.records, cases.detention_case, today=TODAY).situation
    assert (situation.status, situation.since, situation.days) == ("rsdl", PartialDate(2024, 3), 101)
    assert (situation.place, situation.whereabouts_known, situation.lawyer_access) == (
        "a designated location in Wuhan", False, "denied")
    assert [m.kind for m in situation.marks] == [WGEID_URGENT, RSDL]


def test_nothing_internal_and_no_source_is_gathered(vault: Vault, cases: Cases) -> None:
    facts = gather_case(vault.records, cases.detention_case, today=TODAY)
    gathered = repr(facts) + repr(gather_person(vault.records, cases.lawyer_defender, TODAY))
    assert [c for c in CANARIES if c in gathered] == []
    assert [c.type for c in facts.person.channels] == ["phone", "wechat", "email"], "the internal Signal number stays behind"
    assert "notes" in facts.person.internal


def test_deleted_events_and_events_with_an_internal_date_are_left_out(vault: Vault, cases: Cases) -> None:
    repo = vault.records
    first = gather_case(repo, cases.detention_case, today=TODAY).events
    repo.delete(first[1].id)
    repo.apply([Change("event", {"internal_fields": ["date"]}, id=first[3].id)])
    assert [e.id for e in gather_case(repo, cases.detention_case, today=TODAY).events] == [first[0].id, first[2].id]


def test_a_case_without_a_defender_or_a_stranger_as_defender_is_refused(vault: Vault, cases: Cases) -> None:
    repo = vault.records
    with pytest.raises(ReportRefused, match="not a defender in this case"):
        gather_case(repo, cases.detention_case, cases.imam, TODAY)
    empty = repo.apply([Change("case", {"title": "No one named yet"})])[0].id
    with pytest.raises(ReportRefused, match="names no defender"):
        gather_case(repo, empty, today=TODAY)
    repo.apply([Change("person", {"internal_fields": ["names"]}, id=cases.lawyer_defender)])
    with pytest.raises(ReportRefused, match="is marked internal, so no report can show it") as refused:
        gather_case(repo, cases.detention_case, today=TODAY)
    assert HAN_NAME not in str(refused.value)


def test_a_person_across_all_their_cases(vault: Vault, cases: Cases) -> None:
    repo = vault.records
    later = repo.apply([Change("case", {"title": "Second case", "people": [{"person": cases.lawyer_defender, "role": "defender"}]})])[0]
    repo.apply([Change("event", {"case": later.id, "date": "2019-05-01", "type": "detained"}),
                Change("event", {"case": later.id, "date": "2019-05-20", "type": "released"})])
    facts = gather_person(repo, cases.lawyer_defender, TODAY)
    assert [str(e.date) for e in facts.detentions] == ["2019-05-01", "2024-03", "2024-04-15"]
    assert facts.situation.status == "rsdl" and facts.situation.since == PartialDate(2024, 3)
