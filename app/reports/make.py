"""The one entry point for reports: make one for a case or a person, render it, save it where the user chose.

The session, the CLI and the UI call `make_report`, then `render` or `save`.
A PDF is drawn by Qt, which `app/` may not import, so the caller hands in the
`PdfMaker` the `ui` side provides (ui.reports.pdf.html_to_pdf). Every format
is rendered in memory and written once, to a new file at the chosen path:
no temporary file ever holds a report. After a report is saved, the caller
writes `report.log` (kind and record id, never content) to the activity log.
"""

import datetime as dt
import os
from collections.abc import Callable

from app.errors import BadInput
from app.files import write_new_file
from app.reports import consent, drafts
from app.reports.as_html import render_html
from app.reports.as_text import render_text
from app.reports.document import Report
from app.reports.emergency import emergency_sheet
from app.reports.errors import ReportRefused
from app.reports.facts import RecordReader, gather_case, gather_person
from app.reports.labels import LANGUAGES
from app.reports.summary import summary

KINDS = ("wgad", "wgeid", "hrd", "summary", "emergency")
FORMATS = ("txt", "html", "pdf")

# (html, title) -> the PDF's bytes.
PdfMaker = Callable[[str, str], bytes]


def _case_of(reader: RecordReader, person_id: str) -> str:
    """The person's case as defender: an open one first, then the most recently changed."""
    cases = [c for src, _, role in reader.referencing(person_id, "people")
             if role == "defender" and (c := reader.find(src)) is not None and not c.deleted]
    if not cases:
        raise ReportRefused("This person is not the defender in any case; make the report from a case, or add one.")
    return max(cases, key=lambda c: (c.fields.get("status") == "open", c.updated)).id


def make_report(reader: RecordReader, kind: str, record_id: str, *, lang: str = "en", override_consent: bool = False,
                photo: bool = False, today: dt.date | None = None) -> Report:
    """Make a report of `kind` for a case or a person (a person's draft is about their open case).

    `photo` says whether a photo of the person is attached (the WGEID asks for
    one). ConsentNotCovered when the consent on record does not cover the
    report and `override_consent` is false.
    """
    if kind not in KINDS:
        raise BadInput(f"'{kind[:20]}' is not a kind of report; choose one of: {', '.join(KINDS)}.")
    if lang not in LANGUAGES:
        raise BadInput(f"'{lang[:10]}' is not a report language; choose one of: {', '.join(LANGUAGES)}.")
    record = reader.get(record_id)
    if kind == "emergency":
        person_id = record.id if record.kind == "person" else None
        if person_id is None:
            person_id = gather_case(reader, record.id, today=today).person.id
        return emergency_sheet(gather_person(reader, person_id, today), lang)
    if record.kind == "person":
        facts = gather_case(reader, _case_of(reader, record.id), record.id, today)
    else:
        facts = gather_case(reader, record.id, today=today)
    consent.require(kind, facts.person, override_consent)
    overridden = override_consent and not consent.covers(kind, facts.person)
    if kind == "wgad":
        return drafts.wgad(facts, lang, overridden)
    if kind == "wgeid":
        return drafts.wgeid(facts, lang, overridden, photo)
    if kind == "hrd":
        return drafts.hrd(facts, lang, overridden)
    return summary(facts, lang, overridden)


def render(report: Report, fmt: str, pdf: PdfMaker | None = None) -> bytes:
    """The report as the bytes of a .txt (UTF-8), .html or .pdf file."""
    if fmt == "txt":
        return render_text(report).encode("utf-8")
    if fmt == "html":
        return render_html(report).encode("utf-8")
    if fmt == "pdf":
        if pdf is None:
            raise BadInput("PDF needs the desktop part of Casebook; choose txt or html, or save the PDF from the app.")
        return pdf(render_html(report), report.title)
    raise BadInput(f"'{fmt[:10]}' is not a report format; choose one of: {', '.join(FORMATS)}.")


def save(report: Report, fmt: str, path: str | os.PathLike[str], pdf: PdfMaker | None = None) -> None:
    """Render in memory, then write a new file at `path` (never over an existing one, readable by the user only), whole or not at all."""
    write_new_file(path, render(report, fmt, pdf), "report", mode=0o600)
