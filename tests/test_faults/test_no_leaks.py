"""No leaks: after a whole session, no canary a caseworker typed is in any file outside the encrypted database.

Every command runs as a user would run it, with HOME, the XDG folders and TMPDIR
pointing at fresh, empty folders; afterwards the raw bytes of every file under
the vault folder, those folders and the temp folder are searched, in UTF-8,
UTF-16 and UTF-32 and in the forms the search index uses; so is stderr, the
only log the command line writes.
"""

import json
import random
import subprocess
import sys
import uuid
from pathlib import Path

from helpers.canaries import found_in
from helpers.cli import FAST_KDF, Result, run, subprocess_env

PASSPHRASE = "no leaks passphrase"

ATTACH = """
import sys
from app import attachments
from app.vault import Vault
vault = Vault.open(sys.argv[1], sys.argv[2])
try:
    added = attachments.add(vault.records, sys.argv[3], sys.argv[4], "text/plain", sys.argv[5].encode())
    assert attachments.read(vault.records, added.id) == sys.argv[5].encode()
finally:
    vault.close()
"""


def canary(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:10]}"


def han(n: int) -> str:
    return "".join(chr(random.randint(0x4E00, 0x9FA5)) for _ in range(n))


def test_a_whole_session_leaves_no_canary_outside_the_database(tmp_path: Path) -> None:
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {"CASEBOOK_PASSPHRASE": PASSPHRASE, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_STATE_HOME": str(home / ".local/state"), "TMPDIR": str(tmp), "SQLITE_TMPDIR": str(tmp)}
    vault = tmp_path / "leaks.casebook"
    name, alias, note = han(3), canary("Canaryalias"), canary("Canary note, held at ")
    phone, attachment_name, attachment_text = canary("+86 139 "), canary("canary-scan-") + ".txt", canary("CanaryAttachment")
    case_title, shredded = canary("Canary case "), canary("CanaryShredded")
    canaries = [name, alias, note, phone, attachment_name, attachment_text, case_title, shredded]

    results: list[Result] = []

    def cli(*args: str, stdin: str | None = None) -> Result:
        result = run(*args, env=env, stdin=stdin)
        assert result.code == 0, (args[0], result.err)
        results.append(result)
        return result

    cli("init", str(vault), "--no-keyring", *FAST_KDF)
    (person,) = cli("add", str(vault), stdin=json.dumps({
        "kind": "person", "names": [name, {"value": alias, "kind": "alias"}], "notes": note,
        "channels": [{"type": "phone", "value": phone, "safety": "monitored"}]}, ensure_ascii=False)).out.split()
    (case,) = cli("add", str(vault), stdin=json.dumps({
        "kind": "case", "title": case_title, "people": [{"person": person, "role": "defender"}]})).out.split()
    (gone,) = cli("add", str(vault), stdin=json.dumps({"kind": "person", "names": [shredded]})).out.split()
    cli("add", str(vault), stdin=json.dumps({"kind": "person", "id": person, "notes": note + " (confirmed)"}))
    assert person in cli("search", str(vault), name[:2]).out
    assert person in cli("search", str(vault), alias.lower()).out
    cli("show", str(vault), person, "--json")
    cli("history", str(vault), case)
    cli("list", str(vault))
    cli("delete", str(vault), gone)
    attach = subprocess.run([sys.executable, "-c", ATTACH, str(vault), PASSPHRASE, person, attachment_name, attachment_text],
                            capture_output=True, text=True, env=subprocess_env(env), timeout=120, check=False)
    assert attach.returncode == 0, attach.stderr
    cli("check", str(vault))

    assert found_in([vault, home, tmp], canaries) == []
    assert [r for r in results if any(c in r.err for c in canaries)] == []
    assert not any(tmp.iterdir()), "something was written to the temp folder"
