"""Backups: one file holding a consistent copy of a vault, still encrypted under its keys, with a checksum.

The file is an uncompressed tar (the pages are ciphertext: nothing to compress) of

    vault.db              the database, copied by SQLite's online backup API from one read snapshot
    keyslots.json         the key slots as they were: that day's passphrase and recovery key open it
    casebook-backup.json  {"format": 1, "vault_id", "schema", "made", "sha256": {member: hex digest}}

the manifest last, so the file is written and checked in one pass each.

Why the online backup and not `sqlcipher_export`: the backup API copies the
pages themselves, through the source connection's pager, from one snapshot,
into a destination keyed with the same raw key, so no page is ever plaintext
on disk and the copy is exactly the database (header, user_version, free pages
already zeroed by secure_delete), whatever writer runs meanwhile (WAL lets a
reader keep its snapshot). `sqlcipher_export` rebuilds the database by SQL:
another file, whose header fields would have to be carried over by hand.

Backing up needs no lock on the vault: a vault open in the app or written by
another command is copied as it is at the moment the copy starts. The copy
of the database is made beside the backup file (encrypted, owner-only) and
removed; nothing is written into the vault folder. Checking a backup
unpacks it into an owner-only folder beside it, removed afterwards.
"""

import contextlib
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app import safe_json
from app.database import Database
from app.errors import BadInput, IntegrityError, StorageFailed, VaultExists, WrongPassphrase
from app.records.change import utc_now
from app.vault import vault as vaults
from app.vault.check import verify
from app.vault.folder import DB_NAME, FILE_MODE, KEYSLOTS_NAME, NOFOLLOW, VaultDir
from app.vault.keyring import load_device_secret
from crypto.keyslots import KeySlots
from crypto.vault_keys import VaultKeys

FORMAT = 1
MANIFEST = "casebook-backup.json"
MEMBERS = (DB_NAME, KEYSLOTS_NAME)
_READ = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, from its manifest."""

    path: Path
    size: int
    vault_id: str
    schema: int
    made: str


class _Hashing:
    """A file read through SHA-256 (tarfile reads a member's data from it)."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.sha256 = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.sha256.update(data)
        return data


def back_up(vault: "vaults.Vault", target: str | os.PathLike[str]) -> BackupInfo:
    """Back up a vault this process has open (the app): its keys are in memory, its writes go on meanwhile."""
    return _write(vault.folder, vault.slots, VaultKeys.from_vault_key(vault._vault_key).sqlcipher_key, Path(target))


def back_up_with_passphrase(path: str | os.PathLike[str], passphrase: str, target: str | os.PathLike[str]) -> BackupInfo:
    """Back up a vault by its passphrase, whether or not it is open elsewhere (no lock is taken, nothing in it changes)."""
    folder = VaultDir(path)
    folder.require_exists()
    slots = folder.read_keyslots()
    if slots.rotation is not None:
        raise StorageFailed("A key rotation of this vault was interrupted; unlock the vault once (that undoes it) "
                            "and back it up then. Nothing was written.")
    return _write(folder, slots, _sqlcipher_key(slots, passphrase), Path(target))


def _sqlcipher_key(slots: KeySlots, passphrase: str) -> bytes:
    vault_key = vaults._passphrase_opens(slots, passphrase, load_device_secret(slots))
    if vault_key is None:
        raise WrongPassphrase(vaults.WRONG_PASSPHRASE)
    return VaultKeys.from_vault_key(vault_key).sqlcipher_key


def _write(folder: VaultDir, slots: KeySlots, raw_key: bytes, target: Path) -> BackupInfo:
    if target.exists():
        raise BadInput(f"{target} already exists; choose a new name for the backup. Nothing was written.")
    if not target.parent.is_dir():
        raise BadInput(f"There is no folder {target.parent} to write the backup in; check the path. Nothing was written.")
    keyslots = slots.to_bytes()
    copy, part = target.with_name(target.name + ".db.part"), target.with_name(target.name + ".part")
    try:
        source = Database(folder.db, raw_key)  # no migrations: an older schema is kept as it is, restoring migrates it
        try:
            source.backup_to(copy, raw_key)
        finally:
            source.close()
        copied = Database(copy, raw_key)
        try:
            schema = int(copied.execute("PRAGMA user_version").fetchone()[0])
        finally:
            copied.close()
        if folder.read_keyslots().to_bytes() != keyslots:
            raise StorageFailed("The vault's passphrase or keys changed while it was being backed up; "
                                "back it up again. Nothing was written.")
        manifest: dict[str, Any] = {"format": FORMAT, "vault_id": slots.vault_id, "schema": schema, "made": utc_now()}
        _pack(part, copy, keyslots, manifest)
        if target.exists():
            raise BadInput(f"{target} appeared while the backup was written; choose a new name. Nothing was written.")
        os.replace(part, target)
    except OSError as exc:
        raise StorageFailed(f"Could not write the backup {target} ({exc.strerror}); nothing was written.") from None
    finally:
        for leftover in (copy, part, copy.with_name(copy.name + "-journal")):
            leftover.unlink(missing_ok=True)
    return _info(target, manifest)


def _info(path: Path, manifest: dict[str, Any]) -> BackupInfo:
    return BackupInfo(path, path.stat().st_size, str(manifest.get("vault_id", "")), int(manifest.get("schema", 0)),
                      str(manifest.get("made", "")))


def _add(tar: tarfile.TarFile, name: str, handle: IO[bytes], size: int) -> str:
    info = tarfile.TarInfo(name)
    info.size, info.mode = size, 0o600
    reader = _Hashing(handle)
    tar.addfile(info, reader)
    return reader.sha256.hexdigest()


def _pack(part: Path, copy: Path, keyslots: bytes, manifest: dict[str, Any]) -> None:
    """The tar, written to `part` and flushed to disk; the manifest last, with the digests taken while writing."""
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar, open(copy, "rb") as db:
            digests = {DB_NAME: _add(tar, DB_NAME, db, copy.stat().st_size)}
            digests[KEYSLOTS_NAME] = _add(tar, KEYSLOTS_NAME, io.BytesIO(keyslots), len(keyslots))
            text = json.dumps({**manifest, "sha256": digests}, indent=1).encode()
            _add(tar, MANIFEST, io.BytesIO(text), len(text))
        out.flush()
        os.fsync(out.fileno())


def _damaged(path: Path, what: str) -> IntegrityError:
    return IntegrityError(f"{path} is not a sound Casebook backup ({what}); use another copy of the backup.")


def _unpack(path: Path, into: Path) -> dict[str, Any]:
    """Write the backup's files into the folder `into`, checking each against the manifest; returns the manifest."""
    digests: dict[str, str] = {}
    manifest: dict[str, Any] | None = None
    try:
        with tarfile.open(path, mode="r:") as tar:
            for member in tar:
                plain = member.type in (tarfile.REGTYPE, tarfile.AREGTYPE) and member.sparse is None  # no sparse holes
                source = tar.extractfile(member) if plain else None
                if source is None or member.name not in (*MEMBERS, MANIFEST) or member.name in digests:
                    raise _damaged(path, f"it holds an unexpected entry {member.name!r}")
                if member.name == MANIFEST:
                    manifest = safe_json.loads(source.read(_READ))
                    continue
                # The fresh folder already holds an empty database file, owner-only: fill it, never through a link.
                fd = os.open(into / member.name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | NOFOLLOW, FILE_MODE)
                with os.fdopen(fd, "wb") as out:
                    reader = _Hashing(source)
                    while chunk := reader.read(_READ):
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
                digests[member.name] = reader.sha256.hexdigest()
    except FileNotFoundError:
        raise BadInput(f"There is no backup file {path}; check the path.") from None
    except (tarfile.TarError, EOFError, ValueError):
        raise _damaged(path, "it is not a whole tar file with a readable manifest") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("sha256"), dict):
        raise _damaged(path, "its manifest is missing")
    if manifest.get("format") != FORMAT:
        raise BadInput(f"{path} was written by a newer Casebook; update Casebook to use it.")
    if set(digests) != set(MEMBERS) or any(manifest["sha256"].get(name) != digest for name, digest in digests.items()):
        raise _damaged(path, "its contents do not match their SHA-256 checksums")
    return manifest


def restore(path: str | os.PathLike[str], vault_path: str | os.PathLike[str]) -> BackupInfo:
    """Make a new vault folder from a backup, refusing an existing one; it opens with the backup's passphrase."""
    backup, folder = Path(path), VaultDir(vault_path)
    if folder.path.exists():
        raise VaultExists(f"{folder.path} already exists; restore into a new folder, so that no vault is overwritten. "
                          "Nothing was changed.")
    folder.create_folder()
    try:
        manifest = _unpack(backup, folder.path)
    except BaseException:
        shutil.rmtree(folder.path, ignore_errors=True)
        raise
    return _info(backup, manifest)


def check(path: str | os.PathLike[str], passphrase: str) -> tuple[BackupInfo, int]:
    """Verify a backup without restoring it: its checksums, then `casebook check`'s reading of the whole copy.

    The copy is unpacked into an owner-only folder made beside the backup file and removed
    afterwards (SQLCipher reads a database from a file; the pages stay encrypted on disk).
    Returns the backup's manifest and how many records were read.
    """
    backup = Path(path)
    try:
        scratch = Path(tempfile.mkdtemp(prefix=".casebook-check-", dir=backup.parent))
    except OSError as exc:
        raise StorageFailed(f"Could not make a private folder beside {backup} to check it in ({exc.strerror}).") from None
    try:
        manifest = _unpack(backup, scratch)
        folder = VaultDir(scratch)
        slots = folder.read_keyslots()
        vault_key = vaults._passphrase_opens(slots, passphrase, load_device_secret(slots))
        if vault_key is None:
            raise WrongPassphrase("That passphrase does not open this backup: it opens with the passphrase the vault "
                                  "had when the backup was made.")
        vault = vaults.Vault(folder, slots, vault_key)
        try:
            count = verify(vault)
        finally:
            vault.close()
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(scratch)
    return _info(backup, manifest), count
