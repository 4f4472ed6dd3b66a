"""Live-events connections counted in the in-process rate-limit budget, against the fake WebSocket's per-key
connection limit (4429 beyond it): many streams on one key stay under the limit with a shared budget and hit it
without; slots are released on close, on errors and across reconnects; leases are renewed while connected; a
4429 the budget did not foresee teaches it the limit. The Redis-shared budget: test_live_slots_redis.py."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from tiktok_live import (
    AsyncTikTokLiveClient,
    LiveAuthenticationError,
    LiveConnectionLimitError,
    LocalBudget,
    TikTokLiveClient,
)
from tiktok_live._budget._local import key_id
from tiktok_live._budget._slots import _RENEWER, LocalSlots, Slot, SlotRefusal
from tiktok_live.testing import FakeEulerService, FakeLiveServer

KEY = "live-slots-key-0123456789"
LIMIT = 3
STREAMS = 8


def _service() -> FakeEulerService:
    service = FakeEulerService()
    for index in range(STREAMS):
        service.add_creator(f"creator{index}")
    return service


@pytest.fixture
def live() -> Iterator[FakeLiveServer]:
    with FakeLiveServer(_service(), events=30, rate=150, connection_limit=LIMIT) as server:
        yield server


def _open(budget: LocalBudget) -> int:
    return budget.slots.open(key_id(KEY))[0]


def _refused(live: FakeLiveServer) -> int:
    return sum(record.close_code == 4429 for record in live.connections)


class _Overlap:
    """Makes the streams overlap, deterministically: a stream that connected holds its connection after its first
    event until every stream has either connected or been turned away (refused a slot by the shared budget, or
    closed with 4429 by the fake). `all_tried` is a threading.Event for threads, an asyncio.Event for tasks."""

    def __init__(self, budget: LocalBudget, all_tried: threading.Event | asyncio.Event) -> None:
        self.all_tried = all_tried
        self._lock = threading.Lock()
        self._connected = 0
        self._turned_away: set[int] = set()
        slots, take = budget.slots, budget.slots.take

        def counting_take(key: str) -> Slot | SlotRefusal:  # LocalSlots.atake calls take too
            taken = take(key)
            if isinstance(taken, SlotRefusal):
                self.turned_away()
            return taken

        slots.take = counting_take  # type: ignore[method-assign]

    @staticmethod
    def _who() -> int:
        try:
            return id(asyncio.current_task())
        except RuntimeError:  # no event loop: a thread
            return threading.get_ident()

    def _check(self) -> None:
        if self._connected + len(self._turned_away) >= STREAMS:
            self.all_tried.set()

    def connected(self) -> None:
        with self._lock:
            self._connected += 1
            self._check()

    def turned_away(self) -> None:
        with self._lock:
            if self._connected + len(self._turned_away) < STREAMS:
                self._turned_away.add(self._who())
            self._check()


def _threads(live: FakeLiveServer, shared: bool) -> list[Any]:
    budget = LocalBudget(live_connections=LIMIT)
    overlap = _Overlap(budget, threading.Event())
    outcomes: list[Any] = [None] * STREAMS

    def one(index: int) -> None:
        limiter = budget if shared else LocalBudget(live_connections=LIMIT)
        with TikTokLiveClient(api_key=KEY, rate_limiter=limiter) as client:
            try:
                with client.live_events(f"creator{index}", ws_url=live.ws_url) as events:
                    next(events)
                    overlap.connected()
                    assert isinstance(overlap.all_tried, threading.Event)
                    overlap.all_tried.wait()
                    outcomes[index] = (1 + sum(1 for _ in events), events.stats.last_close_code)
            except LiveConnectionLimitError as error:
                overlap.turned_away()
                outcomes[index] = error

    threads = [threading.Thread(target=one, args=(index,), daemon=True) for index in range(STREAMS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def _tasks(live: FakeLiveServer, shared: bool) -> list[Any]:
    async def main() -> list[Any]:
        budget = LocalBudget(live_connections=LIMIT)
        overlap = _Overlap(budget, asyncio.Event())

        async def one(index: int) -> Any:
            limiter = budget if shared else LocalBudget(live_connections=LIMIT)
            async with AsyncTikTokLiveClient(api_key=KEY, rate_limiter=limiter) as client:
                try:
                    async with client.live_events(f"creator{index}", ws_url=live.ws_url) as events:
                        await anext(events)
                        overlap.connected()
                        assert isinstance(overlap.all_tried, asyncio.Event)
                        await overlap.all_tried.wait()
                        return (1 + len([event async for event in events]), events.stats.last_close_code)
                except LiveConnectionLimitError as error:
                    overlap.turned_away()
                    return error

        return list(await asyncio.gather(*(one(index) for index in range(STREAMS))))

    return asyncio.run(main())


RUNNERS = {"threads": _threads, "tasks": _tasks}


@pytest.mark.parametrize("runner", sorted(RUNNERS))
def test_more_streams_than_the_limit_never_see_4429_with_a_shared_budget(live: FakeLiveServer, runner: str) -> None:
    outcomes = RUNNERS[runner](live, True)
    assert _refused(live) == 0
    assert all(isinstance(outcome, tuple) and outcome[0] > 0 and outcome[1] == 4005 for outcome in outcomes), outcomes
    assert len(live.connections) == STREAMS


@pytest.mark.parametrize("runner", sorted(RUNNERS))
def test_the_same_streams_hit_4429_with_a_budget_each(live: FakeLiveServer, runner: str) -> None:
    outcomes = RUNNERS[runner](live, False)
    refused = [outcome for outcome in outcomes if isinstance(outcome, LiveConnectionLimitError)]
    assert len(refused) == STREAMS - LIMIT  # all connected at once: every stream beyond the limit got a 4429
    assert _refused(live) == len(refused)
    assert all(error.close_code == 4429 for error in refused)


def _sync_read(budget: LocalBudget, live: FakeLiveServer, stop_after: int | None = None, **options: Any) -> list[int]:
    """Reads a stream, noting the slots open on the key at each event (stopping after `stop_after` events)."""
    seen: list[int] = []
    with TikTokLiveClient(api_key=KEY, rate_limiter=budget) as client:
        with client.live_events("someone", ws_url=live.ws_url, max_reconnect_delay=0.01, **options) as events:
            for _ in events:
                seen.append(_open(budget))
                if stop_after is not None and len(seen) >= stop_after:
                    break
    return seen


async def _async_read(budget: LocalBudget, live: FakeLiveServer, stop_after: int | None = None) -> list[int]:
    seen: list[int] = []
    async with AsyncTikTokLiveClient(api_key=KEY, rate_limiter=budget) as client:
        async with client.live_events("someone", ws_url=live.ws_url, max_reconnect_delay=0.01) as events:
            async for _ in events:
                seen.append(_open(budget))
                if stop_after is not None and len(seen) >= stop_after:
                    break
    return seen


READERS = {
    "sync": _sync_read,
    "async": lambda budget, live, stop_after=None: asyncio.run(_async_read(budget, live, stop_after)),
}


@pytest.fixture(params=sorted(READERS))
def read(request: pytest.FixtureRequest) -> Any:
    return READERS[request.param]


def test_a_slot_is_held_while_connected_and_released_at_the_end(live: FakeLiveServer, read: Any) -> None:
    budget = LocalBudget(live_connections=LIMIT)
    seen = read(budget, live)
    assert seen
    assert set(seen) == {1}
    assert _open(budget) == 0


def test_a_slot_is_released_when_the_consumer_stops_early(live: FakeLiveServer, read: Any) -> None:
    budget = LocalBudget(live_connections=LIMIT)
    assert read(budget, live, 2) == [1, 1]
    assert _open(budget) == 0


def test_a_slot_is_released_on_errors(live: FakeLiveServer, read: Any) -> None:
    budget = LocalBudget(live_connections=LIMIT)
    live.service.strict = True  # the key is unknown: 4401
    with pytest.raises(LiveAuthenticationError):
        read(budget, live)
    assert _open(budget) == 0
    live.service.strict = False

    def consume(client: TikTokLiveClient) -> None:
        with client.live_events("someone", ws_url=live.ws_url) as events:
            next(events)
            assert _open(budget) == 1
            raise ZeroDivisionError  # the consumer's own error

    with TikTokLiveClient(api_key=KEY, rate_limiter=budget) as client, pytest.raises(ZeroDivisionError):
        consume(client)
    assert _open(budget) == 0


def test_reconnects_hold_one_slot(live: FakeLiveServer, read: Any) -> None:
    budget = LocalBudget(live_connections=1)  # a second slot would be refused, not counted
    live.close_next(4500, "TikTok closed", after=1)
    live.drop_next(after=1)
    seen = read(budget, live)
    assert len(live.connections) == 3
    assert set(seen) == {1}
    assert _open(budget) == 0


class _Clock:
    """The slots' clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def _budget_on(clock: _Clock, lease: float) -> tuple[LocalBudget, threading.Event]:
    """A budget whose slots read `clock`, and an event set at each renewal of a lease."""
    budget = LocalBudget()
    budget.slots = LocalSlots(live_lease=lease, clock=clock)
    renewed = threading.Event()
    renew = budget.slots.renew

    def noting_renew(key: str, slot: Slot) -> None:
        renew(key, slot)
        renewed.set()

    budget.slots.renew = noting_renew  # type: ignore[method-assign]
    return budget, renewed


def test_a_lease_is_renewed_while_connected_and_runs_out_when_it_is_not() -> None:
    clock, lease = _Clock(), 0.3  # the renewer thread renews every 0.1 s (of real time); the slots' time is ours
    budget, renewed = _budget_on(clock, lease)
    with FakeLiveServer(_service(), events=None, rate=20) as live:
        with TikTokLiveClient(api_key=KEY, rate_limiter=budget) as client:
            with client.live_events("someone", ws_url=live.ws_url) as events:
                next(events)
                for _ in range(3):  # three leases' time: held only because each was renewed
                    clock.now += lease * 0.9
                    renewed.clear()
                    assert renewed.wait(30), "the lease of a connected stream was not renewed"
                    clock.now += lease * 0.9  # past the lease before the renewal
                    assert _open(budget) == 1
    assert _open(budget) == 0  # released on close
    # A slot nobody renews (its holder died) is no longer counted once its lease ran out.
    orphan = budget.slots.take(key_id(KEY))
    assert isinstance(orphan, Slot)
    clock.now += lease * 0.99
    assert _open(budget) == 1
    clock.now += lease * 0.02
    assert _open(budget) == 0


def _on_refusal(budget: LocalBudget, action: Any) -> list[SlotRefusal]:
    """Calls `action` when the budget first refuses a slot (then lets the refusal through); returns the refusals."""
    refusals: list[SlotRefusal] = []
    take = budget.slots.take

    def take_then_act(key: str) -> Slot | SlotRefusal:
        taken = take(key)
        if isinstance(taken, SlotRefusal):
            refusals.append(taken)
            if len(refusals) == 1:
                action()
        return taken

    budget.slots.take = take_then_act  # type: ignore[method-assign]
    return refusals


def test_a_full_budget_waits_for_a_slot_then_connects(live: FakeLiveServer) -> None:
    budget = LocalBudget(live_connections=1)
    with TikTokLiveClient(api_key=KEY, rate_limiter=budget) as client:
        first = client.live_events("creator0", ws_url=live.ws_url)
        next(first)
        refusals = _on_refusal(budget, first.close)  # the first stream closes once the second waits for it
        with client.live_events("creator1", ws_url=live.ws_url, max_connection_wait=30) as second:
            assert sum(1 for _ in second) > 0
    assert [(refusal.open, refusal.limit) for refusal in refusals] == [(1, 1)]  # it waited once, then connected
    assert _refused(live) == 0
    assert _open(budget) == 0


def test_a_full_budget_raises_saying_how_many_are_open_and_the_limit(live: FakeLiveServer, read: Any) -> None:
    budget = LocalBudget(live_connections=2)
    with TikTokLiveClient(api_key=KEY, rate_limiter=budget) as client:
        with (
            client.live_events("creator0", ws_url=live.ws_url) as a,
            client.live_events("creator1", ws_url=live.ws_url) as b,
        ):
            next(a), next(b)
            with pytest.raises(LiveConnectionLimitError) as caught:
                list(client.live_events("creator2", ws_url=live.ws_url, max_connection_wait=0.2))
    message = str(caught.value)
    assert "2 live-events connections are open" in message
    assert "limit is 2" in message
    assert "max_connection_wait=0.2" in message
    assert KEY not in message
    assert len(live.connections) == 2  # the third never connected


def test_a_4429_the_budget_did_not_foresee_teaches_it_the_limit(live: FakeLiveServer) -> None:
    budget = LocalBudget()  # the default limit, above the fake's 3
    with TikTokLiveClient(api_key=KEY, rate_limiter=budget) as client:
        held = [client.live_events(f"creator{index}", ws_url=live.ws_url) for index in range(LIMIT)]
        for events in held:
            next(events)
        # Once the 4429 taught the budget the limit, the late stream waits for a slot: then one closes.
        refusals = _on_refusal(budget, held[0].close)
        with client.live_events("creator7", ws_url=live.ws_url, max_connection_wait=30) as late:
            assert sum(1 for _ in late) > 0
        assert [(refusal.open, refusal.limit) for refusal in refusals] == [(LIMIT, LIMIT)]
        for events in held:
            events.close()
    assert _refused(live) == 1  # one refusal taught the limit; the retry waited for a slot
    assert budget.slots.open(key_id(KEY)) == (0, LIMIT)


def test_without_a_budget_nothing_is_counted(live: FakeLiveServer) -> None:
    with TikTokLiveClient(api_key=KEY, rate_limiter=False) as client:
        assert sum(1 for _ in client.live_events("someone", ws_url=live.ws_url)) > 0


@pytest.mark.parametrize(
    ("settings", "error"),
    [
        ({"live_connections": 0}, ValueError),
        ({"live_connections": 2.5}, TypeError),
        ({"live_connections": True}, TypeError),
        ({"live_lease": 0}, ValueError),
        ({"live_lease": float("nan")}, ValueError),
        ({"live_lease": "30"}, TypeError),
    ],
)
def test_bad_slot_settings_name_the_argument(settings: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error, match=next(iter(settings))):
        LocalBudget(**settings)


def test_max_connection_wait_is_checked_before_connecting() -> None:
    with TikTokLiveClient(api_key=KEY) as client:
        with pytest.raises(ValueError, match="max_connection_wait"):
            client.live_events("someone", max_connection_wait=-1)
        with pytest.raises(TypeError, match="max_connection_wait"):
            client.live_events("someone", max_connection_wait="5")  # type: ignore[typeddict-item]


def test_a_stream_dropped_without_closing_stops_renewing_its_lease() -> None:
    clock, lease = _Clock(), 30.0  # no renewal falls due (in real time) during the test but the one it asks for
    budget, renewed = _budget_on(clock, lease)
    with FakeLiveServer(_service(), events=None, rate=20) as live:
        with TikTokLiveClient(api_key=KEY, rate_limiter=budget) as client:
            events = client.live_events("someone", ws_url=live.ws_url)
            next(events)
            assert _open(budget) == 1
            held = events._lease
            assert held is not None
            held.renew()  # what the renewer does when the lease falls due: the stream is alive, so it renews
            assert renewed.is_set()
            renewed.clear()
            del events
            gc.collect()
            held.renew()  # its holder is garbage now: no renewal, and the renewer forgets it
            assert not renewed.is_set()
            assert held not in _RENEWER._leases
            clock.now += lease
            assert _open(budget) == 0
