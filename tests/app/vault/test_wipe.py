"""Emergency wipe, the duress passphrase and the wipe after N failed unlocks."""

import json
import os
import shutil
from pathlib import Path

import pytest

from app.errors import BadInput, VaultDamaged, VaultNotFound, WrongPassphrase
from app.records.change import Change
from app.vault.vault import Created, Vault
from app.vault.wipe import wipe
from crypto import device_secret
from helpers.cli import FAST_KDF, run
from helpers.memory_keyring import MemoryKeyring
from helpers.secrets import TEST_PASSPHRASE, fast_params

PASS = {"CASEBOOK_PASSPHRASE": "a long passphrase for tests"}


def new_vault(tmp_path: Path, name: str = "w.casebook") -> Created:
    created = Vault.create(tmp_path / name, TEST_PASSPHRASE, params=fast_params())
    created.vault.records.apply([Change("person", {"names": ["Someone"]})])
    return created


def test_wipe_destroys_the_key_slots_in_place_so_no_way_in_is_left(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    created = new_vault(tmp_path)
    path, vault_id = created.vault.folder.path, created.vault.vault_id
    created.vault.close()
    kept = tmp_path / "what the disk still holds"
    kept.mkdir()
    for name in ("keyslots.json", "vault.db"):
        os.link(path / name, kept / name)  # the same inode: an overwrite in place reaches it, an unlink does not
    (kept / "vault.lock").touch()

    report = wipe(path)

    assert not path.exists() and report.left == [] and report.keyring_cleared
    assert memory_keyring.secrets == {}
    assert b"wrapped_vk" not in (kept / "keyslots.json").read_bytes()
    with pytest.raises(VaultDamaged):
        Vault.open(kept, TEST_PASSPHRASE)
    with pytest.raises(VaultDamaged):
        Vault.recover(kept, created.recovery_key, "new passphrase", kdf_seconds=0.01)
    with pytest.raises(VaultNotFound):
        Vault.open(path, TEST_PASSPHRASE)
    with pytest.raises(device_secret.DeviceSecretMissing):
        device_secret.load(vault_id)


def test_wipe_works_while_the_vault_is_open_and_leaves_files_it_did_not_make(tmp_path: Path) -> None:
    vault = new_vault(tmp_path).vault
    (vault.folder.path / "my notes.txt").write_text("not Casebook's")
    report = wipe(vault.folder.path)
    vault.close()
    assert report.left == ["my notes.txt"]
    assert sorted(p.name for p in vault.folder.path.iterdir()) == ["my notes.txt"]


def test_open_vault_wipes_itself(vault: Vault) -> None:
    path = vault.folder.path
    vault.wipe()
    assert not path.exists()


def test_wipe_refuses_a_folder_that_is_not_a_vault(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"x")
    with pytest.raises(VaultNotFound):
        wipe(tmp_path / "photos")
    assert (tmp_path / "photos" / "a.jpg").exists()


def test_duress_passphrase_wipes_and_reads_as_a_wrong_passphrase(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    vault = new_vault(tmp_path).vault
    path = vault.folder.path
    decoy = json.loads((path / "keyslots.json").read_bytes())["duress"]
    vault.set_duress_passphrase("the duress words")
    real = json.loads((path / "keyslots.json").read_bytes())["duress"]
    assert real.keys() == decoy.keys() and len(real["check"]) == len(decoy["check"]) and real != decoy
    with pytest.raises(BadInput, match="differ"):
        vault.set_duress_passphrase(TEST_PASSPHRASE)
    with pytest.raises(BadInput, match="duress"):
        vault.change_passphrase("the duress words")
    assert "settings-changed" not in [e.event for e in vault.activity.entries()]
    vault.close()
    Vault.open(path, TEST_PASSPHRASE).close()

    with pytest.raises(WrongPassphrase) as raised:
        Vault.open(path, "the duress words")
    assert str(raised.value).startswith("That passphrase does not open this vault; check it")
    assert not path.exists() and memory_keyring.secrets == {}


def test_removing_the_duress_passphrase(vault: Vault) -> None:
    path = vault.folder.path
    vault.set_duress_passphrase("the duress words")
    vault.set_duress_passphrase(None)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "the duress words")
    assert path.exists()


def test_wipe_after_n_failed_attempts_in_a_row(vault: Vault) -> None:
    path = vault.folder.path
    with pytest.raises(BadInput):
        vault.set_wipe_after(1)
    vault.set_wipe_after(3)
    vault.close()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.open(path, "wrong")
    Vault.open(path, TEST_PASSPHRASE).close()  # a success starts the count again
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.open(path, "wrong")
    assert path.exists()
    with pytest.raises(WrongPassphrase, match="wiped"):
        Vault.open(path, "wrong")
    assert not path.exists()


def test_cli_wipe_asks_for_the_name(tmp_path: Path) -> None:
    path = tmp_path / "field.casebook"
    assert run("init", str(path), "--no-keyring", *FAST_KDF, env=PASS).code == 0
    refused = run("wipe", str(path), stdin="field\n")
    assert refused.code == 2 and "nothing was wiped" in refused.err and path.exists()
    log = run("log", str(path), "--json", env=PASS)
    assert [json.loads(line)["event"] for line in log.out.splitlines()][-2:] == ["wipe-cancelled", "unlock"]
    done = run("wipe", str(path), stdin="field.casebook\n")
    assert done.code == 0 and "every key slot was destroyed" in done.err
    assert not path.exists()
    assert run("wipe", str(path), "--yes").code == 2


def test_cli_wipe_yes_and_settings(tmp_path: Path) -> None:
    path = tmp_path / "s.casebook"
    assert run("init", str(path), "--no-keyring", *FAST_KDF, env=PASS).code == 0
    shown = run("settings", str(path), env=PASS)
    assert shown.code == 0 and "wipe after failed unlocks: off" in shown.out and "count failed unlocks: off" in shown.out
    counting = run("settings", str(path), "--count-failed-unlocks", env=PASS)
    assert counting.code == 0 and "count failed unlocks: on" in counting.out and "Risk" in counting.err
    assert run("list", str(path), env={"CASEBOOK_PASSPHRASE": "wrong"}).code == 2
    assert (path / "unlock-attempts.json").exists()
    assert run("settings", str(path), "--wipe-after", "1", env=PASS).code == 2
    on = run("settings", str(path), "--wipe-after", "5", env=PASS)
    assert on.code == 0 and "Risks" in on.err and "wipe after failed unlocks: 5" in on.out
    duress_file = tmp_path / "duress.txt"
    duress_file.write_text("under duress\n")
    set_duress = run("settings", str(path), "--duress-passphrase-file", str(duress_file), env=PASS)
    assert set_duress.code == 0 and "duress passphrase wipes" in set_duress.err
    coerced = run("list", str(path), env={"CASEBOOK_PASSPHRASE": "under duress"})
    assert coerced.code == 2 and "does not open this vault" in coerced.err
    assert not path.exists()

    other = tmp_path / "t.casebook"
    assert run("init", str(other), "--no-keyring", *FAST_KDF, env=PASS).code == 0
    assert run("wipe", str(other), "--yes").code == 0 and not other.exists()


def test_a_copy_of_the_folder_taken_before_a_wipe_still_opens_with_the_recovery_key(tmp_path: Path) -> None:
    """Said in the README: a wipe cannot reach copies (backups, or an image someone took earlier)."""
    created = new_vault(tmp_path, "a.casebook")
    path = created.vault.folder.path
    created.vault.close()
    shutil.copytree(path, tmp_path / "copy.casebook")
    wipe(path)
    vault = Vault.recover(tmp_path / "copy.casebook", created.recovery_key, "another passphrase", kdf_seconds=0.01)
    assert vault.records.count("person") == 1
    vault.close()
