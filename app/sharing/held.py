"""Changes from bundles held for review: kept sealed beside the vault's records until the user accepts or rejects them.

A held change is the record as the bundle carried it, sealed under the
record's own data key (or, for a record this vault does not have, a key of its
own wrapped under the KEK), with who sent it and why it waits. Accepting merges
it as if it had just arrived from a writer, and makes its sender one; rejecting
drops it. Shredding the record drops its held changes too (a trigger).
"""

import time
from dataclasses import dataclass

from app.errors import BadInput, NotFound
from app.records.change import utc_now
from app.records.record import Record
from app.sharing.exchange import Exchange
from app.sharing.merge import UNCHANGED, Outcome, merge
from app.sharing.trust import DATED_AHEAD, REASONS, Writers, dated_ahead
from app.store import Repository
from crypto.identity import PublicIdentity


@dataclass(frozen=True)
class HeldChange:
    """One record as a bundle carried it, not applied: who sent it, when, and why it waits."""

    id: int
    record: Record
    sender: PublicIdentity
    reasons: list[str]
    received: str

    @property
    def why(self) -> str:
        return "; ".join(REASONS[r] for r in self.reasons)


class HeldChanges:
    """The held changes of one open vault."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo

    def hold(self, record: Record, sender: PublicIdentity, reasons: list[str]) -> None:
        """Keep `record` for review and flag this vault's copy, inside the caller's transaction."""
        repo = self._repo
        if repo.stored_kind(record.id) is not None:
            wrapped, dek = None, repo.keys_of(record.id)[1]
        else:
            dek, wrapped = repo.sealer.new_key(record.id)
        repo.db.execute(
            """INSERT OR IGNORE INTO held(record_id, kind, version, sender, reasons, received, dek, body)
               VALUES(?, ?, ?, ?, ?, ?, ?, ?)""",
            (record.id, record.kind, record.version, sender.text(), ",".join(reasons), utc_now(), wrapped,
             repo.sealer.seal(record, dek)))
        repo.db.execute("UPDATE records SET review = 1 WHERE id = ?", (record.id,))

    def holds(self, record: Record, sender: PublicIdentity) -> bool:
        """Whether this very version from this sender is held already (importing a bundle again changes nothing)."""
        return self._repo.db.execute("SELECT 1 FROM held WHERE record_id = ? AND version = ? AND sender = ?",
                                     (record.id, record.version, sender.text())).fetchone() is not None

    def _rows(self, held_id: int | None) -> list[HeldChange]:
        repo = self._repo
        rows = repo.db.execute(
            """SELECT held.id, held.record_id, held.kind, held.version, sender, reasons, received,
                      coalesce(held.dek, records.dek), held.body
               FROM held LEFT JOIN records ON records.id = held.record_id
               WHERE ?1 IS NULL OR held.id = ?1 ORDER BY held.id""", (held_id,)).fetchall()
        found = []
        for number, record_id, kind, version, sender, reasons, received, wrapped, body in rows:
            dek = repo.sealer.unwrap(record_id, wrapped)
            record = repo.sealer.open(record_id, kind, version, dek, body)
            found.append(HeldChange(number, record, PublicIdentity.parse(sender), reasons.split(","), received))
        return found

    def list(self) -> list[HeldChange]:
        """Every held change, oldest first."""
        return self._rows(None)

    def get(self, held_id: int) -> HeldChange:
        found = self._rows(held_id)
        if not found:
            raise NotFound(f"No held change numbered {held_id}; `casebook held list` shows them.")
        return found[0]

    def drop(self, held_id: int) -> None:
        self._repo.db.execute("DELETE FROM held WHERE id = ?", (held_id,))


def accept(exchange: Exchange, held_id: int) -> Outcome:
    """Merge a held change as from a writer (its sender becomes one), in one transaction."""
    repo = exchange.records
    held = HeldChanges(repo)
    change = held.get(held_id)
    if DATED_AHEAD in change.reasons and dated_ahead(change.record, time.time_ns() // 1_000_000):
        raise BadInput("This change is still dated ahead of this computer's clock; check the date on both "
                       "computers. Nothing was accepted.")
    with repo.db.transaction():
        outcome = (Outcome(change.record, UNCHANGED) if repo.was_shredded(change.record.id)
                   else merge(repo.find(change.record.id), change.record))
        if outcome.status != UNCHANGED:
            repo.write_merged([outcome.record], f"accepted from {change.sender.fingerprint} after review")
            Writers(repo.db).add([change.record.id], change.sender)
        held.drop(held_id)
        exchange.journal.append("accept", {"id": change.record.id, "sender": change.sender.fingerprint})
    return outcome


def reject(exchange: Exchange, held_id: int) -> None:
    """Drop a held change for good."""
    held = HeldChanges(exchange.records)
    change = held.get(held_id)
    with exchange.records.db.transaction():
        held.drop(held_id)
        exchange.journal.append("reject", {"id": change.record.id, "sender": change.sender.fingerprint})
