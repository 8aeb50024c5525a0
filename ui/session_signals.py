"""The domain's change callbacks as Qt signals, delivered on the GUI thread (Electrum's pattern).

The session announces each committed write on the thread that made it (a pool
task or the GUI thread). Emitting a signal of this object, which lives on the
GUI thread, queues the delivery there, so every page refreshes itself on the
GUI thread whoever wrote. A change that arrives after the vault was locked is
not passed on: the pages it would refresh are closing and must not read a
closed vault.
"""

from PySide6.QtCore import QObject, Signal

from app.session import RecordsChanged, Session


class SessionSignals(QObject):
    """Signals:
        recordsChanged(RecordsChanged): records were written (their ids, or `everything` after a bulk write).
    """

    recordsChanged = Signal(object)
    _written = Signal(object)  # from the writing thread to the GUI thread

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._unsubscribe = session.on_records_changed(self._announce)
        self.destroyed.connect(self._unsubscribe)
        self._written.connect(self._pass_on)

    def _announce(self, event: RecordsChanged) -> None:
        try:
            self._written.emit(event)
        except RuntimeError:  # this object is gone (the window was closed while a task wrote)
            self._unsubscribe()

    def _pass_on(self, event: RecordsChanged) -> None:
        if self._session.is_open:
            self.recordsChanged.emit(event)
