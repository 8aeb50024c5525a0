"""log: the vault's activity log, and checking its chain."""

import argparse

from app.cli.common import add_passphrase_option, open_vault, print_json, say


def cmd_log(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.verify:
            problems = vault.verify_activity_log()
            count = len(vault.activity_log())
        else:
            entries = vault.activity_log()
    if not args.verify:
        for entry in entries:
            if args.json:
                print_json(entry.to_json())
            else:
                print(entry.describe())
        return 0
    for problem in problems:
        if args.json:
            print_json({"seq": problem.seq, "kind": problem.kind, "message": problem.message})
        else:
            print(problem.message)
    if problems:
        say(f"casebook: the activity log is broken in {len(problems)} place(s); it was changed outside Casebook.")
        return 1
    say(f"The activity log is whole: {count} entries, each chained to the one before.")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    log = subparsers.add_parser("log", help="show the vault's activity log (--verify checks its chain)")
    log.add_argument("vault", metavar="VAULT")
    log.add_argument("--json", action="store_true", help="one JSON object per line")
    log.add_argument("--verify", action="store_true",
                     help="find removed, reordered or altered entries; exit 1 if there are any")
    add_passphrase_option(log)
    log.set_defaults(func=cmd_log)
