"""Reports read records only through the reader they are given: no store, vault, database or Qt below them."""

from pathlib import Path

import app.reports
from helpers.layers import importing

FORBIDDEN = ("app.store", "app.vault", "app.database", "ui", "PySide6", "shiboken6")


def test_reports_import_no_store_vault_database_or_qt() -> None:
    assert importing(Path(app.reports.__file__).parent, FORBIDDEN) == []
