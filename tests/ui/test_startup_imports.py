"""The unlock window comes up before the domain loads: the entry point and the start window's code import
none of the vault, the store, the session or zxcvbn (they load in the background, and on first use)."""

import subprocess
import sys

HEAVY = ("app.session.session", "app.vault.vault", "app.store", "app.demo", "zxcvbn", "ui.main.window")
PROBE = f"""
import sys
import ui.entry
import ui.application
from app.session import harden_process, is_vault
harden_process()
is_vault(".")  # the start window asks whether the last vault is still there
print(sorted(m for m in {HEAVY!r} if m in sys.modules))
"""


def test_the_start_window_code_loads_no_domain_module() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]"
