"""Every way a live stream ends ends the iteration without a reconnect: close 4005 (after the stream's end event,
in the middle, before any event), close 1000, 4404 on a reconnect after events, any close or drop right after
the stream's end event, the client's own close.

A regression that takes one of them for a transient close must fail here at once, not hang: the session's
own decisions are driven with no I/O at all by a script that fails on the first connection it did not plan
for; against the fake WebSocket, the fake refuses (or finds the creator offline for) any connection after the
planned ones, and reconnects wait at most `max_reconnect_delay=0.01` s."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from tiktok_live import (
    AsyncTikTokLiveClient,
    CreatorNotLiveError,
    LiveEvent,
    LiveStats,
    StreamEndedEvent,
    TikTokLiveClient,
)
from tiktok_live._live._session import (
    Closed,
    Connect,
    LiveSession,
    Receive,
    ReleaseSlot,
    Secrets,
    Sleep,
    TakeSlot,
    live_options,
)
from tiktok_live.testing import FakeEulerService, FakeLiveServer, stream_messages

KEY = "live-ends-key-0123456789"
FAST = {"max_reconnect_delay": 0.01}

# -- the session's decisions, no I/O ------------------------------------------------------------------------

GREETING = json.dumps({"messages": [{"type": "workerInfo", "data": {}}, {"type": "roomInfo", "data": {}}]})
STREAM = stream_messages(12)  # its last message is the end (WebcastControlMessage action 3)
MIDDLE = json.dumps({"messages": STREAM[:5]})
THE_END = json.dumps({"messages": STREAM[5:]})


@dataclass
class Connection:
    """One connection the script allows: the frames it brings, then how it closes. `refused`: the handshake
    itself fails with `close` (no frame at all)."""

    frames: list[str] = field(default_factory=list)
    close: Closed = field(default_factory=lambda: Closed(None))
    refused: bool = False


def _drive(connections: list[Connection], **settings: Any) -> tuple[list[LiveEvent], LiveStats, list[float]]:
    """Steps a `LiveSession` through `connections`; fails on the first connection beyond them."""
    session = LiveSession(live_options("someone", "ws://127.0.0.1:9", **settings), Secrets(KEY, None), rand=lambda: 0.0)
    flow = session.run()
    events: list[LiveEvent] = []
    sleeps: list[float] = []
    script = list(connections)
    current: Connection | None = None
    frames: list[str] = []
    opened = 0
    reply: Any = None
    while True:
        try:
            step = flow.send(reply)
        except StopIteration:
            return events, session.stats, sleeps
        reply = None
        if isinstance(step, Connect):
            opened += 1
            if not script:
                last = session.stats.last_close_code
                pytest.fail(f"connection {opened} opened after the stream ended (last close code {last})")
            current = script.pop(0)
            frames = list(current.frames)
            reply = current.close if current.refused else None
        elif isinstance(step, Receive):
            assert current is not None
            reply = frames.pop(0) if frames else current.close
        elif isinstance(step, Sleep):
            sleeps.append(step.seconds)
        elif isinstance(step, list):
            events.extend(step)
        else:
            assert isinstance(step, TakeSlot | ReleaseSlot)


ENDINGS: dict[str, list[Connection]] = {
    "4005 after the end event": [Connection([GREETING, MIDDLE, THE_END], Closed(4005, "The TikTok stream ended."))],
    "4005 mid-stream": [Connection([GREETING, MIDDLE], Closed(4005, "The TikTok stream ended."))],
    "4005 before any event": [Connection([], Closed(4005, "The TikTok stream ended."))],
    "1000 mid-stream": [Connection([GREETING, MIDDLE], Closed(1000))],
    "1000 before any event": [Connection([], Closed(1000))],
    "the client closed": [Connection([GREETING, MIDDLE], Closed(1000, "closed by the client"))],
    "4404 close on a reconnect after events": [
        Connection([GREETING, MIDDLE], Closed(4500, "TikTok closed")),
        Connection([], Closed(4404, "@someone is not live.")),
    ],
    "4404 handshake on a reconnect after events": [
        Connection([GREETING, MIDDLE], Closed(None, "dropped")),
        Connection(close=Closed(4404, "the handshake was refused"), refused=True),
    ],
    "a drop right after the end event": [Connection([GREETING, MIDDLE, THE_END], Closed(None, "dropped"))],
    "1011 right after the end event": [Connection([GREETING, MIDDLE, THE_END], Closed(1011, "internal error"))],
    "4500 right after the end event": [Connection([GREETING, MIDDLE, THE_END], Closed(4500, "TikTok closed"))],
}


@pytest.mark.parametrize("connections", list(ENDINGS.values()), ids=list(ENDINGS))
def test_every_end_stops_the_session_without_reconnecting(connections: list[Connection]) -> None:
    events, stats, sleeps = _drive(connections)
    assert stats.connections == sum(not connection.refused for connection in connections)
    assert stats.reconnects == len(connections) - 1  # only the planned reconnect, if any
    assert len(sleeps) == len(connections) - 1
    assert stats.last_close_code == connections[-1].close.code
    assert sum(isinstance(event, StreamEndedEvent) for event in events) == (THE_END in connections[-1].frames)


def test_the_script_reconnects_after_a_transient_close_and_4404_before_any_event_raises() -> None:
    # The driver above does see a reconnect: a transient close is followed by one.
    events, stats, sleeps = _drive(
        [Connection([GREETING, MIDDLE], Closed(4500)), Connection([GREETING, THE_END], Closed(4005))]
    )
    assert (stats.connections, stats.reconnects, len(sleeps)) == (2, 1, 1)
    assert isinstance(events[-1], StreamEndedEvent)
    # 4404 ends the stream only once it was on: before any event the creator is not live.
    with pytest.raises(CreatorNotLiveError):
        _drive([Connection([GREETING], Closed(4404))])


# -- against the fake WebSocket, sync and async -------------------------------------------------------------

Hook = Callable[[], None]


def _sync(ws_url: str, first_event: Hook) -> tuple[list[LiveEvent], LiveStats]:
    events: list[LiveEvent] = []
    with TikTokLiveClient(api_key=KEY) as client, client.live_events("@someone", ws_url=ws_url, **FAST) as stream:
        for event in stream:
            if not events:
                first_event()
            events.append(event)
        return events, stream.stats


def _async(ws_url: str, first_event: Hook) -> tuple[list[LiveEvent], LiveStats]:
    async def main() -> tuple[list[LiveEvent], LiveStats]:
        events: list[LiveEvent] = []
        async with AsyncTikTokLiveClient(api_key=KEY) as client:
            async with client.live_events("@someone", ws_url=ws_url, **FAST) as stream:
                async for event in stream:
                    if not events:
                        first_event()
                    events.append(event)
                return events, stream.stats

    return asyncio.run(main())


@pytest.fixture(params=["sync", "async"])
def collect(request: pytest.FixtureRequest) -> Callable[[str, Hook], tuple[list[LiveEvent], LiveStats]]:
    return _sync if request.param == "sync" else _async


@pytest.fixture
def live() -> Any:
    with FakeLiveServer(FakeEulerService(), events=40) as server:
        yield server


def _frames(live: FakeLiveServer) -> int:
    """Frames in one whole stream (the fake bundles `bundle_size` messages a frame)."""
    return -(-(live.events or 0) // live.bundle_size)


def _offline(live: FakeLiveServer) -> Hook:
    """Once the first connection is on, the creator goes offline: a reconnect gets 4404 (the fake would replay
    the stream otherwise)."""
    return lambda: live.service.set_live("someone", False)


def _tripwire(live: FakeLiveServer) -> None:
    """The connection after the planned ones is refused, naming why, so a reconnect fails the test at once."""
    live.close_next(4401, "TRIPWIRE: the client reconnected after the stream ended")


def test_the_fakes_own_end_ends_the_iteration_on_one_connection(live: FakeLiveServer, collect: Any) -> None:
    events, stats = collect(live.ws_url, _offline(live))
    assert isinstance(events[-1], StreamEndedEvent)
    assert [record.close_code for record in live.connections] == [4005]
    assert (stats.connections, stats.reconnects, stats.last_close_code) == (1, 0, 4005)


@pytest.mark.parametrize("code", [4005, 1000])
def test_a_close_that_ends_the_stream_mid_way_ends_the_iteration(live: FakeLiveServer, collect: Any, code: int) -> None:
    live.close_next(code, "bye", after=1)
    _tripwire(live)
    events, stats = collect(live.ws_url, lambda: None)
    assert events
    assert not any(isinstance(event, StreamEndedEvent) for event in events)
    assert [record.close_code for record in live.connections] == [code]
    assert (stats.connections, stats.reconnects, stats.last_close_code) == (1, 0, code)


def test_4005_before_any_event_ends_the_iteration(live: FakeLiveServer, collect: Any) -> None:
    live.close_next(4005, "The TikTok stream ended.")
    _tripwire(live)
    events, stats = collect(live.ws_url, lambda: None)
    assert events == []
    assert [record.close_code for record in live.connections] == [4005]
    assert (stats.reconnects, stats.last_close_code) == (0, 4005)


def test_4404_on_a_reconnect_after_events_ends_the_iteration(live: FakeLiveServer, collect: Any) -> None:
    live.close_next(4500, "TikTok closed", after=1)
    events, stats = collect(live.ws_url, _offline(live))  # the reconnect finds the creator offline: 4404
    assert events
    assert [record.close_code for record in live.connections] == [4500, 4404]
    assert (stats.connections, stats.reconnects, stats.last_close_code) == (2, 1, 4404)


@pytest.mark.parametrize("code", [None, 1011, 4500], ids=lambda code: f"close-{code}" if code else "tcp-drop")
def test_a_close_right_after_the_end_event_ends_the_iteration(
    live: FakeLiveServer, collect: Any, code: int | None
) -> None:
    if code is None:
        live.drop_next(after=_frames(live))
    else:
        live.close_next(code, "gone", after=_frames(live))
    events, stats = collect(live.ws_url, _offline(live))
    assert isinstance(events[-1], StreamEndedEvent)
    assert [record.close_code for record in live.connections] == [code]
    assert (stats.connections, stats.reconnects, stats.last_close_code) == (1, 0, code)
