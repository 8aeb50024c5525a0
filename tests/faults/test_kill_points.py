"""Kills at named points inside a write (app/faults.py): every one lands, on any machine speed.

For each command a user runs to change a vault, a first run with
CASEBOOK_FAULT_TRACE lists the kill points it passes; then, for each point and
each time it is passed (up to KILLS_PER_POINT of them, first and last among
them), a fresh copy of the same vault is written to with
CASEBOOK_FAULT_POINT=name@n, so the process kills itself there with SIGKILL.
After each kill the vault must open, pass `casebook check`'s reading of every
page, record and attachment, and hold exactly what it held before the command
or exactly what the command's finished run left: nothing lost, nothing half.
Kills landed per point are printed (run with -s to see them).
"""

import json
import shutil
import signal
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app import faults
from app.database import Database
from app.errors import WrongPassphrase
from app.records.change import Change
from app.records.record import canonical_json
from app.sharing.bundle_export import export_bundle
from app.store import attachments, migrations
from app.vault.check import verify
from app.vault.vault import Vault
from crypto.vault_keys import VaultKeys
from helpers.cli import run
from helpers.secrets import fast_params

PASSPHRASE = "killed at named points"
NEW_PASSPHRASE = "a new passphrase after the kill"
ENV = {"CASEBOOK_PASSPHRASE": PASSPHRASE, "CASEBOOK_NEW_PASSPHRASE": NEW_PASSPHRASE}
KILLS_PER_POINT = 4
IN_TRANSACTION = {"transaction-begun", "before-commit", "migration", "bulk-batch", "attachment-chunk"}


@dataclass
class Scenario:
    """A command that writes to a vault made by `prepare`, which returns the command's arguments after VAULT."""

    command: str
    prepare: Callable[[Path, Path], list[str]]
    reaches: set[str]  # the points besides those of every transaction that the command must pass
    stdin: str | None = None


def _new_vault(path: Path) -> Vault:
    vault = Vault.create(path, PASSPHRASE, use_keyring=False, params=fast_params()).vault
    vault.records.apply([Change("person", {"names": [f"Already here {i}", f"已在{i}"], "notes": "kept"}) for i in range(5)])
    return vault


def _plain(path: Path, work: Path) -> list[str]:
    _new_vault(path).close()
    return []


def _sheet(path: Path, work: Path) -> list[str]:
    _new_vault(path).close()
    sheet = work / "people.csv"
    sheet.write_text("Name,Notes\n" + "".join(f"Sheet person {i},note {i}\n" for i in range(40)), encoding="utf-8")
    return [str(sheet), "--on-duplicate", "new"]


def _bundle(path: Path, work: Path) -> list[str]:
    """A colleague's bundle of three people, one with an attachment of three chunks."""
    receiver = _new_vault(path)
    sender = Vault.create(work / "sender.casebook", PASSPHRASE, use_keyring=False, params=fast_params()).vault
    try:
        sender.contacts.add(receiver.identity.public.text(), "receiver", sender.identity.public)
        receiver.contacts.add(sender.identity.public.text(), "colleague", receiver.identity.public)
        receiver.contacts.verify("colleague")  # a bundle from anyone else is only previewed
        people = sender.records.apply([Change("person", {"names": [f"Bundled {i}"], "consent": {"scope": "listed_partners"}})
                                       for i in range(3)])
        attachments.add(sender.records, people[0].id, "scan.bin", "application/octet-stream",
                        bytes(range(256)) * (attachments.CHUNK_BYTES * 5 // 2 // 256))
        bundle = work / "colleague.casebundle"
        bundle.write_bytes(export_bundle(sender.exchange, [p.id for p in people], to=[sender.contacts.find("receiver")]).data)
    finally:
        sender.close()
        receiver.close()
    return [str(bundle), "--yes"]


def _shred(path: Path, work: Path) -> list[str]:
    vault = _new_vault(path)
    try:
        person = vault.records.apply([Change("person", {"names": ["To be shredded"]})])[0]
        attachments.add(vault.records, person.id, "photo.bin", "application/octet-stream", b"\x01" * 1000)
    finally:
        vault.close()
    return [person.id, "--shred"]


def _one_version_behind(path: Path, work: Path) -> list[str]:
    """A vault whose database was made by the release before the last migration."""
    vault = _new_vault(path)
    keys = VaultKeys.from_vault_key(vault._vault_key)
    vault.close()
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        (path / name).unlink(missing_ok=True)
    Database(path / "vault.db", keys.sqlcipher_key,
             {v: step for v, step in migrations.MIGRATIONS.items() if v < migrations.SCHEMA_VERSION}).close()
    return []


def _add_input() -> str:
    lines = [{"kind": "person", "names": [f"Added {i}", f"新增{i}"], "notes": "n" * (i * 50)} for i in range(40)]
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


EVERY_TRANSACTION = {"transaction-begun", "before-commit", "after-commit"}
SCENARIOS = {
    "add": Scenario("add", _plain, set(), stdin=_add_input()),
    "import-sheet": Scenario("import-sheet", _sheet, {"bulk-batch"}),
    "import-bundle": Scenario("import", _bundle, {"attachment-chunk"}),
    "shred": Scenario("delete", _shred, set()),
    "passwd": Scenario("passwd", _plain, {"atomic-write"}),
    "rotate-keys": Scenario("rotate-keys", _plain, {"atomic-write", "rotation-rewrapped", "rotation-rekeyed"}),
    "migrate": Scenario("check", _one_version_behind, {"migration"}),
}


def held(path: Path) -> tuple[Any, ...]:
    """What the vault holds, as a user would see it, after `casebook check`'s reading of all of it."""
    for passphrase in (PASSPHRASE, NEW_PASSPHRASE):
        try:
            vault = Vault.open(path, passphrase)
        except WrongPassphrase:
            continue
        try:
            verify(vault)
            records = Counter((r.kind, r.deleted, canonical_json(r.fields)) for r in vault.records.iter_records(include_deleted=True))
            stored = sorted(a.sha256 for r in vault.records.iter_records() for a in attachments.list_for(vault.records, r.id))
            return passphrase, sorted(records.items()), stored
        finally:
            vault.close()
    raise AssertionError("neither the old nor the new passphrase opens the vault")


def _schedule(trace: list[str]) -> list[tuple[str, int]]:
    """Each point passed, at up to KILLS_PER_POINT of its passes (the first and the last among them)."""
    counts = Counter(trace)
    schedule = []
    for name, passes in counts.items():
        step = max(1, (passes - 1) // (KILLS_PER_POINT - 1))
        chosen = {*list(range(1, passes + 1, step))[:KILLS_PER_POINT - 1], passes}
        schedule += [(name, n) for n in sorted(chosen)]
    return schedule


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_a_write_killed_at_each_named_point_leaves_the_old_or_the_new_vault(tmp_path: Path, name: str) -> None:
    scenario = SCENARIOS[name]
    template = tmp_path / "template.casebook"
    args = scenario.prepare(template, tmp_path)
    shutil.copytree(template, tmp_path / "untouched.casebook")
    old = held(tmp_path / "untouched.casebook")  # opening migrates: the template stays one version behind

    def write(to: Path, env: dict[str, str]) -> int:
        if to.exists():
            shutil.rmtree(to)
        shutil.copytree(template, to)
        result = run(scenario.command, str(to), *args, env={**ENV, **env}, stdin=scenario.stdin)
        assert "Traceback" not in result.err
        return result.code

    trace = tmp_path / "trace"
    assert write(tmp_path / "finished.casebook", {"CASEBOOK_FAULT_TRACE": str(trace)}) == 0
    new = held(tmp_path / "finished.casebook")
    assert new != old or name in ("rotate-keys", "migrate")
    passed = trace.read_text(encoding="ascii").split()
    assert set(passed) == EVERY_TRANSACTION | scenario.reaches
    schedule = _schedule(passed)
    landed: Counter[str] = Counter()
    for point, n in schedule:
        assert write(tmp_path / "killed.casebook", {"CASEBOOK_FAULT_POINT": f"{point}@{n}"}) == -signal.SIGKILL, point
        landed[point] += 1
        after = held(tmp_path / "killed.casebook")
        assert after in (old, new), f"killed at {point}@{n}: the vault holds neither the old nor the new state"
    print(f"{name}: kills landed per point {dict(landed)}, {sum(landed[p] for p in IN_TRANSACTION)} inside a transaction")
    assert set(landed) == set(passed), "a point passed was not killed at"
    assert sum(landed[p] for p in IN_TRANSACTION) >= 2, "too few kills landed inside a transaction"


def test_every_named_point_is_killed_at_by_some_write() -> None:
    assert set().union(EVERY_TRANSACTION, *(s.reaches for s in SCENARIOS.values())) == set(faults.POINTS)
