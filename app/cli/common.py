"""What every command shares: secrets from prompt, file or environment; output; errors."""

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.errors import BadInput, CasebookError
from app.session import Session, unlock

log = logging.getLogger("casebook.cli")

Handler = Callable[[argparse.Namespace], int]


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="F", help="read the passphrase from file F "
                        "(or set CASEBOOK_PASSPHRASE; otherwise you are asked)")


def add_new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--new-passphrase-file", metavar="F", help="read the new passphrase from file F "
                        "(or set CASEBOOK_NEW_PASSPHRASE; otherwise you are asked twice)")


def add_keyring_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-keyring", action="store_true",
                        help="passphrase-only mode: do not keep a device secret in the OS keyring")
    parser.add_argument("--kdf-seconds", type=float, default=None, metavar="S",
                        help="calibrate key derivation to take about S seconds here (default 0.75)")


def _read_secret_file(path: str, what: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"Could not read the {what} file {path} ({exc.strerror}).") from None
    except UnicodeDecodeError:
        raise BadInput(f"The {what} file {path} is not UTF-8 text.") from None
    return text[:-1] if text.endswith("\n") else text


def secret(file_option: str | None, env_name: str, what: str, *, confirm: bool = False) -> str:
    """A secret from its file option, its environment variable, or a no-echo prompt."""
    if file_option:
        value = _read_secret_file(file_option, what)
    elif os.environ.get(env_name):
        value = os.environ[env_name]
    elif sys.stdin.isatty():
        value = getpass.getpass(f"{what.capitalize()}: ")
        if confirm and getpass.getpass(f"{what.capitalize()} again: ") != value:
            raise BadInput(f"The two {what}s differ; nothing was changed.")
    else:
        raise BadInput(f"No {what} given: type it at a terminal, or use the file option or {env_name}.")
    if not value:
        raise BadInput(f"The {what} is empty.")
    return value


def passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return secret(getattr(args, "passphrase_file", None), "CASEBOOK_PASSPHRASE", "passphrase", confirm=confirm)


def new_passphrase(args: argparse.Namespace) -> str:
    return secret(args.new_passphrase_file, "CASEBOOK_NEW_PASSPHRASE", "new passphrase", confirm=True)


@contextmanager
def open_vault(args: argparse.Namespace, given_passphrase: str | None = None) -> Iterator[Session]:
    """Unlock the vault named by args.vault, and lock it again whatever happens."""
    session = unlock(args.vault, given_passphrase or passphrase(args))
    for notice in session.notices:
        say(notice)
    try:
        yield session
    finally:
        session.lock()


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, sort_keys=False))


def say(message: str) -> None:
    """Tell the user something on stderr, keeping stdout for results."""
    print(message, file=sys.stderr)


def run_command(args: argparse.Namespace) -> int:
    """Call the command's handler; turn our errors into a sentence and an exit code."""
    handler: Handler = args.func
    try:
        return handler(args)
    except CasebookError as exc:
        say(f"casebook: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        say("casebook: interrupted; nothing was changed.")
        return 1
    except BrokenPipeError:
        return 1
