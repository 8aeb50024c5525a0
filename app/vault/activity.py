"""The activity log: what was done to this vault, inside it, append-only and MAC-chained.

Each entry holds a sequence number, a UTC time, an event name and a detail of
ids, counts and kinds only (never a name, a note or a query). Its MAC covers the
previous entry's MAC, so `verify()` finds an entry that was removed, moved or
altered, and says which. The table refuses UPDATE and DELETE (triggers); the
chain catches anyone who bypasses them without the log key. The last entry's
number and MAC are also kept in `meta`, so cutting entries off the end shows.

Events: unlock, failed-unlock (counted outside the database while it is locked,
written at the next unlock), vault-created, recovered, passphrase-changed,
keys-rotated, settings-changed, create, update, delete, restore, shred, export,
import, sheet-import, rows-in-error-saved, merge, wipe-cancelled, report (made), report-saved, report-printed,
report-copied.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.database import Database
from app.errors import IntegrityError
from app.records.change import utc_now
from app.records.record import canonical_json
from crypto import chain
from crypto.errors import AuthenticationFailed
from crypto.vault_keys import RecordCipher

KEY_META = "activity_key"
HEAD_META = "activity_head"


@dataclass(frozen=True)
class Entry:
    """One line of the log."""

    seq: int
    at: str
    event: str
    detail: dict[str, Any]

    def describe(self) -> str:
        """One line for people: time, event and the detail as key=value."""
        parts = [f"{k}={_short(v)}" for k, v in self.detail.items()]
        return f"{self.at}  #{self.seq:<5} {self.event:<18} {' '.join(parts)}".rstrip()

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": self.at, "event": self.event, "detail": self.detail}


@dataclass(frozen=True)
class Problem:
    """A break in the chain: kind is altered, removed, reordered or duplicated."""

    seq: int
    kind: str
    message: str


def _short(value: Any) -> str:
    if isinstance(value, list):
        return f"{len(value)} ({', '.join(map(str, value[:3]))}{', ...' if len(value) > 3 else ''})"
    return str(value)


def _content(seq: int, at: str, event: str, detail: str) -> bytes:
    return canonical_json([seq, at, event, detail])


def _ranges(numbers: list[int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for n in sorted(numbers):
        if spans and spans[-1][1] == n - 1:
            spans[-1] = (spans[-1][0], n)
        else:
            spans.append((n, n))
    return spans


def _span(first: int, last: int) -> str:
    return f"entry #{first} was" if first == last else f"entries #{first}-#{last} were"


class ActivityLog:
    """The log of one open vault."""

    def __init__(self, db: Database, cipher: RecordCipher) -> None:
        self.db = db
        self._key = chain.chain_key(self._log_key(cipher))

    def _log_key(self, cipher: RecordCipher) -> bytes:
        wrapped = self.db.get_meta(KEY_META)
        if wrapped is None:
            key, new_wrapped = cipher.new_wrapped_dek(chain.LOG_KEY_ID)
            with self.db.transaction():
                self.db.set_meta(KEY_META, new_wrapped.hex())
            return key
        try:
            return cipher.unwrap_dek(chain.LOG_KEY_ID, bytes.fromhex(wrapped))
        except (AuthenticationFailed, ValueError):
            raise IntegrityError("The activity log's key failed its integrity check (the vault was damaged or "
                                 "tampered with); restore the vault from a backup.") from None

    def _head(self) -> tuple[int, str]:
        head = self.db.get_meta(HEAD_META)
        if head is None:
            return 0, chain.GENESIS
        seq, mac = head.split(":", 1)
        return int(seq), mac

    def append(self, event: str, detail: Mapping[str, Any] | None = None) -> Entry:
        """Add an entry; inside the caller's transaction if there is one, so it commits or rolls back with it."""
        with self.db.transaction():
            return self._append(event, dict(detail or {}))

    def _append(self, event: str, detail: dict[str, Any]) -> Entry:
        last, prev = self._head()
        entry = Entry(last + 1, utc_now(), event, detail)
        text = canonical_json(detail).decode("utf-8")
        mac = chain.entry_mac(self._key, prev, _content(entry.seq, entry.at, event, text))
        self.db.execute(
            "INSERT INTO activity(seq, at, event, detail, prev, mac) VALUES(?, ?, ?, ?, ?, ?)",
            (entry.seq, entry.at, event, text, prev, mac),
        )
        self.db.set_meta(HEAD_META, f"{entry.seq}:{mac}")
        return entry

    def entries(self) -> list[Entry]:
        """Every entry in the order written (an entry whose detail is no longer JSON shows it as text)."""
        rows = self.db.execute("SELECT seq, at, event, detail FROM activity ORDER BY pos").fetchall()
        return [Entry(int(seq), str(at), str(event), _detail(text)) for seq, at, event, text in rows]

    def verify(self) -> list[Problem]:
        """Every break in the chain, in order; an empty list means the log is whole."""
        rows = self.db.execute("SELECT seq, at, event, detail, prev, mac FROM activity ORDER BY pos").fetchall()
        problems: list[Problem] = []
        trusted: list[tuple[int, str, str]] = []
        altered: set[int] = set()
        for seq, at, event, text, prev, mac in rows:
            if chain.same(chain.entry_mac(self._key, str(prev), _content(seq, at, event, text)), str(mac)):
                trusted.append((int(seq), str(prev), str(mac)))
            else:
                altered.add(int(seq))
                problems.append(Problem(int(seq), "altered", f"entry #{seq} was altered after it was written"))
        mac_of: dict[int, str] = {}
        highest = 0
        for seq, _, mac in trusted:
            if seq in mac_of:
                problems.append(Problem(seq, "duplicated", f"entry #{seq} appears more than once"))
            elif seq < highest:
                problems.append(Problem(seq, "reordered", f"entry #{seq} was moved: it now comes after #{highest}"))
            mac_of.setdefault(seq, mac)
            highest = max(highest, seq)
        for seq, prev, _ in trusted:
            before = chain.GENESIS if seq == 1 else mac_of.get(seq - 1)
            if before is not None and not chain.same(prev, before):
                problems.append(Problem(seq, "altered", f"entry #{seq} does not follow entry #{seq - 1}: one was replaced"))
        head_seq, head_mac = self._head()
        end = max(head_seq, highest)
        missing = [n for n in range(1, end + 1) if n not in mac_of and n not in altered]
        problems.extend(Problem(a, "removed", f"{_span(a, b)} removed") for a, b in _ranges(missing))
        if head_seq in mac_of and not chain.same(mac_of[head_seq], head_mac):
            problems.append(Problem(head_seq, "altered", f"entry #{head_seq} is not the entry last written"))
        return sorted(problems, key=lambda p: p.seq)


def _detail(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {"unreadable": text}
    return value if isinstance(value, dict) else {"value": value}
