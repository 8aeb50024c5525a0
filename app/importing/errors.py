"""The importer's own errors: one sentence each, saying what is wrong with the file and what to do.

Messages name the file's parts (sheet, column, row) and never its contents, so
the UI and the CLI can show them as they are.
"""

from app.errors import BadInput


class UnreadableSheet(BadInput):
    """The file cannot be read as a spreadsheet; nothing was imported."""


class NotASpreadsheet(UnreadableSheet):
    def __init__(self) -> None:
        super().__init__("This file is not a spreadsheet Casebook can read: save it as CSV, XLSX or ODS and try again.")


class UnknownEncoding(UnreadableSheet):
    def __init__(self) -> None:
        super().__init__("The characters of this CSV file are in an encoding Casebook does not recognise: "
                         "save it as CSV UTF-8 and try again.")


class EmptySheet(UnreadableSheet):
    def __init__(self, sheet: str = "") -> None:
        where = f"The sheet {sheet!r}" if sheet else "The file"
        super().__init__(f"{where} is empty: there are no rows to import.")


class NoHeaderRow(UnreadableSheet):
    def __init__(self) -> None:
        super().__init__("The first row of the sheet must name the columns (姓名, Name, 出生日期 …); "
                         "add a header row and try again.")


class LineTooLong(UnreadableSheet):
    def __init__(self, line: int, limit: int) -> None:
        super().__init__(f"Line {line} of the file is longer than {limit:,} characters, longer than any row of records "
                         "can be: check that this is the right file, or split the long cells.")


class PasswordProtected(UnreadableSheet):
    def __init__(self) -> None:
        super().__init__("This workbook is protected with a password: save a copy without one and import that.")


class SheetNotFound(UnreadableSheet):
    def __init__(self, wanted: str, names: list[str]) -> None:
        super().__init__(f"The workbook has no sheet called {wanted!r}; its sheets are: {', '.join(names)}.")


class BadMapping(BadInput):
    """A mapping names an unknown field, maps one field twice, or is not a saved mapping."""
