"""The desktop app, run as a user runs it, with no network at all and fresh home folders.

The app runs in its own process, in a private network namespace (`unshare -rn`:
no interface but loopback, down) where the kernel allows it, offscreen; an audit
hook records any attempt to open an internet socket or resolve a name. It unlocks
a vault, searches for a person by a canary name, opens the result, locks and
quits. Afterwards: no network attempt, and no canary in any file it could write
to (home, config, cache, temp, the vault folder).
"""

import json
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from app.records.jsonl import parse_lines
from app.vault.vault import Vault
from helpers.canaries import found_in
from helpers.cli import subprocess_env
from helpers.secrets import fast_params

pytestmark = pytest.mark.gui
PASSPHRASE = "the app offline"

APP = """
import json, socket, sys
from PySide6.QtCore import QTimer
from ui.application import Casebook, make_application

attempts = []

def audit(event, args):
    if event == "socket.getaddrinfo" or (event in ("socket.connect", "socket.bind", "socket.sendto")
                                         and args[0].family in (socket.AF_INET, socket.AF_INET6)):
        attempts.append([event, repr(args[1:])[:80]])

sys.addaudithook(audit)
vault_path, passphrase, query, person = sys.argv[1:5]
app = make_application()
casebook = Casebook(vault_path)
app.lastWindowClosed.connect(casebook.shutdown)
steps = []

def finish(code):
    print(json.dumps({"steps": steps, "attempts": attempts}), flush=True)
    casebook.shutdown()
    app.exit(code)

def step():
    main = casebook.main
    if "unlock" not in steps:
        page = casebook.start.unlock_page
        page.passphrase.setText(passphrase)
        page.button.click()
        steps.append("unlock")
    elif main is not None and "search" not in steps:
        main.search.insert(query)
        steps.append("search")
    elif main is not None and "found" not in steps and main.results.rowCount() >= 1:
        main.search.returnPressed.emit()
        steps.append("found" if main.results_view.current_id() == person else "wrong result")
    elif "found" in steps and "lock" not in steps:
        casebook.lock()
        steps.append("lock")
        finish(0)
        return
    QTimer.singleShot(50, step)

casebook.show()
QTimer.singleShot(0, step)
QTimer.singleShot(90_000, lambda: finish(3))
sys.exit(app.exec())
"""


def no_network_prefix() -> list[str]:
    if shutil.which("unshare") and subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False).returncode == 0:
        return ["unshare", "-rn"]
    return []


def test_the_app_runs_offline_and_leaves_nothing_behind(tmp_path: Path) -> None:
    vault_path = tmp_path / "offline.casebook"
    name, note = f"Canaryperson{uuid.uuid4().hex[:8]}", f"Canarynote{uuid.uuid4().hex[:8]}"
    vault = Vault.create(vault_path, PASSPHRASE, use_keyring=False, params=fast_params()).vault
    (person,) = vault.records.apply(parse_lines([json.dumps({"kind": "person", "names": [name], "notes": note})]))
    vault.close()
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = subprocess_env({"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
                          "XDG_DATA_HOME": str(home / ".local/share"), "XDG_STATE_HOME": str(home / ".local/state"),
                          "XDG_RUNTIME_DIR": str(tmp / "run"), "TMPDIR": str(tmp), "QT_QPA_PLATFORM": "offscreen",
                          "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    (tmp / "run").mkdir(mode=0o700)
    proc = subprocess.run([*no_network_prefix(), sys.executable, "-c", APP, str(vault_path), PASSPHRASE,
                           name[:12].lower(), person.id], capture_output=True, text=True, env=env, timeout=180, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout.splitlines()[-1])
    assert report["steps"] == ["unlock", "search", "found", "lock"]
    assert report["attempts"] == [], "the app tried to use the network"
    assert found_in([vault_path, home, tmp], [name, note]) == []
    assert name not in proc.stderr and note not in proc.stderr
