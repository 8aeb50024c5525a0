"""A bundle that fails any check is refused with a sentence naming the check, and nothing is imported."""

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.errors import BundleRejected
from app.records.record import canonical_json
from app.sharing import bundle_format
from app.sharing.bundle_import import import_bundle
from app.vault.vault import Vault
from crypto import bundle_crypto
from crypto.identity import KeyPair
from helpers.bundles import add, bundle, introduce, new_vault, snapshot


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Vault, Vault, Vault]]:
    vaults = tuple(new_vault(tmp_path / f"{name}.casebook") for name in ("alice", "bob", "carol"))
    introduce(*vaults)
    yield vaults  # type: ignore[misc]
    for vault in vaults:
        vault.close()


def small_bundle(alice: Vault, bob: Vault) -> bytes:
    person = add(alice, "person", names=["柯德华"], consent={"scope": "listed_partners"})
    return bundle(alice, bob, [person])


def refused(vault: Vault, data: bytes, match: str, **options: Any) -> None:
    before = snapshot(vault)
    with pytest.raises(BundleRejected, match=match):
        import_bundle(vault.exchange, data, **options)
    assert snapshot(vault) == before


def rewrite(data: bytes, reader: KeyPair, change: Callable[[dict[str, Any], dict[str, bytes]], None],
            signer: KeyPair, recipients: list[str]) -> bytes:
    """Open a bundle, let `change` alter manifest and members, then sign and encrypt it again."""
    contents = bundle_format.unpack(bundle_crypto.decrypt_with_identity(data, reader))
    manifest, members = json.loads(contents.manifest_bytes), dict(contents.members)
    change(manifest, members)
    signature = bundle_crypto.sign_manifest(signer, canonical_json(manifest))
    return bundle_crypto.encrypt_to(bundle_format.pack(manifest, signature, list(members.items())), recipients)


def test_every_single_byte_change_is_refused_and_the_vault_is_unchanged(trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, _ = trio
    data = small_bundle(alice, bob)
    assert len(data) < 8192
    before = snapshot(bob)
    for index in range(len(data)):
        changed = data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]
        with pytest.raises(BundleRejected):
            import_bundle(bob.exchange, changed)
    assert snapshot(bob) == before
    assert import_bundle(bob.exchange, data)[1].applied, "the unchanged bundle still imports"


def test_truncated_and_foreign_files_are_refused(trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, _ = trio
    data = small_bundle(alice, bob)
    for cut in (len(data) - 1, len(data) // 2, 30):
        refused(bob, data[:cut], "integrity check|not a Casebook bundle")
    refused(bob, b"PK\x03\x04 a zip file", "not a Casebook bundle")
    refused(bob, b"", "not a Casebook bundle")
    not_tar = bundle_crypto.encrypt_to(b"just some text", [bob.identity.public.age_recipient])
    refused(bob, not_tar, "not a Casebook archive|no manifest")


def test_a_bundle_for_another_recipient_is_refused(trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, carol = trio
    person = add(alice, "person", names=["吕志"], consent={"scope": "listed_partners"})
    refused(bob, bundle(alice, carol, [person]), "not addressed to this vault")


def test_a_bundle_passed_on_by_a_recipient_is_refused(trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, carol = trio
    data = small_bundle(alice, bob)
    plaintext = bundle_crypto.decrypt_with_identity(data, bob.identity.keys())
    forwarded = bundle_crypto.encrypt_to(plaintext, [carol.identity.public.age_recipient])
    refused(carol, forwarded, "signed for other recipients")


def test_a_bundle_signed_by_a_key_that_is_not_the_stated_sender_is_refused(trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, _ = trio
    mallory = KeyPair.generate()
    forged = rewrite(small_bundle(alice, bob), bob.identity.keys(), lambda m, _: None, mallory,
                     [bob.identity.public.age_recipient])
    refused(bob, forged, "signature does not match its stated sender")


def test_a_manifest_whose_hashes_do_not_match_its_records_is_refused(trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, _ = trio

    def swap_name(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        name = next(iter(members))
        members[name] = members[name].replace("柯德华".encode(), "柯德中".encode())

    altered = rewrite(small_bundle(alice, bob), bob.identity.keys(), swap_name, alice.identity.keys(),
                      [bob.identity.public.age_recipient])
    refused(bob, altered, "does not match the hash in its signed manifest")

    def extra_member(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        members["records/00000000-0000-7000-8000-000000000000.json"] = b"{}"

    refused(bob, rewrite(small_bundle(alice, bob), bob.identity.keys(), extra_member, alice.identity.keys(),
                         [bob.identity.public.age_recipient]), "does not list")


def test_a_newer_format_version_is_refused_with_a_request_to_update(trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, _ = trio

    def bump(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        manifest["version"] = 2

    newer = rewrite(small_bundle(alice, bob), bob.identity.keys(), bump, alice.identity.keys(),
                    [bob.identity.public.age_recipient])
    refused(bob, newer, "format version 2, which this Casebook does not know.*update Casebook")


def resealed_record(alice: Vault, bob: Vault, change: Callable[[dict[str, Any]], None]) -> bytes:
    """A correctly signed bundle whose one record was altered (and its hash updated) by the sender."""

    def alter(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        name = next(iter(members))
        state = json.loads(members[name])
        change(state)
        members[name] = canonical_json(state)
        manifest["records"][0]["sha256"] = bundle_format.sha256_hex(members[name])

    return rewrite(small_bundle(alice, bob), bob.identity.keys(), alter, alice.identity.keys(),
                   [bob.identity.public.age_recipient])


@pytest.mark.parametrize("change", [
    lambda s: s["fields"].update(roles=["spy"]),
    lambda s: s["fields"].update(shoe_size=9),
    lambda s: s["clock"].update(names="yesterday"),
    lambda s: s.update(kind="case"),
    lambda s: s.update(id="not-an-id"),
    lambda s: s["fields"]["names"][0].update(value="Zhang" + "a" * 20_000),
], ids=["bad value", "unknown field", "bad version", "kind not in manifest", "bad id", "name of 20,005 letters"])
def test_a_signed_but_invalid_record_is_refused(trio: tuple[Vault, Vault, Vault], change: Callable[[dict[str, Any]], None]) -> None:
    alice, bob, _ = trio
    refused(bob, resealed_record(alice, bob, change), "is not a valid record")


def test_changes_dated_far_in_the_future_are_refused(trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, _ = trio

    def future(state: dict[str, Any]) -> None:
        device = state["version"].split("-", 2)[2]
        state["clock"]["names"] = f"9999999999999-0000-{device}"

    refused(bob, resealed_record(alice, bob, future), "more than a day ahead")


def test_a_record_of_another_kind_with_the_same_id_is_refused(trio: tuple[Vault, Vault, Vault]) -> None:
    alice, bob, _ = trio
    data = small_bundle(alice, bob)
    person_id = json.loads(bundle_format.unpack(bundle_crypto.decrypt_with_identity(data, bob.identity.keys()))
                           .manifest_bytes)["records"][0]["id"]
    add(bob, "case", person_id, title="A case that happens to share the id")
    refused(bob, data, "is a person in the bundle but a case in this vault")


def test_a_sender_who_is_not_a_contact_is_named_unknown(trio: tuple[Vault, Vault, Vault], tmp_path: Path) -> None:
    _, bob, _ = trio
    stranger = new_vault(tmp_path / "stranger.casebook")
    stranger.contacts.add(bob.identity.public.text(), "bob", stranger.identity.public)
    person = add(stranger, "person", names=["Stranger"], consent={"scope": "public_advocacy"})
    opened, preview = import_bundle(bob.exchange, bundle(stranger, bob, [person]), dry_run=True)
    assert opened.trust == "unknown" and opened.contact is None
    assert opened.sender_label == f"unknown sender {stranger.identity.public.fingerprint}"
    assert len(preview.new) == 1 and not preview.applied
    stranger.close()
