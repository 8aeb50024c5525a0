"""What the desktop's lists show, read from the clear columns of `records` without decrypting a body."""

from dataclasses import dataclass
from typing import Any

from app.database import Database


@dataclass(frozen=True)
class Summary:
    """What a list shows without decrypting a body."""

    id: str
    kind: str
    display_name: str
    status: str | None
    updated: str
    review: bool


@dataclass(frozen=True)
class Activity:
    """One write to a record, for the list of recent changes."""

    record_id: str
    kind: str
    display_name: str
    deleted: bool
    at: str
    version: str
    action: str


# The kinds the desktop lists (each has its own partial indexes, one per order); others have no sort name.
LISTED_KINDS = ("person", "case", "organisation")
# Sort orders of `ListQueries.page`: the columns of the matching index after `deleted`, then the rowid, which
# makes the order unique and which every index holds anyway (an id would be 36 more bytes in each entry).
LIST_ORDERS = {
    "name": ("sort_name",),
    "updated": ("updated",),
    "status": ("coalesce(status, '')", "sort_name"),
}
_SUMMARY_COLUMNS = "id, kind, display_name, status, updated, review"


def _summary(row: Any) -> Summary:
    return Summary(row[0], row[1], row[2], row[3], row[4], bool(row[5]))


class ListQueries:
    """Pages, counts and one-line summaries of live records."""

    db: Database

    def summaries(self, kind: str | None = None, *, offset: int = 0, limit: int = -1) -> list[Summary]:
        """Live records in name order, a window at a time."""
        rows = self.db.execute(
            f"""SELECT {_SUMMARY_COLUMNS} FROM records
                WHERE deleted = 0 AND (:kind IS NULL OR kind = :kind)
                ORDER BY kind, sort_name, display_name, id LIMIT :limit OFFSET :offset""",  # noqa: S608 - fixed columns
            {"kind": kind, "limit": limit, "offset": offset},
        ).fetchall()
        return [_summary(r) for r in rows]

    def summary(self, record_id: str) -> Summary | None:
        """One live record's list line (a list refreshes the row of an edited record with it; a page shows a link by it)."""
        row = self.db.execute(f"SELECT {_SUMMARY_COLUMNS} FROM records WHERE id = ? AND deleted = 0",  # noqa: S608 - fixed columns
                              (record_id,)).fetchone()
        return None if row is None else _summary(row)

    def count(self, kind: str | None = None) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM records WHERE deleted = 0 AND (:kind IS NULL OR kind = :kind)", {"kind": kind}
        ).fetchone()
        return int(row[0])

    def page(self, kind: str, *, sort: str = "name", descending: bool = False, after: str | None = None,
             limit: int = 200) -> list[Summary]:
        """The next `limit` live records of `kind` after the record `after`, in `sort` order.

        Keyset paging: each page is a range scan of the kind's own index for
        that order, so page 500 of a 100,000-person list costs what page 1 costs
        (OFFSET would walk every row). The kind is written into the statement
        (it is one of LISTED_KINDS) so that SQLite picks the kind's partial index.
        """
        if kind not in LISTED_KINDS or sort not in LIST_ORDERS or (sort == "status" and kind != "person"):
            raise ValueError(f"no list of {kind!r} by {sort!r}")
        columns = (*LIST_ORDERS[sort], "rowid")
        key = ", ".join(columns)
        direction, compare = ("DESC", "<") if descending else ("ASC", ">")
        order = ", ".join(f"{column} {direction}" for column in columns)
        where = f"AND ({key}) {compare} (SELECT {key} FROM records WHERE id = :after)" if after else ""  # noqa: S608
        rows = self.db.execute(
            f"""SELECT {_SUMMARY_COLUMNS} FROM records
                WHERE kind = '{kind}' AND deleted = 0 {where}
                ORDER BY {order} LIMIT :limit""",  # noqa: S608 - kind and columns come from fixed lists only
            {"after": after, "limit": limit},
        ).fetchall()
        return [_summary(r) for r in rows]

    def recent_changes(self, *, before: tuple[str, str] | None = None, limit: int = 200) -> list[Activity]:
        """Every write (create, update, delete, restore, import), newest first, a page at a time.

        `before` is the (time, version) of the last entry of the previous page.
        """
        at, version = before if before else ("\uffff", "")
        rows = self.db.execute(
            """SELECT c.record_id, r.kind, r.display_name, r.deleted, c.at, c.version, c.action FROM (
                   SELECT record_id, at, version, action FROM history WHERE (at, version) < (:at, :version)
                   UNION ALL
                   SELECT id, updated, version, action FROM records WHERE (updated, version) < (:at, :version)
                   ORDER BY 2 DESC, 3 DESC LIMIT :limit
               ) AS c JOIN records r ON r.id = c.record_id ORDER BY c.at DESC, c.version DESC""",
            {"at": at, "version": version, "limit": limit},
        ).fetchall()
        return [Activity(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6]) for r in rows]
