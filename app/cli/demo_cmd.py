"""demo: a new vault full of realistic synthetic defenders, cases and events."""

import argparse

from app.cli.common import add_keyring_options, add_passphrase_option, say
from app.cli.vault_cmds import create_vault, report_created
from app.errors import BadInput


def cmd_demo(args: argparse.Namespace) -> int:
    if args.people < 1:
        raise BadInput("--people must be at least 1.")
    created = create_vault(args)
    try:
        # The recovery key first: an interrupted fill still leaves a vault the user can recover.
        report_created(created, args.json)
        counts = created.session.fill_with_demo(args.people, seed=args.seed)
    finally:
        created.session.lock()
    say(f"Added {counts.people} people, {counts.organisations} organisations, {counts.cases} cases, {counts.events} events "
        f"and {counts.interventions} interventions (synthetic: no real person).")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("demo", help="make a vault of realistic synthetic data")
    parser.add_argument("vault", metavar="VAULT")
    parser.add_argument("--people", type=int, default=200, metavar="N", help="how many people (default 200)")
    parser.add_argument("--seed", type=int, default=1,
                        help="random seed; the same seed on the same day gives the same data (default 1)")
    parser.add_argument("--json", action="store_true", help='print {"vault": ..., "recovery_key": ...}')
    add_passphrase_option(parser)
    add_keyring_options(parser)
    parser.set_defaults(func=cmd_demo)
