"""The rate-limit budget shared through a real redis-server (skipped, saying how to install it, without one).

Eight worker processes share one key against one fake service served over loopback HTTP, whose windows are
scaled down so a 120-per-minute plan spans a few seconds.
"""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tiktok_live import RateLimitError, RedisBudget, TikTokLiveClient
from tiktok_live._budget._local import PROBE_POLL, Hint, Observation, Refusal, Ticket
from tiktok_live.testing import FakeEulerService

from .._redis_server import RedisServer, running_redis
from ._budget_workers import API_KEY, PLAN_PER_MINUTE, check_worker

WORKERS = 8
TIME_SCALE = 2.0 / 60  # a minute lasts 2 s
MINUTE = 60 * TIME_SCALE


class TimedFake(FakeEulerService):
    """The fake, noting when each counted request arrived."""

    def __init__(self) -> None:
        super().__init__(time_scale=TIME_SCALE)
        self.arrivals: list[float] = []

    def respond(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != "/webcast/rate_limits":
            with self._lock:
                self.arrivals.append(time.time())
        return super().respond(request)


def _run_fleet(
    service: FakeEulerService,
    redis_url: str | None,
    calls: int,
    *,
    kill: RedisServer | None = None,
) -> list[dict[str, Any]]:
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(WORKERS + 1)
    killed = context.Event() if kill is not None else None
    results = context.Queue()
    with service.serve() as base_url:
        workers = [
            context.Process(
                target=check_worker,
                args=(base_url, redis_url, calls, TIME_SCALE, start, killed, 5, results),
            )
            for _ in range(WORKERS)
        ]
        for worker in workers:
            worker.start()
        start.wait(timeout=60)
        if kill is not None and killed is not None:
            deadline = time.monotonic() + 30
            while len(service.requests) < 3 * WORKERS and time.monotonic() < deadline:
                time.sleep(0.02)
            kill.stop()
            killed.set()
        reports = [results.get(timeout=90) for _ in workers]
        for worker in workers:
            worker.join(10)
    return reports


def _pro_key(service: FakeEulerService) -> None:
    service.add_key(API_KEY, "Pro")
    assert service.keys[API_KEY].minute == PLAN_PER_MINUTE


def test_eight_processes_sharing_a_budget_stay_within_the_plan(redis_server: RedisServer) -> None:
    service = TimedFake()
    _pro_key(service)
    reports = _run_fleet(service, redis_server.url, calls=20)
    statuses = [request.status for request in service.requests]
    assert statuses.count(429) == 0
    assert sum(report["ok"] for report in reports) == WORKERS * 20
    assert len(service.arrivals) == WORKERS * 20 > PLAN_PER_MINUTE  # the budget had to hold calls back
    # The service's own windows (fixed, each starting with its first request) never held more than the plan.
    minutes = service.rate_limit_windows(API_KEY, "minute")
    assert len(minutes) > 1
    assert all(window.used <= window.limit == PLAN_PER_MINUTE for window in minutes)
    assert all(report["warnings"] == [] for report in reports)


def test_the_same_fleet_without_a_shared_budget_runs_into_429s() -> None:
    service = TimedFake()
    _pro_key(service)
    _run_fleet(service, None, calls=20)
    assert [request.status for request in service.requests].count(429) > 0


def test_killing_redis_leaves_every_worker_on_its_local_budget_with_one_warning(tmp_path: Path) -> None:
    service = TimedFake()
    _pro_key(service)
    with running_redis(tmp_path) as server:
        reports = _run_fleet(service, server.url, calls=10_000, kill=server)
    for report in reports:
        assert report["ok"] + report["limited"] >= 5  # it went on calling after Redis died
        assert len(report["warnings"]) == 1, report["warnings"]
        assert "Redis at 127.0.0.1" in report["warnings"][0]


def test_no_redis_key_or_value_holds_the_api_key(redis_server: RedisServer) -> None:
    import redis

    service = FakeEulerService(time_scale=TIME_SCALE)
    service.add_key(API_KEY, "Pro")
    budget = RedisBudget(redis_server.url, time_scale=TIME_SCALE, prefix="scan-test")
    with service.serve() as base_url, TikTokLiveClient(api_key=API_KEY, base_url=base_url, rate_limiter=budget) as c:
        c.rate_limits()
        for _ in range(5):
            c.room_id("someone")
        service.fail_next("room_id", 429)
        with pytest.raises(RateLimitError):
            c.with_options(max_retries=0).room_id("someone")
    connection = redis.Redis.from_url(redis_server.url)
    seen = b""
    keys = list(connection.scan_iter("*"))
    assert any(key.startswith(b"scan-test:") for key in keys)
    for key in keys:
        seen += key
        kind = connection.type(key)
        if kind == b"string":
            seen += connection.get(key) or b""
        elif kind == b"hash":
            for field, value in connection.hgetall(key).items():
                seen += field + value
        elif kind == b"zset":
            for member, score in connection.zrange(key, 0, -1, withscores=True):
                seen += member + str(score).encode()
        else:
            seen += connection.dump(key) or b""
    assert API_KEY.encode() not in seen
    assert API_KEY[3:15].encode() not in seen


def test_a_window_full_in_redis_refuses_a_second_process_then_refills(redis_server: RedisServer) -> None:
    first = RedisBudget(redis_server.url, time_scale=0.01, margin=0.05, prefix="refill-test")
    second = RedisBudget(redis_server.url, time_scale=0.01, margin=0.05, prefix="refill-test")
    first.learn("k", Observation(limits={"minute": 3}))
    tickets = [first.take("k") for _ in range(3)]
    assert all(isinstance(ticket, Ticket) for ticket in tickets)
    for ticket in tickets:
        first.learn("k", Observation(), ticket)  # answered
    refusal = second.take("k")
    assert isinstance(refusal, Refusal)
    assert refusal.window == "minute"
    assert refusal.limit == 3
    assert 0 < refusal.refills_in <= 0.6 + 0.05
    time.sleep(refusal.refills_in + 0.02)
    assert isinstance(second.take("k"), Ticket)
    views = {view.window: view for view in second.windows("k")}
    assert views["minute"].limit == 3
    assert views["minute"].used == 1


def test_a_request_in_flight_in_one_process_holds_the_window_for_another(redis_server: RedisServer) -> None:
    first = RedisBudget(redis_server.url, margin=0.0, prefix="flight-test")
    second = RedisBudget(redis_server.url, margin=0.0, prefix="flight-test")
    first.learn("k", Observation(limits={"minute": 1}))
    slow = first.take("k")
    assert isinstance(slow, Ticket)
    refusal = second.take("k")
    assert isinstance(refusal, Refusal)
    assert (refusal.window, refusal.limit, refusal.source) == ("minute", 1, "count")
    assert 59 < refusal.refills_in <= 60  # the window started with the first request
    first.learn("k", Observation(hint=Hint("minute", 0, 60.5)), slow)  # its answer: none left for 60.5 s
    refusal = second.take("k")
    assert isinstance(refusal, Refusal)
    assert (refusal.window, refusal.source) == ("minute", "count")
    assert 60 < refusal.refills_in <= 60.5  # the service's reset replaced the one assumed


def test_a_window_closed_with_no_reset_lets_one_process_ask(redis_server: RedisServer) -> None:
    first = RedisBudget(redis_server.url, margin=0.0, prefix="probe-test")
    second = RedisBudget(redis_server.url, margin=0.0, prefix="probe-test")
    first.learn("k", Observation(limits={"minute": 5}, closed_for={"minute": -1.0}))  # a 429 with no hint
    probe = second.take("k")
    assert isinstance(probe, Ticket)
    assert first.take("k") == Refusal("minute", PROBE_POLL, 5, "429")
    second.learn("k", Observation(), probe)  # answered without news: the next one asks
    assert isinstance(first.take("k"), Ticket)


def test_an_unreachable_redis_falls_back_at_once_with_one_warning(caplog: pytest.LogCaptureFixture) -> None:
    from .._redis_server import _free_port

    budget = RedisBudget(f"redis://127.0.0.1:{_free_port()}/0", socket_timeout=0.2, clock=lambda: 100.0)
    tries = []
    connect = budget._link.sync_client

    def counted() -> Any:
        tries.append(1)
        return connect()

    budget._link.sync_client = counted  # type: ignore[method-assign]
    with caplog.at_level("INFO", logger="tiktok_live"):
        assert all(isinstance(budget.take("k"), Ticket) for _ in range(20))
    assert len(tries) == 1  # no call after the first waits on Redis: the backoff's time has not come
    warnings = [record for record in caplog.records if record.levelname == "WARNING"]
    assert len(warnings) == 1
    assert "own rate-limit budget" in warnings[0].getMessage()


def test_the_async_client_shares_the_same_budget(redis_server: RedisServer) -> None:
    import asyncio

    from tiktok_live import AsyncTikTokLiveClient

    service = FakeEulerService(time_scale=TIME_SCALE)
    service.add_key(API_KEY, "Pro")
    budget = RedisBudget(redis_server.url, time_scale=TIME_SCALE, prefix="async-test", seed=False)
    from tiktok_live._budget._local import Observation, key_id

    budget.learn(key_id(API_KEY), Observation(limits={"minute": 2}))

    async def main(base_url: str) -> None:
        async with AsyncTikTokLiveClient(
            api_key=API_KEY, base_url=base_url, rate_limiter=budget, max_retry_wait=0
        ) as client:
            await client.room_id("someone")
            await client.room_id("someone")
            from tiktok_live import BudgetExhaustedError

            with pytest.raises(BudgetExhaustedError) as caught:
                await client.room_id("someone")
            assert caught.value.window == "minute"
        await budget.aclose()

    with service.serve() as base_url:
        asyncio.run(main(base_url))
    assert len(service.requests_for("room_id")) == 2


def test_cli_limits_shows_the_shared_budget(redis_server: RedisServer, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from tiktok_live.cli import main

    assert main(["--mock", "limits", "--json", "--rate-limit-url", redis_server.url]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["budget"] == f"shared through Redis at 127.0.0.1:{redis_server.port}/0"
    assert shown["windows"]["minute"]["limit"] == shown["service"]["minute"]["max"]
    assert main(["--mock", "check-live", "someone", "--rate-limit-url", redis_server.url]) == 0
    assert "someone" in capsys.readouterr().out


# -- the async methods, the fleet and the view ------------------------------------------------------------------


def _redis(server: RedisServer) -> Any:
    import redis

    return redis.Redis.from_url(server.url, decode_responses=True)


def test_the_async_methods_share_the_budget_pass_a_closed_window_only_when_asked_and_settle_tickets(
    redis_server: RedisServer,
) -> None:
    import asyncio

    clock = [1_000.0]
    budget = RedisBudget(redis_server.url, margin=0.0, prefix="async-methods", seed=False, clock=lambda: clock[0])
    peek = _redis(redis_server)
    fleet, flight = "async-methods:k:fleet", "async-methods:k:flight"

    async def takes() -> list[Ticket | Refusal]:
        first = await budget.atake("k")
        assert isinstance(first, Ticket)
        assert peek.zrange(fleet, 0, -1) == [budget.member]  # joined the key's fleet
        assert peek.zcard(flight) == 1
        await budget.alearn("k", Observation(), first)  # an answer that said nothing settles the request
        assert peek.zcard(flight) == 0
        peek.delete(fleet)
        await budget.alearn("k", Observation(closed_for={"minute": 30.0}))
        outcomes = [await budget.atake("k"), await budget.atake("k", ignore_closed=True)]
        assert not peek.exists(fleet)  # the membership is renewed at most every heartbeat
        assert budget._link._async is not None
        # This loop's connections (the budget keeps the client of each loop it ran on).
        await budget._link._async.aclose()
        return outcomes

    async def later() -> None:
        assert isinstance(await budget.atake("k", ignore_closed=True), Ticket)  # another loop: a client of its own
        assert budget.shared
        assert peek.zrange(fleet, 0, -1) == [budget.member]  # renewed after the heartbeat
        await budget.aclose()  # async clients only: aclose leaves the fleet
        assert not peek.exists(fleet)

    closed, passed = asyncio.run(takes())
    assert (closed.window, closed.source) == ("minute", "429")
    assert isinstance(passed, Ticket)
    clock[0] += 5.0
    asyncio.run(later())
    peek.close()


def test_the_shared_view_reads_each_window_from_the_script() -> None:
    from tiktok_live._budget._local import WindowState

    budget = RedisBudget("redis://127.0.0.1:1/0")  # never connects
    answer = ["10", "4", "0.500000", "rate_limits", "-1", "", "-1", "count", "0", "0", "0.000000", "nonsense"]
    states, hint_name, hint = budget._states([*answer, "hour", "2", "12.500000", "header"])
    assert states == {
        "minute": WindowState(10, 4, 0.5, "rate_limits"),
        "hour": WindowState(None, None, None, "count"),
        "day": WindowState(0, 0, 0.0, "count"),  # -1 is unknown, any other number the limit
    }
    assert (hint_name, hint) == ("hour", WindowState(None, 2, 12.5, "header"))
    assert budget._states([*answer, "", "", "-1", "count"])[1:] == ("minute", WindowState(None, None, None, "count"))


def test_the_shared_view_says_when_a_window_refills(redis_server: RedisServer) -> None:
    budget = RedisBudget(redis_server.url, prefix="shared-view", seed=False)
    budget.learn("k", Observation(limits={"minute": 10}, remaining={"minute": 5}, reset_in={"minute": 1_000.0}))
    minute = budget.windows("k")[0]
    assert (minute.limit, minute.used, minute.remaining, minute.source) == (10, 5, 5, "rate_limits")
    assert minute.refills_in is not None
    assert 900 < minute.refills_in <= 1_000
    budget.close()


# The first loop's client is left to the garbage collector: it cannot be closed from another loop.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning", "ignore::ResourceWarning")
def test_each_event_loop_gets_a_redis_client_of_its_own(redis_server: RedisServer) -> None:
    import asyncio
    import gc

    budget = RedisBudget(redis_server.url, prefix="two-loops", seed=False)

    async def take(close: bool) -> Ticket | Refusal:
        outcome = await budget.atake("k")
        if close:
            await budget.aclose()
        return outcome

    assert isinstance(asyncio.run(take(False)), Ticket)
    assert isinstance(asyncio.run(take(True)), Ticket)  # not the first loop's connections: that loop is closed
    assert budget.shared
    gc.collect()  # the first loop's client, while its warnings are ignored


def test_a_take_reads_the_script_s_answer() -> None:
    budget = RedisBudget("redis://127.0.0.1:1/0")  # never connects
    assert budget._outcome([1, "7"]) == Ticket("r7", 7)
    assert budget._outcome([0, "hour", "12.500000", 0, "header"]) == Refusal("hour", 12.5, 0, "header")
    assert budget._outcome([0, "day", "-0.000001", -1, "nonsense"]) == Refusal("day", 0.0, None, "count")


def test_only_a_shared_ticket_settles_a_shared_request(redis_server: RedisServer) -> None:
    budget = RedisBudget(redis_server.url, prefix="settle-test", seed=False)
    peek = _redis(redis_server)
    shared = budget.take("k")
    assert shared == Ticket("r1", 1)
    budget.learn("k", Observation(hint=Hint("minute", 5, 30.0)))  # an answer to no request of this budget
    budget.learn("k", Observation(), Ticket("l1", 1))  # the local budget's request 1 (from an outage)
    assert peek.zrange("settle-test:k:flight", 0, -1) == ["1"]
    budget.learn("k", Observation(), shared)
    assert peek.zcard("settle-test:k:flight") == 0
    budget.close()
    peek.close()


def test_a_hint_without_a_reset_is_shared_as_one(redis_server: RedisServer) -> None:
    budget = RedisBudget(redis_server.url, prefix="hint-no-reset", seed=False)
    budget.learn("k", Observation(hint=Hint("minute", 0, None, "429")))  # a 429 that named no window nor time
    minute = budget.windows("k")[0]
    assert budget.shared
    assert (minute.remaining, minute.refills_in, minute.source) == (0, None, "429")
    budget.close()


def test_a_redis_url_is_shown_as_host_port_and_database_only() -> None:
    budget = RedisBudget("redis://user:p@ss@h:1/0?x=1?y=2&next=redis://z")
    assert budget.description == "shared through Redis at h:1/0"
    assert repr(budget) == "RedisBudget('h:1/0', prefix='tiktok-live:budget')"


def test_a_timed_out_redis_command_is_not_retried_the_budget_falls_back_instead() -> None:
    budget = RedisBudget("redis://127.0.0.1:1/0", socket_timeout=0.3)
    kwargs = budget._link.sync_client().connection_pool.connection_kwargs
    assert (kwargs["retry_on_timeout"], kwargs["socket_timeout"], kwargs["socket_connect_timeout"]) == (False, 0.3, 0.3)
    budget.close()


def test_a_redis_budget_names_what_is_wrong_with_its_url_or_its_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    with pytest.raises(TypeError, match=r"^url must be a str, not int$"):
        RedisBudget(5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^url must be a redis://, rediss:// or unix:// URL \(got a http value\)$"):
        RedisBudget("http://h/0")
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(ImportError, match=r"^a shared rate-limit budget needs the redis client: pip install "):
        RedisBudget("redis://h/0")


@pytest.mark.parametrize("socket_timeout", [True, 0, -1.0, "1"])
def test_a_redis_budget_s_socket_timeout_is_a_positive_number(socket_timeout: Any) -> None:
    with pytest.raises(ValueError, match=r"^socket_timeout must be a positive number of seconds, got "):
        RedisBudget("redis://h/0", socket_timeout=socket_timeout)


@pytest.mark.parametrize("prefix", ["", 5])
def test_a_redis_budget_s_prefix_is_a_non_empty_str(prefix: Any) -> None:
    with pytest.raises(ValueError, match=r"^prefix must be a non-empty str$"):
        RedisBudget("redis://h/0", prefix=prefix)


def test_a_redis_budget_s_fallback_and_windows_use_its_scale_and_margin(redis_server: RedisServer) -> None:
    import asyncio

    budget = RedisBudget(redis_server.url, prefix="scaled", time_scale=0.5, margin=0.25, seed=False, clock=lambda: 0.0)
    assert (budget.local.time_scale, budget.local.margin) == (0.5, 0.25)
    assert isinstance(budget.take("k"), Ticket)
    assert budget.fleet_size("k") == 1  # through Redis from the start, whatever its clock reads
    assert [view.seconds for view in budget.windows("k")] == [30.25, 1_800.25, 43_200.25]
    budget.close()
    asyncio.run(RedisBudget("redis://h/0").aclose())  # never used: nothing to close


@pytest.mark.parametrize("url", ["pa55word@127.0.0.1:6379", "http://pa55word@127.0.0.1:6379"])
def test_a_value_that_is_not_a_redis_url_is_refused_without_being_echoed(url: str) -> None:
    with pytest.raises(ValueError, match="redis://") as raised:
        RedisBudget(url)
    assert "pa55word" not in str(raised.value)  # a password may be in it
    assert ("a bare value" if "://" not in url else "a http value") in str(raised.value)


def test_the_fallback_budget_holds_live_connection_slots_as_configured() -> None:
    budget = RedisBudget("redis://127.0.0.1:1/0", live_connections=3, live_lease=7.0)
    assert (budget.local.slots.lease, budget.slots.lease) == (7.0, 7.0)
    budget.close()
