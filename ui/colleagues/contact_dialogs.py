"""Adding a colleague's identity, and marking it verified after comparing fingerprints in person."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.errors import BadInput
from app.session import Contact, PublicIdentity, parse_identity
from ui.bidi import isolate


def fingerprint_label(fingerprint: str, parent: QWidget) -> QLabel:
    """The fingerprint in large monospaced digits, easy to read aloud group by group."""
    label = QLabel(fingerprint, parent)
    label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # digit groups read aloud in order
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(font.pointSizeF() * 1.4 if font.pointSizeF() > 0 else 14)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AddContactDialog(QDialog):
    """Paste a colleague's identity string and give them a name; the fingerprint shows as you paste."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a colleague"))
        self.identity_edit = QPlainTextEdit(self)
        self.identity_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.identity_edit.setAccessibleName(self.tr("Colleague's identity"))
        self.identity_edit.setPlaceholderText("casebook1:age1…")
        self.identity_edit.setTabChangesFocus(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.fingerprint = fingerprint_label("", self)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Identity:"), self.identity_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.identity_edit.textChanged.connect(self._check)
        self.name_edit.textChanged.connect(self._check)
        self._check()

    def identity(self) -> PublicIdentity | None:
        try:
            return parse_identity(self.identity_edit.toPlainText())
        except BadInput:
            return None

    def _check(self) -> None:
        text = self.identity_edit.toPlainText().strip()
        identity = self.identity()
        self.fingerprint.setText(identity.fingerprint if identity else "")
        if text and identity is None:
            self.problem.setText(self.tr("This is not a complete Casebook identity; copy it again, all of it."))
        else:
            self.problem.setText("")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(identity is not None and bool(self.name_edit.text().strip()))


class VerifyDialog(QDialog):
    """Read the fingerprint aloud with the colleague; only "They match" marks the contact verified."""

    def __init__(self, contact: Contact, own_fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify %1").replace("%1", isolate(contact.name)))
        intro = QLabel(self.tr("Meet %1, or call on a channel you trust. Read these groups aloud together: they "
                               "must be the same on %1's screen, under Your identity.").replace("%1", isolate(contact.name)), self)
        intro.setWordWrap(True)
        theirs = fingerprint_label(contact.fingerprint, self)
        theirs.setAccessibleName(self.tr("%1's fingerprint").replace("%1", isolate(contact.name)))
        ours = fingerprint_label(own_fingerprint, self)
        ours.setAccessibleName(self.tr("Your fingerprint"))
        buttons = QDialogButtonBox(self)
        self.match_button = buttons.addButton(self.tr("They match"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.match_button.setAccessibleName(self.tr("They match"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("%1's fingerprint:").replace("%1", isolate(contact.name)), theirs)
        form.addRow(self.tr("Yours, for them to check:"), ours)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
