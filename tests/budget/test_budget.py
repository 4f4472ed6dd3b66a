"""The in-process rate-limit budget and how both clients use it (the Redis one: test_budget_redis.py)."""

from __future__ import annotations

import logging
import subprocess
import sys
from typing import Any

import httpx
import pytest

import tiktok_live
from tiktok_live import BudgetExhaustedError, LocalBudget, RateLimitError, TikTokLiveClient
from tiktok_live._budget._local import PROBE_POLL, Hint, Observation, Refusal, Ticket, key_id, observe_answer
from tiktok_live.cli import main
from tiktok_live.testing import FakeEulerService

from .._helpers import BASE_URL, SECRET_KEY, Clock


def _client(service: FakeEulerService, budget: Any, clock: Clock, **options: Any) -> TikTokLiveClient:
    http = httpx.Client(transport=service.transport(), base_url=BASE_URL)
    client = TikTokLiveClient(api_key=SECRET_KEY, base_url=BASE_URL, http_client=http, rate_limiter=budget, **options)
    client._sleep = clock.sleep  # type: ignore[method-assign]
    client._now = clock
    return client


def _answering(answer: Any, limiter: Any, clock: Clock) -> TikTokLiveClient:
    """A client (no retries, on `clock`) whose every request `answer` answers."""
    http = httpx.Client(transport=httpx.MockTransport(answer), base_url=BASE_URL)
    client = TikTokLiveClient(
        api_key=SECRET_KEY, base_url=BASE_URL, http_client=http, rate_limiter=limiter, max_retries=0
    )
    client._now = clock
    return client


def _budget(clock: Clock, **limits: int) -> LocalBudget:
    budget = LocalBudget(clock=clock, margin=0.0)
    budget.learn(key_id(SECRET_KEY), Observation(limits=limits))
    return budget


def test_a_full_window_refuses_naming_it_and_when_it_refills() -> None:
    clock = Clock()
    budget = _budget(clock, minute=2, hour=100)
    key = key_id(SECRET_KEY)
    first = budget.take(key)
    assert isinstance(first, Ticket)
    budget.learn(key, Observation(), first)  # answered at once
    clock.now += 10
    second = budget.take(key)
    assert isinstance(second, Ticket)
    refusal = budget.take(key)
    assert isinstance(refusal, Refusal)
    # The window started with its first request (at 1,000): it refills a minute later, all at once.
    assert refusal == Refusal("minute", 50.0, 2, "count")
    clock.now += 5
    budget.learn(key, Observation(), second)
    clock.now += 45
    assert isinstance(budget.take(key), Ticket)
    minute = next(view for view in budget.windows(key) if view.window == "minute")
    assert (minute.limit, minute.used, minute.remaining, minute.refills_in) == (2, 1, 1, 60.0)


def test_a_request_in_flight_across_a_window_end_counts_in_the_next_window() -> None:
    clock = Clock()
    budget = LocalBudget(clock=clock, margin=0.0, time_scale=0.1)  # a minute lasts 6 s
    key = key_id(SECRET_KEY)
    budget.learn(key, Observation(limits={"minute": 1}))
    slow = budget.take(key)
    assert isinstance(slow, Ticket)
    clock.now += 7  # the window is over, the request still unanswered: it may start the next one on arrival
    assert budget.take(key) == Refusal("minute", 5.0, 1, "count")  # so the next one ends 6 s after the last
    budget.learn(key, Observation(), slow)
    clock.now += 5
    assert isinstance(budget.take(key), Ticket)
    clock.now += 60
    assert isinstance(budget.take(key), Ticket)  # never answered, a request stops counting after HOLD_SECONDS


def test_a_full_window_with_no_reset_known_lets_one_request_ask() -> None:
    clock = Clock()
    budget = _budget(clock, minute=5)
    key = key_id(SECRET_KEY)
    budget.learn(key, Observation(closed_for={"minute": -1.0}))  # a 429 that gave no time
    probe = budget.take(key)  # one request goes to ask the service
    assert isinstance(probe, Ticket)
    assert budget.take(key) == Refusal("minute", PROBE_POLL, 5, "429")  # the others wait for its answer
    budget.learn(key, Observation(hint=Hint("minute", 0, 30.0, "429")), probe)  # closed for 30 s more
    refusal = budget.take(key)
    assert isinstance(refusal, Refusal)
    assert (refusal.refills_in, refusal.source) == (30.0, "429")
    clock.now += 30
    assert isinstance(budget.take(key), Ticket)


def test_a_call_waits_for_budget_then_is_sent(caplog: pytest.LogCaptureFixture) -> None:
    clock, service = Clock(), FakeEulerService()
    with caplog.at_level(logging.INFO, "tiktok_live"), _client(service, _budget(clock, minute=2), clock) as client:
        for _ in range(3):
            client.room_id("someone")
    assert clock.sleeps == [60.0]
    assert len(service.requests_for("room_id")) == 3
    assert [record.getMessage() for record in caplog.records if hasattr(record, "wait_line")] == [
        "room_id: waiting 60 s: this key's minute window (2/minute) is used up by the requests this budget "
        "(in-process) let through since the window began; Ctrl-C to stop"
    ]


def test_beyond_max_retry_wait_the_call_is_not_sent_and_the_error_names_the_window() -> None:
    clock, service = Clock(), FakeEulerService()
    with _client(service, _budget(clock, minute=1), clock, max_retry_wait=5) as client:
        client.room_id("someone")
        with pytest.raises(BudgetExhaustedError) as caught:
            client.room_id("someone")
    error = caught.value
    assert isinstance(error, RateLimitError)
    assert (error.window, error.retry_after, error.remaining) == ("minute", 60.0, 0)
    assert "minute" in error.message
    assert "60.0 s" in error.message
    assert SECRET_KEY not in error.message
    assert len(service.requests_for("room_id")) == 1
    # No answer exists: the error carries a stand-in 429 for the request that was not sent.
    assert error.response.status_code == 429
    assert error.response.request.url.path == service.requests_for("room_id")[0].path
    assert error.reset_at == clock.now + 60.0


def test_calls_the_quota_does_not_count_pass_an_empty_budget() -> None:
    from tiktok_live._calls import build_call
    from tiktok_live._catalog import operations

    clock, service = Clock(), FakeEulerService()
    free = [build_call(operation, {}) for operation in operations() if not operation.counts_against_quota]
    assert free
    assert all(not call.counts_against_quota for call in free)
    budget = LocalBudget(clock=clock, margin=0.0)
    budget.learn(key_id(SECRET_KEY), Observation(closed_for={"minute": 60.0}))
    with _client(service, budget, clock, max_retry_wait=0) as client:
        with pytest.raises(BudgetExhaustedError):
            client.room_id("someone")
        client.rate_limits()
    assert [request.operation for request in service.requests] == ["rate_limits"]


def test_a_429_closes_the_window_for_every_client_sharing_the_budget() -> None:
    clock, service = Clock(), FakeEulerService()
    budget = LocalBudget(clock=clock)
    service.fail_next("room_id", 429, retry_after=30)
    with _client(service, budget, clock, max_retries=0) as first, _client(service, budget, clock) as second:
        with pytest.raises(RateLimitError):
            first.room_id("someone")
        with pytest.raises(BudgetExhaustedError) as caught:
            second.with_options(max_retry_wait=10).room_id("someone")
        assert caught.value.window == "minute"
        assert "429" in caught.value.message
        assert second.room_id("someone").room_id  # waits the 30 s, then goes
    assert clock.sleeps == [30.0]
    assert len(service.requests_for("room_id")) == 2


def test_the_client_retrying_its_own_429_waits_once() -> None:
    clock, service = Clock(), FakeEulerService()
    service.fail_next("room_id", 429, retry_after=3)
    with _client(service, LocalBudget(clock=clock), clock) as client:
        client.room_id("someone")
    assert clock.sleeps == [3.0]


def test_a_seeding_budget_asks_rate_limits_once_per_key_first() -> None:
    clock, service = Clock(), FakeEulerService()
    service.add_key(SECRET_KEY, "Basic")
    budget = LocalBudget(clock=clock, seed=True)
    with _client(service, budget, clock) as client:
        client.sign_webcast_url("https://www.tiktok.com/@someone/live")
        client.sign_webcast_url("https://www.tiktok.com/@someone/live")
    assert [request.operation for request in service.requests] == ["rate_limits", "sign_url", "sign_url"]
    minute = next(view for view in budget.windows(key_id(SECRET_KEY)) if view.window == "minute")
    assert (minute.limit, minute.used) == (30, 2)


def test_rate_limit_headers_become_the_hint() -> None:
    response = httpx.Response(200, headers={"RateLimit-Remaining": "0", "RateLimit-Reset": "12"})
    assert observe_answer(response, None, now=0.0).hint == Hint("minute", 0, 12.0, "header")
    response = httpx.Response(200, headers={"X-RateLimit-Remaining": "7", "RateLimit-Reset": "1800"})
    assert observe_answer(response, None, now=0.0).hint == Hint("hour", 7, 1800.0, "header")
    clock = Clock()
    budget = _budget(clock, hour=10)
    budget.learn(key_id(SECRET_KEY), Observation(remaining={"hour": 7}))
    hour = next(view for view in budget.windows(key_id(SECRET_KEY)) if view.window == "hour")
    assert (hour.used, hour.remaining) == (3, 7)


def test_rate_limiter_argument_is_checked() -> None:
    with pytest.raises(TypeError, match="rate_limiter"):
        TikTokLiveClient(api_key="k", rate_limiter=42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="rate_limiter must be a redis://") as caught:
        TikTokLiveClient(api_key="k", rate_limiter="http://user:hunter2@example.com")
    assert "hunter2" not in str(caught.value)
    assert TikTokLiveClient(api_key="k", rate_limiter=False).rate_limiter is None
    assert isinstance(TikTokLiveClient(api_key="k").rate_limiter, LocalBudget)


def test_the_environment_variable_picks_a_redis_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EULER_RATE_LIMIT_URL", "redis://:s3cret@127.0.0.1:1/0")
    with TikTokLiveClient(api_key="k") as client:
        assert isinstance(client.rate_limiter, tiktok_live.RedisBudget)
        assert "s3cret" not in client.rate_limiter.description
        assert "s3cret" not in repr(client.rate_limiter)
    monkeypatch.setenv("EULER_RATE_LIMIT_URL", "memcached://x")
    with pytest.raises(ValueError, match="EULER_RATE_LIMIT_URL"):
        TikTokLiveClient(api_key="k")


def test_importing_and_building_clients_does_not_import_redis() -> None:
    code = (
        "import sys, tiktok_live; tiktok_live.TikTokLiveClient(api_key='k'); "
        "tiktok_live.AsyncTikTokLiveClient(api_key='k'); print('redis' in sys.modules)"
    )
    answer = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert answer.stdout.strip() == "False"


def test_cli_limits_shows_the_budget_per_window(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["--mock", "limits", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["budget"] == "in-process"
    assert set(shown["windows"]) == {"minute", "hour", "day"}
    assert shown["windows"]["minute"]["limit"] == shown["service"]["minute"]["max"]


def test_cli_check_live_takes_the_redis_url_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--mock", "check-live", "someone", "--rate-limit-url", "ftp://x"]) == 2
    assert "rate_limiter must be a redis://" in capsys.readouterr().err


def test_requests_taken_just_before_a_window_ends_count_in_the_next_one_too() -> None:
    clock = Clock()
    budget = LocalBudget(clock=clock, margin=1.0)
    key = key_id(SECRET_KEY)
    budget.learn(key, Observation(limits={"minute": 3}, remaining={"minute": 3}, reset_in={"minute": 10.0}))
    early = budget.take(key)  # well before the end: it reaches the service in this window
    assert isinstance(early, Ticket)
    budget.learn(key, Observation(), early)
    clock.now += 9.5  # within `margin` of the end: it may reach the service after the window ended
    late = budget.take(key)
    assert isinstance(late, Ticket)
    budget.learn(key, Observation(), late)
    clock.now += 1  # the window ended
    minute = budget.windows(key)[0]
    assert (minute.remaining, minute.source) == (2, "count")  # the late one counts in the new window
    assert minute.refills_in == 59.5 + 1.0  # which may have begun when the old one ended


def test_a_window_read_long_after_it_ended_starts_afresh() -> None:
    clock = Clock()
    budget = LocalBudget(clock=clock, margin=1.0)
    key = key_id(SECRET_KEY)
    budget.learn(key, Observation(limits={"minute": 3}, remaining={"minute": 3}, reset_in={"minute": 10.0}))
    for _ in range(2):
        clock.now += 4.8  # the second is taken within `margin` of the end
        ticket = budget.take(key)
        assert isinstance(ticket, Ticket)
        budget.learn(key, Observation(), ticket)
    clock.now += 500  # several windows later, nothing taken since
    minute = budget.windows(key)[0]
    assert (minute.remaining, minute.refills_in) == (3, None)


def test_a_request_the_service_refused_is_given_back_to_the_other_windows() -> None:
    clock = Clock()
    budget = _budget(clock, minute=5, hour=2)
    key = key_id(SECRET_KEY)
    refused = budget.take(key)
    assert isinstance(refused, Ticket)
    budget.learn(key, Observation(closed_for={"minute": 30.0}), refused)  # a 429 for the minute
    minute, hour, _ = budget.windows(key)
    assert (minute.remaining, minute.source) == (0, "429")
    assert hour.remaining == 2  # the service did not count it
    clock.now += 30
    assert [isinstance(budget.take(key), Ticket) for _ in range(3)] == [True, True, False]


# -- shares, views and the requests near a window's end ------------------------------------------------------


def _remaining(budget: LocalBudget, key: str, window: str = "minute") -> int | None:
    return next(view.remaining for view in budget.windows(key) if view.window == window)


@pytest.mark.parametrize("fraction", [True, "0.5", None])
def test_a_share_must_be_a_number(fraction: Any) -> None:
    with pytest.raises(TypeError, match=f"^share must be a number, not {type(fraction).__name__}$"):
        LocalBudget().set_share(fraction)


@pytest.mark.parametrize("fraction", [0, -0.5, 1.5, 2, float("inf"), float("nan")])
def test_a_share_is_more_than_0_and_at_most_1(fraction: float) -> None:
    with pytest.raises(ValueError, match=r"^share must be more than 0 and at most 1 \(a fraction of each limit\)"):
        LocalBudget().set_share(fraction)


def test_a_share_holds_its_key_or_every_key_without_one_and_its_live_connections() -> None:
    clock = Clock()
    budget = LocalBudget(clock=clock, live_connections=4)
    for key in ("a", "b"):
        budget.learn(key, Observation(limits={"minute": 10}))
    budget.set_share(0.5, "a")
    assert (_remaining(budget, "a"), _remaining(budget, "b")) == (5, 10)
    assert (budget.slots.open("a"), budget.slots.open("b")) == ((0, 2), (0, 4))
    budget.set_share(0.2)  # every key without a share of its own
    assert (budget.share_of("a"), budget.share_of("b"), budget.share_of("c")) == (0.5, 0.2, 0.2)
    assert (_remaining(budget, "a"), _remaining(budget, "b")) == (5, 2)
    assert budget.slots.open("b") == (0, 1)
    budget.set_share(1.0, "a")  # the whole for "a" is no share of its own: it follows every key's again
    assert budget.share_of("a") == 0.2
    assert (_remaining(budget, "a"), budget.slots.open("a")) == (2, (0, 1))


def test_a_share_scales_what_a_window_has_left_not_the_requests_in_flight() -> None:
    clock = Clock()
    budget = LocalBudget(clock=clock)
    budget.set_share(0.5)
    budget.learn("k", Observation(limits={"minute": 4}))
    assert _remaining(budget, "k") == 2
    assert isinstance(budget.take("k"), Ticket)  # in flight
    budget.set_share(1.0)  # the 1 left of the half is 2 of the whole
    assert _remaining(budget, "k") == 2
    budget.set_share(0.5)
    assert _remaining(budget, "k") == 1


def test_requests_near_a_window_end_and_those_in_flight_count_in_the_next_window() -> None:
    clock = Clock()
    budget = LocalBudget(clock=clock)  # margin 0.1 s
    now = clock.now
    budget.learn("k", Observation(limits={"minute": 10}, remaining={"minute": 10}, reset_in={"minute": 30.0}))
    early = budget.take("k")  # long before the end, and still in flight when the window ends
    clock.now = now + 29.95  # within the margin of the end: it may reach the service after it
    late = budget.take("k")
    assert isinstance(early, Ticket)
    assert isinstance(late, Ticket)
    clock.now = now + 30.0
    assert _remaining(budget, "k") == 8


def test_windows_show_used_refills_and_span() -> None:
    clock = Clock()
    budget = LocalBudget(clock=clock)
    budget.learn("k", Observation(limits={"minute": 10}, remaining={"minute": 10}, reset_in={"minute": 0.5}))
    minute = budget.windows("k")[0]
    assert minute == ("minute", 60.0 + budget.margin, 10, 0, 10, 0.5, "rate_limits")


def test_a_hint_as_tight_as_the_window_leaves_the_window_s_own_word() -> None:
    clock = Clock()
    budget = LocalBudget(clock=clock)
    budget.learn("k", Observation(limits={"minute": 10}, remaining={"minute": 5}, reset_in={"minute": 30.0}))
    budget.learn("k", Observation(hint=Hint("minute", 5, 30.0, "header")))
    minute = budget.windows("k")[0]
    assert (minute.remaining, minute.source) == (5, "rate_limits")
    budget.learn("k", Observation(hint=Hint("minute", 4, 30.0, "header")))
    minute = budget.windows("k")[0]
    assert (minute.remaining, minute.source) == (4, "header")


def test_a_client_without_a_budget_shows_no_windows() -> None:
    with _client(FakeEulerService(), False, Clock()) as client:
        assert client.budget_windows() == []
        assert client.rate_limiter is None


def test_the_async_take_passes_a_window_a_429_closed_only_when_asked() -> None:
    import asyncio

    from tiktok_live._budget._flow import Take

    budget = LocalBudget(clock=Clock())
    budget.learn("k", Observation(closed_for={"minute": 30.0}))

    async def main() -> list[Any]:
        return [
            await budget.atake("k"),
            await Take(budget, "k", False).arun(),
            await budget.atake("k", ignore_closed=True),
            await Take(budget, "k", True).arun(),
        ]

    closed, stepped, passed, step_passed = asyncio.run(main())
    assert Take(budget, "k", False).run() == closed
    assert isinstance(Take(budget, "k", True).run(), Ticket)
    assert closed == stepped == Refusal("minute", 30.0, None, "429")
    assert isinstance(passed, Ticket)
    assert isinstance(step_passed, Ticket)


def test_a_seeding_client_whose_spec_lost_rate_limits_learns_from_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    from tiktok_live import _catalog

    kept = tuple(op for op in _catalog.operations() if not op.reports_rate_limits)
    monkeypatch.setattr(_catalog, "operations", lambda: kept)
    clock, service = Clock(), FakeEulerService()
    with _client(service, LocalBudget(clock=clock, seed=True), clock) as client:
        client.room_id("someone")
    assert [request.operation for request in service.requests] == ["room_id"]


@pytest.mark.parametrize("layout", ["flat", "rest"])
def test_seeding_asks_rate_limits_in_the_client_s_layout(layout: str) -> None:
    clock, service = Clock(), FakeEulerService()
    with _client(service, LocalBudget(clock=clock, seed=True), clock, layout=layout) as client:
        client.room_id("someone")
    assert [request.layout for request in service.requests] == [layout, layout]
    assert service.requests[0].operation == "rate_limits"


def test_a_share_change_leaves_a_window_with_more_in_flight_than_it_had_as_it_is() -> None:
    clock = Clock()
    budget = LocalBudget(clock=clock)
    budget.set_share(0.5)
    tickets = [budget.take("k") for _ in range(4)]
    said = Observation(hint=Hint("minute", 1, 30.0, "header"))
    budget.learn("k", said, tickets[0])  # 1 left as of the first: 2 below what the three in flight may take
    budget.set_share(1.0)  # the requests it owes are requests, not a share of anything
    for ticket in tickets[1:]:
        assert isinstance(budget.take("k"), Refusal)
        budget.learn("k", said, ticket)  # each was handled before the first (the same 1 left)
    assert isinstance(budget.take("k"), Ticket)  # the 1 the service has left


def test_the_first_asker_seeds_the_others_wait_until_it_is_done_or_stuck() -> None:
    from tiktok_live._budget._local import SEED_PATIENCE

    clock = Clock()
    budget = LocalBudget(clock=clock, seed=True)
    assert [budget.seed_state("a"), budget.seed_state("a"), budget.seed_state("b")] == ["seed", "wait", "seed"]
    clock.now += SEED_PATIENCE
    assert budget.seed_state("a") == "wait"
    budget.seed_done("b")
    assert budget.seed_state("b") == "ready"
    clock.now += 0.5  # the seeding call of "a" is stuck: the others stop waiting for it
    assert [budget.seed_state("a"), budget.seed_state("a")] == ["ready", "ready"]
    assert LocalBudget(clock=clock).seed_state("a") == "ready"  # without seeding


class ClosingClock(Clock):
    """A clock whose sleeps let `closes` more answers tell the budget the minute window is closed again."""

    def __init__(self, budget: LocalBudget, said: Observation, closes: int) -> None:
        super().__init__()
        self.budget, self.said, self.closes = budget, said, closes

    def sleep(self, seconds: float) -> None:
        super().sleep(seconds)
        if self.closes > 0:
            self.closes -= 1
            self.budget.learn(key_id(SECRET_KEY), self.said)


class RelayedBudget(LocalBudget):
    """A subclass: the clients run its steps as they run a `RedisBudget`'s."""


@pytest.mark.parametrize("budget_class", [LocalBudget, RelayedBudget])
def test_a_window_a_429_closed_for_a_limit_nobody_knows_is_waited_for_once(budget_class: type[LocalBudget]) -> None:
    budget = budget_class()
    clock = ClosingClock(budget, Observation(closed_for={"minute": 30.0}), closes=1)
    budget._clock = clock
    budget.learn(key_id(SECRET_KEY), Observation(closed_for={"minute": 30.0}))
    service = FakeEulerService()
    with _client(service, budget, clock, max_retry_wait=100) as client:
        client.room_id("someone")  # closed again while it waited: passed, the wait was the service's hint
    assert clock.sleeps == [30.0]
    assert len(service.requests_for("room_id")) == 1


@pytest.mark.parametrize("budget_class", [LocalBudget, RelayedBudget])
def test_the_waits_for_budget_add_up_to_max_retry_wait(budget_class: type[LocalBudget]) -> None:
    budget = budget_class()
    clock = ClosingClock(budget, Observation(hint=Hint("minute", 0, 3.0, "header")), closes=5)
    budget._clock = clock
    budget.learn(key_id(SECRET_KEY), clock.said)
    service = FakeEulerService()
    with _client(service, budget, clock, max_retry_wait=7) as client, pytest.raises(BudgetExhaustedError):
        client.room_id("someone")  # 3 s, 3 s, and 3 s more would be 9 s
    assert clock.sleeps == [3.0, 3.0]
    assert service.requests_for("room_id") == []


# -- what an answer says, and how one report of a window meets the next ------------------------------------------


def test_a_429_names_its_window_or_the_one_its_wait_fits() -> None:
    def said(status: int, body: Any = None, **headers: str) -> Observation:
        return observe_answer(httpx.Response(status, headers=headers), body, now=1_000.0)

    assert said(429, {"limit_label": "rate_limit_account_hour"}) == Observation(closed_for={"hour": -1.0})
    assert said(429, {"limit_label": "rate_limit_account_hour", "retry_after": 5}).closed_for == {"hour": 5.0}
    assert said(429, {"retry_after": 30}).hint == Hint("minute", 0, 30.0, "429")
    assert said(429, **{"Retry-After": "90"}).hint == Hint("hour", 0, 90.0, "429")
    assert said(429, **{"Retry-After": "100000"}).hint == Hint("day", 0, 100_000.0, "429")
    scaled_down = observe_answer(httpx.Response(429, headers={"Retry-After": "90"}), None, now=0.0, scale=2.0)
    assert scaled_down.hint == Hint("minute", 0, 90.0, "429")


def _report(left: int, reset_in: float | None) -> Observation:
    return Observation(
        limits={"minute": 10},
        remaining={"minute": left},
        reset_in={} if reset_in is None else {"minute": reset_in},
    )


def _minute(budget: LocalBudget) -> Any:
    return budget.windows("k")[0]


def test_of_two_reports_of_one_period_the_one_with_more_left_counts() -> None:
    budget = LocalBudget(clock=Clock())
    budget.learn("k", _report(5, 30.0))
    budget.learn("k", _report(3, 30.05))  # the same period, its reset read a little later
    assert (_minute(budget).remaining, _minute(budget).refills_in) == (5, 30.0)
    budget.learn("k", _report(7, 30.0))
    assert _minute(budget).remaining == 7


def test_a_report_replaces_the_reset_the_budget_assumed() -> None:
    budget = LocalBudget(clock=Clock())  # margin 0.1 s
    budget.learn("k", _report(10, None))  # not started: all of it left, no reset
    assert isinstance(budget.take("k"), Ticket)  # assumed: the service's window starts now, ends in 60.1 s
    assert _minute(budget).refills_in == pytest.approx(60.1)
    budget.learn("k", _report(9, 59.5))
    assert (_minute(budget).remaining, _minute(budget).refills_in) == (9, 59.5)


@pytest.mark.parametrize("reset_in", [59.0, 61.0])
def test_a_report_within_a_second_of_the_assumed_reset_is_of_the_same_period(reset_in: float) -> None:
    budget = LocalBudget(clock=Clock(), margin=0.0)
    budget.learn("k", _report(10, None))
    assert isinstance(budget.take("k"), Ticket)  # assumed to end in 60 s (give or take the 1 s of rounding)
    budget.learn("k", _report(8, reset_in))  # fewer left than before: the same period keeps the higher count
    assert _minute(budget).remaining == 9


@pytest.mark.parametrize("reset_in", [58.9, 61.1])
def test_a_report_further_from_the_assumed_reset_starts_another_period(reset_in: float) -> None:
    budget = LocalBudget(clock=Clock(), margin=0.0)
    budget.learn("k", _report(10, None))
    assert isinstance(budget.take("k"), Ticket)
    budget.learn("k", _report(8, reset_in))
    assert _minute(budget).remaining == 7
    assert _minute(budget).refills_in == pytest.approx(reset_in)


def test_an_answer_to_an_older_request_of_another_period_does_not_undo_a_newer_one() -> None:
    budget = LocalBudget(clock=Clock())
    t1, t2, t3, t4 = (budget.take("k") for _ in range(4))
    assert all(isinstance(ticket, Ticket) for ticket in (t1, t2, t3, t4))
    budget.learn("k", _report(5, 30.0), t2)  # 5 left as of request 2, with 1, 3 and 4 in flight: 6 - 4 = 2 now
    budget.learn("k", _report(4, 30.0), t4)  # 4 left as of request 4, with 1 and 3 in flight: the same 2
    budget.learn("k", _report(1, 90.0), t3)  # request 3 was handled before request 4: this is no news
    assert (_minute(budget).remaining, _minute(budget).refills_in) == (2, 30.0)


def test_a_report_on_a_window_that_started_afresh_counts_whatever_request_it_answers() -> None:
    clock = Clock()
    budget = LocalBudget(clock=clock)
    old = budget.take("k")
    assert isinstance(old, Ticket)
    budget.learn("k", Observation(closed_for={"minute": 30.0}))
    clock.now += 30  # reopened, its limit unknown
    assert _minute(budget).remaining is None
    budget.learn("k", _report(5, 20.0), old)
    assert (_minute(budget).remaining, _minute(budget).refills_in) == (5, 20.0)


@pytest.mark.parametrize(("reset_in", "adopted"), [(58.9, False), (59.0, True), (61.0, True), (61.1, False)])
def test_a_header_reset_within_a_second_of_an_assumed_one_replaces_it(reset_in: float, adopted: bool) -> None:
    budget = LocalBudget(clock=Clock(), margin=0.0)
    budget.learn("k", Observation(limits={"minute": 10}))
    assert isinstance(budget.take("k"), Ticket)  # assumed: the service's minute ends in 60 s
    budget.learn("k", Observation(hint=Hint("minute", 500, reset_in, "header")))
    assert _minute(budget).refills_in == pytest.approx(reset_in if adopted else 60.0)


def test_a_header_reset_replaces_the_assumed_reset_of_whichever_window_it_fits() -> None:
    budget = LocalBudget(clock=Clock(), margin=0.0)
    budget.learn("k", Observation(limits={"hour": 100}))  # the minute unknown: nothing assumed of it
    assert isinstance(budget.take("k"), Ticket)
    budget.learn("k", Observation(hint=Hint("hour", 500, 3_599.5, "header")))
    assert budget.windows("k")[1].refills_in == pytest.approx(3_599.5)


# -- the hint: the service's last word on its tightest window --------------------------------------------------------


def _header(left: int, reset_in: float | None) -> Observation:
    return Observation(hint=Hint("minute", left, reset_in, "header"))


@pytest.mark.parametrize(("first", "then"), [(30.0, 90.0), (30.0, None), (None, 30.0)])
def test_a_hint_of_another_period_replaces_the_last(first: float | None, then: float | None) -> None:
    budget = LocalBudget(clock=Clock())
    budget.learn("k", _header(0, first))
    budget.learn("k", _header(5, then))  # a later window, or one the service says no reset of
    assert (_minute(budget).remaining, _minute(budget).refills_in) == (5, then)


@pytest.mark.parametrize(("first", "then", "refills_in"), [(30.5, 30.0, 30.0), (30.0, 30.5, 30.0), (None, None, None)])
def test_within_one_period_the_hint_with_fewest_left_counts_with_the_soonest_reset(
    first: float | None, then: float | None, refills_in: float | None
) -> None:
    budget = LocalBudget(clock=Clock())
    budget.learn("k", _header(5, first))
    budget.learn("k", _header(3, then))
    budget.learn("k", _header(4, then))  # more left: answered before the last, whatever order it came back in
    assert (_minute(budget).remaining, _minute(budget).refills_in) == (3, refills_in)


def test_a_hint_counts_the_requests_still_in_flight_when_it_came_back() -> None:
    budget = LocalBudget(clock=Clock())
    first, _ = budget.take("k"), budget.take("k")
    assert isinstance(first, Ticket)
    budget.learn("k", _header(5, 30.0), first)  # the second may reach the service after this answer
    assert _minute(budget).remaining == 4
    budget.learn("k", _header(3, 30.0))  # still in flight
    assert _minute(budget).remaining == 2


def test_a_hint_with_fewer_left_counts_in_full_once_the_requests_in_flight_are_answered() -> None:
    budget = LocalBudget(clock=Clock())
    first, second, third = (budget.take("k") for _ in range(3))
    assert isinstance(first, Ticket)
    budget.learn("k", _header(5, 30.0), first)  # 5 left, less the two in flight: 3 for us
    assert _minute(budget).remaining == 3
    for ticket in (second, third):
        assert isinstance(ticket, Ticket)
        budget.learn("k", Observation(), ticket)  # answered without headers
    budget.learn("k", _header(4, 30.0))  # nothing in flight: all 4 are ours
    assert _minute(budget).remaining == 4


@pytest.mark.parametrize("share", [1.0, 0.5])
def test_a_window_the_service_says_is_used_up_refuses_whatever_the_share(share: float) -> None:
    budget = LocalBudget(clock=Clock())
    budget.set_share(share)
    budget.learn("k", _report(0, 30.0))
    assert budget.take("k") == Refusal("minute", 30.0, {1.0: 10, 0.5: 5}[share], "rate_limits")


def test_a_429_without_rate_limit_headers_still_closes_its_window() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        body = {"code": 429, "message": "slow down", "limit_label": "rate_limit_account_minute"}
        return httpx.Response(429, json=body, headers={"Retry-After": "30"})

    clock = Clock()
    budget = LocalBudget(clock=clock)
    with _answering(answer, budget, clock) as client, pytest.raises(RateLimitError):
        client.room_id("someone")
    assert budget.take(key_id(SECRET_KEY)) == Refusal("minute", 30.0, None, "429")


def test_an_answer_without_a_wait_or_a_reset_is_about_the_shortest_window_however_scaled() -> None:
    def hint(status: int, **headers: str) -> Hint | None:
        return observe_answer(httpx.Response(status, headers=headers), None, now=1_000.0, scale=0.01).hint

    assert hint(429) == Hint("minute", 0, None, "429")  # a minute of 0.6 s
    assert hint(200, **{"RateLimit-Remaining": "5"}) == Hint("minute", 5, None, "header")
    assert hint(200, **{"RateLimit-Remaining": "5", "RateLimit-Reset": "0.5"}) == Hint("minute", 5, 0.5, "header")


def test_an_answer_says_something_with_a_429_or_rate_limit_headers() -> None:
    from tiktok_live._budget._local import says_something

    assert says_something(httpx.Response(429))
    assert says_something(httpx.Response(200, headers={"RateLimit-Remaining": "5"}))
    assert says_something(httpx.Response(200, headers={"X-RateLimit-Remaining": "5"}))
    assert not says_something(httpx.Response(200, headers={"RateLimit-Reset": "5"}))
    assert not says_something(httpx.Response(430))


def test_a_429_without_a_time_lets_one_request_ask_even_with_others_in_flight() -> None:
    budget = LocalBudget(clock=Clock())
    assert isinstance(budget.take("k"), Ticket)  # still in flight
    budget.learn("k", Observation(closed_for={"minute": -1.0}))
    assert isinstance(budget.take("k"), Ticket)  # this one asks the service
    assert budget.take("k") == Refusal("minute", PROBE_POLL, None, "429")


def test_a_report_within_the_margin_before_an_assumed_reset_is_of_its_period() -> None:
    budget = LocalBudget(clock=Clock())  # margin 0.1 s: the service's window may end 60.0 to 60.1 s from now
    budget.learn("k", _report(10, None))
    assert isinstance(budget.take("k"), Ticket)
    budget.learn("k", _report(8, 58.95))  # within 1.1 s (rounding and margin) of 60.0
    assert _minute(budget).remaining == 9


class Bare:
    """A limiter of the caller's own with no `time_scale`: answers are read at real scale."""

    description = "bare"

    def __init__(self, inner: LocalBudget) -> None:
        self.inner = inner

    def seed_state(self, key: str) -> Any:
        return self.inner.seed_state(key)

    def seed_done(self, key: str) -> None:
        self.inner.seed_done(key)

    def take(self, key: str, *, ignore_closed: bool = False) -> Ticket | Refusal:
        return self.inner.take(key, ignore_closed=ignore_closed)

    async def atake(self, key: str, *, ignore_closed: bool = False) -> Ticket | Refusal:
        return self.inner.take(key, ignore_closed=ignore_closed)

    def learn(self, key: str, observation: Observation, ticket: Ticket | None = None) -> None:
        self.inner.learn(key, observation, ticket)

    async def alearn(self, key: str, observation: Observation, ticket: Ticket | None = None) -> None:
        self.inner.learn(key, observation, ticket)

    def windows(self, key: str) -> Any:
        return self.inner.windows(key)


@pytest.mark.parametrize(("scale", "retry_after", "window"), [(0.01, "5", "hour"), (None, "90", "hour")])
def test_a_429_s_wait_is_read_at_the_budget_s_time_scale(scale: float | None, retry_after: str, window: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, json={"code": 429, "message": "slow down"}, headers={"Retry-After": retry_after})

    clock = Clock()
    inner = LocalBudget(clock=clock, time_scale=scale or 1.0)
    limiter: Any = inner if scale is not None else Bare(inner)
    with _answering(answer, limiter, clock) as client, pytest.raises(RateLimitError):
        client.room_id("someone")
    refusal = inner.take(key_id(SECRET_KEY))
    assert isinstance(refusal, Refusal)
    assert (refusal.window, refusal.source) == (window, "429")


def test_a_report_that_every_window_is_unknown_makes_the_budget_forget_them() -> None:
    budget = LocalBudget(clock=Clock())
    budget.learn("k", Observation(limits={"minute": 5}))
    budget.learn("k", Observation(unknown=frozenset({"minute"})))
    assert _minute(budget).limit is None
    assert Observation(reset_in={"minute": 1.0})
