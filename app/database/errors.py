"""SQLite's errors sorted into the user's problem and ours, by result code, never by the words of the message.

As qutebrowser's `misc/sql.py` does: the environment's problems (a full or
failing disk, a read-only folder, another process holding the file, a file that
is not a database under this key) become errors whose sentence says what to do;
every other code is a bug in Casebook and becomes `InternalError`, which names
the code and nothing of the data.
"""

from typing import Any

from app.errors import CasebookError, InternalError, StorageFailed, VaultClosed, VaultDamaged, VaultLocked

# Primary result codes (the low byte of an extended code), from sqlite3.h.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_INTERRUPT = 9
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_DISK_FULL = ("The disk is full: nothing was changed. Free some space on the disk that holds the vault and try again.")
_DISK_REFUSED = ("The disk refused the write (it may be full, failing or limiting file sizes); nothing was changed. "
                 "Free some space or check the disk, then try again.")
_READ_ONLY = "The vault's folder or disk is read-only, so nothing was changed; make it writable and try again."
_CANNOT_OPEN = ("The vault's database file cannot be opened (its folder may have been moved, or its permissions "
                "changed); check the vault folder and try again.")
_NO_MEMORY = "The computer ran out of memory; nothing was changed. Close other programs and try again."
_BUSY = "The vault is busy in another process; close Casebook there and try again."
VAULT_CLOSED = "The vault was locked while this task ran; nothing was changed. Unlock it and try again."
_DAMAGED = "The vault database is damaged or was not opened with the right key; restore it from a backup."

_BY_CODE: dict[int, tuple[type[CasebookError], str]] = {
    SQLITE_FULL: (StorageFailed, _DISK_FULL),
    SQLITE_IOERR: (StorageFailed, _DISK_REFUSED),
    SQLITE_READONLY: (StorageFailed, _READ_ONLY),
    SQLITE_PERM: (StorageFailed, _READ_ONLY),
    SQLITE_CANTOPEN: (StorageFailed, _CANNOT_OPEN),
    SQLITE_NOMEM: (StorageFailed, _NO_MEMORY),
    SQLITE_BUSY: (VaultLocked, _BUSY),
    SQLITE_LOCKED: (VaultLocked, _BUSY),
    SQLITE_INTERRUPT: (VaultClosed, VAULT_CLOSED),
    SQLITE_CORRUPT: (VaultDamaged, _DAMAGED),
    SQLITE_NOTADB: (VaultDamaged, _DAMAGED),
}


def sorted_error(exc: Exception) -> CasebookError:
    """Our error for an exception raised by SQLite (or by the driver around it)."""
    code: Any = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _BY_CODE:
        kind, message = _BY_CODE[code & 0xFF]
        return kind(message)
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    return InternalError(f"Something went wrong inside Casebook (database error {name}); nothing was changed. "
                         "Please report it, with that code.")
