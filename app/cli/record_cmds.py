"""add, list, show, delete, history: working with records."""

import argparse
from pathlib import Path

from app.cli.common import add_passphrase_option, open_vault, print_json, read_stdin, say
from app.errors import BadInput
from app.records import schema, vocab
from app.records.jsonl import parse_lines
from app.records.record import Record


def _read_input(path: str | None) -> list[str]:
    """Lines split at newlines only: JSON text may hold U+2028 and other separators that splitlines() breaks at."""
    if path is None or path == "-":
        return read_stdin("input").split("\n")
    try:
        return Path(path).read_text(encoding="utf-8").split("\n")
    except OSError as exc:
        raise BadInput(f"Could not read {path} ({exc.strerror}).") from None
    except UnicodeDecodeError:
        raise BadInput(f"{path} is not UTF-8 text.") from None


def check_kind(kind: str | None) -> str | None:
    if kind is None:
        return None
    try:
        return schema.check_kind(kind)
    except schema.FieldError as exc:
        raise BadInput(f"--kind {exc.reason}.") from None


def cmd_add(args: argparse.Namespace) -> int:
    changes = parse_lines(_read_input(args.file))
    if not changes:
        raise BadInput("No records in the input: give one JSON object per line.")
    with open_vault(args) as vault:
        records = vault.apply(changes)
    # Ids are printed only after the one transaction has committed: a printed id is a durable write.
    print("\n".join(record.id for record in records), flush=True)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    kind = check_kind(args.kind)
    with open_vault(args) as vault:
        for summary in vault.summaries(kind):
            if args.json:
                print_json({"id": summary.id, "kind": summary.kind, "display_name": summary.display_name,
                            "status": summary.status, "updated": summary.updated, "review": summary.review})
            else:
                print(f"{summary.id}  {summary.kind:<12}  {summary.display_name}")
    return 0


def _format_value(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(_format_value(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_format_value(v)}" for k, v in value.items())
    return str(value)


def print_record(record: Record) -> None:
    print(f"{record.display_name}")
    print(f"  {record.kind} {record.id}, updated {record.updated}" + ("  [needs review]" if record.review else ""))
    for key, value in record.fields.items():
        if key == "names":
            for name in value:
                print(f"  name: {name['value']}  ({vocab.label(vocab.NAME_KINDS, name['kind'])}, {name['script']})")
        else:
            print(f"  {key}: {_format_value(value)}")
    for marker in record.conflicts:
        lost = _format_value(marker["value"]) if "value" in marker else "(removed)"
        print(f"  conflict: {marker['field']} had {lost} (version {marker['lost']}), replaced in a merge")


def cmd_show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        record = vault.record(args.id)
    if args.json:
        print_json(record.to_json())
    else:
        print_record(record)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.shred:
            kind = vault.shred(args.id)
            say(f"Shredded the {kind} {args.id}: its key, every version, its attachments and its index entries are "
                "destroyed. Copies sent to colleagues or in backups are not affected.")
            return 0
        record = vault.delete(args.id)
    say(f"Deleted {record.id} (kept in its history; a deletion is shared with colleagues as such).")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        entries = vault.history(args.id)
    for entry in entries:
        if args.json:
            print_json({"version": entry.version, "at": entry.at, "action": entry.action, "note": entry.note,
                        "changed": entry.changed, "record": entry.record.to_json()})
        else:
            note = f" ({entry.note})" if entry.note else ""
            print(f"{entry.at}  {entry.action:<8} {entry.version}  {', '.join(entry.changed)}{note}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help_text)
        parser.add_argument("vault", metavar="VAULT")
        add_passphrase_option(parser)
        return parser

    add = command("add", "add or update records from JSON Lines (FILE or stdin); print their ids")
    add.add_argument("file", nargs="?", metavar="FILE")
    add.set_defaults(func=cmd_add)

    lst = command("list", "list records")
    lst.add_argument("--kind", metavar="K", help=f"only this kind ({', '.join(schema.KINDS)})")
    lst.add_argument("--json", action="store_true", help="one JSON object per line")
    lst.set_defaults(func=cmd_list)

    show = command("show", "show one record")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true", help="the whole record as JSON")
    show.set_defaults(func=cmd_show)

    delete = command("delete", "delete a record (a tombstone that merges), or shred it")
    delete.add_argument("id", metavar="ID")
    delete.add_argument("--shred", action="store_true",
                        help="destroy the record, its history and attachments beyond recovery (not undoable)")
    delete.set_defaults(func=cmd_delete)

    history = command("history", "every version of a record")
    history.add_argument("id", metavar="ID")
    history.add_argument("--json", action="store_true")
    history.set_defaults(func=cmd_history)
