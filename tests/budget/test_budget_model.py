"""The budget follows what the service says of each window: it never refuses or delays a call the service would
answer because of what it assumed, it says who closed a window, and it says when a call waits."""

from __future__ import annotations

import contextlib
import datetime
import json
import logging
from typing import Any

import httpx
import pytest

from tiktok_live import (
    BudgetExhaustedError,
    InvalidResponseError,
    LocalBudget,
    RateLimitError,
    RedisBudget,
    TikTokLiveClient,
    cli,
)
from tiktok_live._budget import _messages as _budget_messages
from tiktok_live._budget._local import NOTHING, Observation, Refusal, Ticket, WindowBudget, key_id
from tiktok_live.testing import FakeEulerService, RateLimits

from .._helpers import BASE_URL, SECRET_KEY, Clock
from .._redis_server import RedisServer


def _wall_clock() -> Clock:
    """A clock starting at a time of day like the real one's: rate_limits() reports resets as ISO times."""
    return Clock(1_800_000_000.0)


def _client(transport: httpx.BaseTransport, budget: Any, clock: Clock, **options: Any) -> TikTokLiveClient:
    http = httpx.Client(transport=transport, base_url=BASE_URL)
    client = TikTokLiveClient(api_key=SECRET_KEY, base_url=BASE_URL, http_client=http, rate_limiter=budget, **options)
    client._sleep = clock.sleep  # type: ignore[method-assign]
    client._now = clock
    return client


@pytest.fixture(autouse=True)
def _fresh_warnings() -> None:
    _budget_messages._warned.clear()


def _used_earlier_in_the_hour(service: FakeEulerService, clock: Clock, requests: int, per_minute: int) -> None:
    """`requests` answered calls on the key earlier in the hour, then a minute of quiet."""
    with _client(service.transport(), False, clock) as client:
        for sent in range(requests):
            if sent and sent % per_minute == 0:
                clock.now += 61
            client.room_id("someone")
    clock.now += 61


def test_seeding_does_not_book_the_past_hour_into_this_minute() -> None:
    clock = _wall_clock()
    service = FakeEulerService(clock=clock)
    service.add_key(SECRET_KEY, "Enterprise", limits=RateLimits(minute=30, hour=1_000, day=10_000))
    _used_earlier_in_the_hour(service, clock, 40, 30)
    budget = LocalBudget(clock=clock, seed=True)
    with _client(service.transport(), budget, clock, max_retry_wait=0) as client:
        for _ in range(10):
            client.room_id("someone")  # the service has 30 left this minute: none waits, none is refused
    assert clock.sleeps == []
    minute, hour, _ = budget.windows(key_id(SECRET_KEY))
    assert (minute.remaining, hour.remaining) == (20, 950)


def test_a_fresh_process_on_a_shared_budget_does_not_wait_for_the_past_hour(redis_server: RedisServer) -> None:
    clock = _wall_clock()
    service = FakeEulerService(clock=clock)
    service.add_key(SECRET_KEY, "Enterprise")  # 600 a minute
    _used_earlier_in_the_hour(service, clock, 590, 600)
    budget = RedisBudget(redis_server.url, prefix="fresh-process")
    with _client(service.transport(), budget, clock, max_retry_wait=0) as client:
        for _ in range(15):
            client.room_id("someone")
    assert clock.sleeps == []
    assert [view.remaining for view in budget.windows(key_id(SECRET_KEY))][:2] == [585, 20_000 - 605]


def _with_rate_limits_body(service: FakeEulerService, body: Any) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("rate_limits"):
            return httpx.Response(200, json=body)
        return service.handle(request)

    return httpx.MockTransport(handle)


_WINDOW_OK = {"max": 600, "remaining": 600, "reset_at": None}
IMPLAUSIBLE = {
    "a limit of 0": ({"max": 0, "remaining": 0, "reset_at": "string"}, "max 0"),
    "a negative limit": ({"max": -5, "remaining": 0, "reset_at": None}, "max -5"),
    "remaining above the limit": ({"max": 10, "remaining": 11, "reset_at": None}, "remaining 11 of max 10"),
    "an unreadable reset": ({"max": 10, "remaining": 0, "reset_at": "string"}, "reset_at 'string'"),
    "a reset in the past": ({"max": 10, "remaining": 0, "reset_at": "2001-01-01T00:00:00Z"}, "2001-01-01"),
    "a missing window": (None, "is missing"),
    "a limit that is not a number": ({"max": "600", "remaining": 0, "reset_at": None}, "max '600'"),
}


@pytest.mark.parametrize("window", list(IMPLAUSIBLE.values()), ids=list(IMPLAUSIBLE))
def test_limit_data_that_cannot_be_right_makes_the_window_unknown_with_one_warning(
    window: tuple[Any, str], caplog: pytest.LogCaptureFixture
) -> None:
    report, named = window
    body: dict[str, Any] = {"code": 200, "hour": _WINDOW_OK, "day": _WINDOW_OK, "load_shedding": {"at": 1, "chance": 0}}
    if report is not None:
        body["minute"] = report
    clock = _wall_clock()
    service = FakeEulerService(clock=clock)
    budget = LocalBudget(clock=clock, seed=True)
    with caplog.at_level(logging.WARNING, "tiktok_live"):
        with _client(_with_rate_limits_body(service, body), budget, clock, max_retry_wait=0) as client:
            for _ in range(5):
                client.room_id("someone")
            with contextlib.suppress(InvalidResponseError):  # a max that is no number does not fit the spec
                client.rate_limits()  # the same report again: no second warning
    assert clock.sleeps == []
    minute = budget.windows(key_id(SECRET_KEY))[0]
    assert minute.limit is None
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert warnings[0].startswith("rate_limits() says the minute window ")
    assert named in warnings[0]
    assert warnings[0].endswith(
        ": the budget treats that window as unknown and refuses nothing from it (the service still answers 429s, "
        "which it learns from)"
    )


def test_a_429_closes_its_window_until_the_reset_it_gave_and_the_error_says_the_service_did_it() -> None:
    clock = _wall_clock()
    service = FakeEulerService(clock=clock)
    service.fail_next("room_id", 429, retry_after=30)
    with _client(service.transport(), LocalBudget(clock=clock), clock, max_retries=0, max_retry_wait=10) as client:
        with pytest.raises(RateLimitError):
            client.room_id("someone")
        with pytest.raises(BudgetExhaustedError) as caught:
            client.room_id("someone")
    assert "the service answered 429" in caught.value.message
    assert caught.value.retry_after == 30.0


def test_a_window_closed_by_headers_says_so_not_429() -> None:
    clock = _wall_clock()
    service = FakeEulerService(clock=clock)
    service.add_key(SECRET_KEY, "Enterprise", limits=RateLimits(minute=3, hour=None, day=None))
    with _client(service.transport(), LocalBudget(clock=clock), clock, max_retry_wait=5) as client:
        for _ in range(3):
            client.room_id("someone")
        with pytest.raises(BudgetExhaustedError) as caught:
            client.room_id("someone")
    message = caught.value.message
    assert "rate-limit headers" in message
    assert "429" not in message
    assert len(service.requests_for("room_id")) == 3  # the service never had to refuse


def test_a_window_used_up_by_our_own_count_says_so() -> None:
    clock = _wall_clock()
    service = FakeEulerService(clock=clock)
    service.add_key(SECRET_KEY, "Enterprise", limits=RateLimits(minute=2, hour=100, day=1_000))

    def no_headers(request: httpx.Request) -> httpx.Response:
        answer = service.handle(request)
        return httpx.Response(answer.status_code, content=answer.content, headers={"content-type": "application/json"})

    budget = LocalBudget(clock=clock, seed=True, margin=0.0)
    with _client(httpx.MockTransport(no_headers), budget, clock, max_retry_wait=60) as client:
        for _ in range(4):  # two, a wait for the next minute, two more
            client.room_id("someone")
        with pytest.raises(BudgetExhaustedError) as caught:
            client.with_options(max_retry_wait=5).room_id("someone")
    assert clock.sleeps == [60.0]
    assert "used up by the requests this budget (in-process) let through" in caught.value.message
    assert "(2/minute)" in caught.value.message
    assert len(service.requests_for("room_id")) == 4


def test_a_long_wait_is_logged_at_info_naming_the_window_and_why(caplog: pytest.LogCaptureFixture) -> None:
    clock = _wall_clock()
    service = FakeEulerService(clock=clock)
    service.add_key(SECRET_KEY, "Enterprise", limits=RateLimits(minute=1, hour=None, day=None))
    with caplog.at_level(logging.INFO, "tiktok_live"):
        with _client(service.transport(), LocalBudget(clock=clock), clock) as client:
            client.room_id("someone")
            client.room_id("someone")  # waits for the minute
    assert clock.sleeps == [60.0]
    waits = [record for record in caplog.records if hasattr(record, "wait_line")]
    assert [record.levelno for record in waits] == [logging.INFO]
    line = waits[0].wait_line  # type: ignore[attr-defined]
    assert line.startswith("waiting 60 s: this key's minute window")
    assert waits[0].getMessage() == f"room_id: {line}"
    assert line.endswith("; Ctrl-C to stop")
    assert SECRET_KEY not in caplog.text


def test_a_retry_after_a_429_is_logged_at_info_when_long(caplog: pytest.LogCaptureFixture) -> None:
    clock = _wall_clock()
    service = FakeEulerService(clock=clock)
    service.fail_next("room_id", 429, retry_after=7)
    with caplog.at_level(logging.DEBUG, "tiktok_live"):
        with _client(service.transport(), False, clock) as client:
            client.room_id("someone")
    waits = [record for record in caplog.records if hasattr(record, "wait_line")]
    assert [record.levelno for record in waits] == [logging.INFO]
    assert "the service's 429 (rate_limit_account_minute)" in waits[0].wait_line  # type: ignore[attr-defined]


def test_short_waits_stay_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    clock = _wall_clock()
    service = FakeEulerService(clock=clock)
    service.fail_next("room_id", 503)
    with caplog.at_level(logging.DEBUG, "tiktok_live"):
        with _client(service.transport(), False, clock) as client:
            client._random = lambda: 0.0  # type: ignore[method-assign]
            client.room_id("someone")
    assert not [record for record in caplog.records if record.levelno >= logging.INFO]


def test_the_cli_prints_one_line_when_it_starts_waiting(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    service = FakeEulerService()
    service.add_key("mock-key", "Enterprise", limits=RateLimits(minute=1, hour=None, day=None))
    service.fail_next("room_id", 429, retry_after=42)
    slept: list[float] = []
    monkeypatch.setattr(cli, "_fake_transport", service.transport)
    monkeypatch.setattr(TikTokLiveClient, "_sleep", lambda self, seconds: slept.append(seconds))
    assert cli.main(["--mock", "room-id", "someone"]) == 0
    assert slept == [42.0]
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "tiktok-live: waiting 42 s to retry after the service's 429 (rate_limit_account_minute); Ctrl-C to stop"
    ]
    assert not logging.getLogger("tiktok_live").handlers  # the CLI's handler is gone after the command


def test_limits_says_plainly_when_the_shared_budget_asked_for_is_not_in_use(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = cli.main(["--mock", "limits", "--json", "--rate-limit-url", "redis://127.0.0.1:1/0"])
    shown = json.loads(capsys.readouterr().out)
    assert code == cli.EXIT_NOT_SHARED
    assert shown["budget"].startswith("NOT shared: Redis at 127.0.0.1:1/0 is unreachable")


def test_limits_says_who_spoke_of_each_window(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--mock", "limits", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert {window["said_by"] for window in shown["windows"].values()} <= {
        "the service (rate_limits)",
        "the service (rate-limit headers)",
    }


def test_the_log_lines_of_a_wait_name_the_call_the_seconds_and_why(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, "tiktok_live"):
        _budget_messages.log_wait("room_id", 2.4, "why")
        _budget_messages.log_wait("room_id", _budget_messages.VISIBLE_WAIT, "why")  # not longer: DEBUG
        _budget_messages.log_wait("room_id", 0.25, "why")
    assert [(record.levelno, record.getMessage()) for record in caplog.records] == [
        (logging.INFO, "room_id: waiting 2 s: why; Ctrl-C to stop"),
        (logging.DEBUG, "room_id waits 1.00 s: why"),
        (logging.DEBUG, "room_id waits 0.25 s: why"),
    ]
    assert caplog.records[0].wait_line == "waiting 2 s: why; Ctrl-C to stop"  # type: ignore[attr-defined]
    assert not hasattr(caplog.records[1], "wait_line")


@pytest.mark.parametrize(
    ("refusal", "said"),
    [
        (Refusal("minute", 5.0, None, "count"), "this key's minute window is used up by the requests this budget (B)"),
        (Refusal("hour", 5.0, 10, "429"), "this key's hour window (10/hour) is closed: the service answered 429"),
        (Refusal("day", 5.0, 9, "header"), "this key's day window (9/day) is used up, per the service's rate-limit"),
        (
            Refusal("minute", 5.0, 3, "rate_limits"),
            "this key's minute window (3/minute) is used up, per the service's rate_limits() report",
        ),
    ],
)
def test_a_refusal_says_which_window_its_limit_and_who_closed_it(refusal: Refusal, said: str) -> None:
    assert _budget_messages.describe_refusal(refusal, "B").startswith(said)


def test_a_report_names_a_value_that_cannot_be_right_shortened_to_40_characters() -> None:
    from tiktok_live._budget._local import observe_rate_limits

    def problem(reset_at: str) -> str:
        body = {"minute": {"max": 5, "remaining": 1, "reset_at": reset_at}, "hour": None, "day": None}
        return observe_rate_limits(body, now=0.0)[1][0]

    assert problem("x" * 38) == f"the minute window has reset_at '{'x' * 38}', which is not a time ahead"  # 40 shown
    assert problem("x" * 39) == f"the minute window has reset_at '{'x' * 38}…, which is not a time ahead"


def test_a_report_is_read_window_by_window_and_what_cannot_be_right_is_named() -> None:
    from tiktok_live._budget._local import NOTHING, Observation, observe_rate_limits

    now = 1_800_000_000.0  # 2027-01-15T08:00:00Z

    def at(seconds: float) -> str:
        return datetime.datetime.fromtimestamp(now + seconds, datetime.UTC).isoformat().replace("+00:00", "Z")

    assert observe_rate_limits([], now=now) == (NOTHING, ["rate_limits() answered no windows"])
    body = {"minute": {"max": 1, "remaining": 1, "reset_at": at(0.5)}, "hour": 5}
    assert observe_rate_limits(body, now=now) == (
        Observation(
            limits={"minute": 1}, remaining={"minute": 1}, reset_in={"minute": 0.5}, unknown=frozenset({"hour", "day"})
        ),
        ["the hour window is 5, not an object", "the day window is missing"],
    )
    ok = {"max": 5, "remaining": 5, "reset_at": None}  # not started: all of it left, no reset yet
    cases = {
        "has reset_at 'soon', which is not a time ahead": {"max": 5, "remaining": 5, "reset_at": "soon"},
        f"has reset_at '{at(0)}', which is not a time ahead": {"max": 5, "remaining": 1, "reset_at": at(0)},
        "has reset_at None, which is not a time ahead": {"max": 5, "remaining": 4, "reset_at": None},
    }
    for problem, minute in cases.items():
        observation, problems = observe_rate_limits({"minute": minute, "hour": ok, "day": ok}, now=now)
        assert problems == [f"the minute window {problem}"]
        assert observation.unknown == frozenset({"minute"})
        assert observation.limits == {"hour": 5, "day": 5}


def test_requests_within_a_margin_of_the_earliest_assumed_end_count_in_the_next_window_too() -> None:
    """A window whose end is assumed (it starts with its first request, lasting a minute plus `margin`) may
    really end a margin earlier; a request taken within a margin of that earliest end may reach the service's
    next window, so it counts there too, window after window."""

    clock = Clock(1000.0)
    budget = LocalBudget(clock=clock, margin=2.0)
    budget.learn("k", Observation(limits={"minute": 10}, remaining={"minute": 10}))

    def send(at: float) -> None:
        clock.now = at
        ticket = budget.take("k")
        assert isinstance(ticket, Ticket)
        budget.learn("k", NOTHING, ticket)

    def minute() -> tuple[int | None, float | None]:
        view = _minute_of(budget)
        return view.remaining, view.refills_in

    send(1000.0)  # assumed end 1062; it may end as early as 1060, so from 1058 a request may be late
    send(1057.5)  # not yet
    send(1058.0)  # late (from that very instant): it may reach the next window
    clock.now = 1062.0
    assert minute() == (9, 62.0)  # the next window holds it; it is assumed to end a window later
    send(1119.5)  # that window may end at 1122: not yet late
    send(1120.0)  # late again
    clock.now = 1124.0
    assert minute() == (9, 62.0)


def test_of_windows_that_refill_at_the_same_time_the_refusal_names_the_shortest() -> None:

    clock = Clock(1000.0)
    budget = LocalBudget(clock=clock)
    budget.learn("k", Observation(closed_for={"day": 30.0, "hour": 30.0, "minute": 30.0}))
    refusal = budget.take("k")
    assert isinstance(refusal, Refusal)
    assert (refusal.window, refusal.refills_in) == ("minute", 30.0)


def test_a_429_that_says_when_reopens_then_even_within_a_second() -> None:

    clock = Clock(1000.0)
    budget = LocalBudget(clock=clock)
    budget.learn("k", Observation(closed_for={"minute": 0.5}))
    refusal = budget.take("k")
    assert isinstance(refusal, Refusal)
    assert refusal.refills_in == 0.5  # a known reset: wait for it, not "ask again" (a time nobody knows)
    clock.now += 0.5
    assert isinstance(budget.take("k"), Ticket)
    budget.learn("k", Observation(closed_for={"minute": 0.0}))  # "reopens now": every request may go
    assert isinstance(budget.take("k"), Ticket)
    assert isinstance(budget.take("k"), Ticket)


def test_a_limit_told_without_what_is_left_counts_from_the_requests_sent_after_it() -> None:

    budget = LocalBudget(clock=Clock(1000.0))
    for _ in range(3):
        ticket = budget.take("k")
        assert isinstance(ticket, Ticket)
        budget.learn("k", NOTHING, ticket)
    budget.learn("k", Observation(limits={"minute": 10}))
    minute = _minute_of(budget)
    assert (minute.limit, minute.remaining) == (10, 10)  # nothing said of the past: the limit from here on
    for _ in range(4):
        budget.take("k")
    minute = _minute_of(budget)
    assert minute.remaining == 6


def test_an_answer_to_a_request_this_budget_did_not_take_counts_as_the_latest() -> None:
    """A ticket from elsewhere (a shared budget's, handed to the fallback) says nothing of the order of requests
    here: its answer is taken as the latest, not placed by the foreign ticket's number."""

    clock = Clock(1000.0)
    budget = LocalBudget(clock=clock)
    ticket = budget.take("k")
    assert isinstance(ticket, Ticket)
    budget.learn("k", Observation(limits={"minute": 10}, remaining={"minute": 5}, reset_in={"minute": 30.0}), ticket)
    foreign = Ticket("r7", 0)
    budget.learn("k", Observation(limits={"minute": 10}, remaining={"minute": 9}, reset_in={"minute": 90.0}), foreign)
    minute = _minute_of(budget)
    assert (minute.remaining, minute.refills_in) == (9, 90.0)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"time_scale": 0}, "time_scale must be a positive number"),
        ({"time_scale": float("inf")}, "time_scale must be a positive number"),
        ({"time_scale": float("nan")}, "time_scale must be a positive number"),
        ({"margin": -0.5}, "margin must be 0 or more seconds"),
        ({"margin": float("inf")}, "margin must be 0 or more seconds"),
    ],
)
def test_a_scale_or_margin_that_cannot_be_is_refused_naming_it(options: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        LocalBudget(**options)  # type: ignore[arg-type]


def test_the_key_id_is_stable_across_versions() -> None:
    """Processes sharing a budget through Redis file it under this id: a fleet mixing SDK versions shares one
    budget only while the id of a key stays the same."""
    assert key_id(None) == "anonymous"
    assert key_id("sk-example") == "0f8197d3b634688a3d3cdd1f98f7a620"


def test_a_share_set_for_a_key_before_its_first_use_holds_from_the_start() -> None:

    budget = LocalBudget(clock=Clock(1000.0))
    budget.set_share(0.5, "k")
    budget.learn("k", Observation(limits={"minute": 10}, remaining={"minute": 10}))
    minute = _minute_of(budget)
    assert minute.remaining == 5


def test_a_limit_told_again_without_what_is_left_keeps_what_the_service_said_was_left() -> None:

    budget = LocalBudget(clock=Clock(1000.0))
    budget.learn("k", Observation(limits={"minute": 10}, remaining={"minute": 2}, reset_in={"minute": 30.0}))
    budget.learn("k", Observation(limits={"minute": 10}))
    minute = _minute_of(budget)
    assert (minute.limit, minute.remaining) == (10, 2)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"time_scale": "1"}, "time_scale must be a number, not str"),
        ({"margin": True}, "margin must be a number, not bool"),
    ],
)
def test_a_scale_or_margin_that_is_no_number_is_refused_naming_its_type(
    options: dict[str, object], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        LocalBudget(**options)  # type: ignore[arg-type]


def test_a_rate_limiter_of_the_wrong_type_is_refused_naming_it() -> None:
    with pytest.raises(TypeError, match="not int"):
        TikTokLiveClient(api_key=SECRET_KEY, rate_limiter=3)  # type: ignore[arg-type]


def test_the_client_closes_the_limiter_it_built_not_the_one_it_was_given() -> None:
    class Recorded(LocalBudget):
        closed = 0

        def close(self) -> None:
            Recorded.closed += 1

    given = Recorded()
    with TikTokLiveClient(api_key=SECRET_KEY, rate_limiter=given):
        pass
    assert Recorded.closed == 0  # the caller's: it may serve other clients
    built = TikTokLiveClient(api_key=SECRET_KEY, rate_limiter="redis://127.0.0.1:1/0")
    limiter = built.rate_limiter
    closed: list[bool] = []
    limiter.close = lambda: closed.append(True)  # type: ignore[method-assign, union-attr]
    built.close()
    assert closed == [True]  # built from a URL here: its connections are this client's to close


def _minute_of(budget: LocalBudget) -> WindowBudget:
    return next(view for view in budget.windows("k") if view.window == "minute")
