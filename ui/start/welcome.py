"""First page when no vault is known: create one, or open one that exists."""

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ui.icons import icon
from ui.start.page import Page


class WelcomePage(Page):
    """Signals:
        createRequested(): make a new vault.
        openRequested(): choose an existing vault folder.
    """

    createRequested = Signal()
    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Welcome to Casebook"),
            self.tr("Casebook keeps your records of the people you support in one encrypted vault folder. "
                    "Nothing is sent anywhere, and nothing personal is written outside the vault."),
            parent,
        )
        for text, name, signal in ((self.tr("&Create a new vault…"), "vault-new", self.createRequested),
                                   (self.tr("&Open an existing vault…"), "vault-open", self.openRequested)):
            button = QPushButton(icon(name), text, self)
            button.setIconSize(QSize(24, 24))
            button.setMinimumHeight(44)
            button.clicked.connect(signal)
            self.body.addWidget(button)
