"""Fixtures every test may use: an in-memory keyring, fast key derivation, temporary vaults."""

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from app.session import Session
from app.vault.vault import Created, Vault
from helpers.cli import WEAK_KDF_FOR_TESTS
from helpers.memory_keyring import MemoryKeyring
from helpers.secrets import TEST_PASSPHRASE, fast_params


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test starts with an empty in-memory keyring; none touches the user's real one."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """HOME, config and cache point into a fresh folder so nothing lands in the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv(WEAK_KDF_FOR_TESTS, "1")  # test vaults are throwaway: FAST_KDF below the users' floor


@pytest.fixture
def created(tmp_path: Path) -> Iterator[Created]:
    """A new vault using the in-memory keyring; closed at the end of the test."""
    result = Vault.create(tmp_path / "test.casebook", TEST_PASSPHRASE, params=fast_params())
    yield result
    result.vault.close()


@pytest.fixture
def vault(created: Created) -> Vault:
    return created.vault


@pytest.fixture
def session(vault: Vault) -> Session:
    """The same vault as the desktop and the command line see it."""
    return Session(vault)
