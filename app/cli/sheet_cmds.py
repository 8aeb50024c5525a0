"""import-sheet: a caseload spreadsheet (CSV, XLSX, ODS) into the vault, with its mapping, errors and duplicates.

The file is read before the vault is unlocked, so an unreadable file costs no
passphrase. A dry run exits as the import would: 1 when rows are in error or
possible duplicates are undecided, so a script can check a sheet first.
"""

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import add_passphrase_option, open_vault, print_json, say
from app.errors import BadInput, CasebookError
from app.session import (
    ADD,
    IGNORE,
    ON_DUPLICATE,
    SKIPPED,
    UPDATE,
    ImportPreview,
    Mapping,
    Session,
    Sheet,
    SheetImport,
    guess_mapping,
    read_sheet_file,
)


def _mapping(session: Session, sheet: Sheet, args: argparse.Namespace) -> Mapping:
    """The saved mapping (--mapping) or the guessed one, with each --map HEADER=FIELD applied, checked."""
    mapping = session.load_mapping(args.mapping).for_headers(sheet.headers) if args.mapping else guess_mapping(sheet)
    for given in args.map or []:
        header, equals, key = given.rpartition("=")
        if not equals or not header:
            raise BadInput(f"--map takes HEADER=FIELD (FIELD may be {IGNORE}); {given!r} has no '='.")
        mapping = mapping.with_field(header.strip(), key.strip())
    mapping.check()
    return mapping


def _duplicates_json(analysed: SheetImport) -> list[dict[str, Any]]:
    """Each possible duplicate: the row, and whom it may be (a vault id or an earlier row), with why."""
    return [{"row": row.number, "name": d.person.display_name, "may_be": {**d.to_json(), "name": d.other.display_name}}
            for row in analysed.rows for d in row.duplicates]


def report_json(sheet: Sheet, mapping: Mapping, analysed: SheetImport, preview: ImportPreview,
                written: int | None) -> dict[str, Any]:
    """What `import-sheet --json` prints: the sheet, the mapping, counts, every error and possible duplicate."""
    return {
        "sheet": {"name": sheet.name, "read_as": sheet.source, "rows": sheet.row_count, "sheets": list(sheet.sheet_names)},
        "mapping": [{"column": header, "field": key} for header, key in mapping.columns],
        "counts": preview.counts(),
        "errors": [{"row": e.row, "column": e.column, "problem": e.problem} for e in preview.errors],
        "duplicates": _duplicates_json(analysed),
        "undecided": [row.number for row in preview.undecided],
        "written": written,
    }


def _print_report(sheet: Sheet, mapping: Mapping, analysed: SheetImport, preview: ImportPreview) -> None:
    print(f"{sheet.name or 'sheet'}: {sheet.row_count} rows, read as {sheet.source}.")
    for header, key in mapping.columns:
        print(f"  {header} -> {key}")
    counts = preview.counts()
    print(f"{counts[ADD]} to add, {counts[UPDATE]} to update, {counts[SKIPPED]} to skip, "
          f"{counts['undecided']} undecided, {counts['error']} in error.")
    for error in preview.errors:
        print(f"  {error}")
    for row in analysed.rows:
        for duplicate in row.duplicates:
            other = duplicate.other
            where = f"{other.ref} {other.display_name}" if duplicate.in_vault else f"row {other.ref} ({other.display_name})"
            print(f"  row {row.number} ({duplicate.person.display_name}) may be {where}: {duplicate.why}")


def _refusal(preview: ImportPreview, errors_to: str | None) -> str | None:
    """Why nothing is (or would be) written: rows in error, or duplicates left undecided; None if it can go ahead."""
    if preview.errors:
        count = len({e.row for e in preview.errors})
        fix = (f"fix them in {errors_to} (each with its problem beside it)" if errors_to else
               "write them to a file with --errors-to FILE, fix them there")
        return f"{count} row(s) are in error, so nothing was written: {fix}, then import the corrected rows."
    if preview.undecided:
        rows = ", ".join(str(row.number) for row in preview.undecided[:20]) + (", …" if len(preview.undecided) > 20 else "")
        return (f"Rows {rows} may be people already in the vault or in rows above, so nothing was written: give "
                "--on-duplicate skip, update or new, or decide each row in the desktop app (Vault ▸ Import spreadsheet…).")
    return None


def cmd_import_sheet(args: argparse.Namespace) -> int:
    sheet = read_sheet_file(args.file, sheet=args.sheet)
    with open_vault(args) as session:
        mapping = _mapping(session, sheet, args)
        if args.save_mapping:
            session.save_mapping(args.save_mapping, mapping)
            say(f"Saved this mapping in the vault as {args.save_mapping!r}.")
        analysed = session.analyse_sheet(sheet, mapping)
        preview = session.preview_import(analysed, on_duplicate=args.on_duplicate)
        if args.errors_to and preview.errors:
            rows = session.save_rows_in_error(analysed, args.errors_to)
            say(f"Wrote the {rows} row(s) in error to {args.errors_to}, each with its problem in the last column.")
        refusal = _refusal(preview, args.errors_to)
        written = None
        if refusal is None and not args.dry_run:
            written = session.write_import(preview, name=Path(args.file).name).written
    if args.json:
        print_json(report_json(sheet, mapping, analysed, preview, written))
    else:
        _print_report(sheet, mapping, analysed, preview)
    if refusal is not None:
        raise CasebookError(refusal)
    counts = preview.counts()
    if written is None:
        say("Dry run: no records were written.")
    else:
        say(f"Imported: {counts[ADD]} people added, {counts[UPDATE]} updated, {counts[SKIPPED]} skipped "
            f"({written} records written).")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("import-sheet", help="import people (and their cases and detentions) from a spreadsheet")
    parser.add_argument("vault", metavar="VAULT")
    parser.add_argument("file", metavar="FILE", help="a CSV (UTF-8, UTF-16, GB18030 or Big5), XLSX or ODS file")
    parser.add_argument("--sheet", metavar="NAME", help="the workbook's sheet to read (default: the first)")
    parser.add_argument("--map", action="append", metavar="HEADER=FIELD",
                        help=f"map a column to a field, or to {IGNORE} (repeatable); overrides the guess or --mapping")
    parser.add_argument("--mapping", metavar="NAME", help="start from the mapping saved in the vault under NAME")
    parser.add_argument("--save-mapping", metavar="NAME", help="keep the mapping used in the vault under NAME")
    parser.add_argument("--on-duplicate", choices=list(ON_DUPLICATE), default="ask",
                        help="a row that may be someone already there: skip it, update them (fill empty fields), "
                        "add it as new, or ask (refuse, listing those rows; the default)")
    parser.add_argument("--errors-to", metavar="FILE", help="write the rows in error, with their problems, to a new CSV FILE")
    parser.add_argument("--dry-run", action="store_true", help="show what would be imported; write no records")
    parser.add_argument("--json", action="store_true", help="print the mapping, counts, errors and duplicates as JSON")
    add_passphrase_option(parser)
    parser.set_defaults(func=cmd_import_sheet)
