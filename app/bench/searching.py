"""The search half of the benchmark: unlocking the vault, timed runs of the query set against it, its plain copy
and a bare trigram table of the names, and recall.

It runs in a fresh process (app/bench/fresh.py): a process holds on to the memory
it once used, so unlocking (Argon2id takes 128 MiB for a moment) right after
writing 100,000 people would count that writing's page cache twice over.
"""

import contextlib
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.bench import queries as bench_queries
from app.bench.fresh import PASSPHRASE, in_fresh_process, peak_rss_mb
from app.database import Database
from app.names.normalise import normalise
from app.search import SearchIndex
from app.store import migrations
from app.vault.folder import VaultDir
from app.vault.vault import Vault
from crypto import kdf, keyslots


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def write_names(path: Path, people: list[bench_queries.Person]) -> None:
    """The floor: a bare FTS5 trigram table of the names, in a plain database: what no index can beat by much."""
    db = Database(path, None, {1: _names_table})
    with contextlib.closing(db), db.transaction():
        db.executemany("INSERT INTO names(name) VALUES(?)", ((normalise(value),) for p in people for value, _ in p.names))


def _names_table(db: Database) -> None:
    db.execute("CREATE VIRTUAL TABLE names USING fts5(name, tokenize = 'trigram')")


def _floor_search(db: Database) -> Callable[[str], list[Any]]:
    def search(query: str) -> list[Any]:
        needle = normalise(query)
        if len(needle) >= 3:
            return db.execute("SELECT rowid FROM names WHERE names MATCH ? LIMIT 10",
                              ('"' + needle.replace('"', '""') + '"',)).fetchall()
        return db.execute("SELECT rowid FROM names WHERE name LIKE ? LIMIT 10", (f"%{needle}%",)).fetchall()
    return search


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


def timed(searches: list[Callable[[str], Any]], queries: list[bench_queries.Query], repeats: int) -> list[Timings]:
    """Run every query once on each search to warm its cache, then `repeats` times, timing each run.

    The searches take turns query by query (in turned order each repeat), so that
    a moment when the shared machine is busy falls on all of them alike: timed
    one after the other, the vault's and its plain copy's p95 moved apart by up
    to 40 % between two runs on the same data (ratio 0.71 to 1.43; taking turns,
    1.04 and 1.05).
    """
    for search in searches:
        for query in queries:
            search(query.text)
    all_timings = [Timings([], [], []) for _ in searches]
    for repeat in range(repeats):
        order = list(zip(searches, all_timings, strict=True))
        if repeat % 2:
            order.reverse()
        for query in queries:
            for search, timings in order:
                wall, cpu = time.perf_counter(), time.process_time()
                search(query.text)
                timings.cpu.append(time.process_time() - cpu)
                timings.wall.append(time.perf_counter() - wall)
                timings.classes.append(query.cls)
    return all_timings


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


def search_figures(folder: Path, queries: list[bench_queries.Query], repeats: int) -> dict[str, Any]:
    """Unlock `folder`'s bench.casebook, check and time the queries against it, its plain copy and names.db (the
    floor), in a fresh process; the figures `casebook bench` prints of them."""
    return in_fresh_process(_measure, str(folder), queries, repeats)


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


def _measure(folder: str, queries: list[bench_queries.Query], repeats: int) -> dict[str, Any]:
    kdf_s, open_s, vault = _unlock(Path(folder) / "bench.casebook")
    plain_path = Path(folder) / "plain.db"
    with contextlib.ExitStack() as opened:
        opened.callback(vault.close)
        recall, false_hits, by_class = check(vault.records.index, queries)
        vault.db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain_path),))
        vault.db.execute("SELECT sqlcipher_export('plain')")
        vault.db.execute(f"PRAGMA plain.user_version = {migrations.SCHEMA_VERSION}")
        vault.db.execute("DETACH DATABASE plain")
        plain = opened.enter_context(contextlib.closing(Database(plain_path, None)))
        floor = opened.enter_context(contextlib.closing(Database(Path(folder) / "names.db", None)))
        times, plain_times = timed([vault.records.index.search, SearchIndex(plain).search], queries, repeats)
        [floor_times] = timed([_floor_search(floor)], queries, repeats)  # apart: its scans would crowd out the others
    p95, plain_p95, floor_p95 = (percentile(t.wall, 0.95) for t in (times, plain_times, floor_times))
    return {
        "kdf_s": round(kdf_s, 3),
        "open_s": round(open_s, 3),
        "search_p50_ms": ms(statistics.median(times.wall)),
        "search_p95_ms": ms(p95),
        "search_p99_ms": ms(percentile(times.wall, 0.99)),
        "plain_p95_ms": ms(plain_p95),
        "floor_p95_ms": ms(floor_p95),
        "ratio_vs_plain": round(p95 / plain_p95, 2),
        "ratio_vs_floor": round(p95 / floor_p95, 2),
        "recall_at_10": round(recall, 4),
        "false_hits": false_hits,
        "search_peak_rss_mb": peak_rss_mb(),
        "search_cpu_p95_ms": ms(percentile(times.cpu, 0.95)),
        "plain_cpu_p95_ms": ms(percentile(plain_times.cpu, 0.95)),
        "search_p95_ms_by_class": times.p95_by_class(),
        "recall_by_class": by_class,
    }
