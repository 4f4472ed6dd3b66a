"""The pytest11 plugin's fixtures, used the way a library's users would."""

from __future__ import annotations

from typing import Any, ClassVar

import httpx
import pytest

from tiktok_live import AsyncTikTokLiveClient, NotFoundError, RateLimitError, TikTokLiveClient
from tiktok_live.testing import FakeEulerService


def test_plugin_client_talks_to_the_fake(tiktok_live_client: TikTokLiveClient, fake_euler: FakeEulerService) -> None:
    assert tiktok_live_client.room_id("@someone").is_live is True
    fake_euler.set_live("someone", False)
    assert tiktok_live_client.room_id("someone").is_live is False
    assert [r.path for r in fake_euler.requests] == ["/webcast/room_id", "/webcast/room_id"]


def test_plugin_client_sees_scripted_faults(tiktok_live_client: TikTokLiveClient, fake_euler: FakeEulerService) -> None:
    fake_euler.fail_next("room_info", status=429, retry_after=1, times=3)
    with pytest.raises(RateLimitError) as caught:
        tiktok_live_client.room_info("someone")
    assert caught.value.retry_after == 1.0
    with pytest.raises(NotFoundError):
        tiktok_live_client.room_info("nobody_here")


@pytest.mark.anyio
async def test_plugin_async_client(async_tiktok_live_client: AsyncTikTokLiveClient) -> None:
    webcast = await async_tiktok_live_client.fetch_webcast_url(unique_id="someone")
    assert webcast.envelope.push_server.startswith("wss://")
    assert webcast.envelope.cursor
    assert webcast.set_tt_cookie


class TestYourOwnHttpClient:
    """A library overrides `tiktok_live_http_client` to test through its own httpx client."""

    seen: ClassVar[list[str]] = []

    @pytest.fixture
    def tiktok_live_http_client(self) -> Any:
        def factory(transport: httpx.BaseTransport) -> httpx.Client:
            hooks = {"request": [lambda request: self.seen.append(request.url.path)]}
            return httpx.Client(transport=transport, event_hooks=hooks, headers={"User-Agent": "my-lib/2"})

        return factory

    def test_the_fixture_client_sends_through_it(self, tiktok_live_client: TikTokLiveClient) -> None:
        assert tiktok_live_client.room_id("someone").is_live is True
        assert self.seen == ["/webcast/room_id"]


def test_the_public_sleep_option_replaces_every_wait() -> None:
    waits: list[float] = []
    service = FakeEulerService()
    service.fail_next("room_info", status=503, times=2)
    http = httpx.Client(transport=service.transport())
    with TikTokLiveClient(api_key="k" * 20, base_url="https://x.test", http_client=http, sleep=waits.append) as c:
        c.room_info("someone")
    assert len(waits) == 2
    with pytest.raises(TypeError, match="sleep"):
        TikTokLiveClient(api_key="k" * 20, sleep=1.0)  # type: ignore[arg-type]
