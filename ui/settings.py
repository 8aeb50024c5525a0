"""The few user settings, declared once with key, default and type.

Settings hold nothing personal: no searches, no names, no record contents,
and no vault's folder unless the user ticked "Remember this vault's folder"
when unlocking it (off by default: the path tells anyone who reads the
settings file where a vault is). A wipe forgets the wiped vault's folder.
"""

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

from app.session import MIN_KDF_SECONDS

T = TypeVar("T", int, float, str)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: where it is stored, its default, and the range a dialog allows."""

    key: str
    default: T
    minimum: T | None = None
    maximum: T | None = None


IDLE_LOCK_MINUTES = Setting("lock/idle_minutes", 10, 1, 240)
CLIPBOARD_SECONDS = Setting("clipboard/clear_seconds", 30, 5, 600)
LANGUAGE = Setting("ui/language", "")  # "" follows the system
KDF_SECONDS = Setting("vault/kdf_seconds", 0.75, MIN_KDF_SECONDS, 5.0)
REMEMBERED_VAULT = Setting("vault/remembered", "")
# Where an earlier Casebook kept the last vault's folder without asking; removed at start.
UNASKED_VAULT_KEY = "vault/last"


def store() -> QSettings:
    return QSettings("Casebook", "Casebook")


def get(setting: Setting[T]) -> T:
    """The stored value, or the default when missing, unreadable or out of range."""
    raw: Any = store().value(setting.key, setting.default)
    try:
        value: T = type(setting.default)(raw)
    except (TypeError, ValueError):
        return setting.default
    if setting.minimum is not None and value < setting.minimum:
        return setting.default
    if setting.maximum is not None and value > setting.maximum:
        return setting.default
    return value


def put(setting: Setting[T], value: T) -> None:
    settings = store()
    settings.setValue(setting.key, value)
    settings.sync()


def _remove(key: str) -> None:
    settings = store()
    if settings.contains(key):
        settings.remove(key)
        settings.sync()


def remember_vault(path: str, remember: bool) -> None:
    """Keep `path` for the next start if the user asked; otherwise make sure it is not kept."""
    if remember:
        put(REMEMBERED_VAULT, path)
    else:
        forget_vault(path)


def forget_vault(path: str) -> None:
    """Remove `path` from the settings (after a wipe, or when the user unticks remembering it)."""
    if get(REMEMBERED_VAULT) == path:
        _remove(REMEMBERED_VAULT.key)


def drop_unasked_vault() -> None:
    """Remove the folder an older Casebook kept without asking."""
    _remove(UNASKED_VAULT_KEY)
