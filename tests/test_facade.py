"""The facade generated from openapi.yaml: every operation is a typed method of both clients and of their raw
twins, a CLI command, and behaves by the same rules (argument checks, re-sending). Properties over whatever the
spec holds, never over a fixed list of operations."""

from __future__ import annotations

import asyncio
import datetime
import inspect
import json
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import tiktok_live
from tiktok_live import _catalog, cli
from tiktok_live._cli_operations import listing, markdown_table
from tiktok_live._operations import Operation, Param, build_call

from ._helpers import BASE_URL, SECRET_KEY

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SPEC_OPERATIONS = {
    operation["operationId"]: (method.upper(), path, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in METHODS
}
OPERATIONS = {operation.operation_id: operation for operation in _catalog.OPERATIONS}
LIVE_ROOM = "7321456789012345678"


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
    }
    if param.check == "choice":
        return param.choices[0]
    if param.check == "list":
        return [samples[param.items]]
    return samples[param.check]


def required_arguments(operation: Operation[Any]) -> dict[str, Any]:
    arguments = {param.name: sample(param) for param in operation.params if param.required}
    if operation.exactly_one_of:
        first = operation.exactly_one_of[0]
        arguments[first] = sample(next(p for p in operation.params if p.name == first))
    return arguments


def test_catalog_holds_exactly_the_operations_of_the_spec() -> None:
    assert set(OPERATIONS) == set(SPEC_OPERATIONS)
    for operation_id, (method, path, _) in SPEC_OPERATIONS.items():
        assert (OPERATIONS[operation_id].http_method, OPERATIONS[operation_id].path) == (method, path)


@pytest.mark.parametrize("operation", _catalog.OPERATIONS, ids=lambda op: op.operation_id)
def test_every_operation_is_a_method_of_both_clients_with_one_signature(operation: Operation[Any]) -> None:
    sync_method = getattr(tiktok_live.TikTokLiveClient, operation.name)
    async_method = getattr(tiktok_live.AsyncTikTokLiveClient, operation.name)
    assert inspect.iscoroutinefunction(async_method)
    assert inspect.signature(sync_method) == inspect.signature(async_method)
    parameters = dict(inspect.signature(sync_method).parameters)
    parameters.pop("self")
    assert set(parameters) == {param.name for param in operation.params}
    for param in operation.params:
        has_default = parameters[param.name].default is not inspect.Parameter.empty
        assert has_default == (not param.required), param.name
    assert sync_method.__doc__
    assert operation.path in sync_method.__doc__


@pytest.mark.parametrize("operation", _catalog.OPERATIONS, ids=lambda op: op.operation_id)
def test_every_method_is_fully_annotated(operation: Operation[Any]) -> None:
    import tiktok_live_api.models as models

    names = {name: getattr(models, name) for name in models.__all__}
    names.update(WebcastFetchResult=tiktok_live.WebcastFetchResult, RoomMedia=tiktok_live.RoomMedia)
    for client in (tiktok_live.TikTokLiveClient, tiktok_live.AsyncTikTokLiveClient):
        hints = typing.get_type_hints(getattr(client, operation.name), localns=names)
        assert set(hints) == {param.name for param in operation.params} | {"return"}
        if operation.answer == "model":
            assert hints["return"] is not Any
            assert hints["return"].__name__ == operation.model.rpartition(":")[2]


def test_raw_twins_have_every_method() -> None:
    with tiktok_live.TikTokLiveClient(api_key=SECRET_KEY) as client:
        for operation in _catalog.OPERATIONS:
            assert callable(getattr(client.with_raw_response, operation.name))
        assert SECRET_KEY not in repr(client.with_raw_response)


def _client(handler: Any, **options: Any) -> tiktok_live.TikTokLiveClient:
    http = httpx.Client(transport=httpx.MockTransport(handler), base_url=BASE_URL)
    client = tiktok_live.TikTokLiveClient(api_key=SECRET_KEY, base_url=BASE_URL, http_client=http, **options)
    client._sleep = lambda seconds: None  # type: ignore[method-assign]
    return client


@pytest.mark.parametrize("operation", _catalog.OPERATIONS, ids=lambda op: op.operation_id)
def test_every_argument_is_checked_before_anything_is_sent(operation: Operation[Any]) -> None:
    def never(request: httpx.Request) -> httpx.Response:
        raise AssertionError("a request was sent")

    client = _client(never)
    method = getattr(client, operation.name)
    for param in operation.params:
        arguments = required_arguments(operation)
        arguments[param.name] = object()
        with pytest.raises((TypeError, ValueError), match=param.name):
            method(**arguments)


@pytest.mark.parametrize("operation", _catalog.OPERATIONS, ids=lambda op: op.operation_id)
def test_the_request_goes_to_the_operations_route(operation: Operation[Any]) -> None:
    call = build_call(operation, required_arguments(operation))
    assert call.request["method"].upper() == operation.http_method
    template = operation.path.split("{")[0]
    assert call.request["url"].startswith(template)


@pytest.mark.parametrize("operation", _catalog.OPERATIONS, ids=lambda op: op.operation_id)
def test_only_safe_operations_are_re_sent_after_a_server_error(operation: Operation[Any]) -> None:
    sent: list[httpx.Request] = []

    def unavailable(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503, json={"code": 503, "message": "no agents available"})

    client = _client(unavailable, max_retries=2)
    with pytest.raises(tiktok_live.ServiceUnavailableError):
        getattr(client, operation.name)(**required_arguments(operation))
    changes_state = operation.http_method not in ("GET", "HEAD")
    if changes_state and operation.retry != "always":
        assert len(sent) == 1
    else:
        assert len(sent) == 3


def test_state_changing_operations_are_never_re_sent_unless_declared_safe() -> None:
    overrides = yaml.safe_load((ROOT / "spec" / "overrides.yaml").read_text(encoding="utf-8"))
    safe = {name for name, rule in overrides["operations"].items() if rule.get("resend") == "safe"}
    for operation in _catalog.OPERATIONS:
        if operation.http_method not in ("GET", "HEAD") and operation.operation_id not in safe:
            assert operation.retry == "unsent-only", operation.operation_id


def test_async_client_calls_every_operation_like_the_sync_one() -> None:
    async def main() -> None:
        for operation in _catalog.OPERATIONS:
            seen: list[str] = []

            def teapot(request: httpx.Request, seen: list[str] = seen) -> httpx.Response:
                seen.append(request.url.path)
                return httpx.Response(418, json={"code": 418, "message": "no"})

            http = httpx.AsyncClient(transport=httpx.MockTransport(teapot), base_url=BASE_URL)
            async with tiktok_live.AsyncTikTokLiveClient(api_key=SECRET_KEY, base_url=BASE_URL, http_client=http) as c:
                with pytest.raises(tiktok_live.APIStatusError):
                    await getattr(c, operation.name)(**required_arguments(operation))
            await http.aclose()
            assert len(seen) == 1

    asyncio.run(main())


# -- the CLI ---------------------------------------------------------------------------------------------------


def test_every_operation_is_a_cli_command() -> None:
    parser = cli.build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for operation in _catalog.OPERATIONS:
        assert operation.command in commands


def _cli_words(operation: Operation[Any], tmp_path: Path) -> list[str]:
    words = [operation.command]
    for name, value in required_arguments(operation).items():
        param = next(p for p in operation.params if p.name == name)
        if param.secret:
            continue
        if isinstance(value, bytes):
            path = tmp_path / f"{name}.bin"
            path.write_bytes(value)
            value = str(path)
        elif isinstance(value, datetime.datetime):
            value = value.isoformat()
        text = [str(item) for item in value] if isinstance(value, list) else [str(value)]
        positional = param.required and param.check != "list" and name not in operation.exactly_one_of
        words += text if positional else ["--" + name.rstrip("_").replace("_", "-"), *text]
    return words


@pytest.mark.parametrize("operation", _catalog.OPERATIONS, ids=lambda op: op.operation_id)
def test_every_command_runs_against_the_fake(
    operation: Operation[Any], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIKTOK_SESSION_ID", "session-SENTINEL")
    monkeypatch.setenv("TIKTOK_TT_TARGET_IDC", "useast2a")
    code = cli.main(["--mock", "--json", *_cli_words(operation, tmp_path)])
    out, err = capsys.readouterr()
    # The fake serves every operation and --mock uses an Enterprise key; only the sample ids in paths
    # (accounts, alerts, ...) may name nothing.
    path_ids = any(param.location == "path" for param in operation.params)
    assert code in ((0, 8) if path_ids else (0,)), err
    assert "Traceback" not in err
    if code == 0:
        json.loads(out)
    assert "session-SENTINEL" not in out + err


def test_listing_names_every_operation_with_its_arguments_and_plans(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["operations", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert {entry["operation_id"] for entry in entries} == set(SPEC_OPERATIONS)
    for entry in entries:
        operation = OPERATIONS[entry["operation_id"]]
        assert entry["plans"] == list(SPEC_OPERATIONS[entry["operation_id"]][2].get("x-euler-plans", []))
        names = [p["name"] for p in entry["required"] + entry["optional"]]
        assert sorted(names) == sorted(p.name for p in operation.params)
    assert listing() == entries


def test_readme_table_of_operations_is_current() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- operations:start -->", "<!-- operations:end -->"
    assert start in readme, "README.md lacks the operations markers"
    assert end in readme, "README.md lacks the operations markers"
    table = readme.split(start, 1)[1].split(end, 1)[0]
    assert table.strip() == markdown_table().strip(), "run `make generate` to refresh the README's table"
