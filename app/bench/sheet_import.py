"""The import half of the benchmark: a demo caseload sheet read, mapped, checked for duplicates and written.

It runs in a fresh process, so that its peak memory is the import's own and not
what building the search benchmark's vault left behind. The sheet is made by
the demo generator (app/demo/sheet.py) in the benchmark's folder; the vault is
new and empty; every row becomes a person (with their case, detention and
organisation where the row has them), possible duplicates added as new, all in
one transaction, as the desktop's import does. Only reading the sheet through to
the commit is timed.
"""

import time
from pathlib import Path
from typing import Any

from app.bench.fresh import PASSPHRASE, in_fresh_process, peak_rss_mb
from app.demo.sheet import demo_sheet_csv
from app.importing.emit import changes
from app.importing.importer import SheetImport
from app.importing.mapping import Mapping
from app.importing.preview import Preview
from app.importing.sheets import read_sheet_file
from app.store.bulk import write_all
from app.vault.vault import Vault


def import_sheet(folder: Path, rows: int, seed: int, kdf_seconds: float) -> dict[str, Any]:
    """Rows per second and peak memory of importing a `rows`-row demo sheet into a new vault (in a fresh process)."""
    return in_fresh_process(_measure, str(folder), rows, seed, kdf_seconds)


def _measure(folder: str, rows: int, seed: int, kdf_seconds: float) -> dict[str, Any]:
    sheet_path = Path(folder) / "caseload.csv"
    sheet_path.write_bytes(demo_sheet_csv(rows, seed))
    vault = Vault.create(Path(folder) / "imported.casebook", PASSPHRASE, use_keyring=False, kdf_seconds=kdf_seconds).vault
    try:
        start = time.perf_counter()
        sheet = read_sheet_file(str(sheet_path))
        analysis = SheetImport(sheet, Mapping.for_sheet(sheet), vault.records)
        written = write_all(vault.records, changes(Preview(analysis, on_duplicate="new")), note="imported from caseload.csv")
        seconds = time.perf_counter() - start
    finally:
        vault.close()
    return {"rows": sheet.row_count, "records": written, "seconds": seconds, "errors": len(analysis.errors),
            "possible_duplicates": len(analysis.duplicates), "peak_rss_mb": peak_rss_mb()}
