"""The facade generated from openapi.yaml: every operation is a typed method of both clients and of their raw
twins, a CLI command, and behaves by the same rules (argument checks, re-sending). Properties over whatever the
spec holds, never over a fixed list of operations."""

from __future__ import annotations

import argparse
import asyncio
import datetime
import importlib
import inspect
import json
import sys
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import tiktok_live
from tiktok_live import LayoutError, _catalog, cli
from tiktok_live._calls import build_call
from tiktok_live._cli._operations import _dest, listing, markdown_table
from tiktok_live._operations import Method, Operation, Param, operation_for
from tiktok_live._pagination import AsyncPager, SyncPage
from tiktok_live.testing._schema import example

from .._helpers import BASE_URL, SECRET_KEY, method_of

ROOT = Path(__file__).resolve().parents[2]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SPEC_FILES = {"flat": ROOT / "openapi.yaml", "rest": ROOT / "openapi-rest.yaml"}
SPECS = {
    layout: yaml.safe_load(path.read_text(encoding="utf-8")) for layout, path in SPEC_FILES.items() if path.exists()
}
SPEC = SPECS["flat"]
LIVE_ROOM = "7321456789012345678"
SESSION = "session-SENTINEL"


def _spec_operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        operation["operationId"]: (method.upper(), path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


SPEC_OPERATIONS = _spec_operations(SPEC)
OPERATIONS = {operation.operation_id: operation for operation in _catalog.operations() if operation.layout == "flat"}
# (method, operation) for every operation of every layout: the method a call goes through to reach it.
SERVED = [(method, operation) for method in _catalog.methods() for operation in method.operations]


def _served_id(pair: tuple[Method[Any], Operation[Any]]) -> str:
    return f"{pair[1].layout}-{pair[1].operation_id}"


def sample(param: Param) -> Any:
    """A valid value for any argument, from its check."""
    samples: dict[str, Any] = {
        "unique_id": "someone",
        "room_id": LIVE_ROOM,
        "http_url": "https://www.tiktok.com/@someone/live",
        "text": "someone",
        "str": "x",
        "int": 1,
        "float": 1.0,
        "bool": True,
        "datetime": datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        "bytes": b"\x89PNG\r\n\x1a\n",
        "object": {},
        "numeric_id": 6800000789012345678,
    }
    if param.name == "session_id":
        return SESSION
    if param.check == "choice":
        return param.choices[0]
    if param.check == "list":
        return [samples[param.items]]
    return samples[param.check]


def _object_sample(operation: Operation[Any], param: Param) -> Any:
    """A nested object argument, made from its schema in the operation's own document."""
    spec = SPECS[operation.layout]
    declared = spec["paths"][operation.path][operation.http_method.lower()]
    body = declared.get("requestBody", {}).get("content", {})
    schema: Any = next(iter(body.values()), {}).get("schema", {})
    while "$ref" in schema or "anyOf" in schema:
        if "anyOf" in schema:
            schema = schema["anyOf"][0]
            continue
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return example(schema["properties"][param.wire], spec, param.wire)


def required_arguments(method: Method[Any], operation: Operation[Any] | None = None) -> dict[str, Any]:
    """The method's arguments that reach `operation` (its primary one by default) with every required value."""
    operation = operation or method.primary
    by_name = {param.name: param for param in method.params}
    arguments: dict[str, Any] = {}
    # A body of several shapes: the first one's required fields.
    shape = set(operation.body_alternatives[0][1]) if operation.body_alternatives else set()
    for param in operation.params:
        required = param.required or param.name in shape
        if param.derive:
            for source in param.sources:
                arguments[source] = sample(by_name[source])
        elif required and param.constant is None and param.check == "object" and param.location == "body":
            arguments[param.name] = _object_sample(operation, param)
        elif required and param.constant is None:
            arguments[param.name] = sample(by_name.get(param.name, param))
    if operation.exactly_one_of:
        served = {param.name for param in operation.params}
        first = next(name for name in operation.exactly_one_of if name in served)
        arguments[first] = sample(by_name[first])
    return arguments


@pytest.mark.parametrize("layout", sorted(SPECS))
def test_catalog_holds_exactly_the_operations_of_each_spec(layout: str) -> None:
    expected = _spec_operations(SPECS[layout])
    found = {op.operation_id: op for op in _catalog.operations() if op.layout == layout}
    assert set(found) == set(expected)
    for operation_id, (method, path, _) in expected.items():
        assert (found[operation_id].http_method, found[operation_id].path) == (method, path)


def test_every_operation_serves_exactly_one_method() -> None:
    for operation in _catalog.operations():
        assert sum(operation in method.operations for method in _catalog.methods()) == 1, operation.operation_id


@pytest.mark.parametrize("method", _catalog.methods(), ids=lambda m: m.name)
def test_every_method_is_on_both_clients_with_one_signature(method: Method[Any]) -> None:
    sync_method = method_of(tiktok_live.TikTokLiveClient, method.name)
    async_method = method_of(tiktok_live.AsyncTikTokLiveClient, method.name)
    # A paged list answers an AsyncPager (await it, or `async for` over it); every other method is a coroutine.
    assert inspect.iscoroutinefunction(async_method) == (method.paging is None)
    assert inspect.signature(sync_method).parameters == inspect.signature(async_method).parameters
    parameters = dict(inspect.signature(sync_method).parameters)
    parameters.pop("self")
    assert set(parameters) == {param.name for param in method.params}
    for param in method.params:
        has_default = parameters[param.name].default is not inspect.Parameter.empty
        assert has_default == (not param.required), param.name
    assert sync_method.__doc__
    for operation in method.operations:
        assert operation.path in sync_method.__doc__


@pytest.mark.parametrize("method", _catalog.methods(), ids=lambda m: m.name)
def test_every_method_is_fully_annotated(method: Method[Any]) -> None:
    import tiktok_live_api.models as models

    names: dict[str, Any] = {name: getattr(models, name) for name in models.__all__}
    names.update(WebcastFetchResult=tiktok_live.WebcastFetchResult, RoomMedia=tiktok_live.RoomMedia)
    names.update(SyncPage=SyncPage, AsyncPager=AsyncPager)
    if "rest" in SPECS:
        import tiktok_live_rest_api.models as rest_models

        names["rest_models"] = rest_models
    for client in (tiktok_live.TikTokLiveClient, tiktok_live.AsyncTikTokLiveClient):
        hints = typing.get_type_hints(method_of(client, method.name), localns=names)
        assert set(hints) == {param.name for param in method.params} | {"return"}
        returned = hints["return"]
        if method.paging is not None:  # SyncPage[<answer model>, <item>] / AsyncPager[...]
            assert typing.get_origin(returned) in (SyncPage, AsyncPager)
            returned = typing.get_args(returned)[0]
        if method.primary.answer == "model":
            assert returned is not Any
            assert returned.__name__ == method.primary.model.rpartition(":")[2]


def test_raw_twins_have_every_method() -> None:
    with tiktok_live.TikTokLiveClient(api_key=SECRET_KEY) as client:
        for method in _catalog.methods():
            assert callable(method_of(client.with_raw_response, method.name))
        assert SECRET_KEY not in repr(client.with_raw_response)


def _client(handler: Any, layout: str = "flat", **options: Any) -> tiktok_live.TikTokLiveClient:
    http = httpx.Client(transport=httpx.MockTransport(handler), base_url=BASE_URL)
    client = tiktok_live.TikTokLiveClient(
        api_key=SECRET_KEY,
        base_url=BASE_URL,
        http_client=http,
        layout=layout,
        **options,  # type: ignore[arg-type]
    )
    client._sleep = lambda seconds: None  # type: ignore[method-assign]
    return client


def _never(request: httpx.Request) -> httpx.Response:
    raise AssertionError("a request was sent")


@pytest.mark.parametrize("served", SERVED, ids=_served_id)
def test_every_argument_is_checked_before_anything_is_sent(served: tuple[Method[Any], Operation[Any]]) -> None:
    method, operation = served
    client_method = method_of(_client(_never, operation.layout), method.name)
    reached = {p.name for p in operation.params} | {source for p in operation.params for source in p.sources}
    for param in method.params:
        if param.name not in reached:
            continue
        arguments = required_arguments(method, operation)
        arguments[param.name] = object()
        with pytest.raises((TypeError, ValueError), match=param.name):
            client_method(**arguments)


@pytest.mark.parametrize("served", SERVED, ids=_served_id)
def test_the_request_goes_to_the_operations_route(served: tuple[Method[Any], Operation[Any]]) -> None:
    method, operation = served
    arguments = required_arguments(method, operation)
    assert operation_for(method, operation.layout, arguments) is operation
    call = build_call(operation, arguments)
    assert call.request["method"].upper() == operation.http_method
    assert call.request["url"].startswith(operation.path.split("{")[0])
    assert SESSION not in call.request["url"]


@pytest.mark.parametrize("method", _catalog.methods(), ids=lambda m: m.name)
def test_a_method_missing_from_a_layout_fails_before_sending_and_names_the_other(method: Method[Any]) -> None:
    for layout in sorted(SPECS):
        if operation_for_or_none(method, layout) is None:
            client_method = method_of(_client(_never, layout), method.name)
            with pytest.raises(LayoutError, match="layout=") as raised:
                client_method(**required_arguments(method))
            other = next(name for name in SPECS if name != layout)
            assert f"layout={other!r}" in str(raised.value)


def operation_for_or_none(method: Method[Any], layout: str) -> Operation[Any] | None:
    candidates = (method.flat,) if layout == "flat" else method.rest
    return next((op for op in candidates if op is not None), None)


@pytest.mark.parametrize("served", SERVED, ids=_served_id)
def test_only_safe_operations_are_re_sent_after_a_server_error(served: tuple[Method[Any], Operation[Any]]) -> None:
    method, operation = served
    sent: list[httpx.Request] = []

    def unavailable(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503, json={"code": 503, "message": "no agents available"})

    client = _client(unavailable, operation.layout, max_retries=2, rate_limiter=False)
    with pytest.raises(tiktok_live.ServiceUnavailableError):
        method_of(client, method.name)(**required_arguments(method, operation))
    changes_state = operation.http_method not in ("GET", "HEAD")
    if changes_state and operation.retry != "always":
        assert len(sent) == 1
    else:
        assert len(sent) == 3


def test_state_changing_operations_are_never_re_sent_unless_declared_safe() -> None:
    overrides = yaml.safe_load((ROOT / "spec" / "overrides.yaml").read_text(encoding="utf-8"))
    sections = {"flat": "operations", "rest": "rest_operations"}
    for operation in _catalog.operations():
        rules = overrides.get(sections[operation.layout]) or {}
        safe = rules.get(operation.operation_id, {}).get("resend") == "safe"
        if operation.http_method not in ("GET", "HEAD") and not safe:
            assert operation.retry == "unsent-only", operation.operation_id


def test_async_client_calls_every_operation_like_the_sync_one() -> None:
    async def main() -> None:
        for method, operation in SERVED:
            seen: list[str] = []

            def teapot(request: httpx.Request, seen: list[str] = seen) -> httpx.Response:
                seen.append(request.url.path)
                return httpx.Response(418, json={"code": 418, "message": "no"})

            http = httpx.AsyncClient(transport=httpx.MockTransport(teapot), base_url=BASE_URL)
            async with tiktok_live.AsyncTikTokLiveClient(
                api_key=SECRET_KEY,
                base_url=BASE_URL,
                http_client=http,
                layout=operation.layout,  # type: ignore[arg-type]
            ) as c:
                with pytest.raises(tiktok_live.APIStatusError):
                    await method_of(c, method.name)(**required_arguments(method, operation))
            await http.aclose()
            assert len(seen) == 1

    asyncio.run(main())


# -- the CLI ---------------------------------------------------------------------------------------------------


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_method_is_a_cli_command() -> None:
    for method in _catalog.methods():
        parser = cli.build_parser()
        for word in method.command.split():  # `room-id`, or a resource's `alerts targets list`
            parser = _commands(parser)[word]
        assert parser.get_default("api_method") is method
        if method.on_client:  # also a command of its resource
            parser = cli.build_parser()
            for word in [*method.resource.split("."), method.attribute]:
                parser = _commands(parser)[word.replace("_", "-")]
            assert parser.get_default("api_method") is method


def _cli_words(method: Method[Any], operation: Operation[Any], tmp_path: Path) -> list[str]:
    words = method.command.split()  # `room-id`, or a resource's `alerts targets list`
    by_name = {param.name: param for param in method.params}
    for name, value in required_arguments(method, operation).items():
        param = by_name[name]
        if param.secret or param.environment:  # the CLI reads these from TIKTOK_<NAME>
            continue
        if isinstance(value, bytes):
            path = tmp_path / f"{name}.bin"
            path.write_bytes(value)
            value = str(path)
        elif isinstance(value, datetime.datetime):
            value = value.isoformat()
        elif isinstance(value, dict):
            value = json.dumps(value)
        flag = "--" + _dest(param).rstrip("_").replace("_", "-")
        if isinstance(value, bool):
            words.append(flag if value else "--no-" + flag[2:])
            continue
        text = [str(item) for item in value] if isinstance(value, list) else [str(value)]
        positional = param.required and param.check != "list" and name not in method.primary.exactly_one_of
        words += text if positional else [flag, *text]
    return words


@pytest.mark.parametrize("served", SERVED, ids=_served_id)
def test_every_command_runs_against_the_fake(
    served: tuple[Method[Any], Operation[Any]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    method, operation = served
    monkeypatch.setenv("TIKTOK_SESSION_ID", SESSION)
    monkeypatch.setenv("TIKTOK_TT_TARGET_IDC", "useast2a")
    code = cli.main(["--mock", "--json", "--layout", operation.layout, *_cli_words(method, operation, tmp_path)])
    out, err = capsys.readouterr()
    # The fake serves every operation and --mock uses an Enterprise key; only the sample ids in paths
    # (accounts, alerts, ...) may name nothing.
    path_ids = any(param.location == "path" for param in operation.params)
    assert code in ((0, 8) if path_ids else (0,)), err
    assert "Traceback" not in err
    if code == 0:
        json.loads(out)
    assert SESSION not in out + err


@pytest.mark.parametrize("served", SERVED, ids=_served_id)
def test_every_command_parses_alike_when_its_parser_is_filled_in_lazily(
    served: tuple[Method[Any], Operation[Any]], tmp_path: Path
) -> None:
    # `main` fills in only the chosen command's parser (cli._LazyCommands); build_parser() builds them all.
    method, operation = served
    words = ["--layout", operation.layout, *_cli_words(method, operation, tmp_path)]
    lazy = cli.build_parser(lazy=True).parse_args(words)
    assert vars(lazy) == vars(cli.build_parser().parse_args(words))
    assert lazy.api_method is method


def test_listing_names_every_operation_of_every_layout(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["operations", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    for layout, spec in SPECS.items():
        expected = _spec_operations(spec)
        mine = [entry for entry in entries if entry["layout"] == layout]
        assert {entry["operation_id"] for entry in mine} == set(expected)
        for entry in mine:
            assert entry["plans"] == list(expected[entry["operation_id"]][2].get("x-euler-plans", []))
            operation = next(
                op for op in _catalog.operations() if (op.layout, op.operation_id) == (layout, entry["operation_id"])
            )
            names = [p["name"] for p in entry["required"] + entry["optional"]]
            assert sorted(names) == sorted(p.name for p in operation.params if p.constant is None and not p.derive)
    assert listing() == entries
    for layout in SPECS:
        assert cli.main(["operations", "--json", "--layout", layout]) == 0
        assert {entry["layout"] for entry in json.loads(capsys.readouterr().out)} == {layout}


def test_docs_table_of_operations_is_current() -> None:
    page = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    start, end = "<!-- operations:start -->", "<!-- operations:end -->"
    assert start in page, "docs/operations.md lacks the operations markers"
    assert end in page, "docs/operations.md lacks the operations markers"
    table = page.split(start, 1)[1].split(end, 1)[0]
    assert table.strip() == markdown_table().strip(), "run `make generate` to refresh docs/operations.md's table"


@pytest.mark.parametrize("operation", _catalog.operations(), ids=lambda op: f"{op.layout}-{op.operation_id}")
def test_every_result_model_has_a_docstring(operation: Operation[Any]) -> None:
    if not operation.model:
        pytest.skip(f"{operation.operation_id} answers {operation.answer}, not a JSON model")
    module, _, name = operation.model.partition(":")
    model = getattr(importlib.import_module(module), name)
    assert (model.__doc__ or "").strip(), f"{name} has no docstring (spec fix describe-schemas)"


def test_the_layout_comes_from_the_environment_and_a_bad_one_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EULER_API_LAYOUT", "rest")
    with tiktok_live.TikTokLiveClient(api_key=SECRET_KEY) as client:
        assert (client.layout, client.base_url) == ("rest", "https://api.eulerstream.com")
    monkeypatch.setenv("EULER_API_LAYOUT", "sideways")
    with pytest.raises(ValueError, match="EULER_API_LAYOUT"):
        tiktok_live.TikTokLiveClient(api_key=SECRET_KEY)
    with pytest.raises(ValueError, match="layout must be"):
        tiktok_live.TikTokLiveClient(api_key=SECRET_KEY, layout="sideways")  # type: ignore[arg-type]


def test_the_generated_catalog_and_resources_have_no_stale_module(tmp_path: Path) -> None:
    """What generation no longer writes (a resource the spec dropped, the former one-file catalog) is stale: the
    up-to-date check names it and generation deletes it."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        generator = importlib.import_module("generate_facade")
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    package = ROOT / "tiktok_live"
    written = {
        path.relative_to(package).as_posix() for d in generator.GENERATED_DIRS for path in (package / d).glob("*.py")
    }
    assert generator.stale(package, written) == []
    for name in ("_catalog/dropped.py", "resources/dropped.py", "_catalog.py", "keep.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    assert sorted(p.relative_to(tmp_path).as_posix() for p in generator.stale(tmp_path, {"resources/kept.py"})) == [
        "_catalog.py",
        "_catalog/dropped.py",
        "resources/dropped.py",
    ]
