"""The vault's own identity for bundles, made on first use and kept sealed in the database.

The private halves are sealed twice over: inside the SQLCipher database, and
under a key derived from the vault's KEK with its own label, so a copy of the
database key alone does not yield the signing key.
"""

from app.database import Database
from app.errors import IntegrityError
from app.records.change import utc_now
from crypto.errors import AuthenticationFailed
from crypto.identity import KeyPair, PublicIdentity


class OwnIdentity:
    """This vault's key pair; `keys()` creates it the first time it is asked for."""

    def __init__(self, db: Database, seal_key: bytes) -> None:
        self._db = db
        self._seal_key = seal_key
        self._cached: KeyPair | None = None

    def keys(self) -> KeyPair:
        if self._cached is None:
            row = self._db.execute("SELECT public, sealed FROM identity WHERE id = 1").fetchone()
            if row is None:
                self._cached = self._create()
            else:
                self._cached = _unseal(self._seal_key, row[1], row[0])
        return self._cached

    def _create(self) -> KeyPair:
        pair = KeyPair.generate()
        with self._db.transaction():
            self._db.execute("INSERT INTO identity(id, public, sealed, created) VALUES(1, ?, ?, ?)",
                         (pair.public.text(), pair.seal(self._seal_key), utc_now()))
        return pair

    @property
    def public(self) -> PublicIdentity:
        return self.keys().public

    def close(self) -> None:
        """Drop the key pair and the sealing key (the vault is being locked)."""
        self._cached = None
        self._seal_key = b""


def reseal(db: Database, from_key: bytes, to_key: bytes) -> None:
    """Move the sealed identity from one sealing key to another (key rotation), inside the caller's transaction."""
    row = db.execute("SELECT public, sealed FROM identity WHERE id = 1").fetchone()
    if row is None:
        return
    pair = _unseal(from_key, row[1], row[0])
    db.execute("UPDATE identity SET sealed = ? WHERE id = 1", (pair.seal(to_key),))


def _unseal(seal_key: bytes, sealed: bytes, public: str) -> KeyPair:
    try:
        return KeyPair.unseal(seal_key, sealed, public)
    except (AuthenticationFailed, ValueError, KeyError):
        raise IntegrityError("This vault's identity failed its integrity check; restore the vault from a backup.") from None
