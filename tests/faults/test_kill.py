"""A writer killed with SIGKILL at random moments: the vault opens, passes SQLCipher's checks,
keeps every acknowledged write, and holds no half-written run.

`casebook add` prints ids only after its transaction commits, so every id read
from its stdout before the kill is an acknowledged write; `casebook import` says
"Imported." only after its transaction commits. A fixed number of runs each:
on a fast or a slow machine some writers finish before their kill, and that
run is checked all the same. How many kills land inside a transaction is not
left to timing here: test_kill_points.py kills at named points inside the
writes, every one of which lands.
"""

import json
import random
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.records.jsonl import parse_lines
from app.sharing.bundle_export import export_bundle
from app.vault.vault import Vault
from helpers.cli import FAST_KDF, casebook_command, run, subprocess_env
from helpers.secrets import fast_params
from helpers.vault_state import check_readable

PASSPHRASE = "killed at random moments"
ENV = {"CASEBOOK_PASSPHRASE": PASSPHRASE, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
RUNS = 45
NEW_PER_RUN = 25


@dataclass
class Ledger:
    """What the runs asked for and what they acknowledged."""

    acknowledged_ids: set[str] = field(default_factory=set)
    last_acked_note: dict[str, int] = field(default_factory=dict)
    kills: int = 0


def run_input(run_no: int, updates: list[str]) -> str:
    lines = [{"kind": "person", "names": [f"Kill Test {run_no} {i}", f"被杀测试{run_no}"], "tags": [f"run-{run_no}"],
              "notes": "x" * random.randint(0, 3000)} for i in range(NEW_PER_RUN)]
    lines += [{"kind": "person", "id": record_id, "notes": f"run-{run_no}"} for record_id in updates]
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def start_add(path: Path, stdin: str) -> subprocess.Popen[str]:
    """`casebook add` reading a stream of JSON Lines from a file given as its stdin."""
    source = path.parent / "input.jsonl"
    source.write_text(stdin, encoding="utf-8")
    with open(source, "rb") as handle:
        return subprocess.Popen([*casebook_command(), "add", str(path)], stdin=handle, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=subprocess_env(ENV))


def check_vault(path: Path, ledger: Ledger, runs: int, touched: set[str]) -> None:
    """Sound pages, every record decrypts, the last run's records have whole histories, nothing acknowledged lost."""
    vault = Vault.open(path, PASSPHRASE)
    try:
        assert vault.db.integrity_problems() == []
        last_run = {s.id for s in vault.records.summaries() if s.display_name.startswith(f"Kill Test {runs - 1} ")}
        versions = check_readable(vault, touched | last_run)
        assert ledger.acknowledged_ids <= set(versions), "an acknowledged write is missing"
        created_per_run: dict[str, int] = {}
        for record in vault.records.iter_records():
            for tag in record.fields.get("tags", []):
                created_per_run[tag] = created_per_run.get(tag, 0) + 1
            note = record.fields.get("notes", "")
            if record.id in ledger.last_acked_note:
                assert note.startswith("run-") and int(note[4:]) >= ledger.last_acked_note[record.id], "an update was lost"
        assert all(count == NEW_PER_RUN for count in created_per_run.values()), f"a run is half-written: {created_per_run}"
        assert len(created_per_run) <= runs
    finally:
        vault.close()


@pytest.fixture
def kill_vault(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "kill.casebook"
    assert run("init", str(path), "--no-keyring", *FAST_KDF, env=ENV).code == 0
    yield path


@pytest.mark.slow
def test_add_killed_at_random_moments(kill_vault: Path) -> None:
    rng = random.Random(20261129)
    ledger = Ledger()
    baseline = run("add", str(kill_vault), env=ENV, stdin=run_input(0, []))
    assert baseline.code == 0, baseline.err
    ledger.acknowledged_ids |= set(baseline.out.split())
    durations = [1.0]
    runs = 1
    while runs <= RUNS:
        span = sorted(durations)[len(durations) // 2]
        updates = rng.sample(sorted(ledger.acknowledged_ids), 3)
        started = time.monotonic()
        proc = start_add(kill_vault, run_input(runs, updates))
        # Mostly late in the run, where the writes, the commit and the checkpoint are; sometimes anywhere.
        time.sleep(rng.uniform(0, span) if rng.random() < 0.3 else rng.uniform(0.5 * span, 1.05 * span))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            ledger.kills += 1
        else:
            durations.append(time.monotonic() - started)
        out, err = proc.communicate(timeout=60)
        assert "Traceback" not in err
        acked = [line for line in out.split("\n")[:-1] if line]
        ledger.acknowledged_ids |= set(acked)
        for record_id in updates if acked else []:
            ledger.last_acked_note[record_id] = runs
        runs += 1
        check_vault(kill_vault, ledger, runs, set(updates))
    print(f"{ledger.kills} of {RUNS} writers were killed before they finished")


IMPORT_RUNS = 30
PER_BUNDLE = 30


@pytest.mark.slow
def test_import_killed_at_random_moments(tmp_path: Path) -> None:
    """`casebook import` of bundles from a colleague, killed at random: each bundle is in whole or not at all."""
    rng = random.Random(1129)
    sender = Vault.create(tmp_path / "sender.casebook", PASSPHRASE, use_keyring=False, params=fast_params()).vault
    receiver = Vault.create(tmp_path / "receiver.casebook", PASSPHRASE, use_keyring=False, params=fast_params()).vault
    sender.contacts.add(receiver.identity.public.text(), "receiver", sender.identity.public)
    receiver.contacts.add(sender.identity.public.text(), "sender", receiver.identity.public)
    receiver.contacts.verify("sender")  # a bundle from anyone else is only previewed
    to = [sender.contacts.find("receiver")]
    bundles: list[tuple[Path, set[str]]] = []
    for n in range(IMPORT_RUNS):
        people = sender.records.apply(parse_lines(json.dumps({
            "kind": "person", "names": [f"Bundle {n} person {i}", f"包{n}人{i}"], "consent": {"scope": "listed_partners"},
            "notes": "y" * rng.randint(0, 3000)}, ensure_ascii=False) for i in range(PER_BUNDLE)))
        path = tmp_path / f"{n}.casebundle"
        path.write_bytes(export_bundle(sender.exchange, [p.id for p in people], to=to).data)
        bundles.append((path, {p.id for p in people}))
    sender.close()
    receiver.close()

    durations, kills, acknowledged = [1.5], 0, set()
    for path, ids in bundles:
        span = sorted(durations)[len(durations) // 2]
        started = time.monotonic()
        proc = subprocess.Popen([*casebook_command(), "import", str(tmp_path / "receiver.casebook"), str(path), "--yes"],
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=subprocess_env(ENV))
        time.sleep(rng.uniform(0, span) if rng.random() < 0.3 else rng.uniform(0.5 * span, 1.05 * span))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        else:
            durations.append(time.monotonic() - started)
        _, err = proc.communicate(timeout=60)
        assert "Traceback" not in err
        if "Imported." in err:
            acknowledged |= ids
        vault = Vault.open(tmp_path / "receiver.casebook", PASSPHRASE)
        try:
            assert vault.db.integrity_problems() == []
            present = set(check_readable(vault, ids))
        finally:
            vault.close()
        assert acknowledged <= present
        assert not ids & present or ids <= present, "a bundle is half-imported"
    print(f"{kills} of {IMPORT_RUNS} imports were killed before they finished")
