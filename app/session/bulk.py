"""The session's bulk writes: a stream of changes (an imported sheet) written in one transaction, or not at all."""

from collections.abc import Callable, Iterable

from app.records.change import Change
from app.session.base import SessionBase
from app.store.bulk import write_all

Progress = Callable[[int, int], None]


class BulkPart(SessionBase):
    """Many records at once."""

    def write_all(self, changes: Iterable[Change], *, note: str, total: int = 0, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> int:
        """Write every change in one transaction: all of them, or none (a cancel, like a failure, writes nothing).

        Returns how many records were written. `progress(done, total)` follows the
        changes prepared; every list refreshes once, after the commit.
        """
        written = write_all(self._vault.records, changes, note=note, total=total, progress=progress, cancelled=cancelled)
        self._announce_everything()
        return written
