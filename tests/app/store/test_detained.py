"""Detained now: who, since when (days counted), where, lawyer access, next hearing; the case checklist."""

import datetime as dt

from app.records.change import Change
from app.records.detention import checklist
from app.session import Session
from app.store.detained import detained_now, earlier_detentions
from app.vault.vault import Vault

TODAY = dt.date(2024, 3, 1)


def add(vault: Vault, kind: str, **fields: object) -> str:
    return vault.records.apply([Change(kind, dict(fields))])[0].id


def detained_case(vault: Vault, name: str, *events: dict[str, object]) -> tuple[str, str]:
    person = add(vault, "person", names=[name])
    case = add(vault, "case", title=f"Case of {name}", people=[{"person": person, "role": "defender"}])
    for event in events:
        add(vault, "event", case=case, **event)
    return person, case


def test_detained_now_lists_who_since_when_where_lawyer_and_hearing(vault: Vault) -> None:
    person, case = detained_case(
        vault, "柯德华",
        {"date": "2019-05-01", "type": "detained"},
        {"date": "2019-06-01", "type": "released"},
        {"date": "2024-01-31", "type": "detained", "place": "Wuhan",
         "detention": {"kind": "rsdl", "facility": "a designated location in Wuhan", "lawyer_access": "denied"}},
        {"date": "2024-04-15", "type": "hearing"},
    )
    add(vault, "person", names=["吕志"])
    [entry] = detained_now(vault.records, TODAY)
    assert entry.person_id == person and entry.name == "柯德华"
    assert (entry.status, entry.since, entry.days) == ("rsdl", "2024-01-31", 30)
    assert entry.where == "a designated location in Wuhan"
    assert entry.lawyer_access == "denied"
    assert entry.next_hearing == "2024-04-15"
    assert entry.case_ids == (case,)
    assert [(m.kind, m.date) for m in entry.marks] == [("hearing", dt.date(2024, 4, 15)), ("rsdl_six_months", dt.date(2024, 7, 31))]
    assert entry.next_mark == entry.marks[0]
    assert [e.fields["date"] for e in earlier_detentions(vault.records, person)] == ["2019-05-01", "2024-01-31"]


def test_release_takes_a_person_off_the_list_and_longest_held_come_first(vault: Vault) -> None:
    detained_case(vault, "A", {"date": "2024-02-20", "type": "detained"})
    detained_case(vault, "B", {"date": "~2023-11", "type": "disappeared"})
    detained_case(vault, "C", {"date": "2023-01-01", "type": "detained"}, {"date": "2023-02-01", "type": "released"})
    entries = detained_now(vault.records, TODAY)
    assert [(e.name, e.since, e.whereabouts_known) for e in entries] == [("B", "~2023-11", False), ("A", "2024-02-20", None)]


def test_checklist_is_stored_in_the_case_with_the_date_ticked(vault: Vault, session: Session) -> None:
    _, case = detained_case(vault, "A", {"date": "2024-02-20", "type": "detained"})
    items = checklist(vault.records.get(case))
    assert [i.label for i in items][:2] == ["family told", "lawyer engaged"]
    assert not any(i.done for i in items)
    session.tick_checklist(case, "un_urgent_appeal_sent", True, TODAY)
    ticked = {i.item: i for i in checklist(vault.records.get(case))}
    assert ticked["un_urgent_appeal_sent"].done and ticked["un_urgent_appeal_sent"].date == "2024-03-01"
    session.tick_checklist(case, "un_urgent_appeal_sent", False, TODAY)
    assert not any(i.done for i in checklist(vault.records.get(case)))
    assert [e.note for e in vault.records.history(case)][-1] == "checklist: un_urgent_appeal_sent"
