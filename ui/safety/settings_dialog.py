"""Unlock safety settings and key rotation: duress passphrase, wipe after failed unlocks, replace the vault key.

Both unlock settings are off by default and their risks are written next to
the switch. Every change asks for the passphrase first and runs in the
background (deriving a key takes about a second).
"""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.session import Session
from ui import tasks
from ui.bidi import passphrase_field
from ui.safety.recovery_dialog import RecoveryKeyDialog

DEFAULT_WIPE_AFTER = 10
MAX_WIPE_AFTER = 99


class Risks(QFrame):
    """The risks of a setting, in a warning-coloured box (a plain label inside, so wrapped text keeps its height)."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("risks")
        self.setStyleSheet("#risks { background: #fff3cd; border: 1px solid #e0b84d; border-radius: 4px; }"
                           "#risks QLabel { color: #4a3800; }")
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)

    def setText(self, text: str) -> None:
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()


class SafetyDialog(QDialog):
    """Signals:
        vaultClosed(): a failed key rotation closed the vault (its next unlock puts the old keys back); lock now.
    """

    vaultClosed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: tasks.Task | None = None
        self.recovery: RecoveryKeyDialog | None = None
        self.setWindowTitle(self.tr("Safety"))
        self.setModal(True)
        self.setMinimumWidth(620)
        intro = QLabel(self.tr("These settings act before the vault is opened, so they are kept with its keys. All are "
                               "off unless you switch them on. Each change asks for your passphrase."), self)
        intro.setWordWrap(True)
        self.passphrase = passphrase_field(self, self.tr("Your passphrase"))
        passphrase_row = QFormLayout()
        passphrase_label = QLabel(self.tr("Your &passphrase:"), self)
        passphrase_label.setBuddy(self.passphrase)
        passphrase_row.addRow(passphrase_label, self.passphrase)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(True)
        self.busy.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(passphrase_row)
        layout.addWidget(self._wipe_after_box())
        layout.addWidget(self._duress_box())
        layout.addWidget(self._rotate_box())
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(close)
        for button in (self.apply_wipe_after, self.apply_count, self.set_duress_button, self.remove_duress_button, self.rotate_button):
            button.setAutoDefault(False)  # Enter in a passphrase field must not apply a change nobody chose
        self.passphrase.setFocus()

    # -- building ----------------------------------------------------------------

    def _wipe_after_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Failed unlock attempts"), self)
        self.wipe_after_on = QCheckBox(self.tr("&Wipe the vault after this many failed unlock attempts in a row:"), box)
        self.wipe_after = QSpinBox(box)
        self.wipe_after.setRange(2, MAX_WIPE_AFTER)
        self.wipe_after.setAccessibleName(self.tr("Failed unlock attempts before the wipe"))
        current = self.session.unlock_settings().wipe_after
        self.wipe_after_on.setChecked(bool(current))
        self.wipe_after.setValue(current or DEFAULT_WIPE_AFTER)
        self.wipe_after_risks = Risks("", box)
        self.apply_wipe_after = QPushButton(self.tr("&Apply"), box)
        self.apply_wipe_after.setAccessibleName(self.tr("Apply the wipe-after setting"))
        self.apply_wipe_after.clicked.connect(self.save_wipe_after)
        self.wipe_after_on.toggled.connect(self._show_wipe_after_risks)
        self.wipe_after.valueChanged.connect(self._show_wipe_after_risks)
        row = QHBoxLayout()
        row.addWidget(self.wipe_after_on, 1)
        row.addWidget(self.wipe_after)
        row.addWidget(self.apply_wipe_after)
        self.count_on = QCheckBox(self.tr("&Count failed unlock attempts, so the activity log shows them"), box)
        self.count_on.setChecked(self.session.unlock_settings().count_unlocks)
        self.count_risks = Risks(self.tr(
            "Off, a wrong passphrase changes no file in the vault folder. On, a small file there holds the times of "
            "failed attempts until the next unlock, which tells anyone who looks at the folder that someone tried, "
            "and when. Always on while wiping after failed attempts is on."), box)
        self.apply_count = QPushButton(self.tr("Appl&y"), box)
        self.apply_count.setAccessibleName(self.tr("Apply the counting setting"))
        self.apply_count.clicked.connect(self.save_count)
        self.count_on.toggled.connect(self._show_wipe_after_risks)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_on, 1)
        count_row.addWidget(self.apply_count)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.wipe_after_risks)
        column.addLayout(count_row)
        column.addWidget(self.count_risks)
        self._show_wipe_after_risks()
        return box

    def _show_wipe_after_risks(self) -> None:
        on = self.wipe_after_on.isChecked()
        self.wipe_after.setEnabled(on)
        self.wipe_after_risks.setVisible(on)
        self.count_risks.setVisible(self.count_on.isChecked())
        if self.isVisible():
            self._fit()
        self.wipe_after_risks.setText(self.tr(
            "Risks: your own typos, or anyone at this computer, can destroy the vault with %1 wrong guesses; someone "
            "who wants your records gone only has to guess wrong %1 times. It does not slow anyone who has copied the "
            "folder (they guess against their copy), and anyone who can write to the folder can reset the count. "
            "Keep a backup elsewhere.").replace("%1", str(self.wipe_after.value())))

    def _duress_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Duress passphrase"), self)
        explain = Risks(self.tr(
            "A duress passphrase wipes this vault instead of unlocking it, and Casebook then says only that the "
            "passphrase is wrong. Risks: the vault is gone for you too (only a backup brings it back); whoever made "
            "you type it will see the vault folder vanish, which may put you at risk; anyone who learns it can "
            "destroy the vault; a copy of the folder taken earlier is not affected. Nothing in the vault, and "
            "nothing here, shows whether one is set."), box)
        self.duress = passphrase_field(box, self.tr("Duress passphrase"))
        self.duress_again = passphrase_field(box, self.tr("Duress passphrase again"))
        form = QFormLayout()
        first = QLabel(self.tr("&Duress passphrase:"), box)
        first.setBuddy(self.duress)
        again = QLabel(self.tr("A&gain:"), box)
        again.setBuddy(self.duress_again)
        form.addRow(first, self.duress)
        form.addRow(again, self.duress_again)
        self.set_duress_button = QPushButton(self.tr("&Set duress passphrase"), box)
        self.set_duress_button.setEnabled(False)
        self.set_duress_button.clicked.connect(self.save_duress)
        self.remove_duress_button = QPushButton(self.tr("Re&move duress passphrase"), box)
        self.remove_duress_button.clicked.connect(self.remove_duress)
        for field in (self.duress, self.duress_again):
            field.textChanged.connect(self._duress_typed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_duress_button)
        buttons.addWidget(self.set_duress_button)
        column = QVBoxLayout(box)
        column.addWidget(explain)
        column.addLayout(form)
        column.addLayout(buttons)
        return box

    def _duress_typed(self) -> None:
        self.set_duress_button.setEnabled(bool(self.duress.text()) and self.duress.text() == self.duress_again.text())

    def _rotate_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Vault key"), self)
        text = QLabel(self.tr(
            "Replacing the vault key re-encrypts the database and rewraps every record key, so copies of its pages "
            "left on the disk (after a shred, say) no longer open. The passphrase stays the same; the old recovery key "
            "stops working and a new one is shown once."), box)
        text.setWordWrap(True)
        self.rotate_button = QPushButton(self.tr("&Replace the vault key…"), box)
        self.rotate_button.clicked.connect(self.rotate)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.rotate_button)
        column = QVBoxLayout(box)
        column.addWidget(text)
        column.addLayout(row)
        return box

    # -- running -----------------------------------------------------------------

    def _run(self, busy: str, work: Callable[[str], object], done: Callable[[object], None]) -> tasks.Task | None:
        """Check the passphrase is typed, then run `work(passphrase)` in the background with the dialog disabled."""
        passphrase = self.passphrase.text()
        if not passphrase:
            self.status.setText(self.tr("Type your passphrase first: every change here needs it."))
            self.passphrase.setFocus()
            return None
        self._enable(False)
        self.status.clear()
        self.busy.setFormat(busy)
        self.busy.show()
        self.task = tasks.start(lambda task: work(passphrase), self, on_success=lambda result: self._finished(done, result),
                                on_failure=self._failed)
        return self.task

    def _enable(self, enabled: bool) -> None:
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QPushButton, QCheckBox, QSpinBox)):
                widget.setEnabled(enabled)
        if enabled:
            self._show_wipe_after_risks()
            self._duress_typed()

    def _finished(self, done: Callable[[object], None], result: object) -> None:
        self.task = None
        self.busy.hide()
        self._enable(True)
        self.passphrase.clear()
        done(result)

    def _failed(self, message: str) -> None:
        self.task = None
        self.busy.hide()
        self.status.setText(message)
        if not self.session.is_open:
            self.vaultClosed.emit()
            return
        self._enable(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def save_wipe_after(self) -> tasks.Task | None:
        count = self.wipe_after.value() if self.wipe_after_on.isChecked() else 0
        session = self.session

        def work(passphrase: str) -> None:
            session.check_passphrase(passphrase)
            session.set_wipe_after(count)

        def done(result: object) -> None:
            self.status.setText(self.tr("The vault will be wiped after %n failed unlock attempt(s) in a row.", "", count)
                                if count else self.tr("Wiping after failed unlock attempts is off."))

        return self._run(self.tr("Checking the passphrase…"), work, done)

    def save_count(self) -> tasks.Task | None:
        on = self.count_on.isChecked()
        session = self.session

        def work(passphrase: str) -> None:
            session.check_passphrase(passphrase)
            session.set_count_unlocks(on)

        def done(result: object) -> None:
            self.status.setText(self.tr("Failed unlock attempts are counted and logged at the next unlock.") if on
                                else self.tr("Failed unlock attempts are not counted (unless wiping after them is on)."))

        return self._run(self.tr("Checking the passphrase…"), work, done)

    def save_duress(self) -> tasks.Task | None:
        duress = self.duress.text()
        if not duress or duress != self.duress_again.text():
            return None
        return self._change_duress(duress, self.tr("The duress passphrase is set. Typing it at unlock wipes the vault."))

    def remove_duress(self) -> tasks.Task | None:
        return self._change_duress(None, self.tr("No duress passphrase is set now."))

    def _change_duress(self, duress: str | None, said: str) -> tasks.Task | None:
        session = self.session

        def work(passphrase: str) -> None:
            session.check_passphrase(passphrase)
            session.set_duress_passphrase(duress)

        def done(result: object) -> None:
            self.duress.clear()
            self.duress_again.clear()
            self.status.setText(said)

        return self._run(self.tr("Checking the passphrase…"), work, done)

    def rotate(self) -> tasks.Task | None:
        session = self.session
        return self._run(self.tr("Replacing the vault key: re-encrypting the database and every record key…"),
                         session.rotate_keys, self._show_recovery_key)

    def _show_recovery_key(self, recovery_key: object) -> None:
        self.status.setText(self.tr("The vault key was replaced."))
        self.recovery = RecoveryKeyDialog(self.session, str(recovery_key), self)
        self.recovery.open()

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for the wrapped risk texts at this width (a window's minimum size ignores height-for-width)."""
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.resize(self.width(), max(self.height(), layout.heightForWidth(self.width())))

    def reject(self) -> None:
        """Close, unless a change is still running (it finishes in a moment)."""
        if self.task is None:
            super().reject()
