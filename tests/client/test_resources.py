"""The clients' resources (`client.alerts.create(...)`) and pages: every operation is reachable through the
resource of its tag on both clients, the everyday methods stay on the client too, a resource of one layout says
so under the other, resources load when first used, and list operations page lazily, by rule."""

from __future__ import annotations

import asyncio
import inspect
import json
import subprocess
import sys
from typing import Any

import httpx
import pytest

import tiktok_live
import tiktok_live.resources
from tiktok_live import AsyncTikTokLiveClient, LayoutError, TikTokLiveClient, TikTokLiveError, _catalog
from tiktok_live._operations import Method, Operation
from tiktok_live._pagination import AsyncPage, AsyncPager, SyncPage
from tiktok_live.testing import FakeEulerService

from .._helpers import BASE_URL, SECRET_KEY, method_of
from .test_facade import required_arguments

RESOURCE_METHODS = [m for m in _catalog.methods() if m.resource]
PAGED = [(m, op) for m in _catalog.methods() if m.paging is not None for op in m.operations]


def test_every_method_has_a_resource() -> None:
    assert list(_catalog.methods()) == RESOURCE_METHODS


@pytest.mark.parametrize("method", _catalog.methods(), ids=lambda m: m.name)
def test_every_method_is_reachable_through_its_resource_on_both_clients(method: Method[Any]) -> None:
    path = f"{method.resource}.{method.attribute}"
    sync_function = method_of(TikTokLiveClient, path)
    async_function = method_of(AsyncTikTokLiveClient, path)
    assert inspect.signature(sync_function).parameters == inspect.signature(async_function).parameters
    if method.on_client:  # the everyday methods: the same call on the client and in its resource
        assert method.name == method.name.split(".")[-1]
        on_client = inspect.signature(getattr(TikTokLiveClient, method.name))
        assert on_client.parameters == inspect.signature(sync_function).parameters
    else:
        assert method.name == path
        assert not hasattr(TikTokLiveClient, method.name.split(".")[-1]) or method.attribute in dir(object)


def test_the_clients_own_methods_are_only_the_everyday_ones() -> None:
    """Every other operation lives in its resource: the client's namespace stays short."""
    everyday = {m.name for m in _catalog.methods() if m.on_client}
    resources = set(tiktok_live.resources.RESOURCES)
    for client in (TikTokLiveClient, AsyncTikTokLiveClient):
        public = {name for name in dir(client) if not name.startswith("_")}
        from_spec = {m.name for m in _catalog.methods()} | {m.name.split(".")[0] for m in _catalog.methods()}
        assert public & from_spec <= everyday | resources
        assert everyday | resources <= public


def test_a_resource_of_one_layout_raises_layout_error_under_the_other_before_sending() -> None:
    sent: list[httpx.Request] = []

    def rest_only(resource: str) -> bool:
        return all(m.flat is None for m in _catalog.methods() if m.resource == resource)

    only_rest = [m for m in _catalog.methods() if rest_only(m.resource)]
    if not only_rest:
        pytest.skip("every resource has an operation in the flat layout")
    method = only_rest[0]
    http = httpx.Client(transport=httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200)))
    with TikTokLiveClient(api_key=SECRET_KEY, http_client=http, base_url=BASE_URL) as client:
        with pytest.raises(LayoutError, match="REST layout") as raised:
            method_of(client, method.name)(**required_arguments(method))
    assert isinstance(raised.value, TikTokLiveError)
    assert method.name in str(raised.value)
    assert sent == []
    resource = type(method_of(client, method.resource))
    assert "Only in the REST layout" in (resource.__doc__ or "")


def test_resources_load_when_first_used() -> None:
    code = (
        "import sys, tiktok_live\n"
        "client = tiktok_live.TikTokLiveClient(api_key='k' * 32)\n"
        "before = sorted(m for m in sys.modules if m.startswith('tiktok_live.resources.'))\n"
        "client.alerts\n"
        "after = sorted(m for m in sys.modules if m.startswith('tiktok_live.resources.'))\n"
        "print(before, after)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] ['tiktok_live.resources.alerts']"


def test_copies_of_a_client_get_their_own_resources() -> None:
    with TikTokLiveClient(api_key=SECRET_KEY) as client:
        resource = client.alerts
        assert client.alerts is resource  # built once
        copy = client.with_options(max_retries=0)
        assert copy.alerts is not resource
        assert copy.alerts._client is copy
        assert client.with_raw_response.alerts._twin._client is not client


# -- pages -----------------------------------------------------------------------------------------------------


def _account(service: FakeEulerService) -> int:
    return service.account(SECRET_KEY).id


@pytest.mark.parametrize("layout", ["flat", "rest"])
def test_a_list_iterates_across_every_page_lazily(layout: str) -> None:
    service = FakeEulerService()
    requests: list[httpx.Request] = []
    transport = service.transport()

    def counting(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return transport.handle_request(request)

    http = httpx.Client(transport=httpx.MockTransport(counting), base_url=BASE_URL)
    with TikTokLiveClient(api_key=SECRET_KEY, base_url=BASE_URL, http_client=http, layout=layout) as client:
        account = _account(service)
        for index in range(23):
            service.add_creator(f"creator{index}")
            client.alerts.create(account, f"creator{index}")
        requests.clear()
        page = client.alerts.list(account)
        assert isinstance(page, SyncPage)
        assert len(requests) == 1  # only the first page so far
        assert page.has_next_page()
        assert len(page.items) > 0
        assert page.code == page.result.code  # the answer's fields read through the page
        iterator = iter(page)
        next(iterator)
        assert len(requests) == 1  # lazily: the next page only when its first item is needed
        alerts = [next(iterator), *iterator]
        assert len(alerts) + 1 == 23
        numbers = [page.page for page in client.alerts.list(account).iter_pages()]
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        last = client.alerts.list(account, page=numbers[-1])
        assert not last.has_next_page()
        assert last.next_page() is None
        raw = client.with_raw_response.alerts.list(account)
        assert raw.http_response.status_code == 200
        assert raw.parse().alerts == page.alerts


def test_the_async_client_pages_with_async_for_and_await() -> None:
    service = FakeEulerService()

    async def main() -> None:
        http = httpx.AsyncClient(transport=service.async_transport(), base_url=BASE_URL)
        async with AsyncTikTokLiveClient(api_key=SECRET_KEY, base_url=BASE_URL, http_client=http) as client:
            account = _account(service)
            for index in range(15):
                service.add_creator(f"creator{index}")
                await client.alerts.create(account, f"creator{index}")
            pager = client.alerts.list(account)
            assert isinstance(pager, AsyncPager)
            alerts = [alert async for alert in pager]
            assert len(alerts) == 15
            first = await client.alerts.list(account)
            assert isinstance(first, AsyncPage)
            assert first.has_next_page()
            pages = [page async for page in first.iter_pages()]
            assert sum(len(page.items) for page in pages) == 15
            raw = await client.with_raw_response.alerts.list(account)
            assert raw.http_response.status_code == 200

    asyncio.run(main())


def _has_more_key(body: dict[str, Any]) -> str | None:
    return next((key for key in body if key.replace("_", "").lower() == "hasmore"), None)


@pytest.mark.parametrize("served", PAGED, ids=lambda pair: f"{pair[1].layout}-{pair[1].operation_id}")
def test_every_paged_operation_asks_for_the_next_page_while_the_service_says_more(
    served: tuple[Method[Any], Operation[Any]],
) -> None:
    """By rule, for any list the spec pages: the service's own answers, told "more" for the first two pages."""
    method, operation = served
    paging = method.paging
    assert paging is not None
    service = FakeEulerService()
    transport = service.transport()
    asked: list[str | None] = []
    empty: list[bool] = []

    def two_more(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.params.get(paging.param))
        answer = transport.handle_request(request)
        answer.read()
        body = json.loads(answer.content)
        if not any(value for value in body.values() if isinstance(value, list)):
            empty.append(True)  # an empty page ends the iteration whatever the flag says
        body[_has_more_key(body) or paging.has_more] = len(asked) < 3
        return httpx.Response(200, json=body)

    http = httpx.Client(transport=httpx.MockTransport(two_more), base_url=BASE_URL)
    with TikTokLiveClient(api_key=SECRET_KEY, base_url=BASE_URL, layout=operation.layout, http_client=http) as c:
        arguments = required_arguments(method, operation)
        if "account_id" in arguments:  # the fake's account of this key
            arguments["account_id"] = _account(service)
        page = method_of(c, method.name)(**arguments)
        pages = list(page.iter_pages())
    if empty:
        pytest.skip(f"the fake answers {operation.operation_id} with no items here (see the alerts tests)")
    assert len(pages) == 3
    first = paging.first
    assert asked == [str(first), str(first + 1), str(first + 2)]


# -- one signature per method ----------------------------------------------------------------------------------


@pytest.mark.parametrize("method", _catalog.methods(), ids=lambda m: m.name)
def test_required_arguments_are_positional_everywhere(method: Method[Any]) -> None:
    for client in (TikTokLiveClient, AsyncTikTokLiveClient):
        parameters = list(inspect.signature(method_of(client, method.name)).parameters.values())[1:]
        for parameter in parameters:
            if parameter.default is inspect.Parameter.empty:
                assert parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, parameter.name


@pytest.mark.parametrize("method", [m for m in _catalog.methods() if any(p.required for p in m.params)], ids=str)
def test_a_call_missing_an_argument_names_the_class_users_see(method: Method[Any]) -> None:
    with TikTokLiveClient(api_key=SECRET_KEY) as client:
        with pytest.raises(TypeError) as raised:
            method_of(client, method.name)()
    owner = str(raised.value).split(".")[0]
    public = {"TikTokLiveClient"} | {
        name for module in tiktok_live.resources.RESOURCES for name in _resource_module(module).__all__
    }
    assert owner in public, str(raised.value)


def _resource_module(name: str) -> Any:
    import importlib

    return importlib.import_module(f"tiktok_live.resources.{name}")


SHAPED = [op for op in _catalog.operations() if op.body_alternatives]


@pytest.mark.parametrize("operation", SHAPED, ids=lambda op: f"{op.layout}-{op.operation_id}")
def test_a_body_of_several_shapes_takes_each_and_says_so_when_none_is_given(operation: Operation[Any]) -> None:
    from tiktok_live._calls import build_call

    from .test_facade import sample

    by_name = {p.name: p for p in operation.params}
    base = {name: value for name, value in required_arguments(_method_of(operation), operation).items()}
    for _, required, names in operation.body_alternatives:
        arguments = {k: v for k, v in base.items() if by_name.get(k) is None or by_name[k].location != "body"}
        arguments |= {name: _sample_for(operation, by_name[name], sample) for name in required}
        body = build_call(operation, arguments).request["json"]
        wires = {by_name[name].wire for name in names}
        assert set(body) <= wires, (set(body), wires)
    bare = {k: v for k, v in base.items() if by_name.get(k) is None or by_name[k].location != "body"}
    with pytest.raises(TypeError, match="one of the body's forms"):
        build_call(operation, bare)


def _method_of(operation: Operation[Any]) -> Method[Any]:
    return next(m for m in _catalog.methods() if operation in m.operations)


def _sample_for(operation: Operation[Any], param: Any, sample: Any) -> Any:
    from .test_facade import _object_sample

    if param.check == "object":
        return _object_sample_of_any_shape(operation, param) or _object_sample(operation, param)
    return sample(param)


def _object_sample_of_any_shape(operation: Operation[Any], param: Any) -> Any:
    from .test_facade import SPECS, example

    spec = SPECS[operation.layout]
    declared = spec["paths"][operation.path][operation.http_method.lower()]
    schema: Any = next(iter(declared["requestBody"]["content"].values()))["schema"]
    for alternative in schema.get("anyOf") or schema.get("oneOf") or [schema]:
        resolved = spec["components"]["schemas"][alternative["$ref"].rsplit("/", 1)[1]]
        if param.wire in resolved.get("properties", {}):
            return example(resolved["properties"][param.wire], spec, param.wire)
    return None


@pytest.mark.parametrize("layout", ["flat", "rest"])
def test_numeric_user_ids_are_ints_or_digits_in_every_layout(layout: str) -> None:
    if not any(op.operation_id == "RetrieveBulkLiveCheck" for op in _catalog.operations()):
        pytest.skip("the spec has no bulk live check (make spec-chaos's drop-bulk-check)")
    service = FakeEulerService()
    http = httpx.Client(transport=service.transport(), base_url=BASE_URL)
    with TikTokLiveClient(api_key=SECRET_KEY, base_url=BASE_URL, layout=layout, http_client=http) as client:
        method = _catalog.by_name("RetrieveBulkLiveCheck")
        answer = method_of(client, method.name)([6800000789012345678, "6800000789012345679"], "session-cookie")
        assert answer.code == 200
        with pytest.raises(ValueError, match=r"user_numeric_ids\[0\]"):
            method_of(client, method.name)(["@someone"], "session-cookie")
