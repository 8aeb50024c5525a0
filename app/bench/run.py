"""`casebook bench`: build a synthetic vault and measure adding, importing, opening and searching it.

In one run: the demo generator's people written into a new vault through the
bulk write path (one transaction per batch), against the SQLCipher floor — the
very rows written, inserted raw with the same settings (app/bench/floor.py); a
100,000-row demo caseload sheet imported into a new vault in a fresh process
(app/bench/sheet_import.py); the vault's size per record; and, in a fresh
process too (app/bench/searching.py), unlocking and the search: the same database exported without encryption and searched with the same code
(cipher off), and a bare FTS5 trigram table of just the names as the floor. A
fixed, seeded query set (app/bench/queries.py) is run against all three; each
query made from a person must find that person in its top 10 (a name many
people share: its first hits must all be people carrying it), and queries made
to find nothing must find nothing. The data is synthetic; everything is written
inside the working folder.
"""

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.bench import queries as bench_queries
from app.bench.adding import add_demo, folder_bytes
from app.bench.floor import insert_floor
from app.bench.fresh import PASSPHRASE, peak_rss_mb
from app.bench.searching import search_figures, write_names
from app.bench.sheet_import import import_sheet
from app.vault.vault import DEFAULT_KDF_SECONDS, Vault

Progress = Callable[[str], None]


@dataclass
class Options:
    people: int = 100_000
    sheet_rows: int = 100_000
    seed: int = 1
    per_class: int = 20
    repeats: int = 5
    kdf_seconds: float = DEFAULT_KDF_SECONDS


def run(folder: Path, options: Options, say: Progress) -> dict[str, Any]:
    """Build, measure and check; returns the figures `casebook bench` prints."""

    def progress(step: str) -> None:
        say(f"{step} (peak memory so far {peak_rss_mb():.0f} MB)")

    vault_path = folder / "bench.casebook"
    vault = Vault.create(vault_path, PASSPHRASE, use_keyring=False, kdf_seconds=options.kdf_seconds).vault
    with contextlib.closing(vault):
        added = add_demo(vault.records, options.people, options.seed, progress)
    progress("timing the SQLCipher floor in a fresh process: the same rows inserted raw")
    floor_rate = insert_floor(vault_path, folder / "floor.db", added.batch_sizes)
    for name in ("floor.db", "floor.db-wal", "floor.db-shm"):
        (folder / name).unlink(missing_ok=True)
    vault_size = folder_bytes(vault_path)
    records, events, add_rate = added.records, added.events, added.records / added.seconds

    progress(f"importing a {options.sheet_rows}-row demo sheet in a fresh process")
    imported = import_sheet(folder, options.sheet_rows, options.seed, options.kdf_seconds) if options.sheet_rows else {}

    progress("building the query set")
    queries = bench_queries.build(added.people, options.seed, options.per_class)
    write_names(folder / "names.db", added.people)
    people_added = len(added.people)
    del added

    progress("unlocking and searching the vault, its plain copy and the floor, in a fresh process")
    searched = search_figures(folder, queries, options.repeats)
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
        "peak_rss_mb": max(peak_rss_mb(), searched["search_peak_rss_mb"]),
        "queries": len(queries),
        **searched,
        "import_sheet": imported,
        "seed": options.seed,
    }
