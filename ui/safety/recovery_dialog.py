"""The new recovery key after a key rotation, shown once on the start window's own recovery-key page."""

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.session import Created, Session
from ui.start.recovery_key import RecoveryKeyPage


class RecoveryKeyDialog(QDialog):
    """Modal; closes (and forgets the key) when the user confirms they kept it."""

    def __init__(self, session: Session, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.setModal(True)
        note = QLabel(self.tr("The vault key was replaced. The old recovery key no longer opens this vault: "
                              "keep this new one instead, and destroy the old sheet."), self)
        note.setWordWrap(True)
        note.setContentsMargins(32, 16, 32, 0)
        self.page = RecoveryKeyPage(self)
        self.page.show_key(Created(session, recovery_key))
        self.page.done.connect(lambda session: self.accept())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.page, 1)
        self.resize(self.sizeHint())  # wide enough that its wrapped sentences get the height they need

    def reject(self) -> None:
        """Esc does not close it: the key is shown only once, so the user must confirm they kept it."""
