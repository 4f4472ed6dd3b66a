"""The rate-limit budget's part of a call (`_BaseClient._flow`): asked for budget before each attempt, told
what each answer said after it. The budget itself is in `_budget.py` (in-process) and `_budget_redis.py`."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._budget import (
    NOTHING,
    SEED_POLL,
    BudgetLimiter,
    BudgetStep,
    LocalBudget,
    Observation,
    RateLimiterArg,
    Refusal,
    SeedState,
    Ticket,
    WindowBudget,
    key_id,
    limiter_from,
    observe_answer,
    observe_rate_limits,
    says_something,
)
from ._budget_messages import describe_refusal, log_wait, warn_once
from ._exceptions import APIStatusError, BudgetExhaustedError
from ._pool import Outgoing
from ._response import RawResponse, json_body
from ._retry import Headers

if TYPE_CHECKING:
    from ._operations import Call, Layout

Step = Outgoing | httpx.Request | float | BudgetStep


class BudgetedCalls:
    """Mixed into `_BaseClient`: the budget's steps of a call, and what a client shows of its budget."""

    _budget: BudgetLimiter | None
    layout: Layout
    _budget_key: str
    _owns_budget: bool
    _take_steps: tuple[BudgetStep, ...]
    _budget_now: bool
    max_retry_wait: float
    _now: Callable[[], float]

    def _build_request(self, call: Call[Any]) -> Outgoing | httpx.Request:
        raise NotImplementedError

    def _init_budget(self, rate_limiter: RateLimiterArg | Literal[False], api_key: str | None) -> None:
        self._budget = limiter_from(rate_limiter)
        # A limiter built here from a URL is closed by close(); one passed in belongs to the caller.
        self._owns_budget = not isinstance(rate_limiter, BudgetLimiter)
        self._budget_key = key_id(api_key)
        # The in-process budget answers at once, and its async methods are its sync ones: a call asks and tells
        # it directly instead of yielding steps for the client to run (the same calls, without a round trip
        # through the drivers per step). Exactly that class: a subclass may answer otherwise.
        self._budget_now = type(self._budget) is LocalBudget
        # The two "take" steps, built once: indexed by ignore_closed.
        self._take_steps = tuple(
            BudgetStep(self._budget, self._budget_key, take=True, ignore_closed=ignore)
            for ignore in (False, True)
            if self._budget is not None
        )

    def _ticket_now(self, ignore_closed: bool) -> Ticket | Refusal | SeedState | None:
        """With the in-process budget (`_budget_now`): its answer at once, or the key's seed state when the
        budget is not ready to answer. None with any other limiter. `_wait_for_budget` takes it from there."""
        budget = self._budget
        if not self._budget_now or budget is None:
            return None
        seed = budget.seed_state(self._budget_key)
        if seed != "ready":
            return seed
        return budget.take(self._budget_key, ignore_closed=ignore_closed)

    def _wait_for_budget(
        self, call: Call[Any], waited: float, ignore_closed: bool, answer: Refusal | SeedState | None = None
    ) -> Generator[Step, Any, tuple[float, Ticket]]:
        """Waits (yields sleeps) until the budget lets the call through; returns the seconds waited so far and
        the ticket. A window a 429 closed is waited for once, then passed: the service's hint was that wait.
        `answer` is what `_ticket_now` already had from the budget: a refusal, or the key's seed state."""
        budget = self._budget
        assert budget is not None
        if not isinstance(answer, Refusal):
            # Asking the seed state is no question to repeat: the first "seed" answer makes the asker the seeder.
            seed = budget.seed_state(self._budget_key) if answer is None else answer
            while seed != "ready":
                if seed == "seed":
                    yield from self._seed_budget(budget)
                else:  # another call is asking rate_limits() for this key's limits
                    yield SEED_POLL
                seed = budget.seed_state(self._budget_key)
            answer = None
        refusal: Ticket | Refusal | None = answer
        while True:
            if refusal is None:
                if self._budget_now:
                    refusal = budget.take(self._budget_key, ignore_closed=ignore_closed)
                else:
                    refusal = yield self._take_steps[ignore_closed]
            if isinstance(refusal, Ticket):
                return waited, refusal
            assert isinstance(refusal, Refusal)
            if waited + refusal.refills_in > self.max_retry_wait:
                raise self._budget_exhausted(call, budget, refusal)
            log_wait(call.operation, refusal.refills_in, describe_refusal(refusal, budget.description))
            yield refusal.refills_in
            waited += refusal.refills_in
            ignore_closed = ignore_closed or refusal.limit is None
            refusal = None

    def _seed_budget(self, budget: BudgetLimiter) -> Generator[Step, Any, None]:
        """Learns the key's limits from `rate_limits()`, which the quota does not count. A failure is no
        error: the limits are then learned from answers."""
        from . import _catalog
        from ._operations import build_call

        operations = _catalog.operations()
        reporting = next((op for op in operations if op.reports_rate_limits and op.layout == self.layout), None)
        if reporting is None:  # the spec lost the operation: the limits are learned from answers
            return
        try:
            try:
                response = yield self._build_request(build_call(reporting, {}))
            except httpx.HTTPError:
                return
            if response.status_code == 200:
                observation = self._report(response)
                if observation:
                    yield BudgetStep(budget, self._budget_key, observation=observation)
        finally:
            budget.seed_done(self._budget_key)

    def _report(self, response: httpx.Response) -> Observation:
        """A `rate_limits()` answer: what it says of each window; what cannot be right is warned about once."""
        observation, problems = observe_rate_limits(json_body(response), now=self._now())
        for problem in problems:
            warn_once(
                f"rate_limits() says {problem}: the budget treats that window as unknown and refuses nothing "
                "from it (the service still answers 429s, which it learns from)"
            )
        return observation

    def _observation(
        self, call: Call[Any], response: httpx.Response, raw: RawResponse[Any] | APIStatusError, headers: Headers
    ) -> Observation:
        """What an answer says about the budget; `headers` are its `answer_headers`."""
        if call.reports_rate_limits and response.status_code == 200:
            return self._report(response)
        if says_something(response, headers):
            body = raw.body if isinstance(raw, APIStatusError) else None
            scale = getattr(self._budget, "time_scale", 1.0)
            return observe_answer(response, body, now=self._now(), scale=scale, headers=headers)
        return NOTHING

    def _tell_budget(
        self,
        call: Call[Any],
        response: httpx.Response,
        raw: RawResponse[Any] | APIStatusError,
        ticket: Ticket | None,
        headers: Headers,
    ) -> Generator[Step, Any, None]:
        assert self._budget is not None
        observation = self._observation(call, response, raw, headers)
        if ticket is not None or observation:
            yield BudgetStep(self._budget, self._budget_key, observation=observation, ticket=ticket)

    def _tell_budget_now(
        self,
        call: Call[Any],
        response: httpx.Response,
        raw: RawResponse[Any] | APIStatusError,
        ticket: Ticket | None,
        headers: Headers,
    ) -> None:
        """`_tell_budget`, told directly to the in-process budget (`_budget_now`)."""
        assert self._budget is not None
        observation = self._observation(call, response, raw, headers)
        if ticket is not None or observation:
            self._budget.learn(self._budget_key, observation, ticket)

    def _settle(self, ticket: Ticket) -> Generator[Step, Any, None]:
        assert self._budget is not None
        yield BudgetStep(self._budget, self._budget_key, ticket=ticket)

    def _budget_exhausted(self, call: Call[Any], budget: BudgetLimiter, refusal: Refusal) -> BudgetExhaustedError:
        why = describe_refusal(refusal, budget.description)
        request = self._build_request(call)
        if isinstance(request, Outgoing):  # the client's own pool: the httpx.Request it stands for
            request = request.request
        return BudgetExhaustedError(
            f"{call.operation}: not sent: {why}; it refills in {refusal.refills_in:.1f} s, longer than "
            f"max_retry_wait ({self.max_retry_wait:g} s) lets the call wait.",
            response=httpx.Response(429, request=request),
            window=refusal.window,
            retry_after=refusal.refills_in,
            reset_at=self._now() + refusal.refills_in,
        )

    def budget_windows(self) -> list[WindowBudget]:
        """This key's rate-limit budget per window (minute, hour, day): limit, used, remaining, seconds until
        it refills. Empty without a rate limiter. With a `RedisBudget` it is one (blocking) Redis round trip."""
        return [] if self._budget is None else self._budget.windows(self._budget_key)

    @property
    def rate_limiter(self) -> BudgetLimiter | None:
        """The rate-limit budget this client asks before each request (None when turned off)."""
        return self._budget
