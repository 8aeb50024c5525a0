"""No leaks: after a whole session, no canary a caseworker typed is in any file outside the encrypted databases.

The session runs the real command line, with HOME, the XDG folders and TMPDIR
pointing at fresh, empty folders: create, add, update, search, shred, attach,
import a spreadsheet with a saved mapping, find duplicates and merge them, then
identities, contacts, export to a colleague, import there and search there.
Afterwards the raw bytes of every file under both vault folders, the bundle's
folder, those folders and the temp folder are searched, in UTF-8, UTF-16 and
UTF-32 and in the forms the search index uses; so is stderr, the only log the
command line writes. One Python process runs every command in turn (starting
one per command costs seconds each on a busy machine).
"""

import json
import random
import subprocess
import sys
import uuid
from pathlib import Path

from helpers.canaries import found_in
from helpers.cli import FAST_KDF, Result, subprocess_env
from helpers.sheets import csv_bytes

PASSPHRASE = "no leaks passphrase"

# Reads [args, stdin] per line, runs `casebook ARGS` (or attaches a file through the API, which has no command),
# and answers [exit code, stdout, stderr] per line.
DRIVER = """
import contextlib, io, json, sys
from app.store import attachments
from app.cli import main
from app.vault.vault import Vault

def attach(vault_path, passphrase, record_id, name, text):
    vault = Vault.open(vault_path, passphrase)
    try:
        added = attachments.add(vault.records, record_id, name, "text/plain", text.encode())
        assert attachments.read(vault.records, added.id) == text.encode()
    finally:
        vault.close()
    return 0

requests = sys.stdin
answers = sys.stdout
for line in requests:
    args, stdin = json.loads(line)
    out, err = io.StringIO(), io.StringIO()
    sys.stdin = io.StringIO(stdin or "")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = attach(*args[1:]) if args[0] == "attach" else main(args)
    answers.write(json.dumps([code, out.getvalue(), err.getvalue()]) + "\\n")
    answers.flush()
"""


def canary(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:10]}"


def han(n: int) -> str:
    return "".join(chr(random.randint(0x4E00, 0x9FA5)) for _ in range(n))


def test_a_whole_session_leaves_no_canary_outside_the_database(tmp_path: Path) -> None:
    home, tmp, outbox = tmp_path / "home", tmp_path / "tmp", tmp_path / "outbox"
    for folder in (home, tmp, outbox):
        folder.mkdir()
    env = {"CASEBOOK_PASSPHRASE": PASSPHRASE, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_STATE_HOME": str(home / ".local/state"), "TMPDIR": str(tmp), "SQLITE_TMPDIR": str(tmp),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    vault, colleague = tmp_path / "leaks.casebook", tmp_path / "colleague.casebook"
    name, alias, note = han(3), canary("Canaryalias"), canary("Canary note, held at ")
    phone, attachment_name, attachment_text = canary("+86 139 "), canary("canary-scan-") + ".txt", canary("CanaryAttachment")
    case_title, shredded = canary("Canary case "), canary("CanaryShredded")
    sheet_name, sheet_note, header = canary("Canarysheet"), canary("Canary sheet note "), canary("Canaryheader")
    canaries = [name, alias, note, phone, attachment_name, attachment_text, case_title, shredded, sheet_name, sheet_note, header]
    inbox = tmp_path / "inbox"  # where the caseworker keeps the spreadsheet: their choice, not searched
    inbox.mkdir()
    (inbox / "caseload.csv").write_bytes(csv_bytes([["姓名", "Name (Latin)", "备注", header], [han(3), sheet_name, sheet_note, "1"],
                                                    ["", sheet_name, "", "2"]]))

    driver = subprocess.Popen([sys.executable, "-c", DRIVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env=subprocess_env(env), cwd=tmp_path)
    assert driver.stdin is not None and driver.stdout is not None
    results: list[Result] = []

    def cli(*args: str, stdin: str | None = None) -> Result:
        assert driver.stdin is not None and driver.stdout is not None
        driver.stdin.write(json.dumps([args, stdin]) + "\n")
        driver.stdin.flush()
        result = Result(*json.loads(driver.stdout.readline()))
        assert result.code == 0, (args[0], result.err)
        results.append(result)
        return result

    try:
        cli("init", str(vault), "--no-keyring", *FAST_KDF)
        person, case, gone = (str(uuid.uuid4()) for _ in range(3))
        cli("add", str(vault), stdin="\n".join(json.dumps(line, ensure_ascii=False) for line in [
            {"kind": "person", "id": person, "names": [name, {"value": alias, "kind": "alias"}], "notes": note,
             "channels": [{"type": "phone", "value": phone, "safety": "monitored"}]},
            {"kind": "case", "id": case, "title": case_title, "people": [{"person": person, "role": "defender"}]},
            {"kind": "person", "id": gone, "names": [shredded]}]))
        cli("add", str(vault), stdin=json.dumps({"kind": "person", "id": person, "notes": note + " (confirmed)"}))
        assert person in cli("search", str(vault), name[:2]).out
        assert person in cli("search", str(vault), alias.lower()).out
        cli("show", str(vault), person, "--json")
        cli("history", str(vault), case)
        cli("delete", str(vault), gone, "--shred")
        cli("attach", str(vault), PASSPHRASE, person, attachment_name, attachment_text)
        cli("check", str(vault))
        cli("import-sheet", str(vault), str(inbox / "caseload.csv"), "--map", f"{header}=ignore", "--save-mapping", "monthly",
            "--on-duplicate", "new")
        [pair] = [json.loads(line) for line in cli("duplicates", str(vault), "--json").out.splitlines()]
        cli("merge", str(vault), pair["other"]["id"], pair["person"]["id"])
        assert pair["other"]["id"] in cli("search", str(vault), sheet_name).out
        cli("init", str(colleague), "--no-keyring", *FAST_KDF)
        for own, other, contact in ((vault, colleague, "colleague"), (colleague, vault, "caseworker")):
            identity = json.loads(cli("identity", str(other), "--json").out)["identity"]
            cli("contact", "add", str(own), identity, "--name", contact)
            cli("contact", "verify", str(own), contact)
        cli("export", str(vault), case, "--to", "colleague", "-o", str(outbox / "case.casebundle"), "--include-no-consent")
        assert "Imported." in cli("import", str(colleague), str(outbox / "case.casebundle"), "--yes").err
        assert person in cli("search", str(colleague), alias).out
    finally:
        driver.communicate(timeout=60)

    assert found_in([vault, colleague, outbox, home, tmp], canaries) == []
    assert [r.err for r in results if any(c in r.err for c in canaries)] == []
    assert not any(tmp.iterdir()), "something was written to the temp folder"
