"""Keep key material out of core dumps and away from debuggers of the same user.

Python cannot reliably erase `bytes`, so on Linux the process switches off
core dumps (RLIMIT_CORE 0) and marks itself non-dumpable (prctl
PR_SET_DUMPABLE 0): no core file, and another process of the same user can
no longer ptrace it or read its memory through /proc. A process with
CAP_SYS_PTRACE (root) still can; that is outside what Casebook can stop.
Elsewhere only the core-dump limit is set, where the platform has one.
"""

import contextlib
import ctypes
import logging
import sys

log = logging.getLogger("casebook.hardening")

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def _no_core_dumps() -> bool:
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return False
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        return True
    return False  # pragma: no cover - a hard limit we may not lower is not expected


def _prctl(option: int, value: int = 0) -> int:
    libc = ctypes.CDLL(None, use_errno=True)
    result: int = libc.prctl(option, value, 0, 0, 0)
    return result


def dumpable() -> bool:
    """Whether this process may be dumped or ptraced by the same user (Linux; True elsewhere)."""
    return not sys.platform.startswith("linux") or _prctl(PR_GET_DUMPABLE) != 0


def harden_process() -> list[str]:
    """Switch off core dumps and, on Linux, ptrace attachment; return what was done, for the log."""
    done = []
    if _no_core_dumps():
        done.append("core dumps off")
    if sys.platform.startswith("linux") and _prctl(PR_SET_DUMPABLE, 0) == 0:
        done.append("not dumpable")
    log.debug("process hardening: %s", ", ".join(done) or "none available")
    return done
