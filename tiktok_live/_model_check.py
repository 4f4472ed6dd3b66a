"""Type checks of parsed 2xx bodies.

The generated `from_dict` methods trust the server: they `cast` primitives and index required keys. This
walks a parsed attrs model against its own annotations so that a body that does not match the API
description becomes one clear error naming the field, instead of a wrong value surfacing later.
"""

from __future__ import annotations

import importlib
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from tiktok_live_api.types import Unset

from ._exceptions import ModelMismatch

__all__ = ["ModelMismatch", "check_model"]


class _ModelNames(Mapping[str, Any]):
    """The names model annotations refer to, imported on first use (the models package imports lazily), from
    the generated package the model belongs to (`tiktok_live_api` or `tiktok_live_rest_api`)."""

    def __init__(self, package: str) -> None:
        self._package = package

    def __getitem__(self, name: str) -> Any:
        try:
            if name == "Unset":  # each generated package has its own
                return importlib.import_module(f"{self._package}.types").Unset
            return getattr(importlib.import_module(f"{self._package}.models"), name)
        except (AttributeError, ImportError):  # not a generated package's name: the model's module has it
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


_MODEL_NAMES: dict[str, _ModelNames] = {}
_FIELD_TYPES: dict[type, tuple[tuple[str, Any], ...]] = {}
# A predicate per annotation: True when a value fits. It answers the common case quickly; only a value that
# does not fit is walked again by `check`, which says where and why.
Fits = Callable[[Any], bool]
_FITS: dict[Any, Fits] = {}
_MODEL_FITS: dict[type, Fits] = {}


def _field_types(cls: type) -> tuple[tuple[str, Any], ...]:
    types_ = _FIELD_TYPES.get(cls)
    if types_ is None:
        package = cls.__module__.split(".", 1)[0]
        names = _MODEL_NAMES.get(package) or _MODEL_NAMES.setdefault(package, _ModelNames(package))
        hints = typing.get_type_hints(cls, localns=names)
        types_ = _FIELD_TYPES[cls] = tuple((field.name, hints[field.name]) for field in attrs.fields(cls))
    return types_


def _fits(annotation: Any) -> Fits:
    """The predicate for `annotation`; it accepts exactly what `check` accepts."""
    fits = _FITS.get(annotation)
    if fits is None:
        names: dict[str, Any] = {"_all_fit": _all_fit}
        fits = _FITS[annotation] = eval(f"lambda v: {_test(annotation, 'v', names)}", names)
    return fits


def _all_fit(item_fits: Fits, items: Iterable[Any]) -> bool:
    # A plain loop: `all(<generator>)` costs several times more on this per-answer path.
    for item in items:  # noqa: SIM110
        if not item_fits(item):
            return False
    return True


def _named(names: dict[str, Any], value: Any) -> str:
    """The name `value` goes by in the namespace of the code being compiled."""
    name = f"_{len(names)}"
    names[name] = value
    return name


def _test(annotation: Any, value: str, names: dict[str, Any]) -> str:
    """A Python expression, True when the variable `value` fits `annotation`. The predicates are compiled from
    these (`_fits`, `_model_fits`): one function per model, without a call per field and per option of a union,
    which is where an answer's check would otherwise spend most of its time. What it refers to goes in `names`."""
    if annotation is Any:
        return "True"
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return "(" + " or ".join(_test(option, value, names) for option in typing.get_args(annotation)) + ")"
    if origin is typing.Literal:
        return f"{value} in {_named(names, typing.get_args(annotation))}"
    if origin is list:
        item_fits = _named(names, _fits(typing.get_args(annotation)[0]))
        return f"(isinstance({value}, list) and _all_fit({item_fits}, {value}))"
    if origin is dict:
        item_annotation = typing.get_args(annotation)[1]
        if item_annotation is Any:
            return f"isinstance({value}, dict)"
        item_fits = _named(names, _fits(item_annotation))
        return f"(isinstance({value}, dict) and _all_fit({item_fits}, {value}.values()))"
    if annotation is type(None):
        return f"{value} is None"
    if annotation is bool:
        return f"isinstance({value}, bool)"
    if annotation is int:
        return f"(isinstance({value}, int) and not isinstance({value}, bool))"
    if annotation is float:
        return f"(isinstance({value}, (int, float)) and not isinstance({value}, bool))"
    if annotation is str:
        return f"isinstance({value}, str)"
    if attrs.has(annotation):
        model, model_fits = _named(names, annotation), _named(names, _model_fits(annotation))
        return f"(isinstance({value}, {model}) and {model_fits}({value}))"
    return f"isinstance({value}, {_named(names, annotation)})"


def _model_fits(cls: type) -> Fits:
    model_fits = _MODEL_FITS.get(cls)
    if model_fits is None:
        # A model that contains itself meets this stand-in while its own function is compiled.
        _MODEL_FITS[cls] = lambda model: _MODEL_FITS[cls](model)
        try:
            names: dict[str, Any] = {"_all_fit": _all_fit}
            lines = ["def model_fits(m):"]
            for name, annotation in _field_types(cls):
                # attrs fields are attributes named by identifiers (attrs compiles code that reads them too).
                lines += [f"    v = m.{name}", f"    if not {_test(annotation, 'v', names)}:", "        return False"]
            exec("\n".join([*lines, "    return True"]), names)
        except BaseException:
            del _MODEL_FITS[cls]  # the stand-in would call itself
            raise
        model_fits = _MODEL_FITS[cls] = names["model_fits"]
    return model_fits


def _is_unset(annotation: Any) -> bool:
    """Whether `annotation` is the `Unset` of a generated package (each one has its own)."""
    return annotation is Unset or (isinstance(annotation, type) and annotation.__qualname__ == "Unset")


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
                if option is not type(None) and not _is_unset(option):
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
    if _model_fits(type(model))(model):
        return
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
