"""The one module that owns the SQLCipher connection.

Opens `vault.db` with a raw key (no second KDF), sets the PRAGMAs the design
requires, runs migrations, and sorts SQLite errors into the user's problem
(disk full, busy, not a database) and ours (everything else is a bug).
"""

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import StorageFailed, VaultDamaged, VaultLocked
from app.store import migrations

log = logging.getLogger("casebook.store")

DatabaseError = sqlcipher3.dbapi2.DatabaseError


def translate(exc: Exception) -> Exception:
    """Map an SQLite error to one of our errors when it is the environment's fault."""
    text = str(exc).lower()
    if "full" in text:
        return StorageFailed("The disk is full: nothing was changed. Free some space on the disk that holds the vault "
                             "and try again.")
    if "disk i/o" in text:
        return StorageFailed("The disk refused the write (it may be full, failing or limiting file sizes); nothing was "
                             "changed. Free some space or check the disk, then try again.")
    if "readonly" in text or "read-only" in text:
        return StorageFailed("The vault's folder or disk is read-only, so nothing was changed; make it writable and "
                             "try again.")
    if "locked" in text or "busy" in text:
        return VaultLocked("The vault is busy in another process; close Casebook there and try again.")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return VaultDamaged("The vault database is damaged or was not opened with the right key; "
                            "restore it from a backup.")
    return exc


class Rows:
    """The rows of one statement, already fetched."""

    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows

    def fetchone(self) -> Any:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[Any]:
        return self._rows


class Store:
    """An open, keyed SQLCipher database at the current schema version."""

    def __init__(self, path: Path, raw_key: bytes | None) -> None:
        """Open with the raw SQLCipher key; None opens a plain database (only `casebook bench` does, for comparison)."""
        self.path = path
        try:
            self.conn: Any = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
            if raw_key is not None:
                # SQLCipher would print its own lines to stderr (e.g. a failed page HMAC); our error says it once.
                self.conn.execute("PRAGMA cipher_log_level = NONE")
                self.conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
                self.conn.execute("PRAGMA cipher_compatibility = 4")
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            self.conn.execute("PRAGMA temp_store = MEMORY")
            self.conn.execute("PRAGMA secure_delete = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a commit is on disk before it is acknowledged, even if the power fails next.
            self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 2000")
            # 128 MiB of pages kept decrypted in memory: search reads the same index pages again and
            # again, and at 100,000 people the pages it uses outgrow 64 MiB, so that every search paid
            # for decrypting some of them again (1.8x the plain copy's time; 1.0x at 128 MiB).
            self.conn.execute("PRAGMA cache_size = -131072")
            self._migrate()
        except DatabaseError as exc:
            self.close()
            raise translate(exc) from None

    def _migrate(self) -> None:
        current = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if current > migrations.SCHEMA_VERSION:
            raise VaultDamaged("This vault was written by a newer Casebook; update Casebook to open it.")
        for version in sorted(v for v in migrations.MIGRATIONS if v > current):
            with self.transaction():
                migrations.MIGRATIONS[version](self.conn)
                self.conn.execute(f"PRAGMA user_version = {version}")
            log.info("migrated vault schema to version %d", version)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: all or nothing."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except DatabaseError as exc:
            raise translate(exc) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(DatabaseError):
                self.conn.execute("ROLLBACK")
            if isinstance(exc, DatabaseError):
                raise translate(exc) from None
            raise

    def execute(self, sql: str, params: Any = ()) -> "Rows":
        """Run one statement and fetch its rows here, where a damaged page becomes our error.

        SQLite reads pages lazily, while rows are fetched: a cursor handed out
        would raise SQLite's own error later, in the caller.
        """
        try:
            return Rows(self.conn.execute(sql, params).fetchall())
        except DatabaseError as exc:
            raise translate(exc) from None

    def get_meta(self, key: str) -> str | None:
        row = self.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.execute("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (key, value))

    def integrity_problems(self) -> list[str]:
        """SQLCipher's page checks (structure and every page's HMAC); [] when the database is sound."""
        rows = self.execute("PRAGMA integrity_check").fetchall()
        problems = [str(r[0]) for r in rows if r[0] != "ok"]
        return problems + [str(r[0]) for r in self.execute("PRAGMA cipher_integrity_check").fetchall()]

    def checkpoint(self) -> None:
        """Fold the WAL back into the database file and truncate it."""
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def rekey(self, raw_key: bytes) -> None:
        """Re-encrypt every page under a new raw key (SQLCipher's PRAGMA rekey, one transaction), WAL folded in first and after."""
        self.checkpoint()
        self.execute(f"PRAGMA rekey = \"x'{raw_key.hex()}'\"")
        self.checkpoint()

    def close(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            with contextlib.suppress(DatabaseError):
                conn.close()
            self.conn = None
