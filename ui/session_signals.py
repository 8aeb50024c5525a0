"""The domain's change callbacks as Qt signals, delivered on the GUI thread (Electrum's pattern).

The session announces each committed write on the thread that made it (a pool
task or the GUI thread). Emitting a signal of this object, which lives on the
GUI thread, queues the delivery there, so every page refreshes itself on the
GUI thread whoever wrote.
"""

from PySide6.QtCore import QObject, Signal

from app.session import RecordsChanged, Session


class SessionSignals(QObject):
    """Signals:
        recordsChanged(RecordsChanged): records were written (their ids, or `everything` after a bulk write).
    """

    recordsChanged = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = session.on_records_changed(self._announce)
        self.destroyed.connect(self._unsubscribe)

    def _announce(self, event: RecordsChanged) -> None:
        try:
            self.recordsChanged.emit(event)
        except RuntimeError:  # this object is gone (the window was closed while a task wrote)
            self._unsubscribe()
