"""The lazily exporting packages (`tiktok_live`, `tiktok_live.testing`) list each public name in three places: the
`TYPE_CHECKING` imports (what type checkers see), `_EXPORTS` (where `__getattr__` loads it from) and `__all__`
(what users see). They must agree, and each name must load from the module `_EXPORTS` names."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path
from types import ModuleType

import pytest

PACKAGES = ["tiktok_live", "tiktok_live.testing"]


def _type_checking_imports(module: ModuleType) -> dict[str, str]:
    """name -> module (as written, relative ones with their dots) of the imports under `if TYPE_CHECKING:`."""
    tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for statement in ast.walk(node):
                if isinstance(statement, ast.ImportFrom):
                    source = "." * statement.level + (statement.module or "")
                    for alias in statement.names:
                        found[alias.asname or alias.name] = source
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_the_three_lists_of_exports_agree(package: str) -> None:
    module = importlib.import_module(package)
    exports: dict[str, str] = module._EXPORTS
    eager = {name for name in module.__all__ if name in vars(module) and name not in exports}
    assert set(module.__all__) == set(exports) | eager, "__all__ and _EXPORTS differ"
    checked = _type_checking_imports(module)
    assert set(exports) == set(checked), "the TYPE_CHECKING imports and _EXPORTS differ"
    for name, source in exports.items():
        assert checked[name] == source, f"{name}: TYPE_CHECKING imports it from {checked[name]}, _EXPORTS {source}"


@pytest.mark.parametrize("package", PACKAGES)
def test_every_export_loads_from_the_module_it_names(package: str) -> None:
    module = importlib.import_module(package)
    for name, source in module._EXPORTS.items():
        value = getattr(module, name)
        home = importlib.import_module(source, package)
        assert getattr(home, name) is value, name
