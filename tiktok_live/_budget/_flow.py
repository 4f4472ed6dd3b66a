"""The rate-limit budget's part of a call: `CallBudget`, which a client holds (`client._budget`) and its call flow
(`_BaseClient._flow`) asks for a ticket before each attempt and tells what each answer said after it.

The budget's I/O goes as steps of the call, `Take` and `Learn`, which the client's driver runs like its other steps
(`run()` on the sync client, `arun()` on the async one): every limiter, in-process or Redis, is asked and told the
same way. The budget itself is in `_local.py` (in-process) and `_redis.py` (shared through Redis).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from .._exceptions import APIStatusError, BudgetExhaustedError
from .._pool import Outgoing
from .._response import RawResponse, json_body
from .._retry import Headers
from ._local import (
    NOTHING,
    RATE_LIMITER_ENV_VAR,
    SEED_POLL,
    BudgetLimiter,
    LocalBudget,
    Observation,
    Refusal,
    SeedState,
    Ticket,
    WindowBudget,
    key_id,
    observe_answer,
    observe_rate_limits,
    says_something,
)

if TYPE_CHECKING:
    from .._calls import Call
    from .._operations import Layout

    class Caller(Protocol):
        """What the budget needs of the client whose calls it lets through."""

        layout: Layout
        max_retry_wait: float
        _now: Callable[[], float]

        def _build_request(self, call: Call[Any]) -> Outgoing | httpx.Request: ...


__all__ = ["CallBudget", "CallStep", "Learn", "Take", "budget_from", "limiter_from"]


# The steps are plain classes, not NamedTuples: cheaper to define at import, and to make.


class Take:
    """A step of a call: take budget for one request from `limiter` (a `Ticket`, or a `Refusal`)."""

    __slots__ = ("ignore_closed", "key", "limiter")

    def __init__(self, limiter: BudgetLimiter, key: str, ignore_closed: bool) -> None:
        self.limiter = limiter
        self.key = key
        self.ignore_closed = ignore_closed

    def run(self) -> Ticket | Refusal:
        return self.limiter.take(self.key, ignore_closed=self.ignore_closed)

    async def arun(self) -> Ticket | Refusal:
        return await self.limiter.atake(self.key, ignore_closed=self.ignore_closed)


class Learn:
    """A step of a call: tell `limiter` what an answer said, and settle the ticket of the request it answered."""

    __slots__ = ("key", "limiter", "observation", "ticket")

    def __init__(self, limiter: BudgetLimiter, key: str, observation: Observation, ticket: Ticket | None) -> None:
        self.limiter = limiter
        self.key = key
        self.observation = observation
        self.ticket = ticket

    def run(self) -> None:
        self.limiter.learn(self.key, self.observation, self.ticket)

    async def arun(self) -> None:
        await self.limiter.alearn(self.key, self.observation, self.ticket)


# A step of a call (`_BaseClient._flow`): a request to send (through the client's own pool, or the user's httpx
# client), the answer a response hook of the user's client raised on (to read its body), seconds to sleep before the
# next attempt, or a rate-limit budget step.
CallStep = Outgoing | httpx.Request | httpx.Response | float | Take | Learn


def limiter_from(rate_limiter: object) -> BudgetLimiter | None:
    """The client's `rate_limiter=`: a limiter object, a `redis://` / `rediss://` / `unix://` URL, `False`
    for none, or None for `EULER_RATE_LIMIT_URL` else a `LocalBudget`."""
    argument = "rate_limiter"
    if rate_limiter is False:
        return None
    if rate_limiter is None:
        value = os.environ.get(RATE_LIMITER_ENV_VAR, "").strip()
        if not value:
            return LocalBudget()
        rate_limiter, argument = value, f"the {RATE_LIMITER_ENV_VAR} environment variable"
    if isinstance(rate_limiter, str):
        from ._redis import RedisBudget, check_redis_url

        check_redis_url(rate_limiter, argument)
        return RedisBudget(rate_limiter)
    if isinstance(rate_limiter, BudgetLimiter):
        return rate_limiter
    raise TypeError(
        f"rate_limiter must be a redis:// URL, a LocalBudget or RedisBudget, or False, "
        f"not {type(rate_limiter).__name__}"
    )


def budget_from(rate_limiter: object, api_key: str | None) -> CallBudget | None:
    """A client's budget for `rate_limiter=` (see `limiter_from`), its requests filed under a hash of `api_key`."""
    limiter = limiter_from(rate_limiter)
    return None if limiter is None else CallBudget(limiter, key_id(api_key))


class CallBudget:
    """A client's rate-limit budget: `limiter`, asked and told about the client's requests under `key` (a hash of
    its API key). Shared by the client's copies (`with_options`)."""

    __slots__ = ("_takes", "key", "limiter")

    def __init__(self, limiter: BudgetLimiter, key: str) -> None:
        self.limiter = limiter
        self.key = key
        # The two "take" steps, built once: indexed by ignore_closed.
        self._takes = (Take(limiter, key, False), Take(limiter, key, True))

    def seed_state(self) -> SeedState:
        """The limiter's seed state of the key: "ready" when its limits need no learning first (then the call
        yields `take` at once). Asking is no question to repeat, the first "seed" answer makes the asker the
        seeder: whatever it is goes to `ticket`, which takes the call from there when it is not "ready", or when
        the take is refused."""
        return self.limiter.seed_state(self.key)

    def take(self, ignore_closed: bool) -> Take:
        """The step that asks the limiter for one request's budget (a `Ticket`, or a `Refusal`)."""
        return self._takes[ignore_closed]

    def ticket(
        self,
        caller: Caller,
        call: Call[Any],
        waited: float,
        ignore_closed: bool,
        seed: SeedState = "ready",
        answer: Ticket | Refusal | None = None,
    ) -> Generator[CallStep, Any, tuple[float, Ticket]]:
        """Waits (yields sleeps) until the budget lets the call through; returns the seconds waited so far and
        the ticket. The key's limits are learned first (`rate_limits()`) when `seed`, the seed state the caller
        was given, says so. A window a 429 closed is passed with `ignore_closed` (the caller has just waited for
        it), and is waited for once, then passed: the service's hint was that wait. `answer` is the limiter's
        answer to a take the caller already yielded (`take`), if any."""
        limiter, key = self.limiter, self.key
        while seed != "ready":
            if seed == "seed":
                yield from self._seed(caller)
            else:  # another call is asking rate_limits() for this key's limits
                yield SEED_POLL
            seed = limiter.seed_state(key)
        while True:
            if answer is None:
                answer = yield self._takes[ignore_closed]
            if isinstance(answer, Ticket):
                return waited, answer
            assert isinstance(answer, Refusal)
            if waited + answer.refills_in > caller.max_retry_wait:
                raise self._exhausted(caller, call, answer)
            from ._messages import describe_refusal, log_wait  # here, as below: only a refusal or a problem needs them

            log_wait(call.operation, answer.refills_in, describe_refusal(answer, limiter.description))
            yield answer.refills_in
            waited += answer.refills_in
            ignore_closed = ignore_closed or answer.limit is None
            answer = None

    def _seed(self, caller: Caller) -> Generator[CallStep, Any, None]:
        """Learns the key's limits from `rate_limits()`, which the quota does not count. A failure is no
        error: the limits are then learned from answers."""
        from .. import _catalog
        from .._calls import build_call

        operations = _catalog.operations()
        reporting = next((op for op in operations if op.reports_rate_limits and op.layout == caller.layout), None)
        if reporting is None:  # the spec lost the operation: the limits are learned from answers
            return
        try:
            try:
                response = yield caller._build_request(build_call(reporting, {}))
            except httpx.HTTPError:
                return
            if response.status_code == 200:
                observation = self._report(caller, response)
                if observation:
                    yield Learn(self.limiter, self.key, observation, None)
        finally:
            self.limiter.seed_done(self.key)

    @staticmethod
    def _report(caller: Caller, response: httpx.Response) -> Observation:
        """A `rate_limits()` answer: what it says of each window; what cannot be right is warned about once."""
        observation, problems = observe_rate_limits(json_body(response), now=caller._now())
        for problem in problems:
            from ._messages import warn_once

            warn_once(
                f"rate_limits() says {problem}: the budget treats that window as unknown and refuses nothing "
                "from it (the service still answers 429s, which it learns from)"
            )
        return observation

    def told(
        self,
        caller: Caller,
        call: Call[Any],
        response: httpx.Response,
        raw: RawResponse[Any] | APIStatusError,
        ticket: Ticket | None,
        headers: Headers,
    ) -> Learn | None:
        """The step that tells the limiter what an answer said (`headers`: its `answer_headers`) and settles the
        ticket of its request; None when there is nothing to tell."""
        if call.reports_rate_limits and response.status_code == 200:
            observation = self._report(caller, response)
        elif says_something(response, headers):
            body = raw.body if isinstance(raw, APIStatusError) else None
            scale = getattr(self.limiter, "time_scale", 1.0)
            observation = observe_answer(response, body, now=caller._now(), scale=scale, headers=headers)
        else:
            observation = NOTHING
        if ticket is None and not observation:
            return None
        return Learn(self.limiter, self.key, observation, ticket)

    def settled(self, ticket: Ticket) -> Learn:
        """The step that settles the ticket of a request that failed on the way: it may have reached the service,
        so it counts from now."""
        return Learn(self.limiter, self.key, NOTHING, ticket)

    def windows(self) -> list[WindowBudget]:
        return self.limiter.windows(self.key)

    def _exhausted(self, caller: Caller, call: Call[Any], refusal: Refusal) -> BudgetExhaustedError:
        from ._messages import describe_refusal

        why = describe_refusal(refusal, self.limiter.description)
        request = caller._build_request(call)
        if isinstance(request, Outgoing):  # the client's own pool: the httpx.Request it stands for
            request = request.request
        return BudgetExhaustedError(
            f"{call.operation}: not sent: {why}; it refills in {refusal.refills_in:.1f} s, longer than "
            f"max_retry_wait ({caller.max_retry_wait:g} s) lets the call wait.",
            response=httpx.Response(429, request=request),
            window=refusal.window,
            retry_after=refusal.refills_in,
            reset_at=caller._now() + refusal.refills_in,
        )
