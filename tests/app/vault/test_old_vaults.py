"""Old vaults open: a vault made by an earlier release, kept under old_vaults/, is migrated and reads back the same.

Each old_vaults/schema-N/ holds `vault/` (the vault folder as release N left
it) and `expected.json` (every record, its versions and attachments, the
contacts and some searches, as that release read them back). The test opens a
copy, never the fixture itself, and is run once per later migration: the
copy is first brought to exactly that schema version by the migrations up to
it, then opened by today's code, which runs the rest. So a migration added
after the fixture was made is tested on it without touching this file.

To keep the vaults of the next release, before its first new migration lands,
run from a checkout of that release:

    PYTHONPATH=tests/support python -m helpers.old_vault tests/app/vault/old_vaults/schema-N

(N is its SCHEMA_VERSION; the helper prints the folder's size, keep it to a few hundred KB) and commit the folder.
"""

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.database import Database
from app.records.change import Change
from app.store.migrations import MIGRATIONS, SCHEMA_VERSION
from app.vault.vault import Vault
from crypto import kdf, keyslots
from crypto.vault_keys import VaultKeys
from helpers.old_vault import describe

OLD_VAULTS = Path(__file__).parent / "old_vaults"


def _made_at(fixture: Path) -> dict[str, Any]:
    expected: dict[str, Any] = json.loads((fixture / "expected.json").read_text(encoding="utf-8"))
    return expected


def _cases() -> list[Any]:
    """(fixture, the schema version it is brought to before today's code opens it), for every later migration."""
    cases = []
    for fixture in sorted(OLD_VAULTS.glob("schema-*")):
        made = _made_at(fixture)["schema"]
        for version in [made, *sorted(v for v in MIGRATIONS if v > made)]:
            cases.append(pytest.param(fixture, version, id=f"{fixture.name}-to-{version}"))
    return cases


def _folder_digest(folder: Path) -> str:
    return hashlib.sha256(b"".join(f.name.encode() + f.read_bytes() for f in sorted(folder.iterdir()))).hexdigest()


def _migrate_to(folder: Path, passphrase: str, version: int) -> None:
    """Run the migrations up to `version` alone, as a release with that schema would open the vault."""
    read = keyslots.KeySlots.from_bytes((folder / "keyslots.json").read_bytes())
    slot = read.slot(keyslots.PASSPHRASE)
    assert slot.kdf is not None
    vault_key = keyslots.open_passphrase_slot(read.vault_id, slot, kdf.derive(passphrase, slot.kdf), None)
    db = Database(folder / "vault.db", VaultKeys.from_vault_key(vault_key).sqlcipher_key,
                  {v: step for v, step in MIGRATIONS.items() if v <= version})
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == version
        assert db.integrity_problems() == []
    finally:
        db.close()


@pytest.mark.parametrize(("fixture", "version"), _cases())
def test_an_old_vault_opens_migrated_and_holds_what_it_held(tmp_path: Path, fixture: Path, version: int) -> None:
    expected = _made_at(fixture)
    before = _folder_digest(fixture / "vault")
    folder = tmp_path / "old.casebook"
    shutil.copytree(fixture / "vault", folder)
    if version > expected["schema"]:
        _migrate_to(folder, expected["passphrase"], version)

    vault = Vault.open(folder, expected["passphrase"])
    try:
        assert vault.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        held = describe(vault)  # every record, version and attachment decrypts, and `check` passes (its count)
        for key in ("records", "searches", "contacts", "identity", "checked"):
            assert held[key] == expected[key], key
        assert vault.activity.verify() == []
        added = vault.records.apply([Change("person", {"names": ["Added after the upgrade"]})])[0]
        assert [hit.id for hit in vault.records.index.search("after the upgrade")] == [added.id]
    finally:
        vault.close()
    assert _folder_digest(fixture / "vault") == before, "the test changed the kept vault instead of its copy"
