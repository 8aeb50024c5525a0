"""File dialogs that leave no trace of where the user looked.

Native dialogs add the chosen file to the desktop's "recent files" list, and
Qt's own dialog stores the last folder and its history in QtProject.conf
(group FileDialog) when it is destroyed. Casebook uses Qt's dialog, opened
without blocking, and removes that group once the dialog is gone, so a
folder named after a case does not stay in the user's configuration.
"""

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

SETTINGS_GROUP = "FileDialog"


def forget_visited_folders() -> None:
    """Remove what Qt's file dialog remembered (last folder, history, sidebar)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove(SETTINGS_GROUP)
    settings.sync()


def open_file_dialog(parent: QWidget, title: str, mode: QFileDialog.AcceptMode, chosen: Callable[[str], object],
                     *, name: str = "", filters: list[str] | None = None) -> QFileDialog:
    """Open Qt's file dialog without blocking; `chosen` receives the path the user accepts."""
    dialog = QFileDialog(parent, title)
    dialog.setOptions(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    if mode == QFileDialog.AcceptMode.AcceptOpen:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if filters:
        dialog.setNameFilters(filters)
    if name:
        dialog.selectFile(name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(chosen)
    dialog.destroyed.connect(forget_visited_folders)
    dialog.open()
    return dialog
