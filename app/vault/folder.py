"""The vault folder: `vault.db`, `keyslots.json`, `vault.lock`, and `unlock-attempts.json`
while unlock attempts have failed since the last success.

The lock is an OS file lock (flock) on `vault.lock`: a second process gets a
clear "open elsewhere" error, and a lock left by a dead process is free again
because the OS drops it with the process. The lock file's bytes never change.
"""

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from app.errors import StorageFailed, VaultDamaged, VaultExists, VaultLocked, VaultNotFound
from crypto.keyslots import KeySlots, KeySlotsFormatError

DB_NAME = "vault.db"
KEYSLOTS_NAME = "keyslots.json"
LOCK_NAME = "vault.lock"
ATTEMPTS_NAME = "unlock-attempts.json"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, fsync, rename, fsync the folder."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        if hasattr(os, "O_DIRECTORY"):
            fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageFailed(f"Could not write {path.name} ({exc.strerror}); nothing was changed.") from None


class VaultDir:
    """Paths inside one vault folder, and its lock."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.db = self.path / DB_NAME
        self.keyslots_path = self.path / KEYSLOTS_NAME
        self.lock_path = self.path / LOCK_NAME
        self.attempts_path = self.path / ATTEMPTS_NAME
        self._lock_handle: IO[bytes] | None = None

    @property
    def name(self) -> str:
        return self.path.name

    def exists(self) -> bool:
        return self.keyslots_path.is_file()

    def require_exists(self) -> None:
        if not self.path.exists():
            raise VaultNotFound(f"There is no vault at {self.path}; check the path, or create one with `casebook init`.")
        if not self.exists():
            raise VaultNotFound(f"{self.path} is not a Casebook vault (it has no {KEYSLOTS_NAME}).")

    def create_folder(self) -> None:
        if self.path.exists() and any(self.path.iterdir()):
            raise VaultExists(f"{self.path} already exists and is not empty; choose a new name for the vault.")
        try:
            self.path.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.lock_path.touch(mode=0o600)
        except OSError as exc:
            raise StorageFailed(f"Could not create the vault folder ({exc.strerror}).") from None

    def lock(self) -> None:
        """Take the vault's lock, or raise VaultLocked if another process has it."""
        if self._lock_handle is not None:
            return
        try:
            handle = open(self.lock_path, "ab")
        except OSError as exc:
            raise StorageFailed(f"Could not open the vault's lock file ({exc.strerror}).") from None
        if not _try_lock(handle):
            handle.close()
            raise VaultLocked("This vault is open elsewhere (another Casebook window or command); close it there first.")
        self._lock_handle = handle

    def unlock(self) -> None:
        if self._lock_handle is not None:
            self._lock_handle.close()
            self._lock_handle = None

    def read_keyslots(self) -> KeySlots:
        try:
            raw = self.keyslots_path.read_bytes()
        except FileNotFoundError:
            raise VaultNotFound(f"{self.path} is not a Casebook vault (it has no {KEYSLOTS_NAME}).") from None
        except OSError as exc:
            raise StorageFailed(f"Could not read {KEYSLOTS_NAME} ({exc.strerror}).") from None
        try:
            return KeySlots.from_bytes(raw)
        except KeySlotsFormatError:
            raise VaultDamaged(f"{KEYSLOTS_NAME} in this vault is damaged, so the vault cannot be unlocked; "
                               "restore the vault folder from a backup.") from None

    def write_keyslots(self, slots: KeySlots) -> None:
        atomic_write(self.keyslots_path, slots.to_bytes())


def is_vault(path: str | os.PathLike[str]) -> bool:
    """Whether the folder holds a Casebook vault (cheap to import: the start window asks before anything loads)."""
    return VaultDir(path).exists()
