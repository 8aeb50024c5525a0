"""The `casebook` console script: a command runs the CLI, no command opens the desktop app.

Qt is imported only when the desktop app or a PDF report is wanted, so every
other CLI command runs on a machine without a display. Before anything else
the process is hardened (no core dumps, no ptrace by the same user:
app/vault/hardening.py).
"""

import sys
from collections.abc import Sequence

from app.errors import CasebookError
from app.session import harden_process


def pdf(html: str, title: str) -> bytes:
    """The PDF maker the CLI's `report --format pdf` uses: Qt is loaded only now."""
    try:
        from ui.reports.pdf import html_to_pdf
    except ImportError:
        raise CasebookError("PDF needs Qt, which could not be loaded here; choose --format txt or html.") from None
    return html_to_pdf(html, title)


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and not args[0].startswith("--vault"):
        from app.cli import main as cli_main

        return cli_main(args, pdf=pdf)
    from ui.application import run

    session = None
    if args:
        session = args[0].split("=", 1)[1] if "=" in args[0] else (args[1] if len(args) > 1 else None)
    return run(session)


if __name__ == "__main__":
    sys.exit(main())
