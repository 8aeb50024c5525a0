"""Make the small synthetic vault that tests/app/vault/test_old_vaults.py keeps opening with every later release.

Run it from a checkout of the release whose vaults are to be kept, with that release's code:

    PYTHONPATH=tests/support python -m helpers.old_vault tests/app/vault/old_vaults/schema-N

It writes DIR/vault (the vault folder: vault.db, keyslots.json, vault.lock) and
DIR/expected.json (what a user would see in it: every record, its versions,
attachments, contacts, searches). No OS keyring, tiny key derivation, a fixed
day and seed, so the vault holds the same records whenever it is made.
"""

import datetime as dt
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from app.records.change import Change
from app.records.record import Record, canonical_json
from app.session import Session
from app.store.migrations import SCHEMA_VERSION
from app.vault.check import verify
from app.vault.vault import Vault
from crypto.kdf import Argon2Params

PASSPHRASE = "an old vault, kept to be opened by every later release"
DAY = dt.date(2026, 12, 1)
SEARCHES = ("滕彪", "Teng Biao", "Ilham", "同事的人", "Shredded")


def _params() -> Argon2Params:
    return Argon2Params(salt=bytes(16), memory_kib=1024, iterations=1, lanes=1)


def _colleague_bundle(work: Path, own_identity: str) -> tuple[bytes, str]:
    """A bundle of two people from a colleague's vault, and the colleague's public identity."""
    colleague = Session(Vault.create(work / "colleague.casebook", PASSPHRASE, use_keyring=False, params=_params()).vault)
    try:
        colleague.add_contact(own_identity, "fixture")
        people = colleague.apply([Change("person", {"names": [f"Colleague's person {i}", f"同事的人{i}"],
                                                    "consent": {"scope": "listed_partners"}}) for i in range(2)])
        result = colleague.export_bundle([p.id for p in people], to=[colleague.contact("fixture")])
        return result.data, colleague.identity().text()
    finally:
        colleague.lock()


def _fill(session: Session, work: Path) -> None:
    """Demo records, and one of each thing a user does to them."""
    session.fill_with_demo(12, seed=12, today=DAY)
    teng, ilham, gone = session.apply([
        Change("person", {"names": ["滕彪", "Teng Biao"], "notes": "first version"}),
        Change("person", {"names": ["Ilham Tohti", "ئىلھام توختى"], "tags": ["fixture"]}),
        Change("person", {"names": ["Shredded Person"]}),
    ])
    session.apply([Change("person", {"notes": "second version"}, id=teng.id)])
    case = session.apply([Change("case", {"title": "Detention of Teng Biao",
                                          "people": [{"person": teng.id, "role": "defender"}]})])[0]
    session.apply([Change("event", {"case": case.id, "person": teng.id, "date": "2026-11-20", "type": "detained",
                                    "detention": {"kind": "criminal", "facility": "Beijing No. 1"}})])
    session.add_attachment(teng.id, "scan.txt", "text/plain", "A scanned letter, 一封信.\n".encode() * 40)
    session.delete(ilham.id)
    session.shred(gone.id)
    data, colleague = _colleague_bundle(work, session.identity().text())
    session.add_contact(colleague, "colleague")
    session.apply_bundle(session.open_bundle(data))


def state_digest(record: Record) -> str:
    """The SHA-256 of everything a record says (its fields, clock and dates), to compare without keeping it all."""
    return hashlib.sha256(canonical_json(record.state())).hexdigest()


def describe(vault: Vault) -> dict[str, Any]:
    """What the vault holds, as a user would read it back."""
    records = {}
    for record in vault.records.iter_records(include_deleted=True):
        attachments = {a.id: a.sha256 for a in Session(vault).attachments(record.id)} if not record.deleted else {}
        records[record.id] = {"kind": record.kind, "name": record.display_name, "deleted": record.deleted,
                              "state": state_digest(record), "versions": len(vault.records.history(record.id)),
                              "attachments": attachments}
    return {
        "records": records,
        "searches": {q: [hit.id for hit in vault.records.index.search(q)] for q in SEARCHES},
        "contacts": sorted([c.name, c.identity.fingerprint] for c in vault.contacts.list()),
        "identity": vault.identity.public.fingerprint,
        "checked": verify(vault),
    }


def main(target: Path) -> None:
    folder = target / "vault"
    with tempfile.TemporaryDirectory() as work:
        session = Session(Vault.create(folder, PASSPHRASE, use_keyring=False, params=_params()).vault)
        try:
            _fill(session, Path(work))
            expected = {"schema": SCHEMA_VERSION, "passphrase": PASSPHRASE, **describe(session._vault)}
        finally:
            session.lock()
    (target / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = sum(f.stat().st_size for f in folder.iterdir())
    digest = hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest()[:12]
    print(f"{folder}: {size} bytes, vault.db {digest}, schema {SCHEMA_VERSION}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
