"""Benchmark: reading, mapping, converting and finding duplicates in a large demo caseload sheet.

Run from the repository:
    PYTHONPATH=.:tests/support python tests/perf/bench_import_sheet.py [--rows 100000] [--xlsx] [--existing N]

The sheet is made by the demo generator and written to a temporary folder; a
fresh process then reads it and runs the import up to its changes (nothing is
written to a vault), so its peak memory is the import's own. `--existing N`
compares the rows with N demo people held as records in memory, as a vault of
that size would hand them over (building a real 100,000-person vault takes
longer than this benchmark). Prints one JSON object.
"""

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.demo import people as P
from app.demo.sheet import HEADERS, demo_rows, demo_sheet_csv
from app.importing.emit import changes
from app.importing.importer import SheetImport
from app.importing.mapping import Mapping
from app.importing.preview import Preview
from app.importing.sheets import read_sheet_file
from app.records.change import new_id
from app.records.record import Record


class MemoryRecords:
    """The VaultRecords Protocol over demo people held in memory."""

    def __init__(self, count: int, seed: int) -> None:
        rng = random.Random(seed)
        self.people = []
        for _ in range(count):
            group, sex = P.pick_group(rng), rng.choice(("male", "female"))
            names = P.names_for(rng, group, sex)
            fields = {"names": names, "sex": sex, "birth_date": str(rng.randrange(1950, 2001))}
            self.people.append(Record(new_id(), "person", "", "", "", fields))

    def iter_records(self, kind: str | None = None, *, include_deleted: bool = False) -> Iterator[Record]:
        return iter(self.people if kind in (None, "person") else [])

    def get_many(self, record_ids: Iterable[str]) -> list[Record]:
        wanted = set(record_ids)
        return [r for r in self.people if r.id in wanted]


def child(path: str, existing: int) -> dict[str, object]:
    clock = time.process_time
    vault = MemoryRecords(existing, seed=7) if existing else None
    start = clock()
    sheet = read_sheet_file(path)
    read_s = clock() - start
    imported = SheetImport(sheet, Mapping.guess(sheet.headers), vault)
    import_s = clock() - start - read_s
    preview = Preview(imported, on_duplicate="new")
    made = sum(1 for _ in changes(preview))
    total = clock() - start
    return {"rows": sheet.row_count, "format": sheet.source.split(",")[0], "existing": existing,
            "read_s": round(read_s, 2), "import_s": round(import_s, 2), "changes_s": round(total - read_s - import_s, 2),
            "rows_per_s": round(sheet.row_count / total), "rows_per_s_without_changes": round(sheet.row_count / (read_s + import_s)),
            "changes": made, "errors": len(imported.errors), "possible_duplicates": len(imported.duplicates),
            "peak_rss_mb": peak_rss_mb()}


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM): getrusage's maximum would include the parent's at the fork."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--xlsx", action="store_true")
    parser.add_argument("--existing", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.existing)))
        return
    with tempfile.TemporaryDirectory() as folder:
        if args.xlsx:
            from helpers.sheets import xlsx_bytes

            path = Path(folder) / "caseload.xlsx"
            path.write_bytes(xlsx_bytes({"Caseload": [list(HEADERS), *demo_rows(args.rows, args.seed, typed=True)]}))
        else:
            path = Path(folder) / "caseload.csv"
            path.write_bytes(demo_sheet_csv(args.rows, args.seed))
        command = [sys.executable, __file__, "--child", str(path), "--existing", str(args.existing)]
        print(subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    main()
