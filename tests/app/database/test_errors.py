"""SQLite's failures reach the user as our errors, sorted by result code, never as SQLite's own exceptions."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from app.database import Database
from app.database.errors import sorted_error
from app.errors import InternalError, StorageFailed, VaultDamaged, VaultLocked


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "vault.db", os.urandom(32), {1: lambda db: db.execute("CREATE TABLE notes(text TEXT)")})
    yield database
    database.close()


def test_a_full_database_is_the_disk_full_sentence(db: Database) -> None:
    db.execute("CREATE TABLE big(x BLOB)")
    page_count = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {page_count + 2}")
    with pytest.raises(StorageFailed, match="disk is full"), db.transaction():
        db.execute("INSERT INTO big VALUES(randomblob(200000))")
    assert db.execute("SELECT count(*) FROM big").fetchone()[0] == 0


def test_a_refused_write_says_read_only(db: Database) -> None:
    db.execute("PRAGMA query_only = ON")
    with pytest.raises(StorageFailed, match="read-only"):
        db.execute("INSERT INTO notes VALUES('x')")


def test_the_wrong_key_says_damaged_or_wrong_key(tmp_path: Path) -> None:
    Database(tmp_path / "vault.db", os.urandom(32)).close()
    with pytest.raises(VaultDamaged, match="damaged or was not opened with the right key"):
        Database(tmp_path / "vault.db", os.urandom(32))


def test_another_process_holding_the_write_lock_says_busy(tmp_path: Path) -> None:
    # Unkeyed, so that a second, raw connection can open it.
    plain = Database(tmp_path / "plain.db", None, {1: lambda db: db.execute("CREATE TABLE notes(text TEXT)")})
    holder = sqlcipher3.connect(str(plain.path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        plain.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(VaultLocked, match="busy in another process"):
            plain.execute("INSERT INTO notes VALUES('x')")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        plain.close()


def test_a_bug_becomes_an_internal_error_naming_only_the_code(db: Database) -> None:
    with pytest.raises(InternalError, match=r"database error SQLITE_ERROR\)") as caught:
        db.execute("SELEC 1 FROM nowhere")
    assert "SELEC" not in str(caught.value) and "nowhere" not in str(caught.value)


class _Reported(Exception):
    """An SQLite error as the driver reports it: a code, and words we must not rely on."""

    def __init__(self, code: int, name: str) -> None:
        super().__init__("words that say nothing useful")
        self.sqlite_errorcode = code
        self.sqlite_errorname = name


@pytest.mark.parametrize(("code", "name", "expected"), [
    (13, "SQLITE_FULL", StorageFailed),
    (10 | (4 << 8), "SQLITE_IOERR_WRITE", StorageFailed),  # an extended code sorts by its primary code
    (8 | (3 << 8), "SQLITE_READONLY_ROLLBACK", StorageFailed),
    (5, "SQLITE_BUSY", VaultLocked),
    (26, "SQLITE_NOTADB", VaultDamaged),
    (11, "SQLITE_CORRUPT", VaultDamaged),
    (19 | (7 << 8), "SQLITE_CONSTRAINT_TRIGGER", InternalError),
    (999, "SQLITE_UNHEARD_OF", InternalError),
])
def test_errors_are_sorted_by_code_not_by_message(code: int, name: str, expected: type[Exception]) -> None:
    error = sorted_error(_Reported(code, name))
    assert type(error) is expected
    if expected is InternalError:
        assert name in str(error)
