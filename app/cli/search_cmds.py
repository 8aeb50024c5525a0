"""search and reindex: finding records by any name, and rebuilding what is derived from the records."""

import argparse

from app.cli.common import PRIVATE_HELP, add_passphrase_option, open_vault, print_json, private_text, say
from app.cli.record_cmds import check_kind
from app.errors import BadInput
from app.records import schema

MAX_LIMIT = 10_000


def cmd_search(args: argparse.Namespace) -> int:
    kind = check_kind(args.kind)
    if not 1 <= args.limit <= MAX_LIMIT:
        raise BadInput(f"--limit must be a whole number from 1 to {MAX_LIMIT:,}.")
    query = private_text(args.query, "search", "Search for")
    with open_vault(args) as vault:
        hits = vault.search(query, kind=kind, limit=args.limit)
    for hit in hits:
        if args.json:
            print_json({"id": hit.id, "kind": hit.kind, "display_name": hit.display_name,
                        "score": hit.score, "field": hit.field})
        else:
            print(f"{hit.id}  {hit.kind:<12}  {hit.display_name}")
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        count = vault.reindex()
    say(f"Rebuilt the search index ({count} people, organisations and cases) and the references between records.")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    search = subparsers.add_parser("search", help="find records by any name or alias, in any script")
    search.add_argument("vault", metavar="VAULT")
    search.add_argument("query", metavar="QUERY", nargs="?",
                        help=f"what to look for; {PRIVATE_HELP}")
    search.add_argument("--kind", metavar="K", help=f"only this kind ({', '.join(schema.KINDS)})")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (default 20)")
    search.add_argument("--json", action="store_true", help="one JSON object per line, with score and the field that matched")
    add_passphrase_option(search)
    search.set_defaults(func=cmd_search)

    reindex = subparsers.add_parser("reindex", help="rebuild the search index and the references between records from the records")
    reindex.add_argument("vault", metavar="VAULT")
    add_passphrase_option(reindex)
    reindex.set_defaults(func=cmd_reindex)
