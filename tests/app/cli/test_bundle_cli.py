"""identity, contact, export, import from the command line; the outer layer opens with the real `age` tool."""

import io
import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from app.sharing.bundle_import import import_bundle
from app.vault.vault import Vault
from helpers.cli import FAST_KDF, Result, run
from helpers.forgery import forge, now_ms, shared_copy, tombstone, version_at
from helpers.vault_state import table_digest

PASS = {"CASEBOOK_PASSPHRASE": "a long passphrase for tests"}
CASE_ID = "0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a61"
PERSON_ID = "0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a60"
WITNESS_ID = "0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a62"  # no consent to share with partners
RECORDS = [
    {"kind": "person", "id": PERSON_ID, "names": ["滕彪", "Teng Biao"], "consent": {"scope": "listed partners"}},
    {"kind": "person", "id": "0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a62", "names": ["吕志"]},
    {"kind": "case", "id": CASE_ID, "title": "Detention of Teng Biao",
     "people": [{"person": PERSON_ID, "role": "defender"}, {"person": "0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a62", "role": "witness"}]},
    {"kind": "event", "case": CASE_ID, "date": "2015-07-10", "type": "detained"},
]


def ok(result: Result) -> Result:
    assert result.code == 0, result.err
    return result


def folder_digest(folder: Path) -> tuple[object, ...]:
    """Every table of the vault but the activity log, and the log's entries other than unlocks."""
    vault = Vault.open(folder, PASS["CASEBOOK_PASSPHRASE"])
    try:
        tables = {k: v for k, v in table_digest(vault.db).items() if k not in ("activity", "meta")}
        log = [e.to_json() for e in vault.activity.entries() if e.event != "unlock"]
    finally:
        vault.close()
    return (folder / "keyslots.json").read_bytes(), tables, log


@pytest.fixture(scope="module")
def colleagues(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """Alice's and Bob's vaults, each the other's contact (Bob verified by Alice), and a bundle Alice sent Bob."""
    folder = tmp_path_factory.mktemp("bundles")
    alice, bob = folder / "alice.casebook", folder / "bob.casebook"
    for vault in (alice, bob):
        ok(run("init", str(vault), "--no-keyring", *FAST_KDF, env=PASS))
    ok(run("add", str(alice), env=PASS, stdin="".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)))
    id_alice = json.loads(ok(run("identity", str(alice), "--json", env=PASS)).out)["identity"]
    id_bob = ok(run("identity", str(bob), env=PASS)).out.splitlines()[0]
    ok(run("contact", "add", str(alice), id_bob, "--name", "Bob", env=PASS))
    ok(run("contact", "verify", str(alice), "bob", env=PASS))
    ok(run("contact", "add", str(bob), id_alice, "--name", "Alice", env=PASS))
    bundle = folder / "case.casebundle"
    ok(run("export", str(alice), CASE_ID, "--to", "Bob", "-o", str(bundle), env=PASS))
    return alice, bob, bundle


def verified_copy(bob: Path, tmp_path: Path) -> Path:
    """A copy of Bob's vault in which he has verified Alice (only then do her bundles change his records)."""
    copy = tmp_path / "bob.casebook"
    shutil.copytree(bob, copy)
    ok(run("contact", "verify", str(copy), "alice", env=PASS))
    return copy


def test_identity_prints_the_string_and_fingerprint_and_writes_qr_codes(colleagues: tuple[Path, Path, Path],
                                                                         tmp_path: Path) -> None:
    alice, _, _ = colleagues
    result = ok(run("identity", str(alice), "--qr", str(tmp_path / "id.svg"), env=PASS))
    identity, fingerprint = result.out.splitlines()
    assert identity.startswith("casebook1:age1")
    assert fingerprint.startswith("fingerprint: ") and len(fingerprint.split()) == 7
    assert (tmp_path / "id.svg").read_text().lstrip().startswith("<?xml")
    ok(run("identity", str(alice), "--qr", str(tmp_path / "id.png"), env=PASS))
    assert (tmp_path / "id.png").read_bytes().startswith(b"\x89PNG")


def test_contact_list_shows_verified_state(colleagues: tuple[Path, Path, Path]) -> None:
    alice, bob, _ = colleagues
    [entry] = [json.loads(line) for line in ok(run("contact", "list", str(alice), "--json", env=PASS)).out.splitlines()]
    assert entry["name"] == "Bob" and entry["verified"] is True
    assert "[NOT verified]" in ok(run("contact", "list", str(bob), env=PASS)).out


def test_contact_add_refuses_a_mistyped_identity(colleagues: tuple[Path, Path, Path]) -> None:
    alice, _, _ = colleagues
    identity = ok(run("identity", str(alice), env=PASS)).out.splitlines()[0]
    typo = identity[:-1] + ("1" if identity[-1] == "0" else "0")
    result = run("contact", "add", str(alice), typo, "--name", "Typo", env=PASS)
    assert result.code == 2 and "checksum" in result.err


def test_export_says_who_was_left_out_for_consent(colleagues: tuple[Path, Path, Path], tmp_path: Path) -> None:
    alice, _, _ = colleagues
    result = ok(run("export", str(alice), CASE_ID, "--to", "Bob", "-o", str(tmp_path / "b.casebundle"), env=PASS))
    assert "Left out 1 person(s) whose consent does not cover sharing" in result.err
    assert "吕志" in result.err
    refused = run("export", str(alice), CASE_ID, "-o", str(tmp_path / "c.casebundle"), env=PASS)
    assert refused.code == 2 and "No contact's name given" in refused.err
    asked = ok(run("export", str(alice), CASE_ID, "-o", str(tmp_path / "d.casebundle"), env=PASS, stdin="Bob\n"))
    assert "Wrote" in asked.err, "the contact's name is read from standard input, out of the process list"


def test_an_export_that_would_leave_out_everything_chosen_is_refused(colleagues: tuple[Path, Path, Path],
                                                                     tmp_path: Path) -> None:
    alice, _, _ = colleagues
    before = folder_digest(alice)
    out = tmp_path / "empty.casebundle"
    refused = run("export", str(alice), WITNESS_ID, "--to", "Bob", "-o", str(out), env=PASS)
    assert refused.code == 1, refused.err
    assert refused.err.strip() == "casebook: Nothing was exported: every record chosen was left out (consent that does not cover " \
        "partners, or required fields kept internal), so no bundle was written; check the consent with the people " \
        "concerned, or choose other records."
    assert not out.exists()
    assert folder_digest(alice) == before, "no export is logged"


def test_dry_run_json_shows_sender_trust_and_preview_and_changes_nothing(colleagues: tuple[Path, Path, Path]) -> None:
    _, bob, bundle = colleagues
    before = folder_digest(bob)
    report = json.loads(ok(run("import", str(bob), str(bundle), "--dry-run", "--json", env=PASS)).out)
    assert report["sender"]["name"] == "Alice" and report["sender"]["trust"] == "unverified"
    assert sorted(r["kind"] for r in report["new"]) == ["case", "event", "person"]
    assert report["bundle"]["left_out"]["people_without_consent"] == 1
    assert report["applied"] is False
    assert folder_digest(bob) == before


def test_import_then_reimport_and_a_failing_bundle_exits_1_naming_the_check(colleagues: tuple[Path, Path, Path],
                                                                            tmp_path: Path) -> None:
    alice, bob, bundle = colleagues
    unverified = run("import", str(bob), str(bundle), "--yes", env=PASS)
    assert unverified.code == 1 and "3 new" in unverified.out and "can only be previewed" in unverified.err
    bob = verified_copy(bob, tmp_path)
    unchanged = folder_digest(bob)
    unasked = run("import", str(bob), str(bundle), env=PASS)
    assert unasked.code == 1 and "3 new" in unasked.out and "--yes" in unasked.err
    assert folder_digest(bob) == unchanged, "without a terminal to ask, and without --yes, nothing is applied"
    first = ok(run("import", str(bob), str(bundle), "--yes", env=PASS))
    assert "From: Alice" in first.out and "3 new" in first.out
    again = ok(run("import", str(bob), str(bundle), "--json", env=PASS))
    assert json.loads(again.out)["unchanged"] == 3 and "Nothing to import" in again.err
    before = folder_digest(bob)
    damaged = tmp_path / "damaged.casebundle"
    data = bundle.read_bytes()
    damaged.write_bytes(data[:200] + bytes([data[200] ^ 1]) + data[201:])
    result = run("import", str(bob), str(damaged), env=PASS)
    assert result.code == 1 and "integrity check" in result.err and "nothing was imported" in result.err
    assert len(result.err.strip().splitlines()) == 1
    not_for_alice = run("import", str(alice), str(bundle), env=PASS)
    assert not_for_alice.code == 1 and "not addressed to this vault" in not_for_alice.err
    assert folder_digest(bob) == before


def test_passphrase_bundle_round_trip(colleagues: tuple[Path, Path, Path], tmp_path: Path) -> None:
    alice, bob, _ = colleagues
    bob = verified_copy(bob, tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("read out over a trusted call\n")
    bundle = tmp_path / "p.casebundle"
    ok(run("export", str(alice), PERSON_ID, "--passphrase", "--bundle-passphrase-file", str(secret), "-o", str(bundle),
           env=PASS))
    wrong = run("import", str(bob), str(bundle), env={**PASS, "CASEBOOK_BUNDLE_PASSPHRASE": "wrong"})
    assert wrong.code == 1 and "passphrase is wrong" in wrong.err
    ok(run("import", str(bob), str(bundle), "--yes", "--bundle-passphrase-file", str(secret), env=PASS))


def test_the_real_age_tool_opens_a_bundle_with_the_exported_identity(colleagues: tuple[Path, Path, Path],
                                                                       tmp_path: Path) -> None:
    """The emergency path: `age -d -i identity.txt bundle | tar -x` without Casebook."""
    if shutil.which("age") is None:
        if os.environ.get("CASEBOOK_REQUIRE_ALL"):
            pytest.fail("the `age` tool is missing (installed by .ci/run)")
        pytest.skip("needs the `age` tool (Debian package age)")
    _, bob, bundle = colleagues
    key = tmp_path / "bob-age-identity.txt"
    ok(run("identity", str(bob), "--export-age-identity", str(key), env=PASS))
    assert key.stat().st_mode & 0o077 == 0, "the private identity file is readable by its owner only"
    proc = subprocess.run(["age", "--decrypt", "-i", str(key), str(bundle)], capture_output=True, check=False, timeout=60)
    assert proc.returncode == 0, proc.stderr
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tar:
        names = tar.getnames()
        manifest = json.loads(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
        case = json.loads(tar.extractfile(f"records/{CASE_ID}.json").read())  # type: ignore[union-attr]
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert manifest["version"] == 1 and manifest["sender"].startswith("casebook1:")
    assert case["fields"]["title"] == "Detention of Teng Biao"


def test_held_changes_are_listed_then_rejected_or_accepted(colleagues: tuple[Path, Path, Path], tmp_path: Path) -> None:
    alice, bob, bundle = colleagues
    bob = verified_copy(bob, tmp_path)
    ok(run("import", str(bob), str(bundle), "--yes", env=PASS))
    sender = Vault.open(alice, PASS["CASEBOOK_PASSPHRASE"])
    try:
        signer = sender.identity.keys()
        states = [tombstone(shared_copy(sender, i), version_at(now_ms(), "a11ce0000000")) for i in (CASE_ID, PERSON_ID)]
    finally:
        sender.close()
    receiver = Vault.open(bob, PASS["CASEBOOK_PASSPHRASE"])
    try:
        import_bundle(receiver.exchange, forge(signer, receiver, states))
    finally:
        receiver.close()
    listed = [json.loads(line) for line in ok(run("held", "list", str(bob), "--json", env=PASS)).out.splitlines()]
    assert [(h["id"], h["because"]) for h in listed] == [(CASE_ID, ["deletes"]), (PERSON_ID, ["deletes"])]
    assert "Rejected" in ok(run("held", "reject", str(bob), str(listed[0]["number"]), env=PASS)).err
    assert "Accepted" in ok(run("held", "accept", str(bob), str(listed[1]["number"]), env=PASS)).err
    assert ok(run("held", "list", str(bob), env=PASS)).out == ""
    assert run("show", str(bob), PERSON_ID, env=PASS).code == 2, "the accepted deletion applied"
    case = json.loads(ok(run("show", str(bob), CASE_ID, "--json", env=PASS)).out)
    assert case["deleted"] is False and case["review"] is True, "the rejected one did not; the case stays flagged"
    missing = run("held", "accept", str(bob), "99", env=PASS)
    assert missing.code == 2 and "No held change numbered 99" in missing.err
