"""Two colleagues exchange bundles: what travels, what stays, and how edits merge on both sides."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.record_cmds import print_record
from app.errors import BadInput
from app.sharing.bundle_export import export_bundle, save_bundle, select
from app.sharing.bundle_import import import_bundle
from app.store import attachments
from app.vault.vault import Vault
from helpers.bundles import accept_all, add, bundle, edit, introduce, new_vault, send, shared_state, snapshot
from helpers.secrets import TEST_PASSPHRASE

PARTNERS = {"scope": "listed_partners"}


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    alice, bob = new_vault(tmp_path / "alice.casebook"), new_vault(tmp_path / "bob.casebook")
    introduce(alice, bob)
    yield alice, bob
    alice.close()
    bob.close()


def make_case(vault: Vault) -> dict[str, str]:
    """A detention case with a defender, a lawyer, two events, an intervention and a link."""
    ids = {"defender": add(vault, "person", names=["滕彪", "Teng Biao"], consent=PARTNERS,
                           channels=[{"type": "signal", "value": "+852 5555 0101", "safety": "safe"},
                                     {"type": "phone", "value": "+86 138 0000", "internal": True}],
                           notes="met in 2014", internal_fields=["notes"],
                           sources=[{"description": "his wife", "reliability": "B"},
                                    {"description": "press report", "internal": False}]),
           "lawyer": add(vault, "person", names=["Lawyer Chen"], consent={"scope": "public_advocacy"})}
    ids["case"] = add(vault, "case", title="Detention of Teng Biao", status="open",
                      people=[{"person": ids["defender"], "role": "defender"}, {"person": ids["lawyer"], "role": "lawyer"}])
    ids["detained"] = add(vault, "event", case=ids["case"], date="2015-07-10", type="detained", place="Beijing")
    ids["hearing"] = add(vault, "event", case=ids["case"], date="2016-01", type="hearing")
    ids["appeal"] = add(vault, "intervention", case=ids["case"], type="un_urgent_appeal", date="2015-07-20")
    ids["link"] = add(vault, "link", **{"from": ids["lawyer"], "to": ids["defender"], "type": "lawyer_of"})
    return ids


def test_two_vaults_exchange_both_ways_and_end_with_the_same_data_and_flagged_conflict(
        pair: tuple[Vault, Vault], capsys: pytest.CaptureFixture[str]) -> None:
    alice, bob = pair
    ids = make_case(alice)
    first = send(alice, bob, [ids["case"]])
    assert {o.record.id for o in first.new} == {ids[k] for k in ("defender", "lawyer", "case", "detained", "hearing",
                                                                  "appeal", "link")}
    edit(alice, ids["case"], title="Detention of Teng Biao (RSDL)")
    edit(bob, ids["case"], title="Teng Biao: detained in Beijing")
    edit(alice, ids["hearing"], place="Beijing No. 2 Intermediate Court")
    edit(bob, ids["detained"], description="Taken from his home at night")
    to_bob, to_alice = bundle(alice, bob, [ids["case"]]), bundle(bob, alice, [ids["case"]])
    at_bob = import_bundle(bob.exchange, to_bob)[1]
    at_alice = import_bundle(alice.exchange, to_alice)[1]

    assert shared_state(alice) == shared_state(bob)
    for vault, preview in ((alice, at_alice), (bob, at_bob)):
        assert [o.record.id for o in preview.conflicts] == [ids["case"]]
        case = vault.records.get(ids["case"])
        assert case.review, "the conflicting record is flagged for review on both sides"
        assert [m["field"] for m in case.conflicts] == ["title"]
        for other in ("detained", "hearing"):
            assert not vault.records.get(ids[other]).review, "edits of different records are no conflict"
    winner = alice.records.get(ids["case"]).fields["title"]
    loser = ({"Detention of Teng Biao (RSDL)", "Teng Biao: detained in Beijing"} - {winner}).pop()
    for vault in (alice, bob):
        assert vault.records.get(ids["case"]).conflicts[0]["value"] == loser, "the losing value is kept"
        assert vault.records.get(ids["hearing"]).fields["place"] == "Beijing No. 2 Intermediate Court"
        assert vault.records.get(ids["detained"]).fields["description"] == "Taken from his home at night"
    loser_side = alice if loser == "Detention of Teng Biao (RSDL)" else bob
    assert any(h.record.fields.get("title") == loser for h in loser_side.records.history(ids["case"]))
    print_record(bob.records.get(ids["case"]))
    shown = capsys.readouterr().out
    assert "[needs review]" in shown and f"conflict: title had {loser}" in shown
    assert bob.records.get(ids["case"]).to_json()["conflicts"][0]["value"] == loser


def test_importing_records_history_with_sender_and_reimport_changes_nothing(pair: tuple[Vault, Vault]) -> None:
    alice, bob = pair
    ids = make_case(alice)
    data = bundle(alice, bob, [ids["case"]])
    import_bundle(bob.exchange, data)
    entry = bob.records.history(ids["case"])[-1]
    assert entry.action == "import"
    assert entry.note is not None and entry.note.startswith("from alice (verified), bundle made ")
    before = snapshot(bob)
    _, again = import_bundle(bob.exchange, data)
    assert again.writes == [] and again.unchanged == len(again.outcomes)
    assert snapshot(bob) == before
    [logged] = [e for e in bob.activity.entries() if e.event == "import"]
    assert logged.detail["new"] == 7 and logged.detail["trust"] == "verified"
    assert logged.detail["sender"] == alice.identity.public.fingerprint, "the log names no one, only a fingerprint"


def test_internal_fields_channels_and_sources_stay_behind_and_survive_a_round_trip(pair: tuple[Vault, Vault]) -> None:
    alice, bob = pair
    ids = make_case(alice)
    send(alice, bob, [ids["case"]])
    at_bob = bob.records.get(ids["defender"]).fields
    assert "notes" not in at_bob
    assert [c["value"] for c in at_bob["channels"]] == ["+852 5555 0101"]
    assert [s["description"] for s in at_bob["sources"]] == ["press report"], "sources are internal unless marked otherwise"
    edit(bob, ids["defender"], channels=[*at_bob["channels"], {"type": "email", "value": "tb@example.org"}])
    send(bob, alice, [ids["case"]])
    at_alice = alice.records.get(ids["defender"]).fields
    assert [c["value"] for c in at_alice["channels"]] == ["+852 5555 0101", "tb@example.org", "+86 138 0000"]
    assert at_alice["notes"] == "met in 2014"
    assert [s["description"] for s in at_alice["sources"]] == ["his wife", "press report"], "untouched by bob"


def test_people_without_consent_are_left_out_unless_confirmed(pair: tuple[Vault, Vault]) -> None:
    alice, bob = pair
    ids = make_case(alice)
    witness = add(alice, "person", names=["吕志"], consent={"scope": "internal_only"})
    relative = add(alice, "person", names=["Relative"])
    edit(alice, ids["case"], people=[*alice.records.get(ids["case"]).fields["people"],
                                     {"person": witness, "role": "witness"}, {"person": relative, "role": "family"}])
    add(alice, "link", **{"from": relative, "to": ids["defender"], "type": "family_of"})
    selection = select(alice.records, [ids["case"]])
    assert {r.id for r in selection.without_consent} == {witness, relative}
    send(alice, bob, [ids["case"]])
    assert bob.records.find(witness) is None and bob.records.find(relative) is None
    assert bob.records.count("link") == 1, "a link to a person left out stays behind too"
    case = bob.records.get(ids["case"])
    edit(bob, ids["case"], status="monitoring")
    assert bob.records.get(ids["case"]).fields["people"] == case.fields["people"], "references kept, and editable"

    result = export_bundle(alice.exchange, [ids["case"]], to=[alice.contacts.find("bob")], include_without_consent=True)
    assert {r.id for r in result.selection.included_without_consent} == {witness, relative}
    opened, _ = import_bundle(bob.exchange, result.data, dry_run=True)
    assert sorted(opened.included_without_consent) == sorted([witness, relative])


def test_deletions_travel_and_an_older_bundle_never_overwrites_newer_data(pair: tuple[Vault, Vault]) -> None:
    alice, bob = pair
    ids = make_case(alice)
    old = bundle(alice, bob, [ids["case"]])
    import_bundle(bob.exchange, old)
    alice.records.delete(ids["hearing"])
    edit(alice, ids["case"], status="closed")
    assert [o.record.id for o in send(alice, bob, [ids["case"]]).held] == [ids["hearing"]]
    assert not bob.records.find(ids["hearing"]).deleted, "a deletion waits for review"
    assert bob.records.find(ids["hearing"]).review
    assert accept_all(bob) == 1
    assert bob.records.find(ids["hearing"]).deleted
    assert bob.records.get(ids["case"]).fields["status"] == "closed"
    before = snapshot(bob)
    _, result = import_bundle(bob.exchange, old)
    assert result.writes == []
    assert snapshot(bob) == before
    alice.records.restore(ids["hearing"], alice.records.history(ids["hearing"])[-2].version)
    send(alice, bob, [ids["case"]])
    assert not bob.records.find(ids["hearing"]).deleted, "a restore outranks the deletion it undoes"


def test_a_record_shredded_here_is_not_brought_back_by_a_bundle(pair: tuple[Vault, Vault]) -> None:
    alice, bob = pair
    ids = make_case(alice)
    attachments.add(alice.records, ids["hearing"], "summons.pdf", "application/pdf", b"%PDF-1.4 summons")
    send(alice, bob, [ids["case"]])
    bob.records.shred(ids["hearing"])
    edit(alice, ids["hearing"], place="Tianjin")
    preview = send(alice, bob, [ids["case"]])
    assert [o.record.id for o in preview.shredded] == [ids["hearing"]]
    assert bob.records.find(ids["hearing"]) is None
    assert bob.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert bob.records.get(ids["case"]).fields["title"] == "Detention of Teng Biao"


def test_attachments_travel_with_their_records(pair: tuple[Vault, Vault]) -> None:
    alice, bob = pair
    ids = make_case(alice)
    scan = bytes(range(256)) * 2000
    attachment = attachments.add(alice.records, ids["detained"], "notice.pdf", "application/pdf", scan)
    preview = send(alice, bob, [ids["case"]])
    assert preview.new_attachments == 1
    assert attachments.read(bob.records, attachment.id) == scan
    assert send(alice, bob, [ids["case"]]).new_attachments == 0


def test_passphrase_bundle_for_a_colleague_without_keys(pair: tuple[Vault, Vault]) -> None:
    alice, bob = pair
    ids = make_case(alice)
    data = export_bundle(alice.exchange, [ids["defender"]], passphrase="shared over the phone").data
    opened, preview = import_bundle(bob.exchange, data, passphrase="shared over the phone")
    assert opened.passphrase and opened.trust == "verified"
    assert [o.record.id for o in preview.new] == [ids["defender"]]
    with pytest.raises(BadInput):
        export_bundle(alice.exchange, [ids["hearing"]], passphrase="x")


def test_a_then_b_gives_the_same_vault_as_b_then_a(tmp_path: Path) -> None:
    vaults = {name: new_vault(tmp_path / f"{name}.casebook") for name in ("alice", "bob", "carol")}
    introduce(*vaults.values())
    alice, bob, carol = vaults.values()
    ids = make_case(alice)
    send(alice, bob, [ids["case"]])
    send(alice, carol, [ids["case"]])
    edit(alice, ids["case"], title="by alice", status="monitoring")
    edit(bob, ids["case"], title="by bob")
    bob.records.delete(ids["hearing"])
    edit(alice, ids["hearing"], place="court")
    from_alice, from_bob = bundle(alice, carol, [ids["case"]]), bundle(bob, carol, [ids["case"]])
    carol.close()
    shutil.copytree(tmp_path / "carol.casebook", tmp_path / "carol2.casebook")
    orders = []
    for folder, sequence in (("carol", (from_alice, from_bob)), ("carol2", (from_bob, from_alice))):
        vault = Vault.open(tmp_path / f"{folder}.casebook", TEST_PASSPHRASE)
        for data in sequence:
            import_bundle(vault.exchange, data)
        orders.append(({r.id: (r.fields, r.clock, r.deleted, r.conflicts, r.review)
                        for r in vault.records.iter_records(include_deleted=True)}, shared_state(vault)))
        vault.close()
    assert orders[0] == orders[1]
    alice.close()
    bob.close()


def test_an_edit_to_a_record_deleted_meanwhile_is_flagged_on_both_sides(pair: tuple[Vault, Vault]) -> None:
    alice, bob = pair
    ids = make_case(alice)
    send(alice, bob, [ids["case"]])
    alice.records.delete(ids["hearing"])
    edit(bob, ids["hearing"], description="postponed without notice")
    to_bob, to_alice = bundle(alice, bob, [ids["case"]]), bundle(bob, alice, [ids["case"]])
    import_bundle(bob.exchange, to_bob)
    import_bundle(alice.exchange, to_alice)
    assert accept_all(bob) == 1, "alice's deletion waits for bob's review"
    assert shared_state(alice) == shared_state(bob)
    for vault in (alice, bob):
        hearing = vault.records.find(ids["hearing"])
        assert hearing is not None and hearing.deleted and hearing.review
        assert hearing.fields == {"description": "postponed without notice"}, "the edit is kept, for a restore"


def test_an_export_is_logged_only_once_the_bundle_is_written(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    alice, _ = pair
    ids = make_case(alice)
    result = export_bundle(alice.exchange, [ids["case"]], to=[alice.contacts.find("bob")])
    taken = tmp_path / "taken.casebundle"
    taken.write_bytes(b"a colleague's earlier bundle")
    with pytest.raises(BadInput):
        save_bundle(alice.exchange, result, taken)
    assert taken.read_bytes() == b"a colleague's earlier bundle"
    assert "export" not in [e.event for e in alice.activity.entries()]
    save_bundle(alice.exchange, result, tmp_path / "case.casebundle")
    assert (tmp_path / "case.casebundle").read_bytes() == result.data
    logged = alice.activity.entries()[-1]
    assert logged.event == "export" and logged.detail["records"] == 7 and logged.detail["to"] == [alice.contacts.find("bob").fingerprint]
