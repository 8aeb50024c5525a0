"""Key rotation: the steps that replace the vault key, and undoing one that was interrupted.

`Vault.rotate_keys` runs, in this order:

1. keyslots.json gets a `rotation` block: the new vault key VK' wrapped under
   the current VK, and the new slots (passphrase, new recovery key). The old
   slots stay. From here on an interruption is undone at the next unlock.
2. One transaction rewraps every record key (and the activity log's key, and
   reseals the bundle identity) from
   KEK to KEK' and stores `kek_check`, which names the KEK in use.
3. PRAGMA rekey re-encrypts every page under the new SQLCipher key (one
   transaction; the WAL is folded in before and after).
4. keyslots.json is replaced by the new slots alone: the rotation is done, and
   only now is the new recovery key shown.

A crash at any point leaves either the old keys, or a rotation block by which
any old way in (passphrase or recovery key) reaches VK' as well; `undo_interrupted`
then finds which key opens the database and which KEK wraps the record keys,
brings both back to VK, and drops the block. The vault never needs a key that
is written nowhere.
"""

from app.database import Database
from app.errors import VaultDamaged
from app.sharing import identity
from app.store.migrations import open_database
from app.vault.folder import VaultDir
from crypto import chain, keyslots
from crypto.errors import AuthenticationFailed
from crypto.vault_keys import RecordCipher, VaultKeys, identity_seal_key, kek_check

KEK_CHECK_META = "kek_check"


def rewrap_record_keys(db: Database, from_kek: bytes, to_kek: bytes) -> int:
    """Move every record key, the log key and the identity from one KEK to another, in one transaction; returns how many."""
    cipher, target = RecordCipher(from_kek), RecordCipher(to_kek)
    with db.transaction():
        rows = db.execute("SELECT rowid, id, dek FROM records ORDER BY rowid").fetchall()
        db.executemany("UPDATE records SET dek = ? WHERE rowid = ?",
                       [(cipher.rewrap_dek(record_id, wrapped, target), rowid) for rowid, record_id, wrapped in rows])
        held = db.execute("SELECT id, record_id, dek FROM held WHERE dek IS NOT NULL").fetchall()
        db.executemany("UPDATE held SET dek = ? WHERE id = ?",
                       [(cipher.rewrap_dek(record_id, wrapped, target), row) for row, record_id, wrapped in held])
        log_key = db.get_meta("activity_key")
        if log_key is not None:
            db.set_meta("activity_key", cipher.rewrap_dek(chain.LOG_KEY_ID, bytes.fromhex(log_key), target).hex())
        identity.reseal(db, identity_seal_key(from_kek), identity_seal_key(to_kek))
        db.set_meta(KEK_CHECK_META, kek_check(to_kek))
    return len(rows)


def undo_interrupted(folder: VaultDir, slots: keyslots.KeySlots, vault_key: bytes) -> None:
    """Return the database to `vault_key` after an interrupted rotation, and drop the rotation block."""
    assert slots.rotation is not None
    try:
        next_key = keyslots.unwrap_next_vault_key(slots.vault_id, vault_key, slots.rotation.next_vk)
    except AuthenticationFailed:
        raise VaultDamaged("keyslots.json holds a key rotation that does not match this vault; "
                           "restore the vault folder from a backup.") from None
    current, following = VaultKeys.from_vault_key(vault_key), VaultKeys.from_vault_key(next_key)
    try:
        db, rekeyed = open_database(folder.db, current.sqlcipher_key), False
    except VaultDamaged:
        db, rekeyed = open_database(folder.db, following.sqlcipher_key), True
    try:
        if db.get_meta(KEK_CHECK_META) == kek_check(following.kek):
            rewrap_record_keys(db, following.kek, current.kek)
        if rekeyed:
            db.rekey(current.sqlcipher_key)
    finally:
        db.close()
    slots.rotation = None
    folder.write_keyslots(slots)
