"""The importer is domain code: it reads the vault only through the Protocols the session satisfies."""

from pathlib import Path

import app.importing
from helpers.layers import importing

FORBIDDEN = ("app.store", "app.vault", "app.database", "ui", "PySide6", "sqlcipher3")


def test_the_importer_imports_no_store_vault_database_or_qt() -> None:
    assert importing(Path(app.importing.__file__).parent, FORBIDDEN) == []


def test_importing_the_importer_loads_no_store_vault_database_or_qt() -> None:
    """Not even through another package: the session hands the importer what it needs."""
    import subprocess
    import sys

    modules = ", ".join(f"app.importing.{p.stem}" for p in Path(app.importing.__file__).parent.glob("*.py") if p.stem != "__init__")
    code = (f"import sys, {modules}; "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in ('ui', 'PySide6', 'sqlcipher3') "
            f"or m.startswith(('app.store', 'app.vault', 'app.database'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
