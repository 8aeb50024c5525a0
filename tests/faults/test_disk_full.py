"""A full disk during add, import and export: one clear sentence, exit 1, the vault as it was, and still usable.

Two ways to fill the disk: a file-size limit on the writer (RLIMIT_FSIZE; Python
ignores SIGXFSZ, so a write past the limit fails with EFBIG, as on a full or
size-limited file system), and a real, tiny tmpfs in a private mount namespace
(ENOSPC), where the kernel allows one.
"""

import json
import os
import resource
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from app.records.jsonl import parse_lines
from app.sharing.bundle_export import export_bundle
from app.vault.vault import Vault
from helpers.cli import casebook_command, run, subprocess_env
from helpers.secrets import fast_params
from helpers.vault_state import check_readable, table_digest

PASSPHRASE = "the disk is full"
ENV = {"CASEBOOK_PASSPHRASE": PASSPHRASE, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
BIG_INPUT = "".join(json.dumps({"kind": "person", "names": [f"Full Disk {i}", f"满盘{i}"], "notes": f"{i} " * 600},
                               ensure_ascii=False) + "\n" for i in range(120))


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("full") / "full.casebook"
    vault = Vault.create(path, PASSPHRASE, use_keyring=False, params=fast_params()).vault
    vault.records.apply(parse_lines([json.dumps({"kind": "person", "names": [f"Before {i}"]}) for i in range(20)]))
    vault.close()
    return path


def contents(path: Path) -> dict[str, str]:
    vault = Vault.open(path, PASSPHRASE)
    try:
        assert vault.db.integrity_problems() == []
        check_readable(vault)
        return table_digest(vault.db)
    finally:
        vault.close()


def logged(path: Path) -> list[str]:
    """The events in the vault's activity log."""
    vault = Vault.open(path, PASSPHRASE)
    try:
        return [entry.event for entry in vault.activity.entries()]
    finally:
        vault.close()


def limit_file_size(limit: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def assert_disk_refused(code: int, err: str) -> None:
    assert code == 1, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "nothing was changed" in err and "disk" in err


@pytest.mark.parametrize("limit_kib", [64, 320])
def test_add_past_a_file_size_limit(pristine: Path, tmp_path: Path, limit_kib: int) -> None:
    path = tmp_path / "v.casebook"
    shutil.copytree(pristine, path)
    before = contents(path)
    proc = subprocess.run([*casebook_command(), "add", str(path)], input=BIG_INPUT, capture_output=True, text=True,
                          env=subprocess_env(ENV), preexec_fn=limit_file_size(limit_kib * 1024), timeout=120, check=False)
    assert_disk_refused(proc.returncode, proc.stderr)
    assert contents(path) == before
    after = run("add", str(path), env=ENV, stdin=BIG_INPUT)
    assert after.code == 0, after.err
    assert len(after.out.split()) == 120
    assert run("check", str(path), env=ENV).code == 0


TMPFS_SCRIPT = """
set -e
mount -t tmpfs -o size=$SIZE tmpfs "$MNT"
cp -r "$SRC" "$MNT/v.casebook"
set +e
"$@" add "$MNT/v.casebook" < "$INPUT" > "$INPUT.out" 2> "$INPUT.err"
echo "code=$?"
cat "$INPUT.err"
# Make room again, as the user would, and check the vault.
mount -o remount,size=64m "$MNT"
"$@" check "$MNT/v.casebook"
cp -r "$MNT/v.casebook" "$DEST"
"$@" add "$MNT/v.casebook" < "$INPUT" | wc -l
"""


def unshare_mount_works() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"], capture_output=True,
                           check=False)
    return probe.returncode == 0


def test_add_on_a_full_tmpfs(pristine: Path, tmp_path: Path) -> None:
    """ENOSPC from a real file system, in a private mount namespace (CI runs as root; many kernels allow it unprivileged)."""
    if not unshare_mount_works():
        assert not os.environ.get("CASEBOOK_REQUIRE_ALL"), "CI must run this test: unshare -rm failed"
        pytest.skip("this kernel allows no private mount namespace")
    mount = tmp_path / "mnt"
    mount.mkdir()
    (tmp_path / "input.jsonl").write_text(BIG_INPUT, encoding="utf-8")
    # Room for the shared-memory index (32 KiB) and a part of the write-ahead log: the add runs out half-way.
    size = sum(p.stat().st_size for p in pristine.iterdir()) + 128 * 1024
    env = subprocess_env({**ENV, "SIZE": str(size), "MNT": str(mount), "SRC": str(pristine), "DEST": str(tmp_path / "after.casebook"),
                          "INPUT": str(tmp_path / "input.jsonl")})
    proc = subprocess.run(["unshare", "-rm", "sh", "-c", TMPFS_SCRIPT, "sh", *casebook_command()], capture_output=True,
                          text=True, env=env, timeout=180, check=False)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "code=1", proc.stdout + proc.stderr
    assert_disk_refused(1, lines[1] + "\n")
    assert "The vault is sound" in lines[2]
    assert lines[3].strip() == "120"
    assert contents(tmp_path / "after.casebook") == contents(pristine)


@pytest.fixture(scope="module")
def colleagues(tmp_path_factory: pytest.TempPathFactory, pristine: Path) -> tuple[Path, Path, Path]:
    """A sender holding the big input, the receiver (a copy of the pristine vault), and a bundle between them."""
    folder = tmp_path_factory.mktemp("colleagues")
    receiver_path = folder / "receiver.casebook"
    shutil.copytree(pristine, receiver_path)
    sender = Vault.create(folder / "sender.casebook", PASSPHRASE, use_keyring=False, params=fast_params()).vault
    receiver = Vault.open(receiver_path, PASSPHRASE)
    try:
        sender.contacts.add(receiver.identity.public.text(), "receiver", sender.identity.public)
        receiver.contacts.add(sender.identity.public.text(), "sender", receiver.identity.public)
        receiver.contacts.verify("sender")  # a bundle from anyone else is only previewed
        consent = {"consent": {"scope": "listed_partners"}}
        people = sender.records.apply(parse_lines(json.dumps({**json.loads(line), **consent}, ensure_ascii=False)
                                                  for line in BIG_INPUT.splitlines()))
        bundle = folder / "big.casebundle"
        bundle.write_bytes(export_bundle(sender.exchange, [p.id for p in people], to=[sender.contacts.find("receiver")]).data)
    finally:
        sender.close()
        receiver.close()
    return folder / "sender.casebook", receiver_path, bundle


def run_limited(args: list[str], limit: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*casebook_command(), *args], capture_output=True, text=True, env=subprocess_env(ENV),
                          stdin=subprocess.DEVNULL, preexec_fn=limit_file_size(limit), timeout=120, check=False)


def test_import_past_a_file_size_limit(colleagues: tuple[Path, Path, Path], tmp_path: Path) -> None:
    _, receiver, bundle = colleagues
    path = tmp_path / "r.casebook"
    shutil.copytree(receiver, path)
    before = contents(path)
    proc = run_limited(["import", str(path), str(bundle), "--yes"], 160 * 1024)
    assert_disk_refused(proc.returncode, proc.stderr)
    assert contents(path) == before
    again = run("import", str(path), str(bundle), "--yes", env=ENV)
    assert again.code == 0 and "Imported." in again.err, again.err


def test_export_past_a_file_size_limit(colleagues: tuple[Path, Path, Path], tmp_path: Path) -> None:
    sender, receiver, _ = colleagues
    path = tmp_path / "s.casebook"
    shutil.copytree(sender, path)
    before = contents(path)
    ids = [json.loads(line)["id"] for line in run("list", str(path), "--json", env=ENV).out.splitlines()]
    output = tmp_path / "out.casebundle"
    proc = run_limited(["export", str(path), *ids, "--to", "receiver", "-o", str(output)], 64 * 1024)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "Could not write the bundle" in proc.stderr and "nothing was written" in proc.stderr
    assert not output.exists(), "a half-written bundle was left behind"
    assert contents(path) == before, "a bundle that was not written was not exported: nothing is logged"
    assert run("export", str(path), *ids, "--to", "receiver", "-o", str(output), env=ENV).code == 0
    copy = tmp_path / "r.casebook"
    shutil.copytree(receiver, copy)
    assert run("import", str(copy), str(output), "--yes", env=ENV).code == 0
