"""What every command shares: secrets from prompt, file or environment; text kept out of the process list; output; errors."""

import argparse
import getpass
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from app.errors import BadInput, CasebookError
from app.session import DEFAULT_KDF_SECONDS, MIN_KDF_SECONDS, Session, check_kdf_seconds, check_new_passphrase, unlock

log = logging.getLogger("casebook.cli")

DEBUG_ENV = "CASEBOOK_DEBUG"
BUG = ("casebook: something went wrong inside Casebook ({name}); this is a bug, not your doing. The vault keeps only "
       "whole changes, so nothing is half-written. Please report the error's name; to see the details (they may show "
       "record content), run the command again with " + DEBUG_ENV + "=1.")
OUT_OF_MEMORY = ("casebook: Casebook ran out of memory and stopped; the vault keeps only whole changes, so nothing is "
                 "half-written. Close other programs, or give the input in smaller parts.")

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
                        help=f"calibrate key derivation to take about S seconds here (default {DEFAULT_KDF_SECONDS}, "
                             f"at least {MIN_KDF_SECONDS})")


def kdf_seconds(args: argparse.Namespace) -> float:
    """The --kdf-seconds asked for, refused below the floor that keeps guessing costly (app/vault/strength.py)."""
    return DEFAULT_KDF_SECONDS if args.kdf_seconds is None else check_kdf_seconds(args.kdf_seconds)


def _read_secret_file(path: str, what: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"Could not read the {what} file {path} ({exc.strerror}).") from None
    except UnicodeDecodeError:
        raise BadInput(f"The {what} file {path} is not UTF-8 text.") from None
    return text[:-1] if text.endswith("\n") else text


def utf8_text(value: str, what: str) -> str:
    """`value` if it is valid UTF-8 text; argv and the environment may carry any bytes (as surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput(f"The {what} is not valid UTF-8 text; check the terminal's encoding and type it again.") from None
    return value


def _from_stdin(what: str, *, line: bool) -> str:
    """Standard input's bytes decoded strictly (a text stream put in its place is taken as it is, then checked),
    so that invalid bytes are refused here, not deep inside a write."""
    stream: IO[bytes] | None = getattr(sys.stdin, "buffer", None)
    try:
        text: str
        if stream is not None:
            text = (stream.readline() if line else stream.read()).decode("utf-8")
        else:
            text = sys.stdin.readline() if line else sys.stdin.read()
        text.encode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        raise BadInput(f"The {what} on standard input is not UTF-8 text.") from None
    return text


def read_stdin(what: str) -> str:
    """All of standard input."""
    return _from_stdin(what, line=False)


def read_stdin_line(what: str) -> str:
    """One line of standard input without its line end."""
    return _from_stdin(what, line=True).rstrip("\r\n")


PRIVATE_HELP = ("leave it out to be asked (or to read one line of standard input): what is typed on the command line "
                "shows in the process list, where other users of this computer can see it")


def private_text(given: str | None, what: str, prompt: str) -> str:
    """Text that must not show in the process list: asked for at a terminal, else one line of standard input.

    `given` (from the command line, or "-" for standard input) is still taken, for scripts that accept the risk.
    """
    if given is not None and given != "-":
        value = given
    else:
        if sys.stdin.isatty():
            print(f"{prompt}: ", end="", file=sys.stderr, flush=True)
        value = read_stdin_line(what)
    value = utf8_text(value, what).strip()
    if not value:
        raise BadInput(f"No {what} given: type it when asked, or give it on standard input.")
    return value


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
    return utf8_text(value, what)


def passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return secret(getattr(args, "passphrase_file", None), "CASEBOOK_PASSPHRASE", "passphrase", confirm=confirm)


def new_passphrase(args: argparse.Namespace) -> str:
    """A new passphrase, checked against the one rule before anything slow (the session checks it again)."""
    value = secret(args.new_passphrase_file, "CASEBOOK_NEW_PASSPHRASE", "new passphrase", confirm=True)
    check_new_passphrase(value)
    return value


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


def _check_arguments(args: argparse.Namespace) -> None:
    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                utf8_text(item, f"command line's {name.replace('_', ' ')}")


def run_command(args: argparse.Namespace) -> int:
    """Call the command's handler; every exception becomes one sentence and an exit code, never a traceback.

    Our errors carry their own sentence. Anything else is a bug: the sentence names only the exception's
    type, never its message (which may quote record content or paths), unless CASEBOOK_DEBUG=1 asks for
    the traceback on stderr.
    """
    handler: Handler = args.func
    try:
        _check_arguments(args)
        return handler(args)
    except CasebookError as exc:
        say(f"casebook: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        say("casebook: interrupted; nothing was changed.")
        return 1
    except BrokenPipeError:
        return 1
    except MemoryError:
        say(OUT_OF_MEMORY)
        return 1
    except Exception as exc:
        say(BUG.format(name=type(exc).__name__))
        if os.environ.get(DEBUG_ENV) == "1":
            traceback.print_exc()
        return 1
