"""A backup taken while another process writes: it restores to a sound vault holding every write acknowledged before it.

The writer process holds the vault open (and its lock) and writes batches of
20 people, one transaction each, printing a batch's ids once it has committed.
`casebook backup` runs meanwhile from another process, taking no lock. The
writer's commits stay in the WAL (no checkpoint), where a copy of vault.db
alone would miss them: only a backup through SQLite sees them.
"""

import subprocess
import sys
from collections import Counter
from pathlib import Path

from app.vault.vault import Vault
from helpers.cli import FAST_KDF, run, subprocess_env

PASSPHRASE = "backed up while written"
ENV = {"CASEBOOK_PASSPHRASE": PASSPHRASE}
WRITER = """
import sys
from app.records.change import Change
from app.vault.vault import Vault

vault = Vault.open(sys.argv[1], sys.argv[2])
vault.db.execute("PRAGMA wal_autocheckpoint = 0")  # every write stays in the WAL, as the latest writes always are
batch = 0
while True:
    people = vault.records.apply([Change("person", {"names": [f"Writer {batch} {i}"], "tags": [f"batch-{batch}"],
                                                    "notes": "w" * 2000}) for i in range(20)])
    print(" ".join(p.id for p in people), flush=True)
    batch += 1
"""


def test_a_backup_during_writes_holds_every_acknowledged_write_and_whole_batches(tmp_path: Path) -> None:
    vault = tmp_path / "busy.casebook"
    assert run("init", str(vault), "--no-keyring", *FAST_KDF, env=ENV).code == 0
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(vault), PASSPHRASE], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=subprocess_env())
    try:
        assert writer.stdout is not None
        acknowledged = {i for _ in range(5) for i in writer.stdout.readline().split()}
        backup = run("backup", str(vault), str(tmp_path / "busy.backup"), env=ENV)
        assert writer.poll() is None, writer.communicate()[1]  # the writer held the vault throughout
    finally:
        writer.kill()
        writer.communicate()
    assert backup.code == 0, backup.err
    assert len(acknowledged) == 100

    checked = run("check", str(tmp_path / "busy.backup"), env=ENV)
    assert checked.code == 0, checked.err
    assert run("restore", str(tmp_path / "busy.backup"), str(tmp_path / "restored.casebook")).code == 0
    assert run("check", str(tmp_path / "restored.casebook"), env=ENV).code == 0
    restored = Vault.open(tmp_path / "restored.casebook", PASSPHRASE)
    try:
        records = list(restored.records.iter_records())
    finally:
        restored.close()
    assert acknowledged <= {r.id for r in records}
    batches = Counter(tag for r in records for tag in r.fields.get("tags", []))
    assert set(batches.values()) == {20}, f"a batch is half in the backup: {batches}"
