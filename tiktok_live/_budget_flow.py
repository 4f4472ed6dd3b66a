"""The rate-limit budget's part of a call (`_BaseClient._flow`): asked for budget before each attempt, told
what each answer said after it. The budget itself is in `_budget.py` (in-process) and `_budget_redis.py`."""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._budget import (
    NOTHING,
    SEED_POLL,
    BudgetLimiter,
    BudgetStep,
    RateLimiterArg,
    Refusal,
    Ticket,
    WindowBudget,
    key_id,
    limiter_from,
    observe_answer,
    observe_rate_limits,
    says_something,
)
from ._exceptions import APIStatusError, BudgetExhaustedError
from ._response import RawResponse, json_body

if TYPE_CHECKING:
    from ._operations import Call

Step = httpx.Request | float | BudgetStep

logger = logging.getLogger("tiktok_live")


class BudgetedCalls:
    """Mixed into `_BaseClient`: the budget's steps of a call, and what a client shows of its budget."""

    _budget: BudgetLimiter | None
    _budget_key: str
    _owns_budget: bool
    _take_steps: tuple[BudgetStep, ...]
    max_retry_wait: float
    _now: Callable[[], float]

    def _build_request(self, call: Call[Any]) -> httpx.Request:
        raise NotImplementedError

    def _init_budget(self, rate_limiter: RateLimiterArg | Literal[False], api_key: str | None) -> None:
        self._budget = limiter_from(rate_limiter)
        # A limiter built here from a URL is closed by close(); one passed in belongs to the caller.
        self._owns_budget = not isinstance(rate_limiter, BudgetLimiter)
        self._budget_key = key_id(api_key)
        # The two "take" steps, built once: indexed by ignore_closed.
        self._take_steps = tuple(
            BudgetStep(self._budget, self._budget_key, take=True, ignore_closed=ignore)
            for ignore in (False, True)
            if self._budget is not None
        )

    def _wait_for_budget(
        self, call: Call[Any], waited: float, ignore_closed: bool
    ) -> Generator[Step, Any, tuple[float, Ticket]]:
        """Waits (yields sleeps) until the budget lets the call through; returns the seconds waited so far and
        the ticket. A window a 429 closed is waited for once, then passed: the service's hint was that wait."""
        budget = self._budget
        assert budget is not None
        while (seed := budget.seed_state(self._budget_key)) != "ready":
            if seed == "seed":
                yield from self._seed_budget(budget)
            else:  # another call is asking rate_limits() for this key's limits
                yield SEED_POLL
        while True:
            refusal = yield self._take_steps[ignore_closed]
            if isinstance(refusal, Ticket):
                return waited, refusal
            assert isinstance(refusal, Refusal)
            if waited + refusal.refills_in > self.max_retry_wait:
                raise self._budget_exhausted(call, budget, refusal)
            logger.debug("%s waits %.2f s for the %s budget", call.operation, refusal.refills_in, refusal.window)
            yield refusal.refills_in
            waited += refusal.refills_in
            ignore_closed = ignore_closed or refusal.limit is None

    def _seed_budget(self, budget: BudgetLimiter) -> Generator[Step, Any, None]:
        """Learns the key's limits from `rate_limits()`, which the quota does not count. A failure is no
        error: the limits are then learned from answers."""
        from ._catalog import OPERATIONS
        from ._operations import build_call

        layout = getattr(self, "layout", "flat")
        reporting = next((op for op in OPERATIONS if op.reports_rate_limits and op.layout == layout), None)
        if reporting is None:  # the spec lost the operation: the limits are learned from answers
            return
        try:
            try:
                response = yield self._build_request(build_call(reporting, {}))
            except httpx.HTTPError:
                return
            if response.status_code == 200:
                observation = observe_rate_limits(json_body(response))
                if observation:
                    yield BudgetStep(budget, self._budget_key, observation=observation)
        finally:
            budget.seed_done(self._budget_key)

    def _tell_budget(
        self,
        call: Call[Any],
        response: httpx.Response,
        raw: RawResponse[Any] | APIStatusError,
        ticket: Ticket | None,
    ) -> Generator[Step, Any, None]:
        assert self._budget is not None
        observation = NOTHING
        if call.reports_rate_limits and response.status_code == 200:
            observation = observe_rate_limits(json_body(response))
        elif says_something(response):
            body = raw.body if isinstance(raw, APIStatusError) else None
            scale = getattr(self._budget, "time_scale", 1.0)
            observation = observe_answer(response, body, now=self._now(), scale=scale)
        if observation or ticket is not None:
            yield BudgetStep(self._budget, self._budget_key, observation=observation, ticket=ticket)

    def _settle(self, ticket: Ticket) -> Generator[Step, Any, None]:
        assert self._budget is not None
        yield BudgetStep(self._budget, self._budget_key, ticket=ticket)

    def _budget_exhausted(self, call: Call[Any], budget: BudgetLimiter, refusal: Refusal) -> BudgetExhaustedError:
        if refusal.limit is None:
            why = f"the service closed this key's {refusal.window} window (429)"
        else:
            why = f"this key's {refusal.window} budget ({refusal.limit} requests, {budget.description}) is used up"
        request = self._build_request(call)
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
