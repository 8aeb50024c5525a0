"""`casebook bench`: build a synthetic vault and measure adding, opening and searching it.

In one run: the demo generator's people written into a new vault (one
transaction per batch), the same database exported without encryption and
searched with the same code (cipher off), and a bare FTS5 trigram table of just
the names as the floor. A fixed, seeded query set (app.bench_queries) is run
against all three; each query made from a person must find that person in its
top 10 (a name many people share: its first hits must all be people carrying
it), and queries made to find nothing must find nothing. The data is
synthetic; everything is written inside the working folder.
"""

import contextlib
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import demo
from app.bench import queries as bench_queries
from app.database import Database
from app.names.normalise import normalise
from app.records.change import Change
from app.search import SearchIndex
from app.store import migrations
from app.vault.folder import VaultDir
from app.vault.vault import DEFAULT_KDF_SECONDS, Vault
from crypto import kdf, keyslots

PASSPHRASE = "casebook benchmark passphrase"  # noqa: S105 - a throwaway vault of synthetic data
BATCH_PEOPLE = 500  # people per transaction (with their relatives' cases, events and links): about 8,000 records

Progress = Callable[[str], None]


@dataclass
class Options:
    people: int = 100_000
    seed: int = 1
    per_class: int = 20
    repeats: int = 5
    kdf_seconds: float = DEFAULT_KDF_SECONDS


def _batches(people: int, seed: int) -> Iterator[list[Change]]:
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


def _person(change: Change, record_id: str) -> bench_queries.Person:
    return bench_queries.Person(record_id, tuple((n["value"], n.get("script", "")) if isinstance(n, dict) else (n, "")
                                                for n in change.fields.get("names", [])))


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file()) / 1e6


class Floor:
    """A bare FTS5 trigram table of the names, in a plain SQLite file: what no index can beat by much."""

    def __init__(self, path: Path, people: list[bench_queries.Person]) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("CREATE VIRTUAL TABLE names USING fts5(name, tokenize = 'trigram')")
        self.conn.execute("BEGIN")
        self.conn.executemany("INSERT INTO names(name) VALUES(?)",
                              ((normalise(value),) for p in people for value, _ in p.names))
        self.conn.execute("COMMIT")

    def search(self, query: str) -> list[Any]:
        needle = normalise(query)
        if len(needle) >= 3:
            return self.conn.execute("SELECT rowid FROM names WHERE names MATCH ? LIMIT 10",
                                     ('"' + needle.replace('"', '""') + '"',)).fetchall()
        return self.conn.execute("SELECT rowid FROM names WHERE name LIKE ? LIMIT 10", (f"%{needle}%",)).fetchall()

    def close(self) -> None:
        self.conn.close()


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
        return {cls: _ms(_percentile(times, 0.95)) for cls, times in by_class.items()}


def _timed(search: Callable[[str], Any], queries: list[bench_queries.Query], repeats: int) -> Timings:
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


def _unlock(path: Path) -> tuple[float, float, Vault]:
    """Open the vault as Vault.open does, timing the KDF and the rest (slots, key unwrap, database, repository) apart."""
    folder = VaultDir(path)
    slots = folder.read_keyslots()
    slot = slots.slot(keyslots.PASSPHRASE)
    assert slot.kdf is not None and not slot.device
    start = time.perf_counter()
    derived = kdf.derive(PASSPHRASE, slot.kdf)
    kdf_s = time.perf_counter() - start
    start = time.perf_counter()
    folder.lock()
    vault = Vault(folder, slots, keyslots.open_passphrase_slot(slots.vault_id, slot, derived, None))
    return kdf_s, time.perf_counter() - start, vault


def run(folder: Path, options: Options, say: Progress) -> dict[str, Any]:
    """Build, measure and check; returns the figures `casebook bench` prints."""

    def progress(step: str) -> None:
        say(f"{step} (peak memory so far {peak_rss_mb():.0f} MB)")

    vault_path = folder / "bench.casebook"
    created = Vault.create(vault_path, PASSPHRASE, use_keyring=False, kdf_seconds=options.kdf_seconds)
    vault = created.vault
    people: list[bench_queries.Person] = []
    events = 0
    add_seconds = 0.0
    with contextlib.closing(vault):
        for batch in _batches(options.people, options.seed):
            start = time.perf_counter()
            records = vault.records.apply(batch, note="synthetic benchmark data")
            add_seconds += time.perf_counter() - start
            people += [_person(c, r.id) for c, r in zip(batch, records, strict=True) if c.kind == "person"]
            events += sum(1 for c in batch if c.kind == "event")
            progress(f"added {len(people)} of {options.people} people")
        vault.db.checkpoint()
    people_added = len(people)
    vault_mb = folder_mb(vault_path)

    progress("building the query set")
    queries = bench_queries.build(people, options.seed, options.per_class)
    floor = Floor(folder / "floor.db", people)
    del people  # the names are in the query set and the floor now: the searches run without them in memory

    kdf_s, open_s, vault = _unlock(vault_path)
    plain_path = folder / "plain.db"
    with contextlib.closing(vault):
        progress("searching the vault")
        recall, false_hits, by_class = check(vault.records.index, queries)
        times = _timed(vault.records.index.search, queries, options.repeats)
        vault.db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain_path),))
        vault.db.execute("SELECT sqlcipher_export('plain')")
        vault.db.execute(f"PRAGMA plain.user_version = {migrations.SCHEMA_VERSION}")
        vault.db.execute("DETACH DATABASE plain")
    progress("searching the plain copy and the floor")
    plain = Database(plain_path, None)
    with contextlib.closing(plain):
        plain_times = _timed(SearchIndex(plain).search, queries, options.repeats)
    with contextlib.closing(floor):
        floor_times = _timed(floor.search, queries, options.repeats)
    p95, plain_p95, floor_p95 = (_percentile(t.wall, 0.95) for t in (times, plain_times, floor_times))
    return {
        "people": people_added,
        "events": events,
        "add_per_s": round(people_added / add_seconds, 1),
        "vault_mb": round(vault_mb, 1),
        "kdf_s": round(kdf_s, 3),
        "open_s": round(open_s, 3),
        "search_p50_ms": _ms(statistics.median(times.wall)),
        "search_p95_ms": _ms(p95),
        "search_p99_ms": _ms(_percentile(times.wall, 0.99)),
        "plain_p95_ms": _ms(plain_p95),
        "floor_p95_ms": _ms(floor_p95),
        "ratio_vs_plain": round(p95 / plain_p95, 2),
        "ratio_vs_floor": round(p95 / floor_p95, 2),
        "recall_at_10": round(recall, 4),
        "false_hits": false_hits,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "queries": len(queries),
        "search_cpu_p95_ms": _ms(_percentile(times.cpu, 0.95)),
        "plain_cpu_p95_ms": _ms(_percentile(plain_times.cpu, 0.95)),
        "search_p95_ms_by_class": times.p95_by_class(),
        "recall_by_class": by_class,
        "seed": options.seed,
    }
