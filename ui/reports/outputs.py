"""Where a report goes: the clipboard, a file the user chose (after a warning), or the printer.

Nothing else: no temporary file, no viewer handed a path. A file is written
only after the user has read that it will not be encrypted, through the file
dialog that leaves no trace of where they looked; a PDF is drawn on the pool.
The clipboard copy is marked secret and cleared after the clipboard setting's
seconds. Each way out is written to the vault's activity log (kind and record
id, never content) by the session.
"""

from pathlib import Path
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from app.errors import CasebookError
from app.session import Report, Session
from ui import settings, tasks
from ui.bidi import isolate
from ui.clipboard import copy_secret
from ui.reports.pdf import html_to_pdf
from ui.widgets.private_file_dialog import open_file_dialog


class ReportOutputs(QWidget):
    """Copy text, Save as HTML, PDF or text, and Print, for the report shown.

    Signals:
        said(str): a sentence for the user (saved, copied, printed, or what went wrong).
    """

    said = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: Report | None = None
        self.printer: QPrinter | None = None
        self._saving: tasks.Task | None = None
        self.copy_button = QPushButton(self.tr("&Copy text"), self)
        self.copy_button.setToolTip(self.tr("Plain text for the OHCHR online form; the clipboard is cleared after a short while."))
        self.copy_button.clicked.connect(self.copy_text)
        self.save_buttons = {
            "html": QPushButton(self.tr("Save as &HTML…"), self),
            "pdf": QPushButton(self.tr("Save as &PDF…"), self),
            "txt": QPushButton(self.tr("Save as &text…"), self),
        }
        for fmt, button in self.save_buttons.items():
            button.setAccessibleName(self.tr("Save the report unencrypted as %1").replace("%1", fmt.upper()))
            button.clicked.connect(lambda checked=False, f=fmt: self.ask_to_save(f))
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.print_button.clicked.connect(self.print_report)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.copy_button, *self.save_buttons.values(), self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        self.set_report(None)

    def set_report(self, report: Report | None) -> None:
        self.report = report
        for button in (self.copy_button, *self.save_buttons.values(), self.print_button):
            button.setEnabled(report is not None and self._saving is None)

    def busy(self) -> bool:
        return self._saving is not None

    def _log(self, report: Report, how: Literal["printed", "copied"]) -> None:
        """Record in the activity log that the report left the app; a log that cannot be written is said, not hidden."""
        try:
            self.session.note_report_out(report, how)
        except CasebookError as exc:
            self.said.emit(str(exc))

    # -- clipboard -------------------------------------------------------------

    def copy_text(self) -> None:
        report = self.report
        if report is None:
            return
        copy_secret(self.session.render_report(report, "txt").decode("utf-8"))
        seconds = settings.get(settings.CLIPBOARD_SECONDS)
        self.said.emit(self.tr("Copied as plain text; the clipboard is cleared in %n second(s).", "", seconds))
        self._log(report, "copied")

    # -- files -----------------------------------------------------------------

    def ask_to_save(self, fmt: str) -> QMessageBox | None:
        """Warn that the file will not be encrypted; only then ask where (the private file dialog)."""
        report = self.report
        if report is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Save unencrypted?"),
                          self.tr("The saved report will not be encrypted: anyone with access to where you save it can read "
                                  "it, and deleting it later may not erase it from the disk. Save anyway?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda answer: self._choose_file(report, fmt) if answer == QMessageBox.StandardButton.Yes else None)
        box.open()
        return box

    def _choose_file(self, report: Report, fmt: str) -> QFileDialog:
        filters = {"html": self.tr("HTML (*.html)"), "pdf": self.tr("PDF (*.pdf)"), "txt": self.tr("Text (*.txt)")}
        dialog = open_file_dialog(self, self.tr("Save the report"), QFileDialog.AcceptMode.AcceptSave,
                                  lambda path: self.save_to(report, fmt, Path(path)), name=f"{report.kind}-draft.{fmt}",
                                  filters=[filters[fmt]])
        dialog.setDefaultSuffix(fmt)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # an existing file is never replaced: the save says so
        return dialog

    def save_to(self, report: Report, fmt: str, path: Path) -> tasks.Task:
        """Render (a PDF is drawn here, off the GUI thread) and write a new file at `path`."""
        session = self.session
        self.said.emit(self.tr("Saving…"))
        self._saving = tasks.start(lambda task: session.save_report(report, fmt, path, html_to_pdf), self,
                                   on_success=lambda result: self._saved(path), on_failure=self._save_failed)
        self.set_report(self.report)
        return self._saving

    def _finished(self) -> None:
        self._saving = None
        self.set_report(self.report)

    def _saved(self, path: Path) -> None:
        self._finished()
        self.said.emit(self.tr("Saved to %1. The file is not encrypted: delete it once it has been sent.")
                       .replace("%1", isolate(str(path))))

    def _save_failed(self, message: str) -> None:
        self._finished()
        self.said.emit(message)

    # -- printer ---------------------------------------------------------------

    def print_report(self) -> QPrintDialog | None:
        """The print dialog, opened without blocking; the report is drawn straight to the printer, no file between."""
        report = self.report
        if report is None:
            return None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        printer = self.printer
        dialog.accepted.connect(lambda: self.print_to(report, printer))
        QDialog.open(dialog)  # QPrintDialog's own open() wants a receiver
        return dialog

    def print_to(self, report: Report, printer: QPrinter) -> None:
        document = QTextDocument()
        document.setHtml(self.session.render_report(report, "html").decode("utf-8"))
        document.print_(printer)
        self.said.emit(self.tr("Sent to the printer."))
        self._log(report, "printed")

