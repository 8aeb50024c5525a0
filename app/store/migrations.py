"""Schema migrations, one function per `user_version` step, keyed by the version it creates.

Each step runs inside the transaction that bumps user_version, so a vault is
never left between two versions. Tests open a vault made by every earlier
version and migrate it.
"""

from collections.abc import Callable
from pathlib import Path

from app.database import Database
from app.names.sort import sort_name
from app.store import resealing
from app.store.lists import LIST_ORDERS, LISTED_KINDS


def run_script(conn: Database, script: str) -> None:
    """Run `;`-separated DDL inside the current transaction (executescript would commit)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_core(conn: Database) -> None:
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


def _v2_search(conn: Database) -> None:
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


def _v3_desktop_lists(conn: Database) -> None:
    """Indexes for the desktop's lazy lists: keyset pages by name, date or status, and recent changes."""
    run_script(
        conn,
        """
        CREATE INDEX records_page_by_name ON records(kind, deleted, sort_name, id);
        CREATE INDEX records_page_by_updated ON records(kind, deleted, updated, id);
        CREATE INDEX records_page_by_status ON records(kind, deleted, coalesce(status, ''), sort_name, id);
        CREATE INDEX records_by_updated ON records(updated, version);
        CREATE INDEX history_by_at ON history(at, version);
        """
    )


def _v4_bundles(conn: Database) -> None:
    """The vault's own identity (private halves sealed) and colleagues' public identities."""
    run_script(
        conn,
        """
        CREATE TABLE identity(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            public TEXT NOT NULL,
            sealed BLOB NOT NULL,
            created TEXT NOT NULL
        );
        CREATE TABLE contacts(
            public TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            fingerprint TEXT NOT NULL,
            verified INTEGER NOT NULL DEFAULT 0,
            added TEXT NOT NULL,
            verified_on TEXT
        );
        """
    )


def _v5_activity(conn: Database) -> None:
    """The activity log (app/vault/activity.py): append-only, enforced by triggers and checked by its MAC chain."""
    run_script(
        conn,
        """
        CREATE TABLE activity(
            pos INTEGER PRIMARY KEY,
            seq INTEGER NOT NULL,
            at TEXT NOT NULL,
            event TEXT NOT NULL,
            detail TEXT NOT NULL,
            prev TEXT NOT NULL,
            mac TEXT NOT NULL
        )
        """,
    )
    for verb in ("UPDATE", "DELETE"):
        conn.execute(f"CREATE TRIGGER activity_no_{verb.lower()} BEFORE {verb} ON activity "
                     "BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END")


def _v6_shredded(conn: Database) -> None:
    """Ids of shredded records, so that a colleague's bundle cannot bring one back."""
    conn.execute("CREATE TABLE shredded(id TEXT PRIMARY KEY) WITHOUT ROWID")


def _v7_sort_names(conn: Database) -> None:
    """Lists sort by each name's Latin form (app/search/sort.py), read from the clear display name."""
    rows = conn.execute("SELECT id, display_name FROM records").fetchall()
    conn.executemany("UPDATE records SET sort_name = ? WHERE id = ?", [(sort_name(display), rid) for rid, display in rows])


def _v8_search_grams(conn: Database) -> None:
    """How many indexed texts hold each trigram (app/search/grams.py); filled by the reindex it asks for."""
    conn.execute("CREATE TABLE IF NOT EXISTS search_grams(gram TEXT PRIMARY KEY, texts INTEGER NOT NULL) WITHOUT ROWID")
    conn.execute("UPDATE meta SET value = 'stale' WHERE key = 'search_index'")


def _v9_one_index_fewer(conn: Database) -> None:
    """records_by_kind is a prefix of records_page_by_name: one index fewer to write for every record."""
    conn.execute("DROP INDEX IF EXISTS records_by_kind")


def _v10_lean(db: Database) -> None:
    """Half the size: list indexes only for the kinds the desktop lists, references keyed by their target with
    ids as bytes, no second copy of `created`, and a trigram table without positions.

    Events, interventions and links are never listed by name, date or status,
    so they leave the list indexes (and need no sort name). References are asked
    for by target far more than by source: keyed by target, the table is its own
    index for that, and one index serves the source (app/store/references.py).
    `created` is in every sealed body and no query reads it. A substring search
    asks the trigram table for single trigrams and checks the whole query in the
    candidates itself, so the table keeps no positions and no sizes (detail=none,
    columnsize=0); it is made again empty, and the reindex this asks for at the
    next unlock fills it. Each step looks at what is there first, so the
    migration can run again harmlessly.
    """
    run_script(
        db,
        """
        DROP INDEX IF EXISTS records_page_by_name;
        DROP INDEX IF EXISTS records_page_by_updated;
        DROP INDEX IF EXISTS records_page_by_status;
        UPDATE records SET sort_name = '' WHERE kind NOT IN ('person', 'case', 'organisation') AND sort_name != '';
        DROP TABLE search_fts;
        CREATE VIRTUAL TABLE search_fts USING fts5(text, field UNINDEXED, weight UNINDEXED, tokenize = 'trigram',
                                                   detail = none, columnsize = 0);
        INSERT INTO search_fts(search_fts, rank) VALUES('secure-delete', 1);
        DELETE FROM search_docs;
        DELETE FROM search_keys;
        DELETE FROM search_grams;
        UPDATE meta SET value = 'stale' WHERE key = 'search_index'
        """,
    )
    if _columns(db, "refs")["src"] == "TEXT":
        run_script(
            db,
            """
            CREATE TABLE refs_by_target(
                dst BLOB NOT NULL,
                field TEXT NOT NULL,
                src BLOB NOT NULL,
                role TEXT NOT NULL,
                PRIMARY KEY(dst, field, src, role)
            ) WITHOUT ROWID;
            INSERT OR IGNORE INTO refs_by_target(dst, field, src, role)
                SELECT unhex(replace(dst, '-', '')), field, unhex(replace(src, '-', '')), coalesce(role, '') FROM refs;
            DROP TABLE refs;
            ALTER TABLE refs_by_target RENAME TO refs;
            CREATE INDEX refs_by_src ON refs(src)
            """,
        )
    if "created" in _columns(db, "records"):
        db.execute("ALTER TABLE records DROP COLUMN created")
    _create_list_indexes(db)


def _create_list_indexes(db: Database) -> None:
    """One partial index per listed kind and sort order (app/store/lists.py)."""
    for kind in LISTED_KINDS:
        for name, columns in LIST_ORDERS.items():
            if name != "status" or kind == "person":
                db.execute(f"CREATE INDEX IF NOT EXISTS records_{kind}_by_{name} ON records(deleted, {', '.join(columns)}) "
                           f"WHERE kind = '{kind}'")


def _v11_no_index_by_source(db: Database) -> None:
    """A fifth smaller: `refs` loses its index by source (a write reads what a record referred to from its
    stored body, app/store/references.py) but for a small one of cases' defenders; the index of recent
    changes keeps only the time (ties in a second are sorted by version as the page is read); the list
    indexes end in the rowid every index holds rather than the id."""
    run_script(
        db,
        """
        DROP INDEX IF EXISTS refs_by_src;
        CREATE INDEX IF NOT EXISTS refs_defenders ON refs(src) WHERE field = 'people' AND role = 'defender';
        DROP INDEX IF EXISTS records_by_updated;
        CREATE INDEX records_by_updated ON records(updated)
        """,
    )
    ending_in_id = "SELECT name FROM sqlite_master WHERE type = 'index' AND name GLOB 'records_*_by_*' AND sql LIKE '%, id) WHERE %'"
    for (name,) in db.execute(ending_in_id).fetchall():  # made by 10 before this step (10 now makes them as 11 does)
        db.execute(f'DROP INDEX "{name}"')
    _create_list_indexes(db)


def _v12_notes(db: Database) -> None:
    """A write's note kept once, not on every row it wrote: 20 bytes a record after an import (app/store/writing.py).

    Like every step since 10, it looks at what is there first.
    """
    db.execute("CREATE TABLE IF NOT EXISTS notes(id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE, uses INTEGER NOT NULL)")
    for table in ("records", "history"):
        if "note" in _columns(db, table):
            run_script(
                db,
                f"""
                INSERT INTO notes(text, uses) SELECT DISTINCT note, 0 FROM {table} WHERE note IS NOT NULL
                    ON CONFLICT(text) DO NOTHING;
                ALTER TABLE {table} ADD COLUMN note_id INTEGER;
                UPDATE {table} SET note_id = (SELECT id FROM notes WHERE text = note) WHERE note IS NOT NULL;
                ALTER TABLE {table} DROP COLUMN note
                """,  # noqa: S608 - fixed table names
            )
    db.execute("""UPDATE notes SET uses = counted.uses FROM (
                      SELECT note_id, count(*) AS uses FROM (SELECT note_id FROM records UNION ALL SELECT note_id FROM history)
                      GROUP BY note_id) AS counted
                  WHERE counted.note_id = notes.id""")


def _v13_seals(db: Database) -> None:
    """Earlier versions sealed as such and chunks bound to their count (app/store/resealing.py): the step needs the
    record keys, which a migration does not have, so it marks the vault and the first unlock does it."""
    resealing.mark(db)


def _v14_writers(db: Database) -> None:
    """Who may change each record from a bundle, and the changes held for review (app/sharing/trust.py).

    The writers of records imported before are read back from their import notes ("from NAME (verified), ...":
    the whole prefix, so "Ann" is not taken for "Ann (Red Cross)", and only senders verified then)
    and the contact of that name. Like every step since 10, it looks at what is there first.
    """
    run_script(
        db,
        """
        CREATE TABLE IF NOT EXISTS writers(
            record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            writer TEXT NOT NULL,
            PRIMARY KEY(record_id, writer)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS held(
            id INTEGER PRIMARY KEY,
            record_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            version TEXT NOT NULL,
            sender TEXT NOT NULL,
            reasons TEXT NOT NULL,
            received TEXT NOT NULL,
            dek BLOB,
            body BLOB NOT NULL,
            UNIQUE(record_id, version, sender)
        );
        INSERT OR IGNORE INTO writers(record_id, writer)
            SELECT written.id, contacts.public
            FROM (SELECT id, note_id FROM records UNION SELECT record_id, note_id FROM history) AS written
            JOIN notes ON notes.id = written.note_id
            JOIN contacts ON substr(notes.text, 1, length(contacts.name) + 18)
                             = 'from ' || contacts.name || ' (verified), '
        """,
    )
    db.execute("""CREATE TRIGGER IF NOT EXISTS held_goes_with_its_record AFTER DELETE ON records
                  BEGIN DELETE FROM held WHERE record_id = old.id; END""")


def _columns(db: Database, table: str) -> dict[str, str]:
    """A table's columns and their declared types."""
    return {str(row[1]): str(row[2]) for row in db.execute(f"PRAGMA table_info({table})").fetchall()}


# Version numbers are assigned per feature (search 2, desktop 3, bundles 4,
# activity log 5, shredded ids 6, sort names 7, trigram counts 8, a redundant index
# dropped 9, lean indexes 10, no index by source 11, notes 12, seals against rollback 13, bundle writers 14) so
# that work on each can proceed apart; a vault skips none.
MIGRATIONS: dict[int, Callable[[Database], None]] = {
    1: _v1_core, 2: _v2_search, 3: _v3_desktop_lists, 4: _v4_bundles, 5: _v5_activity, 6: _v6_shredded,
    7: _v7_sort_names, 8: _v8_search_grams, 9: _v9_one_index_fewer, 10: _v10_lean, 11: _v11_no_index_by_source,
    12: _v12_notes, 13: _v13_seals, 14: _v14_writers,
}
SCHEMA_VERSION = max(MIGRATIONS)


def open_database(path: Path, raw_key: bytes | None) -> Database:
    """The vault's database, brought up to this schema version."""
    return Database(path, raw_key, MIGRATIONS)
