"""The adding half of the benchmark: demo people written through the bulk path, timed, and the vault's size.

Only the writing is timed: the demo generator's own time, and the benchmark's
bookkeeping between batches, are measured apart and left out, as the
SQLCipher floor (app/bench/floor.py) has no generator either.
"""

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app import demo
from app.bench import queries as bench_queries
from app.records.change import Change
from app.store import Repository
from app.store.bulk import BulkWrite

BATCH_PEOPLE = 500  # people per transaction (with their relatives' cases, events and links): about 8,000 records


@dataclass
class Added:
    """What was written, and how long the writing alone took."""

    people: list[bench_queries.Person] = field(default_factory=list)
    events: int = 0
    records: int = 0
    seconds: float = 0.0
    batch_sizes: list[int] = field(default_factory=list)


def batches(people: int, seed: int) -> Iterator[list[Change]]:
    """The demo generator's batches, joined into transactions of about BATCH_PEOPLE people."""
    batch: list[Change] = []
    in_batch = 0
    for part in demo.generate(people, seed):
        batch += part
        in_batch += sum(1 for c in part if c.kind == "person")
        if in_batch >= BATCH_PEOPLE:
            yield batch
            batch, in_batch = [], 0
    if batch:
        yield batch


def _person(change: Change) -> bench_queries.Person:
    assert change.id is not None
    return bench_queries.Person(change.id, tuple((n["value"], n.get("script", "")) if isinstance(n, dict) else (n, "")
                                                 for n in change.fields.get("names", [])))


def add_demo(repo: Repository, people: int, seed: int, progress: Callable[[str], None]) -> Added:
    """Write `people` demo people (with their cases, events, interventions, links) in transactions of BATCH_PEOPLE."""
    added = Added()
    outside = 0.0  # the generator's time and the bookkeeping's, left out of the writing's
    source = batches(people, seed)

    def made() -> Iterator[list[Change]]:
        nonlocal outside
        while True:
            start = time.perf_counter()
            batch = next(source, None)
            outside += time.perf_counter() - start
            if batch is None:
                return
            added.batch_sizes.append(len(batch))
            yield batch

    start = time.perf_counter()
    for batch in BulkWrite(repo, note="synthetic benchmark data").write(made()):
        kept = time.perf_counter()
        added.people += [_person(c) for c in batch if c.kind == "person"]
        added.events += sum(1 for c in batch if c.kind == "event")
        added.records += len(batch)
        progress(f"added {len(added.people)} of {people} people")
        outside += time.perf_counter() - kept
    added.seconds = time.perf_counter() - start - outside
    return added


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())
