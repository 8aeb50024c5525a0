"""A report as structured content: title, sections of labelled entries and lists, and what the record lacks.

Builders fill it from the gathered facts; renderers (text, HTML, then PDF)
only lay it out, so every format says exactly the same thing.
"""

from dataclasses import dataclass
from typing import Any

# The activity log's event name for a report made (see ReportLog).
LOG_EVENT = "report"


@dataclass(frozen=True)
class Entry:
    """A labelled value, or a list line when `label` is empty; `warn` marks what must stand out (a do-not-use channel)."""

    label: str
    value: str
    warn: bool = False

    @property
    def separator(self) -> str:
        """What goes between label and value: a label that asks a question is answered after a space, not a colon."""
        return " " if self.label.endswith(("?", "？")) else ": "


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    entries: tuple[Entry, ...] = ()
    items: tuple[Entry, ...] = ()
    paragraph: str = ""


@dataclass(frozen=True)
class ReportLog:
    """What the activity log records about a report: its kind and record id, never its content."""

    kind: str
    record_id: str
    consent_overridden: bool

    @property
    def event(self) -> str:
        return LOG_EVENT

    def detail(self) -> dict[str, Any]:
        detail: dict[str, Any] = {"report": self.kind, "record": self.record_id}
        if self.consent_overridden:
            detail["consent_overridden"] = True
        return detail


@dataclass(frozen=True)
class Report:
    """One report; `record_id` is the case (drafts, summary) or the person (emergency sheet) it was made for."""

    kind: str
    lang: str
    title: str
    notice: str
    record_id: str
    sections: tuple[Section, ...]
    missing_heading: str
    missing: tuple[str, ...]
    consent_overridden: bool = False

    @property
    def log(self) -> ReportLog:
        return ReportLog(self.kind, self.record_id, self.consent_overridden)
