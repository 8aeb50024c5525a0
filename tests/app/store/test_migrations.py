"""Every schema migration, run on a database made by the versions before it."""

from pathlib import Path

import pytest

from app.database import Database
from app.records.change import Change
from app.store import migrations
from app.vault.vault import Vault
from crypto.vault_keys import VaultKeys
from helpers.secrets import TEST_PASSPHRASE, fast_params

LATER_VERSIONS = sorted(v for v in migrations.MIGRATIONS if v > 1)


@pytest.mark.parametrize("version", LATER_VERSIONS)
def test_a_database_made_before_a_migration_is_brought_up_to_date(tmp_path: Path,
                                                                   version: int) -> None:
    created = Vault.create(tmp_path / "old.casebook", TEST_PASSPHRASE, params=fast_params())
    folder, keys = created.vault.folder.path, VaultKeys.from_vault_key(created.vault._vault_key)
    created.vault.close()
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        (folder / name).unlink(missing_ok=True)
    older = Database(folder / "vault.db", keys.sqlcipher_key, {v: step for v, step in migrations.MIGRATIONS.items() if v < version})
    assert older.execute("PRAGMA user_version").fetchone()[0] == max(v for v in migrations.MIGRATIONS if v < version)
    older.close()

    vault = Vault.open(folder, TEST_PASSPHRASE)
    try:
        assert vault.db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert vault.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        person = vault.records.apply([Change("person", {"names": ["滕彪", "Teng Biao"], "notes": "before"})])[0]
        vault.records.apply([Change("person", {"notes": "after"}, id=person.id)])
        assert [hit.id for hit in vault.records.index.search("滕彪")] == [person.id]
        assert [e.record.fields["notes"] for e in vault.records.history(person.id)] == ["before", "after"]
        assert vault.activity.verify() == []
    finally:
        vault.close()
