"""The selected record, read-only and laid out for reading, with Edit and History.

The shell puts this on the right of the main window and calls show_record();
editing and restoring happen in dialogs. The page rebuilds itself whenever the
session announces a change to the record shown or to what it refers to.
"""

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.errors import CasebookError
from app.records import vocab
from app.records.dates import local_date_text
from app.records.record import Record
from app.session import RecordsChanged, Session
from ui.bidi import isolate
from ui.dialogs.history import HistoryDialog
from ui.editors import EditorDialog, open_editor
from ui.editors.labels import code_label, kind_label
from ui.labels import day_count_rule
from ui.reports.dialog import ReportDialog
from ui.safety.shred import ask_and_shred
from ui.session_signals import SessionSignals
from ui.widgets.attachments import AttachmentsPanel
from ui.widgets.pages import show_page
from ui.widgets.record_sections import Page, person_status


class RecordView(QWidget):
    """One record shown read-only."""

    def __init__(self, session: Session, signals: SessionSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.record: Record | None = None
        self.page: Page | None = None
        self.dialog: EditorDialog | HistoryDialog | ReportDialog | None = None
        self.setObjectName("recordView")
        self.title = QLabel(self)
        self.title.setObjectName("recordTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.history_button = QPushButton(self.tr("&History"), self)
        self.add_event_button = QPushButton(self.tr("Add e&vent"), self)
        self.edit_button.setAccessibleName(self.tr("Edit this record"))
        self.history_button.setAccessibleName(self.tr("Show this record's history"))
        self.add_event_button.setAccessibleName(self.tr("Add an event to this case"))
        self.report_button = QPushButton(self.tr("Draft re&port…"), self)
        self.report_button.setAccessibleName(self.tr("Draft a UN appeal, a case summary or an emergency sheet"))
        self.report_button.clicked.connect(self.draft_report)
        self.shred_button = QPushButton(self.tr("Sh&red…"), self)
        self.shred_button.setAccessibleName(self.tr("Shred this record for good"))
        self.shred_button.clicked.connect(self.shred)
        self.edit_button.clicked.connect(self.edit)
        self.history_button.clicked.connect(self.show_history)
        self.add_event_button.clicked.connect(self.add_event)
        header = QVBoxLayout()  # the title and status get the pane's whole width; the actions go on a row below
        header.addWidget(self.title)
        header.addWidget(self.subtitle)
        actions = QHBoxLayout()
        for button in (self.add_event_button, self.report_button, self.edit_button, self.history_button, self.shred_button):
            actions.addWidget(button)
        actions.addStretch(1)
        header.addLayout(actions)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.attachments = AttachmentsPanel(session)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.scroll_area, 1)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.show_record(None)
        signals.recordsChanged.connect(self._records_changed)

    def _records_changed(self, event: RecordsChanged) -> None:
        if self.record is not None and (event.everything or self.record.id in event.ids):
            self.show_record(self.record.id)

    def show_record(self, record_id: str | None) -> None:
        """Show a record (None or a vanished id shows an empty page)."""
        self.record = None
        problem = ""
        if record_id:
            try:
                self.record = self.session.record(record_id)
            except CasebookError as exc:
                problem = str(exc)
        self._rebuild()
        self.empty.setText(problem or self.tr("Choose a record on the left, or search with Ctrl+K."))

    def _new_content(self) -> None:
        """A fresh, not yet shown page; the old one stays on screen until _show_content replaces it."""
        self.attachments.setParent(None)
        self.content = QWidget()
        self.sections = QVBoxLayout(self.content)
        self.page = None

    def _show_content(self) -> None:
        """Put the finished page in the scroll area (see ui.widgets.pages for why only now)."""
        self.sections.addStretch(1)
        show_page(self.scroll_area, self.content)

    def _rebuild(self) -> None:
        self._new_content()
        record = self.record
        for widget in (self.title, self.subtitle, self.scroll_area, self.edit_button, self.history_button,
                       self.shred_button):
            widget.setVisible(record is not None)
        self.empty.setVisible(record is None)
        self.add_event_button.setVisible(record is not None and record.kind == "case")
        self.report_button.setVisible(record is not None and record.kind in ("person", "case"))
        if record is None:
            self.title.clear()
            self.setAccessibleName(self.tr("No record selected"))
            self._show_content()
            return
        self.title.setText(isolate(record.display_name) or kind_label(record.kind))
        self.subtitle.setText(self._subtitle(record))
        self.setAccessibleName(self.tr("%1: %2").replace("%1", kind_label(record.kind)).replace("%2", record.display_name))
        self.page = Page(self.session, record, self.sections, self.content, self._follow, self.edit_event, self.edit_intervention)
        self.page.build()
        box = QGroupBox(self.tr("Attachments"), self.content)
        column = QVBoxLayout(box)
        self.attachments.setParent(box)
        column.addWidget(self.attachments)
        self.attachments.set_record(record.id)
        self.sections.addWidget(box)
        self._show_content()

    def _subtitle(self, record: Record) -> str:
        parts = [html.escape(kind_label(record.kind).capitalize())]
        fields = record.fields
        if record.kind == "person" and fields.get("roles"):
            parts.append(html.escape(", ".join(code_label(vocab.PERSON_ROLES, r) for r in fields["roles"])))
        self.subtitle.setToolTip("")
        if record.kind == "person":
            status, line, _ = person_status(self.session, record)
            if status in vocab.DEPRIVED_OF_LIBERTY:
                text = code_label(vocab.PERSON_STATUS, status).upper()
                if line.days_in_detention is not None:
                    text += " — " + self.tr("day %1").replace("%1", str(line.days_in_detention))
                    self.subtitle.setToolTip(day_count_rule())
                parts.insert(0, f'<b style="color:#c62828">{html.escape(text)}</b>')
        if record.kind == "case":
            parts += [html.escape(code_label(vocab.CASE_TYPES, fields.get("type"))),
                      html.escape(code_label(vocab.CASE_STATUS, fields.get("status")))]
        if fields.get("risk") in ("high", "critical"):
            risk = self.tr("risk: %1").replace("%1", code_label(vocab.RISK_LEVELS, fields["risk"]))
            parts.append(f'<b style="color:#c62828">{html.escape(risk)}</b>')
        if record.review:
            review = self.tr("needs review after a merge")
            parts.append(f"<b>{html.escape(review)}</b>")
        parts.append(html.escape(self.tr("updated %1").replace("%1", local_date_text(record.updated))))
        return " · ".join(p for p in parts if p)

    def _follow(self, record_id: str) -> None:
        self.show_record(record_id)

    # -- actions ---------------------------------------------------------------

    def _open_dialog(self, dialog: EditorDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit(self) -> None:
        if self.record is not None:
            self._open_dialog(open_editor(self.session, self.record.kind, self.record.id, self))

    def edit_event(self, event_id: str) -> None:
        self._open_dialog(open_editor(self.session, "event", event_id, self))

    def add_event(self) -> None:
        if self.record is not None and self.record.kind == "case":
            defenders = [p["person"] for p in self.record.fields.get("people", []) if p["role"] == "defender"]
            defaults = {"case": self.record.id, **({"person": defenders[0]} if len(defenders) == 1 else {})}
            self._open_dialog(open_editor(self.session, "event", None, self, defaults=defaults))

    def edit_intervention(self, intervention_id: str | None) -> None:
        """Edit an intervention, or add one to the case shown."""
        if intervention_id is None and self.record is not None and self.record.kind == "case":
            self._open_dialog(open_editor(self.session, "intervention", None, self, defaults={"case": self.record.id}))
        elif intervention_id is not None:
            self._open_dialog(open_editor(self.session, "intervention", intervention_id, self))

    def draft_report(self) -> None:
        """The report dialog for the person or case shown: a disappearance suggests the WGEID, anything else the WGAD."""
        if self.record is None:
            return
        summary = self.session.summary(self.record.id)  # a person's status, derived from the events, is on their list line
        disappeared = self.record.fields.get("type") == "enforced_disappearance" or (summary is not None and summary.status == "disappeared")
        dialog = ReportDialog(self.session, self.record.id, "wgeid" if disappeared else "wgad", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def show_history(self) -> None:
        if self.record is None:
            return
        dialog = HistoryDialog(self.session, self.record.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def shred(self) -> None:
        if self.record is not None:
            ask_and_shred(self, self.session, self.record, self._shredded)

    def _shredded(self, record_id: str) -> None:
        self.show_record(None)
