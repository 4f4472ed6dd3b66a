"""`RedisBudget`: the budget of `_local.py` shared by every process that points at one Redis.

Each take is one Lua script run (atomic in Redis: no two processes can both take the last request of a
window), timed by Redis's clock so machines with skewed clocks agree. Per key, filed under a hash of the API
key, Redis holds the model of each window (a hash) and the requests in flight (sorted sets).

Redis trouble is never the caller's outage: when Redis cannot be reached or answers slower than
`socket_timeout`, the limiter falls back to its own `LocalBudget` (which keeps learning from answers
meanwhile), and tries Redis again after a backoff (`_redis_link.RedisLink`, which every round trip of the
limiter and of its connection slots goes through).

On the fallback a process keeps to its share of the plan: every limiter joins the key's fleet in Redis (renewed
by its takes), and while Redis is unreachable lets its `LocalBudget` through only 1/(the fleet's size) of each
limit (`LocalBudget.set_share`), so a whole fleet on the fallback stays within the plan. A process that joined
within the last heartbeat may not be counted by the others yet.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import Any

from ._local import (
    DEFAULT_MARGIN,
    HOLD_SECONDS,
    PROBE_POLL,
    SOURCES,
    WINDOW_SECONDS,
    LocalBudget,
    Observation,
    Refusal,
    SeedState,
    Ticket,
    WindowBudget,
    WindowState,
    check_scale,
    window_views,
)
from ._redis_link import FLEET_HEARTBEAT, FLEET_LEASE, RedisLink, RoundTrip, local_only, redacted
from ._slots import DEFAULT_LIVE_CONNECTIONS, DEFAULT_LIVE_LEASE, RedisSlots

__all__ = ["FLEET_HEARTBEAT", "FLEET_LEASE", "RedisBudget"]

_SCHEMES = ("redis", "rediss", "unix")
DEFAULT_PREFIX = "tiktok-live:budget"
DEFAULT_REDIS_TIMEOUT = 0.5

# The model of `_local.py`, in Lua so that each take or learn is one atomic step in Redis, timed by Redis's
# clock. KEYS: the state (a hash: `total`, the last sequence number, and per window `<name>:limit`, `:k`,
# `:reset`, `:early`, `:bseq`, `:src`, `:probe`, `:seq`; the hint as `hint:...` plus `hint:name`), and the
# requests in flight (two sorted sets: by sequence number, and by the time past which a request whose process
# died stops counting).
# ARGV: the window count n, then n (name, seconds with margin) pairs, margin, time scale, then each script's own.
_PRELUDE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local state, flight, deadlines = KEYS[1], KEYS[2], KEYS[3]
local n = tonumber(ARGV[1])
local names, spans = {}, {}
for i = 1, n do names[i], spans[i] = ARGV[2 * i], tonumber(ARGV[2 * i + 1]) end
local margin, scale = tonumber(ARGV[2 * n + 2]), tonumber(ARGV[2 * n + 3])
local arg = 2 * n + 4
local st = {}
local raw = redis.call('HGETALL', state)
for i = 1, #raw, 2 do st[raw[i]] = raw[i + 1] end
local function num(field)
  local v = st[field]
  if v == nil or v == '' then return nil end
  return tonumber(v)
end
local function put(field, value)
  if value == nil then st[field] = '' elseif type(value) == 'number' and value ~= math.floor(value) then
    st[field] = string.format('%.6f', value)
  else st[field] = tostring(value) end
end
local dead = redis.call('ZRANGEBYSCORE', deadlines, '-inf', string.format('%.6f', now))
if #dead > 0 then
  redis.call('ZREM', flight, unpack(dead))
  redis.call('ZREM', deadlines, unpack(dead))
end
local total = num('total') or 0
local function in_flight_before(seq)
  return redis.call('ZCOUNT', flight, '-inf', '(' .. seq)
end
local function setw(p, k, reset, src, seq)
  put(p .. 'k', k) put(p .. 'reset', reset) put(p .. 'src', src) put(p .. 'probe', 0) put(p .. 'seq', seq)
  put(p .. 'early', nil) put(p .. 'bseq', nil)
end
local function roll()
  for i = 1, n do
    local p = names[i] .. ':'
    local reset = num(p .. 'reset')
    while reset and now >= reset do
      -- Requests taken since the window may have ended (less margin), and older ones still in flight.
      local limit, fresh, bseq = num(p .. 'limit'), nil, num(p .. 'bseq')
      local late = redis.call('ZCARD', flight)
      if bseq then late = total - bseq + in_flight_before(bseq + 1) end
      if limit then fresh = limit + total - late end
      setw(p, fresh, nil, 'count', total)
      if late == 0 then break end
      -- One of those may have started the service's next window as soon as this one ended.
      reset = reset + spans[i]
      put(p .. 'reset', reset) put(p .. 'early', reset - margin)
    end
  end
  local reset = num('hint:reset')
  if reset and now >= reset then setw('hint:', nil, nil, 'count', num('hint:seq') or 0) end
end
local function save(keep)
  local out = {}
  for field, value in pairs(st) do table.insert(out, field) table.insert(out, value) end
  if #out > 0 then redis.call('HSET', state, unpack(out)) end
  redis.call('PEXPIRE', state, math.ceil(keep * 1000))
  for _, key in ipairs({flight, deadlines}) do
    if redis.call('EXISTS', key) == 1 then redis.call('PEXPIRE', key, math.ceil(keep * 1000)) end
  end
end
local longest = 0
for i = 1, n do if spans[i] > longest then longest = spans[i] end end
"""

# ARGV after the windows: 1 to pass windows a 429 closed (else 0), HOLD, PROBE_POLL.
# Returns {1, sequence number} or {0, window, seconds as text, limit (-1: unknown), source}.
_TAKE = (
    _PRELUDE
    + """
local ignore, hold, poll = ARGV[arg], tonumber(ARGV[arg + 1]), tonumber(ARGV[arg + 2])
roll()
local worst, worst_wait, worst_limit, worst_src = false, -1, -1, ''
local probing = {}
local prefixes = {}
for i = 1, n do prefixes[i] = names[i] .. ':' end
prefixes[n + 1] = 'hint:'
for i, p in ipairs(prefixes) do
  local k = num(p .. 'k')
  if k and k - total <= 0 and not (ignore == '1' and st[p .. 'src'] == '429') then
    local reset, wait = num(p .. 'reset'), nil
    if reset == nil then
      if redis.call('ZSCORE', flight, num(p .. 'probe') or 0) == false then probing[p] = true else wait = poll end
    else
      wait = reset - now
    end
    if wait and wait > worst_wait then
      worst_wait, worst_src, worst_limit = wait, st[p .. 'src'], num(p .. 'limit') or -1
      if i > n then worst = st['hint:name'] else worst = names[i] end
    end
  end
end
if worst then return {0, worst, string.format('%.6f', math.max(worst_wait, 0)), worst_limit, worst_src} end
for i = 1, n do
  local p = names[i] .. ':'
  local soonest = num(p .. 'early') or num(p .. 'reset')
  if num(p .. 'bseq') == nil and soonest and now >= soonest - margin then put(p .. 'bseq', total) end
end
total = total + 1
put('total', total)
redis.call('ZADD', flight, total, total)
redis.call('ZADD', deadlines, string.format('%.6f', now + hold), total)
for i = 1, n + 1 do
  local p = prefixes[i]
  if probing[p] then put(p .. 'probe', total)
  elseif i <= n and num(p .. 'k') and num(p .. 'reset') == nil then
    put(p .. 'reset', now + spans[i]) put(p .. 'early', now + spans[i] - margin)
  end
end
save(longest + hold)
return {1, tostring(total)}
"""
)

# ARGV after the windows: HOLD, the ticket's sequence number (-1 for none), whether the answer said anything
# (0/1); per window: limit, remaining, reset in, unknown (0/1), closed for ('' when not said,
# negative when said without a time); the hint: window ('' for none), remaining, reset in (-1: not said), source.
_LEARN = (
    _PRELUDE
    + """
local hold, tseq, said = tonumber(ARGV[arg]), tonumber(ARGV[arg + 1]), ARGV[arg + 2]
-- A window that ended while the request was in flight counts it in the next one: roll before settling it.
roll()
local ours = false
if tseq >= 0 then
  ours = redis.call('ZREM', flight, tseq) == 1
  redis.call('ZREM', deadlines, tseq)
end
local h = arg + 3 + 5 * n
local hname, hleft, hreset, hsrc = ARGV[h], tonumber(ARGV[h + 1]), tonumber(ARGV[h + 2]), ARGV[h + 3]
if said == '1' then
local seq = total
if ours then seq = tseq end
local inflight = redis.call('ZCARD', flight)
local base = total - inflight
local function same_period(p, reset)
  local latest = num(p .. 'reset')
  if latest == nil or reset == nil then return latest == nil and reset == nil end
  local earliest = num(p .. 'early') or latest
  return earliest - margin - scale <= reset and reset <= latest + margin + scale
end
local function merge(p, k, reset, src)
  local old = num(p .. 'k')
  if old and st[p .. 'src'] == src and same_period(p, reset) then
    if k >= old then put(p .. 'k', k) put(p .. 'seq', math.max(seq, num(p .. 'seq') or 0)) end
    if reset and num(p .. 'early') then put(p .. 'reset', reset) put(p .. 'early', nil) end
  elseif old == nil or seq >= (num(p .. 'seq') or 0) then
    setw(p, k, reset, src, seq)
  end
end
local refused = hsrc == '429'
for i = 1, n do if ARGV[arg + 3 + 5 * (i - 1) + 4] ~= '' then refused = true end end
if ours and refused then  -- the service did not count a request it refused: the other windows get it back
  for i = 1, n do
    local p = names[i] .. ':'
    if num(p .. 'k') and ARGV[arg + 3 + 5 * (i - 1) + 4] == '' then put(p .. 'k', num(p .. 'k') + 1) end
  end
end
local a = arg + 3
for i = 1, n do
  local p = names[i] .. ':'
  local limit, left, reset_in = tonumber(ARGV[a]), tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2])
  local unknown, closed = ARGV[a + 3], ARGV[a + 4]
  a = a + 5
  if unknown == '1' then setw(p, nil, nil, 'count', 0) put(p .. 'limit', nil) end
  if limit >= 0 then
    put(p .. 'limit', limit)
    if left < 0 and num(p .. 'k') == nil then setw(p, limit + base, nil, 'count', seq) end
  end
  if left >= 0 then
    local reset = nil
    if reset_in >= 0 then reset = now + reset_in end
    merge(p, left + base, reset, 'rate_limits')
  end
  if closed ~= '' then
    local reset = nil
    if tonumber(closed) >= 0 then reset = now + tonumber(closed) end
    setw(p, total, reset, '429', math.max(seq, num(p .. 'seq') or 0))
  end
end
if hname ~= '' then
  -- The hint: see `_KeyBudget._hint`.
  local reset = nil
  if hreset >= 0 then reset = now + hreset end
  local k, latest = num('hint:k'), num('hint:reset')
  local same = k ~= nil and same_period('hint:', reset)
  if k == nil or (not same and (reset == nil or latest == nil or reset > latest)) then
    setw('hint:', hleft + base, reset, hsrc, seq)
    put('hint:name', hname) put('hint:least', hleft)
  elseif same and hleft < (num('hint:least') or 0) then
    put('hint:k', hleft + base)
    put('hint:least', hleft) put('hint:src', hsrc) put('hint:seq', seq) put('hint:name', hname)
    if reset and latest then put('hint:reset', math.min(latest, reset)) end
  elseif ours and k then
    put('hint:k', k + 1)
  end
  if reset then
    for i = 1, n do
      local p = names[i] .. ':'
      local early, latest = num(p .. 'early'), num(p .. 'reset')
      if early and latest and early - scale <= reset and reset <= latest + scale then
        put(p .. 'reset', reset) put(p .. 'early', nil)
      end
    end
  end
end
end
save(longest + hold)
return 1
"""
)

# Returns, per window: limit (-1: unknown), available ('' unknown), refills in (-1: not known), source; then the
# hint: window, available, refills in, source.
_WINDOWS = (
    _PRELUDE
    + """
roll()
local out = {}
local function view(p)
  local k, reset = num(p .. 'k'), num(p .. 'reset')
  local avail, refills = '', '-1'
  if k then avail = tostring(k - total) end
  if reset then refills = string.format('%.6f', reset - now) end
  return avail, refills
end
for i = 1, n do
  local p = names[i] .. ':'
  local avail, refills = view(p)
  table.insert(out, tostring(num(p .. 'limit') or -1)) table.insert(out, avail)
  table.insert(out, refills) table.insert(out, st[p .. 'src'] or 'count')
end
local avail, refills = view('hint:')
table.insert(out, st['hint:name'] or '') table.insert(out, avail) table.insert(out, refills)
table.insert(out, st['hint:src'] or 'count')
save(longest + 60)
return out
"""
)


def check_redis_url(url: str, argument: str) -> None:
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in _SCHEMES:
        # Not the URL itself: it may hold a Redis password.
        raise ValueError(f"{argument} must be a redis://, rediss:// or unix:// URL (got a {scheme or 'bare'} value)")


def _import_redis() -> Any:
    try:
        import redis
    except ImportError:
        raise ImportError(
            "a shared rate-limit budget needs the redis client: pip install 'tiktok-live[redis]'"
        ) from None
    return redis


def _nothing() -> None:
    return None


class RedisBudget:
    """A budget shared through Redis by every client (in any process, on any machine) that uses the same
    Redis URL and API key. `socket_timeout` bounds each Redis round trip (seconds); `prefix` starts every
    Redis key; `time_scale` and `margin` are as for `LocalBudget`. Each process asks `rate_limits()` (free)
    before its first call on a key, unless `seed=False`. `live_connections` and `live_lease` are as for
    `LocalBudget`: live-events connections are counted in Redis too. `clock` (monotonic seconds) times the
    backoff and the fleet heartbeat. Needs `pip install 'tiktok-live[redis]'`."""

    def __init__(
        self,
        url: str,
        *,
        prefix: str = DEFAULT_PREFIX,
        socket_timeout: float = DEFAULT_REDIS_TIMEOUT,
        time_scale: float = 1.0,
        margin: float = DEFAULT_MARGIN,
        clock: Callable[[], float] | None = None,
        seed: bool = True,
        live_connections: int = DEFAULT_LIVE_CONNECTIONS,
        live_lease: float = DEFAULT_LIVE_LEASE,
    ) -> None:
        if not isinstance(url, str):
            raise TypeError(f"url must be a str, not {type(url).__name__}")
        check_redis_url(url, "url")
        check_scale(time_scale, margin)
        if not isinstance(socket_timeout, int | float) or isinstance(socket_timeout, bool) or not socket_timeout > 0:
            raise ValueError(f"socket_timeout must be a positive number of seconds, got {socket_timeout!r}")
        if not isinstance(prefix, str) or not prefix:
            raise ValueError("prefix must be a non-empty str")
        self.url = url
        self.prefix = prefix
        self.socket_timeout = float(socket_timeout)
        self.time_scale = float(time_scale)
        self.margin = float(margin)
        self.description = f"shared through Redis at {redacted(url)}"
        self.local = LocalBudget(
            time_scale=time_scale, margin=margin, seed=seed, live_connections=live_connections, live_lease=live_lease
        )
        self._link = RedisLink(
            url,
            prefix=prefix,
            socket_timeout=self.socket_timeout,
            clock=clock or time.monotonic,
            set_share=lambda fraction, key: self.local.set_share(fraction, key),
            redis_module=_import_redis(),
        )
        self.slots = RedisSlots(self._link, self.local.slots, live_connections, live_lease)
        self._seconds = {name: seconds * self.time_scale for name, seconds in WINDOW_SECONDS.items()}
        self._spans = {name: seconds + self.margin for name, seconds in self._seconds.items()}
        self._window_args: list[Any] = [len(self._spans)]
        for name, span in self._spans.items():
            self._window_args += [name, span]
        self._window_args += [self.margin, self.time_scale]

    def __repr__(self) -> str:
        return f"RedisBudget({redacted(self.url)!r}, prefix={self.prefix!r})"

    @property
    def location(self) -> str:
        """host:port/db of the Redis URL, without a password."""
        return redacted(self.url)

    @property
    def member(self) -> str:
        """This limiter's id in each key's fleet: random, never derived from the key."""
        return self._link.member

    @property
    def shared(self) -> bool:
        """False while Redis is unreachable and this limiter runs on its own `LocalBudget`."""
        return self._link.shared

    def fleet_size(self, key: str) -> int | None:
        """How many limiters (processes) this one last saw using `key` through Redis (None: not yet seen)."""
        return self._link.fleet_size(key)

    def _keys(self, key: str) -> list[str]:
        base = f"{self.prefix}:{key}"
        return [f"{base}:state", f"{base}:flight", f"{base}:deadlines"]

    # -- the limiter --------------------------------------------------------------------------------------

    def seed_state(self, key: str) -> SeedState:
        return self.local.seed_state(key)

    def seed_done(self, key: str) -> None:
        self.local.seed_done(key)

    @staticmethod
    def _outcome(answer: Any) -> Ticket | Refusal:
        if int(answer[0]) == 1:
            return Ticket(f"r{answer[1]}", int(answer[1]))
        limit = int(answer[3])
        source = str(answer[4]) if answer[4] in SOURCES else "count"
        return Refusal(str(answer[1]), max(float(answer[2]), 0.0), None if limit < 0 else limit, source)  # type: ignore[arg-type]

    def _learn_args(self, observation: Observation, ticket: Ticket | None) -> list[Any]:
        ours = ticket is not None and ticket.id.startswith("r")
        args: list[Any] = [
            *self._window_args,
            HOLD_SECONDS,
            ticket.seq if ours and ticket is not None else -1,
            1 if observation else 0,
        ]
        for name in self._seconds:
            closed = observation.closed_for.get(name)
            reset_in = observation.reset_in.get(name)
            args += [
                observation.limits.get(name, -1),
                observation.remaining.get(name, -1),
                -1 if reset_in is None else reset_in,
                int(name in observation.unknown),
                "" if closed is None else closed,
            ]
        hint = observation.hint
        if hint is None:
            args += ["", -1, -1, ""]
        else:
            args += [hint.window, hint.remaining, -1 if hint.reset_in is None else hint.reset_in, hint.source]
        return args

    def take(self, key: str, *, ignore_closed: bool = False) -> Ticket | Refusal:
        return self._link.eval_or_fallback(self._taking(key, ignore_closed))  # type: ignore[no-any-return]

    async def atake(self, key: str, *, ignore_closed: bool = False) -> Ticket | Refusal:
        return await self._link.aeval_or_fallback(self._taking(key, ignore_closed))  # type: ignore[no-any-return]

    def _taking(self, key: str, ignore_closed: bool) -> RoundTrip:
        args = [*self._window_args, int(ignore_closed), HOLD_SECONDS, PROBE_POLL]
        local = functools.partial(self.local.take, key, ignore_closed=ignore_closed)
        return RoundTrip(_TAKE, self._keys(key), args, then=self._outcome, fallback=local, join=key)

    def learn(self, key: str, observation: Observation, ticket: Ticket | None = None) -> None:
        self._link.eval_or_fallback(self._learning(key, observation, ticket))

    async def alearn(self, key: str, observation: Observation, ticket: Ticket | None = None) -> None:
        await self._link.aeval_or_fallback(self._learning(key, observation, ticket))

    def _learning(self, key: str, observation: Observation, ticket: Ticket | None) -> RoundTrip:
        """Tells the fallback at once (it keeps learning, for when Redis is away); the round trip that tells Redis
        (none when there is nothing to tell)."""
        if not observation and ticket is None:
            return local_only(_nothing)
        self.local.learn(key, observation, ticket)
        return RoundTrip(_LEARN, self._keys(key), self._learn_args(observation, ticket))

    def windows(self, key: str) -> list[WindowBudget]:
        """The shared windows (the local ones while Redis is unreachable)."""
        local = functools.partial(self.local.windows, key)
        trip = RoundTrip(_WINDOWS, self._keys(key), self._window_args, then=self._views, fallback=local)
        return self._link.eval_or_fallback(trip)  # type: ignore[no-any-return]

    def _views(self, answer: list[Any]) -> list[WindowBudget]:
        return window_views(self._spans, *self._states(answer))

    def _states(self, answer: list[Any]) -> tuple[dict[str, WindowState], str, WindowState]:
        def state(limit: Any, available: Any, refills: Any, source: Any) -> WindowState:
            return WindowState(
                None if int(limit) < 0 else int(limit),
                None if available == "" else int(float(available)),
                None if float(refills) < 0 else float(refills),
                source if source in SOURCES else "count",
            )

        states = {name: state(*answer[index * 4 : index * 4 + 4]) for index, name in enumerate(self._seconds)}
        hint_name, available, refills, source = answer[len(self._seconds) * 4 :]
        return states, str(hint_name) or "minute", state(-1, available, refills, source)

    def close(self) -> None:
        """Leave the fleets (so the others' shares grow), and close the sync connection pool."""
        self._link.close()

    async def aclose(self) -> None:
        """Close both connection pools, leaving the fleets (call it on the event loop the async clients ran on)."""
        await self._link.aclose()
