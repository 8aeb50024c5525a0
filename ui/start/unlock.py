"""Unlock a vault with its passphrase; a wrong one is said in the window, and nothing freezes."""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.session import Session, unlock
from ui import tasks
from ui.bidi import isolate, passphrase_field
from ui.start.page import Page


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

    def set_vault(self, path: str) -> None:
        self.path = path
        self.text.setText(self.tr("Vault: %1").replace("%1", isolate(str(Path(path)))))
        self.show_error("")
        self.passphrase.clear()
        self.passphrase.setFocus()

    def _enable(self, enabled: bool) -> None:
        for widget in (self.passphrase, self.button, self.forgot_button, self.other_button):
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
        tasks.start(lambda task: unlock(path, passphrase), self, on_success=self._opened, on_failure=self._failed)

    def _opened(self, session: Session) -> None:
        self.set_busy(None)
        self._enable(True)
        self.passphrase.clear()
        self.unlocked.emit(session)

    def _failed(self, message: str) -> None:
        self.set_busy(None)
        self._enable(True)
        self.show_error(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
