"""Live events against the fake Euler WebSocket: every close code of the reference table, sync and async;
reconnects; secrets; argument checks. The decoder's own properties are in test_live_decoder.py."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from tiktok_live import (
    AsyncTikTokLiveClient,
    ChatEvent,
    CreatorNotLiveError,
    GenericEvent,
    GiftEvent,
    LiveAuthenticationError,
    LiveConnectionError,
    LiveConnectionLimitError,
    LiveEvent,
    LiveEventsError,
    LiveFrameError,
    LiveOptionsError,
    LivePermissionError,
    LiveStats,
    StreamEndedEvent,
    TikTokLiveClient,
    TikTokLiveError,
)
from tiktok_live.testing import FakeEulerService, FakeLiveServer, stream_messages

KEY = "live-secret-key-0123456789"
FAST = {"max_reconnect_delay": 0.01}  # reconnect at once: the backoff itself is tested on its own

# The close codes of spec/upstream/euler-websocket.md and what each must do.
ENDS = [1000, 4005]
RAISES: dict[int, type[LiveEventsError]] = {
    4400: LiveOptionsError,
    4401: LiveAuthenticationError,
    4403: LivePermissionError,
    4404: CreatorNotLiveError,
    4429: LiveConnectionLimitError,
}
TRANSIENT = [1011, 4006, 4500, 4555, 4556, 4557]


@pytest.fixture
def live() -> Iterator[FakeLiveServer]:
    with FakeLiveServer(FakeEulerService(), events=40) as server:
        yield server


def _sync_events(ws_url: str, unique_id: str = "@someone", **options: Any) -> tuple[list[LiveEvent], LiveStats]:
    with TikTokLiveClient(api_key=KEY) as client, client.live_events(unique_id, ws_url=ws_url, **options) as events:
        return list(events), events.stats


def _async_events(ws_url: str, unique_id: str = "@someone", **options: Any) -> tuple[list[LiveEvent], LiveStats]:
    async def collect() -> tuple[list[LiveEvent], LiveStats]:
        async with AsyncTikTokLiveClient(api_key=KEY) as client:
            async with client.live_events(unique_id, ws_url=ws_url, **options) as events:
                return [event async for event in events], events.stats

    return asyncio.run(collect())


COLLECTORS = {"sync": _sync_events, "async": _async_events}


@pytest.fixture(params=sorted(COLLECTORS))
def collect(request: pytest.FixtureRequest) -> Any:
    return COLLECTORS[request.param]


def _stream_events(live: FakeLiveServer) -> int:
    """How many events the fake's stream gives (gift streak steps held back), greeting excluded."""
    messages = stream_messages(live.events or 0)
    held_back = sum(
        1
        for m in messages
        if m["type"] == "WebcastGiftMessage"
        and m["data"]["repeatEnd"] == 0
        and m["data"]["giftDetails"]["giftType"] == 1
    )
    return len(messages) - held_back


def test_a_whole_stream_arrives_typed_and_ends_by_itself(live: FakeLiveServer, collect: Any) -> None:
    events, stats = collect(live.ws_url)
    assert len(events) == _stream_events(live) + 3  # workerInfo, roomInfo, tiktok.connect
    assert isinstance(events[-1], StreamEndedEvent)
    assert stats.connections == 1
    assert stats.reconnects == 0
    assert stats.last_close_code == 4005
    chats = [event for event in events if isinstance(event, ChatEvent)]
    assert chats
    assert all(chat.user.unique_id and chat.user.id.isdigit() and chat.comment for chat in chats)
    gifts = [event for event in events if isinstance(event, GiftEvent)]
    assert {gift.repeat_count for gift in gifts if gift.streakable} == {3}
    assert all(gift.streak_ended for gift in gifts)


@pytest.mark.parametrize("code", ENDS)
def test_closes_that_end_the_stream_end_iteration(live: FakeLiveServer, collect: Any, code: int) -> None:
    live.close_next(code, "bye", after=1)
    events, stats = collect(live.ws_url, **FAST)
    assert events  # what came before the close
    assert stats.reconnects == 0
    assert stats.last_close_code == code


@pytest.mark.parametrize("code", sorted(RAISES))
def test_closes_that_retrying_cannot_fix_raise_typed_errors(live: FakeLiveServer, collect: Any, code: int) -> None:
    live.close_next(code, f"refused, key was {KEY}")
    with pytest.raises(RAISES[code]) as caught:
        collect(live.ws_url, **FAST)
    assert caught.value.close_code == code
    assert isinstance(caught.value, TikTokLiveError)
    for text in (str(caught.value), repr(caught.value), caught.value.reason):
        assert KEY not in text
    assert len(live.connections) == 1  # no retry


@pytest.mark.parametrize("code", [*TRANSIENT, None], ids=lambda code: f"close-{code}" if code else "tcp-drop")
def test_transient_closes_reconnect_and_the_stream_goes_on(
    live: FakeLiveServer, collect: Any, code: int | None
) -> None:
    if code is None:
        live.drop_next(after=2)
    else:
        live.close_next(code, "try again", after=2)
    events, stats = collect(live.ws_url, **FAST)
    assert stats.reconnects == 1
    assert stats.connections == 2
    # Every event of the stream arrived once (the fake resumes where the dropped connection stopped);
    # the greeting came twice.
    assert len(events) == _stream_events(live) + 6
    assert isinstance(events[-1], StreamEndedEvent)


def test_reconnects_stop_after_the_budget(live: FakeLiveServer, collect: Any) -> None:
    for _ in range(3):
        live.close_next(4500, "TikTok closed")
    with pytest.raises(LiveConnectionError, match="failed 3 times") as caught:
        collect(live.ws_url, max_reconnects=2, **FAST)
    assert caught.value.close_code == 4500
    assert len(live.connections) == 3


def test_a_connection_that_delivers_events_resets_the_budget(live: FakeLiveServer, collect: Any) -> None:
    for _ in range(3):
        live.close_next(4556, "fetch failed", after=1)
    events, stats = collect(live.ws_url, max_reconnects=1, **FAST)
    assert stats.reconnects == 3
    assert isinstance(events[-1], StreamEndedEvent)


def test_nothing_listening_is_a_connection_error_after_the_budget(collect: Any) -> None:
    with FakeLiveServer() as server:
        ws_url = server.ws_url
    with pytest.raises(LiveConnectionError):
        collect(ws_url, max_reconnects=1, open_timeout=2, **FAST)


def test_a_silent_socket_trips_the_receive_timeout(collect: Any) -> None:
    with FakeLiveServer(events=40, rate=1.0) as slow:  # one frame of 10 messages every 10 s
        with pytest.raises(LiveConnectionError, match="receive_timeout"):
            collect(slow.ws_url, receive_timeout=0.3, max_reconnects=1, **FAST)


def test_the_service_conditions_behind_the_codes(collect: Any) -> None:
    service = FakeEulerService(strict=True)
    service.add_key(KEY)
    service.add_key("blocked-key-000", blocked=True)
    with FakeLiveServer(service, events=40, connection_limit=1, rate=50) as live:
        with pytest.raises(CreatorNotLiveError, match="not live"):
            collect(live.ws_url, "@offline_creator")
        with TikTokLiveClient(api_key="unknown-key-987654") as client:
            with pytest.raises(LiveAuthenticationError) as caught:
                list(client.live_events("@someone", ws_url=live.ws_url))
        assert "unknown-key-987654" not in str(caught.value) + caught.value.reason
        with TikTokLiveClient(api_key="blocked-key-000") as client:
            with pytest.raises(LivePermissionError):
                list(client.live_events("@someone", ws_url=live.ws_url))
        with TikTokLiveClient(api_key=KEY) as client:
            with client.live_events("@someone", ws_url=live.ws_url) as first:
                next(first)
                # The first 4429 teaches the budget the limit (1); no slot frees within the wait: the error says so.
                with pytest.raises(LiveConnectionLimitError, match=r"1 live-events connections are open.*limit is 1"):
                    list(client.live_events("@someone", ws_url=live.ws_url, max_connection_wait=0))


def test_not_live_after_a_reconnect_ends_the_stream(live: FakeLiveServer, collect: Any) -> None:
    live.close_next(4500, "TikTok closed", after=1)
    live.close_next(4404, "not live any more")
    events, stats = collect(live.ws_url, **FAST)
    assert events
    assert stats.last_close_code == 4404


def test_the_key_never_reaches_logs_reprs_or_errors(live: FakeLiveServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    live.service.strict = True  # its 4401 reason echoes the key
    with TikTokLiveClient(api_key=KEY) as client:
        events = client.live_events("@someone", ws_url=live.ws_url, **FAST)
        with pytest.raises(LiveAuthenticationError) as caught:
            list(events)
        texts = [repr(events), str(events.stats), str(caught.value), repr(caught.value), repr(client)]
    live.service.strict = False
    live.drop_next(after=1)
    events_list, stats = _sync_events(live.ws_url, **FAST)
    texts += [repr(event) for event in events_list] + [str(stats)]
    texts += [record.getMessage() for record in caplog.records]
    assert any("apiKey=" in record.getMessage() for record in caplog.records)  # the request line was logged
    for text in texts:
        assert KEY not in text


def test_callbacks_see_the_events_of_their_class(live: FakeLiveServer) -> None:
    seen: list[str] = []
    with TikTokLiveClient(api_key=KEY) as client:
        events = client.live_events("@someone", ws_url=live.ws_url)

        @events.on(ChatEvent)
        def chat(event: ChatEvent) -> None:
            seen.append(event.comment)

        stats = events.run()
    assert len(seen) == stats.events["ChatEvent"] > 0


def test_async_callbacks_may_be_coroutines(live: FakeLiveServer) -> None:
    seen: list[int] = []

    async def main() -> LiveStats:
        client = AsyncTikTokLiveClient(api_key=KEY)
        events = client.live_events("@someone", ws_url=live.ws_url)

        @events.on(GiftEvent)
        async def gift(event: GiftEvent) -> None:
            seen.append(event.diamonds)

        return await events.run()

    stats = asyncio.run(main())
    assert len(seen) == stats.events["GiftEvent"] > 0


def test_feature_flags_go_in_the_query_string(live: FakeLiveServer) -> None:
    events, _ = _sync_events(
        live.ws_url, bundle_events=False, synthetic_presence=True, presence_leave_after=120, schema_version="v2"
    )
    query = live.connections[0].query
    assert query["features.bundleEvents"] == "false"
    assert query["features.syntheticPresence"] == "true"
    assert query["features.syntheticPresenceLeaveAfter"] == "120"
    assert query["apiKey"] == "<redacted>"
    assert query["uniqueId"] == "someone"
    assert isinstance(events[-1], StreamEndedEvent)


@pytest.mark.parametrize(
    ("options", "error", "argument"),
    [
        ({"bundle_events": "yes"}, TypeError, "bundle_events"),
        ({"presence_leave_after": 10}, ValueError, "presence_leave_after"),
        ({"close_inactive_after": 30.5}, TypeError, "close_inactive_after"),
        ({"schema_version": "v3"}, ValueError, "schema_version"),
        ({"gift_streaks": "some"}, ValueError, "gift_streaks"),
        ({"max_reconnects": -1}, ValueError, "max_reconnects"),
        ({"receive_timeout": 0}, ValueError, "receive_timeout"),
        ({"max_queue": 0}, ValueError, "max_queue"),
        ({"ws_url": "https://ws.eulerstream.com"}, ValueError, "ws_url"),
        ({"ws_url": "wss://ws.eulerstream.com/?apiKey=x"}, ValueError, "ws_url"),
        ({"no_such_option": 1}, TypeError, "no_such_option"),
    ],
)
def test_bad_arguments_fail_before_connecting(options: dict[str, Any], error: type[Exception], argument: str) -> None:
    with TikTokLiveClient(api_key=KEY) as client:
        with pytest.raises(error, match=argument):
            client.live_events("@someone", **options)
        with pytest.raises(ValueError, match="unique_id"):
            client.live_events("not a name!")


def test_the_ws_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    with TikTokLiveClient(api_key=KEY) as client:
        assert "wss://ws.eulerstream.com" in repr(client.live_events("@someone"))
        monkeypatch.setenv("EULER_WS_URL", "ws://127.0.0.1:9/")
        assert "ws://127.0.0.1:9" in repr(client.live_events("@someone"))
        monkeypatch.setenv("EULER_WS_URL", "http://nope")
        with pytest.raises(ValueError, match="EULER_WS_URL"):
            client.live_events("@someone")


def test_the_pytest_fixture_points_the_clients_at_the_fake(
    fake_euler_live: FakeLiveServer, tiktok_live_client: TikTokLiveClient
) -> None:
    with tiktok_live_client.live_events("@someone") as events:
        assert isinstance(list(events)[-1], StreamEndedEvent)
    assert len(fake_euler_live.connections) == 1


def test_importing_the_clients_does_not_import_websockets() -> None:
    script = "import sys\nfrom tiktok_live import TikTokLiveClient, AsyncTikTokLiveClient, ChatEvent\n"
    script += "TikTokLiveClient(api_key='k').live_events('@someone')\nprint('websockets' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


MALFORMED: list[str | bytes] = [
    "not json",
    b"\x00\xffbinary where text is expected",
    "[1, 2, 3]",
    '{"messages": "nope"}',
    "[" * 50_000 + "]" * 50_000,
    '{"messages": [1, "x", null, {"type": 5}, {"type": "WebcastChatMessage", "data": []}]}',
]


def test_malformed_frames_are_skipped_and_counted_by_default(live: FakeLiveServer, collect: Any) -> None:
    live.send_next(*MALFORMED)
    events, stats = collect(live.ws_url, max_frame_size=1 << 20)
    assert stats.invalid_frames == 5  # the last frame is a bundle: its odd messages become GenericEvents
    assert sum(isinstance(event, GenericEvent) for event in events) >= 5
    assert isinstance(events[-1], StreamEndedEvent)


@pytest.mark.parametrize("frame", MALFORMED[:5], ids=["text", "binary", "array", "shape", "nested"])
def test_malformed_frames_raise_a_typed_error_on_request(
    live: FakeLiveServer, collect: Any, frame: str | bytes
) -> None:
    live.send_next(frame)
    with pytest.raises(LiveFrameError):
        collect(live.ws_url, invalid_frames="raise")


def test_a_frame_over_max_frame_size_raises_a_typed_error(live: FakeLiveServer, collect: Any) -> None:
    live.send_next('{"messages": []}' + " " * 5000)
    with pytest.raises(LiveFrameError, match="max_frame_size"):
        collect(live.ws_url, max_frame_size=4096)


def test_live_events_need_a_key_or_a_jwt() -> None:
    with TikTokLiveClient() as client:
        with pytest.raises(ValueError, match="EULER_API_KEY"):
            client.live_events("@someone")
    with TikTokLiveClient(jwt="a.jwt.token-0123456789") as client:
        assert "jwt=<set>" in repr(client.live_events("@someone"))


def test_close_from_another_thread_ends_the_iteration() -> None:
    with FakeLiveServer(FakeEulerService(), events=400, rate=20.0) as slow:
        with TikTokLiveClient(api_key=KEY) as client:
            events = client.live_events("@someone", ws_url=slow.ws_url)
            next(events)
            timer = threading.Timer(0.3, events.close)
            timer.start()
            rest = list(events)
            timer.join()
    assert len(rest) < 400
    assert "finished" in repr(events)
