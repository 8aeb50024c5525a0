"""Errors raised by the crypto layer.

`app/` translates these into its own user-facing errors, because only the
caller knows what a failed tag means (a wrong passphrase, a damaged file, ...).
"""


class CryptoError(Exception):
    """Base of every error this package raises."""


class AuthenticationFailed(CryptoError):
    """An AEAD tag did not verify: wrong key, or the data or its context changed."""


class KeyringUnavailable(CryptoError):
    """There is no usable OS keyring on this machine (keyring's fail backend)."""


class KeyringFailed(CryptoError):
    """The OS keyring exists but refused or failed (locked, D-Bus error, ...)."""


class DeviceSecretMissing(CryptoError):
    """The keyring works but holds no device secret for this vault."""
