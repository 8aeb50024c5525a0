"""A write's note is kept once and shown in every record's history; shredding takes only what no one else uses."""

from app.database import Database
from app.records.change import Change
from app.store import migrations
from app.vault.vault import Vault
from crypto.vault_keys import VaultKeys
from helpers.secrets import TEST_PASSPHRASE


def notes_shown(vault: Vault, record_id: str) -> list[str | None]:
    return [entry.note for entry in vault.records.history(record_id)]


def test_a_note_shared_by_a_write_survives_the_shredding_of_one_of_its_records(vault: Vault) -> None:
    first, second = vault.records.apply([Change("person", {"names": ["Jiang Tianyong"]}),
                                         Change("person", {"names": ["Xie Yang"]})], note="imported from 709.xlsx")
    vault.records.apply([Change("person", {"notes": "released 2019"}, id=first.id)], note="checklist: release")
    assert notes_shown(vault, first.id) == ["imported from 709.xlsx", "checklist: release"]
    vault.records.shred(first.id)
    assert notes_shown(vault, second.id) == ["imported from 709.xlsx"]
    assert [row[0] for row in vault.db.execute("SELECT text FROM notes").fetchall()] == ["imported from 709.xlsx"]
    vault.records.shred(second.id)
    assert vault.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0


def test_a_vault_whose_rows_held_their_notes_keeps_them(vault: Vault) -> None:
    person = vault.records.apply([Change("person", {"names": ["Pu Zhiqiang"]})], note="imported from lawyers.csv")[0]
    vault.records.apply([Change("person", {"notes": "disbarred"}, id=person.id)], note="from a colleague")
    folder, keys = vault.folder.path, VaultKeys.from_vault_key(vault._vault_key)
    vault.close()
    older = Database(folder / "vault.db", keys.sqlcipher_key, {})
    with older.transaction():  # as schema 11 kept them: the text on every row
        for table in ("records", "history"):
            older.execute(f"ALTER TABLE {table} ADD COLUMN note TEXT")
            older.execute(f"UPDATE {table} SET note = (SELECT text FROM notes WHERE id = note_id)")  # noqa: S608
            older.execute(f"ALTER TABLE {table} DROP COLUMN note_id")
        older.execute("DROP TABLE notes")
        older.execute("PRAGMA user_version = 11")
    older.close()
    reopened = Vault.open(folder, TEST_PASSPHRASE)
    try:
        assert reopened.db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert notes_shown(reopened, person.id) == ["imported from lawyers.csv", "from a colleague"]
        reopened.records.shred(person.id)
        assert reopened.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0, "each note knew its rows"
    finally:
        reopened.close()
