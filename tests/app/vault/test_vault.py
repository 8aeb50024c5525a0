"""Creating, unlocking, changing the passphrase and recovering a vault."""

import base64
import hashlib
import json
from pathlib import Path

import pytest

from app.errors import KeyringProblem, VaultDamaged, VaultExists, VaultLocked, VaultNotFound, WrongPassphrase
from app.records.change import Change
from app.vault.vault import Vault
from crypto.keyslots import PASSPHRASE
from helpers.memory_keyring import MemoryKeyring
from helpers.secrets import TEST_PASSPHRASE, fast_params


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def make_vault(path: Path, **kwargs: object) -> tuple[str, Path]:
    created = Vault.create(path, TEST_PASSPHRASE, params=fast_params(), **kwargs)  # type: ignore[arg-type]
    created.vault.records.apply([Change("person", {"names": ["滕彪", "Teng Biao"]})])
    created.vault.close()
    return created.recovery_key, path


def test_vault_folder_holds_database_keyslots_and_lock(tmp_path: Path) -> None:
    _, path = make_vault(tmp_path / "a.casebook")
    assert {p.name for p in path.iterdir()} >= {"vault.db", "keyslots.json", "vault.lock"}
    assert path.joinpath("vault.db").read_bytes()[:16] != b"SQLite format 3\x00"


def test_wrong_passphrase_is_refused_and_changes_no_file(tmp_path: Path) -> None:
    _, path = make_vault(tmp_path / "a.casebook")
    before = snapshot(path)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "not the passphrase")
    assert snapshot(path) == before
    vault = Vault.open(path, TEST_PASSPHRASE)
    assert vault.records.count("person") == 1
    vault.close()


def test_second_open_reports_open_elsewhere(tmp_path: Path) -> None:
    _, path = make_vault(tmp_path / "a.casebook")
    vault = Vault.open(path, TEST_PASSPHRASE)
    with pytest.raises(VaultLocked, match="open elsewhere"):
        Vault.open(path, TEST_PASSPHRASE)
    vault.close()
    Vault.open(path, TEST_PASSPHRASE).close()


def test_create_refuses_existing_vault_and_open_refuses_missing(tmp_path: Path) -> None:
    _, path = make_vault(tmp_path / "a.casebook")
    with pytest.raises(VaultExists):
        Vault.create(path, TEST_PASSPHRASE, params=fast_params())
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "missing.casebook", TEST_PASSPHRASE)


def test_passphrase_change_then_recovery_without_keyring_entry(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    recovery_key, path = make_vault(tmp_path / "a.casebook")
    wrapped_before = Vault.open(path, TEST_PASSPHRASE)
    db_rows = wrapped_before.db.execute("SELECT dek, body FROM records").fetchall()
    wrapped_before.change_passphrase("second passphrase")
    wrapped_before.close()
    vault = Vault.open(path, "second passphrase")
    assert vault.db.execute("SELECT dek, body FROM records").fetchall() == db_rows, "only VK is rewrapped"
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, TEST_PASSPHRASE)

    memory_keyring.secrets.clear()  # a new machine: no device secret in its keyring
    with pytest.raises(KeyringProblem, match="recover"):
        Vault.open(path, "second passphrase")
    vault = Vault.recover(path, recovery_key, "third passphrase", kdf_seconds=0.01)
    assert vault.records.count("person") == 1
    vault.close()
    Vault.open(path, "third passphrase").close()
    for old in (TEST_PASSPHRASE, "second passphrase"):
        with pytest.raises(WrongPassphrase):
            Vault.open(path, old)


def test_wrong_recovery_key_is_refused(tmp_path: Path) -> None:
    _, path = make_vault(tmp_path / "a.casebook")
    before = snapshot(path)
    other_key, _ = make_vault(tmp_path / "b.casebook")
    with pytest.raises(WrongPassphrase, match="recovery key"):
        Vault.recover(path, other_key, "new", kdf_seconds=0.01)
    assert snapshot(path) == before


def test_device_secret_is_a_second_factor(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    _, path = make_vault(tmp_path / "a.casebook")
    vault = Vault.open(path, TEST_PASSPHRASE)
    assert vault.slots.slot(PASSPHRASE).device
    vault.close()
    (entry,) = memory_keyring.secrets
    memory_keyring.secrets[entry] = base64.b64encode(b"x" * 32).decode()  # the right passphrase, another machine
    with pytest.raises(WrongPassphrase):
        Vault.open(path, TEST_PASSPHRASE)


def test_locked_keyring_is_reported_as_keyring_not_passphrase(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    _, path = make_vault(tmp_path / "a.casebook")
    memory_keyring.locked = True
    with pytest.raises(KeyringProblem, match="locked"):
        Vault.open(path, TEST_PASSPHRASE)


def test_passphrase_only_mode_uses_no_keyring(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    _, path = make_vault(tmp_path / "a.casebook", use_keyring=False)
    assert memory_keyring.secrets == {}
    vault = Vault.open(path, TEST_PASSPHRASE)
    assert not vault.uses_keyring
    vault.close()


def test_damaged_keyslots_give_a_clear_error(tmp_path: Path) -> None:
    _, path = make_vault(tmp_path / "a.casebook")
    keyslots = path / "keyslots.json"
    keyslots.write_bytes(keyslots.read_bytes()[:40])
    with pytest.raises(VaultDamaged, match=r"keyslots\.json"):
        Vault.open(path, TEST_PASSPHRASE)


@pytest.mark.parametrize("wipe_after", [1, -3, True, 2.0])
def test_a_wipe_after_the_settings_could_not_set_is_refused_from_the_file(tmp_path: Path, wipe_after: object) -> None:
    _, path = make_vault(tmp_path / "a.casebook")
    keyslots = path / "keyslots.json"
    data = json.loads(keyslots.read_bytes())
    data["wipe_after"] = wipe_after
    keyslots.write_text(json.dumps(data))
    with pytest.raises(VaultDamaged, match=r"keyslots\.json"):
        Vault.open(path, TEST_PASSPHRASE)
