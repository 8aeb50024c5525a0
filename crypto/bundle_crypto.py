"""The two cryptographic layers of a bundle: age encryption outside, an Ed25519 signature inside.

age (through pyrage) encrypts to colleagues' X25519 recipients or to a
passphrase (scrypt); it authenticates nobody, so the manifest inside carries
the sender's signature over a context string and the manifest's exact bytes.
"""

from collections.abc import Callable

import pyrage

from crypto.errors import CryptoError
from crypto.identity import KeyPair, PublicIdentity

AGE_HEADER = b"age-encryption.org/v1\n"
SIGNATURE_CONTEXT = b"casebook-bundle/v1 manifest signature\n"


class NotAgeFile(CryptoError):
    """The data does not start like an age file."""


class NotForThisKey(CryptoError):
    """The age file has no stanza this identity (or passphrase) opens."""


class DecryptionFailed(CryptoError):
    """The age file was damaged, truncated or altered."""


def is_age_file(data: bytes) -> bool:
    return data.startswith(AGE_HEADER)


def uses_passphrase(data: bytes) -> bool:
    """True when the age header's first stanza is a passphrase (scrypt) stanza."""
    return data[len(AGE_HEADER) :].startswith(b"-> scrypt ")


def encrypt_to(payload: bytes, age_recipients: list[str]) -> bytes:
    """Encrypt to one or more X25519 recipients (`age1...`)."""
    recipients = [pyrage.x25519.Recipient.from_str(r) for r in age_recipients]
    return bytes(pyrage.encrypt(payload, recipients))


def encrypt_with_passphrase(payload: bytes, passphrase: str) -> bytes:
    """Encrypt to a passphrase (age's scrypt recipient), for a colleague without keys."""
    return bytes(pyrage.passphrase.encrypt(payload, passphrase))


def _decrypt(data: bytes, call: Callable[[], bytes]) -> bytes:
    """Run a pyrage decryption, sorting its failures (a wrong passphrase is a DecryptionFailed)."""
    if not is_age_file(data):
        raise NotAgeFile("not an age file")
    try:
        return bytes(call())
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise NotForThisKey(str(exc)) from None
        raise DecryptionFailed(str(exc)) from None


def decrypt_with_identity(data: bytes, keys: KeyPair) -> bytes:
    return _decrypt(data, lambda: pyrage.decrypt(data, [keys.age_identity]))


def decrypt_with_passphrase(data: bytes, passphrase: str) -> bytes:
    return _decrypt(data, lambda: pyrage.passphrase.decrypt(data, passphrase))


def signing_input(manifest: bytes) -> bytes:
    """What the sender signs: the context string, then the manifest's bytes exactly."""
    return SIGNATURE_CONTEXT + manifest


def sign_manifest(keys: KeyPair, manifest: bytes) -> bytes:
    return keys.sign(signing_input(manifest))


def verify_manifest(sender: PublicIdentity, manifest: bytes, signature: bytes) -> bool:
    return sender.verify(signature, signing_input(manifest))
