"""rotate-keys: a new vault key, the database rekeyed under WAL, every record key rewrapped, and a crash undone."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import WrongPassphrase
from app.records.change import Change
from app.store import attachments
from app.vault.vault import ROTATION_UNDONE, Vault
from crypto.vault_keys import VaultKeys
from helpers.cli import FAST_KDF, run, subprocess_env
from helpers.secrets import TEST_PASSPHRASE, fast_params
from helpers.sqlcipher_pages import database_pages, looks_like_sqlite_header

PHOTO = b"\x89PNG" + bytes(range(256)) * 2000


def filled(path: Path, *, use_keyring: bool = True) -> tuple[Vault, str, str]:
    """A vault with a person (two versions) and an attachment; returns it, its recovery key and the person's id."""
    created = Vault.create(path, TEST_PASSPHRASE, params=fast_params(), use_keyring=use_keyring)
    vault = created.vault
    person = vault.records.apply([Change("person", {"names": ["滕彪", "Teng Biao"], "notes": "first"})])[0].id
    vault.records.apply([Change("person", {"notes": "second"}, id=person)])
    attachments.add(vault.records, person, "scan.png", "image/png", PHOTO)
    return vault, created.recovery_key, person


def assert_intact(vault: Vault, person: str) -> None:
    assert [e.record.fields["notes"] for e in vault.records.history(person)] == ["first", "second"]
    assert attachments.read(vault.records, attachments.list_for(vault.records, person)[0].id) == PHOTO
    assert vault.records.index.search("teng biao")[0].id == person
    assert vault.activity.verify() == []


def first_page_opens_with(folder: Path, key: bytes) -> bool:
    return looks_like_sqlite_header(database_pages(folder / "vault.db", key)[0])


def test_rotation_under_wal_replaces_every_key(tmp_path: Path) -> None:
    vault, old_recovery, person = filled(tmp_path / "r.casebook")
    folder = vault.folder.path
    old_keys = VaultKeys.from_vault_key(vault._vault_key)
    old_deks = dict(vault.db.execute("SELECT id, dek FROM records").fetchall())
    assert vault.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert (folder / "vault.db-wal").stat().st_size > 0

    new_recovery = vault.rotate_keys(TEST_PASSPHRASE)

    assert new_recovery != old_recovery
    assert_intact(vault, person)
    new_keys = VaultKeys.from_vault_key(vault._vault_key)
    assert new_keys.sqlcipher_key != old_keys.sqlcipher_key
    assert first_page_opens_with(folder, new_keys.sqlcipher_key)
    assert not first_page_opens_with(folder, old_keys.sqlcipher_key)
    new_deks = dict(vault.db.execute("SELECT id, dek FROM records").fetchall())
    assert new_deks.keys() == old_deks.keys() and all(new_deks[k] != old_deks[k] for k in old_deks)
    assert "rotation" not in json.loads((folder / "keyslots.json").read_bytes())
    assert vault.activity.entries()[-1].event == "keys-rotated"
    vault.records.apply([Change("person", {"names": ["After Rotation"]})])
    vault.close()

    vault = Vault.open(folder, TEST_PASSPHRASE)
    assert_intact(vault, person)
    assert vault.notices == []
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.recover(folder, old_recovery, "new passphrase", kdf_seconds=0.01)
    Vault.recover(folder, new_recovery, "new passphrase", kdf_seconds=0.01).close()


def test_rotation_needs_the_passphrase(vault: Vault) -> None:
    with pytest.raises(WrongPassphrase):
        vault.rotate_keys("not it")
    assert "rotation" not in json.loads((vault.folder.path / "keyslots.json").read_bytes())


# Kills the process (no clean-up, no close) at one step of a rotation.
CRASH = """
import os, sys
from app.vault import rotation
from app.database import Database
from app.vault.vault import Vault

def then_die(step):
    def run(*args, **kwargs):
        step(*args, **kwargs)
        os._exit(9)
    return run

point = sys.argv[2]
if point == "rotation block written":
    rotation.rewrap_record_keys = lambda *args, **kwargs: os._exit(9)
elif point == "record keys rewrapped":
    rotation.rewrap_record_keys = then_die(rotation.rewrap_record_keys)
elif point == "database rekeyed":
    Database.rekey = then_die(Database.rekey)
vault = Vault.open(sys.argv[1], sys.argv[3])
vault.rotate_keys(sys.argv[3])
"""


@pytest.mark.parametrize("point", ["rotation block written", "record keys rewrapped", "database rekeyed"])
def test_a_crash_in_the_middle_is_undone_at_the_next_unlock(tmp_path: Path, point: str) -> None:
    vault, recovery_key, person = filled(tmp_path / "c.casebook", use_keyring=False)
    folder = vault.folder.path
    old_key = VaultKeys.from_vault_key(vault._vault_key).sqlcipher_key
    vault.close()

    crashed = subprocess.run([sys.executable, "-c", CRASH, str(folder), point, TEST_PASSPHRASE],
                             env=subprocess_env(), capture_output=True, text=True, timeout=120, check=False)
    assert crashed.returncode == 9, crashed.stderr
    assert "rotation" in json.loads((folder / "keyslots.json").read_bytes())
    assert first_page_opens_with(folder, old_key) == (point != "database rekeyed")

    vault = Vault.open(folder, TEST_PASSPHRASE)
    assert vault.notices == [ROTATION_UNDONE]
    assert_intact(vault, person)
    vault.close()
    assert "rotation" not in json.loads((folder / "keyslots.json").read_bytes())
    assert first_page_opens_with(folder, old_key)
    Vault.recover(folder, recovery_key, "new passphrase", use_keyring=False, kdf_seconds=0.01).close()


def test_cli_rotate_keys(tmp_path: Path) -> None:
    env = {"CASEBOOK_PASSPHRASE": "a long passphrase for tests"}
    path = str(tmp_path / "k.casebook")
    init = run("init", path, "--no-keyring", *FAST_KDF, env=env)
    assert run("add", path, env=env, stdin='{"kind": "person", "names": ["Rotated Person"]}\n').code == 0
    rotated = run("rotate-keys", path, env=env)
    assert rotated.code == 0, rotated.err
    new_key = rotated.out.strip()
    assert len(new_key.split("-")) == 8 and "old recovery key no longer works" in rotated.err
    assert "Rotated Person" in run("list", path, env=env).out
    key_file = tmp_path / "old.txt"
    key_file.write_text(init.out.strip())
    refused = run("recover", path, "--recovery-key-file", str(key_file), "--no-keyring", *FAST_KDF,
                  env={"CASEBOOK_NEW_PASSPHRASE": "newer passphrase"})
    assert refused.code == 2
    assert run("rotate-keys", path, env={"CASEBOOK_PASSPHRASE": "wrong"}).code == 2


def test_the_bundle_identity_survives_rotation(tmp_path: Path) -> None:
    vault, _, _ = filled(tmp_path / "i.casebook")
    before = vault.identity.keys()
    vault.rotate_keys(TEST_PASSPHRASE)
    assert vault.identity.keys().public.text() == before.public.text()
    folder = vault.folder.path
    vault.close()
    vault = Vault.open(folder, TEST_PASSPHRASE)
    assert vault.identity.keys().public.text() == before.public.text()
    vault.close()


def test_rotation_keeps_every_unlock_setting(tmp_path: Path) -> None:
    vault, _, _ = filled(tmp_path / "s.casebook")
    vault.set_count_unlocks(True)
    vault.set_wipe_after(5)
    vault.rotate_keys(TEST_PASSPHRASE)
    vault.close()
    stored = json.loads((tmp_path / "s.casebook" / "keyslots.json").read_bytes())
    assert stored["count_failed_unlocks"] is True and stored["wipe_after"] == 5
