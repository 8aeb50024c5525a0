"""Attachments (photos, scans, PDFs) stored inside the database as sealed chunks.

Chunks are sealed under the owning record's data key, so shredding the record
destroys its attachments too; each binds its index and the number of chunks, so
none can be dropped or reordered unnoticed, and the plain size and hash beside
them must match what they open to. Contents are only ever returned as bytes in
memory: nothing is written to a temporary file.
"""

import hashlib
import uuid
from dataclasses import dataclass

from app import faults
from app.errors import BadInput, IntegrityError, NotFound
from app.records.change import utc_now
from app.store import Repository
from crypto.aead import Sealer
from crypto.errors import AuthenticationFailed
from crypto.vault_keys import chunk_ad

CHUNK_BYTES = 256 * 1024
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Attachment:
    id: str
    record_id: str
    name: str
    media_type: str
    size: int
    sha256: str
    created: str


def _record_dek(repo: Repository, record_id: str) -> bytes:
    row = repo.db.execute("SELECT dek FROM records WHERE id = ? AND deleted = 0", (record_id,)).fetchone()
    if row is None:
        raise NotFound(f"No record with id {record_id} in this vault.")
    return repo.sealer.unwrap(record_id, row[0])


def add(repo: Repository, record_id: str, name: str, media_type: str, data: bytes,
        attachment_id: str | None = None) -> Attachment:
    """Seal `data` in chunks under the record's key, in one transaction."""
    if len(data) > MAX_BYTES:
        raise BadInput(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB; attach a smaller copy.")
    attachment = Attachment(attachment_id or str(uuid.uuid4()), record_id, name, media_type, len(data),
                            hashlib.sha256(data).hexdigest(), utc_now())
    with repo.db.transaction():
        insert(repo, attachment, data)
    return attachment


def insert(repo: Repository, attachment: Attachment, data: bytes) -> None:
    """Seal and db an attachment inside the caller's transaction (add, bundle import)."""
    sealer = Sealer(_record_dek(repo, attachment.record_id))
    repo.db.execute(
        "INSERT INTO attachments(id, record_id, name, media_type, size, sha256, created) VALUES(?,?,?,?,?,?,?)",
        (attachment.id, attachment.record_id, attachment.name, attachment.media_type, attachment.size,
         attachment.sha256, attachment.created),
    )
    offsets = range(0, max(len(data), 1), CHUNK_BYTES)
    repo.db.executemany(
        "INSERT INTO attachment_chunks(attachment_id, seq, data) VALUES(?, ?, ?)",
        faults.each("attachment-chunk", (
            (attachment.id, seq, sealer.seal(data[offset : offset + CHUNK_BYTES], chunk_ad(attachment.id, seq, len(offsets))))
            for seq, offset in enumerate(offsets)
        )),
    )


def list_for(repo: Repository, record_id: str) -> list[Attachment]:
    rows = repo.db.execute(
        "SELECT id, record_id, name, media_type, size, sha256, created FROM attachments WHERE record_id = ? "
        "ORDER BY created, name", (record_id,)
    ).fetchall()
    return [Attachment(*row) for row in rows]


def read(repo: Repository, attachment_id: str) -> bytes:
    """The attachment's bytes, in memory, after checking every chunk and the hash."""
    row = repo.db.execute("SELECT record_id, sha256, size FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise NotFound("That attachment is not in this vault.")
    sealer = Sealer(_record_dek(repo, row[0]))
    chunks = repo.db.execute(
        "SELECT seq, data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq", (attachment_id,)
    ).fetchall()
    try:
        data = b"".join(sealer.open(blob, chunk_ad(attachment_id, seq, len(chunks))) for seq, blob in chunks)
    except AuthenticationFailed:
        data = None
    if data is None or hashlib.sha256(data).hexdigest() != row[1] or len(data) != row[2]:
        raise IntegrityError("An attachment failed its integrity check; restore the vault from a backup.")
    return data


def exists(repo: Repository, attachment_id: str) -> bool:
    return repo.db.execute("SELECT 1 FROM attachments WHERE id = ?", (attachment_id,)).fetchone() is not None


def remove(repo: Repository, attachment_id: str) -> None:
    with repo.db.transaction():
        repo.db.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
