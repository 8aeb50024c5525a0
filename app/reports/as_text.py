"""A report as plain text, ready to paste part by part into the OHCHR online form.

No markup at all: the form's fields take plain text, and a caseworker copies
one section at a time. Right-to-left names need nothing here; the form (a
browser) lays them out by the Unicode bidirectional algorithm.
"""

from app.reports.document import Entry, Report


def _line(entry: Entry) -> str:
    if not entry.label:
        return f"- {entry.value}"
    return f"- {entry.label}{entry.separator}{entry.value}"


def render_text(report: Report) -> str:
    lines = [report.title, "=" * len(report.title), report.notice, ""]
    for section in report.sections:
        lines += [section.heading, "-" * len(section.heading)]
        if section.paragraph:
            lines.append(section.paragraph)
        lines += [f"{e.label}{e.separator}{e.value}" for e in section.entries]
        lines += [_line(e) for e in section.items]
        lines.append("")
    if report.missing:
        lines += [report.missing_heading, "-" * len(report.missing_heading)]
        lines += [f"- {gap}" for gap in report.missing]
        lines.append("")
    return "\n".join(lines)
