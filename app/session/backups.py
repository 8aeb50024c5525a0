"""Backups of a vault (app/vault/backup.py): taken from the open vault, or by passphrase; checked; restored."""

import os

from app.session.base import SessionBase
from app.vault import backup
from app.vault.backup import BackupInfo

__all__ = ["BackupInfo", "BackupsPart", "back_up_vault", "check_backup", "restore_backup"]

back_up_vault = backup.back_up_with_passphrase
check_backup = backup.check
restore_backup = backup.restore


class BackupsPart(SessionBase):
    """Backing up the open vault while it stays open."""

    def back_up(self, target: str | os.PathLike[str]) -> BackupInfo:
        """Write a consistent, still encrypted copy of the vault to the new file `target` (slow: off the GUI thread)."""
        return backup.back_up(self._vault, target)
