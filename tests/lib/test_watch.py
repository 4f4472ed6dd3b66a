"""`watch_creators`: transitions of many creators against the fake, on an injected clock (no test sleeps)."""

from __future__ import annotations

import asyncio
import math
import threading
from typing import Any

import httpx
import pytest

import tiktok_live
from tiktok_live import (
    CheckFailed,
    InvalidInputError,
    LocalBudget,
    NotFoundError,
    WentLive,
)
from tiktok_live._lib._watch_plan import BATCH, burst, plan_sweeps, sustained_rate
from tiktok_live.testing import DEFAULT_LIMITS, FakeEulerService, FakeLiveServer, LiveSchedule

from .._helpers import BASE_URL, SECRET_KEY

SESSION = "session-SENTINEL-51c2"
FIGURES: dict[str, Any] = {}  # the 1,000-creator test's figures, for `python -c` and the report
START = 1_000_000.0


class Clock:
    """The one clock of the fake, the client, its budget and the watch; it moves only when someone sleeps."""

    def __init__(self) -> None:
        self.now = START
        self.stop_at = math.inf
        self.watch: Any = None

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds > 0
        self.now += seconds
        if self.now >= self.stop_at and self.watch is not None:
            self.watch.close()

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def _setup(plan: str = "Enterprise", **service_options: Any) -> tuple[Clock, FakeEulerService, LiveSchedule]:
    clock = Clock()
    service = FakeEulerService(clock=clock, creators=[], **service_options)
    service.add_key(SECRET_KEY, plan)  # type: ignore[arg-type]
    return clock, service, LiveSchedule(service)


def _client(clock: Clock, service: FakeEulerService, kind: str = "sync", **options: Any) -> Any:
    options.setdefault("rate_limiter", LocalBudget(clock=clock))
    if kind == "sync":
        http: Any = httpx.Client(transport=service.transport())
        client: Any = tiktok_live.TikTokLiveClient(
            api_key=SECRET_KEY, base_url=BASE_URL, http_client=http, sleep=clock.sleep, **options
        )
    else:
        http = httpx.AsyncClient(transport=service.async_transport())
        client = tiktok_live.AsyncTikTokLiveClient(
            api_key=SECRET_KEY, base_url=BASE_URL, http_client=http, sleep=clock.asleep, **options
        )
    client._now = clock
    client._random = lambda: 0.0
    return client


def _until(clock: Clock, watch: Any, seconds: float) -> list[Any]:
    clock.watch, clock.stop_at = watch, START + seconds
    return list(watch)


def _plan_line(limits: dict[str, int], creators: int) -> str:
    return plan_sweeps(creators, 0, limits).describe()


# -- the plan ---------------------------------------------------------------------------------------------------


def test_the_rate_is_the_share_of_the_tightest_window_and_bursts_never_pass_a_share() -> None:
    limits = {"minute": 600, "hour": 20_000, "day": 200_000}
    rate = sustained_rate(limits, 0.5)
    assert rate == pytest.approx(0.5 * 200_000 / 86_400)  # the day binds
    assert sustained_rate({"minute": 10}, 0.5) == pytest.approx(5 / 60)
    room = burst(limits, 0.5, rate)
    for window, seconds in (("minute", 60), ("hour", 3_600), ("day", 86_400)):
        assert room + rate * seconds <= 0.5 * limits[window] + 1
    plan = plan_sweeps(1_000, 0, limits)
    assert plan.requests_per_sweep == math.ceil(1_000 / BATCH) == 20
    assert plan.interval == pytest.approx(20 / rate)
    assert plan.describe().startswith("1,000 creators on this key: every 17 s (20 requests a sweep with bulk live")
    # A longer interval asked for is kept; a shorter one is not possible.
    assert plan_sweeps(1_000, 0, limits, interval=60).interval == 60
    assert plan_sweeps(1_000, 0, limits, interval=1).interval == pytest.approx(20 / rate)
    single = plan_sweeps(0, 100, limits)
    assert single.requests_per_sweep == 100
    assert single.interval == pytest.approx(100 / rate)


# -- the done-when: 1,000 scripted creators ---------------------------------------------------------------------


def test_1000_scripted_creators_every_transition_once_within_the_promised_interval_and_the_share() -> None:
    layout = "rest"  # room info or the user id lookup names an offline creator's numeric id: all swept in bulk
    clock, service, schedule = _setup()
    share = 0.5
    # Resolving 1,000 unique ids, one room_info each, with at least half the share's pace: at most 1,728 s.
    warm_up = 1_800.0
    span = 1_200.0  # transitions from the end of the warm-up on, for 20 minutes
    names = schedule.seeded(
        1_000, seed=42, start=START + warm_up, end=START + warm_up + span, live=(60, 400), offline=(60, 600)
    )
    client = _client(clock, service, layout=layout)
    watch = client.watch_creators(names, session_id=SESSION, budget_share=share)
    events = _until(clock, watch, warm_up + span + 60)
    plan = watch.plan
    assert plan is not None
    assert (plan.creators, plan.bulk, plan.unresolved) == (1_000, 1_000, 0)

    # Every transition exactly once, in order, and nothing else.
    truth = [change for change in schedule.transitions if change.at <= START + warm_up + span]
    assert len(truth) > 1_500
    assert not [event for event in events if isinstance(event, CheckFailed)]
    seen: dict[str, list[Any]] = {}
    for event in events:
        seen.setdefault(event.creator, []).append(event)
    delays = []
    for name in names:
        expected = [change for change in truth if change.unique_id == name]
        got = seen.get(name, [])
        assert [isinstance(event, WentLive) for event in got] == [change.is_live for change in expected], name
        for change, event in zip(expected, got, strict=True):
            assert event.at >= change.at
            delays.append(event.at - change.at)
    delays.sort()
    p95 = delays[int(len(delays) * 0.95)]
    assert p95 <= plan.interval, (p95, plan.interval)

    # Within the share of every window, and never a 429.
    statuses = [request.status for request in service.requests]
    assert 429 not in statuses
    assert set(statuses) == {200}
    limits = DEFAULT_LIMITS["Enterprise"]
    for window, limit in (("minute", limits.minute), ("hour", limits.hour)):
        assert limit is not None
        used = [record.used for record in service.rate_limit_windows(SECRET_KEY, window)]
        assert used
        assert max(used) <= share * limit, (window, max(used))
    elapsed = clock.now - START
    assert limits.day is not None
    assert len(service.requests) <= share * limits.day * elapsed / 86_400 + burst(plan.limits, share, plan.rate) + 2
    # Each unique id was resolved once; the rest were bulk checks.
    assert len(service.requests_for("room_info")) == 1_000
    FIGURES.update(
        p95=p95,
        interval=plan.interval,
        requests=len(service.requests),
        allowed=share * limits.day * elapsed / 86_400,
        minute_max=max(r.used for r in service.rate_limit_windows(SECRET_KEY, "minute")),
        hour_max=max(r.used for r in service.rate_limit_windows(SECRET_KEY, "hour")),
        median=delays[len(delays) // 2],
        max_delay=delays[-1],
        elapsed=elapsed,
        transitions=len(truth),
        describe=plan.describe(),
    )


def test_flat_room_info_of_an_offline_creator_has_no_id_so_they_are_checked_singly_until_first_seen_live() -> None:
    clock, service, schedule = _setup()
    # Resolving 100 unique ids takes at most 173 s (the plan's warm-up); transitions from then on.
    names = schedule.seeded(100, seed=7, start=START + 200, end=START + 3_600, live=(300, 900), offline=(300, 900))
    client = _client(clock, service)
    watch = client.watch_creators(names, session_id=SESSION)
    promised: list[tuple[float, float]] = []  # (from when, the interval promised) each time the plan changes
    sleep = clock.sleep

    def sleep_and_note_the_plan(seconds: float) -> None:
        if watch.plan is not None and (not promised or promised[-1][1] != watch.plan.interval):
            promised.append((clock.now, watch.plan.interval))
        sleep(seconds)

    clock.sleep = sleep_and_note_the_plan  # type: ignore[method-assign]
    client._sleep = sleep_and_note_the_plan
    events = _until(clock, watch, 3_600)
    truth = [change for change in schedule.transitions if change.at <= START + 3_600 - 300]
    assert not [event for event in events if isinstance(event, CheckFailed)]
    by_creator: dict[str, list[Any]] = {}
    for event in events:
        by_creator.setdefault(event.creator, []).append(event)
    for name in names:
        expected = [change for change in truth if change.unique_id == name]
        got = by_creator.get(name, [])[: len(expected)]
        assert [isinstance(event, WentLive) for event in got] == [change.is_live for change in expected], name
        for change, event in zip(expected, got, strict=True):
            worst = max(interval for at, interval in promised if at <= event.at)
            assert change.at <= event.at <= change.at + worst + 1, (name, change, event.at)
    # Checked singly while their id is unknown (one room info a sweep each), in bulk once seen live.
    seen_live = {change.unique_id for change in schedule.transitions if change.is_live and change.at < clock.now - 300}
    plan = watch.plan
    assert plan is not None
    assert plan.bulk >= len(seen_live)
    assert plan.bulk + plan.single == 100
    assert max(interval for _, interval in promised) > 10 * promised[-1][1]  # 100 single checks a sweep, then 2 bulk
    assert not service.requests_for("room_id")


# -- both clients, callbacks, a set that changes ----------------------------------------------------------------


def _kinds(events: list[Any]) -> list[tuple[str, str]]:
    return [(type(event).__name__, event.creator) for event in events]


def test_the_async_client_watches_the_same_way_and_run_calls_back() -> None:
    clock, service, schedule = _setup()
    schedule.script("alpha", [(START + 30, START + 90)])
    schedule.script("beta", [(START + 60, START + 200)])
    client = _client(clock, service, kind="async", layout="rest")
    watch = client.watch_creators(["alpha", "@beta", "https://www.tiktok.com/@alpha/live"], session_id=SESSION)
    clock.watch, clock.stop_at = watch, START + 300
    seen: list[Any] = []

    async def on_event(event: Any) -> None:
        seen.append(event)

    asyncio.run(watch.run(on_event))
    assert _kinds(seen) == [
        ("WentLive", "alpha"),
        ("WentLive", "beta"),
        ("WentOffline", "alpha"),
        ("WentOffline", "beta"),
    ]
    room = service.creator("alpha").room_id
    assert seen[0].room_id == room
    assert len(service.requests_for("room_info")) == 2  # the URL is alpha again: resolved once


def test_creators_added_and_removed_while_it_runs() -> None:
    clock, service, schedule = _setup()
    schedule.script("alpha", [(START + 30, START + 400)])
    schedule.script("beta", [(START + 30, START + 400)])
    client = _client(clock, service)
    watch = client.watch_creators(["alpha"], session_id=SESSION)
    clock.watch, clock.stop_at = watch, START + 600
    events = []
    for event in watch:
        events.append(event)
        if event == WentLive("alpha", service.creator("alpha").room_id, event.at):
            watch.add("beta")
            watch.remove("alpha")
    assert _kinds(events) == [("WentLive", "alpha"), ("WentLive", "beta"), ("WentOffline", "beta")]
    assert watch.status().creators == 1
    assert watch.live_now() == {}


def test_a_creator_live_at_the_first_check_is_reported_live_and_a_new_room_is_a_new_stream() -> None:
    clock, service, _ = _setup()
    service.add_creator("gamma", "7300000000000000001", is_live=True)
    client = _client(clock, service)
    watch = client.watch_creators(["gamma"], session_id=SESSION)
    clock.watch, clock.stop_at = watch, START + 30
    assert _kinds(list(watch)) == [("WentLive", "gamma")]
    service.creator("gamma").room_id = "7300000000000000002"  # ended and started again between two checks
    again = client.watch_creators(["gamma"], session_id=SESSION)
    assert len(service.requests_for("room_info")) == 1
    again._core.creators["gamma"].live, again._core.creators["gamma"].room_id = True, "7300000000000000001"
    clock.watch, clock.stop_at = again, clock.now + 30
    events = list(again)
    assert _kinds(events) == [("WentOffline", "gamma"), ("WentLive", "gamma")]
    assert events[1].room_id == "7300000000000000002"
    assert len(service.requests_for("room_info")) == 1  # the numeric id was cached on the client


def test_numeric_ids_are_checked_in_bulk_without_resolving() -> None:
    clock, service, schedule = _setup()
    schedule.script("delta", [(START + 10, START + 100)])
    user_id = int(service.creator("delta").numeric_uid)
    client = _client(clock, service)
    watch = client.watch_creators([user_id], session_id=SESSION)
    events = _until(clock, watch, 200)
    assert _kinds(events) == [("WentLive", str(user_id)), ("WentOffline", str(user_id))]
    assert not service.requests_for("room_info")
    bodies = [request.json["user_numeric_ids"] for request in service.requests_for("RetrieveBulkLiveCheck")]
    assert bodies
    assert all(body == [str(user_id)] for body in bodies)


# -- fewer features, fewer requests: without a session, without the plan ---------------------------------------


def test_without_a_session_each_creator_is_checked_with_room_id_and_a_numeric_id_fails_once() -> None:
    clock, service, schedule = _setup()
    schedule.script("alpha", [(START + 30, START + 90)])
    client = _client(clock, service)
    watch = client.watch_creators(["alpha", 6_800_000_000_000_000_001])
    events = _until(clock, watch, 200)
    assert _kinds(events) == [
        ("CheckFailed", "6800000000000000001"),
        ("WentLive", "alpha"),
        ("WentOffline", "alpha"),
    ]
    assert isinstance(events[0].error, InvalidInputError)
    assert "session_id" in events[0].error.message
    assert not service.requests_for("RetrieveBulkLiveCheck")
    assert not service.requests_for("room_info")
    assert service.requests_for("room_id")
    plan = watch.plan
    assert plan is not None
    assert (plan.single, plan.bulk, plan.requests_per_sweep) == (1, 0, 1)


@pytest.mark.parametrize("layout", ["flat", "rest"])
def test_a_plan_without_the_bulk_check_falls_back_to_room_id(layout: str) -> None:
    clock, service, schedule = _setup(plan="Pro")
    schedule.script("alpha", [(START + 30, START + 600)])
    client = _client(clock, service, layout=layout)
    watch = client.watch_creators(["alpha"], session_id=SESSION)
    events = _until(clock, watch, 900)
    assert _kinds(events) == [("WentLive", "alpha"), ("WentOffline", "alpha")]
    refused = [request for request in service.requests if request.status == 402]
    # Pro has neither room_info nor the bulk check: one 402 (flat); REST resolves with its own lookup first.
    assert len(refused) == (1 if layout == "flat" else 2)
    plan = watch.plan
    assert plan is not None
    assert plan.single == 1
    assert sustained_rate(plan.limits, 0.5) == pytest.approx(0.5 * 50_000 / 86_400)


def test_rest_resolves_with_its_own_lookup_when_room_info_lacks_the_id() -> None:
    clock, service, schedule = _setup()
    schedule.script("alpha", [(START + 30, START + 90)])
    service.creator("alpha").numeric_uid = "6800000000000000777"
    client = _client(clock, service, layout="rest")
    original = service.respond

    def without_numeric_id(request: httpx.Request) -> httpx.Response:
        response = original(request)
        if request.url.path.endswith("/room_info"):
            body = response.json()
            body["data"]["user"].pop("numeric_uid")
            body["data"]["raw"].pop("owner", None)
            return httpx.Response(200, json=body, headers={"RateLimit-Remaining": "100", "RateLimit-Reset": "60"})
        return response

    service.respond = without_numeric_id  # type: ignore[method-assign]
    watch = client.watch_creators(["alpha"], session_id=SESSION)
    events = _until(clock, watch, 200)
    assert _kinds(events) == [("WentLive", "alpha"), ("WentOffline", "alpha")]
    assert len(service.requests_for("RetrieveWebcastUserId")) == 1
    sent = service.requests_for("RetrieveBulkLiveCheck")[0].json
    assert sent["user_numeric_ids"] == ["6800000000000000777"]


def test_an_unknown_creator_or_a_bad_name_fails_once_and_is_not_asked_again() -> None:
    clock, service, _ = _setup()
    client = _client(clock, service)
    watch = client.watch_creators(["nobody_here", "not a name!"], session_id=SESSION)
    events = _until(clock, watch, 120)
    assert _kinds(events) == [("CheckFailed", "not a name!"), ("CheckFailed", "nobody_here")]
    assert isinstance(events[0].error, InvalidInputError)
    assert isinstance(events[1].error, NotFoundError)
    assert len(service.requests_for("room_info")) == 1


def test_a_failed_bulk_check_is_reported_for_its_creators_and_asked_again_next_sweep() -> None:
    clock, service, schedule = _setup()
    schedule.script("alpha", [(START + 30, START + 900)])
    client = _client(clock, service, max_retries=0, layout="rest")  # offline creators resolved: bulk from the start
    service.fail_next("RetrieveBulkLiveCheck", 503)  # the first sweep after resolving
    watch = client.watch_creators(["alpha"], session_id=SESSION)
    events = _until(clock, watch, 120)
    assert _kinds(events) == [("CheckFailed", "alpha"), ("WentLive", "alpha")]
    assert events[0].error.status_code == 503
    assert events[1].at - (START + 30) <= watch.plan.interval


def test_bad_options_are_refused_before_any_request() -> None:
    clock, service, _ = _setup()
    client = _client(clock, service)
    with pytest.raises(TypeError, match="not a single str"):
        client.watch_creators("alpha")
    with pytest.raises(ValueError, match="share"):
        client.watch_creators(["alpha"], budget_share=0)
    with pytest.raises(ValueError, match="interval"):
        client.watch_creators(["alpha"], interval=-1)
    with pytest.raises(ValueError, match="limits"):
        client.watch_creators(["alpha"], limits={"week": 5})
    with pytest.raises(ValueError, match="session_id"):
        client.watch_creators(["alpha"], session_id=" ")
    with pytest.raises(ValueError, match="lease is for a fleet: give coordinator= too"):
        client.watch_creators(["alpha"], lease=5)
    with pytest.raises(ValueError, match="coordinator=True takes the Redis URL"):
        client.watch_creators(["alpha"], coordinator=True)
    with pytest.raises(TypeError, match="coordinator must be a Redis URL"):
        client.watch_creators(["alpha"], coordinator=5)
    assert not service.requests


# -- the docs' table ----------------------------------------------------------------------------------------------


def test_the_docs_table_of_plans_is_what_the_plans_limits_give() -> None:
    from pathlib import Path

    from tiktok_live._catalog import by_name
    from tiktok_live._lib._watch_plan import _seconds

    page = (Path(__file__).resolve().parents[2] / "docs" / "monitoring.md").read_text()
    rows = [line.split("|")[1:-1] for line in page.splitlines() if line.startswith("| ") and "/ " in line]
    table = {(cells[0].strip(), cells[2].strip()): [cell.strip() for cell in cells[3:]] for cells in rows}
    assert len(table) == 5
    for plan, limits in DEFAULT_LIMITS.items():
        windows = {"minute": limits.minute, "hour": limits.hour, "day": limits.day}
        has_room_id = plan in by_name("room_id").operations[0].plans
        has_bulk = plan in by_name("RetrieveBulkLiveCheck").operations[0].plans
        has_bulk = has_bulk and plan in by_name("room_info").operations[0].plans
        if not has_room_id:
            assert (plan, "(alerts only)") in table
            continue
        kinds = [("`room_id`" if not has_bulk else "`room_id` (no session)", False)]
        if has_bulk:
            kinds.append(("bulk live check (session)", True))
        for label, bulk in kinds:
            cells = table[(plan, label)]
            for cell, count in zip(cells, (10, 100, 1_000, 10_000), strict=False):
                plan_for = plan_sweeps(count if bulk else 0, 0 if bulk else count, windows)  # type: ignore[arg-type]
                assert cell == _seconds(plan_for.interval), (plan, label, count)
            per_minute = sustained_rate(windows, 0.5) * 60  # type: ignore[arg-type]
            within = math.floor(per_minute + 1e-9) * (BATCH if bulk else 1)
            assert cells[4] == f"{within:,} creators", (plan, label)


# -- connect=True: live events of the creators live now, within the slots -------------------------------------------


class _Received:
    """Live events handed to on_live_event, by creator; `wait_for` blocks (never sleeps) until one arrives."""

    def __init__(self) -> None:
        self.by_creator: dict[str, int] = {}
        self.changed = threading.Condition()

    def __call__(self, creator: str, event: Any) -> None:
        with self.changed:
            self.by_creator[creator] = self.by_creator.get(creator, 0) + 1
            self.changed.notify_all()

    def wait_for(self, creator: str, more_than: int = 0) -> None:
        with self.changed:
            assert self.changed.wait_for(lambda: self.by_creator.get(creator, 0) > more_than, timeout=20), creator


def test_connect_keeps_the_highest_priority_live_creators_connected_within_max_connections() -> None:
    clock, service, _ = _setup()
    for name in ("alpha", "beta", "gamma"):
        service.add_creator(name, is_live=True)
    received = _Received()
    ranks = {"gamma": 3, "beta": 2, "alpha": 1}
    with FakeLiveServer(service, events=None, rate=50) as live:
        client = _client(clock, service)
        watch = client.watch_creators(
            ["alpha", "beta", "gamma"],
            session_id=SESSION,
            connect=True,
            max_connections=2,
            priority=ranks.__getitem__,
            on_live_event=received,
            live_options={"ws_url": live.ws_url},
        )
        assert _kinds([next(watch) for _ in range(3)]) == [
            ("WentLive", "alpha"),
            ("WentLive", "beta"),
            ("WentLive", "gamma"),
        ]
        assert watch.connections() == {"connected": ["beta", "gamma"], "waiting": ["alpha"]}
        received.wait_for("beta")
        received.wait_for("gamma")
        service.set_live("gamma", False)
        assert _kinds([next(watch)]) == [("WentOffline", "gamma")]
        assert watch.connections() == {"connected": ["beta", "alpha"], "waiting": []}
        already = received.by_creator.get("alpha", 0)
        received.wait_for("alpha", more_than=already)
        watch.close()
        assert watch.connections() == {"connected": [], "waiting": []}
    opened = [record.query["uniqueId"] for record in live.connections]
    assert "gamma" in opened
    assert opened.count("beta") == 1  # never dropped: it stayed in the top two


def test_connect_options_need_connect() -> None:
    clock, service, _ = _setup()
    client = _client(clock, service)
    with pytest.raises(ValueError, match="connect=True"):
        client.watch_creators(["alpha"], max_connections=3)
    with pytest.raises(ValueError, match="max_connections"):
        client.watch_creators(["alpha"], connect=True, max_connections=0)
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        client.watch_creators(["alpha"], colour="red")


def test_async_connect_a_stream_that_ends_by_itself_frees_its_slot_and_is_not_reopened() -> None:
    clock, service, _ = _setup()
    for name in ("alpha", "beta"):
        service.add_creator(name, is_live=True)
    ended: dict[str, asyncio.Event] = {}

    async def main(ws_url: str) -> tuple[list[str], dict[str, int]]:
        ended.update(alpha=asyncio.Event(), beta=asyncio.Event())
        counts: dict[str, int] = {}
        client = _client(clock, service, kind="async")

        async def on_live_event(creator: str, event: Any) -> None:
            counts[creator] = counts.get(creator, 0) + 1
            if type(event).__name__ == "StreamEndedEvent":
                ended[creator].set()

        watch = client.watch_creators(
            ["alpha", "beta"],
            session_id=SESSION,
            connect=True,
            max_connections=1,
            on_live_event=on_live_event,
            live_options={"ws_url": ws_url},
        )
        assert _kinds([await watch.__anext__(), await watch.__anext__()]) == [
            ("WentLive", "alpha"),
            ("WentLive", "beta"),
        ]
        assert watch.connections() == {"connected": ["alpha"], "waiting": ["beta"]}
        alpha = watch._connections.handles["alpha"].task
        await asyncio.wait_for(alpha, 20)  # its stream ended by itself
        assert ended["alpha"].is_set()
        watch._connections.reconcile()  # as after the watch's next step
        assert watch.connections() == {"connected": ["beta"], "waiting": []}
        await asyncio.wait_for(ended["beta"].wait(), 20)
        await watch.aclose()
        await client.aclose()
        return watch.connections()["connected"], counts

    with FakeLiveServer(service, events=20) as live:
        connected, counts = asyncio.run(main(live.ws_url))
    assert connected == []
    assert set(counts) == {"alpha", "beta"}
    assert [record.query["uniqueId"] for record in live.connections] == ["alpha", "beta"]


# -- what the service answers: a 429, an id left out ------------------------------------------------------------------


def _recording(service: FakeEulerService, clock: Clock, change: Any = None) -> list[tuple[float, str]]:
    """Every request's (time, path); `change(request, response)` may replace an answer."""
    sent: list[tuple[float, str]] = []
    original = service.respond

    def respond(request: httpx.Request) -> httpx.Response:
        sent.append((clock.now, request.url.path))
        response = original(request)
        return change(request, response) if change is not None else response

    service.respond = respond  # type: ignore[method-assign]
    return sent


def test_a_429_is_reported_and_nothing_is_sent_until_its_hint_has_passed() -> None:
    clock, service, schedule = _setup()
    schedule.script("alpha", [(START + 100, START + 900)])
    sent = _recording(service, clock)
    # The watch's own pause, not the budget's; REST: offline creators resolved, the bulk check from the start.
    client = _client(clock, service, max_retries=0, rate_limiter=False, layout="rest")
    service.fail_next("RetrieveBulkLiveCheck", 429, retry_after=40)
    watch = client.watch_creators(["alpha"], session_id=SESSION)
    events = _until(clock, watch, 300)
    assert _kinds(events) == [("CheckFailed", "alpha"), ("WentLive", "alpha")]
    assert isinstance(events[0].error, tiktok_live.RateLimitError)
    refused_at = next(at for at, path in sent if path.endswith("bulk_live_check"))
    after = [at for at, _ in sent if at > refused_at]
    assert after
    assert min(after) >= refused_at + 40


def test_a_creator_the_bulk_answer_leaves_out_keeps_their_state_until_it_says() -> None:
    clock, service, _ = _setup()
    service.add_creator("alpha", is_live=True)
    left_out = {"count": 0}

    def leave_out(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.url.path.endswith("bulk_live_check") and left_out["count"] < 3:
            left_out["count"] += 1
            body = response.json()
            body["response"]["data"] = {}
            return httpx.Response(200, json=body)
        return response

    _recording(service, clock, leave_out)
    client = _client(clock, service)
    watch = client.watch_creators(["alpha"], session_id=SESSION)
    events = _until(clock, watch, 120)
    assert left_out["count"] == 3
    assert _kinds(events) == [("WentLive", "alpha")]
