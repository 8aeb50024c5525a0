"""Export: chosen cases, people and organisations, with what they need, into a bundle.

A case brings its events, interventions and people; links come along when
both ends do; attachments come with their records; deletions (tombstones) of
events, interventions and links that belonged to a chosen record come too, so
a colleague's copy forgets them as well; so do those of the people a chosen
person absorbed in a merge (`merged_from`), so a colleague ends with one person
too. What `app.sharing` keeps internal stays behind, and people whose consent
does not cover partners are left out unless the user confirms.
"""

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.errors import BadInput, CasebookError
from app.files import write_new_file
from app.records.change import utc_now
from app.records.record import Record, canonical_json
from app.sharing import bundle_format
from app.sharing import projection as sharing
from app.sharing.bundle_format import FORMAT_NAME, FORMAT_VERSION, sha256_hex
from app.sharing.contacts import Contact
from app.sharing.exchange import Exchange
from app.sharing.trust import Writers
from app.store import Repository, attachments
from crypto import bundle_crypto

EXPORTABLE_KINDS = ("case", "person", "organisation")
Progress = Callable[[int, int], None]


class NothingToSend(CasebookError):
    """Every record chosen was left out: there is no bundle to make (an empty one would look like a sent case)."""


@dataclass
class Selection:
    """The records a bundle will carry, and those left out with the reason."""

    chosen: list[str] = field(default_factory=list)  # the ids the user chose
    records: dict[str, Record] = field(default_factory=dict)
    without_consent: list[Record] = field(default_factory=list)
    included_without_consent: list[Record] = field(default_factory=list)
    internal_required: list[Record] = field(default_factory=list)


@dataclass(frozen=True)
class ExportResult:
    """The encrypted bundle and what the user should be told about it."""

    data: bytes
    bundle_id: str
    counts: dict[str, int]
    attachments: int
    selection: Selection
    log_detail: dict[str, Any] = field(default_factory=dict)  # what the activity log says once it is saved
    recipients: list[Contact] = field(default_factory=list)  # who may then change what it carries (app/sharing/trust.py)


def _previous_live(repo: Repository, record: Record) -> Record | None:
    """The last version of a deleted record before its deletion (tombstones keep no fields)."""
    entries = repo.history(record.id)
    live = [e.record for e in entries if not e.record.deleted]
    return live[-1] if live else None


def _tombstones_for(repo: Repository, chosen: set[str]) -> list[Record]:
    rows = repo.db.execute(
        "SELECT id FROM records WHERE deleted = 1 AND kind IN ('event', 'intervention', 'link')"
    ).fetchall()
    found = []
    for (record_id,) in rows:
        tombstone = repo.find(record_id)
        before = None if tombstone is None else _previous_live(repo, tombstone)
        if tombstone is not None and before is not None and {
            before.fields.get("case"), before.fields.get("from"), before.fields.get("to")} & chosen:
            found.append(tombstone)
    return found


def _absorbed(repo: Repository, people: list[Record]) -> list[Record]:
    """The tombstones of the people merged into `people` (a merged person that was restored since stays behind)."""
    found = (repo.find(absorbed) for person in people for absorbed in person.fields.get("merged_from", []))
    return [record for record in found if record is not None and record.deleted]


def select(repo: Repository, ids: list[str], *, include_without_consent: bool = False) -> Selection:
    """Work out what a bundle of `ids` carries; BadInput for ids that cannot be exported."""
    selection = Selection()
    wanted: dict[str, Record] = {}
    for record_id in ids:
        record = repo.get(record_id, include_deleted=True)
        if record.kind not in EXPORTABLE_KINDS:
            raise BadInput(f"{record.id} is a {record.kind}; export takes cases, people and organisations "
                           "(a case brings its events and people).")
        wanted[record.id] = record
        selection.chosen.append(record.id)
        if record.kind == "case":
            for src, field_name, _ in repo.referencing(record.id, "case"):
                found = repo.find(src)
                if found is not None and field_name == "case":
                    wanted.setdefault(found.id, found)
            for entry in record.fields.get("people", []):
                person = repo.find(entry["person"])
                if person is not None:
                    wanted.setdefault(person.id, person)
    for record in list(wanted.values()):
        if record.kind != "person" or record.deleted or sharing.consent_covers_partners(record):
            continue
        if include_without_consent:
            selection.included_without_consent.append(record)
        else:
            selection.without_consent.append(record)
            del wanted[record.id]
    for record_id in list(wanted):
        for src, field_name, _ in repo.referencing(record_id):
            link = repo.find(src) if field_name in ("from", "to") else None
            if link is not None and link.kind == "link" and {link.fields["from"], link.fields["to"]} <= set(wanted):
                wanted.setdefault(link.id, link)
    people = [r for r in wanted.values() if r.kind == "person" and not r.deleted]
    for tombstone in _tombstones_for(repo, set(wanted)) + _absorbed(repo, people):
        wanted.setdefault(tombstone.id, tombstone)
    for record in wanted.values():
        projected = sharing.project(record)
        if projected is None:
            selection.internal_required.append(record)
        else:
            selection.records[record.id] = projected
    return selection


def recipients_entries(contacts: list[Contact]) -> list[dict[str, Any]]:
    """The manifest's recipients: each contact's age key and fingerprint, sorted by key."""
    return sorted(({"type": "x25519", "age": c.identity.age_recipient, "fingerprint": c.fingerprint}
                   for c in contacts), key=lambda entry: str(entry["age"]))


def export_bundle(exchange: Exchange, ids: list[str], *, to: list[Contact] | None = None, passphrase: str | None = None,
                  include_without_consent: bool = False, progress: Progress | None = None) -> ExportResult:
    """Build, sign and encrypt a bundle of `ids` for contacts `to` or for `passphrase` (exactly one)."""
    if bool(to) == bool(passphrase):
        raise BadInput("Send a bundle either to contacts (--to) or with a passphrase (--passphrase), not both or neither.")
    repo = exchange.records
    keys = exchange.identity.keys()
    selection = select(repo, ids, include_without_consent=include_without_consent)
    if not any(record_id in selection.records for record_id in selection.chosen):
        raise NothingToSend("Nothing was exported: every record chosen was left out (consent that does not cover "
                            "partners, or required fields kept internal), so no bundle was written; check the consent "
                            "with the people concerned, or choose other records.")
    members: list[tuple[str, bytes]] = []
    record_entries: list[dict[str, Any]] = []
    total = len(selection.records)
    for done, record in enumerate(selection.records.values(), start=1):
        body = canonical_json(record.state())
        record_entries.append({"id": record.id, "kind": record.kind, "version": record.version, "sha256": sha256_hex(body)})
        members.append((bundle_format.record_member(record.id), body))
        if progress is not None:
            progress(done, total)
    attachment_entries: list[dict[str, Any]] = []
    for record in selection.records.values():
        if record.deleted:
            continue
        for attachment in attachments.list_for(repo, record.id):
            data = attachments.read(repo, attachment.id)
            attachment_entries.append({"id": attachment.id, "record": record.id, "name": attachment.name,
                                       "media_type": attachment.media_type, "size": attachment.size,
                                       "created": attachment.created, "sha256": attachment.sha256})
            members.append((bundle_format.attachment_member(attachment.id), data))
    bundle_id = str(uuid.uuid4())
    manifest = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "bundle": bundle_id,
        "created": utc_now(),
        "sender": keys.public.text(),
        "recipients": recipients_entries(to) if to else [{"type": "scrypt"}],
        "records": record_entries,
        "attachments": attachment_entries,
        "left_out": {"people_without_consent": len(selection.without_consent),
                     "records_with_internal_required_fields": len(selection.internal_required)},
        "included_without_consent": sorted(r.id for r in selection.included_without_consent),
    }
    signature = bundle_crypto.sign_manifest(keys, canonical_json(manifest))
    plaintext = bundle_format.pack(manifest, signature, members)
    if to:
        data = bundle_crypto.encrypt_to(plaintext, [c.identity.age_recipient for c in to])
    else:
        assert passphrase is not None
        data = bundle_crypto.encrypt_with_passphrase(plaintext, passphrase)
    counts: dict[str, int] = {}
    for record in selection.records.values():
        counts[record.kind] = counts.get(record.kind, 0) + 1
    detail = {"bundle": bundle_id, "records": len(record_entries), "attachments": len(attachment_entries),
              "to": [c.fingerprint for c in to] if to else "passphrase"}
    return ExportResult(data, bundle_id, counts, len(attachment_entries), selection, detail, list(to or []))


def save_bundle(exchange: Exchange, result: ExportResult, path: str | os.PathLike[str]) -> None:
    """Write the bundle to a new file, then note it as sent: a bundle that could not be written was never exported."""
    write_new_file(path, result.data, "bundle")
    sent(exchange, result)


def sent(exchange: Exchange, result: ExportResult) -> None:
    """Log the export; the contacts it went to become writers of the records it carries (their changes apply here)."""
    with exchange.records.db.transaction():
        for contact in result.recipients:
            Writers(exchange.records.db).add(list(result.selection.records), contact.identity)
        exchange.journal.append("export", result.log_detail)
