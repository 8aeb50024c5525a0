"""Hybrid logical clock versions: `PPPPPPPPPPPPP-CCCC-DEVICE`.

Wall-clock milliseconds, a counter for events in the same millisecond (or when
the clock went backwards), and the writing device; fixed width, so versions
compare correctly as strings, and two devices never produce the same version.
"""

import threading
import time
import uuid
from collections.abc import Callable

_MS_WIDTH = 13
_COUNTER_WIDTH = 4


def new_device() -> str:
    """A new device name for a vault's versions: random, so two vaults never share one."""
    return uuid.uuid4().hex[:12]


def format_version(ms: int, counter: int, device: str) -> str:
    return f"{ms:0{_MS_WIDTH}d}-{counter:0{_COUNTER_WIDTH}d}-{device}"


def parse_version(version: str) -> tuple[int, int, str]:
    """Split a version; raises ValueError if it is not one."""
    ms, counter, device = version.split("-", 2)
    if len(ms) != _MS_WIDTH or len(counter) != _COUNTER_WIDTH or not device:
        raise ValueError("not a version")
    return int(ms), int(counter), device


def version_time_ms(version: str) -> int:
    return parse_version(version)[0]


class HybridClock:
    """Issues strictly increasing versions for one device."""

    def __init__(self, device: str, last: str | None = None, now_ms: Callable[[], int] | None = None) -> None:
        self.device = device
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._ms, self._counter = (0, 0)
        self._lock = threading.Lock()
        if last:
            self.observe(last)

    def now(self) -> str:
        """A new version later than every version issued or observed (the bulk path plans on two threads)."""
        with self._lock:
            wall = self._now_ms()
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            else:
                self._counter += 1
                if self._counter >= 10**_COUNTER_WIDTH:
                    self._ms, self._counter = self._ms + 1, 0
            return format_version(self._ms, self._counter, self.device)

    def observe(self, version: str) -> None:
        """Move past a version seen from elsewhere (an import), keeping causality."""
        ms, counter, _ = parse_version(version)
        with self._lock:
            if (ms, counter) > (self._ms, self._counter):
                self._ms, self._counter = ms, counter

    @property
    def last(self) -> str:
        return format_version(self._ms, self._counter, self.device)
