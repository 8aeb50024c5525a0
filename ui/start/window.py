"""The start window: welcome, create, recovery key, unlock and recover pages in one stack."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

import app.session
from ui import settings
from ui.icons import app_icon
from ui.start.create import CreatePage
from ui.start.page import Page
from ui.start.recover import RecoverPage
from ui.start.recovery_key import RecoveryKeyPage
from ui.start.unlock import UnlockPage
from ui.start.welcome import WelcomePage

if TYPE_CHECKING:
    from app.session import Created, Session


class StartWindow(QWidget):
    """Signals:
        unlocked(Vault): a vault is open (unlocked, created or recovered); the caller shows the main window.
    """

    unlocked = Signal(object)

    def __init__(self, vault_path: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casebook"))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(560, 520))
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(48, 48))
        name = QLabel("<b>Casebook</b>", self)
        header = QHBoxLayout()
        header.setContentsMargins(32, 20, 32, 0)
        header.addWidget(logo)
        header.addWidget(name)
        header.addStretch(1)
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self)
        self.create_page = CreatePage(self)
        self.recovery_key = RecoveryKeyPage(self)
        self.unlock_page = UnlockPage(self)
        self.recover_page = RecoverPage(self)
        for page in (self.welcome, self.create_page, self.recovery_key, self.unlock_page, self.recover_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

        self.welcome.createRequested.connect(self.show_create)
        self.welcome.openRequested.connect(self.choose_vault)
        self.create_page.back.connect(self.show_welcome)
        self.create_page.created.connect(self._created)
        self.recovery_key.done.connect(self._opened)
        self.unlock_page.unlocked.connect(self._unlocked_here)
        self.unlock_page.forgot.connect(self.show_recover)
        self.unlock_page.other.connect(self.show_welcome)
        self.recover_page.back.connect(lambda: self.show_unlock(self.unlock_page.path))
        self.recover_page.unlocked.connect(self._opened)

        settings.drop_unasked_vault()
        path = vault_path or settings.get(settings.REMEMBERED_VAULT)
        if path and (vault_path or app.session.is_vault(path)):
            self.show_unlock(path)
        else:
            self.show_welcome()

    def _show(self, page: Page) -> None:
        page.show_error("")
        self.stack.setCurrentWidget(page)

    def show_welcome(self) -> None:
        self._show(self.welcome)

    def show_create(self) -> None:
        self._show(self.create_page)
        self.create_page.start()

    def show_unlock(self, path: str) -> None:
        self._show(self.unlock_page)
        self.unlock_page.set_vault(path, remembered=settings.get(settings.REMEMBERED_VAULT) == path)

    def show_recover(self) -> None:
        self._show(self.recover_page)
        self.recover_page.set_vault(self.unlock_page.path)

    def choose_vault(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a vault folder"), str(Path.home()))
        if not path:
            return
        if app.session.is_vault(path):
            self.show_unlock(path)
        else:
            self.welcome.show_error(self.tr("That folder is not a Casebook vault (it has no keyslots.json)."))

    def _created(self, created: Created) -> None:
        self._show(self.recovery_key)
        self.recovery_key.show_key(created)

    def _unlocked_here(self, session: Session) -> None:
        """Keep or forget the folder as the box on the unlock page says, then open."""
        settings.remember_vault(str(session.path), self.unlock_page.remember.isChecked())
        self._opened(session)

    def _opened(self, session: Session) -> None:
        self.unlocked.emit(session)
