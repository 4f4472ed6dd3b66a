"""The public Python API of one checkout, as users import it, written as JSON.

    python scripts/api_surface.py ROOT

Run by `scripts/api_diff.py` in a subprocess per checkout, so two versions never mix in one interpreter. ROOT
holds `tiktok_live/` and `generated/`; they are imported from there (and only from there: any other
directory on `sys.path` holding one of the packages, such as the editable install's, is dropped first).

What is read, for each package below and every public submodule (no `_` in its dotted name):
the names in `__all__` resolved through the module (so PEP 562 lazy re-exports count), else the public
classes and functions the module defines. Each object is described once, under the first path it is
reached by (a package before its submodules); later paths record the export only.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import importlib
import inspect
import json
import pkgutil
import sys
import types
from pathlib import Path
from typing import Any

PACKAGES = ("tiktok_live", "tiktok_live_api", "tiktok_live_rest_api")
# Where each package lives, relative to a checkout's root.
HOMES = {"tiktok_live": ".", "tiktok_live_api": "generated", "tiktok_live_rest_api": "generated"}
SKIPPED_MODULES = ("__main__",)

Description = dict[str, Any]


def _isolate(root: Path) -> None:
    homes = {str((root / home).resolve()) for home in HOMES.values()}
    kept = []
    for entry in sys.path:
        where = Path(entry or ".").resolve()
        if str(where) in homes:
            continue
        if any((where / package).is_dir() for package in PACKAGES):  # another checkout, e.g. the editable one
            continue
        kept.append(entry)
    sys.path[:] = [*sorted(homes), *kept]


def _public(dotted: str) -> bool:
    return not any(part.startswith("_") for part in dotted.split("."))


def _modules(package: str) -> list[str]:
    module = importlib.import_module(package)
    names = [package]
    for info in pkgutil.walk_packages(module.__path__, prefix=package + "."):
        if _public(info.name) and info.name.rsplit(".", 1)[-1] not in SKIPPED_MODULES:
            names.append(info.name)
    return sorted(names)


def _exports(module: types.ModuleType) -> list[str]:
    declared = getattr(module, "__all__", None)
    if declared is not None:
        return [name for name in declared if not name.startswith("__")]
    return sorted(
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and (inspect.isclass(value) or inspect.isfunction(value))
        and getattr(value, "__module__", None) == module.__name__
    )


def _signature(value: object, *, drop_first: bool = False) -> list[Description] | None:
    try:
        signature = inspect.signature(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    parameters = list(signature.parameters.values())
    if drop_first and parameters:
        parameters = parameters[1:]
    return [
        {
            "name": parameter.name,
            "kind": parameter.kind.name,
            "default": None if parameter.default is parameter.empty else _short_repr(parameter.default),
        }
        for parameter in parameters
    ]


def _short_repr(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _constructor(cls: type) -> list[Description] | None:
    signature = _signature(cls)
    variadic = ["VAR_POSITIONAL", "VAR_KEYWORD"]
    init = getattr(cls, "__init__", None)
    if signature is not None and [p["kind"] for p in signature] == variadic and init is not object.__init__:
        return _signature(init, drop_first=True)
    return signature


def _own(cls: type) -> bool:
    return cls.__module__.split(".")[0] in PACKAGES


def _fields(cls: type) -> list[Description] | None:
    attrs = sys.modules.get("attrs")
    if attrs is not None and attrs.has(cls):
        return [
            {
                "name": field.name,
                "init": field.init,
                "required": field.init and field.default is attrs.NOTHING,
                "kw_only": field.kw_only,
            }
            for field in attrs.fields(cls)
        ]
    if dataclasses.is_dataclass(cls):
        return [
            {
                "name": field.name,
                "init": field.init,
                "required": field.init
                and field.default is dataclasses.MISSING
                and field.default_factory is dataclasses.MISSING,
                "kw_only": bool(field.kw_only),
            }
            for field in dataclasses.fields(cls)
        ]
    if issubclass(cls, tuple) and hasattr(cls, "_fields"):
        defaults = getattr(cls, "_field_defaults", {})
        return [
            {"name": name, "init": True, "required": name not in defaults, "kw_only": False} for name in cls._fields
        ]
    return None


def _member(raw: object, value: object) -> Description:
    if isinstance(raw, property | functools.cached_property):
        return {"kind": "property"}
    if isinstance(raw, staticmethod):
        return {"kind": "method", "signature": _signature(raw.__func__)}
    if isinstance(raw, classmethod):
        return {"kind": "method", "signature": _signature(raw.__func__, drop_first=True)}
    if inspect.isclass(raw):
        return {"kind": "class"}
    if inspect.isfunction(raw):
        return {"kind": "method", "signature": _signature(raw, drop_first=True)}
    if callable(value):
        return {"kind": "method", "signature": _signature(value)}
    return {"kind": "attribute"}


def _members(cls: type, fields: list[Description] | None) -> dict[str, Description]:
    skip = {field["name"] for field in fields or []}
    members: dict[str, Description] = {}
    if issubclass(cls, enum.Enum):
        members.update({name: {"kind": "enum member"} for name in cls.__members__})
        skip |= set(cls.__members__)
    for klass in reversed(cls.__mro__):
        if not _own(klass):
            continue
        for name in getattr(klass, "__annotations__", {}):
            if not name.startswith("_") and name not in skip:
                members[name] = {"kind": "attribute"}
        for name, raw in vars(klass).items():
            if name.startswith("_") or name in skip:
                continue
            try:
                value = getattr(cls, name)
            except AttributeError:
                value = raw
            members[name] = _member(raw, value)
    return dict(sorted(members.items()))


def _bases(cls: type) -> list[str]:
    return [klass.__qualname__ for klass in cls.__mro__[1:] if klass is not object]


def _describe(value: object) -> Description:
    if inspect.isclass(value):
        fields = _fields(value)
        return {
            "kind": "class",
            "bases": _bases(value),
            "constructor": _constructor(value),
            "fields": fields,
            "members": _members(value, fields),
        }
    if inspect.ismodule(value):
        return {"kind": "module"}
    if callable(value):
        return {"kind": "function", "signature": _signature(value)}
    return {"kind": "value", "type": type(value).__name__}


def describe(root: Path) -> dict[str, dict[str, Description]]:
    """{package: {dotted path: description}} for the checkout at `root`."""
    _isolate(root)
    surface: dict[str, dict[str, Description]] = {}
    for package in PACKAGES:
        if not (root / HOMES[package] / package).is_dir():
            continue
        entries: dict[str, Description] = {}
        seen: dict[int, str] = {}
        top = importlib.import_module(package)
        origin = Path(top.__file__ or "").resolve()
        if not origin.is_relative_to((root / HOMES[package]).resolve()):  # a check of the check
            raise SystemExit(f"{package} was imported from {origin}, not from {root}")
        for module_name in _modules(package):
            try:
                module = importlib.import_module(module_name)
            except Exception as error:  # reported, not fatal
                entries[module_name] = {"kind": "module", "error": f"{type(error).__name__}: {error}"}
                continue
            entries[module_name] = {"kind": "module"}
            for name in _exports(module):
                path = f"{module_name}.{name}"
                try:
                    value = getattr(module, name)
                except AttributeError as error:
                    entries[path] = {"kind": "broken export", "error": str(error)}
                    continue
                if (inspect.isclass(value) or inspect.isfunction(value)) and id(value) in seen:
                    entries[path] = {"kind": "alias", "of": seen[id(value)]}
                    continue
                if inspect.isclass(value) or inspect.isfunction(value):
                    seen[id(value)] = path
                entries[path] = _describe(value)
        surface[package] = entries
    return surface


if __name__ == "__main__":
    json.dump(describe(Path(sys.argv[1]).resolve()), sys.stdout, indent=1, sort_keys=True)
