"""What every part of the session shares: the open vault behind it and its change events."""

from collections.abc import Iterable

from app.session.events import ChangeEvents, RecordsChanged
from app.vault.vault import Vault


class SessionBase:
    """The open vault and the listeners of its changes; the parts of `Session` build on this."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._events = ChangeEvents()

    def _announce(self, ids: Iterable[str]) -> None:
        self._events.announce(RecordsChanged.of(ids))

    def _announce_everything(self) -> None:
        self._events.announce(RecordsChanged(everything=True))
