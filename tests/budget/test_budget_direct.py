"""Every limiter is asked and told through the same steps of a call (`_budget._flow.Take`, `Learn`): the in-process
budget and a subclass of it must leave the budget, the client and the service in the same state. A take granted at
once is one step of the call's flow, without the waiting generator (`CallBudget.ticket`); a seed or a refusal goes
on there, in the same flow. Also: the one-scan header read gives what `httpx.Headers.get` gives."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiktok_live import AsyncTikTokLiveClient, LocalBudget, TikTokLiveClient, TikTokLiveError
from tiktok_live._budget._local import Refusal, Ticket, key_id
from tiktok_live._pool import Outgoing
from tiktok_live._retry import ANSWER_HEADERS, answer_headers
from tiktok_live.testing import FakeEulerService

from .._helpers import BASE_URL, SECRET_KEY, Clock


class RelayedBudget(LocalBudget):
    """A subclass (once, the clients ran its steps while they asked the in-process budget directly)."""


# A time of day for the injected clock (the fake's rate-limit resets are times of day, rounded to a second).
_START = 1_796_178_000.0


def _scripted(service: FakeEulerService) -> None:
    service.add_key(SECRET_KEY, "Enterprise")
    service.fail_next("room_id", 429, retry_after=3)
    service.drop_next("room_info", mode="connect")
    service.fail_next("send_chat", 503)


def _outcome(client: Any, budget: LocalBudget, service: FakeEulerService, clock: Clock, errors: list[str]) -> Any:
    key = key_id(SECRET_KEY)
    return (
        [request.operation for request in service.requests],
        clock.sleeps,
        budget.windows(key),
        dict(budget._key(key).in_flight),  # every ticket settled
        client.rate_limit,
        errors,
    )


def _run_sync(budget_class: type[LocalBudget]) -> Any:
    clock = Clock(_START)
    service = FakeEulerService(clock=clock)  # the fake's resets on the same clock: both runs alike
    _scripted(service)
    budget = budget_class(clock=clock, seed=True)
    errors: list[str] = []
    http = httpx.Client(transport=service.transport(), base_url=BASE_URL)
    with TikTokLiveClient(api_key=SECRET_KEY, base_url=BASE_URL, http_client=http, rate_limiter=budget) as client:
        client._sleep = clock.sleep  # type: ignore[method-assign]
        client._now = clock
        client._random = lambda: 0.5
        client.room_id("someone")
        client.room_info("someone")
        client.room_id("someone")
        try:
            client.send_chat("7321", "hello", session_id="s", tt_target_idc="useast5")
        except Exception as error:
            errors.append(type(error).__name__)
        service.fail_next("room_id", 429, retry_after=5)
        with pytest.raises(TikTokLiveError) as caught:
            client.with_options(max_retries=0).room_id("someone")
        errors.append(type(caught.value).__name__)
        return _outcome(client, budget, service, clock, errors)


def _run_async(budget_class: type[LocalBudget]) -> Any:
    clock = Clock(_START)
    service = FakeEulerService(clock=clock)  # the fake's resets on the same clock: both runs alike
    _scripted(service)
    budget = budget_class(clock=clock, seed=True)
    errors: list[str] = []

    async def sleep(seconds: float) -> None:
        clock.sleep(seconds)

    async def run() -> Any:
        http = httpx.AsyncClient(transport=service.async_transport(), base_url=BASE_URL)
        async with AsyncTikTokLiveClient(
            api_key=SECRET_KEY, base_url=BASE_URL, http_client=http, rate_limiter=budget
        ) as client:
            client._sleep = sleep  # type: ignore[method-assign]
            client._now = clock
            client._random = lambda: 0.5
            await client.room_id("someone")
            await client.room_info("someone")
            await client.room_id("someone")
            try:
                await client.send_chat("7321", "hello", session_id="s", tt_target_idc="useast5")
            except Exception as error:
                errors.append(type(error).__name__)
            service.fail_next("room_id", 429, retry_after=5)
            with pytest.raises(TikTokLiveError) as caught:
                await client.with_options(max_retries=0).room_id("someone")
            errors.append(type(caught.value).__name__)
            return _outcome(client, budget, service, clock, errors)

    return asyncio.run(run())


@pytest.mark.parametrize("run", [_run_sync, _run_async], ids=["sync", "async"])
def test_asking_the_budget_directly_changes_nothing(run: Any) -> None:
    direct, relayed = run(LocalBudget), run(RelayedBudget)
    assert direct == relayed
    operations, sleeps, windows, in_flight, _, _ = direct
    assert operations[0] == "rate_limits"  # the budget was seeded first, once
    assert 3.0 in sleeps  # the 429's hint was waited for
    assert in_flight == {}
    minute = next(view for view in windows if view.window == "minute")
    assert minute.limit is not None
    assert (minute.source, minute.remaining) == ("429", 0)  # the last answer, a 429, closed it


_NAMES = [*(name.decode() for name in ANSWER_HEADERS), "x-request-id", "content-length"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_NAMES).flatmap(lambda name: st.sampled_from([name, name.upper(), name.title()])),
            st.text(st.characters(min_codepoint=32, max_codepoint=0x2FF, exclude_characters="\x7f"), max_size=8),
        ),
        max_size=8,
    )
)
def test_the_one_scan_reads_what_httpx_headers_get_reads(items: list[tuple[str, str]]) -> None:
    raw = [(name.encode(), value.encode("utf-8")) for name, value in items]
    headers = httpx.Headers(raw)
    found = answer_headers(headers)
    for name in ANSWER_HEADERS.values():
        assert found.get(name) == headers.get(name)
    assert set(found) <= set(ANSWER_HEADERS.values())


# -- one path, one step for the usual take ------------------------------------------------------------------------

KINDS = ["sync", "async", "sync-own", "async-own"]


class _Scripted(LocalBudget):
    """An in-process budget whose first takes are refused as scripted: each a `Refusal`'s seconds to wait."""

    def __init__(self, refusals: list[float], **options: Any) -> None:
        super().__init__(**options)
        self.refusals = list(refusals)

    def take(self, key: str, *, ignore_closed: bool = False) -> Ticket | Refusal:
        if self.refusals:
            return Refusal("minute", self.refusals.pop(0), 10)
        return super().take(key, ignore_closed=ignore_closed)


def _stepping(kind: str, budget: LocalBudget, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[str], list[int]]:
    """A client of `kind` answering room_id, the names of the kinds of step its driver runs, and a count of the
    calls that went on in `CallBudget.ticket` (a seed, or a refused take)."""
    from tiktok_live._budget._flow import CallBudget

    from .._helpers import ROOM_ID_BODY, make_client

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("rate_limits"):
            return httpx.Response(404, json={"code": 404, "message": "no such route"})
        return httpx.Response(200, json=ROOM_ID_BODY)

    driver = make_client(kind, answer, rate_limiter=budget)
    client = driver.client
    steps: list[str] = []
    tickets: list[int] = []
    original = CallBudget.ticket

    def ticket(self: CallBudget, *args: Any, **kwargs: Any) -> Any:
        tickets.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(CallBudget, "ticket", ticket)

    def recorded(kind_of_step: type, run: Any) -> Any:
        name = "request" if kind_of_step in (httpx.Request, Outgoing) else kind_of_step.__name__

        def record(step: Any) -> Any:
            steps.append(name)
            return run(step)

        return record

    client._steps = {kind_of_step: recorded(kind_of_step, run) for kind_of_step, run in client._steps.items()}
    return driver, steps, tickets


@pytest.mark.parametrize("kind", KINDS)
def test_a_take_granted_at_once_is_one_step_without_the_waiting_generator(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    budget = LocalBudget()
    driver, steps, tickets = _stepping(kind, budget, monkeypatch)
    assert driver.room_id("someone").room_id == "7321"
    assert driver.room_id("someone").room_id == "7321"
    assert steps == ["Take", "request", "Learn"] * 2  # the limiter asked and told through the driver, as any
    assert tickets == []  # the waiting generator (`CallBudget.ticket`) was never made
    assert budget._key(key_id(SECRET_KEY)).in_flight == {}  # every ticket settled


@pytest.mark.parametrize("kind", KINDS)
def test_a_refused_take_waits_in_the_same_flow_and_asks_again(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    budget = _Scripted([2.0, 3.0])
    driver, steps, tickets = _stepping(kind, budget, monkeypatch)
    assert driver.room_id("someone").room_id == "7321"
    # The first take's refusal goes on in `ticket` (not asked again before its wait), then each take is a step.
    assert steps == ["Take", "float", "Take", "float", "Take", "request", "Learn"]
    assert tickets == [1]
    assert budget._key(key_id(SECRET_KEY)).in_flight == {}


@pytest.mark.parametrize("kind", KINDS)
def test_a_budget_to_seed_goes_on_in_ticket_told_the_seed_state(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    budget = LocalBudget(seed=True)
    driver, steps, tickets = _stepping(kind, budget, monkeypatch)
    driver.room_id("someone")
    driver.room_id("someone")
    # The first call seeds (rate_limits(), answered 404 here: the limits are learned from answers), once.
    assert steps == ["request", "Take", "request", "Learn", "Take", "request", "Learn"]
    assert tickets == [1]
