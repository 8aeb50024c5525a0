"""The Activity section: the recent record changes and the vault's log, as two tabs."""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.session import Session
from ui.main.list_page import ListPage
from ui.main.section_page import SectionPage
from ui.safety.log_view import LogPage
from ui.session_signals import SessionSignals


class ActivitySection(SectionPage):
    """Recent changes (a record list, which follows changes itself) and the vault log, which is re-read when shown."""

    def __init__(self, recent: ListPage, session: Session, signals: SessionSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recent = recent
        self.tabs = QTabWidget(self)
        self.log_page = LogPage(session, self.tabs)
        self.tabs.addTab(recent, self.tr("Recent changes"))
        self.tabs.addTab(self.log_page, self.tr("Vault log"))
        self.tabs.setAccessibleName(self.tr("Activity"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        recent.recordSelected.connect(self.recordSelected)
        recent.recordActivated.connect(self.recordActivated)
        signals.recordsChanged.connect(lambda event: self.log_page.reload())

    def list_view(self) -> QWidget:
        return self.recent.view if self.tabs.currentWidget() is self.recent else self.log_page.view

    def current_id(self) -> str | None:
        return self.recent.current_id() if self.tabs.currentWidget() is self.recent else None
