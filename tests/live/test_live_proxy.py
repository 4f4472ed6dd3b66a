"""live_events() reaches the WebSocket through a proxy (the client's own, or `proxy=`), with extra handshake
headers and TLS settings, all checked before connecting; tested through a real loopback forward proxy."""

from __future__ import annotations

import ssl

import httpx
import pytest

from tiktok_live import LiveOptionsError, TikTokLiveClient
from tiktok_live.testing import FakeEulerService, FakeLiveServer

from .._forward_proxy import forward_proxy

KEY = "live-proxy-key-0123456789"


def _read(client: TikTokLiveClient, ws_url: str, **options: object) -> int:
    with client.live_events("someone", ws_url=ws_url, **options) as events:  # type: ignore[arg-type]
        return sum(1 for _ in events)


def test_the_proxy_of_the_users_http_client_carries_the_websocket_too() -> None:
    with FakeLiveServer(FakeEulerService(), events=5) as live, forward_proxy() as (proxy, relayed):
        address = live.ws_url.split("//", 1)[1].rstrip("/")
        with httpx.Client(proxy=proxy) as http, TikTokLiveClient(api_key=KEY, http_client=http) as client:
            assert _read(client, live.ws_url) > 0
        assert f"CONNECT {address}" in relayed


def test_proxy_option_and_headers_reach_the_websocket() -> None:
    with FakeLiveServer(FakeEulerService(), events=3) as live, forward_proxy() as (proxy, relayed):
        with TikTokLiveClient(api_key=KEY) as client:
            assert _read(client, live.ws_url, proxy=proxy, headers={"X-Trace": "abc"}) > 0
        assert any(entry.startswith("CONNECT ") for entry in relayed)
        assert live.connections[-1].headers["x-trace"] == "abc"


def test_without_a_proxy_nothing_goes_through_one(monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeLiveServer(FakeEulerService(), events=2) as live, forward_proxy() as (proxy, relayed):
        monkeypatch.setenv("ALL_PROXY", proxy)
        with TikTokLiveClient(api_key=KEY) as client:
            assert _read(client, live.ws_url, proxy=None) > 0
        assert relayed == []


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"proxy": "ftp://127.0.0.1:1"}, ValueError),
        ({"proxy": 3}, TypeError),
        ({"headers": {"X": 1}}, TypeError),
        ({"ssl": "yes"}, TypeError),
    ],
)
def test_bad_connection_options_fail_before_connecting(options: dict[str, object], error: type[Exception]) -> None:
    with TikTokLiveClient(api_key=KEY) as client, pytest.raises((error, LiveOptionsError)):
        client.live_events("someone", ws_url="ws://127.0.0.1:9", **options)  # type: ignore[arg-type]


def test_an_ssl_context_is_accepted() -> None:
    with TikTokLiveClient(api_key=KEY) as client:
        events = client.live_events("someone", ws_url="wss://127.0.0.1:9", ssl=ssl.create_default_context())
        assert events is not None
