"""init, passwd, recover: making a vault and managing the ways into it."""

import argparse

from app.cli.common import (
    add_keyring_options,
    add_new_passphrase_option,
    add_passphrase_option,
    kdf_seconds,
    new_passphrase,
    open_vault,
    passphrase,
    print_json,
    say,
    secret,
)
from app.session import Created, keyring_sentence, recover
from app.session import create_vault as create


def report_created(created: Created, as_json: bool) -> None:
    """Print the recovery key once: alone on stdout, the explanation on stderr."""
    session = created.session
    if as_json:
        print_json({"vault": str(session.path), "recovery_key": created.recovery_key})
        return
    say(f"Created the vault {session.path}.")
    say(keyring_sentence(session.uses_keyring))
    say("Recovery key, shown only this once. Write it down and keep it away from this laptop:")
    print(created.recovery_key)


def create_vault(args: argparse.Namespace) -> Created:
    """Create the vault named by args.vault with the options init and demo share."""
    seconds = kdf_seconds(args)
    return create(args.vault, passphrase(args, confirm=True), use_keyring=not args.no_keyring, kdf_seconds=seconds)


def cmd_init(args: argparse.Namespace) -> int:
    created = create_vault(args)
    created.session.lock()
    report_created(created, args.json)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        vault.change_passphrase(new_passphrase(args))
    say("Passphrase changed. The recovery key stays the same.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    seconds = kdf_seconds(args)
    recovery_key = secret(args.recovery_key_file, "CASEBOOK_RECOVERY_KEY", "recovery key")
    session = recover(args.vault, recovery_key, new_passphrase(args), use_keyring=not args.no_keyring, kdf_seconds=seconds)
    try:
        say("Recovered: the vault now opens with the new passphrase. The old passphrase no longer works.")
        say(keyring_sentence(session.uses_keyring))
    finally:
        session.lock()
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    init = subparsers.add_parser("init", help="create a vault; print the recovery key once")
    init.add_argument("vault", metavar="VAULT", help="the vault folder to create, e.g. work.casebook")
    init.add_argument("--json", action="store_true", help='print {"vault": ..., "recovery_key": ...}')
    add_passphrase_option(init)
    add_keyring_options(init)
    init.set_defaults(func=cmd_init)

    passwd = subparsers.add_parser("passwd", help="change the passphrase")
    passwd.add_argument("vault", metavar="VAULT")
    add_passphrase_option(passwd)
    add_new_passphrase_option(passwd)
    passwd.set_defaults(func=cmd_passwd)

    recover = subparsers.add_parser("recover", help="set a new passphrase with the recovery key")
    recover.add_argument("vault", metavar="VAULT")
    recover.add_argument("--recovery-key-file", metavar="F",
                         help="read the recovery key from file F (or set CASEBOOK_RECOVERY_KEY)")
    add_new_passphrase_option(recover)
    add_keyring_options(recover)
    recover.set_defaults(func=cmd_recover)
