"""Reports read records only through the reader they are given: no store, vault, database or Qt below them."""

import ast
from pathlib import Path

import app.reports

FORBIDDEN = ("app.store", "app.vault", "app.database", "ui", "PySide6", "shiboken6")


def test_reports_import_no_store_vault_database_or_qt() -> None:
    found = []
    for path in Path(app.reports.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            found += [(path.name, n) for n in names if any(n == f or n.startswith(f"{f}.") for f in FORBIDDEN)]
    assert found == []
