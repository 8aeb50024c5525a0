"""HKDF-SHA256 with one distinct label per derived key."""

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

LABEL_SLOT = b"casebook/v1/slot-key"
LABEL_SQLCIPHER = b"casebook/v1/sqlcipher-key"
LABEL_RECORD_KEK = b"casebook/v1/record-kek"
LABEL_RECOVERY = b"casebook/v1/recovery-slot-key"
LABEL_IDENTITY = b"casebook/v1/identity-seal-key"  # from KEK: seals the vault's private identity
LABEL_ACTIVITY = b"casebook/v1/activity-log-mac"
LABEL_DURESS = b"casebook/v1/duress-check"
LABEL_KEK_CHECK = b"casebook/v1/kek-check"
LABEL_ROTATION = b"casebook/v1/rotation-wrap"


def derive_key(input_key: bytes, label: bytes, length: int = 32) -> bytes:
    """Derive a subkey from high-entropy input; `label` separates purposes."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=label).derive(input_key)


def slot_key(passphrase_key: bytes, device_secret: bytes | None) -> bytes:
    """Slot key = HKDF(PK || DS), or HKDF(PK) in passphrase-only mode."""
    return derive_key(passphrase_key + (device_secret or b""), LABEL_SLOT)
