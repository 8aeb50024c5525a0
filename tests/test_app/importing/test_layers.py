"""The importer is domain code: it reads the vault only through the Protocols the session satisfies."""

import ast
from pathlib import Path

import app.importing

FORBIDDEN = ("app.store", "app.vault", "app.database", "ui", "PySide6", "sqlcipher3")


def test_the_importer_imports_no_store_vault_database_or_qt() -> None:
    found = []
    for path in Path(app.importing.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            found += [(path.name, n) for n in names if any(n == f or n.startswith(f + ".") for f in FORBIDDEN)]
    assert found == []


def test_no_module_is_over_400_lines() -> None:
    long = [p.name for p in Path(app.importing.__file__).parent.glob("*.py") if len(p.read_text(encoding="utf-8").splitlines()) > 400]
    assert long == []
