"""A request budget per API key, checked before a request is sent instead of learning the limit from 429s.

The plan limits requests per minute, hour and day. The service is the authority: the budget's model of each
window is what the service last said of it (its limit, the requests it had left, when it resets), minus the
requests sent since by everyone sharing the budget. A window the service has said nothing about, or said
something impossible about, refuses nothing ("when unsure, send and learn").

What the service says, and where from:
- `rate_limits()` (free; the client asks once per key when the budget seeds): limit, remaining and reset of
  each window. Impossible values (a limit of 0 or less, remaining above the limit, a reset that is past or
  unreadable, a window left out) make that window unknown, with one warning naming the value.
- `RateLimit-Remaining` / `RateLimit-Reset` headers on any answer: the requests left in the tightest window and
  when it resets. They do not say which window, so they are kept apart, as the service's last word ("hint"):
  no more than that many requests until that reset.
- A 429: its `limit_label` names the window, closed until the reset the answer gives; without a label it closes
  the hint.

Counting "sent since": every request taken gets a sequence number. An answer tells the service's count as of
when it handled that request. Requests taken after it may reach the service after it, and so may requests
taken before it that are still unanswered when its answer comes back; those answered already were handled
before it. Each window's model is kept as `k`, with `k - last sequence number` requests still available; a
request never answered stops counting after `HOLD_SECONDS`.

A window refills at the reset the service gave. When a window starts afresh the budget does not know its next
reset until the service says it: it assumes the service's window starts with its first request (a minute from
the first request sent after the reset, plus `margin`). A window full with no reset known at all lets one
request through at a time to ask the service again, rather than waiting a whole window.

`LocalBudget` lives in this process; `RedisBudget` (`_redis.py`) shares one budget between processes.
The clients only ask (`take`: a `Ticket`, or a `Refusal`) and tell (`learn`: what an answer said, and the
ticket of the request it answered); both limiters offer each as a sync and an async method.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Protocol, TypeGuard, runtime_checkable

import httpx

from .. import _retry
from ._shares import DEFAULT_LIVE_CONNECTIONS, DEFAULT_LIVE_LEASE, Shares, check_share, check_slot_settings, scaled

if TYPE_CHECKING:
    from ._slots import LocalSlots

__all__ = ["BudgetLimiter", "LocalBudget", "Observation", "Refusal", "Ticket", "WindowBudget"]

WINDOW_SECONDS: dict[str, float] = {"minute": 60.0, "hour": 3_600.0, "day": 86_400.0}
DEFAULT_MARGIN = 0.1
# While another caller asks rate_limits() to seed a key's budget, takes wait in steps this long.
SEED_POLL = 0.02
SEED_PATIENCE = 10.0
# How long a request that is never answered (its caller died) counts as in flight.
HOLD_SECONDS = 60.0
# While one request asks the service about a full window whose reset nobody knows, others wait in steps this long.
PROBE_POLL = 0.05
RATE_LIMITER_ENV_VAR = "EULER_RATE_LIMIT_URL"
# A limit_label such as `rate_limit_account_minute` names the window a 429 came from.
_LABEL_SUFFIXES = tuple(WINDOW_SECONDS)

# Who last spoke of a window: the service (a 429, its rate-limit headers, its rate_limits() report), or nobody
# since it started afresh and the budget counts on its own.
Source = Literal["429", "header", "rate_limits", "count"]
SOURCES: tuple[Source, ...] = ("429", "header", "rate_limits", "count")

logger = logging.getLogger("tiktok_live")


def key_id(api_key: str | None) -> str:
    """What a budget is filed under: a hash of the key (the key itself never leaves the client)."""
    if api_key is None:
        return "anonymous"
    import hashlib  # here: importing the clients stays cheap

    return hashlib.sha256(b"tiktok-live budget\0" + api_key.encode()).hexdigest()[:32]


class Refusal(NamedTuple):
    """No budget: `window` is used up and refills in `refills_in` seconds. `limit` is the window's limit when
    known; `source` says who closed it: "429" (the service answered 429), "header" (its rate-limit headers),
    "rate_limits" (its report), or "count" (this budget's own count since the window started afresh)."""

    window: str
    refills_in: float
    limit: int | None
    source: Source = "count"


class Ticket(NamedTuple):
    """Budget taken for one request; hand it back to `learn()` once the request is answered (or failed).
    `seq` numbers the request among all taken from the budget (see the module's doc)."""

    id: str
    seq: int = 0


class WindowBudget(NamedTuple):
    """One window of a key's budget, as `tiktok-live limits` shows it. `limit` and `remaining` are None
    while unknown; `refills_in` is None while no reset is known; `source` is who last spoke of it."""

    window: str
    seconds: float
    limit: int | None
    used: int | None
    remaining: int | None
    refills_in: float | None
    source: Source = "count"


class Hint(NamedTuple):
    """An answer's rate-limit headers (or a 429 without a label): `remaining` requests in the window named by
    `window` (a guess from how far the reset is) until `reset_in` seconds from now (None: not said)."""

    window: str
    remaining: int
    reset_in: float | None
    source: Source = "header"


_EMPTY: Mapping[str, Any] = MappingProxyType({})


class Observation(NamedTuple):
    """What one answer said about the budget, per window: from `rate_limits()`, the `limits`, `remaining` and
    `reset_in` (seconds) of the windows it reported plausibly, and the windows it made `unknown`; from a 429
    naming its window, `closed_for` (seconds until it reopens; negative when not said); from rate-limit
    headers, a `hint`."""

    limits: Mapping[str, int] = _EMPTY
    remaining: Mapping[str, int] = _EMPTY
    reset_in: Mapping[str, float] = _EMPTY
    unknown: frozenset[str] = frozenset()
    closed_for: Mapping[str, float] = _EMPTY
    hint: Hint | None = None

    def __bool__(self) -> bool:
        return bool(self.limits or self.remaining or self.reset_in or self.unknown or self.closed_for or self.hint)


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
        """Takes one request from every window, or says which window is used up. `ignore_closed` passes a
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
    """Rate-limit headers and 429s. A 429's `limit_label` names its window; otherwise what they say goes into
    the hint. `headers`: the answer's `_retry.answer_headers`, when the caller has them."""
    if headers is None:
        headers = _retry.answer_headers(response.headers)
    label_window = _window_of_label(body.get("limit_label") if isinstance(body, dict) else None)
    if response.status_code == 429:
        wait = _retry.retry_after_seconds(headers, body, now=now)
        if label_window is not None:
            return Observation(closed_for={label_window: -1.0 if wait is None else wait})
        window = _window_for_reset(wait if wait is not None else 0.0, scale)
        return Observation(hint=Hint(window, 0, wait, "429"))
    remaining = _retry.remaining(headers)
    if remaining is None:
        return NOTHING
    reset_at = _retry.reset_at(headers, now=now)
    reset_in = None if reset_at is None else max(reset_at - now, 0.0)
    window = _window_for_reset(reset_in or 0.0, scale)
    return Observation(hint=Hint(window, remaining, reset_in))  # source "header"


def _is_count(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _parse_reset(value: object, now: float) -> float | None:
    """Seconds from `now` until an ISO 8601 reset time; None when unreadable or not in the future."""
    if not isinstance(value, str):
        return None
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(value)  # Python 3.11 reads a trailing "Z" as UTC
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    seconds = moment.timestamp() - now
    return seconds if seconds > 0 else None


def observe_rate_limits(body: Any, *, now: float) -> tuple[Observation, list[str]]:
    """The `GetRateLimits` answer (`{"minute": {"max": 120, "remaining": 87, "reset_at": "..."}, ...}`), and
    what in it cannot be right: each such window is unknown (no refusal from it), and named in the problems."""
    limits: dict[str, int] = {}
    remaining: dict[str, int] = {}
    reset_in: dict[str, float] = {}
    unknown: set[str] = set()
    problems: list[str] = []
    if not isinstance(body, dict):
        return NOTHING, ["rate_limits() answered no windows"]
    for name in WINDOW_SECONDS:
        window = body.get(name)
        problem = None
        if not isinstance(window, dict):
            problem = "is missing" if window is None else f"is {_shown(window)}, not an object"
        else:
            most, left, reset = window.get("max"), window.get("remaining"), window.get("reset_at")
            seconds = _parse_reset(reset, now)
            if not _is_count(most) or most <= 0:
                problem = f"has max {_shown(most)}"
            elif not _is_count(left) or not 0 <= left <= most:
                problem = f"has remaining {_shown(left)} of max {most}"
            elif seconds is None and not (reset is None and left == most):
                # null is fine for a window that has not started (all of it left); anything else must be ahead.
                problem = f"has reset_at {_shown(reset)}, which is not a time ahead"
            else:
                limits[name], remaining[name] = most, left
                if seconds is not None:
                    reset_in[name] = seconds
        if problem is not None:
            unknown.add(name)
            problems.append(f"the {name} window {problem}")
    observation = Observation(limits=limits, remaining=remaining, reset_in=reset_in, unknown=frozenset(unknown))
    return observation, problems


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


# -- the in-process budget ----------------------------------------------------------------------------------


class _Window:
    """The model of one window (or of the hint): `k - last sequence number` requests are available; `k` None
    while unknown. `reset_at` is when it refills (None: not known). When that is our assumption rather than the
    service's word, `earliest` is the soonest the service's window may end instead (it starts with the first
    request that reaches it, which may be one still in flight when the last window ended).
    `probe` is the request asking the service about it while full with no reset known. `seq` is the request
    whose answer last set it."""

    __slots__ = ("boundary", "earliest", "k", "least", "limit", "name", "probe", "reset_at", "seq", "source")

    def __init__(self, name: str) -> None:
        self.name = name
        self.limit: int | None = None
        self.k: int | None = None
        self.reset_at: float | None = None
        self.earliest: float | None = None
        self.boundary: int | None = None  # the last request taken before the window may have ended less `margin`
        self.source: Source = "count"
        self.probe = 0
        self.seq = 0
        self.least = 0  # the hint's: the fewest left the service said in this period

    def forget(self) -> None:
        self.set(None, None, "count", 0)
        self.limit = None

    def set(self, k: int | None, reset_at: float | None, source: Source, seq: int) -> None:
        self.k, self.reset_at, self.source, self.probe, self.seq = k, reset_at, source, 0, seq
        self.earliest = None
        self.boundary = None


class WindowState(NamedTuple):
    """A window as a budget holds it (see `window_views`): requests `available` (None: unknown; negative when
    more are in flight than it had), seconds until it refills (None: unknown), and who last spoke of it."""

    limit: int | None
    available: int | None
    refills_in: float | None
    source: Source


def window_views(
    spans: Mapping[str, float], states: Mapping[str, WindowState], hint_window: str, hint: WindowState
) -> list[WindowBudget]:
    """What `windows()` shows: each window, or the hint where it is tighter for the window it is about."""
    views = []
    for name, state in states.items():
        limit, available, refills_in, source = state
        if hint.available is not None and hint_window == name and (available is None or hint.available < available):
            available, refills_in, source = hint.available, hint.refills_in, hint.source
        remaining = None if available is None else max(available, 0)
        used = None if limit is None or remaining is None else max(limit - remaining, 0)
        refills_in = None if refills_in is None else max(refills_in, 0.0)
        views.append(WindowBudget(name, spans[name], limit, used, remaining, refills_in, source))
    return views


class _KeyBudget:
    """One key's windows and hint, the requests in flight (sequence number -> when taken), the last sequence
    number, and the seed state."""

    def __init__(self, spans: Mapping[str, float], margin: float, time_scale: float) -> None:
        self.spans = spans
        self.margin = margin
        self.time_scale = time_scale
        self.windows = {name: _Window(name) for name in spans}
        self.hint = _Window("minute")
        # Walked on every take: tuples, not the dict's views.
        self._windows = tuple(self.windows.values())
        self._windows_and_hint = (*self._windows, self.hint)
        self.total = 0
        self.in_flight: dict[int, float] = {}
        self.share = 1.0
        self.seed: SeedState | None = None
        self.seed_started = 0.0

    def _in_flight_before(self, seq: int) -> int:
        """How many requests taken before request `seq` are still in flight."""
        return sum(1 for taken in self.in_flight if taken < seq)

    def _roll(self, now: float) -> None:
        in_flight = self.in_flight
        while in_flight:  # a request never settled (its caller died with it) stops counting at last
            first = next(iter(in_flight))
            if in_flight[first] > now - HOLD_SECONDS:
                break
            del in_flight[first]
        for window in self._windows:
            ended = window.reset_at
            while ended is not None and now >= ended:
                # Afresh: the plan's limit, less the requests that may have reached the service after its window
                # ended: those taken up to `margin` before it may have ended, and those still in flight.
                late, limit = self._late(window), window.limit
                fresh = None if limit is None else scaled(limit, self.share) + self.total - late
                window.set(fresh, None, "count", self.total)
                if not late:
                    break
                # One of those may have started the service's next window as soon as this one ended.
                ended = window.reset_at = ended + self.spans[window.name]
                window.earliest = ended - self.margin
        hint = self.hint
        if hint.reset_at is not None and now >= hint.reset_at:
            hint.set(None, None, "count", hint.seq)

    def _late(self, window: _Window) -> int:
        """How many requests may count in the service's next window when `window` ends: those taken since its
        `boundary`, and those taken before and still in flight."""
        boundary = window.boundary
        if boundary is None:
            return len(self.in_flight)
        return self.total - boundary + self._in_flight_before(boundary + 1)

    def take(self, now: float, ignore_closed: bool) -> Ticket | Refusal:
        self._roll(now)
        total = self.total
        worst: Refusal | None = None
        probing: list[_Window] = []
        for window in self._windows_and_hint:
            k = window.k
            if k is None or k - total > 0 or (ignore_closed and window.source == "429"):
                continue
            if window.reset_at is None:
                if window.probe not in self.in_flight:
                    probing.append(window)  # nobody knows when it refills: this request asks the service
                    continue
                wait = PROBE_POLL
            else:
                wait = window.reset_at - now
            if worst is None or wait > worst.refills_in:
                limit = None if window.limit is None else scaled(window.limit, self.share)
                worst = Refusal(window.name, max(wait, 0.0), limit, window.source)
        if worst is not None:
            return worst
        margin = self.margin
        for window in self._windows:
            if window.boundary is None:
                soonest = window.reset_at if window.earliest is None else window.earliest
                if soonest is not None and now >= soonest - margin:
                    window.boundary = total  # from here on a request may reach the service after the window ended
            if window.k is not None and window.reset_at is None and window not in probing:
                # The first request of a window that started afresh: assume the service's window starts with it.
                span = self.spans[window.name]
                window.reset_at, window.earliest = now + span, now + span - margin
        seq = self.total = total + 1
        self.in_flight[seq] = now
        for window in probing:
            window.probe = seq
        return Ticket(f"l{seq}", seq)

    def learn(self, observation: Observation, now: float, ticket: Ticket | None) -> None:
        # A window that ended while the request was in flight counts it in the next one (it may have arrived
        # after the end): roll before settling it.
        self._roll(now)
        ours = ticket is not None and ticket.id.startswith("l") and self.in_flight.pop(ticket.seq, None) is not None
        hint = observation.hint
        if observation is NOTHING or not observation:
            return
        seq = ticket.seq if ours and ticket is not None else self.total
        # k for "R left as of this answer": R, less the requests that may reach the service after it (in flight).
        base = self.total - len(self.in_flight)
        share = self.share
        for name in observation.unknown:
            if name in self.windows:
                self.windows[name].forget()
        for name, limit in observation.limits.items():
            window = self.windows.get(name)
            if window is None:
                continue
            window.limit = limit
            if name not in observation.remaining and window.k is None:
                window.set(scaled(limit, share) + base, None, "count", seq)
        for name, left in observation.remaining.items():
            window = self.windows.get(name)
            if window is None:
                continue
            reset = observation.reset_in.get(name)
            self._merge(window, scaled(left, share) + base, None if reset is None else now + reset, "rate_limits", seq)
        refused = bool(observation.closed_for) or (hint is not None and hint.source == "429")
        if ours and refused:  # the service did not count a request it refused: the other windows get it back
            for name, window in self.windows.items():
                if window.k is not None and name not in observation.closed_for:
                    window.k += 1
        for name, seconds in observation.closed_for.items():
            window = self.windows.get(name)
            if window is not None:
                window.set(self.total, None if seconds < 0 else now + seconds, "429", max(seq, window.seq))
        if hint is not None:
            reset_at = None if hint.reset_in is None else now + hint.reset_in
            self._hint(hint, scaled(hint.remaining, share), reset_at, ours, seq)
            if reset_at is not None:
                self._adopt_reset(reset_at)

    def _hint(self, said: Hint, left: int, reset_at: float | None, ours: bool, seq: int) -> None:
        """The service's last word on its tightest window, which loses one request for every request it handles:
        of the answers within one period of that window, the one with the fewest left is the latest, whatever
        order they came back in. The requests that may reach it after that one are those in flight when it came
        back and those taken since (one that failed on the way reached the service before it failed, if at all).
        An answer handled before it (more left) was one of those in flight: it is not counted any more."""
        hint = self.hint
        same = hint.k is not None and self._same_period(hint, reset_at)
        newer = hint.k is None or (not same and (reset_at is None or hint.reset_at is None or reset_at > hint.reset_at))
        if newer:
            hint.set(left + self.total - len(self.in_flight), reset_at, said.source, seq)
            hint.name, hint.least = said.window, left
        elif same and left < hint.least:
            k = left + self.total - len(self.in_flight)
            # With a share of the budget, what the service has left is the fleet's: it may lower this process's
            # part, never raise it (or each process would take its share of what the others left, again).
            hint.k = k if self.share >= 1.0 or hint.k is None else min(k, hint.k)
            hint.least, hint.source, hint.seq, hint.name = left, said.source, seq, said.window
            if reset_at is not None and hint.reset_at is not None:
                hint.reset_at = min(hint.reset_at, reset_at)
        elif ours and hint.k is not None and self.share >= 1.0:
            hint.k += 1  # handled before the latest word (or in an older period), yet counted as maybe after it

    def _merge(self, window: _Window, k: int, reset_at: float | None, source: Source, seq: int) -> None:
        """What the service said of a window (`k`, as of the request `seq`). Within the same period of the window
        every answer of one kind is a lower bound of what is left, so the highest counts, whatever order the
        answers came back in; otherwise the answer to the later request counts."""
        if window.k is not None and window.source == source and self._same_period(window, reset_at):
            if k >= window.k and self.share >= 1.0:  # with a share, the fleet's word never raises ours (`_hint`)
                window.k, window.source, window.seq = k, source, max(seq, window.seq)
            if reset_at is not None and window.earliest is not None:
                window.reset_at, window.earliest = reset_at, None  # the service's word for our assumption
        elif window.k is None or seq >= window.seq:
            window.set(k, reset_at, source, seq)

    def _same_period(self, window: _Window, reset_at: float | None) -> bool:
        latest = window.reset_at
        if latest is None or reset_at is None:
            return latest is None and reset_at is None
        tolerance = self.margin + self.time_scale  # answers read a little late; resets rounded to a second
        earliest = latest if window.earliest is None else window.earliest
        return earliest - tolerance <= reset_at <= latest + tolerance

    def _adopt_reset(self, reset_at: float) -> None:
        """The service's reset of its tightest window replaces our assumed reset of a window it may be about:
        one whose service window can end then (give or take a second, the rounding of headers)."""
        for window in self.windows.values():
            earliest, latest = window.earliest, window.reset_at
            if earliest is None or latest is None:
                continue
            if earliest - self.time_scale <= reset_at <= latest + self.time_scale:
                window.reset_at, window.earliest = reset_at, None

    def set_share(self, share: float) -> None:
        """Use `share` of every window from now on: what is available now shrinks (or grows) in proportion."""
        old, self.share = self.share, share
        if old == share:
            return
        for window in (*self.windows.values(), self.hint):
            if window.k is not None and window.k - self.total > 0:
                window.k = self.total + scaled(int((window.k - self.total) / old), share)

    def views(self, now: float) -> list[WindowBudget]:
        self._roll(now)

        def state(window: _Window) -> WindowState:
            available = None if window.k is None else window.k - self.total
            refills_in = None if window.reset_at is None else window.reset_at - now
            return WindowState(window.limit, available, refills_in, window.source)

        states = {name: state(window) for name, window in self.windows.items()}
        return window_views(self.spans, states, self.hint.name, state(self.hint))

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
    fake service scaled the same way; `margin` is the seconds added to a window whose reset the budget has to
    assume (the time a request takes to reach the service). With `seed=True` a client asks `rate_limits()`
    (free) before its first call on a key; without, the limits come from the `rate_limits()` answers you ask
    for, headers and 429s. `live_connections` is the account's limit of live-events WebSockets open at once,
    counted in `slots` (each held as a lease of `live_lease` seconds, renewed while connected; see
    `_slots.py`)."""

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
        check_slot_settings(live_connections, live_lease)
        self._live_settings = (live_connections, live_lease)
        self._slots: LocalSlots | None = None
        self.seed = bool(seed)
        self.time_scale = float(time_scale)
        self.margin = float(margin)
        self._shares = Shares()
        self._clock = clock or time.time
        self._spans = {name: seconds * self.time_scale + self.margin for name, seconds in WINDOW_SECONDS.items()}
        self._keys: dict[str, _KeyBudget] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"LocalBudget(time_scale={self.time_scale}, margin={self.margin})"

    @property
    def slots(self) -> LocalSlots:
        """The live-events connection slots, made on first use (a client that never streams does not load
        `_slots.py`), with the shares set so far."""
        with self._lock:
            if self._slots is None:
                from ._slots import LocalSlots

                self._slots = LocalSlots(*self._live_settings, shares=self._shares.copy())
            return self._slots

    @slots.setter
    def slots(self, slots: LocalSlots) -> None:
        self._slots = slots

    def _key(self, key: str) -> _KeyBudget:
        budget = self._keys.get(key)
        if budget is None:
            budget = self._keys[key] = _KeyBudget(self._spans, self.margin, self.time_scale)
            budget.share = self.share_of(key)
        return budget

    def set_share(self, fraction: float, key: str | None = None) -> None:
        """Let through only `fraction` (0 < fraction <= 1) of each window (rounded down, never below 1 request)
        and of the live-connection limit: for `key`, or without one for every key that has no share of its own.
        What a window has left shrinks (or grows) in proportion at once. A `RedisBudget` on its fallback holds
        its process to its share of the fleet this way; 1 is the whole."""
        fraction = check_share(fraction)
        with self._lock:
            self._shares.set(fraction, key)
            for name, budget in self._keys.items():
                budget.set_share(self._shares.of(name))
            slots = self._slots
        if slots is not None:  # else made later with these shares
            slots.set_share(fraction, key)

    @property
    def share(self) -> float:
        """The share of every key without one of its own (see `set_share`)."""
        return self._shares.default

    def share_of(self, key: str) -> float:
        """The fraction of `key`'s windows this budget lets through."""
        return self._shares.of(key)

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
            return self._key(key).take(self._clock(), ignore_closed)

    async def atake(self, key: str, *, ignore_closed: bool = False) -> Ticket | Refusal:
        return self.take(key, ignore_closed=ignore_closed)

    def learn(self, key: str, observation: Observation, ticket: Ticket | None = None) -> None:
        if ticket is not None or observation:
            with self._lock:
                self._key(key).learn(observation, self._clock(), ticket)

    async def alearn(self, key: str, observation: Observation, ticket: Ticket | None = None) -> None:
        self.learn(key, observation, ticket)

    def windows(self, key: str) -> list[WindowBudget]:
        with self._lock:
            return self._key(key).views(self._clock())


# What a client's `rate_limiter=` takes (`_flow.limiter_from`), besides False.
RateLimiterArg = str | BudgetLimiter | None


# -- what an answer says ------------------------------------------------------------------------------------------


def says_something(response: httpx.Response, headers: Mapping[str, str] | None = None) -> bool:
    """Whether an answer may correct the budget: a 429, or rate-limit headers. `headers`: the answer's
    `_retry.answer_headers`, when the caller has them (otherwise one scan of the raw headers)."""
    if response.status_code == 429:
        return True
    if headers is None:
        headers = _retry.answer_headers(response.headers)
    return "ratelimit-remaining" in headers or "x-ratelimit-remaining" in headers
