"""The `casebook` process switches off core dumps and ptrace attachment before it does anything."""

import json
import subprocess
import sys

import pytest

from helpers.cli import subprocess_env

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc are Linux's")

# Runs the real entry point (optionally a CLI command that fails on bad input), then reports on its own process.
PROBE = """
import json, resource, sys
from app.vault.hardening import dumpable
if sys.argv[1] == "casebook":
    from ui.entry import main
    code = main(["list", "/nonexistent/vault.casebook"])
else:
    code = None
status = dict(line.split(":", 1) for line in open("/proc/self/status").read().splitlines())
print(json.dumps({"code": code, "dumpable": dumpable(), "core": resource.getrlimit(resource.RLIMIT_CORE),
                  "tracer": status["TracerPid"].strip()}))
"""


def probe(mode: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, env=subprocess_env(),
                         check=True, timeout=60).stdout
    result: dict[str, object] = json.loads(out)
    return result


def test_a_plain_python_process_is_dumpable_so_the_probe_can_tell() -> None:
    assert probe("plain")["dumpable"] is True


def test_casebook_main_is_not_dumpable_and_writes_no_core() -> None:
    result = probe("casebook")
    assert result == {"code": 2, "dumpable": False, "core": [0, 0], "tracer": "0"}
