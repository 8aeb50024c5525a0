"""Schema 13's seals: earlier versions sealed as such, attachment chunks bound to how many there are.

Before schema 13 an earlier version in `history` was sealed exactly like a
current body, and a chunk bound only its index: someone holding the database
key alone could copy an earlier version over the current one, or drop an
attachment's last chunk (and edit its plain size and hash), unnoticed.
Migration 13 has no keys, so it only marks the vault; the first unlock after it
seals every history row and chunk again under the record keys, in one
transaction with clearing the mark: all of them, or none. A row found sealed
the new way already is left as it is, so running it again changes nothing.
"""

from app.database import Database
from app.errors import IntegrityError
from app.store.sealing import RecordSealer
from crypto.aead import Sealer
from crypto.errors import AuthenticationFailed
from crypto.vault_keys import body_ad, chunk_ad, history_ad, legacy_chunk_ad

PENDING = "reseal"  # meta key: the vault's history and chunks may still be sealed as before schema 13
_PAGE = 500
_DAMAGED = "The vault's earlier versions or attachments failed their integrity check while being upgraded; " \
           "restore the vault from a backup."


def mark(db: Database) -> None:
    """Migration 13: note that the seals are to be renewed at the next unlock (a mark already there stays)."""
    db.execute("INSERT INTO meta(key, value) VALUES(?, '13') ON CONFLICT(key) DO NOTHING", (PENDING,))


def reseal_pending(db: Database, sealer: RecordSealer) -> None:
    """Seal history rows and chunks the schema-13 way, if the vault is marked, in one transaction."""
    if db.get_meta(PENDING) is None:
        return
    with db.transaction():
        _reseal_history(db, sealer)
        _reseal_chunks(db, sealer)
        db.execute("DELETE FROM meta WHERE key = ?", (PENDING,))


def _renewed(key: bytes, sealed: bytes, old_ad: bytes, new_ad: bytes) -> bytes:
    """`sealed` opened with the old associated data and sealed with the new; as it is if sealed so already."""
    box = Sealer(key)
    try:
        return box.seal(box.open(sealed, old_ad), new_ad)
    except AuthenticationFailed:
        try:
            box.open(sealed, new_ad)
        except AuthenticationFailed:
            raise IntegrityError(_DAMAGED) from None
        return sealed


def _reseal_history(db: Database, sealer: RecordSealer) -> None:
    last = 0
    while rows := db.execute(
        """SELECT h.seq, h.record_id, r.kind, h.version, h.body, r.dek FROM history h JOIN records r ON r.id = h.record_id
           WHERE h.seq > ? ORDER BY h.seq LIMIT ?""", (last, _PAGE)).fetchall():
        db.executemany("UPDATE history SET body = ? WHERE seq = ?", [
            (_renewed(sealer.unwrap(record_id, wrapped), body, body_ad(record_id, kind, version),
                      history_ad(record_id, kind, version)), seq)
            for seq, record_id, kind, version, body, wrapped in rows])
        last = rows[-1][0]


def _reseal_chunks(db: Database, sealer: RecordSealer) -> None:
    last = ""
    while rows := db.execute(
        """SELECT a.id, a.record_id, r.dek FROM attachments a JOIN records r ON r.id = a.record_id
           WHERE a.id > ? ORDER BY a.id LIMIT ?""", (last, _PAGE)).fetchall():
        for attachment_id, record_id, wrapped in rows:
            key = sealer.unwrap(record_id, wrapped)
            chunks = db.execute("SELECT seq, data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
                                (attachment_id,)).fetchall()
            db.executemany("UPDATE attachment_chunks SET data = ? WHERE attachment_id = ? AND seq = ?", [
                (_renewed(key, data, legacy_chunk_ad(attachment_id, seq), chunk_ad(attachment_id, seq, len(chunks))),
                 attachment_id, seq)
                for seq, data in chunks])
        last = rows[-1][0]
