"""report and deadlines: drafts for the UN, case summaries and emergency sheets as files; the marks ahead.

A report is rendered in memory and written once, to a new file where the user
said (never over an existing one). PDF needs Qt, which app/ does not import:
the console script (ui/entry.py) hands in the PDF maker; `python -m app.cli`
has none and says so before touching the vault.
"""

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import add_passphrase_option, open_vault, print_json, say
from app.errors import BadInput
from app.records.dates import DAY_COUNT_RULE
from app.records.deadlines import Deadline
from app.session import REPORT_FORMATS, REPORT_KINDS, REPORT_LANGUAGES, DetainedPerson, describe_mark

SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".pdf": "pdf"}


def _format(args: argparse.Namespace) -> str:
    """--format if given, else the output file's suffix, else plain text."""
    return str(args.format or SUFFIXES.get(Path(args.output).suffix.lower(), "txt"))


def cmd_report(args: argparse.Namespace) -> int:
    fmt = _format(args)
    if fmt == "pdf" and args.pdf is None:
        raise BadInput("PDF needs the desktop package of Casebook (the `casebook` command); choose --format txt or html here.")
    if Path(args.output).exists():
        raise BadInput(f"{args.output} already exists; choose another name for the report.")
    with open_vault(args) as vault:
        report = vault.make_report(args.kind, args.id, lang=args.lang, override_consent=args.override_consent)
        vault.save_report(report, fmt, args.output, args.pdf)
    say(f"Wrote {args.output} ({fmt}). It is NOT encrypted: anyone who can read that folder can read it; "
        "delete it once it has been sent.")
    if report.consent_overridden:
        say("Made although the consent on record does not cover it, as you confirmed; the report says so.")
    if report.missing:
        say(f"{report.missing_heading}:")
        for gap in report.missing:
            say(f"  - {gap}")
    return 0


def _mark_json(mark: Deadline) -> dict[str, Any]:
    return {"kind": mark.kind, "date": mark.date.isoformat(), "days_left": mark.days_left, "approximate": mark.approximate}


def _person_json(person: DetainedPerson) -> dict[str, Any]:
    upcoming = person.next_mark
    return {"id": person.person_id, "name": person.name, "status": person.status, "since": person.since, "days": person.days,
            "next": _mark_json(upcoming) if upcoming else None, "marks": [_mark_json(m) for m in person.marks]}


def _person_line(person: DetainedPerson) -> str:
    """`ID  NAME: day 14; the 37-day limit of criminal detention: 23 days left (30 December 2026)`."""
    upcoming = person.next_mark
    day = "" if person.days is None else f"day {person.days}; "
    if upcoming is None:
        return f"{person.person_id}  {person.name}: {day}no mark ahead"
    when, what = describe_mark(upcoming)
    return f"{person.person_id}  {person.name}: {day}{what} ({when})"


def cmd_deadlines(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        people = vault.deadlines()
    for person in people:
        if args.json:
            print_json(_person_json(person))
        else:
            print(_person_line(person))
    if not args.json:
        say(f"{len(people)} person(s) deprived of liberty. {DAY_COUNT_RULE}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = subparsers.add_parser("report", help="a UN draft, a case summary or an emergency sheet, written to a file")
    report.add_argument("vault", metavar="VAULT")
    report.add_argument("id", metavar="ID", help="the case (or a person: their open case as defender)")
    report.add_argument("--as", dest="kind", required=True, choices=REPORT_KINDS,
                        help="wgad (arbitrary detention), wgeid (disappearance), hrd (SR on defenders), summary, emergency")
    report.add_argument("--lang", default="en", choices=REPORT_LANGUAGES, help="language of the headings (default en)")
    report.add_argument("--format", choices=REPORT_FORMATS, help="default: from the output file's suffix, else txt")
    report.add_argument("-o", "--output", required=True, metavar="FILE", help="a new file (never overwritten); not encrypted")
    report.add_argument("--override-consent", action="store_true",
                        help="make it although the consent on record does not cover it (only if the person or family agreed)")
    add_passphrase_option(report)
    report.set_defaults(func=cmd_report)

    deadlines = subparsers.add_parser("deadlines", help="everyone deprived of liberty and their next mark (37 days, "
                                      "six months of RSDL, the WGEID's urgent window, the next hearing)")
    deadlines.add_argument("vault", metavar="VAULT")
    deadlines.add_argument("--json", action="store_true", help="one JSON object per line, with every mark")
    add_passphrase_option(deadlines)
    deadlines.set_defaults(func=cmd_deadlines)
