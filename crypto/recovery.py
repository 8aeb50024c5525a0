"""Recovery keys: random, shown once as groups of characters a person can copy by hand."""

import base64
import os

from crypto.errors import CryptoError

RECOVERY_BYTES = 25  # 200 bits, 40 base32 characters
GROUP = 5


def new_recovery_key() -> str:
    """Return a fresh recovery key formatted as eight dash-separated groups."""
    text = base64.b32encode(os.urandom(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def recovery_key_bytes(recovery_key: str) -> bytes:
    """Decode a recovery key typed with any spacing, dashes or letter case."""
    cleaned = "".join(ch for ch in recovery_key.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(cleaned) != RECOVERY_BYTES * 8 // 5:
        raise CryptoError("a recovery key has 40 letters and digits")
    try:
        return base64.b32decode(cleaned)
    except ValueError:
        raise CryptoError("a recovery key uses only the letters A-Z and digits 2-7") from None
