"""A request budget per API key, checked before a request is sent instead of learning the limit from 429s.

The plan limits requests per minute, hour and day. The budget keeps, per key, the requests it let through and
refuses one when any window already holds its limit. A request counts from the moment it is taken until a
window after its answer came back (while it is in flight it counts as "now"). The service counts it when it
arrives, somewhere in between, so however long requests take to get there, no window the service counts in
(fixed or sliding) receives more than the limit. `margin` adds a little to each window for clocks that differ
(the service's and ours).

Limits are learned, never assumed: from `rate_limits()` (the client asks once per key, for free), from the
rate-limit headers of any answer and from 429s. Until a window's limit is known, it refuses nothing.

`LocalBudget` lives in this process; `RedisBudget` (`_budget_redis.py`) shares one budget between processes.
The clients only ask (`take`: a `Ticket`, or a `Refusal`) and tell (`learn`: what an answer said, and the
ticket of the request it answered); both limiters offer each as a sync and an async method.
"""

from __future__ import annotations

import bisect
import math
import os
import threading
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Literal, NamedTuple, Protocol, runtime_checkable

import httpx

from . import _retry
from ._live_slots import DEFAULT_LIVE_CONNECTIONS, DEFAULT_LIVE_LEASE, LocalSlots

__all__ = ["BudgetLimiter", "LocalBudget", "Observation", "Refusal", "Ticket", "WindowBudget"]

WINDOW_SECONDS: dict[str, float] = {"minute": 60.0, "hour": 3_600.0, "day": 86_400.0}
DEFAULT_MARGIN = 0.1
# While another caller asks rate_limits() to seed a key's budget, takes wait in steps this long.
SEED_POLL = 0.02
SEED_PATIENCE = 10.0
RATE_LIMITER_ENV_VAR = "EULER_RATE_LIMIT_URL"
# A limit_label such as `rate_limit_account_minute` names the window a 429 came from.
_LABEL_SUFFIXES = tuple(WINDOW_SECONDS)


def key_id(api_key: str | None) -> str:
    """What a budget is filed under: a hash of the key (the key itself never leaves the client)."""
    if api_key is None:
        return "anonymous"
    import hashlib  # here: importing the clients stays cheap

    return hashlib.sha256(b"tiktok-live budget\0" + api_key.encode()).hexdigest()[:32]


class Refusal(NamedTuple):
    """No budget: `window` is empty and refills in `refills_in` seconds. `limit` is None when the window
    is closed because the service answered 429 rather than because the budget counted it full."""

    window: str
    refills_in: float
    limit: int | None


class Ticket(NamedTuple):
    """Budget taken for one request; hand it back to `learn()` once the request is answered (or failed)."""

    id: str


class WindowBudget(NamedTuple):
    """One window of a key's budget, as `tiktok-live limits` shows it. `limit` and `remaining` are None
    while the limit is unknown; `refills_in` is None when nothing in the window has been used."""

    window: str
    seconds: float
    limit: int | None
    used: int
    remaining: int | None
    refills_in: float | None


class Observation(NamedTuple):
    """What one answer said about the budget: limits per window, requests remaining per window, and
    windows the service closed (429) with the seconds until they reopen."""

    limits: Mapping[str, int] = MappingProxyType({})
    remaining: Mapping[str, int] = MappingProxyType({})
    closed_for: Mapping[str, float] = MappingProxyType({})

    def __bool__(self) -> bool:
        return bool(self.limits or self.remaining or self.closed_for)


NOTHING = Observation()


SeedState = Literal["seed", "wait", "ready"]


@runtime_checkable
class BudgetLimiter(Protocol):  # pragma: no mutate block (a checked Protocol: extra methods break isinstance)
    """What a client needs from a budget. `key` is `key_id(api_key)`, never the key."""

    description: str

    def seed_state(self, key: str) -> SeedState:
        """ "seed" the first time it is asked for `key` (the caller then asks `rate_limits()` and calls
        `seed_done`), "wait" while that runs, "ready" after. No I/O."""
        ...

    def seed_done(self, key: str) -> None: ...

    def take(self, key: str, *, ignore_closed: bool = False) -> Ticket | Refusal:
        """Takes one request from every window, or says which window is empty. `ignore_closed` passes a
        window a 429 closed (the caller has just waited for it)."""
        ...

    async def atake(self, key: str, *, ignore_closed: bool = False) -> Ticket | Refusal: ...

    def learn(self, key: str, observation: Observation, ticket: Ticket | None = None) -> None:
        """Corrects the budget from an answer, and settles the ticket of the request it answered."""
        ...

    async def alearn(self, key: str, observation: Observation, ticket: Ticket | None = None) -> None: ...

    def windows(self, key: str) -> list[WindowBudget]: ...


# -- reading answers --------------------------------------------------------------------------------------


def _window_of_label(label: object) -> str | None:
    if isinstance(label, str):
        for name in _LABEL_SUFFIXES:
            if label.endswith("_" + name):
                return name
    return None


def _window_for_reset(seconds_left: float, scale: float) -> str:
    """The shortest window that can still be running `seconds_left` from now."""
    for name, seconds in WINDOW_SECONDS.items():
        if seconds_left <= seconds * scale:
            return name
    return "day"


def observe_answer(
    response: httpx.Response, body: Any, *, now: float, scale: float = 1.0, headers: Mapping[str, str] | None = None
) -> Observation:
    """Rate-limit headers and 429s: which window they speak of comes from the body's `limit_label`, else
    from how far away the reset is. `headers`: the answer's `_retry.answer_headers`, when the caller has them."""
    if headers is None:
        headers = _retry.answer_headers(response.headers)
    remaining = _retry.remaining(headers)
    label_window = _window_of_label(body.get("limit_label") if isinstance(body, dict) else None)
    if response.status_code == 429:
        wait = _retry.retry_after_seconds(headers, body, now=now)
        window = label_window or _window_for_reset(wait if wait is not None else 0.0, scale)
        return Observation(closed_for={window: wait if wait is not None else WINDOW_SECONDS[window] * scale})
    if remaining is None:
        return Observation()
    reset_at = _retry.reset_at(headers, now=now)
    window = label_window or _window_for_reset(max(reset_at - now, 0.0) if reset_at is not None else 0.0, scale)
    if remaining == 0 and reset_at is not None:
        return Observation(closed_for={window: max(reset_at - now, 0.0)})
    return Observation(remaining={window: remaining})


def observe_rate_limits(body: Any) -> Observation:
    """The `GetRateLimits` answer: `{"minute": {"max": 120, "remaining": 87, "reset_at": ...}, ...}`."""
    limits: dict[str, int] = {}
    remaining: dict[str, int] = {}
    if isinstance(body, dict):
        for name in WINDOW_SECONDS:
            window = body.get(name)
            if not isinstance(window, dict):
                continue
            most, left = window.get("max"), window.get("remaining")
            if isinstance(most, int) and not isinstance(most, bool) and most >= 0:
                limits[name] = most
                if isinstance(left, int) and not isinstance(left, bool) and 0 <= left <= most:
                    remaining[name] = left
    return Observation(limits=limits, remaining=remaining)


# -- the in-process budget ----------------------------------------------------------------------------------


class _KeyBudget:
    """One key's windows: the limits, the answered requests (times, sorted), the requests in flight (they count
    as "now"), and the windows a 429 closed."""

    def __init__(self, spans: Mapping[str, float]) -> None:
        self.limits: dict[str, int] = {}
        self.sent: list[float] = []
        self.in_flight: dict[str, float] = {}
        self.closed_until: dict[str, float] = {}
        self.seed: SeedState | None = None
        self.seed_started = 0.0
        self.tickets = 0
        self.longest = max(spans.values())

    def _count_since(self, start: float) -> int:
        return len(self.sent) - bisect.bisect_right(self.sent, start) + len(self.in_flight)

    def _forget_before(self, start: float) -> None:
        cut = bisect.bisect_right(self.sent, start)
        if cut > 1024 or cut > len(self.sent) // 2:
            del self.sent[:cut]

    def take(self, now: float, spans: Mapping[str, float], ignore_closed: bool) -> Ticket | Refusal:
        worst: Refusal | None = None
        for name, span in spans.items() if self.limits or self.closed_until else ():
            closed = 0.0 if ignore_closed else self.closed_until.get(name, 0.0) - now
            if closed > 0 and (worst is None or closed > worst.refills_in):
                worst = Refusal(name, closed, None)
            limit = self.limits.get(name)
            if limit is None:
                continue
            count = self._count_since(now - span)
            if count >= limit:
                # Room again once the (count - limit + 1) oldest in the window have aged out; one in flight
                # ages out a window after its answer, which is now at the soonest.
                settled = count - len(self.in_flight)
                oldest = len(self.sent) - settled
                nth = count - limit
                refill = self.sent[oldest + nth] + span - now if limit > 0 and nth < settled else span
                if worst is None or refill > worst.refills_in:
                    worst = Refusal(name, max(refill, 0.0), limit)
        if worst is not None:
            return worst
        if self.sent and self.sent[0] <= now - self.longest:
            self._forget_before(now - self.longest)
        self.tickets += 1
        ticket = Ticket(f"l{self.tickets}")
        self.in_flight[ticket.id] = now
        return ticket

    def _record(self, at: float, times: int = 1) -> None:
        if not self.sent or at >= self.sent[-1]:
            self.sent.extend([at] * times)
        else:
            for _ in range(times):
                bisect.insort(self.sent, at)

    def learn(self, observation: Observation, now: float, spans: Mapping[str, float], ticket: Ticket | None) -> None:
        if ticket is not None and self.in_flight.pop(ticket.id, None) is not None:
            self._record(now)
        if observation is NOTHING or not observation:
            return
        self.limits.update(observation.limits)
        for name, left in observation.remaining.items():
            known = self.limits.get(name)
            if known is None or name not in spans:
                continue
            # The service counted more than we did (other clients on the key): count its sends as ours, now.
            missing = known - left - self._count_since(now - spans[name])
            if missing > 0:
                self._record(now, missing)
        for name, seconds in observation.closed_for.items():
            self.closed_until[name] = max(self.closed_until.get(name, 0.0), now + seconds)

    def windows(self, now: float, spans: Mapping[str, float]) -> list[WindowBudget]:
        views = []
        for name, span in spans.items():
            limit = self.limits.get(name)
            used = self._count_since(now - span)
            settled = used - len(self.in_flight)
            refills_in = None
            if settled:
                refills_in = self.sent[len(self.sent) - settled] + span - now
            elif used:
                refills_in = span
            closed = self.closed_until.get(name, 0.0) - now
            remaining = None if limit is None else max(limit - used, 0)
            if closed > 0:
                remaining, refills_in = 0, max(closed, refills_in or 0.0)
            views.append(WindowBudget(name, span, limit, used, remaining, refills_in))
        return views

    def seed_state(self, now: float) -> SeedState:
        if self.seed is None:
            self.seed, self.seed_started = "wait", now
            return "seed"
        if self.seed == "wait" and now - self.seed_started > SEED_PATIENCE:
            self.seed = "ready"  # the seeding call is stuck: stop holding the others back
        return self.seed


def check_scale(time_scale: object, margin: object) -> None:
    for name, value in (("time_scale", time_scale), ("margin", margin)):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise TypeError(f"{name} must be a number, not {type(value).__name__}")
        if name == "time_scale" and not (math.isfinite(value) and value > 0):
            raise ValueError(f"time_scale must be a positive number (1 for real windows), got {value}")
        if name == "margin" and not (math.isfinite(value) and value >= 0):
            raise ValueError(f"margin must be 0 or more seconds, got {value}")


class LocalBudget:
    """The in-process budget: per key, minute, hour and day windows, shared by the clients (and threads)
    that hold this object. `time_scale` shrinks the windows (0.05 makes a minute 3 s), for tests against a
    fake service scaled the same way; `margin` is the seconds added to each window for the time a request
    takes to reach the service. With `seed=True` a client asks `rate_limits()` (free) before its first call
    on a key; without, the limits come from the `rate_limits()` answers you ask for, headers and 429s.
    `live_connections` is the account's limit of live-events WebSockets open at once, counted in `slots`
    (each held as a lease of `live_lease` seconds, renewed while connected; see `_live_slots.py`)."""

    description = "in-process"

    def __init__(
        self,
        *,
        time_scale: float = 1.0,
        margin: float = DEFAULT_MARGIN,
        clock: Callable[[], float] | None = None,
        seed: bool = False,
        live_connections: int = DEFAULT_LIVE_CONNECTIONS,
        live_lease: float = DEFAULT_LIVE_LEASE,
    ) -> None:
        import time

        check_scale(time_scale, margin)
        self.slots = LocalSlots(live_connections, live_lease)
        self.seed = bool(seed)
        self.time_scale = float(time_scale)
        self.margin = float(margin)
        self._clock = clock or time.time
        self._spans = {name: seconds * self.time_scale + self.margin for name, seconds in WINDOW_SECONDS.items()}
        self._keys: dict[str, _KeyBudget] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"LocalBudget(time_scale={self.time_scale}, margin={self.margin})"

    def _key(self, key: str) -> _KeyBudget:
        budget = self._keys.get(key)
        if budget is None:
            budget = self._keys[key] = _KeyBudget(self._spans)
        return budget

    def seed_state(self, key: str) -> SeedState:
        if not self.seed:
            return "ready"
        with self._lock:
            return self._key(key).seed_state(self._clock())

    def seed_done(self, key: str) -> None:
        with self._lock:
            self._key(key).seed = "ready"

    def take(self, key: str, *, ignore_closed: bool = False) -> Ticket | Refusal:
        with self._lock:
            return self._key(key).take(self._clock(), self._spans, ignore_closed)

    async def atake(self, key: str, *, ignore_closed: bool = False) -> Ticket | Refusal:
        return self.take(key, ignore_closed=ignore_closed)

    def learn(self, key: str, observation: Observation, ticket: Ticket | None = None) -> None:
        if ticket is not None or observation:
            with self._lock:
                self._key(key).learn(observation, self._clock(), self._spans, ticket)

    async def alearn(self, key: str, observation: Observation, ticket: Ticket | None = None) -> None:
        self.learn(key, observation, ticket)

    def windows(self, key: str) -> list[WindowBudget]:
        with self._lock:
            return self._key(key).windows(self._clock(), self._spans)


# -- choosing a limiter ---------------------------------------------------------------------------------------

RateLimiterArg = str | BudgetLimiter | None


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
        from ._budget_redis import RedisBudget, check_redis_url

        check_redis_url(rate_limiter, argument)
        return RedisBudget(rate_limiter)
    if isinstance(rate_limiter, BudgetLimiter):
        return rate_limiter
    raise TypeError(
        f"rate_limiter must be a redis:// URL, a LocalBudget or RedisBudget, or False, "
        f"not {type(rate_limiter).__name__}"
    )


# -- steps of a call --------------------------------------------------------------------------------------------


class BudgetStep:
    """A step of a call's flow (`_base._flow`): ask the limiter for budget (`take`), or tell it what an answer
    said and settle the request's ticket. The sync client runs it with `run()`, the async one with `arun()`."""

    __slots__ = ("ignore_closed", "key", "limiter", "observation", "take", "ticket")

    def __init__(
        self,
        limiter: BudgetLimiter,
        key: str,
        *,
        take: bool = False,
        ignore_closed: bool = False,
        observation: Observation = NOTHING,
        ticket: Ticket | None = None,
    ) -> None:
        self.limiter, self.key, self.take, self.ignore_closed = limiter, key, take, ignore_closed
        self.observation, self.ticket = observation, ticket

    def run(self) -> Ticket | Refusal | None:
        if self.take:
            return self.limiter.take(self.key, ignore_closed=self.ignore_closed)
        self.limiter.learn(self.key, self.observation, self.ticket)
        return None

    async def arun(self) -> Ticket | Refusal | None:
        if self.take:
            return await self.limiter.atake(self.key, ignore_closed=self.ignore_closed)
        await self.limiter.alearn(self.key, self.observation, self.ticket)
        return None


def says_something(response: httpx.Response, headers: Mapping[str, str] | None = None) -> bool:
    """Whether an answer may correct the budget: a 429, or rate-limit headers. `headers`: the answer's
    `_retry.answer_headers`, when the caller has them (otherwise one scan of the raw headers)."""
    if response.status_code == 429:
        return True
    if headers is None:
        headers = _retry.answer_headers(response.headers)
    return "ratelimit-remaining" in headers or "x-ratelimit-remaining" in headers
