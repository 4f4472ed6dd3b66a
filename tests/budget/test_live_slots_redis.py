"""Live-events connections counted in the budget shared through a real redis-server (skipped, saying how to
install it, without one): worker processes opening more streams on one key than the fake WebSocket's
connection_limit stay under it with the shared budget and hit 4429 with a budget each; a killed holder's slot
frees itself when its lease runs out; the API key never reaches Redis."""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tiktok_live import AsyncTikTokLiveClient, LiveAuthenticationError, RedisBudget, TikTokLiveClient
from tiktok_live._budget._local import key_id
from tiktok_live.testing import FakeEulerService, FakeLiveServer

from .._redis_server import RedisServer, running_redis
from ._live_slot_workers import API_KEY, holding_worker, stream_worker

redis = pytest.importorskip("redis", reason="pip install 'tiktok-live[redis]' (the dev extra has it)")

WORKERS = 6
LIMIT = 2


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    with running_redis(tmp_path_factory.mktemp("redis-live")) as server:
        yield server


@pytest.fixture
def budget(redis_server: RedisServer, request: pytest.FixtureRequest) -> Iterator[RedisBudget]:
    limiter = RedisBudget(redis_server.url, prefix=f"t-{request.node.name}", live_connections=LIMIT, seed=False)
    yield limiter
    limiter.close()


def _service() -> FakeEulerService:
    service = FakeEulerService()
    for index in range(WORKERS):
        service.add_creator(f"creator{index}")
    return service


def _open(budget: RedisBudget) -> int:
    return budget.slots.open(key_id(API_KEY))[0]


def _fleet(redis_url: str | None) -> tuple[list[dict[str, Any]], FakeLiveServer]:
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(WORKERS)
    results = context.Queue()
    overlap = (WORKERS, context.Value("i", 0), context.Event())
    # Each stream lasts ~5 s (20 events at 4 a second), so a worker slow to connect on a loaded machine still
    # finds the first streams open: the server sends on whether or not the holders read.
    with FakeLiveServer(_service(), events=20, rate=4, connection_limit=LIMIT) as live:
        workers = [
            context.Process(
                target=stream_worker,
                args=(live.ws_url, redis_url, f"creator{index}", LIMIT, start, results, overlap),
            )
            for index in range(WORKERS)
        ]
        for worker in workers:
            worker.start()
        reports = [results.get(timeout=120) for _ in workers]
        for worker in workers:
            worker.join(10)
    return reports, live


def test_processes_sharing_a_redis_budget_never_see_4429(redis_server: RedisServer) -> None:
    reports, live = _fleet(redis_server.url)
    assert [record.close_code for record in live.connections].count(4429) == 0
    assert all(report["error"] is None and report["events"] > 0 for report in reports), reports
    assert all(report["close_code"] == 4005 for report in reports)


def test_processes_with_a_budget_each_hit_4429() -> None:
    reports, live = _fleet(None)
    refused = [report for report in reports if report["error"] == "LiveConnectionLimitError"]
    assert len(refused) == WORKERS - LIMIT  # all connected at once: every stream beyond the limit got a 4429
    assert [record.close_code for record in live.connections].count(4429) == len(refused)


def _slot_expiries(redis_server: RedisServer, budget: RedisBudget) -> tuple[float, list[float]]:
    """Redis's time now, and when each slot's lease on the key runs out (by that clock)."""
    connection = redis.Redis.from_url(redis_server.url)
    try:
        seconds, micros = connection.time()
        slots = connection.zrange(f"{budget.prefix}:{key_id(API_KEY)}:live-slots", 0, -1, withscores=True)
        return seconds + micros / 1e6, [score for _, score in slots]
    finally:
        connection.close()


def test_a_killed_holder_frees_its_slot_when_its_lease_runs_out(redis_server: RedisServer) -> None:
    # Redis's own clock runs the leases: no clock to inject. The test waits on what Redis shows, never a
    # sleep's length; a holder renews every third of its lease, so it may stall up to 2/3 of it (1.3 s).
    lease = 2.0
    context = multiprocessing.get_context("spawn")
    connected = context.Event()
    budget = RedisBudget(redis_server.url, live_connections=1, live_lease=lease, seed=False)
    with FakeLiveServer(_service(), events=None, rate=20) as live:
        holder = context.Process(target=holding_worker, args=(live.ws_url, redis_server.url, lease, connected))
        holder.start()
        try:
            assert connected.wait(60)
            _, [first_lease_ends] = _slot_expiries(redis_server, budget)
            # Until Redis's clock is past the end of the holder's first lease, which it renewed meanwhile.
            while (now := _slot_expiries(redis_server, budget))[0] <= first_lease_ends:
                time.sleep(0.05)  # a poll of Redis, not a wait that must be long enough
            assert len(now[1]) == 1
            assert now[1][0] > now[0] > first_lease_ends  # renewed: its lease ends later than the first did
            assert _open(budget) == 1
        finally:
            holder.kill()
            holder.join(10)
        assert _open(budget) == 1  # the dead holder's slot still counts, until its lease runs out
        with TikTokLiveClient(api_key=API_KEY, rate_limiter=budget) as client:
            events = client.live_events("creator0", ws_url=live.ws_url, max_connection_wait=30)
            with events:
                next(events)  # connected once the lease ran out
                assert _open(budget) == 1
    assert _open(budget) == 0
    assert [record.close_code for record in live.connections].count(4429) == 0
    budget.close()


def test_slots_in_redis_are_released_on_close_and_on_errors(budget: RedisBudget) -> None:
    with FakeLiveServer(_service(), events=30, rate=200, connection_limit=LIMIT) as live:
        with TikTokLiveClient(api_key=API_KEY, rate_limiter=budget) as client:
            with client.live_events("someone", ws_url=live.ws_url) as events:
                next(events)
                assert _open(budget) == 1
            assert _open(budget) == 0
            live.close_next(4500, "TikTok closed", after=1)
            seen = [_open(budget) for _ in client.live_events("someone", ws_url=live.ws_url, max_reconnect_delay=0.01)]
            assert set(seen) == {1}  # the reconnect kept one slot
            assert _open(budget) == 0
            live.service.strict = True
            with pytest.raises(LiveAuthenticationError):
                list(client.live_events("someone", ws_url=live.ws_url))
            assert _open(budget) == 0
            live.service.strict = False

        async def read() -> list[int]:
            async with AsyncTikTokLiveClient(api_key=API_KEY, rate_limiter=budget) as client:
                async with client.live_events("someone", ws_url=live.ws_url) as events:
                    seen = [_open(budget) async for _ in events]
            await budget.aclose()  # its asyncio Redis connections belong to this loop
            return seen

        assert set(asyncio.run(read())) == {1}
        assert _open(budget) == 0


def test_the_key_never_reaches_redis(redis_server: RedisServer, budget: RedisBudget) -> None:
    # Over the limit: the default limit (25) is above the fake's 2, so a 4429 teaches Redis the limit too.
    learning = RedisBudget(redis_server.url, prefix="t-key-scan", seed=False)
    with FakeLiveServer(_service(), events=None, rate=20, connection_limit=LIMIT) as live:
        with TikTokLiveClient(api_key=API_KEY, rate_limiter=learning) as client:
            held = [client.live_events(f"creator{index}", ws_url=live.ws_url) for index in range(LIMIT)]
            for events in held:
                next(events)
            with pytest.raises(Exception, match="live-events connections are open"):
                list(client.live_events("creator5", ws_url=live.ws_url, max_connection_wait=0))
            assert learning.slots.open(key_id(API_KEY)) == (LIMIT, LIMIT)
            connection = redis.Redis.from_url(redis_server.url)
            keys = list(connection.scan_iter("t-key-scan*"))
            seen = b""
            for key in keys:
                seen += key
                kind = connection.type(key)
                if kind == b"string":
                    seen += connection.get(key) or b""
                elif kind == b"zset":
                    for member, score in connection.zrange(key, 0, -1, withscores=True):
                        seen += member + str(score).encode()
                else:
                    seen += connection.dump(key) or b""
            for events in held:
                events.close()
    assert len(keys) == 3  # the slots, the learned limit and the fleet (members by random id)
    assert all(key_id(API_KEY).encode() in key for key in keys)
    assert API_KEY.encode() not in seen
    assert API_KEY[3:15].encode() not in seen
    learning.close()


def test_watch_takes_its_slot_from_the_rate_limit_url(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tiktok_live._budget import _slots as _live_slots
    from tiktok_live.cli import main

    taken: list[tuple[str, bool]] = []
    original = _live_slots.RedisSlots.take

    def take(self: _live_slots.RedisSlots, key: str) -> Any:
        slot = original(self, key)
        taken.append((key, getattr(slot, "shared", False)))
        return slot

    monkeypatch.setattr(_live_slots.RedisSlots, "take", take)
    monkeypatch.setenv("EULER_API_KEY", API_KEY)
    with pytest.raises(SystemExit) as exited:
        main(["watch", "--mock", "--rate-limit-url", redis_server.url, "someone"])
    assert exited.value.code == 0
    assert taken == [(key_id(API_KEY), True)]
    assert "watch @someone ended" in capsys.readouterr().err
