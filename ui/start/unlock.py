"""Unlock a vault with its passphrase; a wrong one is said in the window, and nothing freezes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

import app.session
from ui import settings, tasks
from ui.bidi import isolate, passphrase_field
from ui.start.page import Page

if TYPE_CHECKING:
    from app.session import Session


class UnlockPage(Page):
    """Signals:
        unlocked(Vault): the vault is open.
        forgot(): the user wants to recover with the recovery key.
        other(): the user wants to open or create another vault.
    """

    unlocked = Signal(object)
    forgot = Signal()
    other = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Unlock"), "", parent)
        self.path = ""
        self.passphrase = passphrase_field(self, self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.button = QPushButton(self.tr("&Unlock"), self)
        self.button.setDefault(True)
        self.button.clicked.connect(self.unlock)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.button)
        self.body.addLayout(row)
        self.remember = QCheckBox(self.tr("&Remember this vault's folder on this computer"), self)
        self.remember.setToolTip(self.tr("Casebook then keeps the folder's path in its settings file, where anyone "
                                         "who looks at this computer can find it. Off, you choose the folder each time."))
        self.body.addWidget(self.remember)
        links = QHBoxLayout()
        self.forgot_button = QPushButton(self.tr("&Forgot the passphrase?"), self)
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.forgot)
        self.other_button = QPushButton(self.tr("&Another vault…"), self)
        self.other_button.setFlat(True)
        self.other_button.clicked.connect(self.other)
        links.addWidget(self.forgot_button)
        links.addStretch(1)
        links.addWidget(self.other_button)
        self.body.addLayout(links)
        self.hint = QLabel(self.tr("Ctrl+L locks the vault again at any time and closes every window."), self)
        self.hint.setWordWrap(True)
        self.body.addWidget(self.hint)

    def set_vault(self, path: str, *, remembered: bool = False) -> None:
        self.path = path
        self.remember.setChecked(remembered)
        self.text.setText(self.tr("Vault: %1").replace("%1", isolate(str(Path(path)))))
        self.show_error("")
        self.passphrase.clear()
        self.passphrase.setFocus()

    def _enable(self, enabled: bool) -> None:
        for widget in (self.passphrase, self.button, self.remember, self.forgot_button, self.other_button):
            widget.setEnabled(enabled)

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_error(self.tr("Type the passphrase first."))
            return
        self.show_error("")
        self._enable(False)
        self.set_busy(self.tr("Deriving the key from the passphrase…"))
        path = self.path
        tasks.start(lambda task: app.session.unlock(path, passphrase), self, on_success=self._opened, on_failure=self._failed)

    def _opened(self, session: Session) -> None:
        self.set_busy(None)
        self._enable(True)
        self.passphrase.clear()
        self.unlocked.emit(session)

    def _failed(self, message: str) -> None:
        if not app.session.is_vault(self.path):  # wiped by the duress passphrase or by too many failed attempts
            settings.forget_vault(self.path)
        self.set_busy(None)
        self._enable(True)
        self.show_error(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
