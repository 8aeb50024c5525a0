"""A new passphrase typed twice, with the strength estimate and the rule the command line applies too."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QWidget

from app.session import MIN_PASSPHRASE_LENGTH as MIN_LENGTH
from app.session import assess_passphrase
from ui.bidi import passphrase_field


class PassphrasePair(QWidget):
    """Two password fields and a meter; `acceptable()` says whether the pair may be used.

    Signals:
        changed: the passphrase, its repetition or their verdict changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = passphrase_field(self, self.tr("New passphrase"))
        self.second = passphrase_field(self, self.tr("New passphrase, again"))
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("&Passphrase:"), self.first)
        layout.addRow(self.tr("&Again:"), self.second)
        layout.addRow(self.tr("Strength:"), self.meter)
        layout.addRow("", self.verdict)
        self.first.textChanged.connect(self._assess)
        self.second.textChanged.connect(self._update)  # the repetition changes the verdict, not the estimate
        self._assess()

    def passphrase(self) -> str:
        return self.first.text()

    def acceptable(self) -> bool:
        text = self.first.text()
        return self._strength.acceptable and text == self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _describe_time(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("under a minute")
        if seconds < 3600:
            return self.tr("about %n minute(s)", "", round(seconds / 60))
        if seconds < 86400:
            return self.tr("about %n hour(s)", "", round(seconds / 3600))
        if seconds < 86400 * 365:
            return self.tr("about %n day(s)", "", round(seconds / 86400))
        if seconds < 86400 * 365 * 1000:
            return self.tr("about %n year(s)", "", round(seconds / (86400 * 365)))
        return self.tr("more than a thousand years")

    def _assess(self) -> None:
        self._strength = assess_passphrase(self.first.text())
        self._update()

    def _update(self) -> None:
        text = self.first.text()
        strength = self._strength
        if not text:
            self.meter.setValue(0)
            self.verdict.setText(self.tr("Use several words that belong together only in your head; "
                                         "at least %1 characters.").replace("%1", str(MIN_LENGTH)))
            self.changed.emit()
            return
        self.meter.setValue(max(strength.score, 1))
        names = [self.tr("very weak"), self.tr("weak"), self.tr("fair"), self.tr("strong"), self.tr("very strong")]
        message = self.tr("%1: guessing it would take %2 at the speed of a well-equipped attacker.").replace(
            "%1", names[strength.score]).replace("%2", self._describe_time(strength.crack_seconds))
        if strength.too_short:
            message = self.tr("Too short: use at least %1 characters.").replace("%1", str(MIN_LENGTH))
        elif not strength.acceptable:
            message += " " + self.tr("Too easy to guess: add words.")
        elif self.second.text() and self.second.text() != text:
            message = self.tr("The two passphrases differ.")
        self.verdict.setText(message)
        self.changed.emit()
