"""The Activity section: the recent record changes (the shell's list) and the vault's log, as two tabs."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from app.vault.vault import Vault
from ui.main.list_page import ListPage
from ui.safety.log_view import LogPage


class ActivitySection(QTabWidget):
    """Forwards the section interface (ui/main/sections.py) to the recent-changes list; the log tab follows changes.

    Signals:
        recordSelected(str), recordActivated(str): from the recent-changes list.
    """

    recordSelected = Signal(str)
    recordActivated = Signal(str)

    def __init__(self, recent: ListPage, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recent = recent
        self.log_page = LogPage(vault.activity, self)
        self.addTab(recent, self.tr("Recent changes"))
        self.addTab(self.log_page, self.tr("Vault log"))
        self.setAccessibleName(self.tr("Activity"))
        recent.recordSelected.connect(self.recordSelected)
        recent.recordActivated.connect(self.recordActivated)

    def record_changed(self, record_id: str) -> None:
        self.recent.record_changed(record_id)
        self.log_page.reload()

    def reload(self) -> None:
        self.recent.reload()
        self.log_page.reload()

    def current_id(self) -> str | None:
        return self.recent.current_id() if self.currentWidget() is self.recent else None

    def focus_list(self) -> None:
        if self.currentWidget() is self.recent:
            self.recent.focus_list()
        else:
            self.log_page.view.setFocus()
