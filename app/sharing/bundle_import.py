"""Import: decrypt, check everything, preview, then merge in one transaction or not at all.

Checks, in order, each refusing the whole bundle with a sentence that names it:
the age layer (is it one; is it for this vault; is it intact), the archive, the
format version, the sender's signature over the manifest, that this vault is
among the intended recipients, the hashes of every record and attachment, and
that every record is valid. Only then is anything compared with the vault, and
app/sharing/trust.py decides what may apply: nothing from a sender who is not a
verified contact (preview only), and per record only what its writers send and
the rules let through; the rest is held for review (app/sharing/held.py).
"""

import datetime as dt
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app import safe_json
from app.errors import BadInput, BundleRejected
from app.records import schema
from app.records.clock import parse_version
from app.records.record import DELETED, Record, canonical_json
from app.sharing import bundle_format
from app.sharing.bundle_format import Contents
from app.sharing.contacts import SELF, Contact
from app.sharing.exchange import Exchange
from app.sharing.held import HeldChanges
from app.sharing.merge import CHANGED, HELD, NEW, SHREDDED, UNCHANGED, Outcome, merge
from app.sharing.trust import Writers, attaches_to, hold_reasons, may_change_records, versions_of
from app.store import attachments
from crypto import bundle_crypto
from crypto.errors import CryptoError
from crypto.identity import PublicIdentity

MAX_CLOCK_AHEAD_MS = 24 * 3600 * 1000
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle that passed every check, not yet compared with the vault."""

    bundle_id: str
    created: str
    sender: PublicIdentity
    trust: str
    contact: Contact | None
    passphrase: bool
    records: list[Record]
    attachments: list[tuple[attachments.Attachment, bytes]]
    left_out: dict[str, int]
    included_without_consent: list[str]

    @property
    def sender_label(self) -> str:
        if self.trust == SELF:
            return "this vault"
        if self.contact is not None:
            return self.contact.name
        return f"unknown sender {self.sender.fingerprint}"


@dataclass
class Preview:
    """What importing does: per record new, changed (with fields), in conflict, or unchanged."""

    outcomes: list[Outcome] = field(default_factory=list)
    new_attachments: int = 0
    applied: bool = False
    preview_only: bool = False  # the sender may change nothing here (not a verified contact)

    def _with(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def new(self) -> list[Outcome]:
        return self._with(NEW)

    @property
    def changed(self) -> list[Outcome]:
        return [o for o in self._with(CHANGED) if not o.new_conflicts]

    @property
    def conflicts(self) -> list[Outcome]:
        return [o for o in self._with(CHANGED) if o.new_conflicts]

    @property
    def unchanged(self) -> int:
        return len(self._with(UNCHANGED))

    @property
    def shredded(self) -> list[Outcome]:
        return self._with(SHREDDED)

    @property
    def held(self) -> list[Outcome]:
        """Changes that wait for the user's review instead of applying."""
        return self._with(HELD)

    @property
    def writes(self) -> list[Record]:
        return [o.record for o in self.outcomes if o.status in (NEW, CHANGED)]


def _decrypt(exchange: Exchange, data: bytes, passphrase: str | None) -> bytes:
    if not bundle_crypto.is_age_file(data):
        raise BundleRejected("The file is not a Casebook bundle (it is not an age-encrypted file); nothing was imported.")
    try:
        if bundle_crypto.uses_passphrase(data):
            if passphrase is None:
                raise BadInput("This bundle is locked with a passphrase; give it to import the bundle.")
            return bundle_crypto.decrypt_with_passphrase(data, passphrase)
        return bundle_crypto.decrypt_with_identity(data, exchange.identity.keys())
    except bundle_crypto.NotForThisKey:
        raise BundleRejected("The bundle is not addressed to this vault (none of its recipients is this vault's "
                             "identity); nothing was imported.") from None
    except bundle_crypto.DecryptionFailed:
        if bundle_crypto.uses_passphrase(data):
            raise BundleRejected("The bundle did not decrypt: the passphrase is wrong, or the file was damaged or "
                                 "altered; nothing was imported.") from None
        raise BundleRejected("The bundle failed its integrity check (it was truncated, damaged or altered); "
                             "nothing was imported.") from None


def _check_signature(contents: Contents, manifest: dict[str, Any]) -> PublicIdentity:
    try:
        sender = PublicIdentity.parse(str(manifest.get("sender", "")))
    except CryptoError:
        raise BundleRejected("The bundle's stated sender is not a valid identity; nothing was imported.") from None
    if not bundle_crypto.verify_manifest(sender, contents.manifest_bytes, contents.signature):
        raise BundleRejected("The bundle's signature does not match its stated sender (it was forged or altered "
                             "after signing); nothing was imported.")
    try:
        canonical = canonical_json(manifest) == contents.manifest_bytes
    except UnicodeEncodeError:  # an escaped lone surrogate (\ud800) has no canonical form
        canonical = False
    if not canonical:
        raise BundleRejected("The bundle's manifest is not in canonical form; nothing was imported.")
    return sender


def _check_recipients(exchange: Exchange, manifest: dict[str, Any], by_passphrase: bool) -> None:
    recipients = manifest.get("recipients")
    if not isinstance(recipients, list) or not all(isinstance(r, dict) for r in recipients):
        raise BundleRejected("The bundle's manifest names no recipients; nothing was imported.")
    if by_passphrase:
        meant = any(r.get("type") == "scrypt" for r in recipients)
    else:
        own = exchange.identity.public.age_recipient
        meant = any(r.get("type") == "x25519" and r.get("age") == own for r in recipients)
    if not meant:
        raise BundleRejected("The bundle was signed for other recipients, not this vault (it may have been passed "
                             "on); nothing was imported.")


def _check_versions(record: Record, now_ms: int) -> None:
    """No version beyond a day ahead; none beyond the record's own signed version (no copy knows its future)."""
    for version in versions_of(record):
        ms, _, _ = parse_version(version)
        if ms > now_ms + MAX_CLOCK_AHEAD_MS:
            raise BundleRejected("The bundle carries changes dated more than a day ahead of this computer's clock; "
                                 "check the date on both computers. Nothing was imported.")
        if version > record.version:
            raise ValueError("a version beyond the record's own")
    for device, version in record.seen.items():
        if parse_version(version)[2] != device:
            raise ValueError("seen")


def _parse_record(raw: bytes, entry: dict[str, Any], now_ms: int) -> Record:
    """One record from the bundle, validated as strictly as a record typed by the user."""
    try:
        data = _json_object(raw)
        if canonical_json(data) != raw or set(data) - {"id", "kind", "created", "updated", "version", "deleted",
                                                       "fields", "clock", "seen", "conflicts"}:
            raise ValueError("shape")
        record = Record.from_state(data)
        if (record.id, record.kind, record.version) != (entry["id"], entry["kind"], entry["version"]):
            raise ValueError("manifest")
        if str(uuid.UUID(record.id)) != record.id or not isinstance(record.deleted, bool):
            raise ValueError("id")
        for stamp in (record.created, record.updated):
            dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ")
        schema.check_kind(record.kind)
        if schema.validate_fields(record.kind, record.fields) != record.fields:
            raise ValueError("fields")
        if set(record.clock) - set(schema.FIELDS[record.kind]) - {DELETED} or set(record.fields) - set(record.clock):
            raise ValueError("clock")
        for marker in record.conflicts:
            if set(marker) - {"field", "lost", "value"} or not isinstance(marker["field"], str):
                raise ValueError("conflicts")
        _check_versions(record, now_ms)
        return record
    except BundleRejected:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, schema.FieldError):
        raise BundleRejected(f"Record {str(entry.get('id'))[:36]} in the bundle is not a valid record; "
                             "nothing was imported.") from None


def _json_object(raw: bytes) -> dict[str, Any]:
    data = safe_json.loads(raw)
    if not isinstance(data, dict):
        raise ValueError("not an object")
    return data


def _parse_attachment(entry: dict[str, Any], data: bytes, record_ids: set[str]) -> attachments.Attachment:
    try:
        if not isinstance(entry["record"], str):
            raise TypeError("record")
        attachment = attachments.Attachment(str(uuid.UUID(entry["id"])), entry["record"], str(entry["name"]),
                                            str(entry["media_type"]), int(entry["size"]), str(entry["sha256"]),
                                            str(entry["created"]))
    except (KeyError, ValueError, TypeError):
        raise BundleRejected("An attachment in the bundle is not described correctly; nothing was imported.") from None
    if attachment.record_id not in record_ids or attachment.size != len(data):
        raise BundleRejected("An attachment in the bundle does not belong to a record it carries; nothing was imported.")
    return attachment


def open_bundle(exchange: Exchange, data: bytes, passphrase: str | None = None) -> OpenedBundle:
    """Decrypt and check a bundle completely; BundleRejected names the first check that failed."""
    plaintext = _decrypt(exchange, data, passphrase)
    contents = bundle_format.unpack(plaintext)
    manifest = bundle_format.check_version(contents.manifest_bytes)
    sender = _check_signature(contents, manifest)
    by_passphrase = bundle_crypto.uses_passphrase(data)
    _check_recipients(exchange, manifest, by_passphrase)
    bundle_format.check_members(manifest, contents.members)
    now_ms = time.time_ns() // 1_000_000
    records = [_parse_record(contents.members[bundle_format.record_member(e["id"])], e, now_ms)
               for e in manifest["records"]]
    record_ids = {r.id for r in records}
    found = [(_parse_attachment(e, contents.members[bundle_format.attachment_member(e["id"])], record_ids),
              contents.members[bundle_format.attachment_member(e["id"])]) for e in manifest["attachments"]]
    for record in records:
        local_kind = exchange.records.stored_kind(record.id)
        if local_kind is not None and local_kind != record.kind:
            raise BundleRejected(f"Record {record.id} is a {record.kind} in the bundle but a {local_kind} in this "
                                 "vault; nothing was imported.")
    trust, contact = exchange.contacts.trust_of(sender, exchange.identity.public)
    try:
        created = str(manifest["created"])
        dt.datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ")
        left_out = {str(k): int(v) for k, v in dict(manifest.get("left_out", {})).items()}
        included = [str(i) for i in manifest.get("included_without_consent", [])]
    except (KeyError, ValueError, TypeError):
        raise BundleRejected("The bundle's manifest is incomplete; nothing was imported.") from None
    return OpenedBundle(str(manifest.get("bundle")), created, sender, trust, contact, by_passphrase, records, found,
                        left_out, included)


def _outcome(exchange: Exchange, opened: OpenedBundle, record: Record, writers: Writers, now_ms: int) -> Outcome:
    """What one received record would do here, held for review when the trust rules say so."""
    repo = exchange.records
    if repo.was_shredded(record.id):
        return Outcome(record, SHREDDED)
    local = repo.find(record.id)
    outcome = merge(local, record)
    if outcome.status not in (NEW, CHANGED):
        return outcome
    if HeldChanges(repo).holds(record, opened.sender):
        return Outcome(record, UNCHANGED)
    existing = [i for i in attaches_to(outcome.record) if repo.stored_kind(i) is not None]
    writes_here = ([record.id] if local is not None else []) + existing  # the record, and what it now points to
    writer = all(writers.may_write(i, opened.sender, opened.trust) for i in writes_here)
    reasons = hold_reasons(local, record, outcome, writer=writer, now_ms=now_ms,
                           touches_existing=local is not None or bool(existing))
    if reasons:
        return Outcome(record, HELD, outcome.changed_fields, outcome.new_conflicts, reasons)
    return outcome


def preview(exchange: Exchange, opened: OpenedBundle, progress: Progress | None = None) -> Preview:
    """Compare the bundle with the vault, changing nothing."""
    result = Preview(preview_only=not may_change_records(opened.trust))
    writers = Writers(exchange.records.db)
    now_ms = time.time_ns() // 1_000_000
    total = len(opened.records)
    for done, record in enumerate(opened.records, start=1):
        result.outcomes.append(_outcome(exchange, opened, record, writers, now_ms))
        if progress is not None:
            progress(done, total)
    live = _live_ids(exchange, opened, result)
    for attachment, _ in opened.attachments:
        if attachment.record_id in live and not attachments.exists(exchange.records, attachment.id):
            result.new_attachments += 1
    return result


def _live_ids(exchange: Exchange, opened: OpenedBundle, result: Preview) -> set[str]:
    """Records whose attachments come in: live in the bundle, and written by it, or here already and the sender
    one of their writers (not held, not shredded)."""
    writers = Writers(exchange.records.db)
    return {o.record.id for o in result.outcomes if not o.record.deleted and (
        o.status in (NEW, CHANGED) or (o.status == UNCHANGED and exchange.records.stored_kind(o.record.id) is not None
                                       and writers.may_write(o.record.id, opened.sender, opened.trust)))}


def history_note(opened: OpenedBundle) -> str:
    """Who sent the bundle and when: the note each imported version carries in its history."""
    return f"from {opened.sender_label} ({opened.trust}), bundle made {opened.created}"


def apply(exchange: Exchange, opened: OpenedBundle, progress: Progress | None = None) -> Preview:
    """Merge the bundle in one transaction (all of it, or nothing), holding for review what may not apply."""
    if not may_change_records(opened.trust):
        raise BundleRejected(f"The bundle is from {opened.sender_label}, not a verified contact: it can be previewed, "
                             "not imported. Compare fingerprints with the sender and mark them verified first; "
                             "nothing was imported.")
    repo = exchange.records
    with exchange.records.db.transaction():
        result = preview(exchange, opened, progress)
        repo.write_merged(result.writes, history_note(opened))
        if opened.trust != SELF:
            Writers(repo.db).add([o.record.id for o in result.new], opened.sender)
        held = HeldChanges(repo)
        for outcome in result.held:
            held.hold(outcome.record, opened.sender, outcome.held_because)
        live = _live_ids(exchange, opened, result)
        for attachment, data in opened.attachments:
            if attachment.record_id in live and not attachments.exists(repo, attachment.id):
                attachments.insert(repo, attachment, data)
        if result.writes or result.new_attachments or result.held:
            exchange.journal.append("import", {
                "bundle": opened.bundle_id, "sender": opened.sender.fingerprint, "trust": opened.trust,
                "new": len(result.new), "changed": len(result.changed), "conflicts": len(result.conflicts),
                "held": len(result.held), "attachments": result.new_attachments})
    result.applied = True
    return result


def import_bundle(exchange: Exchange, data: bytes, *, passphrase: str | None = None, dry_run: bool = False,
                  progress: Progress | None = None) -> tuple[OpenedBundle, Preview]:
    """Open, check and (unless `dry_run`) apply a bundle."""
    opened = open_bundle(exchange, data, passphrase)
    return opened, (preview(exchange, opened, progress) if dry_run else apply(exchange, opened, progress))

