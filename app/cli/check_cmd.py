"""check: read the whole vault to find damage after a crash, a full disk or a copy."""

import argparse
from pathlib import Path

from app.cli.backup_cmds import cmd_check_backup
from app.cli.common import add_passphrase_option, open_vault


def cmd_check(args: argparse.Namespace) -> int:
    if Path(args.vault).is_file():
        return cmd_check_backup(args)
    with open_vault(args) as vault:
        count = vault.check()
    print(f"The vault is sound: every page passes SQLCipher's checks, {count} records, their earlier versions "
          "and attachments decrypt, what is kept in clear beside them matches what is sealed, and the references "
          "between the records match them.")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("check", help="check every page, record and attachment of the vault (or of a "
                                   "backup file, without restoring it) for damage")
    parser.add_argument("vault", metavar="VAULT", help="a vault folder, or a backup file")
    add_passphrase_option(parser)
    parser.set_defaults(func=cmd_check)
