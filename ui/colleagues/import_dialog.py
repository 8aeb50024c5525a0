"""Importing a bundle: checked and previewed off the UI thread, sender and trust shown, applied on request."""

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.session import OpenedBundle, Preview, Session, bundle_needs_passphrase
from ui import tasks
from ui.bidi import isolate, passphrase_field
from ui.colleagues.models import PreviewModel
from ui.colleagues.progress import cancellable_progress

TRUST_COLOURS = {"verified": "#1b5e20", "unverified": "#b35900", "unknown": "#b00020", "self": "#1b5e20"}


class ImportDialog(QDialog):
    """One bundle file: check, preview, apply (the session announces what the import wrote)."""

    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path = path
        self.opened: OpenedBundle | None = None
        self.preview: Preview | None = None
        self.task: tasks.Task | None = None
        self.setWindowTitle(self.tr("Import %1").replace("%1", isolate(path.name)))
        self.data = path.read_bytes()
        self.passphrase = passphrase_field(self, self.tr("Bundle passphrase"))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.check)
        self.sender_label = QLabel(self)
        self.sender_label.setWordWrap(True)
        self.sender_label.setAccessibleName(self.tr("Sender"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("What the import changes"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self._cancel_or_close)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Passphrase:"), self))
        row.addWidget(self.passphrase)
        row.addWidget(self.open_button)
        self.passphrase_row = QWidget(self)
        self.passphrase_row.setLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.passphrase_row)
        layout.addWidget(self.sender_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.needs_passphrase = bundle_needs_passphrase(self.data)
        self.passphrase_row.setVisible(self.needs_passphrase)
        self.progress.hide()
        if not self.needs_passphrase:
            self.check()

    def _busy(self, text: str) -> None:
        self.apply_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.progress.show()
        self.progress.setRange(0, 0)
        self.summary.setText(text)

    def _idle(self) -> None:
        self.task = None
        self.progress.hide()
        self.open_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def check(self) -> None:
        """Decrypt, verify and preview the bundle on the pool; nothing changes."""
        passphrase = self.passphrase.text() if self.needs_passphrase else None

        def work(task: tasks.Task) -> tuple[OpenedBundle, Preview]:
            opened = self.session.open_bundle(self.data, passphrase)
            task.check()
            return opened, self.session.preview_bundle(opened, cancellable_progress(task))

        self._busy(self.tr("Checking the bundle…"))
        self.task = tasks.start(work, self, on_success=self._checked, on_failure=self._failed,
                                on_progress=self._progress, on_cancelled=self._cancelled)

    def _sender_text(self, opened: OpenedBundle) -> str:
        states = {"verified": self.tr("a verified colleague"),
                  "unverified": self.tr("a colleague whose fingerprint you have not yet compared"),
                  "unknown": self.tr("UNKNOWN: not among your colleagues. Import only if you expected this bundle."),
                  "self": self.tr("this vault itself")}
        name = opened.contact.name if opened.contact else self.tr("Unknown sender")
        return (self.tr("From %1 (%2), fingerprint %3, made %4.").replace("%1", isolate(name))
                .replace("%2", states[opened.trust]).replace("%3", isolate(opened.sender.fingerprint))
                .replace("%4", isolate(opened.created)))

    def _checked(self, result: tuple[OpenedBundle, Preview]) -> None:
        self._idle()
        self.opened, self.preview = result
        self.passphrase_row.hide()
        self.sender_label.setText(self._sender_text(self.opened))
        self.sender_label.setStyleSheet(f"color: {TRUST_COLOURS[self.opened.trust]}")
        self.model.show(self.preview)
        self._summarise(self.preview)
        pending = bool(self.preview.writes or self.preview.new_attachments or self.preview.held)
        self.apply_button.setEnabled(pending and not self.preview.preview_only)

    def _summarise(self, preview: Preview) -> None:
        text = (self.tr("%1 new, %2 changed, %3 in conflict, %4 unchanged.")
                .replace("%1", str(len(preview.new))).replace("%2", str(len(preview.changed)))
                .replace("%3", str(len(preview.conflicts))).replace("%4", str(preview.unchanged)))
        if preview.shredded:
            text += " " + self.tr("%1 shredded in this vault: not brought back.").replace("%1", str(len(preview.shredded)))
        if preview.conflicts:
            text += " " + self.tr("Conflicting records are flagged for review; the other value is kept in their history.")
        if preview.held:
            text += " " + self.tr("%1 change(s) will be held for your review, not applied.").replace(
                "%1", str(len(preview.held)))
        if preview.applied:
            text = self.tr("Imported.") + " " + text
        elif not preview.writes and not preview.new_attachments and not preview.held:
            text = self.tr("Nothing to import: this vault already holds everything in the bundle.")
        elif preview.preview_only:
            text = self.tr("Preview only: the sender is not a verified colleague, so nothing can be imported. "
                           "Compare fingerprints and verify them first.") + " " + text
        self.summary.setText(text)

    def apply(self) -> None:
        """Merge the bundle in one transaction on the pool; cancelling leaves the vault as it was."""
        opened = self.opened
        assert opened is not None

        def work(task: tasks.Task) -> Preview:
            return self.session.apply_bundle(opened, cancellable_progress(task))

        self._busy(self.tr("Importing…"))
        self.task = tasks.start(work, self, on_success=self._applied, on_failure=self._failed,
                                on_progress=self._progress, on_cancelled=self._cancelled)

    def _applied(self, preview: Preview) -> None:
        self._idle()
        self.preview = preview
        self._summarise(preview)
        self.apply_button.setEnabled(False)

    def _failed(self, message: str) -> None:
        self._idle()
        self.summary.setText(message)
        self.summary.setStyleSheet("color: #b00020")

    def _cancelled(self) -> None:
        self._idle()
        self.summary.setText(self.tr("Cancelled; nothing was imported."))

    def _cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()
