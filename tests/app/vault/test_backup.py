"""Backups: made from an open vault, restored into a new one that holds the same, checked without restoring."""

import json
import tarfile
from pathlib import Path

import pytest

from app.errors import IntegrityError, VaultExists, WrongPassphrase
from app.records.change import Change
from app.session import Session, back_up_vault, check_backup, restore_backup
from app.store import attachments
from app.vault.vault import Created, Vault
from crypto.vault_keys import VaultKeys
from helpers.cli import FAST_KDF, run
from helpers.secrets import TEST_PASSPHRASE
from helpers.sqlcipher_pages import vault_plaintext

CANARY = "zqxbackupcanary"


def _fill(vault: Vault) -> str:
    person = vault.records.apply([Change("person", {"names": ["滕彪", "Teng Biao"], "notes": "first"})])[0]
    vault.records.apply([Change("person", {"notes": "second"}, id=person.id)])
    attachments.add(vault.records, person.id, "scan.jpg", "image/jpeg", b"\xff\xd8" + b"scan " * 100_000)
    return person.id


def test_a_backup_of_the_open_vault_restores_to_a_vault_that_holds_the_same(created: Created, tmp_path: Path) -> None:
    vault = created.vault
    person = _fill(vault)
    info = Session(vault).back_up(tmp_path / "monday.casebook-backup")
    vault.records.apply([Change("person", {"names": ["Written after the backup"]})])  # the open vault goes on
    with tarfile.open(info.path) as tar:
        assert tar.getnames() == ["vault.db", "keyslots.json", "casebook-backup.json"]

    restored = restore_backup(info.path, tmp_path / "restored.casebook")
    assert (restored.vault_id, restored.made) == (vault.vault_id, info.made)
    copy = Vault.open(tmp_path / "restored.casebook", TEST_PASSPHRASE)
    try:
        assert [s.display_name for s in copy.records.summaries()] == ["滕彪 (Teng Biao)"]
        assert [e.record.fields["notes"] for e in copy.records.history(person)] == ["first", "second"]
        [scan] = attachments.list_for(copy.records, person)
        assert attachments.read(copy.records, scan.id) == b"\xff\xd8" + b"scan " * 100_000
        assert [hit.id for hit in copy.records.index.search("Teng")] == [person]
        assert copy.activity.verify() == []
    finally:
        copy.close()
    recovered = Vault.recover(tmp_path / "restored.casebook", created.recovery_key, "another passphrase",
                              use_keyring=False, kdf_seconds=0.01)
    assert recovered.records.count() == 1
    recovered.close()
    assert all(name.encode() not in info.path.read_bytes() for name in ("滕彪", "Teng Biao"))  # pages stay encrypted


def test_a_checked_backup_reads_every_record_and_leaves_nothing_beside_it(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    backups = tmp_path / "backups"
    backups.mkdir()
    info = back_up_vault(vault.folder.path, TEST_PASSPHRASE, backups / "b")
    assert check_backup(info.path, TEST_PASSPHRASE)[1] == 1
    assert sorted(p.name for p in backups.iterdir()) == ["b"]
    with pytest.raises(WrongPassphrase):
        check_backup(info.path, "not the passphrase")
    assert sorted(p.name for p in backups.iterdir()) == ["b"]


def test_a_damaged_backup_is_refused_by_check_and_restore(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    info = Session(vault).back_up(tmp_path / "b")
    data = bytearray(info.path.read_bytes())
    data[100_000] ^= 1  # inside vault.db's pages
    damaged = tmp_path / "damaged"
    damaged.write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match="checksums"):
        check_backup(damaged, TEST_PASSPHRASE)
    with pytest.raises(IntegrityError, match="checksums"):
        restore_backup(damaged, tmp_path / "restored.casebook")
    assert not (tmp_path / "restored.casebook").exists()
    (tmp_path / "cut").write_bytes(bytes(data[:50_000]))
    with pytest.raises(IntegrityError, match="not a whole tar"):
        restore_backup(tmp_path / "cut", tmp_path / "restored.casebook")


def test_restore_never_overwrites_a_vault_and_backup_never_overwrites_a_file(tmp_path: Path) -> None:
    env = {"CASEBOOK_PASSPHRASE": TEST_PASSPHRASE}
    assert run("init", str(tmp_path / "v"), "--no-keyring", *FAST_KDF, env=env).code == 0
    assert run("backup", str(tmp_path / "v"), str(tmp_path / "b"), env=env).code == 0
    before = (tmp_path / "v" / "keyslots.json").read_bytes()
    refused = run("restore", str(tmp_path / "b"), str(tmp_path / "v"))
    assert (refused.code, refused.err.count("\n")) == (2, 1)
    assert "already exists" in refused.err and "Traceback" not in refused.err
    assert (tmp_path / "v" / "keyslots.json").read_bytes() == before
    again = run("backup", str(tmp_path / "v"), str(tmp_path / "b"), env=env)
    assert again.code == 2 and "already exists" in again.err
    checked = run("check", str(tmp_path / "b"), env=env)
    assert checked.code == 0 and "backup is sound" in checked.out
    with pytest.raises(VaultExists):
        restore_backup(tmp_path / "b", tmp_path / "v")


def test_a_shredded_record_is_in_no_backup_made_after_the_shred(vault: Vault, tmp_path: Path) -> None:
    """And a backup made before the shred still holds it: the README says so."""
    person = vault.records.apply([Change("person", {"names": [CANARY], "notes": CANARY + " note"})])[0]
    attachments.add(vault.records, person.id, CANARY + ".jpg", "image/jpeg", b"photo " * 1000)
    key = VaultKeys.from_vault_key(vault._vault_key).sqlcipher_key
    before = restore_backup(back_up_vault(vault.folder.path, TEST_PASSPHRASE, tmp_path / "before").path,
                            tmp_path / "before.casebook")
    vault.records.shred(person.id)
    after = restore_backup(back_up_vault(vault.folder.path, TEST_PASSPHRASE, tmp_path / "after").path,
                           tmp_path / "after.casebook")
    assert before.made <= after.made
    assert CANARY.encode() in vault_plaintext(tmp_path / "before.casebook", key)
    assert CANARY.encode() not in vault_plaintext(tmp_path / "after.casebook", key)
    with tarfile.open(tmp_path / "after") as tar:
        manifest = json.loads(tar.extractfile("casebook-backup.json").read())  # type: ignore[union-attr]
    assert manifest["vault_id"] == vault.vault_id
