"""One vault, two processes: the second is told "open elsewhere"; a lock left by a killed process is free again."""

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import VaultLocked
from app.records.jsonl import parse_lines
from app.vault.vault import Vault
from helpers.cli import casebook_command, run, subprocess_env
from helpers.secrets import fast_params
from helpers.vault_state import check_readable

PASSPHRASE = "two processes, one vault"
ENV = {"CASEBOOK_PASSPHRASE": PASSPHRASE, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
PERSON = '{"kind": "person", "names": ["Lock Test"]}\n'

# A real Casebook process holding the vault open; with "write" it also sits inside a write transaction.
HOLDER = """
import sys, time
from app.vault.vault import Vault
vault = Vault.open(sys.argv[1], sys.argv[2])
if sys.argv[3] == "write":
    vault.db.execute("BEGIN IMMEDIATE")
    vault.db.execute("INSERT INTO meta(key, value) VALUES('half-done', 'x')")
print("holding", flush=True)
time.sleep(120)
"""


@pytest.fixture
def lock_vault(tmp_path: Path) -> Path:
    path = tmp_path / "lock.casebook"
    vault = Vault.create(path, PASSPHRASE, use_keyring=False, params=fast_params()).vault
    vault.records.apply(parse_lines([PERSON]))
    vault.close()
    return path


def start_holder(path: Path, mode: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), PASSPHRASE, mode], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=subprocess_env(ENV))
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding", holder.communicate()[1]
    return holder


def files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.iterdir() if p.name != "vault.db-shm"}


@pytest.fixture
def holder(lock_vault: Path) -> Iterator[subprocess.Popen[str]]:
    proc = start_holder(lock_vault, "read")
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.communicate()


def test_second_process_is_told_open_elsewhere_and_changes_nothing(lock_vault: Path,
                                                                   holder: subprocess.Popen[str]) -> None:
    before = files(lock_vault)
    for command in (["add"], ["list"], ["check"]):
        result = run(*command, str(lock_vault), env=ENV, stdin=PERSON)
        assert result.code == 1 and "open elsewhere" in result.err and "Traceback" not in result.err
    with pytest.raises(VaultLocked, match="open elsewhere"):
        Vault.open(lock_vault, PASSPHRASE)
    assert files(lock_vault) == before


@pytest.mark.parametrize("mode", ["read", "write"])
def test_lock_of_a_killed_process_is_recovered(lock_vault: Path, mode: str) -> None:
    holder = start_holder(lock_vault, mode)
    holder.send_signal(signal.SIGKILL)
    holder.communicate()
    assert (lock_vault / "vault.lock").exists()
    result = run("add", str(lock_vault), env=ENV, stdin=PERSON)
    assert result.code == 0, result.err
    vault = Vault.open(lock_vault, PASSPHRASE)
    try:
        assert vault.db.integrity_problems() == []
        assert vault.db.get_meta("half-done") is None
        assert vault.records.count("person") == 2
        check_readable(vault)
    finally:
        vault.close()


def test_a_removed_lock_file_is_made_again(lock_vault: Path) -> None:
    (lock_vault / "vault.lock").unlink()
    assert run("list", str(lock_vault), env=ENV).code == 0
    assert (lock_vault / "vault.lock").exists()


def test_writers_racing_for_one_vault(lock_vault: Path) -> None:
    """Pairs of `casebook add` started together: each wins or is told "open elsewhere"; every win is kept."""
    acknowledged: set[str] = set()
    for round_no in range(4):
        procs = [subprocess.Popen([*casebook_command(), "add", str(lock_vault)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=subprocess_env(ENV))
                 for _ in range(2)]
        for n, proc in enumerate(procs):
            out, err = proc.communicate(json.dumps({"kind": "person", "names": [f"Racer {round_no} {n}"]}), timeout=120)
            assert proc.returncode == 0 or (proc.returncode == 1 and "open elsewhere" in err), err
            acknowledged |= set(out.split())
    vault = Vault.open(lock_vault, PASSPHRASE)
    try:
        assert vault.db.integrity_problems() == []
        assert acknowledged <= set(check_readable(vault))
        assert vault.records.count("person") == 1 + len(acknowledged)
    finally:
        vault.close()
