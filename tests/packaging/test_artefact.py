"""The built artefact works on its own: packaging/smoke_test.py runs the frozen `casebook` of
`make package` (CASEBOOK_PACKAGE_DIR) on a demo vault it makes, and drives the frozen desktop app
under Xvfb from outside with xdotool: unlock, search, lock, quit."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


def built_folder() -> Path:
    folder = os.environ.get("CASEBOOK_PACKAGE_DIR")
    if not folder:
        if os.environ.get("CASEBOOK_REQUIRE_ALL"):
            pytest.fail("CASEBOOK_PACKAGE_DIR is not set (CASEBOOK_REQUIRE_ALL is set): run `make package` and point it at build/dist/casebook")
        pytest.skip("no build to test: run `make package` and set CASEBOOK_PACKAGE_DIR=build/dist/casebook")
    return Path(folder)


def test_the_built_app_unlocks_searches_locks_and_quits_on_a_vault_the_built_cli_made() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py"), str(built_folder())],
                            capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert result.stdout.splitlines()[-1] == "8 passed, 0 failed", result.stdout
