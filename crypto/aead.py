"""Authenticated encryption: AES-256-GCM with a random 96-bit nonce.

Every key here (vault key, record data keys, slot keys) encrypts a modest number
of messages, far below the random-nonce limit of AES-GCM.
"""

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from crypto.errors import AuthenticationFailed

KEY_BYTES = 32
NONCE_BYTES = 12


def new_key() -> bytes:
    """Return a fresh random 256-bit key."""
    return os.urandom(KEY_BYTES)


class Sealer:
    """One key, reused for many seal/open calls without rebuilding the cipher."""

    __slots__ = ("_cipher",)

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("AES-256-GCM needs a 32-byte key")
        self._cipher = AESGCM(key)

    def seal(self, plaintext: bytes, associated_data: bytes) -> bytes:
        """Encrypt and authenticate; the nonce is prepended to the result."""
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._cipher.encrypt(nonce, plaintext, associated_data)

    def open(self, sealed: bytes, associated_data: bytes) -> bytes:
        """Decrypt, or raise AuthenticationFailed if anything was changed."""
        if len(sealed) < NONCE_BYTES + 16:
            raise AuthenticationFailed("sealed data is too short")
        try:
            return self._cipher.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated_data)
        except InvalidTag:
            raise AuthenticationFailed("authentication failed") from None


def seal(key: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    """Seal once with `key` (see Sealer.seal)."""
    return Sealer(key).seal(plaintext, associated_data)


def open_sealed(key: bytes, sealed: bytes, associated_data: bytes) -> bytes:
    """Open once with `key` (see Sealer.open)."""
    return Sealer(key).open(sealed, associated_data)
