"""pytest fixtures for code that uses tiktok-live, registered through the `pytest11` entry point.

    def test_my_bot(tiktok_live_client, fake_euler):
        fake_euler.set_live("someone", False)
        assert tiktok_live_client.room_id("someone").is_live is False

Nothing is imported until a fixture is used, so installing tiktok-live without its `testing` extra never
breaks a pytest run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import httpx

    from tiktok_live import AsyncTikTokLiveClient, TikTokLiveClient
    from tiktok_live.testing import FakeEulerService, FakeLiveServer

FAKE_BASE_URL = "https://fake-euler.invalid"
FAKE_API_KEY = "fake-euler-test-key"


@pytest.fixture
def fake_euler() -> FakeEulerService:
    """A fresh in-memory fake Euler service: `@someone` is live, any non-empty key is an Enterprise key."""
    from tiktok_live.testing import FakeEulerService

    return FakeEulerService()


@pytest.fixture
def tiktok_live_http_client() -> Callable[[httpx.BaseTransport], httpx.Client]:
    """Makes the `httpx.Client` the `tiktok_live_client` fixture sends through, given the fake's transport.
    Override it in your conftest.py to test with your library's own client (its headers, hooks, auth):

        @pytest.fixture
        def tiktok_live_http_client():
            return lambda transport: httpx.Client(transport=transport, event_hooks=MY_HOOKS)
    """
    import httpx

    return lambda transport: httpx.Client(transport=transport)


@pytest.fixture
def async_tiktok_live_http_client() -> Callable[[httpx.AsyncBaseTransport], httpx.AsyncClient]:
    """The `httpx.AsyncClient` of `async_tiktok_live_client`, given the fake's transport; see
    `tiktok_live_http_client`."""
    import httpx

    return lambda transport: httpx.AsyncClient(transport=transport)


@pytest.fixture
def tiktok_live_client(
    fake_euler: FakeEulerService, tiktok_live_http_client: Callable[[httpx.BaseTransport], httpx.Client]
) -> Iterator[TikTokLiveClient]:
    """A `TikTokLiveClient` whose requests go to `fake_euler`, in process, without retry sleeps."""
    from tiktok_live import TikTokLiveClient

    http_client = tiktok_live_http_client(fake_euler.transport())
    client = TikTokLiveClient(
        api_key=FAKE_API_KEY, base_url=FAKE_BASE_URL, http_client=http_client, sleep=lambda seconds: None
    )
    with http_client, client:
        yield client


@pytest.fixture
def async_tiktok_live_client(
    fake_euler: FakeEulerService,
    async_tiktok_live_http_client: Callable[[httpx.AsyncBaseTransport], httpx.AsyncClient],
) -> AsyncTikTokLiveClient:
    """An `AsyncTikTokLiveClient` whose requests go to `fake_euler`, in process, without retry sleeps.
    Its in-process transport holds no connections, so nothing needs closing."""
    from tiktok_live import AsyncTikTokLiveClient

    async def no_sleep(seconds: float) -> None:
        return None

    http_client = async_tiktok_live_http_client(fake_euler.async_transport())
    return AsyncTikTokLiveClient(api_key=FAKE_API_KEY, base_url=FAKE_BASE_URL, http_client=http_client, sleep=no_sleep)


@pytest.fixture
def fake_euler_live(fake_euler: FakeEulerService, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLiveServer]:
    """`fake_euler`'s WebSocket side on a loopback port, with EULER_WS_URL pointing at it: the clients'
    `live_events("@someone")` stream its events (as fast as they can be read)."""
    from tiktok_live.testing import FakeLiveServer

    with FakeLiveServer(fake_euler) as live:
        monkeypatch.setenv("EULER_WS_URL", live.ws_url)
        yield live
