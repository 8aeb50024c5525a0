"""The `casebook` command line: everything the desktop app can do, without a display.

Each command group lives in its own module with a `register(subparsers)`
function; COMMAND_MODULES lists them. Errors are ours (app.errors) and are
printed as one sentence; exit 2 for bad input, 1 for other failures.
"""

import argparse
from collections.abc import Sequence

from app.cli import (
    activity_cmds,
    backup_cmds,
    bench_cmd,
    bundle_cmds,
    check_cmd,
    demo_cmd,
    duplicate_cmds,
    record_cmds,
    report_cmds,
    safety_cmds,
    search_cmds,
    sheet_cmds,
    vault_cmds,
)
from app.cli.common import run_command
from app.session import PdfMaker

COMMAND_MODULES = [vault_cmds, record_cmds, search_cmds, bundle_cmds, report_cmds, activity_cmds, safety_cmds, check_cmd,
                   demo_cmd, bench_cmd, sheet_cmds, duplicate_cmds, backup_cmds]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casebook",
        description="Casebook: an encrypted, offline record of the human rights defenders you support. "
        "Run without a command to open the desktop app.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, *, pdf: PdfMaker | None = None) -> int:
    """Run one command and return its exit code; `pdf` draws reports as PDF (the desktop package hands it in)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    args.pdf = pdf
    return run_command(args)
