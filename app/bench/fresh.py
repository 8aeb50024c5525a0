"""Parts of the benchmark that run in a fresh process, and how much memory a process took at most.

A process's peak memory only ever grows, so whatever the benchmark's own process
measures carries everything before it. The sheet import runs in a fresh process
so that its peak is the import's own; the SQLCipher floor does, so that its
database's page cache does not count as Casebook's.
"""

import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

Result = TypeVar("Result")

PASSPHRASE = "casebook benchmark passphrase"  # noqa: S105 - throwaway vaults of synthetic data


def in_fresh_process(function: Callable[..., Result], *args: object) -> Result:
    """`function(*args)` run in a new interpreter (spawned, not forked: nothing of this one is inherited)."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        result: Result = pool.apply(function, args)
    return result


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM, Linux); 0 where the system does not say."""
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        return 0.0
    return next((round(int(line.split()[1]) / 1024, 1) for line in lines if line.startswith("VmHWM:")), 0.0)
