"""Shredding a record leaves none of it in any vault file, decrypted page by page, free pages included."""

import json
from pathlib import Path

import pytest

from app.errors import BadInput, NotFound
from app.records.change import Change
from app.store import attachments
from app.vault.vault import Vault
from crypto.vault_keys import VaultKeys
from helpers.cli import FAST_KDF, run
from helpers.sqlcipher_pages import database_pages, looks_like_sqlite_header, vault_plaintext

CANARIES = ["zqxshredname", "欧阳青霞", "zqxshrednote", "zqxshredfile.jpg", "zqxshredplace", "zqxshredwritenote"]


def sqlcipher_key(vault: Vault) -> bytes:
    return VaultKeys.from_vault_key(vault._vault_key).sqlcipher_key


def add_canary_person(vault: Vault) -> str:
    person = vault.records.apply([Change("person", {
        "names": [CANARIES[1], CANARIES[0]], "notes": CANARIES[2], "places": [CANARIES[4]],
    })])[0]
    vault.records.apply([Change("person", {"notes": CANARIES[2] + " confirmed"}, id=person.id)], note=CANARIES[5])
    attachments.add(vault.records, person.id, CANARIES[3], "image/jpeg", b"\xff\xd8" + b"photo " * 5000)
    return person.id


def found(blob: bytes) -> list[str]:
    return [c for c in CANARIES if c.encode("utf-8") in blob]


def secret_blobs(vault: Vault, record_id: str) -> list[bytes]:
    """The wrapped data key and every sealed body and chunk of the record, as stored."""
    conn = vault.db
    rows = conn.execute("SELECT dek, body FROM records WHERE id = ?", (record_id,)).fetchall()
    rows += conn.execute("SELECT body, body FROM history WHERE record_id = ?", (record_id,)).fetchall()
    rows += conn.execute("SELECT c.data, c.data FROM attachment_chunks c JOIN attachments a ON a.id = c.attachment_id "
                         "WHERE a.record_id = ?", (record_id,)).fetchall()
    return [bytes(blob)[:48] for row in rows for blob in row]


def test_shred_leaves_no_text_key_or_sealed_body_in_any_vault_file(vault: Vault) -> None:
    other = vault.records.apply([Change("person", {"names": ["Stays Here"]})])[0].id
    record_id = add_canary_person(vault)
    vault.records.reindex()  # the rebuilt index deletes as securely as the first one
    key, folder = sqlcipher_key(vault), vault.folder.path
    assert looks_like_sqlite_header(database_pages(folder / "vault.db", key)[0])
    assert set(found(vault_plaintext(folder, key))) == set(CANARIES)
    blobs = secret_blobs(vault, record_id)
    assert len(blobs) >= 6

    assert vault.records.shred(record_id) == "person"

    assert not (folder / "vault.db-wal").exists() or (folder / "vault.db-wal").stat().st_size == 0
    plain = vault_plaintext(folder, key)
    assert found(plain) == []
    assert [b for b in blobs if b in plain] == []
    with pytest.raises(NotFound):
        vault.records.history(record_id)
    assert vault.records.index.search(CANARIES[0]) == []
    assert vault.records.get(other).display_name == "Stays Here"
    last = vault.activity.entries()[-1]
    assert (last.event, last.detail) == ("shred", {"kind": "person"})
    vault.close()
    assert found(vault_plaintext(folder, key)) == []


def test_the_scan_sees_text_left_in_free_space_without_secure_delete(vault: Vault) -> None:
    record_id = add_canary_person(vault)
    vault.db.execute("PRAGMA secure_delete = OFF")
    vault.records.shred(record_id)
    assert found(vault_plaintext(vault.folder.path, sqlcipher_key(vault)))


def test_plain_delete_is_a_tombstone_that_keeps_history(vault: Vault) -> None:
    record_id = add_canary_person(vault)
    vault.records.delete(record_id)
    history = vault.records.history(record_id)
    assert history[-1].record.deleted and history[0].record.fields["notes"] == CANARIES[2]
    assert vault.records.shred(record_id) == "person"
    with pytest.raises(NotFound):
        vault.records.get(record_id, include_deleted=True)


def test_shred_is_refused_while_another_record_refers_to_it(vault: Vault) -> None:
    person = vault.records.apply([Change("person", {"names": ["Referred To"]})])[0].id
    case = vault.records.apply([Change("case", {"title": "A case", "people": [{"person": person, "role": "defender"}]})])[0].id
    with pytest.raises(BadInput, match="refer to this one"):
        vault.records.shred(person)
    assert vault.records.get(person).display_name == "Referred To"
    vault.records.shred(case)
    vault.records.shred(person)
    assert vault.records.count() == 0


def test_cli_delete_shred(tmp_path: Path) -> None:
    env = {"CASEBOOK_PASSPHRASE": "a long passphrase for tests"}
    path = str(tmp_path / "s.casebook")
    assert run("init", path, "--no-keyring", *FAST_KDF, env=env).code == 0
    added = run("add", path, env=env, stdin=json.dumps({"kind": "person", "names": [CANARIES[0]]}) + "\n")
    record_id = added.out.strip()
    result = run("delete", path, record_id, "--shred", env=env)
    assert result.code == 0, result.err
    assert "Shredded" in result.err and CANARIES[0] not in result.err
    assert run("show", path, record_id, env=env).code == 2
    assert run("history", path, record_id, env=env).code == 2
    assert run("delete", path, "not-an-id", "--shred", env=env).code == 2
