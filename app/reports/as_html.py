"""A report as an HTML page, for a browser or for Qt's QTextDocument (which makes the PDF).

Every value is escaped. Runs of Han, Tibetan and Arabic script are marked
with their language, and Arabic-script runs with `dir="rtl"`; a value written
wholly in Arabic script gets `dir="rtl"` on its own block, which is what Qt
honours, so a Uyghur name reads right to left in the PDF too. The font stack
names Noto fonts for each script so neither a browser nor Qt draws boxes.
In Casebook's records Arabic script is Uyghur in practice (../shared/CONTEXT.md),
hence `ug`; the script, not the language tag, decides the shaping.
"""

import html
import unicodedata

from app.records.scripts import detect_script
from app.reports.document import Entry, Report, Section

FONT_STACK = ('"Noto Sans", "Noto Sans CJK SC", "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Serif Tibetan", '
              '"Noto Sans Tibetan", "DejaVu Sans", sans-serif')
LANG_OF_SCRIPT = {"Hani": "zh", "Hans": "zh-Hans", "Hant": "zh-Hant", "Arab": "ug", "Tibt": "bo"}
RTL_SCRIPTS = frozenset({"Arab", "Hebr"})
_WARN = ' class="warn"'

STYLE = f"""
body {{ font-family: {FONT_STACK}; font-size: 10.5pt; color: #1a1a1a; }}
h1 {{ font-size: 15pt; margin-bottom: 2px; }}
h2 {{ font-size: 12pt; margin-top: 10px; margin-bottom: 4px; border-bottom: 1px solid #999; }}
p.notice {{ color: #555555; font-size: 9pt; }}
td {{ padding: 2px 8px 2px 0; vertical-align: top; }}
td.label {{ color: #444444; }}
.warn {{ color: #b3261e; font-weight: bold; }}
ul.missing li {{ color: #7a4b00; }}
"""


def runs(text: str) -> list[tuple[str | None, str]]:
    """Split text into runs of one script; spaces and punctuation between two runs of the same script stay inside."""
    found: list[tuple[str | None, str]] = []
    script: str | None = None
    current, pending = "", ""
    for ch in text:
        if not ch.isalpha():
            if unicodedata.category(ch).startswith("M"):
                current, pending = current + pending + ch, ""  # a vowel sign or mark belongs to the letter before it
            else:
                pending += ch
            continue
        code = detect_script(ch)
        if code == script:
            current, pending = current + pending + ch, ""
            continue
        found += [(script, current), (None, pending)]
        script, current, pending = code, ch, ""
    found += [(script, current), (None, pending)]
    return [(s, t) for s, t in found if t]


def marked(text: str) -> str:
    """Escaped text with each Han, Tibetan or Arabic run in a span carrying its language (and direction)."""
    out = []
    for script, part in runs(text):
        escaped = html.escape(part)
        lang = LANG_OF_SCRIPT.get(script or "")
        if lang is None:
            out.append(escaped)
        else:
            direction = ' dir="rtl"' if script in RTL_SCRIPTS else ""
            out.append(f'<span lang="{lang}"{direction}>{escaped}</span>')
    return "".join(out)


def direction(text: str) -> str:
    """The attributes for a block holding `text`: rtl when wholly right-to-left, auto when mixed, nothing otherwise."""
    scripts = {s for s, _ in runs(text) if s is not None}
    rtl = scripts & RTL_SCRIPTS
    if rtl and scripts <= RTL_SCRIPTS:
        lang = LANG_OF_SCRIPT.get(sorted(rtl)[0])
        return ' dir="rtl"' + (f' lang="{lang}"' if lang else "")
    return ' dir="auto"' if rtl else ""


def _item(entry: Entry) -> str:
    value = marked(entry.value)
    if entry.label:
        value = f"<b>{marked(entry.label)}</b>{entry.separator}{value}"
    css = _WARN if entry.warn else ""
    return f"<li{css}{direction(entry.value) if not entry.label else ''}>{value}</li>"


def _section(section: Section, lang: str) -> list[str]:
    parts = [f'<h2 lang="{lang}">{html.escape(section.heading)}</h2>']
    if section.paragraph:
        parts.append(f"<p{direction(section.paragraph)}>{marked(section.paragraph)}</p>")
    if section.entries:
        rows = "".join(f'<tr><td class="label" width="34%" lang="{lang}">{html.escape(e.label)}</td>'
                       f"<td{direction(e.value)}{_WARN if e.warn else ''}>{marked(e.value)}</td></tr>"
                       for e in section.entries)
        parts.append(f'<table cellspacing="0" width="100%">{rows}</table>')
    if section.items:
        parts.append("<ul>" + "".join(_item(e) for e in section.items) + "</ul>")
    return parts


def render_html(report: Report) -> str:
    """A whole HTML document; the body is English, headings and labels in the report's language."""
    lang = "zh" if report.lang == "zh" else "en"
    body = [f'<h1 lang="{lang}">{html.escape(report.title)}</h1>', f'<p class="notice" lang="{lang}">{html.escape(report.notice)}</p>']
    for section in report.sections:
        body += _section(section, lang)
    if report.missing:
        body.append(f'<h2 lang="{lang}">{html.escape(report.missing_heading)}</h2>')
        body.append('<ul class="missing">' + "".join(f"<li>{marked(gap)}</li>" for gap in report.missing) + "</ul>")
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(report.title)}</title>\n<style>{STYLE}</style>\n</head>\n"
            f'<body style=\'font-family: {FONT_STACK}\'>\n' + "\n".join(body) + "\n</body>\n</html>\n")
