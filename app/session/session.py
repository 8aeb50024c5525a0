"""The one object the desktop and the command line talk to: an unlocked vault and everything done with it.

Its methods say what they do; what is behind them (the store, the database
connection, key slots, the activity log) stays behind them. Writes announce the
records they changed to listeners (`on_records_changed`), after they commit.
"""

from collections.abc import Callable
from pathlib import Path

from app.session.attachments import AttachmentsPart
from app.session.backups import BackupsPart
from app.session.bulk import BulkPart
from app.session.duplicates import DuplicatesPart
from app.session.events import Listener
from app.session.importing import ImportingPart
from app.session.records import RecordsPart
from app.session.reports import ReportsPart
from app.session.safety import SafetyPart
from app.session.sharing import SharingPart
from app.vault.wipe import WipeReport


class Session(RecordsPart, AttachmentsPart, ImportingPart, DuplicatesPart, BulkPart, ReportsPart, SharingPart, SafetyPart,
              BackupsPart):
    """An unlocked vault: records, attachments, spreadsheets in, duplicates, bulk writes, reports, colleagues and bundles,
    safety settings; `lock()` when done."""

    @property
    def name(self) -> str:
        """The vault folder's name (what the window title and the wipe confirmation show)."""
        return self._vault.folder.name

    @property
    def path(self) -> Path:
        return self._vault.folder.path

    @property
    def vault_id(self) -> str:
        return self._vault.vault_id

    @property
    def uses_keyring(self) -> bool:
        return self._vault.uses_keyring

    @property
    def failed_unlocks(self) -> int:
        """Failed attempts to unlock counted while the vault was locked (when counting is on)."""
        return self._vault.failed_unlocks

    @property
    def notices(self) -> list[str]:
        """Warnings from opening the vault that the user must see (an undone key rotation, a log that could not record)."""
        return list(self._vault.notices)

    @property
    def is_open(self) -> bool:
        """False once locked, wiped, or closed by a failed key rotation."""
        return self._vault.db.is_open

    def on_records_changed(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(RecordsChanged)` after every write, on the writing thread; returns the unsubscribe function."""
        return self._events.subscribe(listener)

    def lock(self) -> None:
        """Close the database, drop the keys, release the folder; listeners are forgotten."""
        self._events.clear()
        self._forget_people()
        self._vault.close()

    def wipe(self) -> WipeReport:
        """Close the vault and destroy it for good (key slots overwritten, keyring entry and files removed)."""
        self._events.clear()
        self._forget_people()
        return self._vault.wipe()
