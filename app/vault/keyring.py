"""The OS keyring side of a vault: its device secret, and what to say when the keyring fails or is absent."""

from collections.abc import Callable

from app.errors import KeyringProblem
from crypto import device_secret, keyslots
from crypto.errors import CryptoError, DeviceSecretMissing, KeyringFailed, KeyringUnavailable


def keyring_problem(exc: CryptoError) -> KeyringProblem:
    """Say what is wrong with the keyring; never blame the passphrase for it."""
    if isinstance(exc, KeyringUnavailable):
        return KeyringProblem(
            "This vault needs its device secret from the OS keyring, and no keyring is available now. "
            "Log in to a desktop session with a keyring, or use `casebook recover` with the recovery key."
        )
    if isinstance(exc, DeviceSecretMissing):
        return KeyringProblem(
            "The OS keyring holds no device secret for this vault (it was made on another machine, or the entry "
            "was removed). Use `casebook recover` with the recovery key to open it here."
        )
    return KeyringProblem("The OS keyring refused access (it may be locked); unlock the keyring and try again.")


def device_secret_for_new_slot(vault_id: str, use_keyring: bool) -> bytes | None:
    """A new DS in the keyring, or None for passphrase-only mode."""
    if not use_keyring or not device_secret.keyring_available():
        return None
    try:
        return device_secret.create(vault_id)
    except KeyringFailed as exc:
        raise keyring_problem(exc) from None


KEYRING_SENTENCES = ("The device secret is kept in the OS keyring (%1): this vault opens only on this machine with the "
                     "passphrase, or anywhere with the recovery key.",
                     "Passphrase-only mode: no OS keyring is used, so the passphrase alone opens this vault. "
                     "Choose a long passphrase.")


def keyring_sentence(uses_keyring: bool, translate: Callable[[str], str] = str) -> str:
    """The plain sentence the UI (passing its translation) and the CLI show about the keyring."""
    if uses_keyring:
        return translate(KEYRING_SENTENCES[0]).replace("%1", device_secret.keyring_name())
    return translate(KEYRING_SENTENCES[1])


def keyring_available() -> bool:
    """Whether a new vault here can keep its device secret in an OS keyring."""
    return device_secret.keyring_available()


def load_device_secret(slots: keyslots.KeySlots) -> bytes | None:
    """The device secret a passphrase slot needs, from the OS keyring; None in passphrase-only mode."""
    if not slots.slot(keyslots.PASSPHRASE).device:
        return None
    try:
        return device_secret.load(slots.vault_id)
    except CryptoError as exc:
        raise keyring_problem(exc) from None
