"""The clients' own connection pool: requests spread over small httpx pools, one connection when sequential."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import http.server
import json
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

import tiktok_live
from tiktok_live import _pool
from tiktok_live._constants import DEFAULT_LIMITS, POOL_SHARDS
from tiktok_live_api.api.webcast import retrieve_room_id

ROOM_ID_BODY = json.dumps({"code": 200, "ok": True, "routes_attempted": ["web"], "is_live": True, "room_id": "7"})


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive

    def do_GET(self) -> None:
        body = ROOM_ID_BODY.encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _CountingServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    connections = 0

    def get_request(self) -> tuple[object, object]:
        request = super().get_request()
        self.connections += 1
        return request


@pytest.fixture
def server() -> Iterator[_CountingServer]:
    server = _CountingServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _url(server: _CountingServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def test_sequential_sync_calls_use_one_connection(server: _CountingServer) -> None:
    with tiktok_live.TikTokLiveClient(api_key="k", base_url=_url(server)) as client:
        assert isinstance(client._http._transport, _pool.ShardedTransport)
        for _ in range(20):
            assert client.room_id("someone").room_id == "7"
    assert server.connections == 1


def test_sequential_async_calls_use_one_connection(server: _CountingServer) -> None:
    async def run() -> None:
        async with tiktok_live.AsyncTikTokLiveClient(api_key="k", base_url=_url(server)) as client:
            assert isinstance(client._http._transport, _pool.ShardedAsyncTransport)
            for _ in range(20):
                assert (await client.room_id("someone")).room_id == "7"

    asyncio.run(run())
    assert server.connections == 1


def test_a_proxy_in_the_environment_gets_httpx_own_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    with tiktok_live.TikTokLiveClient(api_key="k") as client:
        assert not isinstance(client._http._transport, _pool.ShardedTransport)
        assert client._http._mounts  # httpx set up the proxy
    assert _pool.async_transport(DEFAULT_LIMITS, POOL_SHARDS) is None


def test_limits_are_shared_between_the_pools() -> None:
    shard = _pool._shard_limits(httpx.Limits(max_connections=100, max_keepalive_connections=25), 10)
    assert (shard.max_connections, shard.max_keepalive_connections) == (10, 3)
    unbounded = _pool._shard_limits(httpx.Limits(max_connections=None, max_keepalive_connections=None), 4)
    assert (unbounded.max_connections, unbounded.max_keepalive_connections) == (None, None)


def _mocked(transport: _pool.ShardedTransport, seen: list[int]) -> None:
    for index in range(len(transport._transports)):
        transport._transports[index] = httpx.MockTransport(
            lambda request, index=index: seen.append(index) or httpx.Response(200, content=b"x")  # type: ignore[func-returns-value]
        )


def test_requests_go_to_the_least_busy_pool_and_free_it_when_closed() -> None:
    transport = _pool.ShardedTransport(DEFAULT_LIMITS, 3)
    seen: list[int] = []
    _mocked(transport, seen)
    client = httpx.Client(transport=transport)
    for _ in range(3):
        client.get("http://test/")  # read and closed: the pool is free again
    assert seen == [0, 0, 0]
    with contextlib.ExitStack() as open_streams:
        responses = [open_streams.enter_context(client.stream("GET", "http://test/")) for _ in range(4)]
        assert seen[3:] == [0, 1, 2, 0]
        assert transport._load.counts == [2, 1, 1]
        responses[0].close()  # then closed again on leaving: a slot is freed once
        assert transport._load.counts == [1, 1, 1]
    assert transport._load.counts == [0, 0, 0]


def test_a_failed_request_frees_its_slot() -> None:
    transport = _pool.ShardedTransport(DEFAULT_LIMITS, 2)

    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    transport._transports[0] = httpx.MockTransport(fail)
    with pytest.raises(httpx.ConnectError):
        httpx.Client(transport=transport).get("http://test/")
    assert transport._load.counts == [0, 0]


def test_async_requests_free_their_slot() -> None:
    transport = _pool.ShardedAsyncTransport(DEFAULT_LIMITS, 2)
    for index in range(2):
        transport._transports[index] = httpx.MockTransport(lambda request: httpx.Response(200, content=b"x"))

    async def run() -> None:
        async with httpx.AsyncClient(transport=transport) as client:
            responses = await asyncio.gather(*(client.get("http://test/") for _ in range(5)))
            assert all(response.content == b"x" for response in responses)

    asyncio.run(run())
    assert transport._load.counts == [0, 0]


# -- the lane: each shard's own connection for the clients' direct path -----------------------------------------


class _ClosingHandler(_Handler):
    """Answers, then closes the connection without saying so (as a server's idle timeout does)."""

    def do_GET(self) -> None:
        super().do_GET()
        self.close_connection = True


class _SayingCloseHandler(_Handler):
    """Answers with `Connection: close`."""

    def do_GET(self) -> None:
        body = ROOM_ID_BODY.encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.send_header("connection", "close")
        self.end_headers()
        self.wfile.write(body)


@pytest.mark.parametrize("handler", [_ClosingHandler, _SayingCloseHandler])
def test_a_lane_connection_the_server_closed_is_replaced(handler: type[_Handler]) -> None:
    server = _CountingServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with tiktok_live.TikTokLiveClient(api_key="k", base_url=_url(server), max_retries=0) as client:
            for _ in range(5):
                assert client.room_id("someone").room_id == "7"
                time.sleep(0.02)  # the server's close reaches the client's socket

        async def run() -> None:
            async with tiktok_live.AsyncTikTokLiveClient(api_key="k", base_url=_url(server), max_retries=0) as client:
                for _ in range(5):
                    assert (await client.room_id("someone")).room_id == "7"
                    await asyncio.sleep(0.02)

        asyncio.run(run())
    finally:
        server.shutdown()
        server.server_close()
    assert server.connections == 10


def test_calls_in_flight_together_share_the_lane_and_the_pool(server: _CountingServer) -> None:
    with tiktok_live.TikTokLiveClient(api_key="k", base_url=_url(server)) as client:
        shard = client._transport._transports[0]
        assert isinstance(shard, _pool._Shard)
        shard._lane_free.acquire()  # the lane is taken: the shard's pool answers
        try:
            assert client.room_id("someone").room_id == "7"
        finally:
            shard._lane_free.release()
        assert client.room_id("someone").room_id == "7"  # the lane, on a connection of its own
        with concurrent.futures.ThreadPoolExecutor(8) as threads:
            results = list(threads.map(lambda _: client.room_id("someone").room_id, range(40)))
    assert results == ["7"] * 40
    assert server.connections >= 2


def test_the_lane_is_one_of_the_shard_connections() -> None:
    assert _pool._pool_limits(httpx.Limits(max_connections=10, max_keepalive_connections=10)) == (9, 9, True)
    assert _pool._pool_limits(httpx.Limits(max_connections=None, max_keepalive_connections=None)) == (None, None, True)
    assert _pool._pool_limits(httpx.Limits(max_connections=1, max_keepalive_connections=1)) == (1, 1, False)


# -- what reaches the wire ---------------------------------------------------------------------------------------


class _RecordingHandler(_Handler):
    """Answers as `_Handler`, keeping each request's line and headers as they came (names' case and order)."""

    seen: list[tuple[bytes, list[tuple[str, str]]]]

    def do_GET(self) -> None:
        self.seen.append((self.raw_requestline, list(self.headers.items())))
        super().do_GET()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_direct_path_sends_the_bytes_httpx_sends(kind: str) -> None:
    """The direct path hands h11 the headers it checked once (`_pool._h11_headers`): on the wire each request
    still carries the headers httpx's own transport sends for it, with their case and in their order."""
    seen: list[tuple[bytes, list[tuple[str, str]]]] = []
    handler = type("Recording", (_RecordingHandler,), {"seen": seen})
    server = _CountingServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = {"api_key": "the-key", "base_url": _url(server), "jwt": "the-jwt", "default_headers": {"X-Team": "a"}}
    try:
        if kind == "sync":
            with tiktok_live.TikTokLiveClient(**options) as client:  # type: ignore[arg-type]
                client.room_id("someone")
                client.room_id("someone.else")
                retrieve_room_id.sync_detailed(client=client.generated, unique_id="someone")
        else:

            async def run() -> None:
                async with tiktok_live.AsyncTikTokLiveClient(**options) as client:  # type: ignore[arg-type]
                    await client.room_id("someone")
                    await client.room_id("someone.else")
                    await retrieve_room_id.asyncio_detailed(client=client.generated, unique_id="someone")

            asyncio.run(run())
    finally:
        server.shutdown()
        server.server_close()
    direct, second, through_httpx = seen
    assert direct == through_httpx
    assert second[0] == b"GET /webcast/room_id?uniqueId=someone.else HTTP/1.1\r\n"
    assert second[1] == direct[1]
    names = [name for name, _ in direct[1]]
    assert names[:2] == ["Host", "Accept"]  # as httpx spells them
    assert {"x-api-key", "X-Team"} <= set(names)
