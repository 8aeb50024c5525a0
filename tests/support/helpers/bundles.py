"""Vaults that exchange bundles: make them, introduce them, send between them, compare them."""

from pathlib import Path
from typing import Any

from app.records.change import Change
from app.sharing import held
from app.sharing import projection as sharing
from app.sharing.bundle_export import export_bundle, sent
from app.sharing.bundle_import import Preview, import_bundle
from app.sharing.held import HeldChanges
from app.sharing.merge import effective_seen
from app.vault.vault import Vault
from helpers.secrets import TEST_PASSPHRASE, fast_params


def new_vault(path: Path) -> Vault:
    return Vault.create(path, TEST_PASSPHRASE, params=fast_params()).vault


def introduce(*vaults: Vault, verified: bool = True) -> None:
    """Every vault adds every other as a contact named after its folder."""
    for vault in vaults:
        for other in vaults:
            if other is not vault:
                name = other.folder.path.stem
                vault.contacts.add(other.identity.public.text(), name, vault.identity.public)
                if verified:
                    vault.contacts.verify(name)


def bundle(sender: Vault, receiver: Vault, ids: list[str], **options: Any) -> bytes:
    """A bundle from `sender` to `receiver`, noted as sent (as saving it does): the receiver may then write back."""
    contact = sender.contacts.find(receiver.folder.path.stem)
    result = export_bundle(sender.exchange, ids, to=[contact], **options)
    sent(sender.exchange, result)
    return result.data


def send(sender: Vault, receiver: Vault, ids: list[str], **options: Any) -> Preview:
    return import_bundle(receiver.exchange, bundle(sender, receiver, ids, **options))[1]


def accept_all(vault: Vault) -> int:
    """The user accepts every change held for review (oldest first); returns how many there were."""
    changes = HeldChanges(vault.records).list()
    for change in changes:
        held.accept(vault.exchange, change.id)
    return len(changes)


def add(vault: Vault, kind: str, record_id: str | None = None, **fields: Any) -> str:
    return vault.records.apply([Change(kind, dict(fields), id=record_id)])[0].id


def edit(vault: Vault, record_id: str, **fields: Any) -> None:
    kind = vault.records.get(record_id).kind
    vault.records.apply([Change(kind, dict(fields), id=record_id)])


def shared_state(vault: Vault) -> dict[str, Any]:
    """What must be equal on every vault after a full exchange: each record as a colleague sees it."""
    state = {}
    for record in vault.records.iter_records(include_deleted=True):
        projected = sharing.project(record)
        assert projected is not None
        data = projected.state()
        data.pop("seen", None)
        data["knows"] = effective_seen(record)
        state[record.id] = data
    return state


def snapshot(vault: Vault) -> dict[str, Any]:
    """Everything an import could change: records with review flags, history length, attachments."""
    db = vault.db
    return {
        "records": {r.id: (r.state(), r.review) for r in vault.records.iter_records(include_deleted=True)},
        "history": db.execute("SELECT count(*) FROM history").fetchone()[0],
        "attachments": db.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0],
        "meta": db.execute("SELECT key, value FROM meta ORDER BY key").fetchall(),
    }
