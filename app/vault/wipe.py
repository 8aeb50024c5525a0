"""Emergency wipe: make a vault unopenable in well under a second, then remove its files.

Order: overwrite `keyslots.json` in place with random bytes and fsync it (every
wrapped copy of the vault key is gone: neither the passphrase nor the recovery
key can open the vault), then delete the device secret from the OS keyring,
then remove the files. The database is not overwritten: without the vault key
its pages are random bytes to anyone, and overwriting a large file would take
minutes. Nothing needs the passphrase, so a wipe works when it cannot be typed.

Limits, said plainly: on SSDs and copy-on-write or journaling file systems an
overwrite in place may land on a fresh block, leaving older copies of
keyslots.json (for example from before a passphrase change) on the device
until it reuses them; full-disk encryption covers that. A copy of the folder
taken earlier is not affected.
"""

import contextlib
import errno
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from app.errors import VaultNotFound
from app.vault.folder import KEYSLOTS_NAME, NOFOLLOW, VAULT_FILES, VaultDir, read_file
from crypto import device_secret
from crypto.errors import CryptoError

log = logging.getLogger("casebook.wipe")


@dataclass(frozen=True)
class WipeReport:
    """How long until no way in was left (key slots overwritten), the whole wipe, and what was left behind."""

    slots_seconds: float
    total_seconds: float
    keyring_cleared: bool
    left: list[str]


def _overwrite(path: Path) -> None:
    """Replace the file's bytes in place with random ones and force them to disk; a symbolic link is not followed
    (its target, which Casebook never made, is left alone; the link itself is removed with the vault's files)."""
    try:
        fd = os.open(path, os.O_RDWR | NOFOLLOW)
    except FileNotFoundError:
        return
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return
        raise
    with os.fdopen(fd, "r+b") as handle:
        size = os.fstat(handle.fileno()).st_size
        handle.write(os.urandom(size))
        handle.flush()
        os.fsync(handle.fileno())


def _vault_id(path: Path) -> str | None:
    try:
        value = json.loads(read_file(path))["vault_id"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return value if isinstance(value, str) else None


def wipe(path: str | os.PathLike[str]) -> WipeReport:
    """Destroy every key slot and the keyring entry, then remove the vault's files.

    Works while the vault is open in another process (its keys are destroyed
    all the same); only the files Casebook made are removed.
    """
    folder = VaultDir(path)
    if not folder.path.is_dir() or not (folder.keyslots_path.is_file() or folder.db.is_file()):
        raise VaultNotFound(f"There is no vault at {folder.path}; nothing was wiped.")
    start = time.perf_counter()
    vault_id = _vault_id(folder.keyslots_path)
    for name in (KEYSLOTS_NAME, KEYSLOTS_NAME + ".tmp"):
        _overwrite(folder.path / name)
    slots_seconds = time.perf_counter() - start
    keyring_cleared = True
    if vault_id is not None:
        try:
            device_secret.delete(vault_id)
        except CryptoError:
            keyring_cleared = False
    for name in VAULT_FILES:
        with contextlib.suppress(FileNotFoundError, PermissionError):
            (folder.path / name).unlink()
    left = sorted(p.name for p in folder.path.iterdir()) if folder.path.exists() else []
    if not left:
        with contextlib.suppress(OSError):
            folder.path.rmdir()
    log.info("wiped a vault")
    return WipeReport(slots_seconds, time.perf_counter() - start, keyring_cleared, left)
