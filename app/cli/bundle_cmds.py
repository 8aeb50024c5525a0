"""identity, contact, export, import: encrypted case bundles between colleagues."""

import argparse
import io
import sys
from pathlib import Path
from typing import Any

import segno

from app.cli.common import PRIVATE_HELP, add_passphrase_option, open_vault, print_json, private_text, say, secret
from app.errors import BadInput
from app.files import write_new_file
from app.session import HELD_REASONS, Contact, OpenedBundle, Outcome, Preview, bundle_needs_passphrase, check_new_passphrase

BUNDLE_PASSPHRASE_ENV = "CASEBOOK_BUNDLE_PASSPHRASE"  # noqa: S105 - the name of a variable, not a secret


def _bundle_passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    """A bundle's passphrase; a new one (`confirm`) is held to the rule before the slow unlock, not after it."""
    value = secret(args.bundle_passphrase_file, BUNDLE_PASSPHRASE_ENV, "bundle passphrase", confirm=confirm)
    if confirm:
        check_new_passphrase(value, "bundle passphrase")
    return value


def cmd_identity(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        public = vault.identity()
        if args.export_age_identity:
            text = (f"# Casebook vault identity, for decrypting bundles with `age -d -i` in an emergency.\n"
                    f"# public key: {public.age_recipient}\n{vault.age_identity_text()}\n")
            write_new_file(args.export_age_identity, text.encode("ascii"), "age identity", mode=0o600)
            say(f"Wrote the private age identity to {args.export_age_identity}. Anyone with this file can read "
                "bundles sent to this vault: keep it offline and delete it when done.")
    if args.qr:
        kind = "svg" if args.qr.lower().endswith(".svg") else "png"
        qr = segno.make(public.text(), error="m")
        buffer = io.BytesIO()
        qr.save(buffer, kind=kind, scale=6, border=4)
        write_new_file(args.qr, buffer.getvalue(), "QR code")
    if args.json:
        print_json({"identity": public.text(), "fingerprint": public.fingerprint, "age_recipient": public.age_recipient})
    else:
        print(public.text())
        print(f"fingerprint: {public.fingerprint}")
    return 0


def _contact_line(contact: Contact) -> str:
    state = "verified" if contact.verified else "NOT verified"
    return f"{contact.name}  [{state}]  {contact.fingerprint}"


def cmd_contact_add(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        contact = vault.add_contact(args.identity, private_text(args.name, "contact's name", "Name for this contact"))
    say(f"Added {contact.name} (not verified). Fingerprint: {contact.fingerprint}")
    say(f"Compare it with {contact.name} in person, then run `casebook contact verify VAULT \"{contact.name}\"`.")
    return 0


def cmd_contact_verify(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        contact = vault.verify_contact(private_text(args.name, "contact's name", "Contact to mark verified"))
    say(f"Marked {contact.name} as verified (fingerprint {contact.fingerprint}).")
    return 0


def cmd_contact_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        contacts = vault.contacts()
    for contact in contacts:
        if args.json:
            print_json(contact.to_json())
        else:
            print(_contact_line(contact))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.to and args.passphrase:
        raise BadInput("Use either --to or --passphrase, not both.")
    if Path(args.output).exists():
        raise BadInput(f"{args.output} already exists; choose another name for the bundle.")
    bundle_passphrase = _bundle_passphrase(args, confirm=True) if args.passphrase else None
    with open_vault(args) as vault:
        names = args.to or ([] if args.passphrase else ["-"])  # "-": asked for, not on the command line
        contacts = [vault.contact(private_text(name, "contact's name", "Send to (a contact's name)")) for name in names]
        result = vault.export_bundle(args.ids, to=contacts or None, passphrase=bundle_passphrase,
                                     include_without_consent=args.include_no_consent)
        vault.save_bundle(result, args.output)
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(result.counts.items())) or "no records"
    say(f"Wrote {args.output}: {counts}, {result.attachments} attachment(s).")
    for contact in contacts:
        if not contact.verified:
            say(f"Warning: {contact.name} is not verified; compare fingerprints before relying on this contact.")
    selection = result.selection
    if selection.without_consent:
        say(f"Left out {len(selection.without_consent)} person(s) whose consent does not cover sharing with partners "
            "(use --include-no-consent after checking with them):")
        for person in selection.without_consent:
            say(f"  {person.id}  {person.display_name}")
    if selection.included_without_consent:
        say(f"Included {len(selection.included_without_consent)} person(s) without consent to share with partners, "
            "as you confirmed; the bundle says so.")
    if selection.internal_required:
        say(f"Left out {len(selection.internal_required)} record(s) whose required fields are marked internal.")
    return 0


def _outcome_json(outcome: Outcome) -> dict[str, Any]:
    record = outcome.record
    return {"id": record.id, "kind": record.kind, "display_name": record.display_name, "deleted": record.deleted,
            "fields": outcome.changed_fields,
            "conflicts": [{"field": m["field"], "lost_version": m["lost"]}
                          for m in outcome.new_conflicts]}


def report_json(opened: OpenedBundle, preview: Preview) -> dict[str, Any]:
    """The shape `import --json` prints: sender, trust state, preview, whether it was applied."""
    return {
        "sender": {"name": opened.contact.name if opened.contact else None, "trust": opened.trust,
                   "fingerprint": opened.sender.fingerprint, "identity": opened.sender.text()},
        "bundle": {"id": opened.bundle_id, "created": opened.created, "passphrase": opened.passphrase,
                   "records": len(opened.records), "attachments": len(opened.attachments),
                   "left_out": opened.left_out, "included_without_consent": opened.included_without_consent},
        "new": [_outcome_json(o) for o in preview.new],
        "changed": [_outcome_json(o) for o in preview.changed],
        "conflicts": [_outcome_json(o) for o in preview.conflicts],
        "unchanged": preview.unchanged,
        "shredded_here": [o.record.id for o in preview.shredded],
        "held": [{**_outcome_json(o), "because": o.held_because} for o in preview.held],
        "new_attachments": preview.new_attachments,
        "preview_only": preview.preview_only,
        "applied": preview.applied,
    }


TRUST_SENTENCES = {
    "verified": "a verified contact",
    "unverified": "a contact you have NOT verified: compare fingerprints",
    "unknown": "UNKNOWN: not among your contacts",
    "self": "this vault itself",
}


def _print_report(opened: OpenedBundle, preview: Preview) -> None:
    print(f"From: {opened.sender_label} ({TRUST_SENTENCES[opened.trust]}), fingerprint {opened.sender.fingerprint}")
    print(f"Bundle made {opened.created}: {len(preview.new)} new, {len(preview.changed)} changed, "
          f"{len(preview.conflicts)} in conflict, {len(preview.held)} held for review, {preview.unchanged} unchanged, "
          f"{preview.new_attachments} new attachment(s).")
    if preview.shredded:
        print(f"{len(preview.shredded)} record(s) were shredded in this vault and are not brought back.")
    for label, outcomes in (("new", preview.new), ("changed", preview.changed), ("conflict", preview.conflicts),
                            ("held", preview.held)):
        for outcome in outcomes:
            fields = ", ".join(outcome.changed_fields) if label != "new" else ""
            lost = ", ".join(m["field"] for m in outcome.new_conflicts)
            extra = f"  ({fields})" if fields else ""
            extra += f"  [conflict on {lost}: the other value is kept in history]" if lost else ""
            extra += f"  [not applied: {'; '.join(HELD_REASONS[r] for r in outcome.held_because)}]" if label == "held" else ""
            print(f"  {label:<9} {outcome.record.kind:<12} {outcome.record.display_name}{extra}")
    left = opened.left_out.get("people_without_consent", 0)
    if left:
        print(f"The sender left out {left} person(s) without consent to share; references to them stay unresolved.")
    if opened.included_without_consent:
        print(f"{len(opened.included_without_consent)} person(s) were shared without consent to share with partners.")


def _confirmed(args: argparse.Namespace) -> bool:
    """--yes, or the user's yes at a prompt; never when nobody can answer or the report was not shown (--json)."""
    if args.yes:
        return True
    if args.json or not sys.stdin.isatty():
        return False
    sys.stderr.write("Apply these changes? [y/N] ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def cmd_import(args: argparse.Namespace) -> int:
    """Preview, then apply only when the sender may change records and the user agreed (exit 1 when not applied)."""
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise BadInput(f"Could not read {args.file} ({exc.strerror}).") from None
    bundle_passphrase = None
    if bundle_needs_passphrase(data):
        bundle_passphrase = _bundle_passphrase(args, confirm=False)
    with open_vault(args) as vault:
        opened = vault.open_bundle(data, bundle_passphrase)
        preview = vault.preview_bundle(opened)
        pending = bool(preview.writes or preview.new_attachments or preview.held)
        if not args.json:
            _print_report(opened, preview)
        if pending and not args.dry_run and not preview.preview_only and _confirmed(args):
            preview = vault.apply_bundle(opened)
    if args.json:
        print_json(report_json(opened, preview))
    if args.dry_run:
        say("Dry run: nothing was changed.")
    elif not pending:
        say("Nothing to import: this vault already holds everything in the bundle.")
    elif preview.preview_only:
        say(f"Not imported: {opened.sender_label} is not a verified contact, so the bundle can only be previewed. "
            "Compare fingerprints with the sender and run `casebook contact verify` first.")
        return 1
    elif not preview.applied:
        say("Not imported: nothing was changed. Run again with --yes to apply.")
        return 1
    else:
        held = f" {len(preview.held)} change(s) are held for review: `casebook held list`." if preview.held else ""
        say("Imported." + held)
    return 0


def cmd_held(args: argparse.Namespace) -> int:
    """List the changes held for review, or accept or reject one by its number."""
    with open_vault(args) as vault:
        if args.action == "list":
            for change in vault.held_changes():
                if args.json:
                    print_json({"number": change.id, "id": change.record.id, "kind": change.record.kind,
                                "version": change.record.version, "sender": change.sender.fingerprint,
                                "because": change.reasons, "received": change.received})
                else:
                    print(f"{change.id:>4}  {change.record.kind:<12} {change.record.display_name}  from "
                          f"{change.sender.fingerprint}, {change.received}: {change.why}")
        elif args.action == "accept":
            outcome = vault.accept_held(args.number)
            say(f"Accepted: {outcome.record.kind} {outcome.record.id} {outcome.status}; its sender may now change it.")
        else:
            vault.reject_held(args.number)
            say("Rejected: the held change was dropped.")
    return 0


def _vault_command(subparsers: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help_text)
    parser.add_argument("vault", metavar="VAULT")
    add_passphrase_option(parser)
    return parser


def _add_bundle_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--bundle-passphrase-file", metavar="F", help="read the bundle's passphrase from file F "
                        f"(or set {BUNDLE_PASSPHRASE_ENV}; otherwise you are asked)")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    identity = _vault_command(subparsers, "identity", "show this vault's public identity and fingerprint")
    identity.add_argument("--json", action="store_true")
    identity.add_argument("--qr", metavar="FILE", help="also write the identity as a QR code (FILE.svg or FILE.png)")
    identity.add_argument("--export-age-identity", metavar="FILE",
                          help="write the PRIVATE age identity to FILE, to decrypt bundles with `age` in an emergency")
    identity.set_defaults(func=cmd_identity)

    contact = subparsers.add_parser("contact", help="colleagues' identities: add, verify, list")
    actions = contact.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = _vault_command(actions, "add", "add a colleague's identity under a name")
    add.add_argument("identity", metavar="IDENTITY", help="the colleague's identity string (casebook1:...)")
    add.add_argument("--name", help=f"the name you know them by; {PRIVATE_HELP}")
    add.set_defaults(func=cmd_contact_add)
    verify = _vault_command(actions, "verify", "mark a contact verified, after comparing the fingerprint in person")
    verify.add_argument("name", metavar="NAME", nargs="?", help=f"the contact's name; {PRIVATE_HELP}")
    verify.set_defaults(func=cmd_contact_verify)
    lst = _vault_command(actions, "list", "list contacts with fingerprints and whether they are verified")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_contact_list)

    export = _vault_command(subparsers, "export", "write an encrypted bundle of cases, people or organisations")
    export.add_argument("ids", nargs="+", metavar="ID")
    export.add_argument("--to", action="append", metavar="CONTACT",
                        help=f"a contact to send to (repeatable; - to be asked); without --to or --passphrase you are asked. {PRIVATE_HELP}")
    export.add_argument("--passphrase", action="store_true", help="encrypt to a passphrase instead of contacts")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="the bundle to write (.casebundle)")
    export.add_argument("--include-no-consent", action="store_true",
                        help="also include people whose consent does not cover sharing with partners")
    _add_bundle_passphrase_option(export)
    export.set_defaults(func=cmd_export)

    imp = _vault_command(subparsers, "import", "check a bundle, preview it and merge it into the vault once you agree "
                         "(exit 1 when nothing was applied: sender not verified, declined, or no --yes without a terminal)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="show the sender and the preview; change nothing")
    imp.add_argument("--yes", action="store_true", help="apply without asking (needed when not run from a terminal)")
    imp.add_argument("--json", action="store_true")
    _add_bundle_passphrase_option(imp)
    imp.set_defaults(func=cmd_import)

    held = subparsers.add_parser("held", help="changes from bundles held for review: list, accept, reject")
    held_actions = held.add_subparsers(dest="action", metavar="ACTION", required=True)
    held_list = _vault_command(held_actions, "list", "list the held changes with who sent them and why they wait")
    held_list.add_argument("--json", action="store_true")
    held_list.set_defaults(func=cmd_held)
    for action, text in (("accept", "apply a held change; its sender may then change that record"),
                         ("reject", "drop a held change")):
        parser = _vault_command(held_actions, action, text)
        parser.add_argument("number", metavar="NUMBER", type=int, help="the number `held list` shows")
        parser.set_defaults(func=cmd_held)

