"""Before there is a session: creating, unlocking and recovering a vault, and what can be done to a locked one.

Key derivation is slow by design (about a second): the desktop calls these on
its thread pool, never on the GUI thread.
"""

import os
from dataclasses import dataclass
from pathlib import Path

from app.session.session import Session
from app.vault import attempts, vault
from app.vault.folder import VaultDir, is_vault
from app.vault.hardening import harden_process
from app.vault.keyring import keyring_available, keyring_sentence
from app.vault.strength import check_new_passphrase
from app.vault.wipe import WipeReport, wipe

DEFAULT_KDF_SECONDS = vault.DEFAULT_KDF_SECONDS
KdfParams = vault.Argon2Params
calibrate_kdf = vault.calibrate_kdf

__all__ = ["DEFAULT_KDF_SECONDS", "Created", "KdfParams", "calibrate_kdf", "create_vault", "harden_process", "is_vault",
           "keyring_available", "keyring_sentence", "note_cancelled_wipe", "recover", "require_vault", "unlock",
           "wipe_vault"]


@dataclass(frozen=True)
class Created:
    """A new vault, open, and its recovery key: shown once, then forgotten."""

    session: Session
    recovery_key: str


def create_vault(path: str | os.PathLike[str], passphrase: str, *, use_keyring: bool = True,
                 params: KdfParams | None = None, kdf_seconds: float = DEFAULT_KDF_SECONDS) -> Created:
    """Make a new vault folder (key derivation calibrated here unless `params` are given); a weak passphrase is refused."""
    check_new_passphrase(passphrase)
    created = vault.Vault.create(path, passphrase, use_keyring=use_keyring, params=params, kdf_seconds=kdf_seconds)
    return Created(Session(created.vault), created.recovery_key)


def unlock(path: str | os.PathLike[str], passphrase: str) -> Session:
    """Open a vault with its passphrase (and this machine's device secret, if it uses one)."""
    return Session(vault.Vault.open(path, passphrase))


def recover(path: str | os.PathLike[str], recovery_key: str, new_passphrase: str, *, use_keyring: bool = True,
            kdf_seconds: float = DEFAULT_KDF_SECONDS) -> Session:
    """Open a vault with its recovery key and set a new passphrase (and a new device secret here); a weak one is refused."""
    check_new_passphrase(new_passphrase)
    return Session(vault.Vault.recover(path, recovery_key, new_passphrase, use_keyring=use_keyring,
                                       kdf_seconds=kdf_seconds))


def require_vault(path: str | os.PathLike[str]) -> Path:
    """The vault folder's path, or VaultNotFound saying what is wrong with it."""
    folder = VaultDir(path)
    folder.require_exists()
    return folder.path


def note_cancelled_wipe(path: str | os.PathLike[str]) -> None:
    """Remember a wipe whose typed confirmation did not match (logged at the next unlock)."""
    attempts.cancelled_wipe(VaultDir(path))


def wipe_vault(path: str | os.PathLike[str]) -> WipeReport:
    """Destroy a vault for good without opening it: key slots overwritten, keyring entry and files removed."""
    return wipe(path)
