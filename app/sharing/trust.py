"""Who may change which record from a bundle (docs/security.md, "Bundles: who may change what").

A bundle's signature proves who made it, not that they may change what it
carries. So: only a verified contact (or this vault itself) changes records at
all; a record already here changes only when its sender is one of the record's
writers (the contact it first came from, the contacts this vault sent it to,
and anyone whose held change the user accepted); and even a writer's change is
held for review when it deletes a record, changes an event a person's status
is derived from, or is dated beyond this computer's clock plus a small skew.
"""

from app.database import Database
from app.records.clock import parse_version
from app.records.record import DELETED, Record
from app.records.status import status_after
from app.sharing.contacts import SELF, VERIFIED
from app.sharing.merge import Outcome
from crypto.identity import PublicIdentity

SKEW_MS = 5 * 60 * 1000
NOT_A_WRITER = "not_a_writer"
DATED_AHEAD = "dated_ahead"
DELETES = "deletes"
CHANGES_STATUS = "changes_status"
REASONS = {
    NOT_A_WRITER: "the sender is not among those who write this record here",
    DATED_AHEAD: "it is dated ahead of this computer's clock",
    DELETES: "it deletes the record",
    CHANGES_STATUS: "it changes an event a person's status is derived from",
}


def may_change_records(trust: str) -> bool:
    """Only this vault itself and verified contacts change records; other bundles are preview-only."""
    return trust in (SELF, VERIFIED)


def versions_of(record: Record) -> list[str]:
    """Every version a record state names: its own, its clocks, what it has seen, the versions that lost."""
    return [record.version, *record.clock.values(), *record.seen.values(), *(m["lost"] for m in record.conflicts)]


def dated_ahead(record: Record, now_ms: int) -> bool:
    return any(parse_version(v)[0] > now_ms + SKEW_MS for v in versions_of(record))


# The fields of an event that a person's derived status reads (app/records/status.py, app/store/derived_status.py).
_STATUS_FIELDS = frozenset({"type", "date", "detention", "case", "person", DELETED})


def _bears_status(event: Record | None) -> bool:
    return event is not None and event.kind == "event" and status_after(event.fields, None) is not None


def hold_reasons(local: Record | None, received: Record, outcome: Outcome, *, writer: bool, now_ms: int,
                 touches_existing: bool) -> list[str]:
    """Why a merge that would change this vault must wait for the user (none: it may apply).

    `writer`: the sender may write this record (a new record: every existing record it attaches to);
    `touches_existing`: the record is here already, or attaches to a case or person that is.
    """
    reasons = []
    if not writer:
        reasons.append(NOT_A_WRITER)
    if dated_ahead(received, now_ms):
        reasons.append(DATED_AHEAD)
    if local is not None and not local.deleted and outcome.record.deleted:
        reasons.append(DELETES)
    if (touches_existing and (_bears_status(local) or _bears_status(outcome.record))
            and _STATUS_FIELDS & set(outcome.changed_fields)):
        reasons.append(CHANGES_STATUS)
    return reasons


def attaches_to(record: Record) -> list[str]:
    """The case and person an event belongs to: a new event changes what they show."""
    if record.kind != "event":
        return []
    return [str(record.fields[key]) for key in ("case", "person") if record.fields.get(key)]


class Writers:
    """Per record, the identities whose changes this vault takes from bundles (besides its own)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def of(self, record_id: str) -> set[str]:
        rows = self._db.execute("SELECT writer FROM writers WHERE record_id = ?", (record_id,)).fetchall()
        return {str(row[0]) for row in rows}

    def may_write(self, record_id: str, sender: PublicIdentity, trust: str) -> bool:
        return trust == SELF or sender.text() in self.of(record_id)

    def add(self, record_ids: list[str], writer: PublicIdentity) -> None:
        """Record `writer` for these (stored) records, inside the caller's transaction."""
        self._db.executemany("INSERT OR IGNORE INTO writers(record_id, writer) VALUES(?, ?)",
                             [(record_id, writer.text()) for record_id in record_ids])
