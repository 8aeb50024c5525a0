"""Someone holding only the database key can edit rows, not seals: a rollback or a cut is refused, and check names it.

Each test plays that person with the vault's own SQLCipher connection (the
key to the pages, not the record keys): copying an earlier version over the
current one, cutting an attachment short and fixing its plain size and hash,
editing the plain columns beside a sealed body.
"""

import hashlib
from pathlib import Path

import pytest

from app.database import Database
from app.errors import IntegrityError
from app.records.change import Change
from app.store import attachments, migrations, resealing
from app.vault.check import verify
from app.vault.vault import Vault
from crypto.aead import Sealer
from crypto.vault_keys import RecordCipher, VaultKeys, body_ad, chunk_ad, history_ad, legacy_chunk_ad
from helpers.secrets import TEST_PASSPHRASE

DATA = bytes(range(256)) * 3000  # three chunks


def person_edited(vault: Vault) -> str:
    person = vault.records.apply([Change("person", {"names": ["Ding Jiaxi"], "notes": "released"})])[0]
    vault.records.apply([Change("person", {"notes": "detained again"}, id=person.id)])
    return person.id


def test_an_earlier_version_copied_over_the_current_one_is_refused(vault: Vault) -> None:
    person = person_edited(vault)
    with vault.db.transaction():
        vault.db.execute("""UPDATE records SET version = h.version, body = h.body FROM history h
                            WHERE h.record_id = records.id AND records.id = ?""", (person,))
    with pytest.raises(IntegrityError, match="failed its integrity check"):
        vault.records.get(person)
    with pytest.raises(IntegrityError, match=f"1 records do not match what is sealed in them: {person} "
                                             r"\(its body is not its current version\)"):
        verify(vault)


def test_an_attachment_cut_short_with_its_size_and_hash_edited_is_refused(vault: Vault) -> None:
    person = vault.records.apply([Change("person", {"names": ["Ding Jiaxi"]})])[0].id
    added = attachments.add(vault.records, person, "verdict.pdf", "application/pdf", DATA)
    kept = DATA[: 2 * attachments.CHUNK_BYTES]
    with vault.db.transaction():
        vault.db.execute("DELETE FROM attachment_chunks WHERE attachment_id = ? AND seq = 2", (added.id,))
        vault.db.execute("UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?",
                         (len(kept), hashlib.sha256(kept).hexdigest(), added.id))
    with pytest.raises(IntegrityError, match="An attachment failed its integrity check"):
        attachments.read(vault.records, added.id)
    with pytest.raises(IntegrityError, match=f"{person} \\(an earlier version or an attachment\\)"):
        verify(vault)


def test_an_attachment_size_edited_alone_is_found(vault: Vault) -> None:
    person = vault.records.apply([Change("person", {"names": ["Ding Jiaxi"]})])[0].id
    added = attachments.add(vault.records, person, "verdict.pdf", "application/pdf", DATA)
    vault.db.execute("UPDATE attachments SET size = 12 WHERE id = ?", (added.id,))
    with pytest.raises(IntegrityError, match="An attachment failed its integrity check"):
        attachments.read(vault.records, added.id)


def test_plain_columns_that_disagree_with_the_body_are_named_by_check(vault: Vault) -> None:
    renamed, hidden = (vault.records.apply([Change("person", {"names": [name]})])[0].id
                       for name in ("Xu Zhiyong", "Li Qiaochu"))
    assert verify(vault) == 2
    with vault.db.transaction():
        vault.db.execute("UPDATE records SET display_name = 'Someone Else', sort_name = 'someone else' WHERE id = ?",
                         (renamed,))
        vault.db.execute("UPDATE records SET deleted = 1 WHERE id = ?", (hidden,))
    with pytest.raises(IntegrityError, match="failed its integrity check"):
        vault.records.get(hidden, include_deleted=True)
    with pytest.raises(IntegrityError) as raised:
        verify(vault)
    assert f"{renamed} (display and sort names)" in str(raised.value)
    assert f"{hidden} (deleted" in str(raised.value)


# -- schema 12 → 13 -----------------------------------------------------------------------------------------


def renew(db: Database, kek: bytes, to_legacy: bool) -> None:
    """Seal every history row and chunk as schema 12 did (or back as 13 does), under the record keys."""
    cipher = RecordCipher(kek)
    for seq, record_id, kind, version, body, wrapped in db.execute(
            "SELECT h.seq, h.record_id, r.kind, h.version, h.body, r.dek FROM history h JOIN records r ON r.id = h.record_id"
    ).fetchall():
        box, ads = Sealer(cipher.unwrap_dek(record_id, wrapped)), (history_ad(record_id, kind, version),
                                                                    body_ad(record_id, kind, version))
        old, new = ads if to_legacy else ads[::-1]
        db.execute("UPDATE history SET body = ? WHERE seq = ?", (box.seal(box.open(body, old), new), seq))
    for attachment_id, seq, data, wrapped, record_id, count in db.execute(
            """SELECT c.attachment_id, c.seq, c.data, r.dek, r.id,
                      (SELECT count(*) FROM attachment_chunks n WHERE n.attachment_id = c.attachment_id)
               FROM attachment_chunks c JOIN attachments a ON a.id = c.attachment_id JOIN records r ON r.id = a.record_id"""
    ).fetchall():
        box = Sealer(cipher.unwrap_dek(record_id, wrapped))
        ads = (chunk_ad(attachment_id, seq, count), legacy_chunk_ad(attachment_id, seq))
        old, new = ads if to_legacy else ads[::-1]
        db.execute("UPDATE attachment_chunks SET data = ? WHERE attachment_id = ? AND seq = ?",
                   (box.seal(box.open(data, old), new), attachment_id, seq))


def seals(db: Database) -> list[bytes]:
    return [row[0] for row in db.execute("SELECT body FROM history UNION ALL SELECT data FROM attachment_chunks").fetchall()]


@pytest.fixture
def schema_12(vault: Vault) -> tuple[Path, VaultKeys, str, str]:
    """A closed vault as schema 12 left it: a person with an earlier version and a three-chunk attachment."""
    person = person_edited(vault)
    attachment = attachments.add(vault.records, person, "verdict.pdf", "application/pdf", DATA).id
    folder, keys = vault.folder.path, VaultKeys.from_vault_key(vault._vault_key)
    vault.close()
    older = Database(folder / "vault.db", keys.sqlcipher_key, {})
    with older.transaction():
        renew(older, keys.kek, to_legacy=True)
        older.execute("DELETE FROM meta WHERE key = ?", (resealing.PENDING,))
        older.execute("PRAGMA user_version = 12")
    older.close()
    return folder, keys, person, attachment


def test_a_schema_12_vault_is_resealed_on_unlock_and_then_refuses_the_rollback(
        schema_12: tuple[Path, VaultKeys, str, str]) -> None:
    folder, _, person, attachment = schema_12
    vault = Vault.open(folder, TEST_PASSPHRASE)
    try:
        assert vault.db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert vault.db.get_meta(resealing.PENDING) is None
        assert [e.record.fields["notes"] for e in vault.records.history(person)] == ["released", "detained again"]
        assert attachments.read(vault.records, attachment) == DATA
        assert verify(vault) == 1
        with vault.db.transaction():
            vault.db.execute("UPDATE records SET version = h.version, body = h.body FROM history h "
                             "WHERE h.record_id = records.id")
        with pytest.raises(IntegrityError):
            vault.records.get(person)
    finally:
        vault.close()


def test_resealing_again_changes_nothing(schema_12: tuple[Path, VaultKeys, str, str]) -> None:
    folder, _, _, _ = schema_12
    first = Vault.open(folder, TEST_PASSPHRASE)
    resealed = seals(first.db)
    with first.db.transaction():
        resealing.mark(first.db)
    first.close()
    again = Vault.open(folder, TEST_PASSPHRASE)
    try:
        assert seals(again.db) == resealed
        assert again.db.get_meta(resealing.PENDING) is None
        assert verify(again) == 1
    finally:
        again.close()


def test_a_reseal_that_meets_a_damaged_chunk_changes_nothing(schema_12: tuple[Path, VaultKeys, str, str]) -> None:
    folder, keys, _, attachment = schema_12
    older = Database(folder / "vault.db", keys.sqlcipher_key, {})
    with older.transaction():
        (data,) = older.execute("SELECT data FROM attachment_chunks WHERE attachment_id = ? AND seq = 2",
                                (attachment,)).fetchone()
        older.execute("UPDATE attachment_chunks SET data = ? WHERE attachment_id = ? AND seq = 2",
                      (data[:-1] + bytes([data[-1] ^ 1]), attachment))
    before = seals(older)
    older.close()
    with pytest.raises(IntegrityError, match="while being upgraded"):
        Vault.open(folder, TEST_PASSPHRASE)
    after = Database(folder / "vault.db", keys.sqlcipher_key, {})
    try:
        assert seals(after) == before, "no history row or chunk was sealed anew"
        assert after.get_meta(resealing.PENDING) is not None
    finally:
        after.close()
