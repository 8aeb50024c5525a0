"""The device secret DS: 32 random bytes per vault, kept in the OS keyring.

It is a second factor beside the passphrase, so a copied vault folder cannot be
opened by guessing the passphrase alone. One small entry per vault.
"""

import base64
import os

import keyring
import keyring.backends.fail
import keyring.errors

from crypto.errors import DeviceSecretMissing, KeyringFailed, KeyringUnavailable

SERVICE = "Casebook vault device secret"
SECRET_BYTES = 32


def keyring_available() -> bool:
    """True when keyring found a real backend (not its fail backend)."""
    backend = keyring.get_keyring()
    return not isinstance(backend, keyring.backends.fail.Keyring) and backend.priority > 0


def keyring_name() -> str:
    """A human name for the active backend, for messages."""
    backend = keyring.get_keyring()
    return str(getattr(backend, "name", type(backend).__name__))


def _require_keyring() -> None:
    if not keyring_available():
        raise KeyringUnavailable("no OS keyring is available")


def create(vault_id: str) -> bytes:
    """Make and store a new device secret for `vault_id`."""
    _require_keyring()
    secret = os.urandom(SECRET_BYTES)
    try:
        keyring.set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))
    except keyring.errors.KeyringError as exc:
        raise KeyringFailed(str(exc) or type(exc).__name__) from None
    return secret


def load(vault_id: str) -> bytes:
    """Read the device secret; distinguishes no keyring, failing keyring, no entry."""
    _require_keyring()
    try:
        stored = keyring.get_password(SERVICE, vault_id)
    except keyring.errors.KeyringError as exc:
        raise KeyringFailed(str(exc) or type(exc).__name__) from None
    if stored is None:
        raise DeviceSecretMissing("no device secret for this vault in the keyring")
    try:
        secret = base64.b64decode(stored, validate=True)
    except ValueError:
        raise KeyringFailed("the keyring entry for this vault is damaged") from None
    if len(secret) != SECRET_BYTES:
        raise KeyringFailed("the keyring entry for this vault is damaged")
    return secret


def delete(vault_id: str) -> None:
    """Remove the device secret; a missing entry or keyring is not an error."""
    if not keyring_available():
        return
    try:
        keyring.delete_password(SERVICE, vault_id)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as exc:
        raise KeyringFailed(str(exc) or type(exc).__name__) from None
