"""The in-process rate-limit budget and how both clients use it (the Redis one: test_budget_redis.py)."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import httpx
import pytest

import tiktok_live
from tiktok_live import BudgetExhaustedError, LocalBudget, RateLimitError, TikTokLiveClient
from tiktok_live._budget import PROBE_POLL, Hint, Observation, Refusal, Ticket, key_id, observe_answer
from tiktok_live.cli import main
from tiktok_live.testing import FakeEulerService

from ._helpers import BASE_URL, SECRET_KEY, Clock


def _client(service: FakeEulerService, budget: Any, clock: Clock, **options: Any) -> TikTokLiveClient:
    http = httpx.Client(transport=service.transport(), base_url=BASE_URL)
    client = TikTokLiveClient(api_key=SECRET_KEY, base_url=BASE_URL, http_client=http, rate_limiter=budget, **options)
    client._sleep = clock.sleep  # type: ignore[method-assign]
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


def test_a_call_waits_for_budget_then_is_sent() -> None:
    clock, service = Clock(), FakeEulerService()
    with _client(service, _budget(clock, minute=2), clock) as client:
        for _ in range(3):
            client.room_id("someone")
    assert clock.sleeps == [60.0]
    assert len(service.requests_for("room_id")) == 3


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


def test_calls_the_quota_does_not_count_pass_an_empty_budget() -> None:
    from tiktok_live._catalog import OPERATIONS
    from tiktok_live._operations import build_call

    clock, service = Clock(), FakeEulerService()
    free = [build_call(operation, {}) for operation in OPERATIONS if not operation.counts_against_quota]
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
