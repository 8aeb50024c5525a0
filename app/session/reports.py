"""The session's reports and deadlines: UN drafts, case summaries and emergency sheets, and the marks ahead.

A report is made from the records in memory and leaves the vault only where
the user sends it: a file they chose, the printer, the clipboard. Each of
these is written to the activity log with the report's kind and record id
(and the format), never its content. Qt draws PDFs, and app/ may not import
it, so the front-end hands in its `PdfMaker` (ui.reports.pdf.html_to_pdf).
"""

import datetime as dt
import os
from typing import Literal

from app.records.detention import DetainedPerson
from app.reports import make
from app.reports.document import Report
from app.session.base import SessionBase
from app.store import attachments
from app.store.detained import detained_now

PdfMaker = make.PdfMaker

# Activity log events besides the report's own (`report.log.event`: made): where a report went.
SAVED = "report-saved"
PRINTED = "report-printed"
COPIED = "report-copied"
OUT_EVENTS = {"printed": PRINTED, "copied": COPIED}


def _urgency(person: DetainedPerson) -> tuple[int, int, str]:
    """People with marks first, by their most pressing one (a limit passed, negative, before any ahead); then the longest held."""
    if not person.marks:
        return 1, -(person.days or 0), person.name
    return 0, min(m.days_left for m in person.marks), person.name


class ReportsPart(SessionBase):
    """Reports made from a case or a person, and the deadlines of everyone deprived of liberty."""

    def _has_photo(self, record_id: str) -> bool:
        """Whether the person the report is about (a person, or a case's first defender) has an image attached."""
        record = self._vault.records.get(record_id)
        person = record.id if record.kind == "person" else next(
            (p["person"] for p in record.fields.get("people") or [] if p["role"] == "defender"), None)
        return person is not None and any(a.media_type.startswith("image/")
                                          for a in attachments.list_for(self._vault.records, person))

    def make_report(self, kind: str, record_id: str, *, lang: str = "en", override_consent: bool = False,
                    photo: bool | None = None, today: dt.date | None = None) -> Report:
        """Make a report of `kind` (make.KINDS) for a case or a person, and log that it was made.

        `photo` (the WGEID asks for one) is looked up among the person's
        attachments unless given. ConsentNotCovered when the consent on record
        does not cover the report and `override_consent` is false: nothing is logged then.
        """
        if photo is None:
            photo = kind == "wgeid" and self._has_photo(record_id)
        report = make.make_report(self._vault.records, kind, record_id, lang=lang, override_consent=override_consent,
                                  photo=photo, today=today)
        self._vault.activity.append(report.log.event, report.log.detail())
        return report

    def render_report(self, report: Report, fmt: str, pdf: PdfMaker | None = None) -> bytes:
        """The report as the bytes of a txt, html or pdf file, in memory (nothing is written or logged)."""
        return make.render(report, fmt, pdf)

    def save_report(self, report: Report, fmt: str, path: str | os.PathLike[str], pdf: PdfMaker | None = None) -> None:
        """Write the report to a new file where the user chose (never over one), then log kind, record and format."""
        make.save(report, fmt, path, pdf)
        self._vault.activity.append(SAVED, {**report.log.detail(), "format": fmt})

    def note_report_out(self, report: Report, how: Literal["printed", "copied"]) -> None:
        """Log that a report left the app another way: "printed" or "copied" (to the clipboard)."""
        self._vault.activity.append(OUT_EVENTS[how], report.log.detail())

    def deadlines(self, today: dt.date | None = None) -> list[DetainedPerson]:
        """Everyone deprived of liberty with the marks of their present situation, the most pressing first."""
        return sorted(detained_now(self._vault.records, today), key=_urgency)
