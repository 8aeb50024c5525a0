"""Many records through one path: demo data, an imported sheet, the benchmark's vault.

Each batch goes through the same four steps as a single write (app/store/
planning.py, writing.py), split over two threads. The calling thread owns the
database: it looks up what the next batch's ids hold, checks references, runs
the SQL and commits. One worker plans and prepares the next batch meanwhile:
validation, sealing, rows, references, search entries — Python that needs no
database. SQLite lets go of the GIL while it runs a statement or a commit, so
the SQL of one batch and the Python of the next use both cores.

The vault a batch is planned against is read before the batch ahead of it is
written, so only that one batch can be missing from it: the worker takes the
kinds of its records from memory (for references), and a batch that makes or
changes a record the batch ahead of it also made or changed is planned again
once that one is written (so neither change is lost). Nothing of older batches
is kept: a write of 100,000 people holds no more than two batches.
Either every batch commits on its own (demo data: a cancel keeps whole batches)
or the caller holds one transaction around the whole write (an import: all or nothing).
"""

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from app import faults
from app.collector import collector_paused
from app.errors import Cancelled
from app.records.change import Change
from app.store.planning import BatchPlan, Lookups, check_references, look_up, plan_batch, writable
from app.store.repository import Repository
from app.store.writing import Prepared, prepare

BATCH = 5000  # changes planned and written together
Staged = tuple[BatchPlan, Prepared] | None  # None: the batch must wait for the one before it to be written


class BulkWrite:
    """One bulk write into a repository: batches of changes planned ahead, written in order.

    If the caller holds a transaction, the whole write is in it; otherwise each batch commits on its own.
    """

    def __init__(self, repo: Repository, *, action: str = "update", note: str | None = None) -> None:
        """`action`: what the history calls a change to a stored record (a new one is always "create")."""
        self.repo = repo
        self.action = action
        self.note = note
        self._ahead: dict[str, str] = {}  # kinds of the records of the batch planned last
        self._last_written: set[str] = set()  # ids of the records the batch written last made or changed

    def write(self, batches: Iterable[list[Change]]) -> Iterator[list[Change]]:
        """Write every batch in order, yielding each once it is written; stop iterating to stop (the batch
        staged ahead is then dropped, unwritten). The caller writes nothing else meanwhile: the batch after
        the one yielded has already been looked up."""
        with collector_paused(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="casebook-bulk") as worker:
            ahead: tuple[list[Change], Future[Staged]] | None = None
            for batch in batches:
                following = (batch, worker.submit(self._stage, batch, look_up(self.repo, batch)))
                if ahead is not None:
                    self._write(*ahead)
                    yield ahead[0]
                ahead = following
            if ahead is not None:
                self._write(*ahead)
                yield ahead[0]

    def _stage(self, batch: list[Change], lookups: Lookups) -> Staged:
        """Plan and prepare a batch (on the worker: no database)."""
        if any(change.id in self._ahead for change in batch):
            return None
        return self._plan(batch, lookups, self._ahead)

    def _plan(self, batch: list[Change], lookups: Lookups, known: dict[str, str]) -> tuple[BatchPlan, Prepared]:
        plan = plan_batch(batch, lookups, self.repo.clock, known)
        prepared = prepare(self.repo.sealer, writable(plan, self.action), self.note, plan.keys)
        self._ahead = plan.kinds
        return plan, prepared

    def _write(self, batch: list[Change], future: "Future[Staged]") -> None:
        """Check and write a staged batch (on the calling thread, which owns the database)."""
        staged = future.result()
        with self.repo.db.transaction():
            if staged is None or not self._last_written.isdisjoint(staged[0].kinds):
                staged = self._plan(batch, look_up(self.repo, batch), {})  # planned before the batch ahead was written
            plan, prepared = staged
            check_references(self.repo, plan)
            self.repo.write_planned(plan, prepared)
            faults.point("bulk-batch")
        self._last_written = set(plan.kinds)


def write_all(repo: Repository, changes: Iterable[Change], *, note: str | None, total: int = 0,
              progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None) -> int:
    """Write a stream of changes in one transaction, all or none; `cancelled()` true stops it and writes nothing.

    Returns how many changes were written; `progress(changes done, total)` after each batch.
    """
    done = 0
    with repo.db.transaction():
        for batch in BulkWrite(repo, action="import", note=note).write(batched(changes, BATCH)):
            done += len(batch)
            if progress is not None:
                progress(done, total)
            if cancelled is not None and cancelled():
                raise Cancelled
    return done


def batched(changes: Iterable[Change], size: int) -> Iterator[list[Change]]:
    """Lists of `size` changes (the last shorter)."""
    batch: list[Change] = []
    for change in changes:
        batch.append(change)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
