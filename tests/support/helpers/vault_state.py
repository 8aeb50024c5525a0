"""What a vault holds, as a user would check it after a fault: intact, readable, and unchanged or not."""

import hashlib
from typing import Any

from app.vault.vault import Vault

UNLOCK_EVENTS = ("unlock", "failed-unlock")


def table_digest(conn: Any) -> dict[str, str]:
    """A hash of every row of every table: equal digests mean an unchanged vault.

    Opening a vault logs the unlock (and moves the log's head in `meta`), even when the command then
    fails; those rows are left out, so a digest taken after another unlock still compares.
    """
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()]
    where = {"activity": f"WHERE event NOT IN {UNLOCK_EVENTS}", "meta": "WHERE key != 'activity_head'"}
    digest = {}
    for table in tables:
        columns = "seq, at, event, detail" if table == "activity" else "*"
        rows = conn.execute(f'SELECT {columns} FROM "{table}" {where.get(table, "")}').fetchall()  # noqa: S608 - fixed names
        digest[table] = hashlib.sha256(repr(sorted(rows, key=repr)).encode()).hexdigest()
    return digest


def check_readable(vault: Vault, history_of: set[str] | None = None) -> dict[str, str]:
    """Every record decrypts, and every earlier version of those in `history_of` (default: all).

    Returns id -> current version.
    """
    versions = {}
    for record in vault.records.iter_records(include_deleted=True):
        if history_of is None or record.id in history_of:
            history = vault.records.history(record.id)
            assert history[-1].version == record.version, record.id
        versions[record.id] = record.version
    return versions
