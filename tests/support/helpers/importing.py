"""Shared steps of the importer's tests: a sheet made from rows, read through its guessed mapping, previewed."""

from collections.abc import Sequence

from app.importing.blocking import PeopleIndex
from app.importing.emit import changes
from app.importing.importer import SheetImport
from app.importing.mapping import Mapping
from app.importing.preview import Decision, Preview
from app.importing.sheets import read_sheet
from app.importing.sources import VaultRecords
from app.records.change import Change
from helpers.sheets import csv_bytes


def sheet_import(rows: Sequence[Sequence[str]], vault: VaultRecords | None = None, mapping: Mapping | None = None,
                 people: PeopleIndex | None = None) -> SheetImport:
    sheet = read_sheet(csv_bytes(rows))
    return SheetImport(sheet, mapping or Mapping.guess(sheet.headers), vault, people=people)


def planned(rows: Sequence[Sequence[str]], vault: VaultRecords | None = None, decisions: dict[int, Decision] | None = None,
            on_duplicate: str = "ask") -> tuple[Preview, list[Change]]:
    preview = Preview(sheet_import(rows, vault), decisions, on_duplicate)
    return preview, list(changes(preview))
