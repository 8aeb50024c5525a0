"""wipe, settings, rotate-keys: destroying a vault on purpose, and the settings that do it for you."""

import argparse

from app.cli.common import add_passphrase_option, open_vault, passphrase, read_stdin_line, say, secret
from app.errors import BadInput
from app.session import note_cancelled_wipe, require_vault, wipe_vault

DURESS_RISKS = (
    "A duress passphrase wipes this vault instead of unlocking it, and Casebook then says only that the passphrase "
    "is wrong. Risks: the vault is gone for you too (only a backup brings it back); whoever made you type it will "
    "see the vault folder vanish, which may put you at risk; anyone who learns it can destroy the vault; a copy of "
    "the folder taken earlier is not affected. Nothing in the vault shows whether a duress passphrase is set."
)
WIPE_AFTER_RISKS = (
    "The vault will be wiped after {n} failed unlock attempts in a row. Risks: your own typos, or anyone at this "
    "laptop, can destroy it; someone who wants your records gone only needs to guess wrong {n} times; it does not "
    "slow anyone who has copied the folder (they guess against their copy). The count is kept in "
    "unlock-attempts.json in the vault folder (the database cannot be opened to count in it), so anyone who can "
    "write to the folder can reset it. Keep a backup elsewhere."
)

COUNT_RISKS = (
    "Failed unlock attempts will be counted in unlock-attempts.json in the vault folder and written to the activity "
    "log at the next unlock. Risk: the file shows anyone who looks at the folder that someone tried and failed, and "
    "when; it holds no passphrase material."
)


def cmd_wipe(args: argparse.Namespace) -> int:
    path = require_vault(args.vault)
    if not args.yes:
        say(f"This destroys the vault {path} for good: neither the passphrase nor the recovery key will open "
            f"it again. Type the vault folder's name ({path.name}) to wipe it:")
        typed = read_stdin_line("vault folder's name").strip()
        if typed != path.name:
            note_cancelled_wipe(path)
            raise BadInput("The name typed does not match; nothing was wiped.")
    report = wipe_vault(path)
    say(f"Wiped {path}: every key slot was destroyed after {report.slots_seconds * 1000:.0f} ms (from then on "
        f"nothing could open it); the keyring entry and the files were gone after {report.total_seconds * 1000:.0f} ms.")
    if not report.keyring_cleared:
        say("The OS keyring refused to delete this vault's device secret; it is useless without the key slots, "
            "but you may remove it by hand.")
    if report.left:
        say(f"Files not made by Casebook were left in the folder: {', '.join(report.left)}.")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    duress_given = args.duress or args.duress_passphrase_file
    if duress_given and args.no_duress:
        raise BadInput("Give either --duress or --no-duress, not both.")
    duress = (secret(args.duress_passphrase_file, "CASEBOOK_DURESS_PASSPHRASE", "duress passphrase", confirm=True)
              if duress_given else None)
    with open_vault(args) as vault:
        if args.wipe_after is not None:
            vault.set_wipe_after(args.wipe_after)
        if args.count_failed_unlocks is not None:
            vault.set_count_unlocks(args.count_failed_unlocks)
        if duress is not None or args.no_duress:
            vault.set_duress_passphrase(duress)
        unlock_settings = vault.unlock_settings()
        wipe_after, counting = unlock_settings.wipe_after, unlock_settings.counting
    if args.wipe_after:
        say(WIPE_AFTER_RISKS.format(n=args.wipe_after))
    if args.count_failed_unlocks:
        say(COUNT_RISKS)
    if duress is not None:
        say(DURESS_RISKS)
    if args.no_duress:
        say("No duress passphrase is set now.")
    print(f"wipe after failed unlocks: {wipe_after or 'off'}")
    print(f"count failed unlocks: {'on' if counting else 'off'}{' (needed by wipe-after)' if wipe_after else ''}")
    say("Whether a duress passphrase is set is never shown; set one with --duress, remove it with --no-duress.")
    return 0


def cmd_rotate_keys(args: argparse.Namespace) -> int:
    given = passphrase(args)
    with open_vault(args, given) as vault:
        recovery_key = vault.rotate_keys(given)
    say("The vault key is replaced: the database is re-encrypted and every record key rewrapped, so copies of its "
        "pages left on the disk no longer open with the new keys. The passphrase stays the same. The old recovery "
        "key no longer works (it could only be rewrapped with the old key). New recovery key, shown only this once:")
    print(recovery_key)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    wipe_parser = subparsers.add_parser("wipe", help="destroy a vault for good, in under a second (asks for its name)")
    wipe_parser.add_argument("vault", metavar="VAULT")
    wipe_parser.add_argument("--yes", action="store_true", help="do not ask for the vault's name (for scripts)")
    wipe_parser.set_defaults(func=cmd_wipe)

    settings = subparsers.add_parser("settings", help="unlock settings: wipe after failed attempts, duress passphrase")
    settings.add_argument("vault", metavar="VAULT")
    settings.add_argument("--wipe-after", type=int, metavar="N",
                          help="wipe the vault after N failed unlock attempts in a row (0: off, the default)")
    settings.add_argument("--count-failed-unlocks", action=argparse.BooleanOptionalAction, default=None,
                          help="count failed unlock attempts (in the vault folder) so the activity log shows them; "
                               "off by default, so a wrong passphrase leaves every file as it was")
    settings.add_argument("--duress", action="store_true",
                          help="set a duress passphrase that wipes instead of unlocking (asked twice, or "
                          "CASEBOOK_DURESS_PASSPHRASE)")
    settings.add_argument("--duress-passphrase-file", metavar="F", help="set the duress passphrase from file F")
    settings.add_argument("--no-duress", action="store_true", help="remove the duress passphrase")
    add_passphrase_option(settings)
    settings.set_defaults(func=cmd_settings)

    rotate = subparsers.add_parser("rotate-keys", help="replace the vault key; print a new recovery key once")
    rotate.add_argument("vault", metavar="VAULT")
    add_passphrase_option(rotate)
    rotate.set_defaults(func=cmd_rotate_keys)
