"""The parts of a record's read-only page, one builder per kind.

Each builder adds group boxes to a layout. Values are shown in selectable
labels; references to other records are links (`record:<id>`) that the
record view follows. Everything the user typed is HTML-escaped.
"""

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFormLayout, QFrame, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.records import timeline as timeline_model
from app.records import vocab
from app.records.deadlines import Deadline, deadlines, next_mark
from app.records.record import Record
from app.records.status import derive_status, effective_status, event_sort_key
from app.session import Session
from ui.bidi import isolate
from ui.editors.labels import code_label, describe, field_label, kind_label, script_label, yes_no
from ui.labels import mark_soon, mark_text
from ui.widgets.interventions import InterventionsPanel
from ui.widgets.merged import HISTORY_LINK, merged_from_items, open_history
from ui.widgets.timeline import TimelineView

translate = QCoreApplication.translate  # lupdate finds translate(context, text) calls

Link = Callable[[str], None]
# Opens the intervention editor: an intervention's id, or None for a new one of the case shown.
EditIntervention = Callable[[str | None], None]
FLAGS = Qt.TextInteractionFlag.TextBrowserInteraction



def value_label(text: str, parent: QWidget, rich: bool = False) -> QLabel:
    """A selectable, wrapping label; plain text unless `rich` (already escaped)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(FLAGS)
    return label


def record_link(session: Session, record_id: str) -> str:
    """An HTML link to another record, by the display name its list line holds (nothing is decrypted for it)."""
    summary = session.summary(record_id)
    name = summary.display_name if summary is not None else translate("RecordView", "(deleted record)")
    return f'<a href="record:{html.escape(record_id)}">{html.escape(isolate(name or record_id))}</a>'


def person_status(session: Session, record: Record) -> tuple[str | None, timeline_model.Timeline, Deadline | None]:
    """A person's status (set by hand, or derived from their cases' events), their timeline and their next mark."""
    events = session.events_of_person(record.id)
    status = effective_status(record.fields, derive_status(e.fields for e in events))
    pairs = [(e.id, e.fields) for e in events]
    return status, timeline_model.build(pairs), next_mark(deadlines(pairs))


class Page:
    """Builds the sections of one record into `layout`; links call `follow`."""

    def __init__(self, session: Session, record: Record, layout: QVBoxLayout, parent: QWidget, follow: Link,
                 open_event: Link, edit_intervention: EditIntervention) -> None:
        self.session = session
        self.record = record
        self.fields: dict[str, Any] = record.fields
        self.layout = layout
        self.parent = parent
        self.follow = follow
        self.open_event = open_event
        self.edit_intervention = edit_intervention
        self.timeline: TimelineView | None = None
        self.interventions: InterventionsPanel | None = None

    # -- helpers ---------------------------------------------------------------

    def group(self, title: str, name: str = "") -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self.parent)
        box.setObjectName(name or title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout.addWidget(box)
        return box, form

    def row(self, form: QFormLayout, key: str, text: str, rich: bool = False) -> None:
        if text:
            label = value_label(text, form.parentWidget() or self.parent, rich)
            label.setAccessibleName(field_label(key))
            label.linkActivated.connect(self._link)
            form.addRow(field_label(key), label)

    def mark_row(self, form: QFormLayout, mark: Deadline | None) -> None:
        """The next mark and the days left, in red when it has passed or is near."""
        if mark is None:
            return
        text = html.escape(mark_text(mark))
        label = value_label(f'<b style="color:#c62828">{text}</b>' if mark_soon(mark) else text, form.parentWidget() or self.parent,
                            rich=True)
        label.setObjectName("nextMark")
        label.setAccessibleName(translate("RecordView", "Next mark"))
        form.addRow(translate("RecordView", "Next mark"), label)

    def shown(self, key: str) -> str:
        return describe(self.record.kind, key, self.fields.get(key))

    def rows(self, form: QFormLayout, keys: tuple[str, ...]) -> None:
        for key in keys:
            self.row(form, key, self.shown(key))

    def _link(self, href: str) -> None:
        if href.startswith("record:"):
            self.follow(href.removeprefix("record:"))
        elif href.startswith(HISTORY_LINK):
            open_history(self.session, href.removeprefix(HISTORY_LINK), self.parent)

    def links_list(self, title: str, items: list[str]) -> None:
        if not items:
            return
        box = QGroupBox(title, self.parent)
        column = QVBoxLayout(box)
        for item in items:
            label = value_label(item, box, rich=True)
            label.linkActivated.connect(self._link)
            column.addWidget(label)
        self.layout.addWidget(box)

    def notes(self) -> None:
        """Notes, tags and sources (with their reliability), if any."""
        if not any(self.fields.get(k) for k in ("notes", "tags", "sources")):
            return
        _, form = self.group(field_label("notes"))
        self.rows(form, ("notes", "tags", "sources"))

    def linked(self) -> None:
        """Links (lawyer of, family of, …) from and to this record."""
        items = []
        for link, field in self.session.links_of(self.record.id):
            other = str(link.fields["to"] if field == "from" else link.fields["from"])
            relation = html.escape(code_label(vocab.LINK_TYPES, link.fields.get("type")))
            if field == "from":
                text = f"{relation} {record_link(self.session, other)}"
            else:
                text = html.escape(translate("RecordView", "%1 is %2 this %3")).replace("%1", record_link(self.session, other)).replace(
                    "%2", relation).replace("%3", html.escape(kind_label(self.record.kind)))
            note = link.fields.get("note")
            word = html.escape(translate("RecordView", "link"))
            items.append(text + (f" — {html.escape(note)}" if note else "") + f' (<a href="record:{link.id}">{word}</a>)')
        self.links_list(translate("RecordView", "Links"), items)

    # -- kinds -------------------------------------------------------------------

    def names(self) -> None:
        names = self.fields.get("names") or []
        if not names:
            return
        box = QGroupBox(field_label("names"), self.parent)
        grid = QGridLayout(box)
        big = QFont(self.parent.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        for row, name in enumerate(names):
            value = value_label(name["value"], box)
            value.setFont(big)
            value.setAccessibleName(field_label("names"))
            meta = value_label(f"{code_label(vocab.NAME_KINDS, name.get('kind'))} · {script_label(name.get('script', ''))}", box)
            meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            grid.addWidget(value, row, 0)
            grid.addWidget(meta, row, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.layout.addWidget(box)

    def channels(self) -> None:
        channels = self.fields.get("channels") or []
        if not channels:
            return
        box = QGroupBox(field_label("channels"), self.parent)
        grid = QGridLayout(box)
        for row, channel in enumerate(channels):
            safety = channel.get("safety", vocab.UNKNOWN_SAFETY)
            frame = QFrame(box)
            frame.setObjectName(f"channel-{safety}")
            line = QGridLayout(frame)
            line.setContentsMargins(6, 3, 6, 3)
            kind = value_label(code_label(vocab.CHANNEL_TYPES, channel.get("type")), frame)
            kind.setMinimumWidth(90)
            value = value_label(channel.get("value", ""), frame)
            value.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # phone numbers, e-mail, handles
            badge = QLabel(frame)
            badge.setObjectName("safetyBadge")
            badge.setMinimumWidth(130)
            if safety == "do_not_use":
                frame.setStyleSheet("QFrame#channel-do_not_use { background: #ffcdd2; border: 2px solid #c62828; border-radius: 4px; }"
                                    "QLabel { color: #7f0000; }")
                font = QFont(value.font())
                font.setStrikeOut(True)
                value.setFont(font)
                badge.setText("⚠ " + translate("RecordView", "DO NOT USE"))
                badge.setStyleSheet("font-weight: bold;")
            elif safety == "monitored":
                frame.setStyleSheet("QFrame#channel-monitored { background: #fff3cd; border: 1px solid #b28704; border-radius: 4px; }"
                                    "QLabel { color: #4d3800; }")
                badge.setText(translate("RecordView", "monitored"))
            else:
                badge.setText(code_label(vocab.CHANNEL_SAFETY, safety))
            value.setAccessibleName(f"{kind.text()}, {badge.text()}")
            line.addWidget(kind, 0, 0)
            line.addWidget(value, 0, 1)
            line.addWidget(badge, 0, 2)
            if channel.get("note"):  # under the value, so a narrow page does not break the number itself
                line.addWidget(value_label(channel["note"], frame), 1, 1, 1, 2)
            line.setColumnStretch(1, 1)
            grid.addWidget(frame, row, 0)
        self.layout.addWidget(box)

    def person(self) -> None:
        status, line, mark = person_status(self.session, self.record)
        deprived = status in vocab.DEPRIVED_OF_LIBERTY
        emergency = self.fields.get("emergency") or {}
        if emergency or deprived:
            box, form = self.group(field_label("emergency"), "emergencySheet")
            if deprived:
                box.setStyleSheet("QGroupBox#emergencySheet { border: 2px solid #c62828; border-radius: 4px; margin-top: 1.2em;"
                                  " font-weight: bold; } QGroupBox#emergencySheet QLabel { font-weight: normal; }")
            for key in ("who_to_call", "lawyer", "medical_needs", "prior_instructions"):
                self.row(form, key, emergency.get(key, ""))
            if not emergency:
                self.row(form, "notes", translate("RecordView", "No emergency sheet yet: edit this person to add who to call and their lawyer."))
        self.names()
        _, form = self.group(translate("RecordView", "Details"))
        state = code_label(vocab.PERSON_STATUS, status) if status else ""
        if deprived and line.days_in_detention is not None and line.detained_since is not None:
            state += " — " + translate("RecordView", "day %1 (since %2)").replace("%1", str(line.days_in_detention)).replace(
                "%2", line.detained_since.isoformat())
        if status and not self.fields.get("status"):
            state += " " + translate("RecordView", "(from case events)")
        self.row(form, "status", state)
        self.mark_row(form, mark)
        self.rows(form, ("roles", "sex", "birth_date", "nationality", "occupation", "places", "risk"))
        consent = self.fields.get("consent")
        if consent:
            self.row(form, "consent", describe("person", "consent", consent))
        self.channels()
        if line.events:
            self.add_timeline(line, translate("RecordView", "Timeline of all their cases"))
        cases = [record_link(self.session, source) + f" — {html.escape(code_label(vocab.CASE_ROLES, role))}"
                 for source, _, role in self.session.referencing(self.record.id, "people")]
        self.links_list(translate("RecordView", "Cases"), cases)
        self.linked()
        self.links_list(translate("RecordView", "Merged from"), merged_from_items(self.session, self.fields.get("merged_from", [])))
        self.notes()

    def organisation(self) -> None:
        self.names()
        _, form = self.group(translate("RecordView", "Details"))
        self.rows(form, ("type", "places"))
        self.linked()
        self.notes()

    def add_timeline(self, line: timeline_model.Timeline, title: str) -> None:
        box = QGroupBox(title, self.parent)
        column = QVBoxLayout(box)
        self.timeline = TimelineView(box)
        self.timeline.set_timeline(line)
        self.timeline.eventActivated.connect(self.open_event)
        column.addWidget(self.timeline)
        self.layout.addWidget(box)

    def case(self) -> None:
        events = self._referring("event")
        self.add_timeline(timeline_model.build((e.id, e.fields) for e in events), translate("RecordView", "Timeline"))
        _, form = self.group(translate("RecordView", "Details"))
        self.rows(form, ("type", "status", "location"))
        defenders = [p["person"] for p in self.fields.get("people", []) if p["role"] == "defender"]
        self.mark_row(form, next_mark(deadlines((e.id, e.fields) for e in events if e.fields.get("person") in (None, *defenders))))
        people = [f"{record_link(self.session, p['person'])} — {html.escape(code_label(vocab.CASE_ROLES, p['role']))}"
                  for p in self.fields.get("people", [])]
        self.row(form, "people", "<br>".join(people), rich=True)
        charges = [c["charge"] + (f" ({c['article']})" if c.get("article") else "") for c in self.fields.get("charges", [])]
        self.row(form, "charges", "\n".join(charges))
        self.rows(form, ("authorities",))
        checklist = self.fields.get("checklist") or []
        if checklist:
            items = [("☑ " if c.get("done") else "☐ ") + code_label(vocab.CHECKLIST_LABELS, c["item"]) for c in checklist]
            self.row(form, "checklist", "\n".join(items))
        self.links_list(translate("RecordView", "Events"), [
            f'<a href="record:{e.id}">{html.escape(e.display_name)}</a>'
            + (f" — {html.escape(e.fields['place'])}" if e.fields.get("place") else "")
            for e in sorted(events, key=lambda e: event_sort_key(e.fields))
        ])
        box = QGroupBox(translate("RecordView", "Interventions"), self.parent)
        box.setObjectName("interventions")
        self.interventions = InterventionsPanel(self._referring("intervention"), box)
        self.interventions.addRequested.connect(lambda: self.edit_intervention(None))
        self.interventions.editRequested.connect(self.edit_intervention)
        QVBoxLayout(box).addWidget(self.interventions)
        self.layout.addWidget(box)
        self.linked()
        self.notes()

    def _referring(self, kind: str) -> list[Record]:
        return self.session.case_records(self.record.id, kind)

    def event(self) -> None:
        _, form = self.group(translate("RecordView", "Event"))
        if self.fields.get("case"):
            self.row(form, "case", record_link(self.session, self.fields["case"]), rich=True)
        if self.fields.get("person"):
            self.row(form, "person", record_link(self.session, self.fields["person"]), rich=True)
        date = self.fields.get("date", "")
        if date.startswith("~"):
            date += " " + translate("RecordView", "(approximate)")
        self.row(form, "date", date)
        self.rows(form, ("type", "place", "description", "confidence", "sources"))
        detention = self.fields.get("detention")
        if detention:
            _, form = self.group(field_label("detention"))
            for key, value in detention.items():
                self.row(form, key, yes_no(value) if isinstance(value, bool) else describe("detention", key, value))

    def intervention(self) -> None:
        _, form = self.group(kind_label("intervention").capitalize())
        if self.fields.get("case"):
            self.row(form, "case", record_link(self.session, self.fields["case"]), rich=True)
        self.rows(form, ("type", "date", "addressee", "response", "status", "priority", "notes"))

    def link(self) -> None:
        _, form = self.group(kind_label("link").capitalize())
        for key in ("from", "to"):
            if self.fields.get(key):
                self.row(form, key, record_link(self.session, self.fields[key]), rich=True)
        self.rows(form, ("type", "note"))

    def build(self) -> None:
        getattr(self, self.record.kind)()
