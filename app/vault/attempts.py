"""Counting unlock attempts while the vault is locked, outside the encrypted database.

A failed unlock cannot be written to the activity log, because the database
cannot be opened without the key. So, where the vault's settings ask for it
(count failed unlocks, or wipe after N of them; both off by default, so that a
wrong passphrase leaves every file as it was), `unlock-attempts.json` in the vault folder
holds the times of attempts not yet followed by a success, and of typed wipe
confirmations that did not match; nothing else (no names, no passphrase
material). Each attempt is counted *before* the key is derived, so killing the
process mid-attempt does not escape the count; a success removes the file and
the next unlock writes what it held to the activity log.
"""

import contextlib
import datetime as dt
import json
from dataclasses import dataclass, field

from app.errors import StorageFailed
from app.vault.folder import VaultDir, atomic_write

KEEP_TIMES = 20


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Attempts:
    """Unlock attempts since the last success (the one under way included) and cancelled wipes."""

    unlocks: int = 0
    times: list[str] = field(default_factory=list)
    wipes_cancelled: int = 0

    @property
    def failed(self) -> int:
        """Attempts that failed, once the current one has succeeded."""
        return max(self.unlocks - 1, 0)


def read(folder: VaultDir) -> Attempts:
    """What the file holds; a missing or unreadable file counts as none."""
    try:
        data = json.loads(folder.attempts_path.read_text(encoding="utf-8"))
        return Attempts(int(data["unlocks"]), [str(t) for t in data["times"]][-KEEP_TIMES:], int(data["wipes_cancelled"]))
    except (OSError, ValueError, KeyError, TypeError):
        return Attempts()


def _write(folder: VaultDir, attempts: Attempts) -> None:
    data = {"unlocks": attempts.unlocks, "times": attempts.times[-KEEP_TIMES:], "wipes_cancelled": attempts.wipes_cancelled}
    atomic_write(folder.attempts_path, json.dumps(data).encode("utf-8"))


def begin_unlock(folder: VaultDir, counting: bool) -> Attempts:
    """Count an unlock attempt before it is tried (written only when `counting`); returns the new count.

    On a full or read-only disk the count is not kept and the attempt goes
    ahead: a vault must still open there (anyone who can write to the folder
    can reset the count anyway).
    """
    attempts = read(folder)
    attempts.unlocks += 1
    attempts.times.append(_now())
    if counting:
        with contextlib.suppress(StorageFailed):
            _write(folder, attempts)
    return attempts


def cancelled_wipe(folder: VaultDir) -> None:
    """Remember a wipe whose typed confirmation did not match."""
    attempts = read(folder)
    attempts.wipes_cancelled += 1
    _write(folder, attempts)


def clear(folder: VaultDir) -> None:
    with contextlib.suppress(FileNotFoundError):
        folder.attempts_path.unlink()
