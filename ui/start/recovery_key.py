"""The recovery key, shown once, with Save as PDF and Print; the user confirms before going on."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

import app.session
from ui.icons import icon
from ui.labels import app_text
from ui.start.page import Page

if TYPE_CHECKING:
    from app.session import Created


class RecoveryKeyPage(Page):
    """Signals:
        done(Vault): the user has kept the key; go on to the main window.
    """

    done = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Your recovery key"),
            self.tr("This key is shown only this once. Write it down or print it and keep it away from this computer. "
                    "With it the vault opens on any computer if the passphrase is forgotten or this computer is lost; "
                    "anyone who has it can open the vault."),
            parent,
        )
        self.created: Created | None = None
        self.key = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.6)  # grows with the user's font, as the text around it
        font.setBold(True)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setWordWrap(True)  # whole groups to a line (show_key): never cut off when the window is narrow
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a dash at a line's end stays after its group
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setStyleSheet("padding: 14px; border: 1px solid palette(mid); border-radius: 6px;")
        self.layout_.insertWidget(1, self.key)  # right under the title: in view even when the page must scroll
        self.keyring_text = QLabel(self)
        self.keyring_text.setWordWrap(True)
        self.body.addWidget(self.keyring_text)
        row = QHBoxLayout()
        pdf = QPushButton(icon("save"), self.tr("&Save as PDF…"), self)
        pdf.clicked.connect(self.save_pdf)
        printer = QPushButton(icon("print"), self.tr("&Print…"), self)
        printer.clicked.connect(self.print_key)
        row.addWidget(pdf)
        row.addWidget(printer)
        row.addStretch(1)
        self.body.addLayout(row)
        self.kept = QCheckBox(self)
        kept_text = QLabel(self.tr("I have &written down, printed or saved the recovery key"), self)
        kept_text.setWordWrap(True)  # a check box's own text never wraps: it would widen the page past the window
        kept_text.setBuddy(self.kept)
        self.kept.setAccessibleName(kept_text.text().replace("&", ""))
        kept = QHBoxLayout()
        kept.addWidget(self.kept, 0, Qt.AlignmentFlag.AlignTop)
        kept.addWidget(kept_text, 1)
        self.body.addLayout(kept)
        self.button = QPushButton(self.tr("&Continue"), self)
        self.button.setDefault(True)
        self.button.setEnabled(False)
        self.kept.toggled.connect(self.button.setEnabled)
        self.button.clicked.connect(self._done)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.button)
        self.body.addLayout(end)

    def show_key(self, created: Created) -> None:
        self.created = created
        self.key.setText(created.recovery_key.replace("-", "-\N{ZERO WIDTH SPACE}"))  # a line may end after any group
        self.keyring_text.setText(app.session.keyring_sentence(created.session.uses_keyring, app_text))
        self.kept.setChecked(False)
        self.kept.setFocus()
        # Once the page has laid out the key's lines: a long title in a large font must not push it out of view.
        QTimer.singleShot(0, self, lambda: self.scroll_area.ensureWidgetVisible(self.key, 0, 0))

    def document(self) -> QTextDocument:
        """The printable sheet: what the key is for, the vault's folder name and id, and the key."""
        assert self.created is not None
        session = self.created.session
        doc = QTextDocument(self)
        doc.setDefaultFont(QFont(self.font().family(), 11))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        warning = self.tr("With this key and a copy of the vault folder, anyone can open the vault: keep this sheet "
                          "locked away, not with the computer. In Casebook, choose “Forgot the passphrase?” on the "
                          "unlock window and type the key.")
        lines = [self.tr("Vault folder: %1").replace("%1", session.name),
                 self.tr("Vault id: %1").replace("%1", session.vault_id),
                 self.tr("Made on: %1").replace("%1", dt.date.today().isoformat())]
        doc.setHtml(
            f"<h1>{html.escape(self.tr('Casebook recovery key'))}</h1>"
            f"<p>{'<br>'.join(html.escape(line) for line in lines)}</p>"
            f"<p style='font-family: \"{html.escape(mono)}\"; font-size: 20pt; font-weight: bold'>"
            f"{html.escape(self.created.recovery_key)}</p>"
            f"<p>{html.escape(warning)}</p>"
        )
        return doc

    def _print_to(self, device: QPagedPaintDevice) -> None:
        self.document().print_(device)

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key as PDF"),
                                              "casebook-recovery-key.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.write_pdf(path)

    def write_pdf(self, path: str) -> None:
        writer = QPdfWriter(path)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(20, 20, 20, 20)))
        writer.setTitle(self.tr("Casebook recovery key"))
        writer.setCreator("Casebook")
        self._print_to(writer)

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        dialog.accepted.connect(lambda: self._print_to(printer))
        dialog.show()

    def _done(self) -> None:
        if self.created is not None:
            session = self.created.session
            self.created = None
            self.key.clear()
            self.done.emit(session)
