"""Attachments are sealed chunks inside the database, read back into memory only."""

import pytest

from app.errors import IntegrityError
from app.records.change import Change
from app.store import attachments
from app.vault.vault import Vault


def test_attachment_round_trip_in_chunks(vault: Vault) -> None:
    pid = vault.records.apply([Change("person", {"names": ["伊力哈木"]})])[0].id
    data = bytes(range(256)) * 3000  # several chunks
    added = attachments.add(vault.records, pid, "detention-notice.pdf", "application/pdf", data)
    assert [a.name for a in attachments.list_for(vault.records, pid)] == ["detention-notice.pdf"]
    assert attachments.read(vault.records, added.id) == data
    chunks = vault.db.execute("SELECT count(*) FROM attachment_chunks WHERE attachment_id = ?", (added.id,)).fetchone()[0]
    assert chunks == 3


def test_tampered_chunk_is_an_integrity_error(vault: Vault) -> None:
    pid = vault.records.apply([Change("person", {"names": ["伊力哈木"]})])[0].id
    added = attachments.add(vault.records, pid, "photo.jpg", "image/jpeg", b"\xff\xd8 not really a photo")
    (blob,) = vault.db.execute("SELECT data FROM attachment_chunks").fetchone()
    tampered = blob[:20] + bytes([blob[20] ^ 1]) + blob[21:]
    vault.db.execute("UPDATE attachment_chunks SET data = ?", (tampered,))
    with pytest.raises(IntegrityError):
        attachments.read(vault.records, added.id)
