"""The seam loads its names on first use, and says where each lives once for Python and once for the type
checker: the two must agree, and every name must be the very object of the module it comes from."""

import ast
import importlib
from pathlib import Path

import pytest

import app.session


def type_checking_imports() -> dict[str, str]:
    """name → "module" or "module:original", as the `if TYPE_CHECKING:` block of app/session/__init__.py imports them."""
    tree = ast.parse(Path(app.session.__file__).read_text(encoding="utf-8"))
    block = next(node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING")
    found = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.module is not None
        for alias in node.names:
            found[alias.asname or alias.name] = f"{node.module}:{alias.name}" if alias.asname else node.module
    return found


def test_the_lazy_names_and_the_type_checkers_imports_agree() -> None:
    lazy = dict(app.session._WHERE)
    checked = type_checking_imports()
    assert lazy == checked
    assert sorted(app.session.__all__) == sorted(app.session._WHERE)


@pytest.mark.parametrize("name", app.session.__all__)
def test_every_name_is_the_object_of_its_module(name: str) -> None:
    module, _, original = app.session._WHERE[name].partition(":")
    assert getattr(app.session, name) is getattr(importlib.import_module(module), original or name)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = app.session.no_such_name
