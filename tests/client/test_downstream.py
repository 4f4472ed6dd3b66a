"""A downstream library (tests/client/downstream/, public API only) that passes its own httpx.AsyncClient with a proxy
and event hooks uses every layer: the ergonomic methods, resources and pages, the raw answers and the generated
layer; its User-Agent is kept with ours appended; a hook raising for a status still gives the typed error; a
dead proxy on its client is named as the proxy."""

from __future__ import annotations

import ast
import asyncio
from pathlib import Path

import httpx
import pytest

from tiktok_live import APIConnectionError, NotFoundError
from tiktok_live.testing import FakeEulerService

from .._forward_proxy import forward_proxy
from .._helpers import closed_port
from .downstream.watcher import USER_AGENT, Watcher

KEY = "downstream-key-0123456789"
LIBRARY = Path(__file__).parent / "downstream"


def test_the_library_imports_nothing_private() -> None:
    for path in LIBRARY.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module != "__future__":
                assert not any(part.startswith("_") for part in node.module.split(".")), (path, node.module)
                assert not any(alias.name.startswith("_") for alias in node.names), (path, node.module)


def test_every_layer_works_through_the_librarys_own_client_with_a_proxy_and_hooks() -> None:
    service = FakeEulerService()
    service.add_creator("someone")
    seen: list[httpx.Request] = []

    async def remember(request: httpx.Request) -> None:
        seen.append(request)

    async def main(base_url: str, proxy: str) -> None:
        http = httpx.AsyncClient(proxy=proxy, event_hooks={"request": [remember]}, headers={"User-Agent": USER_AGENT})
        async with http:
            watcher = Watcher(http, api_key=KEY, base_url=base_url)
            assert await watcher.room_id("someone") == await watcher.generated_room_id("someone")
            raw = await watcher.raw_room_id("someone")
            assert raw.http_response.status_code == 200
            account = await watcher.account_id()
            assert await watcher.alert_ids(account) == []

    with service.serve() as base_url, forward_proxy() as (proxy, relayed):
        asyncio.run(main(base_url, proxy))
    assert len(relayed) == len(seen) == 5  # every request went through the proxy and the hooks
    for request in seen:
        assert request.headers["x-api-key"] == KEY
        agent = request.headers["User-Agent"]
        assert agent.startswith(USER_AGENT + " tiktok-live/"), agent  # theirs kept, ours appended
    assert any(request.url.path == "/webcast/room_id" for request in seen)


def test_a_hook_raising_for_the_status_still_gives_the_typed_error() -> None:
    service = FakeEulerService()

    async def main() -> None:
        async def strict(response: httpx.Response) -> None:
            response.raise_for_status()

        http = httpx.AsyncClient(transport=service.async_transport(), event_hooks={"response": [strict]})
        async with http:
            watcher = Watcher(http, api_key=KEY, base_url="https://fake.test")
            with pytest.raises(NotFoundError) as raised:
                await watcher.room_id("nobody_here")
            assert raised.value.status_code == 404

    asyncio.run(main())


def test_a_dead_proxy_on_the_librarys_client_is_named() -> None:
    port = closed_port()

    async def main() -> None:
        async with httpx.AsyncClient(proxy=f"http://user:secret@127.0.0.1:{port}") as http:
            watcher = Watcher(http, api_key=KEY, base_url="http://api.example.test")
            with pytest.raises(APIConnectionError) as raised:
                await watcher.room_id("someone")
        message = str(raised.value)
        assert f"proxy http://127.0.0.1:{port}" in message
        assert "http_client" in message
        assert "secret" not in message

    asyncio.run(main())


def test_a_fetch_answer_gives_its_cookies_and_the_push_connection() -> None:
    from tiktok_live import TikTokLiveClient

    service = FakeEulerService()
    service.add_creator("someone")
    http = httpx.Client(transport=service.transport(), base_url="https://fake.test")
    with TikTokLiveClient(api_key=KEY, base_url="https://fake.test", http_client=http) as client:
        result = client.fetch_webcast_url(unique_id="someone")
    cookies = result.cookies
    assert cookies
    assert str(cookies) == result.set_tt_cookie
    for value in cookies.values():
        assert value not in repr(cookies)
    connection = result.push_connection()
    assert connection is not None
    envelope = result.envelope
    query = httpx.URL(connection.url).params
    assert connection.url.startswith(envelope.push_server)
    assert query["cursor"] == envelope.cursor
    assert query["internal_ext"] == envelope.internal_ext
    for name, value in envelope.route_params.items():
        assert query[name] == value
    assert connection.headers == {"Cookie": result.set_tt_cookie}
    assert result.set_tt_cookie not in repr(connection)
