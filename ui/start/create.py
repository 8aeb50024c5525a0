"""Create a vault: where, a passphrase twice with its strength, the keyring choice, calibration in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

import app.session
from ui import settings, tasks
from ui.labels import app_text
from ui.start.page import Page
from ui.start.passphrase import PassphrasePair

if TYPE_CHECKING:
    from app.session import Created, KdfParams


def default_location() -> str:
    """A vault path in the Documents folder that does not exist yet."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    candidate = folder / "Casebook.casebook"
    number = 2
    while candidate.exists():
        candidate = folder / f"Casebook {number}.casebook"
        number += 1
    return str(candidate)


class CreatePage(Page):
    """Signals:
        created(Created): the vault exists and is open; its recovery key must be shown now.
        back(): the user gave up.
    """

    created = Signal(object)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Create a vault"),
            self.tr("Choose where the vault folder goes and a passphrase. The passphrase cannot be reset by anyone; "
                    "the recovery key shown next is the only other way in."),
            parent,
        )
        self.params: KdfParams | None = None
        self.location = QLineEdit(self)
        self.location.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.location.setAccessibleName(self.tr("Vault folder"))
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.location)
        row.addWidget(folder_label)
        row.addWidget(self.location, 1)
        row.addWidget(choose)
        self.body.addLayout(row)
        self.pair = PassphrasePair(self)
        self.body.addWidget(self.pair)
        self.use_keyring = QCheckBox(self.tr("Also require a device secret kept in this computer's &keyring"), self)
        self.keyring_text = QLabel(self)
        self.keyring_text.setWordWrap(True)
        self.body.addWidget(self.use_keyring)
        self.body.addWidget(self.keyring_text)
        self.calibration = QLabel(self)
        self.calibration.setWordWrap(True)
        self.body.addWidget(self.calibration)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("&Back"), self)
        cancel.clicked.connect(self.back)
        self.button = QPushButton(self.tr("C&reate the vault"), self)
        self.button.setDefault(True)
        self.button.clicked.connect(self.create_vault)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        self.body.addLayout(buttons)
        self.pair.changed.connect(self._update)
        self.location.textChanged.connect(self._update)
        self.use_keyring.toggled.connect(self._update)

    def start(self) -> None:
        """Prepare the page: a fresh location, the keyring state, and calibration in the background."""
        self.location.setText(default_location())
        self.pair.clear()
        available = app.session.keyring_available()
        self.use_keyring.setChecked(available)
        self.use_keyring.setEnabled(available)
        self.show_error("")
        self.params = None
        self.calibration.setText("")
        self.set_busy(self.tr("Measuring how long key derivation takes on this computer…"))
        seconds = settings.get(settings.KDF_SECONDS)
        tasks.start(lambda task: app.session.calibrate_kdf(seconds), self, on_success=self._calibrated, on_failure=self._failed)
        self._update()
        self.pair.first.setFocus()

    def _calibrated(self, params: KdfParams) -> None:
        self.params = params
        self.set_busy(None)
        self.calibration.setText(self.tr("Key derivation is calibrated: each unlock will take about %1 s on this computer.")
                                 .replace("%1", f"{settings.get(settings.KDF_SECONDS):.2g}"))
        self._update()

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Where should the vault folder go?"), self.location.text(),
                                              self.tr("Casebook vault (*.casebook)"))
        if path:
            self.location.setText(path if path.endswith(".casebook") else path + ".casebook")

    def _update(self) -> None:
        self.keyring_text.setText(app.session.keyring_sentence(self.use_keyring.isChecked(), app_text))
        self.button.setEnabled(self.params is not None and self.pair.acceptable() and bool(self.location.text().strip()))

    def create_vault(self) -> None:
        if not self.button.isEnabled():
            return
        path, passphrase, params = self.location.text().strip(), self.pair.passphrase(), self.params
        use_keyring = self.use_keyring.isChecked()
        self.show_error("")
        self.button.setEnabled(False)
        self.set_busy(self.tr("Creating the vault…"))
        tasks.start(lambda task: app.session.create_vault(path, passphrase, use_keyring=use_keyring, params=params), self,
                    on_success=self._created, on_failure=self._failed)

    def _created(self, created: Created) -> None:
        self.set_busy(None)
        self.pair.clear()
        self.created.emit(created)

    def _failed(self, message: str) -> None:
        self.set_busy(None)
        self.show_error(message)
        self._update()
