"""A vault's identity: an age X25519 key to receive bundles, an Ed25519 key to sign them.

The public half travels as one copy-pasteable string,

    casebook1:<age recipient>:<Ed25519 public key, base32>:<checksum>

and is compared in person through its fingerprint: six groups of five digits,
easy to read aloud in any language. The private halves never leave the vault
except sealed (AES-256-GCM) under a key the vault derives for this purpose.
"""

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from crypto import aead
from crypto.errors import AuthenticationFailed, CryptoError

PREFIX = "casebook1"
_FINGERPRINT_LABEL = b"casebook/v1/fingerprint|"
_CHECKSUM_LABEL = b"casebook/v1/identity-checksum|"
_SEAL_LABEL = b"casebook/v1/identity|"
FINGERPRINT_GROUPS = 6


class IdentityFormatError(CryptoError):
    """A public identity string is damaged, mistyped or not one at all."""


def _b32(raw: bytes) -> str:
    return base64.b32encode(raw).decode("ascii").rstrip("=").lower()


def _unb32(text: str) -> bytes:
    padded = text.upper() + "=" * (-len(text) % 8)
    return base64.b32decode(padded)


def _checksum(body: str) -> str:
    return hashlib.sha256(_CHECKSUM_LABEL + body.encode("ascii")).hexdigest()[:8]


@dataclass(frozen=True)
class PublicIdentity:
    """What a colleague needs to send us bundles and to check our signature."""

    age_recipient: str
    signing_key: bytes

    def text(self) -> str:
        """The copy-pasteable identity string, with its checksum."""
        body = f"{PREFIX}:{self.age_recipient}:{_b32(self.signing_key)}"
        return f"{body}:{_checksum(body)}"

    def __str__(self) -> str:
        return self.text()

    @classmethod
    def parse(cls, text: str) -> "PublicIdentity":
        """Read an identity string, tolerating surrounding and embedded whitespace."""
        cleaned = "".join(text.split())
        if not cleaned.isascii():
            raise IdentityFormatError("an identity holds only Latin letters, digits and ':' (a character was changed)")
        parts = cleaned.split(":")
        if len(parts) != 4 or parts[0].lower() != PREFIX:
            raise IdentityFormatError(f"an identity starts with '{PREFIX}:' and has four parts separated by ':'")
        body = ":".join([PREFIX, parts[1].lower(), parts[2].lower()])
        if _checksum(body) != parts[3].lower():
            raise IdentityFormatError("the identity's checksum does not match (a character was changed or lost)")
        try:
            pyrage.x25519.Recipient.from_str(parts[1].lower())
            signing_key = _unb32(parts[2])
            Ed25519PublicKey.from_public_bytes(signing_key)
        except (pyrage.RecipientError, ValueError) as exc:
            raise IdentityFormatError(f"the identity holds an invalid key ({exc})") from None
        return cls(parts[1].lower(), signing_key)

    @property
    def fingerprint(self) -> str:
        """Six groups of five digits (about 100 bits), read aloud to compare in person."""
        digest = hashlib.sha256(_FINGERPRINT_LABEL + self.age_recipient.encode("ascii") + b"|" + self.signing_key).digest()
        groups = [int.from_bytes(digest[i * 5 : (i + 1) * 5], "big") % 100_000 for i in range(FINGERPRINT_GROUPS)]
        return " ".join(f"{group:05d}" for group in groups)

    def verify(self, signature: bytes, message: bytes) -> bool:
        """True when `signature` is this identity's Ed25519 signature of `message`."""
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_key).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


class KeyPair:
    """The private identity of one vault; kept in memory only while the vault is open."""

    __slots__ = ("_age", "_signing")

    def __init__(self, age_identity: Any, signing: Ed25519PrivateKey) -> None:
        self._age = age_identity
        self._signing = signing

    @classmethod
    def generate(cls) -> "KeyPair":
        return cls(pyrage.x25519.Identity.generate(), Ed25519PrivateKey.generate())

    @property
    def public(self) -> PublicIdentity:
        raw = self._signing.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return PublicIdentity(str(self._age.to_public()), raw)

    @property
    def age_identity(self) -> Any:
        """The pyrage identity that decrypts bundles sent to this vault."""
        return self._age

    def age_secret_text(self) -> str:
        """The `AGE-SECRET-KEY-1...` line, for the emergency export only."""
        return str(self._age)

    def sign(self, message: bytes) -> bytes:
        return self._signing.sign(message)

    def seal(self, key: bytes) -> bytes:
        """Both private halves sealed under `key`, bound to the public identity."""
        seed = self._signing.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                           serialization.NoEncryption())
        plain = json.dumps({"age": str(self._age), "ed25519": seed.hex()}).encode("ascii")
        return aead.seal(key, plain, _SEAL_LABEL + self.public.text().encode("ascii"))

    @classmethod
    def unseal(cls, key: bytes, sealed: bytes, public_text: str) -> "KeyPair":
        """Open what `seal` made; AuthenticationFailed if key, data or public identity changed."""
        plain = aead.open_sealed(key, sealed, _SEAL_LABEL + public_text.encode("ascii"))
        data = json.loads(plain)
        pair = cls(pyrage.x25519.Identity.from_str(data["age"]),
                   Ed25519PrivateKey.from_private_bytes(bytes.fromhex(data["ed25519"])))
        if pair.public.text() != public_text:
            raise AuthenticationFailed("the sealed identity does not match its public half")
        return pair
