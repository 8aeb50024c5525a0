"""Schema migrations, one function per `user_version` step, keyed by the version it creates.

Each step runs inside the transaction that bumps user_version, so a vault is
never left between two versions. Tests open a vault made by every earlier
version and migrate it.
"""

from collections.abc import Callable
from typing import Any

Connection = Any  # sqlcipher3.dbapi2.Connection (no type stubs)


def run_script(conn: Connection, script: str) -> None:
    """Run `;`-separated DDL inside the current transaction (executescript would commit)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_core(conn: Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE records(
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            version TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            review INTEGER NOT NULL DEFAULT 0,
            display_name TEXT NOT NULL,
            sort_name TEXT NOT NULL,
            status TEXT,
            action TEXT NOT NULL,
            note TEXT,
            dek BLOB NOT NULL,
            body BLOB NOT NULL
        );
        CREATE INDEX records_by_kind ON records(kind, deleted, sort_name);
        CREATE INDEX records_by_status ON records(status) WHERE status IS NOT NULL;
        CREATE TABLE history(
            seq INTEGER PRIMARY KEY,
            record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            version TEXT NOT NULL,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            note TEXT,
            body BLOB NOT NULL
        );
        CREATE INDEX history_by_record ON history(record_id, seq);
        CREATE TABLE refs(
            src TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            dst TEXT NOT NULL,
            field TEXT NOT NULL,
            role TEXT
        );
        CREATE INDEX refs_by_src ON refs(src);
        CREATE INDEX refs_by_dst ON refs(dst, field);
        CREATE TABLE attachments(
            id TEXT PRIMARY KEY,
            record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE INDEX attachments_by_record ON attachments(record_id);
        CREATE TABLE attachment_chunks(
            attachment_id TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY(attachment_id, seq)
        );
        CREATE TABLE search_terms(
            record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            field TEXT NOT NULL,
            weight INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX search_terms_by_record ON search_terms(record_id);
        """
    )


def _v2_search(conn: Connection) -> None:
    """The search index (app/search): documents, a trigram table, name keys and the typo vocabulary.

    A record's terms in search_fts and search_keys have rowids doc * 1024 + n, so one
    rowid range holds them all and no second index is needed to remove them.
    """
    run_script(
        conn,
        """
        DROP TABLE search_terms;
        CREATE TABLE search_docs(
            doc INTEGER PRIMARY KEY,
            record_id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            held INTEGER NOT NULL,
            version TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE search_fts USING fts5(text, field UNINDEXED, weight UNINDEXED, tokenize = 'trigram');
        CREATE TABLE search_keys(key TEXT NOT NULL, cls INTEGER NOT NULL);
        CREATE INDEX search_keys_by_key ON search_keys(key, cls);
        CREATE TABLE search_typo(variant TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY(variant, word)) WITHOUT ROWID;
        INSERT INTO search_fts(search_fts, rank) VALUES('secure-delete', 1)
        """
    )
    conn.execute("INSERT INTO meta(key, value) VALUES('search_index', 'stale') "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")


# Version numbers are assigned per feature (search 2, desktop 3, bundles 4,
# activity log 5) so that work on each can proceed apart; a vault skips none.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1_core, 2: _v2_search}
SCHEMA_VERSION = max(MIGRATIONS)
