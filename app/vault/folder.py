"""The vault folder: `vault.db`, `keyslots.json`, `vault.lock`, and `unlock-attempts.json`
while unlock attempts have failed since the last success.

Only its owner may read it: the folder is made (or tightened to) 0700 and every
file in it 0600, SQLite's -wal and -shm included (SQLite gives them the
database file's mode). No name in it may be a symbolic link: opening, writing
and wiping refuse to follow one, so a link planted there cannot make Casebook
read or overwrite a file elsewhere.

The lock is an OS file lock (flock) on `vault.lock`: a second process gets a
clear "open elsewhere" error, and a lock left by a dead process is free again
because the OS drops it with the process. The lock file's bytes never change.
"""

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from app import faults
from app.errors import BadInput, StorageFailed, VaultDamaged, VaultExists, VaultLocked, VaultNotFound
from crypto.keyslots import KeySlots, KeySlotsFormatError

DB_NAME = "vault.db"
KEYSLOTS_NAME = "keyslots.json"
LOCK_NAME = "vault.lock"
ATTEMPTS_NAME = "unlock-attempts.json"
FOLDER_MODE = 0o700
FILE_MODE = 0o600
# Every file Casebook keeps in a vault folder.
VAULT_FILES = (KEYSLOTS_NAME, KEYSLOTS_NAME + ".tmp", DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm",
               DB_NAME + "-journal", ATTEMPTS_NAME, ATTEMPTS_NAME + ".tmp", LOCK_NAME)
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

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
        refuse_link(tmp)
        tmp.unlink(missing_ok=True)
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, FILE_MODE), "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        faults.point("atomic-write")
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


def refuse_link(path: Path) -> None:
    """VaultDamaged if `path` is a symbolic link: nothing in a vault folder may point elsewhere."""
    if path.is_symlink():
        raise VaultDamaged(f"{path.name} in the vault folder is a symbolic link, which Casebook never makes and "
                           "refuses to follow; nothing was changed. Put the real file there, or restore the folder "
                           "from a backup.")


def read_file(path: Path) -> bytes:
    """The file's bytes, refusing a symbolic link in its place (OSError, as for a missing file)."""
    with os.fdopen(os.open(path, os.O_RDONLY | NOFOLLOW), "rb") as handle:
        return handle.read()


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
        """Make the folder (or take an empty one), only its owner's, with the lock and an empty database file."""
        if self.path.exists() and not self.path.is_dir():
            raise BadInput(f"{self.path} is a file, not a folder; choose a new name for the vault.")
        if self.path.exists() and any(self.path.iterdir()):
            raise VaultExists(f"{self.path} already exists and is not empty; choose a new name for the vault.")
        try:
            self.path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
            os.chmod(self.path, FOLDER_MODE)
            for path in (self.lock_path, self.db):
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, FILE_MODE))
        except OSError as exc:
            raise StorageFailed(f"Could not create the vault folder ({exc.strerror}).") from None

    def secure(self) -> None:
        """Refuse symbolic links among the vault's files; tighten the folder to 0700 and its files to 0600.

        A vault made by an older Casebook, or copied with another umask, is
        tightened when it is next opened; a file that cannot be changed (owned
        by someone else, on a read-only disk) is left as it is.
        """
        for name in VAULT_FILES:
            refuse_link(self.path / name)
        for path, mode in [(self.path, FOLDER_MODE), *((self.path / name, FILE_MODE) for name in VAULT_FILES)]:
            with contextlib.suppress(OSError):  # missing, someone else's, or on a read-only disk
                if os.stat(path).st_mode & 0o777 & ~mode:
                    os.chmod(path, mode)

    def lock(self) -> None:
        """Take the vault's lock, or raise VaultLocked if another process has it."""
        if self._lock_handle is not None:
            return
        self.secure()
        try:
            handle = os.fdopen(os.open(self.lock_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | NOFOLLOW, FILE_MODE), "ab")
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
            refuse_link(self.keyslots_path)
            raw = read_file(self.keyslots_path)
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
