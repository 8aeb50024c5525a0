"""duplicates, merge: people in the vault who may be one person, and folding one record into the other."""

import argparse
from typing import Any

from app.cli.common import add_passphrase_option, open_vault, print_json, say
from app.session import PossibleDuplicate


def pair_json(pair: PossibleDuplicate) -> dict[str, Any]:
    """One possible duplicate as `duplicates --json` prints it (one object per line)."""
    return {"person": {"id": pair.person.ref, "name": pair.person.display_name},
            "other": {"id": pair.other.ref, "name": pair.other.display_name},
            **{k: v for k, v in pair.to_json().items() if k != "id"}}


def cmd_duplicates(args: argparse.Namespace) -> int:
    with open_vault(args) as session:
        pairs = session.find_duplicates()
    for pair in pairs:
        if args.json:
            print_json(pair_json(pair))
        else:
            print(f"{pair.other.ref}  {pair.other.display_name}\n{pair.person.ref}  {pair.person.display_name}\n"
                  f"  may be one person: {pair.why}\n")
    say(f"{len(pairs)} possible duplicate(s). Merge one with `casebook merge VAULT KEEP_ID RETIRE_ID`."
        if pairs else "No possible duplicates found.")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    with open_vault(args) as session:
        merged = session.merge_people(args.keep, args.retire)
    print(merged.kept.id)
    say(f"Merged {merged.retired} into {merged.kept.id}: {merged.repointed} case(s), event(s) and link(s) now name the "
        "kept person; the other record is deleted, its history kept.")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    duplicates = subparsers.add_parser("duplicates", help="list people in the vault who may be one person, with why")
    duplicates.add_argument("vault", metavar="VAULT")
    duplicates.add_argument("--json", action="store_true", help="one JSON object per pair and line")
    add_passphrase_option(duplicates)
    duplicates.set_defaults(func=cmd_duplicates)

    merge = subparsers.add_parser("merge", help="merge two people: KEEP gains everything of RETIRE, which is deleted")
    merge.add_argument("vault", metavar="VAULT")
    merge.add_argument("keep", metavar="KEEP_ID", help="the person who stays")
    merge.add_argument("retire", metavar="RETIRE_ID", help="the person folded into KEEP_ID (deleted; its history stays)")
    add_passphrase_option(merge)
    merge.set_defaults(func=cmd_merge)
