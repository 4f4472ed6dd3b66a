"""The shared budget's fallback, through a real redis-server stopped and started again (skipped, saying how to
install it, without one): a fleet on the fallback keeps each process to its share of the plan, recovery back
to Redis follows the doubling backoff and is logged once, the first outage is the only warning, the async
`atake`/`alearn` fall back and recover the same way, and so do the live-connection slots.

Every limiter here runs on an injected clock (its backoff and fleet heartbeat) and the fake service on a
frozen one (its windows never roll), so nothing depends on how fast the test runs."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tiktok_live import AsyncTikTokLiveClient, BudgetExhaustedError, RedisBudget, TikTokLiveClient
from tiktok_live._budget._local import Observation, Refusal, Ticket, key_id
from tiktok_live._budget._redis import FLEET_HEARTBEAT
from tiktok_live._budget._slots import Slot, SlotRefusal
from tiktok_live.testing import FakeEulerService

from .._redis_server import RedisServer, running_redis

redis = pytest.importorskip("redis", reason="pip install 'tiktok-live[redis]' (the dev extra has it)")

API_KEY = "sk-FALLBACK-SENTINEL-93be1d"
KEY = "k"
UNREACHABLE = "is unreachable"
SHARED_AGAIN = "is shared again"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RedisServer]:
    with running_redis(tmp_path) as started:
        yield started


def _budget(server: RedisServer, clock: Clock, prefix: str, **options: object) -> RedisBudget:
    return RedisBudget(server.url, prefix=prefix, clock=clock, seed=False, socket_timeout=0.5, **options)  # type: ignore[arg-type]


def _messages(caplog: pytest.LogCaptureFixture, text: str, level: str | None = None) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if text in record.getMessage() and (level is None or record.levelname == level)
    ]


def _used_in_redis(server: RedisServer, prefix: str, key: str = KEY) -> int:
    """How many requests were taken from the budget in Redis, as another process sees them."""
    import redis

    client = redis.Redis.from_url(server.url, decode_responses=True)
    try:
        return int(client.hget(f"{prefix}:{key}:state", "total") or 0)
    finally:
        client.close()


def _settle(budget: RedisBudget, outcome: Ticket | Refusal) -> None:
    assert isinstance(outcome, Ticket), outcome
    budget.learn(KEY, Observation(), outcome)


# -- a fleet on the fallback -----------------------------------------------------------------------------------


def test_a_fleet_on_the_fallback_keeps_each_process_to_its_share(server: RedisServer) -> None:
    clock = Clock()
    fleet = [_budget(server, clock, "share") for _ in range(4)]
    for budget in fleet:  # each joins; the first ones have not seen the later ones yet
        _settle(budget, budget.take(KEY))
    assert [budget.fleet_size(KEY) for budget in fleet] == [1, 2, 3, 4]
    for budget in fleet:  # not renewed before the heartbeat is due
        _settle(budget, budget.take(KEY))
    assert [budget.fleet_size(KEY) for budget in fleet] == [1, 2, 3, 4]
    clock.advance(FLEET_HEARTBEAT)
    for budget in fleet:
        _settle(budget, budget.take(KEY))
    assert [budget.fleet_size(KEY) for budget in fleet] == [4, 4, 4, 4]
    for budget in fleet:  # the limit, as any answer would teach it
        budget.local.learn(KEY, Observation(limits={"minute": 10}))
    assert all(budget.local.share_of(KEY) == 1.0 for budget in fleet)

    server.stop()
    sent = []
    for budget in fleet:
        tickets = 0
        while isinstance(outcome := budget.take(KEY), Ticket):
            tickets += 1
            assert tickets <= 10
        assert not budget.shared
        assert budget.local.share_of(KEY) == 0.25
        assert outcome.window == "minute"
        assert outcome.limit == 2  # 10 // 4: this process's share of the minute
        sent.append(tickets)
    assert sent == [2, 2, 2, 2]
    assert sum(sent) <= 10


def _calls_until_refused(client: TikTokLiveClient, most: int) -> tuple[int, BudgetExhaustedError]:
    for count in range(most + 1):
        try:
            client.room_id("someone")
        except BudgetExhaustedError as refused:
            return count, refused
    raise AssertionError(f"{most + 1} calls and no refusal")


def test_a_fleet_of_clients_on_the_fallback_stays_within_the_plan(server: RedisServer) -> None:
    clock = Clock()
    service = FakeEulerService(clock=lambda: 5_000.0)  # frozen: the service's windows never roll
    service.add_key(API_KEY, "Pro")
    plan = service.keys[API_KEY].minute
    assert plan == 120
    with service.serve() as base_url, contextlib.ExitStack() as stack:
        fleet = [
            stack.enter_context(
                TikTokLiveClient(
                    api_key=API_KEY,
                    base_url=base_url,
                    max_retry_wait=0,
                    rate_limiter=RedisBudget(server.url, prefix="clients", clock=clock, socket_timeout=0.5),
                )
            )
            for _ in range(4)
        ]
        for client in fleet:
            client.room_id("someone")
        clock.advance(FLEET_HEARTBEAT)
        for client in fleet:
            client.room_id("someone")
        budgets = [client.rate_limiter for client in fleet]
        assert all(isinstance(budget, RedisBudget) and budget.fleet_size(key_id(API_KEY)) == 4 for budget in budgets)
        before = len(service.requests_for("room_id"))

        server.stop()
        sent = []
        for client in fleet:  # in turn: each calls until its own budget refuses
            count, refused = _calls_until_refused(client, plan)
            assert refused.window == "minute"
            sent.append(count)
        with TikTokLiveClient(api_key=API_KEY, base_url=base_url, rate_limiter=False) as reader:
            minute = reader.rate_limits().minute
    share = plan // 4
    assert all(0 <= count <= share for count in sent), sent
    assert sum(sent) >= 1  # the fleet went on calling after Redis died
    assert [request.status for request in service.requests].count(429) == 0
    assert len(service.requests_for("room_id")) == before + sum(sent)
    assert minute is not None
    assert minute.max_ == plan
    assert minute.max_ - minute.remaining == before + sum(sent) <= plan  # the service's own count


def test_an_expired_member_leaves_the_fleet_and_a_closed_one_leaves_at_once(server: RedisServer) -> None:
    clock = Clock()
    first, second = _budget(server, clock, "members"), _budget(server, clock, "members")
    _settle(first, first.take(KEY))
    _settle(second, second.take(KEY))
    assert second.fleet_size(KEY) == 2
    connection = redis.Redis.from_url(server.url)
    fleet_key = f"members:{KEY}:fleet"
    assert set(connection.zrange(fleet_key, 0, -1)) == {first.member.encode(), second.member.encode()}
    assert first.member != second.member  # random, never derived from the key
    now = float(connection.time()[0])
    connection.zadd(fleet_key, {"gone": now - 1, "alive": now + 100})  # one lease ran out a second ago
    clock.advance(FLEET_HEARTBEAT)
    _settle(second, second.take(KEY))
    assert second.fleet_size(KEY) == 3
    assert b"gone" not in connection.zrange(fleet_key, 0, -1)
    first.close()
    clock.advance(FLEET_HEARTBEAT)
    _settle(second, second.take(KEY))
    assert second.fleet_size(KEY) == 2
    second.close()
    assert connection.zrange(fleet_key, 0, -1) == [b"alive"]


# -- recovery -----------------------------------------------------------------------------------------------------


def test_recovery_follows_the_doubling_backoff_and_is_logged_once(
    server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    budget = _budget(server, clock, "backoff")
    budget.learn(KEY, Observation(limits={"minute": 1_000}))
    _settle(budget, budget.take(KEY))
    server.stop()
    caplog.set_level(logging.DEBUG, logger="tiktok_live")
    _settle(budget, budget.take(KEY))  # fails over at once: the next try in 1 s
    assert len(_messages(caplog, UNREACHABLE, "WARNING")) == 1
    tries = []
    for backoff in (1, 2, 4, 8, 16, 30, 30):
        clock.advance(backoff - 0.25)
        before = len(caplog.records)
        _settle(budget, budget.take(KEY))  # not tried yet: straight to the process's own budget
        assert len(caplog.records) == before
        clock.advance(0.25)
        _settle(budget, budget.take(KEY))  # tried, and still down
        tries.append(caplog.records[-1].getMessage())
    assert [message.rsplit("next try in ", 1)[1] for message in tries] == [
        "2 s",
        "4 s",
        "8 s",
        "16 s",
        "30 s",
        "30 s",
        "30 s",
    ]
    assert not budget.shared

    server.start()  # answers again, but the budget only tries once its 30 s are up
    clock.advance(29.75)
    _settle(budget, budget.take(KEY))
    assert _used_in_redis(server, "backoff") == 0
    assert _messages(caplog, SHARED_AGAIN) == []
    clock.advance(0.25)
    for _ in range(3):
        _settle(budget, budget.take(KEY))
    assert budget.shared
    assert _used_in_redis(server, "backoff") == 3  # takes go to Redis again, seen by other processes
    address = server.url.split("://")[1]
    assert _messages(caplog, SHARED_AGAIN, "INFO") == [
        f"Redis at {address} answers again; the rate-limit budget is shared again"
    ]
    assert budget.fleet_size(KEY) == 1  # rejoined the fleet
    assert budget.local.share_of(KEY) == 1.0
    assert len(_messages(caplog, UNREACHABLE, "WARNING")) == 1
    budget.close()


def test_only_the_first_of_several_outages_is_a_warning(server: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    budget = _budget(server, clock, "outages")
    caplog.set_level(logging.INFO, logger="tiktok_live")
    _settle(budget, budget.take(KEY))
    for outage in range(3):
        server.stop()
        for _ in range(5):  # many calls in one outage: one line
            _settle(budget, budget.take(KEY))
        budget.learn(KEY, Observation(remaining={"minute": 5}))
        budget.windows(KEY)
        clock.advance(1)
        _settle(budget, budget.take(KEY))  # one retry, still down
        assert len(_messages(caplog, UNREACHABLE)) == outage + 1
        server.start()
        clock.advance(2)
        budget.learn(KEY, Observation(remaining={"minute": 5}))  # the first call Redis answers: shared again
        assert budget.shared
        assert len(_messages(caplog, SHARED_AGAIN)) == outage + 1
        for _ in range(5):
            _settle(budget, budget.take(KEY))
        assert len(_messages(caplog, SHARED_AGAIN)) == outage + 1
        # Redis came back empty within a heartbeat: the first take rejoined the fleet all the same.
        assert redis.Redis.from_url(server.url).zrange(f"outages:{KEY}:fleet", 0, -1) == [budget.member.encode()]
    assert len(_messages(caplog, UNREACHABLE, "WARNING")) == 1
    assert len(_messages(caplog, UNREACHABLE, "INFO")) == 2
    assert len(_messages(caplog, SHARED_AGAIN, "INFO")) == 3
    assert all("127.0.0.1" in message for message in _messages(caplog, "Redis at"))
    budget.close()


# -- async ------------------------------------------------------------------------------------------------------


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A loopback listener that accepts connections and never answers (a Redis that hangs)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            held.append(connection)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"redis://127.0.0.1:{listener.getsockname()[1]}/0"
    stop.set()
    listener.close()
    for connection in held:
        connection.close()
    thread.join(5)


def test_async_take_and_learn_fall_back_within_the_socket_timeout(
    silent_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    timeout = 0.2

    async def main() -> None:
        clock = Clock()
        budget = RedisBudget(silent_server, socket_timeout=timeout, clock=clock, seed=False)
        # A hang would fail here (the bound is far above the socket timeout), not stall the suite.
        await asyncio.wait_for(budget.alearn(KEY, Observation(limits={"minute": 2})), timeout * 25)
        assert not budget.shared
        assert isinstance(await budget.atake(KEY), Ticket)  # in backoff: not tried again
        assert isinstance(await budget.atake(KEY), Ticket)
        assert isinstance(await budget.atake(KEY), Refusal)  # the local budget learned the limit meanwhile
        clock.advance(1)
        await asyncio.wait_for(budget.atake(KEY), timeout * 25)  # tried again: a second timeout
        await budget.aclose()

    with caplog.at_level(logging.DEBUG, logger="tiktok_live"):
        asyncio.run(main())
    warnings = _messages(caplog, UNREACHABLE, "WARNING")
    assert len(warnings) == 1
    assert "TimeoutError" in warnings[0]
    assert len(_messages(caplog, "still unreachable", "DEBUG")) == 1


def test_async_fallback_and_recovery_with_a_killed_redis(server: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    service = FakeEulerService(clock=lambda: 5_000.0)
    service.add_key(API_KEY, "Pro")
    clock = Clock()
    budget = RedisBudget(server.url, prefix="async-fallback", clock=clock, socket_timeout=0.5)
    key = key_id(API_KEY)

    async def main(base_url: str) -> list[int]:
        used = []
        async with AsyncTikTokLiveClient(api_key=API_KEY, base_url=base_url, rate_limiter=budget) as client:
            await client.room_id("someone")
            assert budget.shared
            assert budget.fleet_size(key) == 1
            server.stop()
            for _ in range(3):
                await client.room_id("someone")  # atake and alearn on the fallback
            assert not budget.shared
            server.start()
            clock.advance(1)
            for _ in range(2):
                await client.room_id("someone")
            assert budget.shared
            used.append(await asyncio.to_thread(_used_in_redis, server, "async-fallback", key))
        await budget.aclose()
        return used

    with caplog.at_level(logging.INFO, logger="tiktok_live"), service.serve() as base_url:
        used = asyncio.run(main(base_url))
    assert used == [2]  # the two calls after recovery, in the restarted Redis
    assert len(_messages(caplog, UNREACHABLE, "WARNING")) == 1
    assert len(_messages(caplog, SHARED_AGAIN, "INFO")) == 1
    assert [request.status for request in service.requests].count(429) == 0
    assert len(service.requests_for("room_id")) == 6


# -- live-connection slots ---------------------------------------------------------------------------------------


def test_slots_fall_back_to_the_process_share_and_recover(
    server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    fleet = [_budget(server, clock, "slots", live_connections=4) for _ in range(2)]
    held = []
    for budget in fleet:  # taking a slot joins the fleet too
        held.append(budget.slots.take(KEY))
    clock.advance(FLEET_HEARTBEAT)
    for budget in fleet:
        held.append(budget.slots.take(KEY))
    assert all(isinstance(slot, Slot) and slot.shared for slot in held)
    assert [budget.fleet_size(KEY) for budget in fleet] == [2, 2]
    assert fleet[0].slots.open(KEY) == (4, 4)
    for budget, slot in zip(fleet * 2, held, strict=True):
        assert isinstance(slot, Slot)
        budget.slots.release(KEY, slot)
    assert fleet[0].slots.open(KEY) == (0, 4)

    caplog.set_level(logging.INFO, logger="tiktok_live")
    server.stop()
    local = []
    for budget in fleet:
        taken = [budget.slots.take(KEY) for _ in range(3)]
        assert [type(slot) for slot in taken] == [Slot, Slot, SlotRefusal]
        refusal = taken[2]
        assert isinstance(refusal, SlotRefusal)
        assert (refusal.open, refusal.limit) == (2, 2)
        assert budget.slots.open(KEY) == (2, 2)
        local += [(budget, slot) for slot in taken[:2]]
    assert all(isinstance(slot, Slot) and not slot.shared for _, slot in local)
    assert len(_messages(caplog, UNREACHABLE, "WARNING")) == 2  # one per limiter

    server.start()
    clock.advance(1)
    first = fleet[0]
    shared = first.slots.take(KEY)
    assert isinstance(shared, Slot)
    assert shared.shared
    assert first.shared
    assert first.local.slots.open(KEY) == (2, 4)
    for budget, slot in local:  # slots taken on the fallback are released where they were taken
        assert isinstance(slot, Slot)
        budget.slots.release(KEY, slot)
    assert first.local.slots.open(KEY) == (0, 4)
    assert first.slots.open(KEY) == (1, 4)
    first.slots.release(KEY, shared)
    assert first.slots.open(KEY) == (0, 4)
    assert len(_messages(caplog, SHARED_AGAIN, "INFO")) == 1
    for budget in fleet:
        budget.close()


# -- each method on the fallback ----------------------------------------------------------------------------------


def _unreachable(clock: Clock) -> RedisBudget:
    from .._redis_server import _free_port

    return RedisBudget(f"redis://127.0.0.1:{_free_port()}/0", clock=clock, seed=False, socket_timeout=0.5)


def test_the_first_outage_seen_by_windows_is_warned_and_the_local_windows_shown(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    budget = _unreachable(clock)
    with caplog.at_level(logging.DEBUG, logger="tiktok_live"):
        assert budget.windows(KEY)[0].limit is None
        budget.learn(KEY, Observation(limits={"minute": 7}))  # in backoff: the local budget only
        assert budget.windows(KEY)[0].limit == 7
        clock.advance(1)
        budget.windows(KEY)
    address = budget.url.split("://")[1]
    assert _messages(caplog, UNREACHABLE, "WARNING") == [
        f"Redis at {address} is unreachable (ConnectionError); using this process's own rate-limit budget until it "
        "answers again"
    ]
    retried = f"Redis at {address} is still unreachable; next try in 2 s"
    assert _messages(caplog, "still unreachable", "DEBUG") == [retried]


def test_the_async_methods_on_the_fallback(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    budget = _unreachable(clock)

    async def main() -> list[Ticket | Refusal]:
        ticket = await budget.atake(KEY)  # the first outage
        assert isinstance(ticket, Ticket)
        await budget.alearn(KEY, Observation(), ticket)  # settles the local ticket
        assert budget.local._key(KEY).in_flight == {}
        await budget.alearn(KEY, Observation(closed_for={"minute": 30.0}))
        return [await budget.atake(KEY), await budget.atake(KEY, ignore_closed=True)]

    with caplog.at_level(logging.INFO, logger="tiktok_live"):
        closed, passed = asyncio.run(main())
    _closed_by_the_429_then_passed(closed, passed, caplog)


def _closed_by_the_429_then_passed(closed: object, passed: object, caplog: pytest.LogCaptureFixture) -> None:
    """The local budget took the 429 it was told of, let the caller who waited for it pass, and the outage was
    warned about once."""
    assert isinstance(closed, Refusal)
    assert closed.source == "429"
    assert isinstance(passed, Ticket)
    warnings = _messages(caplog, UNREACHABLE, "WARNING")
    assert len(warnings) == 1
    assert "ConnectionError" in warnings[0]


@pytest.mark.parametrize("first", ["take", "learn"])
def test_the_sync_methods_on_the_fallback(first: str, caplog: pytest.LogCaptureFixture) -> None:
    budget = _unreachable(Clock())
    with caplog.at_level(logging.INFO, logger="tiktok_live"):
        if first == "take":
            assert isinstance(budget.take(KEY), Ticket)  # the first outage
        budget.learn(KEY, Observation(closed_for={"minute": 30.0}))
        closed, passed = budget.take(KEY), budget.take(KEY, ignore_closed=True)
    _closed_by_the_429_then_passed(closed, passed, caplog)
