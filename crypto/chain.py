"""The MAC chain of the activity log: each entry's MAC covers the one before it.

The chain key comes from the log's own random key by HKDF with its own label,
so it is unrelated to every other key; the log key is stored wrapped under the
KEK like a record's data key, so key rotation rewraps it and the chain stays valid.
"""

from cryptography.hazmat.primitives import constant_time, hashes
from cryptography.hazmat.primitives import hmac as _hmac

from crypto import hkdf

GENESIS = "0" * 64
LOG_KEY_ID = "casebook-activity-log"  # the id its wrapping is bound to; never a record id (not a UUID)


def chain_key(log_key: bytes) -> bytes:
    """The HMAC key of the chain, derived with a label of its own."""
    return hkdf.derive_key(log_key, hkdf.LABEL_ACTIVITY)


def entry_mac(key: bytes, prev_mac: str, content: bytes) -> str:
    """HMAC-SHA256(key, previous MAC || content), as hex."""
    mac = _hmac.HMAC(key, hashes.SHA256())
    mac.update(prev_mac.encode("ascii") + b"|" + content)
    return mac.finalize().hex()


def same(a: str, b: str) -> bool:
    """Compare two MACs in constant time."""
    return constant_time.bytes_eq(a.encode("ascii", "replace"), b.encode("ascii", "replace"))
