"""The archive inside a bundle is read strictly and cheaply: only plain files, no size taken on trust.

A tar reader that honours GNU sparse headers turns a few kilobytes into as many
zeros as a header claims; these archives are built with tarfile itself, as an
attacker would, and each must be refused before it costs more than a little memory.
"""

import io
import tarfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from app.errors import BundleRejected
from app.records.record import canonical_json
from app.sharing import bundle_format
from app.sharing.bundle_import import import_bundle
from crypto import bundle_crypto
from helpers.bundles import new_vault, snapshot

RECORD = "records/0193a6f0-0000-7000-8000-000000000001.json"
FIFTY_GB = 50 * 1024**3
MEMORY_BOUND = 4 * 1024 * 1024  # what refusing a 10 KB archive may cost at most


def manifest(**changes: object) -> bytes:
    data = {"format": "casebook-bundle", "version": 1, "records": [{"id": RECORD[8:-5], "sha256": "0" * 64}],
            "attachments": []}
    data.update(changes)
    return canonical_json(data)


def archive(members: list[tarfile.TarInfo | tuple[str, bytes]], form: int = tarfile.PAX_FORMAT) -> bytes:
    """A tar of these members: a (name, bytes) pair is a plain file, a TarInfo is written as it is (one byte of data)."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=form) as tar:
        for member in members:
            if isinstance(member, tarfile.TarInfo):
                tar.addfile(member, io.BytesIO(b"x" * member.size))
            else:
                info = tarfile.TarInfo(member[0])
                info.size = len(member[1])
                tar.addfile(info, io.BytesIO(member[1]))
    return out.getvalue()


def sparse(name: str, claimed: int) -> tarfile.TarInfo:
    """A GNU sparse (pax 0.1) member: one byte of data, read back as `claimed` bytes, nearly all zeros."""
    info = tarfile.TarInfo(name)
    info.size = 1
    info.pax_headers = {"GNU.sparse.map": f"{claimed - 1},1", "GNU.sparse.size": str(claimed)}
    return info


def claiming(name: str, claimed: int) -> bytes:
    """A plain member whose header claims `claimed` bytes (in GNU base-256) but holds a few."""
    info = tarfile.TarInfo(name)
    info.size = claimed
    header = info.tobuf(tarfile.GNU_FORMAT)
    header = header[:257] + tarfile.POSIX_MAGIC + header[265:]  # and says it is plain ustar
    chksum = tarfile.calc_chksums(header[:148] + b" " * 8 + header[156:])[0]
    return header[:148] + b"%06o\0 " % chksum + header[156:] + b"x" * tarfile.BLOCKSIZE


def refusal_peak(plaintext: bytes, match: str) -> int:
    """The peak of memory allocated while the archive is refused."""
    tracemalloc.start()
    try:
        with pytest.raises(BundleRejected, match=match):
            bundle_format.unpack(plaintext)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


SPARSE_ARCHIVES: dict[str, Callable[[], bytes]] = {
    "sparse manifest, 300 MB": lambda: archive([sparse("manifest.json", 300_000_000)]),
    "sparse record, 300 MB": lambda: archive([("manifest.json", manifest()), ("manifest.sig", b"AAAA\n"),
                                               sparse(RECORD, 300_000_000)]),
    "sparse record, 50 GB": lambda: archive([("manifest.json", manifest()), ("manifest.sig", b"AAAA\n"),
                                              sparse(RECORD, FIFTY_GB)]),
}


@pytest.mark.parametrize("make", SPARSE_ARCHIVES.values(), ids=SPARSE_ARCHIVES.keys())
def test_a_sparse_member_is_refused_without_expanding_it(make: Callable[[], bytes]) -> None:
    plaintext = make()
    assert len(plaintext) <= 10 * 1024
    assert refusal_peak(plaintext, "unexpected entry") < MEMORY_BOUND


def test_a_member_claiming_fifty_gigabytes_is_refused_before_it_is_read() -> None:
    head = archive([("manifest.json", manifest()), ("manifest.sig", b"AAAA\n")], tarfile.USTAR_FORMAT)
    plaintext = head[: head.index(b"AAAA\n") + tarfile.BLOCKSIZE] + claiming(RECORD, FIFTY_GB) + bytes(1024)
    assert refusal_peak(plaintext, "not a Casebook archive") < MEMORY_BOUND


def test_a_member_claiming_a_negative_size_is_refused() -> None:
    head = archive([("manifest.json", manifest()), ("manifest.sig", b"AAAA\n")], tarfile.USTAR_FORMAT)
    plaintext = head[: head.index(b"AAAA\n") + tarfile.BLOCKSIZE] + claiming(RECORD, -tarfile.BLOCKSIZE) + bytes(1024)
    with pytest.raises(BundleRejected, match="not a Casebook archive"):
        bundle_format.unpack(plaintext)


def test_a_record_larger_than_any_valid_record_is_refused() -> None:
    plaintext = archive([("manifest.json", manifest()), ("manifest.sig", b"AAAA\n"),
                         (RECORD, b" " * (bundle_format.MAX_RECORD_BYTES + 1))], tarfile.USTAR_FORMAT)
    with pytest.raises(BundleRejected, match="larger than its manifest allows"):
        bundle_format.unpack(plaintext)


def test_an_attachment_longer_than_its_manifest_says_is_refused() -> None:
    attachment = "attachments/0193a6f0-0000-7000-8000-000000000002"
    entry = {"id": attachment[12:], "size": 10, "sha256": "0" * 64}
    plaintext = archive([("manifest.json", manifest(records=[], attachments=[entry])), ("manifest.sig", b"AAAA\n"),
                         (attachment, b"x" * 11)], tarfile.USTAR_FORMAT)
    with pytest.raises(BundleRejected, match="larger than its manifest allows"):
        bundle_format.unpack(plaintext)


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.CHRTYPE, tarfile.FIFOTYPE, tarfile.DIRTYPE])
def test_links_devices_and_folders_are_refused(kind: bytes) -> None:
    odd = tarfile.TarInfo(RECORD)
    odd.type, odd.linkname = kind, "/etc/passwd"
    plaintext = archive([("manifest.json", manifest()), ("manifest.sig", b"AAAA\n"), odd], tarfile.USTAR_FORMAT)
    with pytest.raises(BundleRejected, match="unexpected entry"):
        bundle_format.unpack(plaintext)


def test_a_pax_header_that_renames_a_member_is_refused() -> None:
    renamed = tarfile.TarInfo(RECORD)
    renamed.size = 1
    renamed.pax_headers = {"path": "manifest.json"}
    with pytest.raises(BundleRejected, match="unexpected entry"):
        bundle_format.unpack(archive([renamed]))


@pytest.mark.parametrize("version", [1.0, True, "1"])
def test_a_format_version_that_is_not_the_integer_one_is_refused(version: object) -> None:
    with pytest.raises(BundleRejected, match="does not know"):
        bundle_format.check_version(manifest(version=version))


def test_a_sparse_bundle_sent_to_a_vault_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    bob = new_vault(tmp_path / "bob.casebook")
    try:
        data = bundle_crypto.encrypt_to(SPARSE_ARCHIVES["sparse record, 50 GB"](), [bob.identity.public.age_recipient])
        before = snapshot(bob)
        with pytest.raises(BundleRejected, match="unexpected entry"):
            import_bundle(bob.exchange, data)
        assert snapshot(bob) == before
    finally:
        bob.close()
