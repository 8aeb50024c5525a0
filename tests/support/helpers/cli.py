"""Run the real `casebook` command in a subprocess, as a user or a script would."""

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

FAST_KDF = ["--kdf-seconds", "0.01"]
# Lets FAST_KDF under the floor users get (app/vault/strength.py): test vaults are throwaway.
WEAK_KDF_FOR_TESTS = "CASEBOOK_TESTS_ONLY_WEAK_KDF"


def package_root() -> str:
    """The folder `app` is imported from here, so subprocesses test the same code."""
    import app

    return str(Path(app.__file__).resolve().parent.parent)


def subprocess_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """This environment without CASEBOOK_* variables, importing the same packages, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEBOOK_")}
    env["PYTHONPATH"] = package_root()
    env[WEAK_KDF_FOR_TESTS] = "1"
    env.update(extra or {})
    return env


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
    full_env = subprocess_env({"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", **(env or {})})
    proc = subprocess.run(
        [*casebook_command(), *args], input=stdin, capture_output=True, text=True, env=full_env, cwd=cwd,
        timeout=timeout, check=False,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)
