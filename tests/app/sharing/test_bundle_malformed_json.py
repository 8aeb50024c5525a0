"""Signed bundles whose JSON is deeply nested, or of the wrong types, are refused with a sentence, never a traceback."""

import base64
import io
import json
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.errors import BundleRejected
from app.records.record import canonical_json
from app.sharing import bundle_format
from app.sharing.bundle_import import import_bundle
from app.store import attachments
from app.vault.vault import Vault
from crypto import bundle_crypto
from helpers.bundles import add, bundle, introduce, new_vault, snapshot

DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    vaults = (new_vault(tmp_path / "alice.casebook"), new_vault(tmp_path / "bob.casebook"))
    introduce(*vaults)
    yield vaults
    for vault in vaults:
        vault.close()


def with_scan(alice: Vault, bob: Vault) -> bytes:
    person = add(alice, "person", names=["柯德华"], consent={"scope": "listed_partners"})
    attachments.add(alice.records, person, "scan.png", "image/png", b"\x89PNG scan")
    return bundle(alice, bob, [person])


def opened(alice: Vault, bob: Vault) -> tuple[dict[str, Any], dict[str, bytes]]:
    contents = bundle_format.unpack(bundle_crypto.decrypt_with_identity(with_scan(alice, bob), bob.identity.keys()))
    return json.loads(contents.manifest_bytes), dict(contents.members)


def sealed(alice: Vault, bob: Vault, manifest_bytes: bytes, members: dict[str, bytes]) -> bytes:
    """Sign and encrypt exactly these manifest bytes (which need not be canonical) with these members."""
    out = io.BytesIO()
    signature = bundle_crypto.sign_manifest(alice.identity.keys(), manifest_bytes)
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in [("manifest.json", manifest_bytes), ("manifest.sig", base64.b64encode(signature)), *members.items()]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return bundle_crypto.encrypt_to(out.getvalue(), [bob.identity.public.age_recipient])


def refused(vault: Vault, data: bytes, match: str) -> None:
    before = snapshot(vault)
    with pytest.raises(BundleRejected, match=match):
        import_bundle(vault.exchange, data)
    assert snapshot(vault) == before


def test_a_deeply_nested_manifest_is_refused(pair: tuple[Vault, Vault]) -> None:
    alice, bob = pair
    manifest, members = opened(alice, bob)
    text = canonical_json(manifest)
    refused(bob, sealed(alice, bob, text[:-1] + b',"zz":' + DEEP + b"}", members), "manifest is not readable")


def test_a_deeply_nested_record_is_refused(pair: tuple[Vault, Vault]) -> None:
    alice, bob = pair
    manifest, members = opened(alice, bob)
    name = bundle_format.record_member(manifest["records"][0]["id"])
    members[name] = DEEP
    manifest["records"][0]["sha256"] = bundle_format.sha256_hex(DEEP)
    refused(bob, sealed(alice, bob, canonical_json(manifest), members), "is not a valid record")


@pytest.mark.parametrize("key, value", [("record", ["x"]), ("record", {"a": 1}), ("record", 7)])
def test_an_attachment_entry_of_the_wrong_type_is_refused(pair: tuple[Vault, Vault], key: str, value: object) -> None:
    """A list where the record's id belongs raised TypeError (unhashable) out of the import."""
    alice, bob = pair
    manifest, members = opened(alice, bob)
    manifest["attachments"][0][key] = value
    refused(bob, sealed(alice, bob, canonical_json(manifest), members), "attachment in the bundle is not described correctly")
