"""The emergency sheet of a detained person and the action checklist of each of their cases.

What a caseworker needs in the first hours: whom to call, the lawyer, medical
needs, the person's own instructions, consent for going public, earlier
detentions, how to reach people safely, and what has been done so far.
"""

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QDialog, QGroupBox, QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.errors import CasebookError
from app.records import vocab
from app.session import INTERVENTION_OF_ACTION, DetainedPerson, Session, checklist
from ui.bidi import isolate
from ui.clipboard import copy_secret
from ui.editors import open_editor
from ui.labels import day_count_rule, label
from ui.reports.dialog import ReportDialog
from ui.widgets.pages import show_page


class EmergencySheet(QScrollArea):
    """A scrolling page, rebuilt whole for each person (see ui.widgets.pages); a tick is written at once."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: QDialog | QMessageBox | None = None  # owned here, not by the page: a tick rebuilds the page
        self.setAccessibleName(self.tr("Emergency sheet"))
        self.setWidgetResizable(True)
        self.show_person(None)

    def show_person(self, person: DetainedPerson | None) -> None:
        self.body = QWidget()
        self.content = QVBoxLayout(self.body)
        self.content.setAlignment(Qt.AlignmentFlag.AlignTop)
        if person is None:
            hint = QLabel(self.tr("Choose a person to see their emergency sheet and what to do."), self.body)
            hint.setWordWrap(True)
            self.content.addWidget(hint)
        else:
            self._build(person)
        show_page(self, self.body)

    def _build(self, person: DetainedPerson) -> None:
        record = self.session.record(person.person_id)
        heading = QLabel(isolate(person.name), self.body)  # a Latin name alone still lines up right in Uyghur
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content.addWidget(heading)
        status = label(vocab.PERSON_STATUS, person.status)
        if person.days is not None:
            status = self.tr("%1 since %2 — day %3").replace("%1", status).replace("%2", isolate(person.since or "")).replace(
                "%3", str(person.days))
        status_line = QLabel(status, self.body)
        if person.days is not None:
            status_line.setToolTip(day_count_rule())
        self.content.addWidget(status_line)
        report = QPushButton(self.tr("Draft re&port…"), self.body)
        report.setAccessibleName(self.tr("Draft a UN appeal, a case summary or this emergency sheet"))
        report.clicked.connect(lambda checked=False: self.draft_report(person))
        self.content.addWidget(report, 0, Qt.AlignmentFlag.AlignLeft)
        self._emergency(record.fields.get("emergency") or {}, record.fields.get("consent"))
        self._channels(record.fields.get("channels") or [])
        self._detentions(person.person_id)
        for case_id in person.case_ids:
            self._checklist(case_id)

    def _group(self, title: str) -> QVBoxLayout:
        box = QGroupBox(title, self.body)
        layout = QVBoxLayout(box)
        self.content.addWidget(box)
        return layout

    def _text(self, layout: QVBoxLayout, text: str) -> QLabel:
        line = QLabel(text, self.body)
        line.setWordWrap(True)
        line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(line)
        return line

    def _emergency(self, emergency: dict[str, str], consent: dict[str, str] | None) -> None:
        layout = self._group(self.tr("Emergency sheet"))
        rows = ((self.tr("Who to call"), emergency.get("who_to_call")), (self.tr("Lawyer"), emergency.get("lawyer")),
                (self.tr("Medical needs"), emergency.get("medical_needs")),
                (self.tr("Prior instructions"), emergency.get("prior_instructions")))
        missing = self.tr("not recorded")
        for title, value in rows:
            self._text(layout, f"<b>{html.escape(title)}:</b> {html.escape(value or missing)}")
        no_consent = self.tr("not recorded — ask the family before going public")
        scope = label(vocab.CONSENT_SCOPES, consent.get("scope")) if consent else no_consent
        heading = self.tr("Consent")  # outside the f-string, where lupdate finds it
        self._text(layout, f"<b>{html.escape(heading)}:</b> {html.escape(scope)}")

    def _channels(self, channels: list[dict[str, str]]) -> None:
        if not channels:
            return
        layout = self._group(self.tr("How to reach them"))
        for channel in channels:
            text = f"{label(vocab.CHANNEL_TYPES, channel.get('type'))}: {isolate(channel.get('value', ''))}"
            if channel.get("safety") == "do_not_use":
                line = self._text(layout, self.tr("DO NOT USE — %1").replace("%1", text))
                line.setStyleSheet("color: white; background: #b3261e; padding: 3px; border-radius: 3px;")
                continue
            if channel.get("safety") == "monitored":
                text += " " + self.tr("(monitored)")
            elif channel.get("safety", vocab.UNKNOWN_SAFETY) == vocab.UNKNOWN_SAFETY:
                text += f" ({label(vocab.CHANNEL_SAFETY, vocab.UNKNOWN_SAFETY)})"
            button = QPushButton(self.tr("Copy %1").replace("%1", text), self.body)
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 4px;")
            button.setToolTip(self.tr("Copies to the clipboard, which is cleared again after a short while."))
            value = channel.get("value", "")
            button.clicked.connect(lambda checked=False, v=value: copy_secret(v))
            layout.addWidget(button)

    def _detentions(self, person_id: str) -> None:
        events = self.session.earlier_detentions(person_id)
        if not events:
            return
        layout = self._group(self.tr("Detentions on record"))
        for event in events:
            fields = event.fields
            detention = fields.get("detention") or {}
            place = detention.get("facility") or fields.get("place") or ""
            kind = label(vocab.DETENTION_KINDS, detention.get("kind")) or label(vocab.EVENT_TYPES, fields.get("type"))
            self._text(layout, " · ".join(part for part in (fields.get("date", ""), kind, place) if part))

    def _checklist(self, case_id: str) -> None:
        case = self.session.find(case_id)
        if case is None or case.deleted:
            return
        layout = self._group("")  # the case title can be long: a wrapped line, not the box's one-line title
        title = self.tr("What to do — %1").replace("%1", isolate(case.display_name))
        self._text(layout, f"<b>{html.escape(title)}</b>")
        for item in checklist(case):
            text = label(vocab.CHECKLIST_LABELS, item.item) if item.item in vocab.CHECKLIST_LABELS else item.label
            box = QCheckBox(text + (f"  ({item.date})" if item.done and item.date else ""), self.body)
            box.setChecked(item.done)
            box.setAccessibleName(text)
            box.toggled.connect(lambda done, c=case_id, i=item.item: self._tick(c, i, done))
            layout.addWidget(box)

    def _tick(self, case_id: str, item: str, done: bool) -> None:
        try:
            self.session.tick_checklist(case_id, item, done)
        except CasebookError as exc:
            self._text(self.content, str(exc))
            return
        if done and item in INTERVENTION_OF_ACTION:
            self.offer_intervention(case_id, INTERVENTION_OF_ACTION[item])

    def _own(self, dialog: QDialog | QMessageBox) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def offer_intervention(self, case_id: str, kind: str) -> QMessageBox:
        """Ask, without blocking, whether to record what was done as an intervention of the case; never forced."""
        what = label(vocab.INTERVENTION_TYPES, kind)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Record the intervention?"),
                          self.tr("Record the %1 as an intervention of this case, with its addressee and date? "
                                  "The UN drafts list earlier appeals from the interventions.").replace("%1", what),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Record it…"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Not now"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda answer: self.record_intervention(case_id, kind) if answer == QMessageBox.StandardButton.Yes
                             else None)
        self._own(box)
        return box

    def record_intervention(self, case_id: str, kind: str) -> None:
        """The intervention editor with the case, the type and today's date filled in; Cancel records nothing."""
        defaults = {"case": case_id, "type": kind, "date": dt.date.today().isoformat()}
        self._own(open_editor(self.session, "intervention", None, self, defaults=defaults))

    def draft_report(self, person: DetainedPerson) -> None:
        """The report dialog for this person: the WGEID for a disappearance, the WGAD otherwise."""
        self._own(ReportDialog(self.session, person.person_id, "wgeid" if person.status == "disappeared" else "wgad", self))
