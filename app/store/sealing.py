"""Each record's own data key, and its body sealed under it.

Each record has its own data key (DEK), wrapped under the vault's KEK; its body
(app/store/bodies.py: compact, compressed) is sealed under the DEK with
associated data binding id, kind and version, and every earlier version is kept
in `history`, sealed under the same DEK, so that destroying one DEK destroys
the record and its whole past. An earlier version is sealed as such (a different
associated data), so someone holding only the database key cannot copy it back
over the current body to roll the record back; the plain `deleted` column beside
a body must agree with it.
"""

from typing import Any

from app.errors import IntegrityError
from app.records.record import Record
from app.store import bodies
from crypto.aead import Sealer
from crypto.errors import AuthenticationFailed
from crypto.vault_keys import RecordCipher, body_ad, history_ad

# The columns `RecordSealer.record` reads a record from, in its order.
RECORD_COLUMNS = "id, kind, version, review, dek, body, deleted"
_TAMPERED = "A record failed its integrity check (the vault was damaged or tampered with); restore the vault from a backup."


class RecordSealer:
    """Seals and opens record bodies under their data keys, which it wraps under the KEK."""

    def __init__(self, kek: bytes) -> None:
        self._cipher = RecordCipher(kek)

    def new_key(self, record_id: str) -> tuple[bytes, bytes]:
        """A fresh data key for a new record: (key, key wrapped under the KEK)."""
        return self._cipher.new_wrapped_dek(record_id)

    def unwrap(self, record_id: str, wrapped: bytes) -> bytes:
        try:
            return self._cipher.unwrap_dek(record_id, wrapped)
        except AuthenticationFailed:
            raise IntegrityError("A record's key failed its integrity check (the vault was damaged or tampered "
                                 "with); restore the vault from a backup.") from None

    def seal(self, record: Record, dek: bytes) -> bytes:
        """The record's body sealed as its current version."""
        return Sealer(dek).seal(bodies.encode(record), body_ad(record.id, record.kind, record.version))

    def seal_past(self, encoded: bytes, dek: bytes, record_id: str, kind: str, version: str) -> bytes:
        """An encoded body (app/store/bodies.py) sealed as an earlier version, for history."""
        return Sealer(dek).seal(encoded, history_ad(record_id, kind, version))

    def open(self, record_id: str, kind: str, version: str, dek: bytes, body: bytes, review: bool = False, *,
             past: bool = False) -> Record:
        """The record a sealed body holds: the current version, or (`past`) an earlier one kept in history."""
        try:
            plain = Sealer(dek).open(body, (history_ad if past else body_ad)(record_id, kind, version))
        except AuthenticationFailed:
            raise IntegrityError(_TAMPERED) from None
        return bodies.decode(plain, (record_id, kind, version), review)

    def record(self, row: Any) -> Record:
        """The record of a row read as RECORD_COLUMNS; one whose `deleted` column disagrees with its body is refused."""
        record_id, kind, version, review, wrapped, body, deleted = row
        record = self.open(record_id, kind, version, self.unwrap(record_id, wrapped), body, bool(review))
        if record.deleted != bool(deleted):
            raise IntegrityError(_TAMPERED)
        return record

    def forget(self) -> None:
        """Drop the KEK (the vault is being locked)."""
        self._cipher = RecordCipher(b"\0" * 32)
