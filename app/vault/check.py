"""Checking a whole vault after a crash, a full disk or a copy: every page, record and attachment.

Reading everything is the only way to know: SQLCipher checks each page's HMAC,
and every record body, earlier version and attachment chunk is opened. What
rows keep in clear beside the sealed bodies (whether a record is deleted, its
display and sort names; an attachment's size and hash) is compared with what
the bodies hold, and so are the references (app/store/references.py): someone
holding the database key alone can edit those columns, not the bodies.
"""

from app.errors import IntegrityError, VaultDamaged
from app.store import attachments, references
from app.store.sealing import RECORD_COLUMNS
from app.store.writing import plain_names
from app.vault.vault import Vault

_NAMED = 5  # records named in the sentence, at most


def verify(vault: Vault) -> int:
    """Raise VaultDamaged or IntegrityError naming what does not match; return how many records were checked."""
    problems = vault.db.integrity_problems()
    if problems:
        raise VaultDamaged(f"The vault database is damaged ({len(problems)} problems found by SQLCipher's check); "
                           "restore it from a backup.")
    repo = vault.records
    rows = vault.db.execute(f"SELECT {RECORD_COLUMNS}, display_name, sort_name FROM records ORDER BY id").fetchall()  # noqa: S608 - fixed columns
    count = expected = 0
    wrong: list[str] = []
    for record_id, kind, version, review, wrapped, body, deleted, display, sort in rows:
        try:
            record = repo.sealer.open(record_id, kind, version, repo.sealer.unwrap(record_id, wrapped), body, bool(review))
        except IntegrityError:
            wrong.append(f"{record_id} (its body is not its current version)")
            continue
        columns = [name for name, plain, sealed in (("deleted", bool(deleted), record.deleted),
                                                    ("display and sort names", (display, sort), plain_names(record)))
                   if plain != sealed]
        try:
            repo.history(record_id)
            for attachment in [] if record.deleted else attachments.list_for(repo, record_id):
                attachments.read(repo, attachment.id)
        except IntegrityError:
            columns.append("an earlier version or an attachment")
        if columns:
            wrong.append(f"{record_id} ({', '.join(columns)})")
        expected += references.digest(set(references.rows_of(record)))
        count += 1
    if wrong:
        more = f" and {len(wrong) - _NAMED} more" if len(wrong) > _NAMED else ""
        raise IntegrityError(f"{len(wrong)} records do not match what is sealed in them: {'; '.join(wrong[:_NAMED])}{more}. "
                             "The database was changed outside Casebook (or damaged); restore the vault from a backup.")
    with vault.db.transaction():
        stored = references.stored_digest(vault.db)
    if stored != expected:
        raise VaultDamaged("The references between records (who is in which case, which case an event belongs to) "
                           "are out of step with the records themselves; run `casebook reindex`, which rebuilds "
                           "them from the records.")
    return count
