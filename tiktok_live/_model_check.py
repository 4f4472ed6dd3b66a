"""Type checks of parsed 2xx bodies.

The generated `from_dict` methods trust the server: they `cast` primitives and index required keys. This
walks a parsed attrs model against its own annotations so that a body that does not match the API
description becomes one clear error naming the field, instead of a wrong value surfacing later.
"""

from __future__ import annotations

import types
import typing
from typing import Any

import attrs

from tiktok_live_api import models as _models
from tiktok_live_api.types import Unset


class ModelMismatch(Exception):
    """A parsed value does not have the type its model declares."""


_FIELD_TYPES: dict[type, tuple[tuple[str, Any], ...]] = {}


def _field_types(cls: type) -> tuple[tuple[str, Any], ...]:
    types_ = _FIELD_TYPES.get(cls)
    if types_ is None:
        hints = typing.get_type_hints(cls, localns={**vars(_models), "Unset": Unset})
        types_ = _FIELD_TYPES[cls] = tuple((field.name, hints[field.name]) for field in attrs.fields(cls))
    return types_


def check(value: Any, annotation: Any, path: str) -> None:
    """Raise `ModelMismatch` unless `value` fits `annotation`."""
    if annotation is Any:
        return
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        errors = []
        for option in typing.get_args(annotation):
            try:
                check(value, option, path)
            except ModelMismatch as error:
                if option not in (Unset, type(None)):
                    errors.append(error)
                continue
            return
        # `X | Unset` and `X | None` failed on X: that error is the informative one.
        raise errors[0] if len(errors) == 1 else ModelMismatch(f"{path}: unexpected {_describe(value)}")
    if origin is typing.Literal:
        if value not in typing.get_args(annotation):
            raise ModelMismatch(f"{path}: unexpected value {value!r}")
        return
    if origin is list:
        if not isinstance(value, list):
            raise ModelMismatch(f"{path}: expected a list, got {_describe(value)}")
        (item_type,) = typing.get_args(annotation)
        for index, item in enumerate(value):
            check(item, item_type, f"{path}[{index}]")
        return
    if origin is dict:
        if not isinstance(value, dict):
            raise ModelMismatch(f"{path}: expected an object, got {_describe(value)}")
        _, item_type = typing.get_args(annotation)
        for key, item in value.items():
            check(item, item_type, f"{path}.{key}")
        return
    _check_plain(value, annotation, path)


def _check_plain(value: Any, annotation: Any, path: str) -> None:
    if annotation is type(None):
        ok = value is None
    elif annotation is bool:
        ok = isinstance(value, bool)
    elif annotation is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif annotation is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif annotation is str:
        ok = isinstance(value, str)
    elif attrs.has(annotation):
        if not isinstance(value, annotation):
            raise ModelMismatch(f"{path}: expected an object, got {_describe(value)}")
        check_model(value, path)
        return
    else:
        ok = isinstance(value, annotation)
    if not ok:
        expected = "null" if annotation is type(None) else getattr(annotation, "__name__", str(annotation))
        raise ModelMismatch(f"{path}: expected {expected}, got {_describe(value)}")


def check_model(model: Any, path: str = "body") -> None:
    """Check every field of an attrs model instance, recursively."""
    for name, annotation in _field_types(type(model)):
        field_path = path if name == "additional_properties" else f"{path}.{name}"
        check(getattr(model, name), annotation, field_path)


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
