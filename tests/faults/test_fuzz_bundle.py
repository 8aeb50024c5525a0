"""Bundles and identity strings, fuzzed: every input ends in our own error or in success.

age authenticates nobody: anyone who knows a vault's public identity can encrypt
to it and sign with a key of their own. So the fuzzer plays that sender: besides
damaging a real bundle's bytes, it rewrites the signed content (manifest and
records) and signs it again, which reaches every check after the signature. A
rejected bundle leaves the receiving vault exactly as it was.
"""

import base64
import io
import json
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import CasebookError
from app.records.change import Change
from app.records.record import canonical_json
from app.sharing import bundle_format
from app.sharing.bundle_export import export_bundle
from app.sharing.bundle_import import import_bundle
from app.store import attachments
from app.vault.vault import Vault
from crypto import bundle_crypto
from crypto.identity import IdentityFormatError, PublicIdentity
from helpers.fuzz import FUZZ
from helpers.secrets import TEST_PASSPHRASE, fast_params
from helpers.vault_state import check_readable, table_digest

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=10),
                    st.sampled_from(["", "\ud800", "0190f8a1-0000-7000-8000-000000000001", "9999999999999-0000-x",
                                     "2021-02-30", "detained", "person", "case", "../../etc/passwd"]))
JSON = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                     st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                    max_leaves=8)


@dataclass
class Exchange:
    """A sender and a receiver who know each other, and one real bundle between them."""

    sender: Vault
    receiver: Vault
    bundle: bytes
    manifest: dict[str, Any]
    members: dict[str, bytes]


@pytest.fixture(scope="module")
def exchange(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exchange]:
    folder = tmp_path_factory.mktemp("bundles")
    sender = Vault.create(folder / "sender.casebook", TEST_PASSPHRASE, use_keyring=False, params=fast_params()).vault
    receiver = Vault.create(folder / "receiver.casebook", TEST_PASSPHRASE, use_keyring=False, params=fast_params()).vault
    sender.contacts.add(receiver.identity.public.text(), "receiver", sender.identity.public)
    receiver.contacts.add(sender.identity.public.text(), "sender", receiver.identity.public)
    receiver.contacts.verify("sender")  # only a verified contact's bundle applies at all
    consent = {"scope": "listed_partners"}
    person = sender.records.apply([Change("person", {"names": ["滕彪", "Teng Biao"], "consent": consent})])[0].id
    case = sender.records.apply([Change("case", {"title": "Fuzz case", "people": [{"person": person, "role": "defender"}]})])[0].id
    sender.records.apply([Change("event", {"case": case, "date": "2021-03", "type": "detained"})])
    attachments.add(sender.records, person, "scan.txt", "text/plain", b"attached bytes")
    data = export_bundle(sender.exchange, [case], to=[sender.contacts.find("receiver")]).data
    contents = bundle_format.unpack(bundle_crypto.decrypt_with_identity(data, receiver.identity.keys()))
    yield Exchange(sender, receiver, data, contents.manifest, contents.members)
    sender.close()
    receiver.close()


def import_ends_well(receiver: Vault, data: bytes) -> None:
    """Our error and an unchanged vault, or a successful import that leaves every record readable."""
    before = table_digest(receiver.db)
    try:
        import_bundle(receiver.exchange, data)
    except CasebookError as exc:
        assert str(exc)
        assert table_digest(receiver.db) == before
    check_readable(receiver)


@FUZZ
@given(data=st.data())
def test_damaged_bundle_bytes(exchange: Exchange, data: st.DataObject) -> None:
    raw = exchange.bundle
    position = data.draw(st.integers(0, len(raw) - 1))
    damaged = data.draw(st.sampled_from([
        raw[:position],
        raw[:position] + bytes([raw[position] ^ data.draw(st.integers(1, 255))]) + raw[position + 1:],
        raw[:position] + data.draw(st.binary(min_size=1, max_size=40)) + raw[position:],
        data.draw(st.binary(max_size=200)),
        b"age-encryption.org/v1\n" + data.draw(st.binary(max_size=200)),
    ]))
    import_ends_well(exchange.receiver, damaged)


def any_json(value: Any) -> bytes:
    """Canonical JSON where it can be; a lone surrogate can still be sent escaped (\\ud800) by a hand-made file."""
    try:
        return canonical_json(value)
    except UnicodeEncodeError:
        return json.dumps(value, sort_keys=True, separators=(",", ":")).encode()


def resign(exchange: Exchange, manifest: dict[str, Any], members: dict[str, bytes], *, rehash: bool) -> bytes:
    """Sign, pack and encrypt content as any sender can: with their own key, their own archive, to the receiver."""
    if rehash and isinstance(manifest.get("records"), list):
        for entry in manifest["records"]:
            name = bundle_format.record_member(str(entry.get("id"))) if isinstance(entry, dict) else ""
            if isinstance(entry, dict) and name in members:
                entry["sha256"] = bundle_format.sha256_hex(members[name])
    manifest_bytes = any_json(manifest)
    signature = bundle_crypto.sign_manifest(exchange.sender.identity.keys(), manifest_bytes)
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for name, blob in [(bundle_format.MANIFEST, manifest_bytes), (bundle_format.SIGNATURE, base64.b64encode(signature)),
                           *members.items()]:
            info = tarfile.TarInfo(name)
            info.size = len(blob)
            tar.addfile(info, io.BytesIO(blob))
    return bundle_crypto.encrypt_to(out.getvalue(), [exchange.receiver.identity.public.age_recipient])


def mutate(value: Any, draw: st.DrawFn) -> Any:
    """Replace, remove or add one thing somewhere inside a JSON value."""
    if isinstance(value, dict) and value and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(value)))
        copy = dict(value)
        action = draw(st.sampled_from(["replace", "remove", "descend", "add"]))
        if action == "remove":
            del copy[key]
        elif action == "add":
            copy[draw(st.text(max_size=6))] = draw(JSON)
        elif action == "descend":
            copy[key] = mutate(copy[key], draw)
        else:
            copy[key] = draw(JSON)
        return copy
    if isinstance(value, list) and value and draw(st.booleans()):
        index = draw(st.integers(0, len(value) - 1))
        copy = list(value)
        action = draw(st.sampled_from(["descend", "remove", "duplicate"]))
        if action == "remove":
            del copy[index]
        elif action == "duplicate":
            copy.append(copy[index])
        else:
            copy[index] = mutate(copy[index], draw)
        return copy
    return draw(JSON)


@FUZZ
@given(data=st.data())
def test_signed_content_from_any_sender(exchange: Exchange, data: st.DataObject) -> None:
    manifest = json.loads(json.dumps(exchange.manifest))
    members = dict(exchange.members)
    records = sorted(name for name in members if name.startswith("records/"))
    for _ in range(data.draw(st.integers(1, 3))):
        target = data.draw(st.sampled_from(["manifest", "record", "member"]))
        if target == "manifest":
            manifest = mutate(manifest, data.draw)
        elif target == "record":
            name = data.draw(st.sampled_from(records))
            try:
                members[name] = any_json(mutate(json.loads(members[name]), data.draw))
            except (KeyError, ValueError):
                continue  # renamed or replaced by an earlier step
        else:
            name = data.draw(st.sampled_from(sorted(members)))
            new_name = data.draw(st.sampled_from([name, "../" + name, name + "/x", "records/x.json", ""]))
            members[new_name] = data.draw(st.one_of(st.just(members.pop(name)), st.binary(max_size=30)))
    if not isinstance(manifest, dict):
        manifest = {"manifest": manifest}
    import_ends_well(exchange.receiver, resign(exchange, manifest, members, rehash=data.draw(st.booleans())))


def test_the_real_bundle_imports(exchange: Exchange) -> None:
    """The fuzzers start from a bundle that works (a fuzzed copy may have imported it already)."""
    _, preview = import_bundle(exchange.receiver.exchange, exchange.bundle)
    assert preview.applied and len(preview.outcomes) == 3
    assert all(exchange.receiver.records.find(o.record.id) is not None for o in preview.outcomes)


@FUZZ
@given(data=st.data())
def test_identity_strings(exchange: Exchange, data: st.DataObject) -> None:
    valid = exchange.sender.identity.public.text()
    position = data.draw(st.integers(0, len(valid) - 1))
    text = data.draw(st.sampled_from([
        valid[:position] + data.draw(st.characters()) + valid[position + 1:],
        valid[:position] + valid[position + 1:],
        valid.upper(), " ".join(valid[i:i + 7] for i in range(0, len(valid), 7)),
        valid.replace(":", data.draw(st.sampled_from(["", "::", ";", "\u2236"])), 1),
        data.draw(st.text(max_size=80)),
        "casebook1:" + data.draw(st.text(max_size=60)),
        ":".join([*valid.split(":")[:3], base64.b32encode(data.draw(st.binary(max_size=8))).decode()]),
    ]))
    try:
        parsed = PublicIdentity.parse(text)
    except IdentityFormatError:
        parsed = None
    if parsed is not None:
        assert PublicIdentity.parse(parsed.text()) == parsed
    name = f"fuzz {data.draw(st.integers(0, 10**9))}"
    try:
        exchange.receiver.contacts.add(text, name, exchange.receiver.identity.public)
    except CasebookError as exc:
        assert str(exc)
