"""The desktop's screen saver turning on locks the vault: a real D-Bus session (dbus-run-session)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_screen_saver_signal_on_a_real_session_bus_asks_to_lock(tmp_path: Path) -> None:
    runner = shutil.which("dbus-run-session")
    if runner is None:
        if os.environ.get("CASEBOOK_REQUIRE_ALL"):
            pytest.fail("dbus-run-session is missing (CASEBOOK_REQUIRE_ALL is set): apt-get install dbus")
        pytest.skip("dbus-run-session is not installed")
    inherited = [str(Path(p).resolve()) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "PYTHONPATH": os.pathsep.join([str(ROOT / "tests" / "support"), *inherited])}
    result = subprocess.run([runner, "--", sys.executable, "-m", "helpers.screen_saver_signal"], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().splitlines()[-1:] == ["locked"], result.stdout + result.stderr[-2000:]
