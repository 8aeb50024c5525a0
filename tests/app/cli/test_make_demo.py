"""`make demo` shows the demo vault's recovery key in the terminal (it once went to /dev/null)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.session import recover
from helpers.cli import subprocess_env

ROOT = Path(__file__).resolve().parents[3]
KEY = re.compile(r"^[A-Z2-7]{5}(?:-[A-Z2-7]{5}){7}$", re.MULTILINE)


def test_make_demo_shows_the_recovery_key_and_it_opens_the_vault(tmp_path: Path) -> None:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    vault = tmp_path / "demo.casebook"
    venv = Path(sys.executable).parent.parent
    planned = subprocess.run([make, "-n", "demo", f"VENV={venv}", f"DEMO_VAULT={vault}"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.splitlines()
    start = next(i for i, line in enumerate(planned) if line.startswith("if "))
    end = next(i for i, line in enumerate(planned) if line.strip() == "fi")
    making = "\n".join(planned[start:end + 1])  # the step that makes the vault (the rest installs and opens the app)
    shown = subprocess.run(["sh", "-c", making], capture_output=True, text=True, env=subprocess_env(), timeout=300)
    assert shown.returncode == 0, shown.stderr
    assert "Recovery key, shown only this once" in shown.stderr
    [key] = KEY.findall(shown.stdout)
    session = recover(vault, key, "a new passphrase for the demo", use_keyring=False, kdf_seconds=0.01)
    session.lock()
