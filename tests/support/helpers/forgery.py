"""Bundles anyone can make: correctly signed by any key, carrying whatever record states the signer likes."""

import time
import uuid
from typing import Any

from app.records.change import utc_now
from app.records.clock import format_version, parse_version
from app.records.record import DELETED, Record, canonical_json
from app.sharing import bundle_format, projection
from app.vault.vault import Vault
from crypto import bundle_crypto
from crypto.identity import KeyPair

HOUR_MS = 3600 * 1000


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def device_of(version: str) -> str:
    return parse_version(version)[2]


def version_at(ms: int, device: str) -> str:
    return format_version(ms, 0, device)


def shared_copy(vault: Vault, record_id: str) -> Record:
    """A record as its owner's bundles show it to anyone who got one."""
    found = projection.project(vault.records.get(record_id, include_deleted=True))
    assert found is not None
    return found


def written(state: Record, key: str, value: Any, version: str) -> Record:
    """`state` with field `key` set to `value` (None: removed) at `version`, as its writer would have it."""
    if value is None:
        state.fields.pop(key, None)
    else:
        state.fields[key] = value
    state.stamp(key, version)
    state.version = max(version, state.version)
    return state


def tombstone(state: Record, version: str) -> Record:
    """`state` deleted at `version`: every field removed, as Repository.delete leaves it."""
    for key in state.fields:
        state.stamp(key, version)
    state.fields, state.deleted = {}, True
    state.stamp(DELETED, version)
    state.version = max(version, state.version)
    return state


def forge(signer: KeyPair, receiver: Vault, states: list[Record], **manifest_extra: Any) -> bytes:
    """A bundle for `receiver` signed by `signer`, carrying `states` exactly."""
    members = [(bundle_format.record_member(r.id), canonical_json(r.state())) for r in states]
    public = receiver.identity.public
    manifest = {
        "format": bundle_format.FORMAT_NAME, "version": bundle_format.FORMAT_VERSION, "bundle": str(uuid.uuid4()),
        "created": utc_now(), "sender": signer.public.text(),
        "recipients": [{"type": "x25519", "age": public.age_recipient, "fingerprint": public.fingerprint}],
        "records": [{"id": r.id, "kind": r.kind, "version": r.version, "sha256": bundle_format.sha256_hex(body)}
                    for r, (_, body) in zip(states, members, strict=True)],
        "attachments": [], "left_out": {}, "included_without_consent": [], **manifest_extra,
    }
    signature = bundle_crypto.sign_manifest(signer, canonical_json(manifest))
    return bundle_crypto.encrypt_to(bundle_format.pack(manifest, signature, members), [public.age_recipient])
