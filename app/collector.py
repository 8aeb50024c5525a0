"""Python's cyclic garbage collector held off while a large batch of new objects is built and written."""

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic collector off while a batch is validated and written, back on after.

    A batch of a bulk import holds a few hundred thousand new objects, none of them
    garbage until it is written; the automatic collector would walk them all again
    and again (about a tenth of the adding time of `casebook bench`). Left as it was when the
    caller had switched it off (the desktop collects on its GUI thread instead).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
