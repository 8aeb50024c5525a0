"""The one owner of the SQLCipher connection: every statement of the process runs here, one thread at a time.

Opens `vault.db` with a raw key (no second KDF), sets the PRAGMAs the design
requires and runs the migrations it is given (the record store owns the schema:
app/store/migrations.py). One re-entrant lock makes concurrent use
impossible: a statement or a transaction holds it, and another thread waits
for it. The GUI thread waits a moment at most and then gets `VaultBusy`, so a
long import on the pool never freezes a window; pool threads wait much longer.
A transaction opened inside another on the same thread joins it (the outer one
commits or rolls back the whole). SQLite's errors become ours (app/database/errors.py).
"""

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import sqlcipher3

from app import faults
from app.database.errors import VAULT_CLOSED, sorted_error
from app.errors import VaultBusy, VaultClosed, VaultDamaged

log = logging.getLogger("casebook.database")

Error = sqlcipher3.dbapi2.Error

MAIN_THREAD_WAIT_S = 1.0
WORKER_WAIT_S = 600.0
CLOSE_WAIT_S = 2.0
Migrations = Mapping[int, Callable[["Database"], None]]
_BUSY = ("Casebook is still busy with another task on this vault (an import, an export or demo data); "
         "wait for it to finish and try again. Nothing was changed.")


class Rows:
    """The rows of one statement, already fetched (SQLite reads pages lazily, so fetching here sorts its errors here)."""

    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows

    def fetchone(self) -> Any:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[Any]:
        return self._rows


def _connect(path: Path, raw_key: bytes | None) -> Any:
    """A connection to `path`, keyed with the raw SQLCipher key (no key: a plain database)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    if raw_key is not None:
        # SQLCipher would print its own lines to stderr (e.g. a failed page HMAC); our error says it once.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
    return conn


class Database:
    """An open, keyed SQLCipher database at the current schema version."""

    def __init__(self, path: Path, raw_key: bytes | None, migrations: Migrations | None = None) -> None:
        """Open with the raw SQLCipher key and bring the schema up to date with `migrations` (by the version each makes).

        A raw key of None opens a plain database (only `casebook bench` does, for comparison).
        """
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self._closing = False
        self._conn: Any = None
        try:
            self._conn = _connect(path, raw_key)
            self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            self._conn.execute("PRAGMA temp_store = MEMORY")
            self._conn.execute("PRAGMA secure_delete = ON")
            self._conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a commit is on disk before it is acknowledged, even if the power fails next.
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA busy_timeout = 2000")
            # 128 MiB of pages kept decrypted in memory: search reads the same index pages again and
            # again, and at 100,000 people the pages it uses outgrow 64 MiB, so that every search paid
            # for decrypting some of them again (1.8x the plain copy's time; 1.0x at 128 MiB).
            self._conn.execute("PRAGMA cache_size = -131072")
            self._migrate(migrations or {})
        except Error as exc:
            self.close()
            raise sorted_error(exc) from None
        except BaseException:
            self.close()
            raise

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def _migrate(self, migrations: Migrations) -> None:
        current = self.execute("PRAGMA user_version").fetchone()[0]
        if current > max(migrations, default=current):
            raise VaultDamaged("This vault was written by a newer Casebook; update Casebook to open it.")
        for version in sorted(v for v in migrations if v > current):
            with self.transaction():
                migrations[version](self)
                faults.point("migration")
                self.execute(f"PRAGMA user_version = {version}")
            log.info("migrated vault schema to version %d", version)

    @contextlib.contextmanager
    def _held(self) -> Iterator[Any]:
        """The connection, with the lock held by this thread for as long as the block runs."""
        wait = MAIN_THREAD_WAIT_S if threading.current_thread() is threading.main_thread() else WORKER_WAIT_S
        if not self._lock.acquire(timeout=wait):
            raise VaultBusy(_BUSY)
        try:
            if self._conn is None or self._closing:
                raise VaultClosed(VAULT_CLOSED)
            yield self._conn
        finally:
            self._lock.release()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: all or nothing. Inside another, joins it."""
        with self._held() as conn:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
            except Error as exc:
                raise sorted_error(exc) from None
            self._depth = 1
            try:
                faults.point("transaction-begun")
                yield
                faults.point("before-commit")
                conn.execute("COMMIT")
                faults.point("after-commit")
            except BaseException as exc:
                with contextlib.suppress(Error):
                    conn.execute("ROLLBACK")
                if isinstance(exc, Error):
                    raise sorted_error(exc) from None
                raise
            finally:
                self._depth = 0

    def execute(self, sql: str, params: Any = ()) -> Rows:
        """Run one statement and fetch its rows."""
        with self._held() as conn:
            try:
                return Rows(conn.execute(sql, params).fetchall())
            except Error as exc:
                raise sorted_error(exc) from None

    def executemany(self, sql: str, rows: Iterable[Any]) -> None:
        """Run one statement for each row of parameters."""
        with self._held() as conn:
            try:
                conn.executemany(sql, rows)
            except Error as exc:
                raise sorted_error(exc) from None

    def pages(self, sql: str, params: Any = (), size: int = 2000) -> Iterator[list[Any]]:
        """The rows of one statement a page at a time, read as the caller goes; inside a transaction only."""
        if not self._depth:
            raise RuntimeError("Database.pages runs inside a transaction")
        with self._held() as conn:
            try:
                cursor = conn.execute(sql, params)
                while page := cursor.fetchmany(size):
                    yield page
            except Error as exc:
                raise sorted_error(exc) from None

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

    def backup_to(self, path: Path, raw_key: bytes) -> None:
        """Copy every page into a new database at `path` keyed with `raw_key`: SQLite's online backup, in one step,
        so from one read snapshot (a writer on another connection goes on meanwhile; WAL keeps the snapshot whole)."""
        with self._held() as conn:
            target = None
            try:
                target = _connect(path, raw_key)
                conn.backup(target)
            except Error as exc:
                raise sorted_error(exc) from None
            finally:
                if target is not None:
                    target.close()

    def close(self) -> None:
        """Close the connection; a task still using it stops at its next statement, its transaction rolled back."""
        conn = self._conn
        if conn is None:
            return
        self._closing = True
        if not self._lock.acquire(timeout=CLOSE_WAIT_S):
            conn.interrupt()  # a statement running on another thread stops with SQLITE_INTERRUPT
            self._lock.acquire()
        try:
            with contextlib.suppress(Error):
                conn.close()
            self._conn = None
        finally:
            self._lock.release()
