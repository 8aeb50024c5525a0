"""The SQLCipher floor of adding records: what the database alone costs to store the very rows Casebook wrote.

The rows of the benchmark vault's `records` table (ids, clear columns, wrapped
keys, sealed bodies: the same rows and sizes) are inserted raw into a new
SQLCipher database with the same settings (app/database: raw key, WAL,
synchronous FULL, the same page cache), into a table with the same definition
and the same indexes, in transactions of the same size, and timed, in a fresh
process (its page cache is not Casebook's memory). Nothing of
Casebook's own work is in it: no validation, no sealing, no references, no
search index, no derived status. `ratio_vs_insert_floor` is Casebook's rate
over this one, measured in the same run on the same machine.
"""

import os
import time
from pathlib import Path

from app.bench.fresh import PASSPHRASE, in_fresh_process
from app.database import Database
from app.vault.vault import Vault


def _records_schema(source: Database) -> list[str]:
    """The statements that make `records` and its indexes, as the vault has them."""
    rows = source.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'records' AND type IN ('table', 'index') "
                          "AND sql IS NOT NULL "
                          "ORDER BY type = 'index', name").fetchall()
    return [str(sql) for (sql,) in rows]


def insert_floor(vault_path: Path, path: Path, batch_sizes: list[int]) -> float:
    """Records per second of inserting the records of the vault at `vault_path` (opened with the benchmark's
    passphrase), in transactions of `batch_sizes`, into a new database at `path` (in a fresh process)."""
    return in_fresh_process(_measure, str(vault_path), str(path), batch_sizes)


def _measure(vault_path: str, path: str, batch_sizes: list[int]) -> float:
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        return _insert(vault.db, Path(path), batch_sizes)
    finally:
        vault.close()


def _insert(source: Database, path: Path, batch_sizes: list[int]) -> float:
    statements = _records_schema(source)

    def make_records(db: Database) -> None:
        for sql in statements:
            db.execute(sql)

    target = Database(path, os.urandom(32), {1: make_records})
    columns = ", ".join(str(row[1]) for row in source.execute("PRAGMA table_info(records)").fetchall())
    insert = f"INSERT INTO records({columns}) VALUES({', '.join('?' * len(columns.split(', ')))})"
    read = f"SELECT rowid, {columns} FROM records WHERE rowid > ? ORDER BY rowid LIMIT ?"  # noqa: S608
    elapsed, written, last = 0.0, 0, 0
    try:
        for size in batch_sizes:
            rows = source.execute(read, (last, size)).fetchall()
            if not rows:
                break
            last = rows[-1][0]
            start = time.perf_counter()
            with target.transaction():
                target.executemany(insert, [row[1:] for row in rows])
            elapsed += time.perf_counter() - start
            written += len(rows)
    finally:
        target.close()
    return written / elapsed if elapsed else 0.0
