"""The session's spreadsheet import: read a sheet, map its columns, see what importing would do, then write it.

Reading and mapping a sheet need no vault (the functions at the top); the
session brings what does: the vault's people, filed once for the duplicate
search and kept until the vault changes (changing the mapping re-reads the
sheet, not the vault); mappings saved inside the vault, never in plain
settings; the write, in one transaction; the file of the rows in error, only
where the user chose; and the activity log, which records counts, never names.
"""

import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass

from app.collector import collector_paused
from app.database import Database
from app.files import write_new_file
from app.importing.blocking import PeopleIndex
from app.importing.duplicates import index_people
from app.importing.emit import changes
from app.importing.importer import HAS_CASE, HAS_EVENT, SheetImport
from app.importing.mapping import Mapping, samples
from app.importing.people import people_of
from app.importing.preview import ADD, UPDATE, Decision, Preview
from app.importing.problems import rows_in_error_csv
from app.importing.sheets import read_sheet, read_sheet_file
from app.importing.sources import load_mapping, save_mapping
from app.importing.table import Sheet
from app.session.bulk import BulkPart, Progress
from app.session.events import RecordsChanged
from app.vault.vault import Vault

MAPPINGS_META = "import-mappings"  # one meta entry: {name: the mapping's JSON}

__all__ = ["ImportResult", "ImportingPart", "column_samples", "guess_mapping", "read_sheet", "read_sheet_file"]


def guess_mapping(sheet: Sheet) -> Mapping:
    """Each column's field from its header (English or Chinese), a second name column told apart by its script."""
    return Mapping.for_sheet(sheet)


def column_samples(sheet: Sheet, header: str, count: int = 3) -> list[str]:
    """The first few distinct values of a column, shown beside it while mapping (a pass over the rows: not on the GUI thread)."""
    return samples(sheet, header, count)


@dataclass(frozen=True)
class ImportResult:
    """What an applied import did: the preview's counts and how many records were written."""

    counts: dict[str, int]
    written: int


class _Shelf:
    """Saved mappings in the vault's (encrypted) meta table, all under one entry so their names can be listed."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _all(self) -> dict[str, str]:
        text = self._db.get_meta(MAPPINGS_META)
        return dict(json.loads(text)) if text else {}

    def names(self) -> list[str]:
        return sorted(self._all(), key=str.casefold)

    def mapping_text(self, name: str) -> str | None:
        return self._all().get(name)

    def keep_mapping_text(self, name: str, text: str) -> None:
        with self._db.transaction():
            self._db.set_meta(MAPPINGS_META, json.dumps({**self._all(), name: text}, ensure_ascii=False))


def _records_to_write(preview: Preview) -> int:
    """How many records the changes will write, at most: what the progress bar counts to."""
    total = preview.counts()["new_organisations"]
    for outcome in preview.outcomes:
        if outcome.action in (ADD, UPDATE):
            parts = outcome.row.parts
            total += 1 + bool(parts & HAS_CASE) + bool(parts & HAS_EVENT) + (outcome.row.organisation_id is not None)
    return total


class ImportingPart(BulkPart):
    """Spreadsheets in: mappings, the analysis, the preview, the write."""

    def __init__(self, vault: Vault) -> None:
        super().__init__(vault)
        self._people: PeopleIndex | None = None
        self._people_lock = threading.Lock()
        self._generation = 0
        self._events.subscribe(self._forget_people)

    def _forget_people(self, event: RecordsChanged | None = None) -> None:
        """The filed people are dropped on any write (and on lock: they hold names)."""
        with self._people_lock:
            self._people = None
            self._generation += 1

    def _vault_people(self) -> PeopleIndex:
        with self._people_lock:
            if self._people is not None:
                return self._people
            generation = self._generation
        with collector_paused():  # 100,000 people filed are millions of new objects, none of them garbage
            people = index_people(people_of(self._vault.records.iter_records("person")))
        with self._people_lock:
            if generation == self._generation:  # a write while filing them would make them stale
                self._people = people
        return people

    # -- mappings ---------------------------------------------------------------

    def saved_mappings(self) -> list[str]:
        """The names of the mappings saved in this vault."""
        return _Shelf(self._vault.db).names()

    def load_mapping(self, name: str) -> Mapping:
        """The mapping saved under `name` (NotFound if none; BadMapping if it cannot be read)."""
        return load_mapping(_Shelf(self._vault.db), name)

    def save_mapping(self, name: str, mapping: Mapping) -> None:
        """Keep `mapping` in the vault under `name`, replacing one of that name; headers may name people's data."""
        save_mapping(_Shelf(self._vault.db), name.strip(), mapping)

    # -- the import ---------------------------------------------------------------

    def analyse_sheet(self, sheet: Sheet, mapping: Mapping, progress: Progress | None = None) -> SheetImport:
        """The slow pass: every row read through the mapping, checked, and compared with the vault's people and the
        rows above it. `progress(done, total)` may raise to stop it; nothing is written."""
        return SheetImport(sheet, mapping, self._vault.records, people=self._vault_people(), progress=progress)

    def preview_import(self, analysed: SheetImport, decisions: dict[int, Decision] | None = None,
                       on_duplicate: str = "ask") -> Preview:
        """What each row will do under the user's decisions (by row number) and the policy for the rest."""
        return Preview(analysed, decisions, on_duplicate)

    def write_import(self, preview: Preview, *, name: str, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> ImportResult:
        """Write the rows to add and update in one transaction (rows in error and undecided rows are left out);
        a cancel, like a failure, writes nothing. The log records the counts."""
        counts = preview.counts()
        sheet = preview.source.sheet
        written = self.write_all(changes(preview), note=f"imported from {name}", total=_records_to_write(preview),
                                 progress=progress, cancelled=cancelled)
        self._vault.activity.append("sheet-import", {
            "format": sheet.source.split(",")[0], "rows": sheet.row_count, "added": counts[ADD], "updated": counts[UPDATE],
            "skipped": counts["skip"], "undecided": counts["undecided"], "in_error": counts["error"], "records": written})
        return ImportResult(counts, written)

    def save_rows_in_error(self, analysed: SheetImport, path: str | os.PathLike[str]) -> int:
        """Write the rows in error, with the problem beside each, to a new CSV file where the user chose; how many rows."""
        rows = len({error.row for error in analysed.errors})
        write_new_file(path, rows_in_error_csv(analysed.sheet, analysed.errors), "file of the rows in error", mode=0o600)
        self._vault.activity.append("rows-in-error-saved", {"rows": rows})
        return rows
