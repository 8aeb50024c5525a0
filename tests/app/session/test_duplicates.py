"""Duplicates within a vault and merging two people: everything of both is kept, and the merge travels in a bundle."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import BadInput, NotFound
from app.records.change import Change
from app.session import RecordsChanged, Session
from helpers.bundles import new_vault

PARTNERS = {"scope": "listed_partners"}


def people_with_a_case(session: Session) -> dict[str, str]:
    """张伟 and Zhang Wei (one man, recorded twice), his lawyer, a case naming both records, an event and links."""
    keep, retire, lawyer = (r.id for r in session.apply([
        Change("person", {"names": ["张伟"], "birth_date": "1973-05-01", "consent": PARTNERS, "roles": ["lawyer"],
                          "channels": [{"type": "signal", "value": "+86 100 5550 0001", "safety": "safe"}]}),
        Change("person", {"names": ["Zhang Wei"], "birth_date": "1973-05-01", "consent": PARTNERS, "occupation": "lawyer",
                          "channels": [{"type": "wechat", "value": "wxid_zw", "safety": "do_not_use"}],
                          "notes": "Detained twice."}),
        Change("person", {"names": ["Lawyer Chen"], "consent": PARTNERS}),
    ]))
    case = session.apply([Change("case", {"title": "Detention of Zhang Wei", "people": [
        {"person": keep, "role": "defender"}, {"person": retire, "role": "defender"}, {"person": lawyer, "role": "lawyer"}]})])[0].id
    event, link = (r.id for r in session.apply([
        Change("event", {"case": case, "date": "2021-03-05", "type": "detained", "person": retire}),
        Change("link", {"from": lawyer, "to": retire, "type": "lawyer_of"}),
    ]))
    return {"keep": keep, "retire": retire, "lawyer": lawyer, "case": case, "event": event, "link": link}


def test_the_pair_is_found_with_why_and_merged_keeping_everything(session: Session) -> None:
    ids = people_with_a_case(session)
    [pair] = session.find_duplicates()
    assert {pair.person.ref, pair.other.ref} == {ids["keep"], ids["retire"]}
    assert pair.why == "Han name 张伟 reads zhang wei = Latin name Zhang Wei; same birth date 1973-05-01"
    heard: list[RecordsChanged] = []
    session.on_records_changed(heard.append)

    merged = session.merge_people(ids["keep"], ids["retire"])

    kept = session.record(ids["keep"]).fields
    assert [n["value"] for n in kept["names"]] == ["张伟", "Zhang Wei"]
    assert [c["value"] for c in kept["channels"]] == ["+86 100 5550 0001", "wxid_zw"]
    assert (kept["occupation"], kept["notes"], kept["merged_from"]) == ("lawyer", "Detained twice.", [ids["retire"]])
    assert session.record(ids["case"]).fields["people"] == [{"person": ids["keep"], "role": "defender"},
                                                           {"person": ids["lawyer"], "role": "lawyer"}]
    assert session.record(ids["event"]).fields["person"] == ids["keep"]
    assert session.record(ids["link"]).fields["to"] == ids["keep"]
    assert (merged.repointed, merged.links_retired) == (3, 0)
    with pytest.raises(NotFound):
        session.record(ids["retire"])
    history = session.history(ids["retire"])
    assert [e.action for e in history] == ["create", "delete"], "the retired record's history stays"
    assert history[0].record.fields["notes"] == "Detained twice."
    assert session.history(ids["keep"])[-1].note == f"merged {ids['retire']} into {ids['keep']}"
    assert [h.id for h in session.search("Zhang Wei", "person")] == [ids["keep"]]
    assert session.find_duplicates() == []
    assert {ids["keep"], ids["retire"], ids["case"], ids["event"], ids["link"]} <= heard[0].ids
    entry = session.activity_log()[-1]
    assert (entry.event, entry.detail) == ("merge", {"kept": ids["keep"], "retired": ids["retire"], "repointed": 3,
                                                     "links_retired": 0})


def test_merging_is_refused_for_one_person_or_a_case(session: Session) -> None:
    ids = people_with_a_case(session)
    with pytest.raises(BadInput, match="two different people"):
        session.merge_people(ids["keep"], ids["keep"])
    with pytest.raises(BadInput, match="two different people"):
        session.merge_people(ids["keep"], ids["case"])
    before = session.count()
    session.merge_people(ids["keep"], ids["retire"])
    with pytest.raises(NotFound):
        session.merge_people(ids["keep"], ids["retire"])
    assert session.count() == before - 1


@pytest.fixture
def colleagues(tmp_path: Path) -> Iterator[tuple[Session, Session]]:
    alice, bob = Session(new_vault(tmp_path / "alice.casebook")), Session(new_vault(tmp_path / "bob.casebook"))
    for me, other, name in ((alice, bob, "bob"), (bob, alice, "alice")):
        me.add_contact(other.identity().text(), name)
        me.verify_contact(name)
    yield alice, bob
    alice.lock()
    bob.lock()


def send(sender: Session, receiver: Session, ids: list[str], to: str) -> None:
    result = sender.export_bundle(ids, to=[sender.contact(to)])
    receiver.apply_bundle(receiver.open_bundle(result.data))


def accept_held(session: Session) -> None:
    """The colleague reviews and accepts what the bundle could not change alone (deletions, status events)."""
    for change in session.held_changes():
        session.accept_held(change.id)


def test_a_merge_travels_in_a_bundle_and_the_colleague_ends_with_one_person(colleagues: tuple[Session, Session]) -> None:
    alice, bob = colleagues
    ids = people_with_a_case(alice)
    send(alice, bob, [ids["case"]], "bob")
    assert bob.count("person") == 3

    alice.merge_people(ids["keep"], ids["retire"])
    send(alice, bob, [ids["case"]], "bob")
    assert bob.count("person") == 3, "the merged-away person's tombstone waits for review"
    accept_held(bob)

    assert bob.count("person") == 2
    kept = bob.record(ids["keep"]).fields
    assert [n["value"] for n in kept["names"]] == ["张伟", "Zhang Wei"] and kept["merged_from"] == [ids["retire"]]
    assert [c["value"] for c in kept["channels"]] == ["+86 100 5550 0001", "wxid_zw"]
    assert [p["person"] for p in bob.record(ids["case"]).fields["people"]] == [ids["keep"], ids["lawyer"]]
    assert bob.record(ids["event"]).fields["person"] == ids["keep"]
    assert bob.record(ids["link"]).fields["to"] == ids["keep"]
    assert bob.find(ids["retire"]).deleted
    assert bob.history(ids["retire"])[0].record.fields["notes"] == "Detained twice."
    assert [h.id for h in bob.search("zhang wei", "person")] == [ids["keep"]]
    assert not bob.find_duplicates()


def test_a_bundle_of_the_kept_person_alone_brings_the_tombstone(colleagues: tuple[Session, Session]) -> None:
    alice, bob = colleagues
    ids = people_with_a_case(alice)
    send(alice, bob, [ids["keep"], ids["retire"]], "bob")
    alice.merge_people(ids["keep"], ids["retire"])
    result = alice.export_bundle([ids["keep"]], to=[alice.contact("bob")])
    assert result.counts == {"person": 2}
    bob.apply_bundle(bob.open_bundle(result.data))
    accept_held(bob)
    assert [s.id for s in bob.summaries("person")] == [ids["keep"]]
    assert [n["value"] for n in bob.record(ids["keep"]).fields["names"]] == ["张伟", "Zhang Wei"]
