"""Checking a whole vault after a crash, a full disk or a copy: every page, record and attachment.

Reading everything is the only way to know: SQLCipher checks each page's HMAC,
and every record body, earlier version and attachment chunk is opened. The
references kept in clear beside the records (app/store/references.py) are
compared with what the opened bodies refer to.
"""

from app.errors import VaultDamaged
from app.store import attachments, references
from app.vault.vault import Vault


def verify(vault: Vault) -> int:
    """Raise VaultDamaged or IntegrityError at the first problem; return how many records were checked."""
    problems = vault.db.integrity_problems()
    if problems:
        raise VaultDamaged(f"The vault database is damaged ({len(problems)} problems found by SQLCipher's check); "
                           "restore it from a backup.")
    count = 0
    expected = 0
    for record in vault.records.iter_records(include_deleted=True):
        vault.records.history(record.id)
        for attachment in [] if record.deleted else attachments.list_for(vault.records, record.id):
            attachments.read(vault.records, attachment.id)
        expected += references.digest(set(references.rows_of(record)))
        count += 1
    with vault.db.transaction():
        stored = references.stored_digest(vault.db)
    if stored != expected:
        raise VaultDamaged("The references between records (who is in which case, which case an event belongs to) "
                           "are out of step with the records themselves; run `casebook reindex`, which rebuilds "
                           "them from the records.")
    return count
