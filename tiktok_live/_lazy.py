"""Lazy re-exports (PEP 562) for `tiktok_live` and `tiktok_live.testing`: a name imports its module on first use,
so importing the package costs almost nothing."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["load", "names"]


def load(namespace: dict[str, Any], exports: Mapping[str, str], name: str) -> object:
    """The package's `__getattr__`: `name` from the module `exports` names for it (relative to the package whose
    globals are `namespace`), kept in `namespace` so that the next use is a plain attribute."""
    module = exports.get(name)
    package = namespace["__name__"]
    if module is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, package), name)
    namespace[name] = value
    return value


def names(namespace: Mapping[str, Any], public: Iterable[str]) -> list[str]:
    """The package's `__dir__`: its public names and its own dunders; not the helpers it imports, nor its loaded
    submodules."""
    return sorted({*public, *(name for name in namespace if name.startswith("__"))})
