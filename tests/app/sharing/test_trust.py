"""Who may change what (issue 15): a signed bundle proves its sender, not that they may change what it carries."""

import copy
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.database import Database
from app.errors import BadInput, BundleRejected
from app.records.change import utc_now
from app.records.clock import parse_version
from app.records.record import Record
from app.sharing import held
from app.sharing.bundle_import import import_bundle
from app.sharing.held import HeldChanges
from app.sharing.trust import CHANGES_STATUS, DATED_AHEAD, DELETES, NOT_A_WRITER, SKEW_MS, Writers
from app.store import attachments, migrations
from app.store.migrations import run_script
from app.vault.vault import Vault
from crypto import bundle_crypto
from crypto.identity import KeyPair
from crypto.vault_keys import VaultKeys
from helpers.bundles import accept_all, add, bundle, edit, introduce, new_vault, send, snapshot
from helpers.forgery import HOUR_MS, device_of, forge, now_ms, shared_copy, tombstone, version_at, written
from helpers.properties import examples
from helpers.secrets import TEST_PASSPHRASE

PARTNERS = {"scope": "listed_partners"}
SIGNAL = {"type": "signal", "value": "+852 5555 0101", "safety": "safe"}
FORGED = {"type": "signal", "value": "+852 9999 0000", "safety": "safe"}


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Vault, Vault, Vault]]:
    """Alice and Bob work together; Carol is a contact Bob verified, who never had Alice's records from Bob."""
    alice, bob, carol = (new_vault(tmp_path / f"{name}.casebook") for name in ("alice", "bob", "carol"))
    introduce(alice, bob)
    introduce(bob, carol)
    yield alice, bob, carol
    for vault in (alice, bob, carol):
        vault.close()


def derived_status(vault: Vault, person: str) -> str | None:
    row = vault.db.execute("SELECT status FROM records WHERE id = ?", (person,)).fetchone()
    return None if row[0] is None else str(row[0])


def new_event(case: str, date: str, kind: str, device: str) -> Record:
    """An event record as any vault would write it, for a case it names by id."""
    version = version_at(now_ms(), device)
    fields = {"case": case, "date": date, "type": kind}
    return Record(str(uuid.uuid4()), "event", utc_now(), utc_now(), version, fields, dict.fromkeys(fields, version))


def held_reasons(vault: Vault) -> dict[str, list[str]]:
    return {change.record.id: change.reasons for change in HeldChanges(vault.records).list()}


def the_forgery(alice: Vault, person: str) -> list[Record]:
    """Issue 15's forgery: Alice's person with a changed channel, 20 hours ahead, claiming to know her device."""
    forged = shared_copy(alice, person)
    ahead = now_ms() + 20 * HOUR_MS
    alice_device = device_of(forged.version)
    written(forged, "channels", [FORGED], version_at(ahead, "ma11017e0000"))
    forged.seen[alice_device] = version_at(ahead - 1000, alice_device)
    return [forged]


def test_the_forgery_of_issue_15_changes_nothing_and_the_colleague_s_correction_still_applies(
        trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, carol = trio
    person = add(alice, "person", names=["柯德华"], consent=PARTNERS, channels=[SIGNAL])
    send(alice, bob, [person])
    stranger = KeyPair.generate()
    forged = forge(stranger, bob, the_forgery(alice, person))
    before = snapshot(bob)

    opened, preview = import_bundle(bob.exchange, forged, dry_run=True)
    assert opened.trust == "unknown" and preview.preview_only
    [outcome] = preview.held
    assert outcome.held_because == [NOT_A_WRITER, DATED_AHEAD], "the preview says what it would do, and why not"
    with pytest.raises(BundleRejected, match="not a verified contact: it can be previewed, not imported"):
        import_bundle(bob.exchange, forged)
    assert snapshot(bob) == before

    # The same forgery signed by a verified contact who never wrote the record: held for review, never applied.
    _, applied = import_bundle(bob.exchange, forge(carol.identity.keys(), bob, the_forgery(alice, person)))
    assert applied.applied and applied.writes == [] and [o.record.id for o in applied.held] == [person]
    at_bob = bob.records.get(person)
    assert at_bob.fields["channels"] == [SIGNAL] and at_bob.review, "unchanged, and flagged for review"
    assert held_reasons(bob) == {person: [NOT_A_WRITER, DATED_AHEAD]}
    assert parse_version(bob.records.clock.now())[0] < now_ms() + SKEW_MS, "the vault's clock is not pulled ahead"

    corrected = {**SIGNAL, "value": "+852 5555 0202"}
    edit(alice, person, channels=[corrected])
    assert [o.record.id for o in send(alice, bob, [person]).changed] == [person], "her correction applies"
    assert bob.records.get(person).fields["channels"] == [corrected]

    back = bundle(bob, alice, [person])
    assert FORGED["value"].encode() not in bundle_crypto.decrypt_with_identity(back, alice.identity.keys())
    import_bundle(alice.exchange, back)
    assert alice.records.get(person).fields["channels"] == [corrected]


def test_a_forged_tombstone_deletes_nothing_and_a_writer_s_deletion_waits_for_review(
        trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, carol = trio
    case = add(alice, "case", title="Detention of Ke Dehua")
    send(alice, bob, [case])
    forged = tombstone(shared_copy(alice, case), version_at(now_ms(), "ca401000beef"))
    import_bundle(bob.exchange, forge(carol.identity.keys(), bob, [forged]))
    assert not bob.records.get(case).deleted
    assert held_reasons(bob) == {case: [NOT_A_WRITER, DELETES]}

    alice.records.delete(case)
    preview = send(alice, bob, [case])
    assert [o.held_because for o in preview.held] == [[DELETES]], "even a writer's deletion is reviewed first"
    assert not bob.records.get(case, include_deleted=True).deleted
    changes = HeldChanges(bob.records).list()
    held.reject(bob.exchange, changes[0].id)
    held.accept(bob.exchange, changes[1].id)
    assert bob.records.get(case, include_deleted=True).deleted, "accepted after review"
    assert HeldChanges(bob.records).list() == []


def test_a_forged_event_does_not_change_a_person_s_derived_status(trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, carol = trio
    person = add(alice, "person", names=["柯德华"], consent=PARTNERS)
    case = add(alice, "case", title="Detention", people=[{"person": person, "role": "defender"}])
    add(alice, "event", case=case, date="2024-01-31", type="detained")
    send(alice, bob, [case])
    assert derived_status(bob, person) == "detained"
    released = new_event(case, "2024-06-01", "released", "ca401000beef")
    import_bundle(bob.exchange, forge(carol.identity.keys(), bob, [released]))
    released_id = released.id
    assert derived_status(bob, person) == "detained"
    assert bob.records.find(released_id) is None
    assert held_reasons(bob) == {released_id: [NOT_A_WRITER, CHANGES_STATUS]}

    released_by_alice = add(alice, "event", case=case, date="2024-06-02", type="released")
    preview = send(alice, bob, [case])
    assert [o.record.id for o in preview.held] == [released_by_alice], "a writer's status change is reviewed too"
    assert derived_status(bob, person) == "detained"
    assert accept_all(bob) == 2
    assert derived_status(bob, person) == "at_liberty"


def test_a_change_relayed_by_someone_who_is_not_a_writer_waits_and_accepting_makes_them_one(
        trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, carol = trio
    case = add(alice, "case", title="Detention of Ke Dehua")
    send(alice, bob, [case])
    send(bob, carol, [case])  # sending makes Carol a writer at Bob: her answer applies
    edit(carol, case, title="Detention of Ke Dehua (RSDL)")
    assert [o.record.id for o in send(carol, bob, [case]).changed] == [case]
    dave = new_vault(bob.folder.path.parent / "dave.casebook")
    try:
        introduce(bob, dave)
        state = shared_copy(bob, case)
        written(state, "title", "by dave", version_at(now_ms(), "da7e00000000"))
        import_bundle(bob.exchange, forge(dave.identity.keys(), bob, [state]))
        assert bob.records.get(case).fields["title"] == "Detention of Ke Dehua (RSDL)"
        [change] = HeldChanges(bob.records).list()
        assert change.reasons == [NOT_A_WRITER] and change.record.fields["title"] == "by dave"
        held.accept(bob.exchange, change.id)
        assert bob.records.get(case).fields["title"] == "by dave"
        written(state, "title", "by dave, again", version_at(now_ms() + 1, "da7e00000000"))
        _, preview = import_bundle(bob.exchange, forge(dave.identity.keys(), bob, [state]))
        assert [o.record.id for o in preview.changed] == [case], "accepted once, a writer from then on"
    finally:
        dave.close()


def test_a_change_dated_ahead_is_held_and_cannot_be_accepted_before_its_time(trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, _ = trio
    case = add(alice, "case", title="Detention")
    send(alice, bob, [case])
    state = shared_copy(alice, case)
    written(state, "title", "from the future", version_at(now_ms() + 2 * SKEW_MS, device_of(state.version)))
    _, preview = import_bundle(bob.exchange, forge(alice.identity.keys(), bob, [state]))
    assert [o.held_because for o in preview.held] == [[DATED_AHEAD]]
    [change] = HeldChanges(bob.records).list()
    with pytest.raises(BadInput, match="still dated ahead"):
        held.accept(bob.exchange, change.id)
    assert bob.records.get(case).fields["title"] == "Detention"


def test_a_seen_map_beyond_the_record_s_own_version_is_refused(trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, _ = trio
    case = add(alice, "case", title="Detention")
    send(alice, bob, [case])
    state = shared_copy(alice, case)
    claimed = copy.deepcopy(state)
    claimed.seen["0123456789ab"] = version_at(parse_version(state.version)[0] + 1, "0123456789ab")
    before = snapshot(bob)
    with pytest.raises(BundleRejected, match="is not a valid record"):
        import_bundle(bob.exchange, forge(alice.identity.keys(), bob, [claimed]))
    assert snapshot(bob) == before


def test_importing_the_same_held_change_again_changes_nothing_and_shredding_drops_it(
        trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, carol = trio
    case = add(alice, "case", title="Detention")
    send(alice, bob, [case])
    state = shared_copy(alice, case)
    written(state, "title", "by carol", version_at(now_ms(), "ca401000beef"))
    data = forge(carol.identity.keys(), bob, [state])
    import_bundle(bob.exchange, data)
    before = snapshot(bob)
    _, again = import_bundle(bob.exchange, data)
    assert again.held == [] and again.unchanged == 1 and snapshot(bob) == before
    bob.records.shred(case)
    assert HeldChanges(bob.records).list() == []


def test_migration_14_finds_the_writers_of_records_imported_before_it(tmp_path: Path) -> None:
    alice, bob = new_vault(tmp_path / "alice.casebook"), new_vault(tmp_path / "bob.casebook")
    introduce(alice, bob)
    case = add(alice, "case", title="Detention")
    send(alice, bob, [case])
    own = add(bob, "case", title="Bob's own")
    keys = VaultKeys.from_vault_key(bob._vault_key)
    bob.close()
    older = Database(tmp_path / "bob.casebook" / "vault.db", keys.sqlcipher_key)
    with older.transaction():
        run_script(older, "DROP TRIGGER held_goes_with_its_record; DROP TABLE held; DROP TABLE writers")
    older.execute("PRAGMA user_version = 12")
    older.close()

    bob = Vault.open(tmp_path / "bob.casebook", TEST_PASSPHRASE)
    try:
        writers = Writers(bob.db)
        assert writers.of(case) == {alice.identity.public.text()}, "read back from the import's note"
        assert writers.of(own) == set()
        with bob.db.transaction():
            migrations.MIGRATIONS[14](bob.db)  # a second run finds everything in place
        assert bob.db.execute("SELECT count(*) FROM writers").fetchone()[0] == 1
        edit(alice, case, title="Detention (RSDL)")
        send(alice, bob, [case])
        assert bob.records.get(case).fields["title"] == "Detention (RSDL)", "her changes still apply"
    finally:
        bob.close()
        alice.close()


@pytest.fixture(scope="module")
def honest(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Bob holds a detention case from Alice; Carol is verified but never wrote it, Eve is not verified."""
    folder = tmp_path_factory.mktemp("honest")
    alice, bob, carol, eve = (new_vault(folder / f"{n}.casebook") for n in ("alice", "bob", "carol", "eve"))
    introduce(alice, bob)
    introduce(bob, carol)
    introduce(bob, eve, verified=False)
    person = add(alice, "person", names=["柯德华"], consent=PARTNERS, channels=[SIGNAL])
    case = add(alice, "case", title="Detention", people=[{"person": person, "role": "defender"}])
    event = add(alice, "event", case=case, date="2024-01-31", type="detained")
    send(alice, bob, [case])
    signers = {"stranger": KeyPair.generate(), "carol": carol.identity.keys(), "eve": eve.identity.keys()}
    yield {"bob": bob, "ids": [person, case, event], "signers": signers,
           "devices": [device_of(alice.records.get(case).version), "0bb0bb0bb0bb", "ma11017e0000"]}
    for vault in (alice, bob, carol, eve):
        vault.close()


OFFSETS = st.sampled_from([-HOUR_MS, 0, 60_000, 10 * 60_000, 20 * HOUR_MS])
TEXTS = st.sampled_from(["forged", "Detention", "柯德华", None])
mutation = st.fixed_dictionaries({
    "record": st.integers(0, 2), "text": TEXTS, "deleted": st.booleans(), "offset": OFFSETS,
    "seen": st.dictionaries(st.integers(0, 2), OFFSETS, max_size=3), "device": st.integers(0, 2),
    "new_event": st.sampled_from([None, "released", "detained", "hearing"]),
})


def mutated(honest: dict[str, Any], change: dict[str, Any]) -> Record:
    """One record as Bob holds it, altered as an attacker likes and made self-consistent, or a new event."""
    devices, now = honest["devices"], now_ms()
    version = version_at(now + change["offset"], devices[change["device"]])
    if change["new_event"]:
        event = new_event(honest["ids"][1], "2025-01-01", change["new_event"], devices[change["device"]])
        event.version = version
        event.clock = dict.fromkeys(event.fields, version)
        return event
    state = shared_copy(honest["bob"], honest["ids"][change["record"]])
    key = {"person": "notes", "case": "title", "event": "description"}[state.kind]
    written(state, key, change["text"], version)
    if change["deleted"]:
        tombstone(state, version)
    for device, offset in change["seen"].items():
        state.seen[devices[device]] = min(version_at(now + offset, devices[device]), version)
    return state


@examples(local=25, ci=150)
@given(st.sampled_from(["stranger", "carol", "eve"]), st.lists(mutation, min_size=1, max_size=3))
def test_no_bundle_from_anyone_but_a_writer_changes_an_honest_vault_s_values_unflagged(
        honest: dict[str, Any], signer: str, changes: list[dict[str, Any]]) -> None:
    bob = honest["bob"]
    states = {}
    for change in changes:
        state = mutated(honest, change)
        states[state.id] = state
    before = {r.id: (r.fields, r.deleted) for r in bob.records.iter_records(include_deleted=True)}
    statuses = {i: derived_status(bob, i) for i in before}
    try:
        import_bundle(bob.exchange, forge(honest["signers"][signer], bob, list(states.values())))
    except BundleRejected:
        pass
    for record in bob.records.iter_records(include_deleted=True):
        if record.id in before:
            assert (record.fields, record.deleted) == before[record.id] or record.review
            assert derived_status(bob, record.id) == statuses[record.id]
        else:
            assert signer == "carol" and record.id in states, "only a verified contact adds records at all"
    for change in HeldChanges(bob.records).list():
        local = bob.records.find(change.record.id)
        assert local is None or local.review, "whatever waits for review is flagged on the record"


def test_a_held_new_event_s_attachment_stays_out_also_when_the_bundle_comes_again(
        trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, _ = trio
    case = add(alice, "case", title="Detention")
    send(alice, bob, [case])
    detained = add(alice, "event", case=case, date="2024-01-31", type="detained")
    attachments.add(alice.records, detained, "notice.pdf", "application/pdf", b"%PDF-1.4 notice")
    data = bundle(alice, bob, [case])
    for _ in range(2):
        _, preview = import_bundle(bob.exchange, data)
        assert preview.new_attachments == 0 and bob.records.find(detained) is None
    assert bob.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert held_reasons(bob) == {detained: [CHANGES_STATUS]}


def test_an_attachment_comes_in_on_a_record_here_only_from_one_of_its_writers(trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, carol = trio
    introduce(alice, carol)
    case = add(alice, "case", title="Detention")
    send(alice, bob, [case])
    send(alice, carol, [case])  # Carol holds the same version, but Bob never had the case from her or sent it to her
    attachments.add(carol.records, case, "planted.pdf", "application/pdf", b"%PDF-1.4 planted")
    _, preview = import_bundle(bob.exchange, bundle(carol, bob, [case]))
    assert preview.new_attachments == 0
    assert bob.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    attachments.add(alice.records, case, "notice.pdf", "application/pdf", b"%PDF-1.4 notice")
    _, preview = import_bundle(bob.exchange, bundle(alice, bob, [case]))
    assert preview.new_attachments == 1, "from the case's writer, the attachment comes in"
