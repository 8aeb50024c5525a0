"""The core never imports Qt: app/ and crypto/ must run without a display."""

import ast
import subprocess
import sys
from pathlib import Path

import app
import crypto

QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "ui")


def _imports(package_dir: Path) -> list[tuple[Path, str]]:
    found = []
    for path in package_dir.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(path, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((path, node.module))
    return found


def test_app_and_crypto_import_no_qt_and_no_ui() -> None:
    for package in (app, crypto):
        bad = [(p.name, m) for p, m in _imports(Path(package.__file__).parent) if m.split(".")[0] in QT_MODULES]
        assert bad == [], f"{package.__name__} imports {bad}"


def test_crypto_imports_no_database_and_no_app() -> None:
    bad = [(p.name, m) for p, m in _imports(Path(crypto.__file__).parent)
           if m.split(".")[0] in ("sqlcipher3", "sqlite3", "app")]
    assert bad == []


def test_running_the_cli_loads_no_qt() -> None:
    code = "import sys, app.cli; app.cli.build_parser(); print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_suite_runs_against_the_installed_package() -> None:
    """`make test` installs the distribution and must test that copy, so a name clash shows up."""
    import os

    import ui

    if not os.environ.get("CASEBOOK_INSTALLED_TESTS"):
        import pytest

        pytest.skip("run through `make test`, which installs the package first")
    for package in (app, crypto, ui):
        assert "site-packages" in Path(package.__file__).parts, package.__file__
