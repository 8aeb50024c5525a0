"""The first pass over a sheet: every row read through the mapping, checked, given a person id, and compared
for duplicates with the vault and the rows above it.

This is the slow part of an import (seconds for 100,000 rows), done once per
mapping; deciding about duplicates (preview) and producing the changes are
cheap passes over what it keeps: a few small values per row, not the records.
"""

from collections.abc import Callable
from dataclasses import dataclass

from app.collector import collector_paused
from app.importing.blocking import PeopleIndex
from app.importing.convert import RowReader
from app.importing.duplicates import DuplicateFinder, PossibleDuplicate, index_people
from app.importing.mapping import Mapping
from app.importing.organisations import Organisations
from app.importing.people import Person, people_of
from app.importing.problems import RowError
from app.importing.sources import VaultRecords
from app.importing.table import Sheet
from app.records.change import new_id

HAS_CASE, HAS_EVENT = 1, 2


@dataclass(frozen=True, slots=True)
class ReadRow:
    """A valid row: its number, the id its person gets if added, what else it holds, and its possible duplicates.

    `draft` is the row's packed Draft: reading the row again would cost as much as the first pass.
    """

    number: int
    person_id: str
    parts: int
    organisation_id: str | None
    duplicates: tuple[PossibleDuplicate, ...]
    draft: bytes


class SheetImport:
    """A sheet read through a mapping against a vault (or none): valid rows, rows in error, possible duplicates.

    `people` is the vault's people already filed (duplicates.index_people); without it they are read from
    `vault`. `progress(done, total)` is called every few hundred rows; it may raise to cancel.
    """

    def __init__(self, sheet: Sheet, mapping: Mapping, vault: VaultRecords | None = None, *, people: PeopleIndex | None = None,
                 progress: Callable[[int, int], None] | None = None, make_id: Callable[[], str] = new_id) -> None:
        self.sheet = sheet
        self.mapping = mapping.for_headers(sheet.headers)
        self.reader = RowReader(sheet.headers, self.mapping)
        self.vault = vault
        self.make_id = make_id
        self.organisations = Organisations(vault.iter_records("organisation") if vault else (), make_id)
        self.rows: list[ReadRow] = []
        self.errors: list[RowError] = []
        with collector_paused():
            if people is None and vault is not None:
                people = index_people(people_of(vault.iter_records("person")))
            self._read(sheet, DuplicateFinder(people), progress)

    def _read(self, sheet: Sheet, finder: DuplicateFinder, progress: Callable[[int, int], None] | None) -> None:
        for done, row in enumerate(sheet.rows(), start=1):
            if progress is not None and done % 500 == 0:
                progress(done, sheet.row_count)
            draft, errors = self.reader.read(row)
            if draft is None:
                self.errors.extend(errors)
                continue
            duplicates = finder.check_and_add(Person.of_fields(row.number, draft.person), draft.person["names"])
            org = self.organisations.id_for(draft.organisation) if draft.organisation else None
            parts = (HAS_CASE if draft.case else 0) | (HAS_EVENT if draft.event else 0)
            self.rows.append(ReadRow(row.number, self.make_id(), parts, org, tuple(duplicates), draft.pack()))
        if progress is not None:
            progress(sheet.row_count, sheet.row_count)

    @property
    def duplicates(self) -> list[PossibleDuplicate]:
        """Every possible duplicate found, in row order."""
        return [d for row in self.rows for d in row.duplicates]
