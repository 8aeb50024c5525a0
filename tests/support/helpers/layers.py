"""Reading a package's imports from its source, for the tests that hold the layers."""

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path


def imports(package_dir: Path) -> Iterator[tuple[Path, str]]:
    """(file, module) for every import in a package, those inside functions too."""
    for path in package_dir.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                yield from ((path, alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                yield path, node.module


def importing(package_dir: Path, modules: Iterable[str]) -> list[tuple[str, str]]:
    """(file name, module) of the package's imports of any of `modules` or their submodules."""
    wanted = tuple(modules)
    return [(path.name, module) for path, module in imports(package_dir)
            if any(module == m or module.startswith(f"{m}.") for m in wanted)]


def longer_than(package_dir: Path, lines: int) -> list[str]:
    """The package's modules of more than `lines` lines."""
    return sorted(str(p.relative_to(package_dir.parent)) for p in package_dir.rglob("*.py")
                  if len(p.read_text(encoding="utf-8").splitlines()) > lines)
