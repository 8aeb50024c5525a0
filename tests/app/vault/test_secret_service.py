"""The device secret in a real Secret Service (gnome-keyring-daemon inside dbus-run-session)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.cli import subprocess_env

pytestmark = pytest.mark.secret_service

SCRIPT = r"""
import sys, keyring
from app.vault.vault import Vault
from app.errors import WrongPassphrase
from crypto import device_secret
from crypto.kdf import Argon2Params

assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService", keyring.get_keyring()
path = sys.argv[1]
created = Vault.create(path, "pass phrase", params=Argon2Params(b"s" * 16, 1024, 1, 1))
vault_id = created.vault.vault_id
assert created.vault.uses_keyring
created.vault.close()
assert len(device_secret.load(vault_id)) == 32
Vault.open(path, "pass phrase").close()
try:
    Vault.open(path, "wrong")
except WrongPassphrase:
    pass
else:
    raise SystemExit("a wrong passphrase opened the vault")
device_secret.delete(vault_id)
try:
    Vault.open(path, "pass phrase")
except Exception as exc:
    print(type(exc).__name__)
"""


def test_device_secret_round_trips_through_gnome_keyring(tmp_path: Path) -> None:
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]
    if missing and not os.environ.get("CASEBOOK_REQUIRE_ALL"):
        pytest.skip(f"needs {', '.join(missing)} (installed by .ci/run)")
    script = tmp_path / "check.py"
    script.write_text(SCRIPT)
    shell = (
        'printf "unlock\\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && '
        f'"{sys.executable}" "{script}" "{tmp_path / "ss.casebook"}"'
    )
    env = subprocess_env({"PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring"})
    proc = subprocess.run(["dbus-run-session", "--", "sh", "-c", shell], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().splitlines()[-1] == "KeyringProblem", "a missing entry is a keyring problem, not a wrong passphrase"
