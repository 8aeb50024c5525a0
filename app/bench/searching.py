"""The search half of the benchmark: the floor of a bare trigram table, timed runs of the query set, recall."""

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.bench import queries as bench_queries
from app.database import Database
from app.names.normalise import normalise
from app.search import SearchIndex


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


class Floor:
    """A bare FTS5 trigram table of the names, in a plain database: what no index can beat by much."""

    def __init__(self, path: Path, people: list[bench_queries.Person]) -> None:
        self.db = Database(path, None, {1: _names_table})
        with self.db.transaction():
            self.db.executemany("INSERT INTO names(name) VALUES(?)", ((normalise(value),) for p in people for value, _ in p.names))

    def search(self, query: str) -> list[Any]:
        needle = normalise(query)
        if len(needle) >= 3:
            return self.db.execute("SELECT rowid FROM names WHERE names MATCH ? LIMIT 10",
                                   ('"' + needle.replace('"', '""') + '"',)).fetchall()
        return self.db.execute("SELECT rowid FROM names WHERE name LIKE ? LIMIT 10", (f"%{needle}%",)).fetchall()

    def close(self) -> None:
        self.db.close()


def _names_table(db: Database) -> None:
    db.execute("CREATE VIRTUAL TABLE names USING fts5(name, tokenize = 'trigram')")


@dataclass
class Timings:
    """Wall-clock and CPU seconds of every timed query run, with the query's class."""

    wall: list[float]
    cpu: list[float]
    classes: list[str]

    def p95_by_class(self) -> dict[str, float]:
        by_class: dict[str, list[float]] = {}
        for cls, wall in zip(self.classes, self.wall, strict=True):
            by_class.setdefault(cls, []).append(wall)
        return {cls: ms(percentile(times, 0.95)) for cls, times in by_class.items()}


def timed(search: Callable[[str], Any], queries: list[bench_queries.Query], repeats: int) -> Timings:
    """Run every query once to warm the cache, then `repeats` times, timing each run."""
    for query in queries:
        search(query.text)
    timings = Timings([], [], [])
    for _ in range(repeats):
        for query in queries:
            wall, cpu = time.perf_counter(), time.process_time()
            search(query.text)
            timings.cpu.append(time.process_time() - cpu)
            timings.wall.append(time.perf_counter() - wall)
            timings.classes.append(query.cls)
    return timings


def check(index: SearchIndex, queries: list[bench_queries.Query]) -> tuple[float, int, dict[str, float]]:
    """recall@10 over the queries that expect something, false hits of those that expect nothing, recall by class."""
    found: dict[str, list[bool]] = {}
    false_hits = 0
    for query in queries:
        hits = [h.id for h in index.search(query.text, limit=10)]
        if query.cls == "nothing":
            false_hits += len(hits)
            continue
        if query.target is not None:
            ok = query.target in hits
        else:
            top = hits[: min(10, len(query.shared_by))]
            ok = len(top) == min(10, len(query.shared_by)) and set(top) <= query.shared_by
        found.setdefault(query.cls, []).append(ok)
    every = [ok for oks in found.values() for ok in oks]
    recall = sum(every) / len(every) if every else 0.0
    return recall, false_hits, {cls: round(sum(oks) / len(oks), 3) for cls, oks in found.items()}
