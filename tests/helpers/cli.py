"""Run the real `casebook` command in a subprocess, as a user or a script would."""

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

FAST_KDF = ["--kdf-seconds", "0.01"]


@dataclass
class Result:
    code: int
    out: str
    err: str


def casebook_command() -> list[str]:
    """The installed console script if there is one, else the module."""
    script = shutil.which("casebook", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "ui.entry"]


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None, cwd: Path | None = None,
        timeout: float = 120) -> Result:
    """Run `casebook ARGS`; the keyring is the fail backend unless `env` says otherwise."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CASEBOOK_")}
    full_env.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    full_env.update(env or {})
    proc = subprocess.run(
        [*casebook_command(), *args], input=stdin, capture_output=True, text=True, env=full_env, cwd=cwd,
        timeout=timeout, check=False,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)
