"""Close codes and reconnects, decided by `LiveSession` alone: the session is stepped through with scripted
connections (no socket, no sleeping, the jitter injected), so every decision is checked exactly."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import pytest

from tiktok_live import (
    CreatorNotLiveError,
    LiveAuthenticationError,
    LiveConnectionError,
    LiveConnectionLimitError,
    LiveEventsError,
    LiveFrameError,
    LiveOptionsError,
    LivePermissionError,
)
from tiktok_live._live._events import LiveEvent
from tiktok_live._live._session import (
    Closed,
    Connect,
    LiveSession,
    LiveStats,
    Receive,
    ReleaseSlot,
    Secrets,
    Sleep,
    Step,
    TakeSlot,
    live_options,
)
from tiktok_live._retry import backoff_delay
from tiktok_live.testing import stream_messages

GREETING = json.dumps({"type": "workerInfo", "data": {"webSocketId": "ws-1", "schemaVersion": "v2", "features": {}}})
CHAT = json.dumps(stream_messages(2)[0])  # one chat message: progress
ENDS = {1000: "bye", 4005: "the stream ended"}
FATAL: dict[int, type[LiveEventsError]] = {
    4400: LiveOptionsError,
    4401: LiveAuthenticationError,
    4403: LivePermissionError,
    4404: CreatorNotLiveError,
    4429: LiveConnectionLimitError,
}
TRANSIENT = [None, 1001, 1006, 1011, 4000, 4004, 4006, 4402, 4405, 4428, 4430, 4500, 4555]


def _reconnect_delay(attempt: int, cap: float, rand: Callable[[], float]) -> float:
    """The wait before reconnect `attempt` (1, 2, ...), as the session computes it from its `rand`."""
    return backoff_delay(attempt - 1, rand=lambda: 1.0 - rand(), cap=cap, jitter=0.5)


# A connection: the Closed its handshake failed with, or the frames it delivers and the Closed that ends it.
Connection = Closed | list[str | Closed]


class Run:
    """What the session asked for while it ran over scripted connections."""

    def __init__(self, session: LiveSession) -> None:
        self.session = session
        self.steps: list[Step] = []
        self.events: list[LiveEvent] = []

    @property
    def stats(self) -> LiveStats:
        return self.session.stats

    @property
    def connects(self) -> int:
        return sum(isinstance(step, Connect) for step in self.steps)

    @property
    def sleeps(self) -> list[float]:
        return [step.seconds for step in self.steps if isinstance(step, Sleep)]

    @property
    def releases(self) -> list[bool]:
        return [step.refused for step in self.steps if isinstance(step, ReleaseSlot)]


def _session(rand: Callable[[], float] = lambda: 0.0, **options: Any) -> LiveSession:
    return LiveSession(live_options("someone", "ws://fake.invalid", **options), Secrets("k" * 20, None), rand=rand)


def drive(
    connections: list[Connection],
    *,
    learned: int | None = None,
    run: Run | None = None,
    rand: Callable[[], float] = lambda: 0.0,
    **options: Any,
) -> Run:
    """Steps a session through `connections` (as a driver in `_live/_stream.py` would); `learned` is what the
    budget answers a `ReleaseSlot(refused=True)`. Errors of the session propagate; `run` then holds the steps."""
    run = run if run is not None else Run(_session(rand, **options))
    flow = run.session.run()
    scripted = iter(connections)
    frames: list[str | Closed] = []
    reply: Any = None
    try:
        while True:
            step = flow.send(reply)
            run.steps.append(step)
            reply = None
            if isinstance(step, list):
                run.events += step
            elif isinstance(step, Connect):
                connection = next(scripted, None)
                if connection is None:
                    raise AssertionError(f"connected again after the {len(connections)} connections scripted")
                if isinstance(connection, Closed):
                    reply = connection
                else:
                    frames = list(connection)
            elif isinstance(step, Receive):
                assert frames, "received past the end of a scripted connection"
                reply = frames.pop(0)
            elif isinstance(step, ReleaseSlot):
                reply = learned if step.refused else None
            else:
                assert isinstance(step, TakeSlot | Sleep)
    except StopIteration:
        pass
    return run


def _raised(connections: list[Connection], **options: Any) -> tuple[LiveEventsError, Run]:
    run = Run(_session(**options))
    with pytest.raises(LiveEventsError) as caught:
        drive(connections, run=run)
    return caught.value, run


# -- closes that end the stream -----------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(ENDS))
def test_an_ending_close_ends_the_stream_without_reconnecting(code: int, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="tiktok_live.live"):
        run = drive([[GREETING, CHAT, Closed(code, ENDS[code])]])
    assert [r.getMessage() for r in caplog.records] == [
        f"live events of @someone from ws://fake.invalid ended (close code {code})"
    ]
    assert run.connects == 1
    assert run.sleeps == []
    assert (run.stats.last_close_code, run.stats.last_close_reason) == (code, ENDS[code])
    assert (run.stats.connections, run.stats.reconnects) == (1, 0)
    assert sum(run.stats.events.values()) == len(run.events) == 2


@pytest.mark.parametrize("code", sorted(ENDS))
def test_an_ending_close_ends_the_stream_even_before_any_event(code: int) -> None:
    run = drive([Closed(code)])
    assert run.connects == 1
    assert run.stats.connections == 0  # the handshake never completed


def test_the_stream_ending_after_a_reconnect_ends_it() -> None:
    run = drive([[GREETING, Closed(4500)], [GREETING, CHAT, Closed(4005)]])
    assert run.connects == 2
    assert run.stats.reconnects == 1
    assert run.stats.last_close_code == 4005


# -- closes that retrying cannot fix ------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(FATAL))
def test_a_fatal_close_raises_its_error_after_one_connection(code: int) -> None:
    error, run = _raised([[GREETING, Closed(code, "refused.")]])
    assert type(error) is FATAL[code]
    assert (error.close_code, error.reason) == (code, "refused.")
    assert error.message.startswith("live events of @someone from ws://fake.invalid: ")
    assert error.message.endswith(" (server said: refused).")  # the reason once, its full stop not doubled
    assert run.connects == 1
    assert run.sleeps == []
    assert run.stats.last_close_code == code


@pytest.mark.parametrize("code", sorted(FATAL))
@pytest.mark.parametrize(("reason", "said"), [("refused.", "refused"), ("limit: MAX", "limit: MAX"), ("", None)])
def test_a_fatal_close_adds_the_servers_reason_to_the_advice(code: int, reason: str, said: str | None) -> None:
    advice, _ = _raised([Closed(code)])
    assert advice.message.endswith(".")
    assert not advice.message.endswith("..")
    assert "server said" not in advice.message
    error, _ = _raised([Closed(code, reason)])
    # The reason adds exactly the server's words, less a closing full stop, and nothing else.
    expected = advice.message if said is None else f"{advice.message[:-1]} (server said: {said})."
    assert (error.message, error.reason) == (expected, reason)


def test_each_fatal_code_gives_its_own_advice() -> None:
    messages = {code: _raised([Closed(code)])[0].message for code in FATAL}
    assert len(set(messages.values())) == len(FATAL)
    assert "EULER_API_KEY" in messages[4401]
    assert "not live" in messages[4404]


def test_not_live_ends_the_stream_once_events_arrived() -> None:
    """4404 on a reconnect: the stream was on and is over; before any event it means "not live"."""
    run = drive([[GREETING, CHAT, Closed(4500)], [Closed(4404, "not live")]])
    assert run.stats.last_close_code == 4404
    assert run.connects == 2


def test_not_live_after_only_the_greeting_is_an_error() -> None:
    error, run = _raised([[GREETING, Closed(4500)], [GREETING, Closed(4404)]])
    assert isinstance(error, CreatorNotLiveError)
    assert run.connects == 2


def test_a_frame_too_big_raises_a_frame_error_naming_the_limit() -> None:
    error, run = _raised([[GREETING, CHAT, Closed(1009, "too big")]], max_frame_size=4096)
    assert isinstance(error, LiveFrameError)
    assert (error.close_code, error.reason) == (1009, "too big")
    assert error.message.endswith(": a frame was larger than max_frame_size=4096 bytes; raise max_frame_size.")
    assert run.connects == 1


# -- transient closes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", TRANSIENT, ids=str)
def test_a_transient_close_reconnects_after_the_backoff(code: int | None) -> None:
    run = drive([[GREETING, Closed(code, "blip")], [GREETING, CHAT, Closed(4005)]], rand=lambda: 0.5)
    assert run.connects == 2
    assert run.sleeps == [_reconnect_delay(1, 30.0, lambda: 0.5)] == [0.375]
    assert (run.stats.connections, run.stats.reconnects) == (2, 1)


def test_consecutive_failures_back_off_exponentially_up_to_the_cap() -> None:
    run = drive([Closed(None)] * 5 + [[CHAT, Closed(4005)]], max_reconnects=5, max_reconnect_delay=3.0)
    assert run.sleeps == [0.25, 0.5, 1.0, 1.5, 1.5]  # min(0.5 * 2^(n-1), 3) * 0.5, rand() being 0
    assert run.stats.reconnects == 5


def test_the_reconnect_budget_counts_consecutive_failures() -> None:
    error, run = _raised([Closed(None)] * 3 + [[CHAT]], max_reconnects=2)
    assert type(error) is LiveConnectionError
    assert run.connects == 3  # the first try and max_reconnects more
    assert len(run.sleeps) == 2
    assert run.stats.reconnects == 2
    assert "failed 3 times in a row" in error.message


@pytest.mark.parametrize("max_reconnects", [0, 1, 4])
def test_max_reconnects_is_exact(max_reconnects: int) -> None:
    # Exactly max_reconnects failures are survived ...
    run = drive([Closed(4500)] * max_reconnects + [[CHAT, Closed(4005)]], max_reconnects=max_reconnects)
    assert run.stats.last_close_code == 4005
    # ... and one more is not.
    error, run = _raised([Closed(4500)] * (max_reconnects + 1), max_reconnects=max_reconnects)
    assert isinstance(error, LiveConnectionError)
    assert run.connects == max_reconnects + 1


def test_the_last_failure_is_named_in_the_connection_error() -> None:
    error, _ = _raised([Closed(None), Closed(4556, "fetch failed")], max_reconnects=1)
    assert (error.close_code, error.reason) == (4556, "fetch failed")
    assert "(last: close code 4556 (fetch failed))" in error.message
    error, _ = _raised([Closed(4556), Closed(None)], max_reconnects=1)
    assert error.close_code is None
    assert "(last: a dropped connection)" in error.message


def test_a_connection_that_delivers_events_resets_the_failure_count() -> None:
    # Every connection brings one event and then drops: never more than one failure in a row.
    run = drive([[CHAT, Closed(4500)]] * 4 + [[CHAT, Closed(4005)]], max_reconnects=1)
    assert run.stats.reconnects == 4
    assert run.sleeps == [0.25] * 4  # the backoff starts over each time


def test_the_greeting_alone_is_no_progress() -> None:
    error, run = _raised([[GREETING, Closed(4500)]] * 2, max_reconnects=1)
    assert isinstance(error, LiveConnectionError)
    assert run.sleeps == [0.25]


def test_frames_are_counted_by_event_class() -> None:
    run = drive([[GREETING, CHAT, CHAT, Closed(4005)]])
    assert run.stats.events == {"WorkerInfoEvent": 1, "ChatEvent": 2}
    assert run.stats.total == len(run.events) == 3


def test_reconnects_are_logged_with_the_attempt_and_the_cause(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="tiktok_live.live"):
        drive([Closed(4500, "TikTok closed"), [CHAT, Closed(4005)]], max_reconnects=3)
    [record] = [r for r in caplog.records if "reconnecting" in r.getMessage()]
    assert record.levelno == logging.INFO
    assert record.getMessage() == (
        "live events of @someone from ws://fake.invalid: reconnecting in 0.25 s (attempt 1 of 3) "
        "after close code 4500 (TikTok closed)"
    )


# -- 4429 and the connection budget -------------------------------------------------------------------------


def test_only_4429_releases_the_slot_as_refused() -> None:
    run = drive([Closed(4500), Closed(1000)])
    assert run.releases == [False, False]
    error, run = _raised([Closed(4429)])
    assert isinstance(error, LiveConnectionLimitError)
    assert run.releases == [True]


def test_a_4429_the_budget_learns_from_is_retried_without_backoff(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="tiktok_live.live"):
        run = drive([Closed(4429), [CHAT, Closed(4005)]], learned=2)
    assert run.connects == 2
    assert run.sleeps == []  # the budget's next slot waits instead
    assert run.stats.reconnects == 1
    assert [r.getMessage() for r in caplog.records] == [
        "live events of @someone from ws://fake.invalid: the service refused a connection (4429) with 2 others "
        "open on this key; counting 2 as the account's limit from now on"
    ]


def test_learning_the_limit_still_counts_against_the_reconnect_budget() -> None:
    run = Run(_session(max_reconnects=2))
    with pytest.raises(LiveConnectionLimitError) as caught:
        drive([Closed(4429)] * 3, learned=1, run=run)
    assert caught.value.close_code == 4429
    assert run.connects == 3
    assert run.stats.reconnects == 2


def test_without_reconnects_a_learned_4429_raises_at_once() -> None:
    run = Run(_session(max_reconnects=0))
    with pytest.raises(LiveConnectionLimitError):
        drive([Closed(4429)], learned=1, run=run)
    assert run.connects == 1


# -- the backoff itself -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attempt", "cap", "slowest"), [(1, 30.0, 0.5), (2, 30.0, 1.0), (3, 30.0, 2.0), (6, 30.0, 16.0), (7, 30.0, 30.0)]
)
def test_backoff_doubles_from_half_a_second_to_the_cap(attempt: int, cap: float, slowest: float) -> None:
    assert _reconnect_delay(attempt, cap, lambda: 1.0) == slowest
    assert _reconnect_delay(attempt, cap, lambda: 0.0) == slowest / 2
    assert _reconnect_delay(attempt, cap, lambda: 0.5) == slowest * 0.75


def test_backoff_stays_finite_for_any_attempt() -> None:
    assert _reconnect_delay(10_000, 3600.0, lambda: 1.0) == 3600.0
    assert _reconnect_delay(10_000, 0.0, lambda: 1.0) == 0.0


# -- how the end of a socket becomes a Closed ----------------------------------------------------------------


def _closed(error: BaseException) -> Closed:
    from tiktok_live._live._stream import _closed_of

    return _closed_of(error, _session())


def test_a_close_frame_received_gives_its_code_and_reason_without_secrets() -> None:
    from websockets.exceptions import ConnectionClosedError
    from websockets.frames import Close

    received = ConnectionClosedError(Close(4401, "bad key " + "k" * 20), Close(1000, "ours"), rcvd_then_sent=True)
    assert _closed(received) == Closed(4401, "bad key <redacted>")


def test_without_a_received_close_frame_the_one_sent_counts() -> None:
    from websockets.exceptions import ConnectionClosedOK
    from websockets.frames import Close

    assert _closed(ConnectionClosedOK(None, Close(1000, "closed by the client"))) == Closed(
        1000, "closed by the client"
    )


def test_no_close_frame_at_all_is_a_dropped_connection() -> None:
    from websockets.exceptions import ConnectionClosedError

    closed = _closed(ConnectionClosedError(None, None))
    assert closed == Closed(None, "the connection dropped without a close frame")


@pytest.mark.parametrize(("status", "code"), [(400, 4400), (401, 4401), (403, 4403), (429, 4429), (500, None)])
def test_a_refused_handshake_reads_as_the_close_code_its_status_means(status: int, code: int | None) -> None:
    from websockets.datastructures import Headers
    from websockets.exceptions import InvalidStatus
    from websockets.http11 import Response

    closed = _closed(InvalidStatus(Response(status, "Refused", Headers())))
    assert closed == Closed(code, f"the handshake was refused with HTTP {status}")


def test_socket_errors_are_dropped_connections_named_by_their_kind() -> None:
    assert _closed(TimeoutError()) == Closed(None, "timed out")
    assert _closed(ConnectionRefusedError("refused")) == Closed(None, "ConnectionRefusedError")
