"""The vault folder is its owner's alone (0700, files 0600) and no symbolic link in it is ever followed."""

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import VaultDamaged
from app.records.change import Change
from app.vault.vault import Vault
from app.vault.wipe import wipe
from helpers.secrets import TEST_PASSPHRASE, fast_params


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The usual desktop umask, under which a plain open() makes files 0644 and folders 0755."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("open_umask")
def test_a_vault_made_in_an_existing_open_folder_is_0700_and_every_file_0600(tmp_path: Path) -> None:
    folder = tmp_path / "shared.casebook"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)  # noqa: S103 - the open folder a caseworker may already have
    vault = Vault.create(folder, TEST_PASSPHRASE, params=fast_params()).vault
    vault.records.apply([Change("person", {"names": ["Someone"]})])
    try:
        assert (folder / "vault.db-wal").exists()
        assert mode(folder) == 0o700
        assert {p.name: mode(p) for p in folder.iterdir()} == {p.name: 0o600 for p in folder.iterdir()}
    finally:
        vault.close()


@pytest.mark.usefixtures("open_umask")
def test_opening_tightens_a_vault_left_readable_by_others(tmp_path: Path) -> None:
    folder = tmp_path / "old.casebook"
    Vault.create(folder, TEST_PASSPHRASE, params=fast_params()).vault.close()
    os.chmod(folder, 0o755)  # noqa: S103 - the open folder a caseworker may already have
    for path in folder.iterdir():
        os.chmod(path, 0o644)
    Vault.open(folder, TEST_PASSPHRASE).close()
    assert mode(folder) == 0o700 and {mode(p) for p in folder.iterdir()} == {0o600}


@pytest.mark.parametrize("name", ["keyslots.json", "vault.db", "vault.lock", "unlock-attempts.json"])
def test_a_symbolic_link_in_the_vault_folder_is_refused_on_open_and_its_target_untouched(tmp_path: Path,
                                                                                       name: str) -> None:
    folder = tmp_path / "v.casebook"
    Vault.create(folder, TEST_PASSPHRASE, params=fast_params()).vault.close()
    target = tmp_path / "elsewhere"
    (folder / name).replace(target) if (folder / name).exists() else target.write_bytes(b"{}")
    before = target.read_bytes()
    (folder / name).symlink_to(target)
    with pytest.raises(VaultDamaged, match="symbolic link"):
        Vault.open(folder, TEST_PASSPHRASE)
    assert target.read_bytes() == before


def test_wipe_does_not_overwrite_what_a_linked_keyslots_file_points_to(tmp_path: Path) -> None:
    folder = tmp_path / "v.casebook"
    Vault.create(folder, TEST_PASSPHRASE, params=fast_params()).vault.close()
    precious = tmp_path / "precious.txt"
    precious.write_text("someone else's file\n")
    (folder / "keyslots.json").unlink()
    (folder / "keyslots.json").symlink_to(precious)
    (folder / "keyslots.json.tmp").symlink_to(precious)
    wipe(folder)
    assert precious.read_text() == "someone else's file\n"
    assert not folder.exists()


def test_a_key_slot_write_does_not_follow_a_planted_temporary_link(tmp_path: Path) -> None:
    folder = tmp_path / "v.casebook"
    vault = Vault.create(folder, TEST_PASSPHRASE, params=fast_params()).vault
    precious = tmp_path / "precious.txt"
    precious.write_text("someone else's file\n")
    (folder / "keyslots.json.tmp").symlink_to(precious)
    try:
        with pytest.raises(VaultDamaged, match="symbolic link"):
            vault.set_count_unlocks(True)
    finally:
        vault.close()
    assert precious.read_text() == "someone else's file\n"
