"""`tiktok_live.types`: every model a client method takes or returns (and what their fields hold), from both
generated packages, plus UNSET / Unset; and the attributes the generator escaped (`max_`) read by their wire
names (`max`) too.

The properties run over the catalog, the clients' annotations and the generated sources, not over lists kept
here."""

from __future__ import annotations

import importlib
import keyword
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

import tiktok_live_api.models
import tiktok_live_rest_api.models
from tiktok_live import AsyncTikTokLiveClient, TikTokLiveClient, types
from tiktok_live._aliases import REACH
from tiktok_live._catalog import methods
from tiktok_live.testing import FakeEulerService

from .._helpers import method_of

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = {"flat": tiktok_live_api.models, "rest": tiktok_live_rest_api.models}
EXPORTED = {id(getattr(types, name)) for name in types.__all__}


def _class(reference: str) -> Any:
    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(module), name)


def _named(annotation: str) -> list[Any]:
    """The generated classes an annotation (a string: the modules use `from __future__ import annotations`)
    names: `rest_models.X` for the REST package, a bare name of the flat package's models otherwise."""
    rest = re.findall(r"rest_models\.([A-Za-z0-9_]+)", annotation)
    bare = re.findall(r"(?<![.\w])([A-Z][A-Za-z0-9_]*)", re.sub(r"rest_models\.[A-Za-z0-9_]+", "", annotation))
    flat = [name for name in bare if name in tiktok_live_api.models.__all__]
    return [getattr(PACKAGES["rest"], name) for name in rest] + [getattr(PACKAGES["flat"], name) for name in flat]


def _method_models() -> dict[str, Any]:
    """Every model the catalog (answer and body models) or a client method's annotations name."""
    found: dict[str, Any] = {}
    for method in methods():
        for operation in method.operations:
            for reference in (operation.model, operation.body_model):
                if reference:
                    found[reference] = _class(reference)
        for client in (TikTokLiveClient, AsyncTikTokLiveClient):
            annotations = method_of(client, method.name).__annotations__
            for where, annotation in annotations.items():
                for cls in _named(str(annotation)):
                    found[f"{client.__name__}.{method.name} {where}: {cls.__module__}:{cls.__name__}"] = cls
    return found


def test_every_model_a_method_takes_or_returns_is_exported() -> None:
    models = _method_models()
    assert len({id(cls) for cls in models.values()}) > 100  # the walk found the methods' models at all
    missing = sorted(where for where, cls in models.items() if id(cls) not in EXPORTED)
    assert not missing


def _field_models(cls: type) -> list[Any]:
    """The generated classes (models and literal enums) the attrs fields of `cls` are annotated with."""
    package = PACKAGES["flat" if cls.__module__.startswith("tiktok_live_api.") else "rest"]
    words = {word for field in attrs.fields(cls) for word in re.findall(r"[A-Z][A-Za-z0-9_]*", str(field.type))}
    return [getattr(package, word) for word in sorted(words) if word in package.__all__]


def test_the_models_fields_hold_are_exported_too() -> None:
    exported = [getattr(types, name) for name in types.__all__]
    missing = sorted(
        f"{cls.__name__} holds {held.__module__}:{getattr(held, '__name__', held)}"
        for cls in exported
        if attrs.has(cls) and cls.__module__.startswith("tiktok_live")
        for held in _field_models(cls)
        if id(held) not in EXPORTED
    )
    assert not missing


def test_a_rest_model_named_like_a_flat_one_gets_the_rest_prefix() -> None:
    flat_names = set(tiktok_live_api.models.__all__)
    for name in types.__all__:
        value = getattr(types, name)
        module = getattr(value, "__module__", "")
        if not module.startswith("tiktok_live_rest_api.models"):
            continue
        original = value.__name__
        assert name == (f"Rest{original}" if original in flat_names else original)
    assert types.RestSignUrlRequest is tiktok_live_rest_api.models.SignUrlRequest
    assert types.SignUrlRequest is tiktok_live_api.models.SignUrlRequest
    assert types.AgencyCatalogEntry is tiktok_live_rest_api.models.AgencyCatalogEntry  # no flat class of that name


def test_unset_and_the_sdk_results_are_exported() -> None:
    import tiktok_live_api.types
    import tiktok_live_rest_api.types
    from tiktok_live import _pagination, _results
    from tiktok_live.types import (
        UNSET,
        AsyncPage,
        AsyncPager,
        RestUnset,
        RoomMedia,
        SyncPage,
        Unset,
        WebcastFetchResult,
    )

    assert UNSET is tiktok_live_api.types.UNSET
    assert Unset is tiktok_live_api.types.Unset
    assert RestUnset is tiktok_live_rest_api.types.Unset
    assert (SyncPage, AsyncPage, AsyncPager) == (_pagination.SyncPage, _pagination.AsyncPage, _pagination.AsyncPager)
    assert (RoomMedia, WebcastFetchResult) == (_results.RoomMedia, _results.WebcastFetchResult)
    assert set(types.__all__) <= set(dir(types))
    with pytest.raises(AttributeError):
        types.NoSuchModel  # noqa: B018


def _modules_after(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_import_tiktok_live_imports_neither_types_nor_models() -> None:
    loaded = _modules_after("import tiktok_live")
    assert "tiktok_live.types" not in loaded
    assert not any(name.startswith(("tiktok_live_api.models", "tiktok_live_rest_api.models")) for name in loaded)


def test_import_tiktok_live_types_imports_no_model() -> None:
    loaded = _modules_after("import tiktok_live.types")
    assert not any(name.startswith(("tiktok_live_api.models", "tiktok_live_rest_api.models")) for name in loaded)
    one = _modules_after("from tiktok_live.types import RateLimitsResponse")
    assert "tiktok_live_api.models.rate_limits_response" in one
    assert "tiktok_live_api.models.room_info_response" not in one


def _client(layout: str) -> TikTokLiveClient:
    http = httpx.Client(transport=FakeEulerService().transport(), base_url="https://tiktok.eulerstream.com")
    return TikTokLiveClient(api_key="k" * 20, http_client=http, layout=layout)


@pytest.mark.parametrize("layout", ["flat", "rest"])
def test_rate_limits_minute_max(layout: str) -> None:
    with _client(layout) as client:
        minute = client.rate_limits().minute
    assert minute.max == minute.max_  # type: ignore[attr-defined]  # an alias added at run time
    assert isinstance(minute.max, int)  # type: ignore[attr-defined]


def test_rate_limits_minute_max_without_importing_types() -> None:
    loaded = _modules_after(
        """
        import httpx
        from tiktok_live import TikTokLiveClient
        from tiktok_live.testing import FakeEulerService

        http = httpx.Client(transport=FakeEulerService().transport(), base_url="https://tiktok.eulerstream.com")
        with TikTokLiveClient(api_key="k" * 20, http_client=http) as client:
            minute = client.rate_limits().minute
        assert minute.max == minute.max_, (minute.max, minute.max_)
        """
    )
    assert "tiktok_live.types" not in loaded


def _escaped_by_rule() -> list[tuple[str, str, str]]:
    """(module:Class, wire name, attribute) of every generated attribute that is its wire name plus `_`, read
    from the generated sources (`max_ = d.pop("max"...)` in `from_dict`); Python keywords left out."""
    found = []
    for package in ("tiktok_live_api", "tiktok_live_rest_api"):
        for path in sorted((ROOT / "generated" / package / "models").glob("*.py")):
            text = path.read_text(encoding="utf-8")
            names = re.findall(r"^class (\w+)", text, flags=re.MULTILINE)
            for attribute, wire in re.findall(r"(\w+_) = d\.pop\(\"([^\"]+)\"", text):
                if attribute == wire + "_" and not keyword.iskeyword(wire):
                    assert len(names) == 1, path
                    found.append((f"{package}.models.{path.stem}:{names[0]}", wire, attribute))
    return found


ESCAPED = _escaped_by_rule()


def test_the_rule_finds_the_escaped_names() -> None:
    wires = {wire for _, wire, _ in ESCAPED}
    assert {"max", "type", "format"} <= wires
    assert "from" not in wires  # a keyword: no alias possible


@pytest.mark.parametrize(("reference", "wire", "attribute"), ESCAPED, ids=[f"{r}.{w}" for r, w, _ in ESCAPED])
def test_every_escaped_attribute_reads_by_its_wire_name(reference: str, wire: str, attribute: str) -> None:
    from tiktok_live._aliases import add_aliases

    exported = [name for name, pair in types._EXPORTS.items() if pair[1] == reference.rpartition(":")[2]]
    exported = [name for name in exported if getattr(types, name).__module__ == reference.partition(":")[0]]
    if exported:
        cls = getattr(types, exported[0])  # through tiktok_live.types
    else:
        add_aliases(reference)  # what a call whose answer can hold it does (tests below)
        cls = _class(reference)
    instance = object.__new__(cls)
    marker = object()
    object.__setattr__(instance, attribute, marker)
    assert getattr(instance, wire) is marker
    assert getattr(instance, attribute) is marker
    with pytest.raises(AttributeError):
        setattr(instance, wire, 1)  # read-only: `max_` stays the field


def test_a_call_aliases_what_its_answer_can_hold() -> None:
    """In a fresh interpreter (here, other tests have loaded the models already): building each operation's call
    gives every model its answer or body can hold its aliases."""
    script = textwrap.dedent(
        """
        import importlib
        from tiktok_live._aliases import ALIASES, REACH
        from tiktok_live._catalog import methods
        from tiktok_live._calls import _fixed

        for method in methods():
            for operation in method.operations:
                _fixed(operation)
                for reference in (operation.model, operation.body_model):
                    for target in REACH.get(reference, ()):
                        module, _, name = target.partition(":")
                        cls = getattr(importlib.import_module(module), name)
                        for alias, _ in ALIASES[target]:
                            if not isinstance(vars(cls).get(alias), property):
                                print(method.name, target, alias)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout == ""
    assert any(  # the property is not empty: some operation's answer holds an escaped attribute
        reference in REACH for method in methods() for operation in method.operations for reference in [operation.model]
    )


def test_a_call_loads_no_model_for_aliases_its_answer_cannot_hold() -> None:
    from tiktok_live._aliases import ALIASES

    loaded = _modules_after(
        """
        import httpx
        from tiktok_live import TikTokLiveClient
        from tiktok_live.testing import FakeEulerService

        http = httpx.Client(transport=FakeEulerService().transport(), base_url="https://tiktok.eulerstream.com")
        with TikTokLiveClient(api_key="k" * 20, http_client=http) as client:
            client.room_id("someone")
        """
    )
    assert "tiktok_live_api.models.room_id_response" in loaded
    assert not [target for target in ALIASES if target.partition(":")[0] in loaded]
