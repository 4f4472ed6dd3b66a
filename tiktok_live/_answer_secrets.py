"""Credentials inside answers and request bodies (API key values, JWTs, webhook secrets, OAuth tokens, session ids):
attribute access returns them; reprs (and so log records, f-strings and tracebacks) and the CLI's output show
`<redacted>` instead.

Which fields carry one is data: `_catalog.SECRET_FIELDS`, which scripts/generate_facade.py derives from the specs
by rule plus spec/overrides.yaml `fields`. The models themselves are attrs classes in generated/, never edited by
hand, so the repr of each class with such fields is wrapped here (`protect`): when the SDK first builds a call
whose answer or body can hold it (`_catalog.SECRET_REACH`), or `tiktok_live.types` first loads a model that can.
No model module is imported before the SDK needs it, nor one the call cannot meet.
"""

from __future__ import annotations

import copy
import importlib
import threading
from collections.abc import Callable
from typing import Any

import attrs

from ._catalog import SECRET_FIELDS, SECRET_REACH
from ._logs import REDACTED

_PROTECTED: set[str] = set()
_LOCK = threading.Lock()


def _reference(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def secret_fields(cls: type) -> tuple[str, ...]:
    """The attribute names of `cls` that carry credentials (none for a class the catalog does not name)."""
    return SECRET_FIELDS.get(_reference(cls), ())


def _hidden(value: Any, names: tuple[str, ...]) -> Any:
    """A shallow copy of the model `value` whose fields `names` read <redacted> where they hold a string."""
    shown = copy.copy(value)
    for name in names:
        if isinstance(getattr(value, name, None), str):
            object.__setattr__(shown, name, REDACTED)
    return shown


def _redacting_repr(original: Callable[[Any], str], names: tuple[str, ...]) -> Callable[[Any], str]:
    def __repr__(self: Any) -> str:
        return original(_hidden(self, names))

    __repr__.__wrapped__ = original  # type: ignore[attr-defined]
    return __repr__


def protect(reference: str) -> None:
    """Wrap the repr of every model with secret fields that the model `reference` (`module:Class`) is or can hold,
    at any depth; idempotent."""
    for target in SECRET_REACH.get(reference, ()):
        if target in _PROTECTED:
            continue
        with _LOCK:
            if target in _PROTECTED:
                continue
            module, _, name = target.partition(":")
            cls = getattr(importlib.import_module(module), name)
            if not hasattr(cls.__repr__, "__wrapped__"):
                cls.__repr__ = _redacting_repr(cls.__repr__, SECRET_FIELDS[target])
            _PROTECTED.add(target)


def without_secrets(value: Any) -> Any:
    """A copy of `value` (a model, or lists and dicts holding models) whose secret fields read <redacted>, at any
    depth; `value` itself is left as it is."""
    if isinstance(value, list):
        return [without_secrets(item) for item in value]
    if isinstance(value, dict):
        return {key: without_secrets(item) for key, item in value.items()}
    if not attrs.has(type(value)):
        return value
    names = secret_fields(type(value))
    shown = copy.copy(value)
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name)
        hidden = field.name in names and isinstance(current, str)
        # object.__setattr__: a frozen class (the SDK's own results) is copied the same way
        object.__setattr__(shown, field.name, REDACTED if hidden else without_secrets(current))
    return shown
