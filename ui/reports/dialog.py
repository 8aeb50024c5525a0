"""Draft report: choose the kind and language, read the draft and what the record lacks, then copy, save or print.

The draft is made on the pool (it decrypts a case, its people and events) and
only the newest choice is shown. A consent refusal shows its sentence and a
box to confirm the person or family agreed; nothing is made until it is ticked.
The report leaves the app only where the user sends it (see ui.reports.outputs).
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.session import REPORT_KINDS, ConsentNotCovered, Report, Session
from ui.bidi import isolate
from ui.labels import app_text
from ui.reports.outputs import ReportOutputs
from ui.tasks import LatestOnly

REFUSAL_STYLE = "color: #b3261e; font-weight: 600;"
MISSING_STYLE = "QGroupBox#missing { border: 2px solid #b28704; border-radius: 4px; margin-top: 1.2em; font-weight: bold; }" \
                "QGroupBox#missing QLabel { font-weight: normal; }"


@dataclass(frozen=True)
class Refused:
    """The consent on record does not cover this report: the sentence that says so."""

    sentence: str


def _make(session: Session, kind: str, record_id: str, lang: str, override: bool) -> Report | Refused:
    """Make the report on the pool; a consent refusal is an answer to show, not a failure."""
    try:
        return session.make_report(kind, record_id, lang=lang, override_consent=override)
    except ConsentNotCovered as exc:
        return Refused(str(exc))


class ReportDialog(QDialog):
    """Drafts a report from a case or a person (their open case as defender)."""

    def __init__(self, session: Session, record_id: str, kind: str = "wgad", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.record_id = record_id
        self.report: Report | None = None
        self.setObjectName("reportDialog")
        summary = session.summary(record_id)
        self.setWindowTitle(self.tr("Draft report — %1").replace("%1", isolate(summary.display_name) if summary else ""))
        self.kind = QComboBox(self)
        for code in REPORT_KINDS:
            self.kind.addItem(self._kind_label(code), code)
        self.kind.setCurrentIndex(REPORT_KINDS.index(kind) if kind in REPORT_KINDS else 0)
        self.lang = QComboBox(self)
        self.lang.addItem(self.tr("English"), "en")
        self.lang.addItem(self.tr("Chinese (中文)"), "zh")
        self.lang.setToolTip(self.tr("The headings change; the text stays in English, as the UN asks."))
        choices = QFormLayout()
        choices.addRow(self.tr("&Report:"), self.kind)
        choices.addRow(self.tr("&Headings in:"), self.lang)
        self.refusal = QLabel(self)
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(REFUSAL_STYLE)
        self.refusal.setAccessibleName(self.tr("Consent refusal"))
        self.override = QCheckBox(self.tr("The person or their family agreed to this report: make it anyway"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.missing = QGroupBox(self)
        self.missing.setObjectName("missing")
        self.missing.setStyleSheet(MISSING_STYLE)
        self.missing_list = QLabel(self.missing)
        self.missing_list.setWordWrap(True)
        self.missing_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.missing).addWidget(self.missing_list)
        self.consent_box = QGroupBox(self)
        self.consent = QLabel(self.consent_box)
        self.consent.setWordWrap(True)
        self.consent.setAccessibleName(self.tr("Consent statement"))
        self.consent.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.consent_box).addWidget(self.consent)
        self.draft = QPlainTextEdit(self)
        self.draft.setReadOnly(True)
        self.draft.setAccessibleName(self.tr("Draft"))
        self.outputs = ReportOutputs(session, self)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.refusal)
        layout.addWidget(self.override)
        layout.addWidget(self.missing)
        layout.addWidget(self.consent_box)
        layout.addWidget(self.draft, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.outputs)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self._answers: LatestOnly[Report | Refused] = LatestOnly(self._answered, self._failed, self)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.lang.currentIndexChanged.connect(lambda index: self.remake())
        self.override.toggled.connect(lambda on: self.remake())
        self.outputs.said.connect(self.status.setText)
        self.resize(760, 720)
        self._show(None)
        self.remake()

    def _kind_label(self, code: str) -> str:
        return {
            "wgad": self.tr("Urgent appeal — UN Working Group on Arbitrary Detention"),
            "wgeid": self.tr("Report — UN Working Group on Enforced or Involuntary Disappearances"),
            "hrd": self.tr("Submission — UN Special Rapporteur on human rights defenders"),
            "summary": self.tr("Case summary for partners"),
            "emergency": self.tr("Emergency sheet"),
        }.get(code, code)

    def chosen(self) -> tuple[str, str, bool]:
        return str(self.kind.currentData()), str(self.lang.currentData()), self.override.isChecked()

    def _kind_changed(self) -> None:
        """Another kind needs its own confirmation: an override given for one report is not carried to the next."""
        self.override.blockSignals(True)
        self.override.setChecked(False)
        self.override.blockSignals(False)
        self.remake()

    def remake(self) -> None:
        """Make the draft for the current choices in the background; the controls stay usable meanwhile."""
        kind, lang, override = self.chosen()
        self.status.setText(self.tr("Making the draft…"))
        self.outputs.set_report(None)
        session, record_id = self.session, self.record_id
        self._answers.ask((kind, lang, override), lambda: _make(session, kind, record_id, lang, override))

    def busy(self) -> bool:
        return self._answers.busy() or self.outputs.busy()

    def _answered(self, key: object, answer: Report | Refused) -> None:
        if isinstance(answer, Refused):
            self._show(None)
            self.refusal.setText(app_text(answer.sentence))
            self.refusal.show()
            self.override.show()
            self.status.setText(self.tr("Nothing was made. Tick the box only if the person or their family agreed to this report."))
            return
        self.refusal.setVisible(answer.consent_overridden)
        self.override.setVisible(self.override.isChecked())
        if answer.consent_overridden:
            self.refusal.setText(self.tr("Made although the consent on record does not cover it, as you confirmed; "
                                         "the report says so. Record that consent in Casebook."))
        self._show(answer)
        self.status.setText(self.tr("Draft ready: check every line before sending it."))

    def _failed(self, message: str) -> None:
        self._show(None)
        self.status.setText(message)

    def _show(self, report: Report | None) -> None:
        self.report = report
        self.outputs.set_report(report)
        if report is None:
            self.refusal.hide()
            self.override.setVisible(self.override.isChecked())
            self.missing.hide()
            self.consent_box.hide()
            self.consent.clear()
            self.draft.clear()
            return
        self.missing.setTitle(report.missing_heading)
        self.missing_list.setText("\n".join(f"• {gap}" for gap in report.missing))
        self.missing.setVisible(bool(report.missing))
        consent = next((s for s in report.sections if s.key == "consent"), None)
        self.consent_box.setVisible(consent is not None)
        if consent is not None:
            self.consent_box.setTitle(consent.heading)
            self.consent.setText("\n".join(f"{e.label}: {e.value}" for e in consent.entries))
        self.draft.setPlainText(self.session.render_report(report, "txt").decode("utf-8"))
