"""Choosing records and recipients, then writing the bundle on the thread pool with progress."""

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.session import EXPORTABLE_KINDS, ExportResult, Session
from ui import tasks
from ui.bidi import isolate, passphrase_field
from ui.colleagues.models import Choice, ChoiceModel
from ui.colleagues.progress import cancellable_progress

DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


class ExportDialog(QDialog):
    """Records (cases, people, organisations) and recipients (contacts or a passphrase) for one bundle.

    Signals:
        exported(str): the path of the bundle written.
    """

    exported = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None, preselected: list[str] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: tasks.Task | None = None
        self.exported_result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export a bundle"))
        kinds = {"case": self.tr("case"), "person": self.tr("person"), "organisation": self.tr("organisation")}
        records = [Choice(s.id, s.display_name, kinds[s.kind], s.id in (preselected or []))
                   for kind in EXPORTABLE_KINDS for s in session.summaries(kind)]
        self.records = ChoiceModel((self.tr("Record"), self.tr("Kind")), records, self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name"))
        self.filter.setAccessibleName(self.tr("Filter records"))
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.records)
        proxy.setFilterKeyColumn(ChoiceModel.LABEL)
        proxy.setFilterCaseSensitivity(proxy.filterCaseSensitivity().CaseInsensitive)
        self.filter.textChanged.connect(proxy.setFilterFixedString)
        self.record_view = self._table(proxy, self.tr("Records to send"))
        contacts = [Choice(c.name, c.name, self.tr("verified") if c.verified else self.tr("not verified"))
                    for c in session.contacts()]
        self.recipients = ChoiceModel((self.tr("Colleague"), self.tr("Fingerprint checked")), contacts, self)
        self.recipient_view = self._table(self.recipients, self.tr("Recipients"))
        self.to_contacts = QRadioButton(self.tr("To colleagues (their keys)"), self)
        self.to_contacts.setChecked(True)
        self.to_passphrase = QRadioButton(self.tr("With a passphrase, for a colleague without Casebook keys"), self)
        self.passphrase = passphrase_field(self, self.tr("Bundle passphrase"))
        self.passphrase_again = passphrase_field(self, self.tr("Bundle passphrase again"))
        self.include_no_consent = QCheckBox(self.tr("Also send people whose consent does not cover partners"), self)
        self.include_no_consent.setAccessibleName(self.tr("Include people without consent to share"))
        self.output = QLineEdit(self)
        self.output.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.output.setAccessibleName(self.tr("Bundle file"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Export result"))
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        self._layout(browse)
        self.to_contacts.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _table(self, model: object, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)  # type: ignore[arg-type]
        view.setAccessibleName(name)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        return view

    def _layout(self, browse: QPushButton) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.output)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Again:"), self.passphrase_again)
        form.addRow(self.tr("Save as:"), file_row)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A case brings its events and people; a person's internal notes, internal "
                                        "channels and sources stay here."), self))
        layout.addWidget(self.filter)
        layout.addWidget(self.record_view, 2)
        layout.addWidget(self.to_contacts)
        layout.addWidget(self.recipient_view, 1)
        layout.addWidget(self.to_passphrase)
        layout.addLayout(form)
        layout.addWidget(self.include_no_consent)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _mode_changed(self) -> None:
        by_contacts = self.to_contacts.isChecked()
        self.recipient_view.setEnabled(by_contacts)
        self.passphrase.setEnabled(not by_contacts)
        self.passphrase_again.setEnabled(not by_contacts)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the bundle"))
        dialog.setOptions(DIALOG_OPTIONS)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Casebook bundles (*.casebundle)"))
        dialog.setDefaultSuffix("casebundle")
        dialog.fileSelected.connect(self.output.setText)
        dialog.open()

    def _problem(self) -> str:
        if not self.records.checked_ids():
            return self.tr("Tick at least one case, person or organisation to send.")
        if self.to_contacts.isChecked() and not self.recipients.checked_ids():
            return self.tr("Tick at least one colleague to send the bundle to, or choose a passphrase.")
        if self.to_passphrase.isChecked() and not self.passphrase.text():
            return self.tr("Type the passphrase you will give your colleague.")
        if self.to_passphrase.isChecked() and self.passphrase.text() != self.passphrase_again.text():
            return self.tr("The two passphrases differ.")
        if not self.output.text().strip():
            return self.tr("Choose where to save the bundle.")
        if Path(self.output.text().strip()).exists():
            return self.tr("That file already exists; choose another name.")
        return ""

    def start_export(self) -> None:
        """Check the choices, then build and write the bundle off the UI thread."""
        problem = self._problem()
        if problem:
            self.message.setText(problem)
            return
        ids, include = self.records.checked_ids(), self.include_no_consent.isChecked()
        contacts = [self.session.contact(name) for name in self.recipients.checked_ids()] \
            if self.to_contacts.isChecked() else None
        passphrase = self.passphrase.text() if self.to_passphrase.isChecked() else None
        path = Path(self.output.text().strip())

        def work(task: tasks.Task) -> ExportResult:
            result = self.session.export_bundle(ids, to=contacts, passphrase=passphrase, include_without_consent=include,
                                                progress=cancellable_progress(task))
            task.check()
            self.session.save_bundle(result, path)
            return result

        self.export_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.show()
        self.message.setText(self.tr("Exporting…"))
        self.task = tasks.start(work, self, on_success=lambda r: self._done(r, path), on_failure=self._failed,
                                on_progress=self._progress, on_cancelled=self._cancelled)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish(self, text: str) -> None:
        self.task = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.message.setText(text)

    def _done(self, result: ExportResult, path: Path) -> None:
        self.exported_result = result
        parts = [self.tr("Saved %1 records and %2 attachments to %3.").replace("%1", str(sum(result.counts.values())))
                 .replace("%2", str(result.attachments)).replace("%3", isolate(path.name))]
        left = result.selection.without_consent
        if left:
            parts.append(self.tr("Left out, as their consent does not cover partners: %1.")
                         .replace("%1", ", ".join(isolate(p.display_name) for p in left)))
        if result.selection.included_without_consent:
            parts.append(self.tr("Sent without consent to share, as you confirmed: %1 people; the bundle says so.")
                         .replace("%1", str(len(result.selection.included_without_consent))))
        self._finish(" ".join(parts))
        self.exported.emit(str(path))

    def _failed(self, message: str) -> None:
        self._finish(message)

    def _cancelled(self) -> None:
        self._finish(self.tr("Export cancelled; no bundle was written."))

    def _cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()
