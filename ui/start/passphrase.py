"""A new passphrase typed twice, with a strength estimate from zxcvbn."""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QWidget
from zxcvbn import zxcvbn

from ui.bidi import passphrase_field

MIN_LENGTH = 8
# zxcvbn weighs at most this many characters; longer input only adds strength and costs time.
MAX_SCORED = 100
# Guesses per second an attacker with GPUs might manage against Argon2id at about a second per guess here.
GUESSES_PER_SECOND = 1e4


def crack_seconds(result: dict[str, Any]) -> float:
    return float(result["guesses"]) / GUESSES_PER_SECOND


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
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._score = 0
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def acceptable(self) -> bool:
        text = self.first.text()
        return len(text) >= MIN_LENGTH and text == self.second.text() and self._score >= 2

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

    def _update(self) -> None:
        text = self.first.text()
        if not text:
            self._score = 0
            self.meter.setValue(0)
            self.verdict.setText(self.tr("Use several words that belong together only in your head; "
                                         "at least %1 characters.").replace("%1", str(MIN_LENGTH)))
            self.changed.emit()
            return
        result = zxcvbn(text[:MAX_SCORED])
        self._score = int(result["score"])
        self.meter.setValue(max(self._score, 1 if text else 0))
        names = [self.tr("very weak"), self.tr("weak"), self.tr("fair"), self.tr("strong"), self.tr("very strong")]
        message = self.tr("%1: guessing it would take %2 at the speed of a well-equipped attacker.").replace(
            "%1", names[self._score]).replace("%2", self._describe_time(crack_seconds(result)))
        if len(text) < MIN_LENGTH:
            message = self.tr("Too short: use at least %1 characters.").replace("%1", str(MIN_LENGTH))
        elif self._score < 2:
            message += " " + self.tr("Too easy to guess: add words.")
        elif self.second.text() and self.second.text() != text:
            message = self.tr("The two passphrases differ.")
        self.verdict.setText(message)
        self.changed.emit()
