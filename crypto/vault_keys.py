"""Keys derived from the vault key VK, and per-record data keys.

From VK, by HKDF with distinct labels: the raw SQLCipher key and the record-key
wrapping key KEK. Each record has its own random data key DEK, stored wrapped
under KEK (associated data: the record id); its body is sealed with the DEK and
associated data binding id, kind and version, and whether it is the current
body or an earlier one in history; an attachment's chunks bind their index and count.
"""

from dataclasses import dataclass

from crypto import aead, hkdf


@dataclass(frozen=True)
class VaultKeys:
    """The keys an unlocked vault needs; dropped on lock."""

    sqlcipher_key: bytes
    kek: bytes

    @property
    def identity_key(self) -> bytes:
        return identity_seal_key(self.kek)

    @classmethod
    def from_vault_key(cls, vault_key: bytes) -> "VaultKeys":
        return cls(
            sqlcipher_key=hkdf.derive_key(vault_key, hkdf.LABEL_SQLCIPHER),
            kek=hkdf.derive_key(vault_key, hkdf.LABEL_RECORD_KEK),
        )


def identity_seal_key(kek: bytes) -> bytes:
    """Seals the vault's private identity (bundles): derived from KEK with its own label."""
    return hkdf.derive_key(kek, hkdf.LABEL_IDENTITY)


def kek_check(kek: bytes) -> str:
    """A public value naming which KEK wraps the record keys (an interrupted key rotation checks it)."""
    return hkdf.derive_key(kek, hkdf.LABEL_KEK_CHECK, 16).hex()


def dek_ad(record_id: str) -> bytes:
    return b"casebook/v1/dek|" + record_id.encode()


def body_ad(record_id: str, kind: str, version: str) -> bytes:
    return f"casebook/v1/body|{record_id}|{kind}|{version}".encode()


def history_ad(record_id: str, kind: str, version: str) -> bytes:
    """An earlier version kept in history: never opens as a record's current body, so it cannot be copied back."""
    return f"casebook/v1/history|{record_id}|{kind}|{version}".encode()


def chunk_ad(attachment_id: str, index: int, count: int) -> bytes:
    """Chunk `index` of `count`: a chunk deleted from the end fails the others' check."""
    return f"casebook/v2/chunk|{attachment_id}|{index}|{count}".encode()


def legacy_chunk_ad(attachment_id: str, index: int) -> bytes:
    """How chunks were sealed before schema 13, without their count (read only to reseal them)."""
    return f"casebook/v1/chunk|{attachment_id}|{index}".encode()


class RecordCipher:
    """Wraps DEKs under KEK and seals record bodies under their DEK."""

    def __init__(self, kek: bytes) -> None:
        self._kek = aead.Sealer(kek)

    def new_wrapped_dek(self, record_id: str) -> tuple[bytes, bytes]:
        """Return (dek, wrapped_dek) for a new record."""
        dek = aead.new_key()
        return dek, self._kek.seal(dek, dek_ad(record_id))

    def unwrap_dek(self, record_id: str, wrapped_dek: bytes) -> bytes:
        return self._kek.open(wrapped_dek, dek_ad(record_id))

    def rewrap_dek(self, record_id: str, wrapped_dek: bytes, target: "RecordCipher") -> bytes:
        """Move a DEK from this KEK to the target's (key rotation)."""
        return target._kek.seal(self.unwrap_dek(record_id, wrapped_dek), dek_ad(record_id))
