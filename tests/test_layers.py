"""The layers of DESIGN.md, held by reading every import: ui → the seam (app.session) → app → crypto.

The core never imports Qt; app/ and crypto/ run without a display. The desktop
and the command line reach the domain through one seam, so neither touches the
store, the database connection, key slots, the activity log or crypto/ directly.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import app
import crypto
import ui
from helpers.layers import imports, longer_than

QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "ui")
# What a front-end may import of app/: the seam, our errors, and the record types and vocabularies.
SEAM = ("app.session", "app.errors", "app.records")


def _outside_seam(module: str, allowed: tuple[str, ...]) -> bool:
    top = module.split(".")[0]
    if top == "crypto":
        return True
    return top == "app" and not any(module == a or module.startswith(a + ".") for a in allowed)


def test_app_and_crypto_import_no_qt_and_no_ui() -> None:
    for package in (app, crypto):
        bad = [(p.name, m) for p, m in imports(Path(package.__file__).parent) if m.split(".")[0] in QT_MODULES]
        assert bad == [], f"{package.__name__} imports {bad}"


def test_crypto_imports_no_database_and_no_app() -> None:
    bad = [(p.name, m) for p, m in imports(Path(crypto.__file__).parent)
           if m.split(".")[0] in ("sqlcipher3", "sqlite3", "app")]
    assert bad == []


def test_the_desktop_reaches_the_domain_through_the_seam_only() -> None:
    allowed = (*SEAM, "app.cli")  # the console script (ui/entry.py) hands a command to the other front-end
    bad = sorted({(str(p.relative_to(Path(ui.__file__).parent)), m) for p, m in imports(Path(ui.__file__).parent)
                  if _outside_seam(m, allowed)})
    assert bad == [], f"ui/ imports app internals or crypto/: {bad}"


def test_the_command_line_reaches_the_domain_through_the_seam_only() -> None:
    cli = Path(app.__file__).parent / "cli"
    # Its own modules, file writing, and the benchmark it starts are the command line's own business.
    allowed = (*SEAM, "app.cli", "app.files", "app.bench")
    bad = sorted({(p.name, m) for p, m in imports(cli) if _outside_seam(m, allowed)})
    assert bad == [], f"app/cli imports app internals or crypto/: {bad}"


@pytest.mark.parametrize("module", ["app.store", "app.store.repository", "app.database", "app.vault.vault", "crypto",
                                    "crypto.keyslots", "app.vault.activity", "app.sharing.bundle_import"])
def test_the_layer_rule_catches_a_forbidden_import(module: str) -> None:
    """The rule itself: a ui/ module importing any of these would fail the test above."""
    assert _outside_seam(module, SEAM)


def _module_graph(root: Path) -> dict[str, set[str]]:
    """Module → the modules of app/, crypto/ and ui/ it imports at import time (not those only for type checking)."""
    modules = {}
    for package in ("app", "crypto", "ui"):
        for path in (root / package).rglob("*.py"):
            parts = list(path.relative_to(root).with_suffix("").parts)
            modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                       for n in ast.walk(node)}
        deps: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                submodules = {f"{node.module}.{a.name}" for a in node.names} & modules.keys()
                deps |= submodules
                if len(submodules) < len(node.names):
                    deps.add(node.module)
        graph[name] = {d for d in deps if d in modules and d != name}
    return graph


def _a_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of the graph, or [] when there is none."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                return [*path[path.index(dep):], dep]
            if dep not in state and (found := visit(dep)):
                return found
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_no_module_of_the_domain_is_over_400_lines() -> None:
    assert [*longer_than(Path(app.__file__).parent, 400), *longer_than(Path(crypto.__file__).parent, 400)] == []


def test_no_module_imports_itself_in_a_circle() -> None:
    root = Path(app.__file__).parent.parent
    assert _a_cycle(_module_graph(root)) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _a_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_running_the_cli_loads_no_qt() -> None:
    code = "import sys, app.cli; app.cli.build_parser(); print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_suite_runs_against_the_installed_package() -> None:
    """`make test` installs the distribution and must test that copy, so a name clash shows up."""
    import os

    if not os.environ.get("CASEBOOK_INSTALLED_TESTS"):
        pytest.skip("run through `make test`, which installs the package first")
    for package in (app, crypto, ui):
        assert "site-packages" in Path(package.__file__).parts, package.__file__
