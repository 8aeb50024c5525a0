"""The plaintext inside a bundle's age layer: a tar archive, manifest first (docs/bundle-format.md).

    manifest.json         canonical JSON: format version, sender, recipients, time, records, attachments
    manifest.sig          base64 Ed25519 signature of the context string + manifest.json
    records/<id>.json     one record's state, canonical JSON
    attachments/<id>      one attachment's bytes

Everything is read in memory; nothing is extracted to disk. Parsing is
strict: any member, name or hash the signed manifest does not account for
rejects the whole bundle. Each header block is read on its own by tarfile's
header parser, never by tarfile's reader: pax, GNU long-name and sparse
headers (which let a 10 KB archive claim gigabytes of zeros) are refused, not
interpreted, and every member's size is checked against the manifest's limits
and the bytes actually present before its content is touched. Members are
slices of the plaintext already in memory, so nothing is allocated from a
size the archive merely claims.
"""

import base64
import binascii
import datetime as dt
import hashlib
import io
import json
import re
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app import safe_json
from app.errors import BundleRejected
from app.records.record import canonical_json
from app.store.attachments import MAX_BYTES as MAX_ATTACHMENT_BYTES

FORMAT_NAME = "casebook-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_PLAINTEXT_BYTES = 4 * 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024 * 1024  # about 300,000 records' entries
MAX_SIGNATURE_BYTES = 1024  # base64 of 64 bytes and a newline, with room to spare
MAX_RECORD_BYTES = 16 * 1024 * 1024  # a record of 300 full pages of notes; its fields are limited too (app/records/schema.py)
_PLAIN_FILES = (tarfile.REGTYPE, tarfile.AREGTYPE)
_NOT_AN_ARCHIVE = "The bundle's content is not a Casebook archive; nothing was imported."
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_RECORD_NAME = re.compile(rf"^records/({_UUID})\.json$")
_ATTACHMENT_NAME = re.compile(rf"^attachments/({_UUID})$")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Contents:
    """A bundle's plaintext, parsed: the manifest's bytes and signature, and every member by name."""

    manifest_bytes: bytes
    signature: bytes
    members: dict[str, bytes]

    @property
    def manifest(self) -> dict[str, Any]:
        data = json.loads(self.manifest_bytes)
        assert isinstance(data, dict)
        return data


def _epoch(created: str) -> int:
    return int(dt.datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC).timestamp())


def pack(manifest: dict[str, Any], signature: bytes, members: list[tuple[str, bytes]]) -> bytes:
    """The tar archive: manifest, signature, then records and attachments in manifest order."""
    out = io.BytesIO()
    mtime = _epoch(manifest["created"])
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        items = [(MANIFEST, canonical_json(manifest)), (SIGNATURE, base64.b64encode(signature) + b"\n"), *members]
        for name, data in items:
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), mtime, 0o644
            tar.addfile(info, io.BytesIO(data))
        end = tar.offset + 2 * tarfile.BLOCKSIZE
    return out.getvalue()[:end]  # the two end blocks, without padding to a 10 KiB tape record


def _headers(plaintext: bytes) -> Iterator[tuple[str, int, int]]:
    """(name, offset of the content, size) of each member, refusing every header but a plain ustar file's."""
    offset = 0
    while offset + tarfile.BLOCKSIZE <= len(plaintext):
        block = plaintext[offset : offset + tarfile.BLOCKSIZE]
        if block.count(0) == tarfile.BLOCKSIZE:  # the end-of-archive block: nothing but zeros may follow
            if plaintext.count(0, offset) != len(plaintext) - offset:
                raise BundleRejected(_NOT_AN_ARCHIVE)
            return
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except (tarfile.HeaderError, UnicodeDecodeError):
            raise BundleRejected(_NOT_AN_ARCHIVE) from None
        if info.type not in _PLAIN_FILES or block[257:265] != tarfile.POSIX_MAGIC:
            raise BundleRejected(f"The bundle holds an unexpected entry ({info.name[:60]}), not a plain file; "
                                 "nothing was imported.")
        start = offset + tarfile.BLOCKSIZE
        if not 0 <= info.size <= len(plaintext) - start:  # a base-256 size field can be negative
            raise BundleRejected(_NOT_AN_ARCHIVE)
        yield info.name, start, info.size
        offset = start + -(-info.size // tarfile.BLOCKSIZE) * tarfile.BLOCKSIZE
    raise BundleRejected(_NOT_AN_ARCHIVE)


def _limits(manifest: dict[str, Any], plaintext_bytes: int) -> dict[str, int]:
    """The largest size each member the manifest lists may have; an attachment's is its stated size exactly."""
    limits: dict[str, int] = {}
    try:
        for entry in manifest["records"]:
            limits[record_member(str(entry["id"]))] = MAX_RECORD_BYTES
        for entry in manifest["attachments"]:
            size = entry["size"]
            if type(size) is not int or not 0 <= size <= MAX_ATTACHMENT_BYTES:
                raise ValueError("size")
            limits[attachment_member(str(entry["id"]))] = size
    except (KeyError, TypeError, ValueError):
        raise BundleRejected("The bundle's manifest is incomplete; nothing was imported.") from None
    if sum(size for name, size in limits.items() if name.startswith("attachments/")) > plaintext_bytes:
        raise BundleRejected("The bundle's manifest claims more than the bundle holds; nothing was imported.")
    return limits


def unpack(plaintext: bytes) -> Contents:
    """Read the archive strictly, the manifest first; BundleRejected names what is wrong."""
    if len(plaintext) > MAX_PLAINTEXT_BYTES:
        raise BundleRejected("The bundle is larger than Casebook accepts; nothing was imported.")
    headers = _headers(plaintext)
    found: dict[str, bytes] = {}
    for name, limit in ((MANIFEST, MAX_MANIFEST_BYTES), (SIGNATURE, MAX_SIGNATURE_BYTES)):
        member = next(headers, None)
        if member is None or member[0] != name:
            raise BundleRejected("The bundle has no manifest where one belongs; it is not a Casebook bundle, "
                                 "and nothing was imported.")
        if member[2] > limit:
            raise BundleRejected(f"The bundle's {name} is larger than Casebook accepts; nothing was imported.")
        found[name] = plaintext[member[1] : member[1] + member[2]]
    limits = _limits(check_version(found[MANIFEST]), len(plaintext))
    members: dict[str, bytes] = {}
    for name, start, size in headers:
        if name not in limits or name in members:
            raise BundleRejected(f"The bundle holds an entry its manifest does not list ({name[:60]}); "
                                 "nothing was imported.")
        if size > limits[name]:
            raise BundleRejected(f"The bundle's {name[:60]} is larger than its manifest allows; nothing was imported.")
        members[name] = plaintext[start : start + size]
    try:
        signature = base64.b64decode(found[SIGNATURE].strip(), validate=True)
    except (binascii.Error, ValueError):
        raise BundleRejected("The bundle's signature is not readable; nothing was imported.") from None
    return Contents(found[MANIFEST], signature, members)


def check_version(manifest_bytes: bytes) -> dict[str, Any]:
    """Parse the manifest and refuse a format this Casebook does not know, before anything else."""
    try:
        manifest = safe_json.loads(manifest_bytes)
    except (ValueError, UnicodeDecodeError):
        raise BundleRejected("The bundle's manifest is not readable; nothing was imported.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BundleRejected("The file is not a Casebook bundle (its manifest names no bundle format); "
                             "nothing was imported.")
    version = manifest.get("version")
    if type(version) is not int or version != FORMAT_VERSION:  # neither 1.0 nor true is the integer 1
        raise BundleRejected(f"The bundle uses format version {str(version)[:12]}, which this Casebook does not know "
                             f"(it reads version {FORMAT_VERSION}); update Casebook to import it. Nothing was imported.")
    return manifest


def record_member(record_id: str) -> str:
    return f"records/{record_id}.json"


def attachment_member(attachment_id: str) -> str:
    return f"attachments/{attachment_id}"


def check_members(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    """Every member is listed in the manifest with its hash, and every listed item is present."""
    expected: dict[str, str] = {}
    try:
        for entry in manifest["records"]:
            expected[record_member(str(entry["id"]))] = str(entry["sha256"])
        for entry in manifest["attachments"]:
            expected[attachment_member(str(entry["id"]))] = str(entry["sha256"])
    except (KeyError, TypeError):
        raise BundleRejected("The bundle's manifest is incomplete; nothing was imported.") from None
    if len(expected) != len(manifest["records"]) + len(manifest["attachments"]):
        raise BundleRejected("The bundle's manifest lists an item twice; nothing was imported.")
    for name in members:
        if not (_RECORD_NAME.match(name) or _ATTACHMENT_NAME.match(name)) or name not in expected:
            raise BundleRejected(f"The bundle holds an entry its manifest does not list ({name[:60]}); "
                                 "nothing was imported.")
    for name, digest in expected.items():
        if name not in members:
            raise BundleRejected(f"The bundle lacks {name[:60]}, which its manifest lists; nothing was imported.")
        if sha256_hex(members[name]) != digest:
            raise BundleRejected(f"The bundle's {name[:60]} does not match the hash in its signed manifest "
                                 "(it was altered); nothing was imported.")
