"""Creating, unlocking and re-keying a vault: the key hierarchy of DESIGN.md.

    passphrase --Argon2id--> PK;  DS from the OS keyring (absent in passphrase-only mode)
    slot key = HKDF(PK || DS);   VK wrapped in the passphrase slot and the recovery slot
    VK --HKDF--> SQLCipher raw key, record-key wrapping key KEK

Unlocking derives the key before touching the database, so a wrong
passphrase leaves the database and key slots as they were (only the attempt
counter, app/attempts.py, changes). Optional unlock settings, off by default,
live in keyslots.json because they act before the vault is open: a duress
passphrase that wipes instead of unlocking, and a wipe after N failed attempts.
"""

import contextlib
import dataclasses
import logging
import os
import uuid
from dataclasses import dataclass

from app import faults
from app.errors import BadInput, StorageFailed, WrongPassphrase
from app.sharing.contacts import Contacts
from app.sharing.exchange import Exchange
from app.sharing.identity import OwnIdentity
from app.store import Repository
from app.store.migrations import open_database
from app.store.sealing import RecordSealer
from app.vault import attempts, rotation
from app.vault.activity import ActivityLog
from app.vault.folder import VaultDir
from app.vault.keyring import (
    device_secret_for_new_slot,
    load_device_secret,
)
from app.vault.wipe import WipeReport, wipe
from crypto import aead, device_secret, kdf, keyslots
from crypto.errors import AuthenticationFailed, CryptoError
from crypto.recovery import new_recovery_key
from crypto.vault_keys import RecordCipher, VaultKeys, kek_check

log = logging.getLogger("casebook.vault")

DEFAULT_KDF_SECONDS = 0.75
WRONG_PASSPHRASE = "That passphrase does not open this vault; check it and try again, or use the recovery key."  # noqa: S105
ROTATION_UNDONE = ("A key rotation was interrupted; the vault is back on its previous keys (the passphrase and "
                   "recovery key from before work). Run `casebook rotate-keys` again.")

# The UI holds calibrated parameters between calibration and creation without importing crypto/.
Argon2Params = kdf.Argon2Params


@dataclass(frozen=True)
class Created:
    """What creating a vault hands back: the open vault and the recovery key, shown once."""

    vault: "Vault"
    recovery_key: str


def calibrate_kdf(seconds: float = DEFAULT_KDF_SECONDS) -> kdf.Argon2Params:
    """Measure key derivation on this machine (slow: off the UI thread); the result goes to `Vault.create`."""
    return kdf.calibrate(seconds)


def make_passphrase_slot(vault_id: str, vault_key: bytes, passphrase: str, params: kdf.Argon2Params,
                         secret: bytes | None) -> keyslots.Slot:
    params = params.with_new_salt()
    return keyslots.passphrase_slot(vault_id, vault_key, kdf.derive(passphrase, params), params, secret)


def _passphrase_opens(slots: keyslots.KeySlots, passphrase: str, secret: bytes | None) -> bytes | None:
    """VK if `passphrase` opens the passphrase slot, else None."""
    slot = slots.slot(keyslots.PASSPHRASE)
    assert slot.kdf is not None
    try:
        return keyslots.open_passphrase_slot(slots.vault_id, slot, kdf.derive(passphrase, slot.kdf), secret)
    except AuthenticationFailed:
        return None


def _is_duress(slots: keyslots.KeySlots, passphrase: str) -> bool:
    return slots.duress is not None and slots.duress.matches(kdf.derive(passphrase, slots.duress.kdf))


class Vault:
    """An unlocked vault: its folder (locked to this process), database and records."""

    def __init__(self, folder: VaultDir, slots: keyslots.KeySlots, vault_key: bytes) -> None:
        self.folder = folder
        self.notices: list[str] = []
        self.failed_unlocks = 0  # failed attempts counted while the vault was locked (when counting is on)
        if slots.rotation is not None:
            rotation.undo_interrupted(folder, slots, vault_key)
            self.notices.append(ROTATION_UNDONE)
        self.slots = slots
        self._vault_key = vault_key
        keys = VaultKeys.from_vault_key(vault_key)
        self.db = open_database(folder.db, keys.sqlcipher_key)
        try:
            if self.db.get_meta(rotation.KEK_CHECK_META) is None:
                with self.db.transaction():
                    self.db.set_meta(rotation.KEK_CHECK_META, kek_check(keys.kek))
            self.activity = ActivityLog(self.db, RecordCipher(keys.kek))
            self.records = Repository(self.db, keys.kek, self.activity)
            self.identity = OwnIdentity(self.db, keys.identity_key)
            self.contacts = Contacts(self.db)
        except BaseException:
            self.db.close()
            raise

    @property
    def exchange(self) -> Exchange:
        """What bundles need of this vault: records, identity, contacts and the activity log."""
        return Exchange(self.records, self.identity, self.contacts, self.activity)

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
            secret = device_secret_for_new_slot(vault_id, use_keyring)
            recovery_key = new_recovery_key()
            slots = keyslots.KeySlots(vault_id, [
                make_passphrase_slot(vault_id, vault_key, passphrase, params, secret),
                keyslots.recovery_slot(vault_id, vault_key, recovery_key),
            ], duress=keyslots.decoy_duress(params))
            vault = cls(folder, slots, vault_key)
            folder.write_keyslots(slots)
            vault.activity.append("vault-created")
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
        """Unlock with the passphrase (and the device secret, if the vault uses one).

        The attempt is counted before the key is derived, where the settings ask
        for counting (otherwise a wrong passphrase changes no file). A failed attempt may
        wipe the vault: when the passphrase is the duress passphrase (the error
        then reads as for any wrong passphrase), or when it is the Nth failure
        in a row and the vault's settings ask for that.
        """
        folder = VaultDir(path)
        folder.require_exists()
        folder.lock()
        try:
            slots = folder.read_keyslots()
            secret = load_device_secret(slots)
            counted = attempts.begin_unlock(folder, slots.counting)
            vault_key = _passphrase_opens(slots, passphrase, secret)
            if vault_key is None:
                if _is_duress(slots, passphrase):
                    folder.unlock()
                    wipe(folder.path)
                    raise WrongPassphrase(WRONG_PASSPHRASE)
                if slots.wipe_after and counted.unlocks >= slots.wipe_after:
                    folder.unlock()
                    wipe(folder.path)
                    raise WrongPassphrase(f"That passphrase does not open this vault. After {counted.unlocks} failed "
                                          "attempts in a row the vault was wiped, as its settings asked.")
                raise WrongPassphrase(WRONG_PASSPHRASE)
            vault = cls(folder, slots, vault_key)
            vault._log_unlock("unlock", counted)
            return vault
        except BaseException:
            folder.unlock()
            raise

    def _log_unlock(self, event: str, counted: attempts.Attempts) -> None:
        """Write what happened while the vault was locked, then this unlock, and reset the counter."""
        self.failed_unlocks = counted.failed
        try:
            if counted.failed:
                self.activity.append("failed-unlock", {"count": counted.failed, "times": counted.times[:-1]})
            if counted.wipes_cancelled:
                self.activity.append("wipe-cancelled", {"count": counted.wipes_cancelled})
            self.activity.append(event)
        except StorageFailed:
            self.notices.append("The activity log could not record this unlock: the disk refused the write. "
                                "Free some space; earlier failed attempts will be recorded at the next unlock.")
            return
        except BaseException:
            self.close()
            raise
        attempts.clear(self.folder)

    @classmethod
    def recover(cls, path: str | os.PathLike[str], recovery_key: str, new_passphrase: str, *,
                use_keyring: bool = True, kdf_seconds: float = DEFAULT_KDF_SECONDS) -> "Vault":
        """Open with the recovery key and set a new passphrase (and a new device secret here)."""
        folder = VaultDir(path)
        folder.require_exists()
        folder.lock()
        try:
            slots = folder.read_keyslots()
            counted = attempts.begin_unlock(folder, slots.counting)
            try:
                vault_key = keyslots.open_recovery_slot(slots.vault_id, slots.slot(keyslots.RECOVERY), recovery_key)
            except (AuthenticationFailed, CryptoError, keyslots.KeySlotsFormatError):
                raise WrongPassphrase("That recovery key does not open this vault; check it, group by group.") from None
            vault = cls(folder, slots, vault_key)
            try:
                secret = device_secret_for_new_slot(slots.vault_id, use_keyring)
                slots.replace(make_passphrase_slot(slots.vault_id, vault_key, new_passphrase,
                                                   kdf.calibrate(kdf_seconds), secret))
                folder.write_keyslots(slots)
            except BaseException:
                vault.close()
                raise
            vault._log_unlock("recovered", counted)
            return vault
        except BaseException:
            folder.unlock()
            raise

    def check_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphrase unless `passphrase` opens this vault (slow: derives the key); before risky changes."""
        if _passphrase_opens(self.slots, passphrase, load_device_secret(self.slots)) is None:
            raise WrongPassphrase(WRONG_PASSPHRASE)

    def recalibrate(self, passphrase: str, kdf_seconds: float = DEFAULT_KDF_SECONDS) -> None:
        """Re-measure key derivation on this machine and rewrap VK; the passphrase is checked first."""
        self.check_passphrase(passphrase)
        self.change_passphrase(passphrase, kdf_seconds=kdf_seconds)

    def change_passphrase(self, new_passphrase: str, *, kdf_seconds: float | None = None) -> None:
        """Rewrap VK under the new passphrase only; the records are not touched."""
        slot = self.slots.slot(keyslots.PASSPHRASE)
        assert slot.kdf is not None
        secret = load_device_secret(self.slots)
        if _is_duress(self.slots, new_passphrase):
            raise BadInput("That is the duress passphrase; choose another passphrase. Nothing was changed.")
        params = kdf.calibrate(kdf_seconds) if kdf_seconds is not None else slot.kdf
        self.slots.replace(make_passphrase_slot(self.vault_id, self._vault_key, new_passphrase, params, secret))
        self.folder.write_keyslots(self.slots)
        self.activity.append("passphrase-changed")

    # -- unlock settings -------------------------------------------------------

    def set_wipe_after(self, failures: int) -> None:
        """Wipe the vault after this many failed unlock attempts in a row; 0 switches it off."""
        if failures < 0 or failures == 1:
            raise BadInput("--wipe-after must be 0 (off) or at least 2, so that one typo does not wipe the vault.")
        self.slots.wipe_after = failures
        self.folder.write_keyslots(self.slots)
        self.activity.append("settings-changed", {"wipe_after": failures})

    def set_count_unlocks(self, on: bool) -> None:
        """Keep a count of failed unlocks (in the vault folder) so the next unlock logs them."""
        self.slots.count_unlocks = on
        self.folder.write_keyslots(self.slots)
        self.activity.append("settings-changed", {"count_failed_unlocks": on})

    def set_duress_passphrase(self, duress: str | None) -> None:
        """Set the passphrase that wipes instead of unlocking, or remove it (None).

        Setting and removing both write a duress block of the same shape, and
        neither is logged, so nothing in the vault tells whether one is set.
        """
        slot = self.slots.slot(keyslots.PASSPHRASE)
        assert slot.kdf is not None
        if duress is None:
            self.slots.duress = keyslots.decoy_duress(slot.kdf)
        else:
            if _passphrase_opens(self.slots, duress, load_device_secret(self.slots)) is not None:
                raise BadInput("The duress passphrase must differ from the passphrase. Nothing was changed.")
            params = slot.kdf.with_new_salt()
            self.slots.duress = keyslots.Duress(params, keyslots.duress_check(kdf.derive(duress, params)))
        self.folder.write_keyslots(self.slots)

    # -- key rotation and wipe ------------------------------------------------

    def rotate_keys(self, passphrase: str) -> str:
        """Replace the vault key; return the new recovery key, to be shown once.

        Rekeys the database and rewraps every record key (app/rotation.py has
        the order and why an interruption is safe). The passphrase slot is
        rewritten from `passphrase` (with the same device secret); the old
        recovery key cannot be rewrapped without the old one, so a new one is made.
        If a step fails the vault is closed; its next unlock returns it to the old keys.
        """
        secret = load_device_secret(self.slots)
        if _passphrase_opens(self.slots, passphrase, secret) is None:
            raise WrongPassphrase(WRONG_PASSPHRASE)
        slot = self.slots.slot(keyslots.PASSPHRASE)
        assert slot.kdf is not None
        new_key, recovery_key = aead.new_key(), new_recovery_key()
        new_slots = [make_passphrase_slot(self.vault_id, new_key, passphrase, slot.kdf, secret),
                     keyslots.recovery_slot(self.vault_id, new_key, recovery_key)]
        old, new = VaultKeys.from_vault_key(self._vault_key), VaultKeys.from_vault_key(new_key)
        try:
            self.db.checkpoint()
            self.slots.rotation = keyslots.Rotation(
                keyslots.wrap_next_vault_key(self.vault_id, self._vault_key, new_key), new_slots)
            self.folder.write_keyslots(self.slots)
            count = rotation.rewrap_record_keys(self.db, old.kek, new.kek)
            faults.point("rotation-rewrapped")
            self.db.rekey(new.sqlcipher_key)
            faults.point("rotation-rekeyed")
            self.records.sealer = RecordSealer(new.kek)
            self.identity = OwnIdentity(self.db, new.identity_key)
            self._vault_key = new_key
            final = dataclasses.replace(self.slots, slots=new_slots, rotation=None)
            self.folder.write_keyslots(final)
        except BaseException:
            self.close()
            raise
        self.slots = final
        self.activity.append("keys-rotated", {"records": count})
        return recovery_key

    def wipe(self) -> WipeReport:
        """Close the vault and wipe it (app/wipe.py): what the app's emergency button calls."""
        path = self.folder.path
        self.close()
        return wipe(path)

    def close(self) -> None:
        """Close the database, drop the keys, release the lock."""
        self.records.close()
        self.identity.close()
        self.db.close()
        self._vault_key = b""
        self.folder.unlock()


def _remove_partial(folder: VaultDir) -> None:
    """Remove what a failed create left, so the same path can be used again."""
    for child in folder.path.iterdir():
        child.unlink(missing_ok=True)
    folder.path.rmdir()
