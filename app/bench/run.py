"""`casebook bench`: build a synthetic vault and measure adding, importing, opening and searching it.

In one run: the demo generator's people written into a new vault through the
bulk write path (one transaction per batch), against the SQLCipher floor — the
very rows written, inserted raw with the same settings (app/bench/floor.py); a
100,000-row demo caseload sheet imported into a new vault in a fresh process
(app/bench/sheet_import.py); the vault's size per record; and the search: the
same database exported without encryption and searched with the same code
(cipher off), and a bare FTS5 trigram table of just the names as the floor. A
fixed, seeded query set (app/bench/queries.py) is run against all three; each
query made from a person must find that person in its top 10 (a name many
people share: its first hits must all be people carrying it), and queries made
to find nothing must find nothing. The data is synthetic; everything is written
inside the working folder.
"""

import contextlib
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.bench import queries as bench_queries
from app.bench.adding import add_demo, folder_bytes
from app.bench.floor import insert_floor
from app.bench.searching import Floor, check, ms, percentile, timed
from app.bench.sheet_import import import_sheet
from app.database import Database
from app.search import SearchIndex
from app.store import migrations
from app.vault.folder import VaultDir
from app.vault.vault import DEFAULT_KDF_SECONDS, Vault
from crypto import kdf, keyslots

PASSPHRASE = "casebook benchmark passphrase"  # noqa: S105 - a throwaway vault of synthetic data

Progress = Callable[[str], None]


@dataclass
class Options:
    people: int = 100_000
    sheet_rows: int = 100_000
    seed: int = 1
    per_class: int = 20
    repeats: int = 5
    kdf_seconds: float = DEFAULT_KDF_SECONDS


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


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
    vault = Vault.create(vault_path, PASSPHRASE, use_keyring=False, kdf_seconds=options.kdf_seconds).vault
    with contextlib.closing(vault):
        added = add_demo(vault.records, options.people, options.seed, progress)
        vault.db.checkpoint()
        progress("timing the SQLCipher floor: the same rows inserted raw")
        floor_rate = insert_floor(vault.db, folder / "floor.db", added.batch_sizes)
    for name in ("floor.db", "floor.db-wal", "floor.db-shm"):
        (folder / name).unlink(missing_ok=True)
    vault_size = folder_bytes(vault_path)
    records, events, add_rate = added.records, added.events, added.records / added.seconds

    progress(f"importing a {options.sheet_rows}-row demo sheet in a fresh process")
    imported = import_sheet(folder, options.sheet_rows, options.seed, options.kdf_seconds) if options.sheet_rows else {}

    progress("building the query set")
    queries = bench_queries.build(added.people, options.seed, options.per_class)
    floor = Floor(folder / "names.db", added.people)
    people_added = len(added.people)
    del added  # the names are in the query set and the floor now: the searches run without them in memory

    kdf_s, open_s, vault = _unlock(vault_path)
    plain_path = folder / "plain.db"
    with contextlib.closing(vault):
        progress("searching the vault")
        recall, false_hits, by_class = check(vault.records.index, queries)
        times = timed(vault.records.index.search, queries, options.repeats)
        vault.db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain_path),))
        vault.db.execute("SELECT sqlcipher_export('plain')")
        vault.db.execute(f"PRAGMA plain.user_version = {migrations.SCHEMA_VERSION}")
        vault.db.execute("DETACH DATABASE plain")
    progress("searching the plain copy and the floor")
    plain = Database(plain_path, None)
    with contextlib.closing(plain):
        plain_times = timed(SearchIndex(plain).search, queries, options.repeats)
    with contextlib.closing(floor):
        floor_times = timed(floor.search, queries, options.repeats)
    p95, plain_p95, floor_p95 = (percentile(t.wall, 0.95) for t in (times, plain_times, floor_times))
    return {
        "people": people_added,
        "records": records,
        "events": events,
        "add_records_per_s": round(add_rate),
        "insert_floor_records_per_s": round(floor_rate),
        "ratio_vs_insert_floor": round(add_rate / floor_rate, 3),
        "add_per_s": round(people_added / (records / add_rate), 1),
        "import_sheet_rows_per_s": round(imported["rows"] / imported["seconds"]) if imported else None,
        "import_sheet_peak_rss_mb": imported.get("peak_rss_mb"),
        "vault_bytes_per_record": round(vault_size / records),
        "vault_mb": round(vault_size / 1e6, 1),
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
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "queries": len(queries),
        "search_cpu_p95_ms": ms(percentile(times.cpu, 0.95)),
        "plain_cpu_p95_ms": ms(percentile(plain_times.cpu, 0.95)),
        "search_p95_ms_by_class": times.p95_by_class(),
        "recall_by_class": by_class,
        "import_sheet": imported,
        "seed": options.seed,
    }
