"""Model-based tests of the rate-limit budget against the fake service's own window counters (hypothesis
stateful testing): random workloads of bursts, idle gaps across window edges, several clients, restarts that
seed mid-window, `rate_limits()` answers that cannot be right, and requests whose answers arrive late or out of
order. Whatever the workload:

- the service never answers 429 when every client shares the budget (except for a window the budget was told
  nonsense about, which it must treat as unknown);
- the budget never refuses a call the service would have answered at that moment (allowing for requests whose
  answers it has not been told yet);
- every wait it asks for ends by the reset the service keeps.

`make fuzz` (TIKTOK_LIVE_FUZZ=1) runs many more examples.
"""

from __future__ import annotations

import os
from typing import Any, NamedTuple

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tiktok_live import BudgetExhaustedError, LocalBudget, RateLimitError, TikTokLiveClient
from tiktok_live._budget import _messages as _budget_messages
from tiktok_live._budget._local import Observation, Refusal, Ticket, key_id, observe_answer
from tiktok_live._retry import answer_headers
from tiktok_live.testing import FakeEulerService, RateLimits

from .._helpers import BASE_URL, SECRET_KEY

FUZZ = os.environ.get("TIKTOK_LIVE_FUZZ") == "1"
SETTINGS = settings(
    max_examples=1_000 if FUZZ else 60,
    stateful_step_count=60 if FUZZ else 40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=not FUZZ,
)
LIMITS = RateLimits(minute=4, hour=12, day=30)  # small: every window fills up within a run
WINDOWS = {"minute": LIMITS.minute, "hour": LIMITS.hour, "day": LIMITS.day}
KEY = key_id(SECRET_KEY)
GAPS = st.sampled_from([1, 2, 5, 17, 30, 59, 60, 61, 119, 600, 3_599, 3_600, 3_601, 86_399, 86_400]) | st.integers(
    0, 90
)
# What a rate_limits() answer may say of a window that cannot be right.
NONSENSE: dict[str, Any] = {
    "max 0": {"max": 0, "remaining": 0, "reset_at": "string"},
    "remaining above max": {"max": 3, "remaining": 9, "reset_at": None},
    "reset in the past": {"max": 4, "remaining": 0, "reset_at": "2001-01-01T00:00:00Z"},
    "unreadable reset": {"max": 4, "remaining": 1, "reset_at": "soon"},
    "missing": None,
}


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


class _Service:
    """The fake, a shared clock, and what its next rate_limits() answer should get wrong."""

    def __init__(self) -> None:
        self.clock = Clock()
        self.fake = FakeEulerService(clock=self.clock)
        self.fake.add_key(SECRET_KEY, "Enterprise", limits=LIMITS)
        self.nonsense: tuple[str, Any] | None = None
        self.unknown: set[str] = set()  # windows the last rate_limits() answer got wrong

    def handle(self, request: httpx.Request) -> httpx.Response:
        answer = self.fake.handle(request)
        if request.url.path.endswith("rate_limits") and answer.status_code == 200:
            self.unknown = set()
            if self.nonsense is not None:
                window, value = self.nonsense
                self.nonsense, self.unknown = None, {window}
                body = answer.json()
                if value is None:
                    body.pop(window, None)
                else:
                    body[window] = value
                return httpx.Response(200, json=body, headers=answer.headers)
        return answer

    def windows(self) -> dict[str, tuple[int, float | None]]:
        """The fake's own counters: remaining and reset per window, now."""
        states = self.fake._limiter.state(SECRET_KEY, dict(WINDOWS), self.clock())
        return {state.name: (state.remaining, state.reset_at) for state in states}


class SequentialCalls(RuleBasedStateMachine):
    """Clients sharing one budget make calls one after another (each answered before the next starts)."""

    def __init__(self) -> None:
        super().__init__()
        _budget_messages._warned.clear()
        self.service = _Service()
        self.budget = self._budget()
        self.clients = [self._client() for _ in range(3)]

    def _budget(self) -> LocalBudget:
        return LocalBudget(clock=self.service.clock, margin=0.0, seed=True)

    def _client(self) -> TikTokLiveClient:
        http = httpx.Client(transport=httpx.MockTransport(self.service.handle), base_url=BASE_URL)
        client = TikTokLiveClient(
            api_key=SECRET_KEY,
            base_url=BASE_URL,
            http_client=http,
            rate_limiter=self.budget,
            max_retries=0,
            max_retry_wait=0,
        )
        client._now = self.service.clock
        return client

    def teardown(self) -> None:
        for client in self.clients:
            client.close()

    @rule(client=st.integers(0, 2), burst=st.integers(1, 6))
    def calls(self, client: int, burst: int) -> None:
        for _ in range(burst):
            before = self.service.windows()
            full = {name for name, (remaining, _) in before.items() if remaining == 0}
            outcome: Exception | None = None
            try:
                self.clients[client].room_id("someone")
            except (BudgetExhaustedError, RateLimitError) as error:
                outcome = error
            self._check(outcome, before, full)

    def _check(self, outcome: Exception | None, before: dict[str, tuple[int, float | None]], full: set[str]) -> None:
        if isinstance(outcome, BudgetExhaustedError):
            assert full, f"refused ({outcome.message}) while the service had room: {before}"
            latest = max(reset for reset in (before[name][1] for name in full) if reset is not None)
            wait = outcome.retry_after or 0.0
            assert self.service.clock() + wait <= latest + 1e-6, f"asked to wait {wait} s, past the service's reset"
        elif isinstance(outcome, RateLimitError):
            assert full <= self.service.unknown, f"429 from a window the budget knew: {outcome.message}"
        else:
            assert not full

    @rule(seconds=GAPS)
    def idle(self, seconds: int) -> None:
        self.service.clock.now += seconds

    @rule()
    def restart(self) -> None:
        """Every client's process restarts: a new budget that seeds from rate_limits() on its first call."""
        self.teardown()
        self.budget = self._budget()
        self.clients = [self._client() for _ in range(3)]

    @rule(client=st.integers(0, 2))
    def ask_rate_limits(self, client: int) -> None:
        self.clients[client].rate_limits()

    @rule(window=st.sampled_from(list(WINDOWS)), nonsense=st.sampled_from(list(NONSENSE)))
    def next_report_is_nonsense(self, window: str, nonsense: str) -> None:
        self.service.nonsense = (window, NONSENSE[nonsense])

    @invariant()
    def the_budget_never_claims_more_than_the_service_has(self) -> None:
        for view in self.budget.windows(KEY):
            if view.remaining is not None and view.window not in self.service.unknown:
                assert view.remaining <= self.service.windows()[view.window][0]


class Pending(NamedTuple):
    ticket: Ticket
    taken: float


class InterleavedRequests(RuleBasedStateMachine):
    """Requests taken from one budget reach the service later (within `margin`, the latency the budget allows
    for) and in any order; each answer is told as it comes back, or is lost."""

    MARGIN = 3.0

    def __init__(self) -> None:
        super().__init__()
        _budget_messages._warned.clear()
        self.service = _Service()
        self.budget = LocalBudget(clock=self.service.clock, margin=self.MARGIN)
        report = self.service.handle(self._request("/webcast/rate_limits"))
        from tiktok_live._budget._local import observe_rate_limits

        self.budget.learn(KEY, observe_rate_limits(report.json(), now=self.service.clock())[0])
        self.on_the_way: list[Pending] = []
        self.trips: list[tuple[float, float]] = []  # when each request was taken, and when it reached the service

    @staticmethod
    def _request(path: str) -> httpx.Request:
        return httpx.Request("GET", BASE_URL + path, headers={"x-api-key": SECRET_KEY})

    @rule()
    def take(self) -> None:
        before = self.service.windows()
        answer = self.budget.take(KEY)
        if isinstance(answer, Ticket):
            self.on_the_way.append(Pending(answer, self.service.clock()))
            return
        assert isinstance(answer, Refusal)
        # The budget cannot know which of the requests it was not told about yet have reached the service, nor,
        # when no answer said, whether a window that started with a request on its way ended up to `margin` later.
        untold = len(self.on_the_way)
        assert any(remaining <= untold + self._maybe_still_counted(name) for name, (remaining, _) in before.items()), (
            f"refused {answer} with {untold} untold while the service had {before}"
        )

    def _maybe_still_counted(self, window: str) -> int:
        """Requests the service counted in the window's last period that the budget may count in this one: when
        no answer said, it knows a window's end only to within `margin`, and of the requests taken within that
        (twice) of the end it cannot tell whether they arrived before or after it."""
        ended = [record for record in self.service.fake.rate_limit_windows(SECRET_KEY, window) if record.complete]
        if not ended:
            return 0
        last = ended[-1]
        if self.service.clock() < last.reset_at + self.MARGIN:
            return last.used  # it may not have ended yet, as far as anyone told the budget
        band = last.reset_at - 2 * self.MARGIN
        return sum(1 for taken, arrived in self.trips if band <= taken and arrived < last.reset_at)

    @precondition(lambda self: self.on_the_way)
    @rule(which=st.integers(0, 10), lost=st.booleans())
    def arrive(self, which: int, lost: bool = False) -> None:
        """A request reaches the service, and its answer is told as it arrives (or lost on the way back)."""
        pending = self.on_the_way.pop(which % len(self.on_the_way))
        full = {name for name, (remaining, _) in self.service.windows().items() if remaining == 0}
        answer = self.service.handle(self._request("/webcast/room_id?uniqueId=someone"))
        self.trips.append((pending.taken, self.service.clock()))
        assert answer.status_code != 429, f"429 with the budget shared (full: {full})"
        self.budget.learn(KEY, Observation() if lost else self._observe(answer), pending.ticket)

    def _observe(self, answer: httpx.Response) -> Observation:
        body = answer.json() if answer.status_code >= 400 else None
        headers = answer_headers(answer.headers)
        return observe_answer(answer, body, now=self.service.clock(), headers=headers)

    @rule(seconds=GAPS)
    def idle(self, seconds: int) -> None:
        # A request reaches the service within MARGIN seconds of being taken: those due arrive first.
        clock = self.service.clock
        while True:
            due = [pending for pending in self.on_the_way if pending.taken + self.MARGIN <= clock.now + seconds]
            if not due:
                break
            first = min(due, key=lambda pending: pending.taken)
            step = max(first.taken + self.MARGIN - clock.now, 0.0)
            clock.now += step
            seconds = max(seconds - step, 0)
            self.arrive(self.on_the_way.index(first))
        clock.now += seconds


@pytest.mark.fuzz
@pytest.mark.timeout(3_600 if FUZZ else 120)
def test_calls_one_after_another() -> None:
    SequentialCalls.TestCase.settings = SETTINGS
    SequentialCalls.TestCase().runTest()


@pytest.mark.fuzz
@pytest.mark.timeout(3_600 if FUZZ else 120)
def test_requests_in_flight_and_answers_out_of_order() -> None:
    InterleavedRequests.TestCase.settings = SETTINGS
    InterleavedRequests.TestCase().runTest()
