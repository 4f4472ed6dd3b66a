"""The pytest11 plugin's fixtures, used the way a library's users would."""

from __future__ import annotations

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
