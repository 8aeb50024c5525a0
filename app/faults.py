"""Named kill points for the fault tests: a write stops dead exactly where a test asks, on any machine speed.

Only the environment arms them, and only tests set it (the command line's tests
run `casebook` with a clean environment: tests/support/helpers/cli.py):

    CASEBOOK_FAULT_POINT=before-commit@2   the process kills itself (SIGKILL, as a crash or a power cut
                                           would stop it) the 2nd time it reaches `before-commit` (@1 if left out)
    CASEBOOK_FAULT_TRACE=FILE             appends the name of every point reached to FILE, one a line,
                                           so a test can schedule a kill at each of them

Unset, `point` costs one test of a module-level flag. Nothing a user types
reaches them: no option, no setting, no file in the vault.
"""

import os
import signal
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

POINTS = ("transaction-begun", "before-commit", "after-commit", "migration", "bulk-batch", "attachment-chunk",
          "atomic-write", "rotation-rewrapped", "rotation-rekeyed")

_target, _, _nth = os.environ.get("CASEBOOK_FAULT_POINT", "").partition("@")
_trace = os.environ.get("CASEBOOK_FAULT_TRACE", "")
_armed = bool(_target or _trace)
_reached: dict[str, int] = {}


def point(name: str) -> None:
    """A place where a test may kill this process; does nothing unless the environment armed it."""
    if not _armed:
        return
    if _trace:
        with open(_trace, "a", encoding="ascii") as handle:
            handle.write(name + "\n")
    _reached[name] = _reached.get(name, 0) + 1
    if name == _target and _reached[name] == int(_nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)


def each(name: str, items: Iterable[T]) -> Iterator[T]:
    """`items`, passing the point `name` before every one after the first (a kill then lands between two)."""
    for n, item in enumerate(items):
        if n:
            point(name)
        yield item
