"""Checking a whole vault after a crash, a full disk or a copy: every page, record and attachment.

Reading everything is the only way to know: SQLCipher checks each page's HMAC,
and every record body, earlier version and attachment chunk is opened.
"""

from app.errors import VaultDamaged
from app.store import attachments
from app.vault.vault import Vault


def verify(vault: Vault) -> int:
    """Raise VaultDamaged or IntegrityError at the first problem; return how many records were checked."""
    problems = vault.db.integrity_problems()
    if problems:
        raise VaultDamaged(f"The vault database is damaged ({len(problems)} problems found by SQLCipher's check); "
                           "restore it from a backup.")
    count = 0
    for record in vault.records.iter_records(include_deleted=True):
        vault.records.history(record.id)
        for attachment in [] if record.deleted else attachments.list_for(vault.records, record.id):
            attachments.read(vault.records, attachment.id)
        count += 1
    return count
