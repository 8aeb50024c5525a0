"""Copying a contact detail: marked secret for clipboard managers, and cleared after a while.

The markers keep the copy out of clipboard history and cloud sync where the
platform honours them: KDE Klipper (x-kde-passwordManagerHint), Windows
clipboard history and cloud clipboard, and macOS pasteboard managers
(org.nspasteboard.ConcealedType, which Qt writes for this MIME type).
"""

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

from ui import settings

_WINDOWS_FORMAT = 'application/x-qt-windows-mime;value="{}"'
_DWORD_ZERO = b"\x00\x00\x00\x00"


def secret_mime_data(text: str) -> QMimeData:
    """`text` with every platform's "do not keep this" marker."""
    data = QMimeData()
    data.setText(text)
    data.setData("x-kde-passwordManagerHint", b"secret")
    data.setData(_WINDOWS_FORMAT.format("ExcludeClipboardContentFromMonitorProcessing"), b"\x01")
    data.setData(_WINDOWS_FORMAT.format("CanIncludeInClipboardHistory"), _DWORD_ZERO)
    data.setData(_WINDOWS_FORMAT.format("CanUploadToCloudClipboard"), _DWORD_ZERO)
    data.setData("application/x-nspasteboard-concealed-type", text.encode("utf-8"))
    return data


class SecretClipboard(QObject):
    """Puts a secret on the clipboard and clears it after the configured seconds, if it is still ours."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str, seconds: int | None = None) -> None:
        QGuiApplication.clipboard().setMimeData(secret_mime_data(text))
        self._copied = text
        self._timer.start(1000 * (seconds if seconds is not None else settings.get(settings.CLIPBOARD_SECONDS)))

    def clear(self) -> None:
        """Empty the clipboard if it still holds what we copied (never wipe the user's own later copy)."""
        self._timer.stop()
        if self._copied is not None and QGuiApplication.clipboard().text() == self._copied:
            QGuiApplication.clipboard().clear()
        self._copied = None


_instance: SecretClipboard | None = None


def clipboard() -> SecretClipboard:
    """The application's one secret clipboard (widgets call `copy_secret`)."""
    global _instance
    if _instance is None:
        _instance = SecretClipboard(QGuiApplication.instance())
    return _instance


def copy_secret(text: str) -> None:
    """Copy a contact detail; it is cleared after the clipboard setting's seconds."""
    clipboard().copy(text)
