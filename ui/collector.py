"""Python's cyclic garbage collector, run on the GUI thread only.

CPython runs the collector in whichever thread allocates when a threshold is
crossed. If that is a worker of the thread pool and the garbage holds Qt
objects of the GUI thread, destroying them there crashes the process (seen in
the test suite: a segmentation fault while demo data was being generated). So,
as Anki does, the automatic collector is switched off and a timer on the GUI
thread collects instead.
"""

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 10_000
TIMER_NAME = "casebook-gc"


def collect_on_gui_thread(owner: QObject) -> QTimer:
    """Switch the automatic collector off and collect every few seconds on `owner`'s (the GUI) thread; once per owner."""
    gc.disable()
    existing = owner.findChild(QTimer, TIMER_NAME)
    if existing is not None:
        return existing
    timer = QTimer(owner)
    timer.setObjectName(TIMER_NAME)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(gc.collect)
    timer.start()
    return timer
