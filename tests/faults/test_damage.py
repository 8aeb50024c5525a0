"""Damaged vault files: a truncated or corrupted keyslots.json, a corrupted database page.

Each ends in one clear sentence and exit 1, never a stack trace, and once the
file is restored from a backup the vault opens as before.
"""

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from app.errors import CasebookError, VaultDamaged
from app.vault.vault import Vault
from helpers.cli import FAST_KDF, Result, run

PASSPHRASE = "damaged files test"
ENV = {"CASEBOOK_PASSPHRASE": PASSPHRASE}
PAGE = 4096
PEOPLE = [{"kind": "person", "names": [f"Damage Test {i}", f"损坏{i}"], "notes": "n" * 900} for i in range(60)]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A closed vault with enough records to fill many pages, and its ids."""
    path = tmp_path_factory.mktemp("damage") / "pristine.casebook"
    assert run("init", str(path), "--no-keyring", *FAST_KDF, env=ENV).code == 0
    added = run("add", str(path), env=ENV, stdin="".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PEOPLE))
    assert added.code == 0, added.err
    assert not (path / "vault.db-wal").exists() or (path / "vault.db-wal").stat().st_size == 0
    return path, added.out.split()


@pytest.fixture
def copy(pristine: tuple[Path, list[str]], tmp_path: Path) -> Path:
    target = tmp_path / "copy.casebook"
    shutil.copytree(pristine[0], target)
    return target


def clear_failure(result: Result, sentence: str) -> None:
    assert result.code == 1, (result.code, result.err)
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1
    assert sentence in result.err


KEYSLOTS_DAMAGE: list[tuple[str, Callable[[bytes], bytes]]] = [
    ("empty", lambda raw: b""),
    ("truncated to half", lambda raw: raw[: len(raw) // 2]),
    ("truncated by one byte", lambda raw: raw[:-2]),
    ("zeroed", lambda raw: b"\0" * len(raw)),
    ("not UTF-8", lambda raw: raw.replace(b'"slots"', b'"\xff\xfeslots"')),
    ("slots removed", lambda raw: raw.replace(b'"slots"', b'"slotz"')),
    ("format changed", lambda raw: raw.replace(b'"format": 1', b'"format": 99')),
]


@pytest.mark.parametrize("damage", [d[1] for d in KEYSLOTS_DAMAGE], ids=[d[0] for d in KEYSLOTS_DAMAGE])
def test_damaged_keyslots_is_our_error_and_a_restored_copy_opens(copy: Path, damage: Callable[[bytes], bytes]) -> None:
    slots = copy / "keyslots.json"
    original = slots.read_bytes()
    slots.write_bytes(damage(original))
    with pytest.raises(VaultDamaged, match=r"keyslots\.json in this vault is damaged"):
        Vault.open(copy, PASSPHRASE)
    with pytest.raises(VaultDamaged, match=r"keyslots\.json in this vault is damaged"):
        Vault.recover(copy, "A" * 40, "new passphrase", use_keyring=False, kdf_seconds=0.01)
    assert slots.read_bytes() == damage(original)
    slots.write_bytes(original)
    Vault.open(copy, PASSPHRASE).close()


def test_truncated_keyslots_on_the_command_line(copy: Path) -> None:
    slots = copy / "keyslots.json"
    slots.write_bytes(slots.read_bytes()[:100])
    clear_failure(run("list", str(copy), env=ENV), "keyslots.json in this vault is damaged")
    clear_failure(run("recover", str(copy), *FAST_KDF, env={"CASEBOOK_RECOVERY_KEY": "A" * 40,
                                                           "CASEBOOK_NEW_PASSPHRASE": "a strong new passphrase"}),
                  "keyslots.json in this vault is damaged")


def test_a_changed_wrapped_key_reads_as_the_wrong_passphrase_not_a_crash(copy: Path) -> None:
    slots = copy / "keyslots.json"
    data = json.loads(slots.read_text())
    slot = next(s for s in data["slots"] if s["type"] == "passphrase")
    slot["wrapped_vk"] = ("0" if slot["wrapped_vk"][0] != "0" else "1") + slot["wrapped_vk"][1:]
    slots.write_text(json.dumps(data))
    result = run("list", str(copy), env=ENV)
    assert result.code == 2 and "does not open this vault" in result.err and "Traceback" not in result.err


def corrupt_page(db: Path, page: int) -> None:
    """Flip bytes in the middle of one 4 KiB page, as a failing disk or a careless tool would."""
    with open(db, "r+b") as handle:
        handle.seek(page * PAGE + PAGE // 2)
        chunk = handle.read(16)
        handle.seek(page * PAGE + PAGE // 2)
        handle.write(bytes(b ^ 0x5A for b in chunk))


def page_count(db: Path) -> int:
    return db.stat().st_size // PAGE


@pytest.mark.parametrize("where", ["first", "second", "middle", "last"])
def test_corrupted_database_page_is_found_by_check_and_a_clear_error(copy: Path, where: str) -> None:
    db = copy / "vault.db"
    pages = page_count(db)
    page = {"first": 0, "second": 1, "middle": pages // 2, "last": pages - 1}[where]
    corrupt_page(db, page)
    clear_failure(run("check", str(copy), env=ENV), "The vault database is damaged")
    listed = run("list", str(copy), env=ENV)
    if listed.code != 0:
        clear_failure(listed, "The vault database is damaged")


def test_every_read_on_a_corrupted_page_raises_our_error(copy: Path, pristine: tuple[Path, list[str]]) -> None:
    """In-process (as the desktop app reads): each call either works or raises a CasebookError."""
    db = copy / "vault.db"
    for page in range(1, page_count(db), 3):
        corrupt_page(db, page)
    try:
        vault = Vault.open(copy, PASSPHRASE)
    except CasebookError:
        return
    calls: list[Callable[[], object]] = [
        lambda: vault.records.summaries(), lambda: list(vault.records.iter_records()),
        lambda: vault.records.index.search("Damage"), lambda: vault.records.count("person"),
        *(lambda i=record_id: vault.records.history(i) for record_id in pristine[1]),
        *(lambda i=record_id: vault.records.events_of_person(i) for record_id in pristine[1][:5]),
    ]
    raised = 0
    try:
        for call in calls:
            try:
                call()
            except CasebookError as exc:
                assert str(exc)
                raised += 1
    finally:
        vault.close()
    assert raised
