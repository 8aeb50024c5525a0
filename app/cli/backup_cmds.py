"""backup, restore, and check of a backup file: one file to keep somewhere else, still encrypted."""

import argparse

from app.cli.common import add_passphrase_option, passphrase, say
from app.session import BackupInfo, back_up_vault, check_backup, restore_backup


def _size(info: BackupInfo) -> str:
    return f"{info.size / 1e6:.1f} MB"


def cmd_backup(args: argparse.Namespace) -> int:
    info = back_up_vault(args.vault, passphrase(args), args.file)
    say(f"Backed up to {info.path} ({_size(info)}, checksummed). It is encrypted as the vault is, and opens with "
        "today's passphrase or the recovery key; keep it away from this laptop.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    info = restore_backup(args.file, args.vault)
    say(f"Restored the backup made {info.made} into {args.vault}. It opens with the passphrase the vault had then, "
        "or with the recovery key.")
    return 0


def cmd_check_backup(args: argparse.Namespace) -> int:
    """`casebook check FILE` when FILE is a backup rather than a vault folder."""
    info, count = check_backup(args.vault, passphrase(args))
    print(f"The backup is sound: its checksums match, every page passes SQLCipher's checks, {count} records, their "
          f"earlier versions and attachments decrypt (made {info.made}, {_size(info)}).")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = subparsers.add_parser("backup", help="write a consistent, encrypted backup of a vault (open or not) to FILE")
    backup.add_argument("vault", metavar="VAULT")
    backup.add_argument("file", metavar="FILE", help="the backup file to create (it must not exist)")
    add_passphrase_option(backup)
    backup.set_defaults(func=cmd_backup)

    restore = subparsers.add_parser("restore", help="make a new vault from a backup file (never over an existing one)")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("vault", metavar="VAULT", help="the vault folder to create")
    restore.set_defaults(func=cmd_restore)
