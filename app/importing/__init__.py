"""Spreadsheet import, without Qt and without touching the vault: the session reads and writes for it.

The flow, each step a module:

    sheets.read_sheet(bytes, sheet=NAME)        -> Sheet (CSV in UTF-8/UTF-16/GB18030/Big5, XLSX, XLS, ODS)
    mapping.Mapping.guess(sheet.headers)        -> Mapping (column -> field; changed by the user; JSON in the vault)
    importer.SheetImport(sheet, mapping, vault) -> valid rows, RowErrors, possible duplicates (the slow pass)
    preview.Preview(sheet_import, decisions)    -> what each row will do, with counts
    emit.changes(preview)                       -> the Changes, for the session to apply in one transaction

and beside it: duplicates.vault_duplicates (Find duplicates), merge.merge_people
(merging two records), problems.rows_in_error_csv (the rows to fix). A large
synthetic sheet for the benchmark comes from app.demo.sheet.
"""
