"""Record changes, announced by the domain as plain callbacks after each write commits.

The desktop turns them into Qt signals in one small adapter (ui/session_signals.py,
Electrum's pattern); the domain knows nothing of threads or widgets. Listeners
run on the thread that wrote; a failing listener is logged (its type only) and
never undoes or hides the write that was announced.
"""

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

log = logging.getLogger("casebook.session")


@dataclass(frozen=True)
class RecordsChanged:
    """Records were written: these ids, or, after a bulk write (a bundle, demo data), possibly any record."""

    ids: frozenset[str] = frozenset()
    everything: bool = False

    @classmethod
    def of(cls, ids: Iterable[str]) -> "RecordsChanged":
        return cls(frozenset(ids))


Listener = Callable[[RecordsChanged], None]


class ChangeEvents:
    """The listeners of one open vault."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every write; returns the function that stops it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def announce(self, event: RecordsChanged) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception as exc:  # a listener's bug must not turn a committed write into a failure
                log.error("a change listener failed: %s", type(exc).__name__)

    def clear(self) -> None:
        with self._lock:
            self._listeners.clear()
