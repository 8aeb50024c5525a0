"""The few user settings, declared once with key, default and type.

Settings hold nothing personal: no searches, no names, no record contents.
The last vault's folder path is kept so the unlock window can offer it.
"""

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

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
KDF_SECONDS = Setting("vault/kdf_seconds", 0.75, 0.25, 5.0)
LAST_VAULT = Setting("vault/last", "")


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
