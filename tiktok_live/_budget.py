"""A request budget per API key, checked before a request is sent instead of learning the limit from 429s.

The plan limits requests per minute, hour and day. The budget keeps, per key, the times of the requests it
let through and refuses one when any window already holds its limit. It counts over a sliding window a
little longer than the plan's (`margin`): a request is counted when it leaves, and reaches the service a
moment later, so this keeps every fixed window the service may count in under the limit too.

Limits are learned, never assumed: from `rate_limits()` (the client asks once per key, for free), from the
rate-limit headers of any answer and from 429s. Until a window's limit is known, it refuses nothing.

`LocalBudget` lives in this process; `RedisBudget` (`_budget_redis.py`) shares one budget between processes.
The clients only ask (`take`) and tell (`learn`); both limiters offer each as a sync and an async method.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import os
import threading
from collections.abc import Callable, Mapping
from typing import Any, Protocol, runtime_checkable

import attrs
import httpx

from . import _retry

__all__ = ["BudgetLimiter", "LocalBudget", "Observation", "Refusal", "WindowBudget"]

WINDOW_SECONDS: dict[str, float] = {"minute": 60.0, "hour": 3_600.0, "day": 86_400.0}
DEFAULT_MARGIN = 0.25
RATE_LIMITER_ENV_VAR = "EULER_RATE_LIMIT_URL"
# A limit_label such as `rate_limit_account_minute` names the window a 429 came from.
_LABEL_SUFFIXES = tuple(WINDOW_SECONDS)


def key_id(api_key: str | None) -> str:
    """What a budget is filed under: a hash of the key (the key itself never leaves the client)."""
    if api_key is None:
        return "anonymous"
    return hashlib.sha256(b"tiktok-live budget\0" + api_key.encode()).hexdigest()[:32]


@attrs.frozen
class Refusal:
    """No budget: `window` is empty and refills in `refills_in` seconds. `limit` is None when the window
    is closed because the service answered 429 rather than because the budget counted it full."""

    window: str
    refills_in: float
    limit: int | None


@attrs.frozen
class WindowBudget:
    """One window of a key's budget, as `tiktok-live limits` shows it. `limit` and `remaining` are None
    while the limit is unknown; `refills_in` is None when nothing in the window has been used."""

    window: str
    seconds: float
    limit: int | None
    used: int
    remaining: int | None
    refills_in: float | None


@attrs.frozen
class Observation:
    """What one answer said about the budget: limits per window, requests remaining per window, and
    windows the service closed (429) with the seconds until they reopen."""

    limits: Mapping[str, int] = attrs.field(factory=dict)
    remaining: Mapping[str, int] = attrs.field(factory=dict)
    closed_for: Mapping[str, float] = attrs.field(factory=dict)

    def __bool__(self) -> bool:
        return bool(self.limits or self.remaining or self.closed_for)


@runtime_checkable
class BudgetLimiter(Protocol):
    """What a client needs from a budget. `key` is `key_id(api_key)`, never the key."""

    description: str

    def needs_seed(self, key: str) -> bool:
        """True the first time it is asked for `key` (the client then seeds it from `rate_limits()`)."""
        ...

    def take(self, key: str, *, ignore_closed: bool = False) -> Refusal | None:
        """Takes one request from every window, or says which window is empty. `ignore_closed` passes a
        window a 429 closed (the caller has just waited for it)."""
        ...

    async def atake(self, key: str, *, ignore_closed: bool = False) -> Refusal | None: ...

    def learn(self, key: str, observation: Observation) -> None: ...

    async def alearn(self, key: str, observation: Observation) -> None: ...

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


def observe_answer(response: httpx.Response, body: Any, *, now: float, scale: float = 1.0) -> Observation:
    """Rate-limit headers and 429s: which window they speak of comes from the body's `limit_label`, else
    from how far away the reset is."""
    headers = dict(response.headers.items())
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
    """One key's windows: the limits, the send times (sorted) and the windows a 429 closed."""

    def __init__(self) -> None:
        self.limits: dict[str, int] = {}
        self.sent: list[float] = []
        self.closed_until: dict[str, float] = {}
        self.seed_asked = False

    def _count_since(self, start: float) -> int:
        return len(self.sent) - bisect.bisect_right(self.sent, start)

    def _forget_before(self, start: float) -> None:
        cut = bisect.bisect_right(self.sent, start)
        if cut > 1024 or cut > len(self.sent) // 2:
            del self.sent[:cut]

    def take(self, now: float, spans: Mapping[str, float], ignore_closed: bool) -> Refusal | None:
        worst: Refusal | None = None
        for name, span in spans.items():
            closed = 0.0 if ignore_closed else self.closed_until.get(name, 0.0) - now
            if closed > 0 and (worst is None or closed > worst.refills_in):
                worst = Refusal(name, closed, None)
            limit = self.limits.get(name)
            if limit is None:
                continue
            count = self._count_since(now - span)
            if count >= limit:
                first = len(self.sent) - count
                # The window has room again once the (count - limit + 1) oldest sends in it have aged out.
                refill = span if limit == 0 else self.sent[first + count - limit] + span - now
                if worst is None or refill > worst.refills_in:
                    worst = Refusal(name, max(refill, 0.0), limit)
        if worst is not None:
            return worst
        self._forget_before(now - max(spans.values()))
        self.sent.append(max(now, self.sent[-1]) if self.sent else now)
        return None

    def learn(self, observation: Observation, now: float, spans: Mapping[str, float]) -> None:
        self.limits.update(observation.limits)
        for name, left in observation.remaining.items():
            known = self.limits.get(name)
            if known is None or name not in spans:
                continue
            # The service counted more than we did (other clients on the key): count its sends as ours, now.
            missing = known - left - self._count_since(now - spans[name])
            if missing > 0:
                at = max(now, self.sent[-1]) if self.sent else now
                self.sent.extend([at] * missing)
        for name, seconds in observation.closed_for.items():
            self.closed_until[name] = max(self.closed_until.get(name, 0.0), now + seconds)

    def windows(self, now: float, spans: Mapping[str, float]) -> list[WindowBudget]:
        views = []
        for name, span in spans.items():
            limit = self.limits.get(name)
            used = self._count_since(now - span)
            refills_in = None
            if used:
                refills_in = self.sent[len(self.sent) - used] + span - now
            closed = self.closed_until.get(name, 0.0) - now
            remaining = None if limit is None else max(limit - used, 0)
            if closed > 0:
                remaining, refills_in = 0, max(closed, refills_in or 0.0)
            views.append(WindowBudget(name, span, limit, used, remaining, refills_in))
        return views


def check_scale(time_scale: object, margin: object) -> None:
    for name, value in (("time_scale", time_scale), ("margin", margin)):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise TypeError(f"{name} must be a number, not {type(value).__name__}")
        if not math.isfinite(value) or value < 0 or (name == "time_scale" and value == 0):
            raise ValueError(f"{name} must be a positive number of seconds, got {value}")


class LocalBudget:
    """The in-process budget: per key, minute, hour and day windows, shared by the clients (and threads)
    that hold this object. `time_scale` shrinks the windows (0.05 makes a minute 3 s), for tests against a
    fake service scaled the same way; `margin` is the seconds added to each window for the time a request
    takes to reach the service. With `seed=True` a client asks `rate_limits()` (free) before its first call
    on a key; without, the limits come from the `rate_limits()` answers you ask for, headers and 429s."""

    description = "in-process"

    def __init__(
        self,
        *,
        time_scale: float = 1.0,
        margin: float = DEFAULT_MARGIN,
        clock: Callable[[], float] | None = None,
        seed: bool = False,
    ) -> None:
        import time

        check_scale(time_scale, margin)
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
            budget = self._keys[key] = _KeyBudget()
        return budget

    def needs_seed(self, key: str) -> bool:
        with self._lock:
            budget = self._key(key)
            first, budget.seed_asked = not budget.seed_asked, True
            return first and self.seed

    def take(self, key: str, *, ignore_closed: bool = False) -> Refusal | None:
        with self._lock:
            return self._key(key).take(self._clock(), self._spans, ignore_closed)

    async def atake(self, key: str, *, ignore_closed: bool = False) -> Refusal | None:
        return self.take(key, ignore_closed=ignore_closed)

    def learn(self, key: str, observation: Observation) -> None:
        if observation:
            with self._lock:
                self._key(key).learn(observation, self._clock(), self._spans)

    async def alearn(self, key: str, observation: Observation) -> None:
        self.learn(key, observation)

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


@attrs.frozen
class BudgetStep:
    """A step of a call's flow (`_base._flow`): ask the limiter for budget (`observation` None), or tell it
    what an answer said. The sync client runs it with `run()`, the async one with `arun()`."""

    limiter: BudgetLimiter
    key: str
    observation: Observation | None = None
    ignore_closed: bool = False

    def run(self) -> Refusal | None:
        if self.observation is None:
            return self.limiter.take(self.key, ignore_closed=self.ignore_closed)
        self.limiter.learn(self.key, self.observation)
        return None

    async def arun(self) -> Refusal | None:
        if self.observation is None:
            return await self.limiter.atake(self.key, ignore_closed=self.ignore_closed)
        await self.limiter.alearn(self.key, self.observation)
        return None


_REMAINING_HEADERS = frozenset({b"ratelimit-remaining", b"x-ratelimit-remaining"})


def says_something(response: httpx.Response) -> bool:
    """Whether an answer may correct the budget: a 429, or rate-limit headers (one scan of the raw headers)."""
    if response.status_code == 429:
        return True
    return any(name.lower() in _REMAINING_HEADERS for name, _ in response.headers.raw)
