"""Settings: idle-lock minutes, clipboard seconds, language, and key-derivation recalibration.

Nothing personal is stored: these are the only settings.
"""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.session import Session
from ui import settings, tasks
from ui.translations import LANGUAGES


class SettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Settings"))
        self.idle = QSpinBox(self)
        self.idle.setRange(settings.IDLE_LOCK_MINUTES.minimum or 1, settings.IDLE_LOCK_MINUTES.maximum or 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.get(settings.IDLE_LOCK_MINUTES))
        self.idle.setAccessibleName(self.tr("Lock after idle minutes"))
        self.clipboard = QSpinBox(self)
        self.clipboard.setRange(settings.CLIPBOARD_SECONDS.minimum or 5, settings.CLIPBOARD_SECONDS.maximum or 600)
        self.clipboard.setSuffix(self.tr(" s"))
        self.clipboard.setValue(settings.get(settings.CLIPBOARD_SECONDS))
        self.clipboard.setAccessibleName(self.tr("Clear the clipboard after seconds"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        system = QLocale.system()
        self.language.addItem(self.tr("As the system (%1)").replace("%1", system.nativeLanguageName() or system.name()), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(settings.LANGUAGE))))
        self.kdf = QDoubleSpinBox(self)
        self.kdf.setRange(settings.KDF_SECONDS.minimum or 0.25, settings.KDF_SECONDS.maximum or 5.0)
        self.kdf.setSingleStep(0.25)
        self.kdf.setSuffix(self.tr(" s"))
        self.kdf.setValue(settings.get(settings.KDF_SECONDS))
        self.kdf.setAccessibleName(self.tr("Key derivation time"))
        self.recalibrate_button = QPushButton(self.tr("&Recalibrate now…"), self)
        self.recalibrate_button.clicked.connect(self.recalibrate)
        kdf_row = QHBoxLayout()
        kdf_row.addWidget(self.kdf)
        kdf_row.addWidget(self.recalibrate_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Lock after &idle:"), self.idle)
        form.addRow(self.tr("Clear copied details &after:"), self.clipboard)
        form.addRow(self.tr("&Language (on next start):"), self.language)
        kdf_label = QLabel(self.tr("&Key derivation takes:"), self)
        kdf_label.setBuddy(self.kdf)
        form.addRow(kdf_label, kdf_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Settings hold no names, searches or other contents of the vault."), self))
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def accept(self) -> None:
        settings.put(settings.IDLE_LOCK_MINUTES, self.idle.value())
        settings.put(settings.CLIPBOARD_SECONDS, self.clipboard.value())
        settings.put(settings.LANGUAGE, str(self.language.currentData()))
        settings.put(settings.KDF_SECONDS, self.kdf.value())
        super().accept()

    def recalibrate(self) -> None:
        """Measure key derivation again for the chosen time and rewrap the vault key (passphrase checked first)."""
        passphrase, ok = QInputDialog.getText(self, self.tr("Recalibrate key derivation"),
                                              self.tr("Type the passphrase to confirm:"), QLineEdit.EchoMode.Password)
        if ok and passphrase:
            self.start_recalibration(passphrase)

    def start_recalibration(self, passphrase: str) -> tasks.Task:
        seconds = self.kdf.value()
        session = self.session
        self.recalibrate_button.setEnabled(False)
        self.status.setText(self.tr("Measuring this computer and rewrapping the vault key…"))
        return tasks.start(lambda task: session.recalibrate(passphrase, seconds), self,
                           on_success=self._recalibrated, on_failure=self._failed)

    def _recalibrated(self, result: object) -> None:
        settings.put(settings.KDF_SECONDS, self.kdf.value())
        self.recalibrate_button.setEnabled(True)
        self.status.setText(self.tr("Done: unlocking now takes about %1 s on this computer.").replace("%1", f"{self.kdf.value():.2g}"))

    def _failed(self, message: str) -> None:
        self.recalibrate_button.setEnabled(True)
        self.status.setText(message)
