"""Forgot the passphrase: open the vault with the recovery key and set a new passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

import app.session
from ui import settings, tasks
from ui.start.page import Page
from ui.start.passphrase import PassphrasePair

if TYPE_CHECKING:
    from app.session import Session


class RecoverPage(Page):
    """Signals:
        unlocked(Vault): recovered; the new passphrase opens the vault from now on.
        back(): return to the unlock page.
    """

    unlocked = Signal(object)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Recover with the recovery key"),
            self.tr("Type the recovery key you wrote down when the vault was made, then choose a new passphrase. "
                    "The old passphrase stops working."),
            parent,
        )
        self.path = ""
        self.key = QLineEdit(self)
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key.setPlaceholderText("XXXXX-XXXXX-…")
        self.key.setAccessibleName(self.tr("Recovery key"))
        row = QHBoxLayout()
        key_label = QLabel(self.tr("Recovery &key:"), self)
        key_label.setBuddy(self.key)
        row.addWidget(key_label)
        row.addWidget(self.key, 1)
        self.body.addLayout(row)
        self.pair = PassphrasePair(self)
        self.body.addWidget(self.pair)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("&Back"), self)
        back.clicked.connect(self.back)
        self.button = QPushButton(self.tr("&Recover"), self)
        self.button.setDefault(True)
        self.button.clicked.connect(self.recover)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        self.body.addLayout(buttons)
        self.pair.changed.connect(self._update)
        self.key.textChanged.connect(self._update)

    def set_vault(self, path: str) -> None:
        self.path = path
        self.key.clear()
        self.pair.clear()
        self.show_error("")
        self.key.setFocus()
        self._update()

    def _update(self) -> None:
        self.button.setEnabled(bool(self.key.text().strip()) and self.pair.acceptable())

    def recover(self) -> None:
        if not self.button.isEnabled():
            return
        path, key, passphrase = self.path, self.key.text().strip(), self.pair.passphrase()
        seconds, use_keyring = settings.get(settings.KDF_SECONDS), app.session.keyring_available()
        self.show_error("")
        self.button.setEnabled(False)
        self.set_busy(self.tr("Opening with the recovery key and calibrating key derivation…"))
        tasks.start(lambda task: app.session.recover(path, key, passphrase, use_keyring=use_keyring, kdf_seconds=seconds),
                    self, on_success=self._recovered, on_failure=self._failed)

    def _recovered(self, session: Session) -> None:
        self.set_busy(None)
        self.key.clear()
        self.pair.clear()
        self.unlocked.emit(session)

    def _failed(self, message: str) -> None:
        self.set_busy(None)
        self.show_error(message)
        self._update()
