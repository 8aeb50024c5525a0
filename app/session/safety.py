"""The session's safety: the passphrase, unlock settings, key rotation and the vault's activity log."""

from dataclasses import dataclass

from app.errors import CasebookError
from app.session.base import SessionBase
from app.vault.activity import Entry, Problem
from app.vault.strength import check_new_passphrase
from app.vault.vault import DEFAULT_KDF_SECONDS


@dataclass(frozen=True)
class UnlockSettings:
    """What acts before the vault opens: wipe after N failed unlocks (0: off), and whether failures are counted."""

    wipe_after: int
    count_unlocks: bool
    counting: bool  # counted either because asked, or because wipe_after needs the count


class SafetyPart(SessionBase):
    """Passphrase and keys, unlock settings, and the log of what was done to the vault."""

    def unlock_settings(self) -> UnlockSettings:
        slots = self._vault.slots
        return UnlockSettings(slots.wipe_after, slots.count_unlocks, slots.counting)

    def check_passphrase(self, passphrase: str) -> None:
        """WrongPassphrase unless `passphrase` opens this vault (slow: derives the key); before risky changes."""
        self._vault.check_passphrase(passphrase)

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the vault key under a new passphrase (which must meet app/vault/strength.py's rule); the records are not touched."""
        check_new_passphrase(new_passphrase)
        self._vault.change_passphrase(new_passphrase)

    def recalibrate(self, passphrase: str, kdf_seconds: float = DEFAULT_KDF_SECONDS) -> None:
        """Measure key derivation on this machine again and rewrap the vault key (the passphrase is checked first)."""
        self._vault.recalibrate(passphrase, kdf_seconds)

    def set_wipe_after(self, failures: int) -> None:
        """Wipe the vault after this many failed unlock attempts in a row; 0 switches it off."""
        self._vault.set_wipe_after(failures)

    def set_count_unlocks(self, on: bool) -> None:
        self._vault.set_count_unlocks(on)

    def set_duress_passphrase(self, duress: str | None) -> None:
        """Set the passphrase that wipes instead of unlocking, or remove it (None); nothing shows which."""
        self._vault.set_duress_passphrase(duress)

    def rotate_keys(self, passphrase: str) -> str:
        """Replace the vault key; returns the new recovery key, to be shown once. A failure closes the vault."""
        return self._vault.rotate_keys(passphrase)

    def activity_log(self) -> list[Entry]:
        """Every entry of the vault's activity log, in the order written (ids, counts and kinds, never names)."""
        return self._vault.activity.entries()

    def verify_activity_log(self) -> list[Problem]:
        """Every break in the log's chain; empty when it is whole."""
        return self._vault.activity.verify()

    def note_wipe_cancelled(self) -> None:
        """Log that an emergency wipe's countdown was stopped; a vault that cannot log it stays as it was."""
        try:
            self._vault.activity.append("wipe-cancelled")
        except CasebookError:
            return
