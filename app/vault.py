"""Creating, unlocking and re-keying a vault: the key hierarchy of DESIGN.md.

    passphrase --Argon2id--> PK;  DS from the OS keyring (absent in passphrase-only mode)
    slot key = HKDF(PK || DS);   VK wrapped in the passphrase slot and the recovery slot
    VK --HKDF--> SQLCipher raw key, record-key wrapping key KEK

Unlocking derives the key before touching the database, so a wrong
passphrase leaves every file in the folder as it was.
"""

import contextlib
import logging
import os
import uuid
from dataclasses import dataclass

from app.contacts import Contacts
from app.errors import KeyringProblem, WrongPassphrase
from app.identity import OwnIdentity
from app.repository import Repository
from app.store import Store
from app.vaultdir import VaultDir
from crypto import aead, device_secret, kdf, keyslots
from crypto.errors import AuthenticationFailed, CryptoError, DeviceSecretMissing, KeyringFailed, KeyringUnavailable
from crypto.recovery import new_recovery_key
from crypto.vault_keys import VaultKeys

log = logging.getLogger("casebook.vault")

DEFAULT_KDF_SECONDS = 0.75

# The UI holds calibrated parameters between calibration and creation without importing crypto/.
Argon2Params = kdf.Argon2Params


@dataclass(frozen=True)
class Created:
    """What creating a vault hands back: the open vault and the recovery key, shown once."""

    vault: "Vault"
    recovery_key: str


def keyring_problem(exc: CryptoError) -> KeyringProblem:
    """Say what is wrong with the keyring; never blame the passphrase for it."""
    if isinstance(exc, KeyringUnavailable):
        return KeyringProblem(
            "This vault needs its device secret from the OS keyring, and no keyring is available now. "
            "Log in to a desktop session with a keyring, or use `casebook recover` with the recovery key."
        )
    if isinstance(exc, DeviceSecretMissing):
        return KeyringProblem(
            "The OS keyring holds no device secret for this vault (it was made on another machine, or the entry "
            "was removed). Use `casebook recover` with the recovery key to open it here."
        )
    return KeyringProblem("The OS keyring refused access (it may be locked); unlock the keyring and try again.")


def _device_secret_for_new_slot(vault_id: str, use_keyring: bool) -> bytes | None:
    """A new DS in the keyring, or None for passphrase-only mode."""
    if not use_keyring or not device_secret.keyring_available():
        return None
    try:
        return device_secret.create(vault_id)
    except KeyringFailed as exc:
        raise keyring_problem(exc) from None


def keyring_sentence(uses_keyring: bool) -> str:
    """The plain sentence the UI and the CLI show about the keyring."""
    if uses_keyring:
        return (f"The device secret is kept in the OS keyring ({device_secret.keyring_name()}): "
                "this vault opens only on this machine with the passphrase, or anywhere with the recovery key.")
    return ("Passphrase-only mode: no OS keyring is used, so the passphrase alone opens this vault. "
            "Choose a long passphrase.")


def keyring_available() -> bool:
    """Whether a new vault here can keep its device secret in an OS keyring."""
    return device_secret.keyring_available()


def calibrate_kdf(seconds: float = DEFAULT_KDF_SECONDS) -> kdf.Argon2Params:
    """Measure key derivation on this machine (slow: off the UI thread); the result goes to `Vault.create`."""
    return kdf.calibrate(seconds)


def make_passphrase_slot(vault_id: str, vault_key: bytes, passphrase: str, params: kdf.Argon2Params,
                         secret: bytes | None) -> keyslots.Slot:
    params = params.with_new_salt()
    return keyslots.passphrase_slot(vault_id, vault_key, kdf.derive(passphrase, params), params, secret)


class Vault:
    """An unlocked vault: its folder (locked to this process), store and records."""

    def __init__(self, folder: VaultDir, slots: keyslots.KeySlots, vault_key: bytes) -> None:
        self.folder = folder
        self.slots = slots
        self._vault_key = vault_key
        keys = VaultKeys.from_vault_key(vault_key)
        self.store = Store(folder.db, keys.sqlcipher_key)
        self.records = Repository(self.store, keys.kek)
        self.identity = OwnIdentity(self.store, keys.identity_key)
        self.contacts = Contacts(self.store)

    @property
    def vault_id(self) -> str:
        return self.slots.vault_id

    @property
    def uses_keyring(self) -> bool:
        return self.slots.slot(keyslots.PASSPHRASE).device

    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, *, use_keyring: bool = True,
               params: kdf.Argon2Params | None = None, kdf_seconds: float = DEFAULT_KDF_SECONDS) -> Created:
        """Make a new vault folder; the recovery key is returned to be shown once."""
        folder = VaultDir(path)
        folder.create_folder()
        folder.lock()
        vault_id = str(uuid.uuid4())
        try:
            params = params or kdf.calibrate(kdf_seconds)
            vault_key = aead.new_key()
            secret = _device_secret_for_new_slot(vault_id, use_keyring)
            recovery_key = new_recovery_key()
            slots = keyslots.KeySlots(vault_id, [
                make_passphrase_slot(vault_id, vault_key, passphrase, params, secret),
                keyslots.recovery_slot(vault_id, vault_key, recovery_key),
            ])
            vault = cls(folder, slots, vault_key)
            folder.write_keyslots(slots)
        except BaseException:
            folder.unlock()
            _remove_partial(folder)
            with contextlib.suppress(CryptoError):
                device_secret.delete(vault_id)
            raise
        log.info("created a vault (keyring: %s)", secret is not None)
        return Created(vault, recovery_key)

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str) -> "Vault":
        """Unlock with the passphrase (and the device secret, if the vault uses one)."""
        folder = VaultDir(path)
        folder.require_exists()
        folder.lock()
        try:
            slots = folder.read_keyslots()
            return cls(folder, slots, _open_with_passphrase(slots, passphrase))
        except BaseException:
            folder.unlock()
            raise

    @classmethod
    def recover(cls, path: str | os.PathLike[str], recovery_key: str, new_passphrase: str, *,
                use_keyring: bool = True, kdf_seconds: float = DEFAULT_KDF_SECONDS) -> "Vault":
        """Open with the recovery key and set a new passphrase (and a new device secret here)."""
        folder = VaultDir(path)
        folder.require_exists()
        folder.lock()
        try:
            slots = folder.read_keyslots()
            try:
                vault_key = keyslots.open_recovery_slot(slots.vault_id, slots.slot(keyslots.RECOVERY), recovery_key)
            except (AuthenticationFailed, CryptoError, keyslots.KeySlotsFormatError):
                raise WrongPassphrase("That recovery key does not open this vault; check it, group by group.") from None
            vault = cls(folder, slots, vault_key)
            try:
                secret = _device_secret_for_new_slot(slots.vault_id, use_keyring)
                slots.replace(make_passphrase_slot(slots.vault_id, vault_key, new_passphrase,
                                                   kdf.calibrate(kdf_seconds), secret))
                folder.write_keyslots(slots)
            except BaseException:
                vault.close()
                raise
            return vault
        except BaseException:
            folder.unlock()
            raise

    def recalibrate(self, passphrase: str, kdf_seconds: float = DEFAULT_KDF_SECONDS) -> None:
        """Re-measure key derivation on this machine and rewrap VK; the passphrase is checked first."""
        _open_with_passphrase(self.slots, passphrase)
        self.change_passphrase(passphrase, kdf_seconds=kdf_seconds)

    def change_passphrase(self, new_passphrase: str, *, kdf_seconds: float | None = None) -> None:
        """Rewrap VK under the new passphrase only; the records are not touched."""
        slot = self.slots.slot(keyslots.PASSPHRASE)
        assert slot.kdf is not None
        secret = None
        if slot.device:
            try:
                secret = device_secret.load(self.vault_id)
            except CryptoError as exc:
                raise keyring_problem(exc) from None
        params = kdf.calibrate(kdf_seconds) if kdf_seconds is not None else slot.kdf
        self.slots.replace(make_passphrase_slot(self.vault_id, self._vault_key, new_passphrase, params, secret))
        self.folder.write_keyslots(self.slots)

    def close(self) -> None:
        """Close the database, drop the keys, release the lock."""
        self.records.close()
        self.identity.close()
        self.store.close()
        self._vault_key = b""
        self.folder.unlock()


def _open_with_passphrase(slots: keyslots.KeySlots, passphrase: str) -> bytes:
    """VK from the passphrase slot (with the device secret if the slot uses one)."""
    slot = slots.slot(keyslots.PASSPHRASE)
    secret = None
    if slot.device:
        try:
            secret = device_secret.load(slots.vault_id)
        except CryptoError as exc:
            raise keyring_problem(exc) from None
    assert slot.kdf is not None
    try:
        return keyslots.open_passphrase_slot(slots.vault_id, slot, kdf.derive(passphrase, slot.kdf), secret)
    except AuthenticationFailed:
        raise WrongPassphrase("That passphrase does not open this vault; check it and try again, "
                              "or use the recovery key.") from None


def _remove_partial(folder: VaultDir) -> None:
    """Remove what a failed create left, so the same path can be used again."""
    for child in folder.path.iterdir():
        child.unlink(missing_ok=True)
    folder.path.rmdir()
