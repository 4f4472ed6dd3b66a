"""`RedisBudget`: the budget of `_budget.py` shared by every process that points at one Redis.

Each take is one Lua script run (atomic in Redis: no two processes can both take the last request of a
window), timed by Redis's clock so machines with skewed clocks agree. Per key, filed under a hash of the API
key, Redis holds the model of each window (a hash) and the requests in flight (sorted sets).

Redis trouble is never the caller's outage: when Redis cannot be reached or answers slower than
`socket_timeout`, the limiter falls back to its own `LocalBudget` (which keeps learning from answers
meanwhile), and tries Redis again after a backoff (doubling from 1 s to 30 s), on a later call. The first
outage of a limiter is logged as a warning, later ones at INFO, each recovery ("shared again") once at INFO.

On the fallback a process keeps to its share of the plan: every limiter joins the key's fleet in Redis (a
random member id, leased for `FLEET_LEASE` seconds and renewed by its takes at most every `FLEET_HEARTBEAT`
seconds), remembers how many members it last saw, and while Redis is unreachable lets its `LocalBudget`
through only 1/that of each limit (`LocalBudget.set_share`), so a whole fleet on the fallback stays within
the plan. A process that joined within the last heartbeat may not be counted by the others yet.
"""

from __future__ import annotations

import contextlib
import logging
import math
import threading
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._budget import (
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
from ._live_slots import DEFAULT_LIVE_CONNECTIONS, DEFAULT_LIVE_LEASE, RedisSlots

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["RedisBudget"]

logger = logging.getLogger("tiktok_live")

_SCHEMES = ("redis", "rediss", "unix")
DEFAULT_PREFIX = "tiktok-live:budget"
DEFAULT_REDIS_TIMEOUT = 0.5
_FIRST_BACKOFF, _MAX_BACKOFF = 1.0, 30.0
# A limiter renews its membership of a key's fleet at most this often (on takes); a member that has not
# renewed for FLEET_LEASE seconds (by Redis's clock) has left.
FLEET_HEARTBEAT = 5.0
FLEET_LEASE = 60.0

# KEYS: the fleet (zset: member id -> when its lease runs out, by Redis's clock). ARGV: member id, lease
# seconds. Drops expired members, renews this one; returns how many members the fleet has.
_JOIN = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local lease = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.6f', now))
redis.call('ZADD', KEYS[1], string.format('%.6f', now + lease), ARGV[1])
redis.call('PEXPIRE', KEYS[1], math.ceil(lease * 1000))
return redis.call('ZCARD', KEYS[1])
"""

# The model of `_budget.py`, in Lua so that each take or learn is one atomic step in Redis, timed by Redis's
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


def _redacted(url: str) -> str:
    """host:port/db of a Redis URL, without a password."""
    rest = url.split("://", 1)[-1]
    return rest.rsplit("@", 1)[-1].split("?", 1)[0]


def _import_redis() -> Any:
    try:
        import redis
    except ImportError:
        raise ImportError(
            "a shared rate-limit budget needs the redis client: pip install 'tiktok-live[redis]'"
        ) from None
    return redis


async def _awaited(pending: Any) -> Any:
    """The answer of a `redis.asyncio` command (its type stubs mix awaitables and plain values)."""
    return await pending


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
        self._redis_module = _import_redis()
        self.url = url
        self.prefix = prefix
        self.socket_timeout = float(socket_timeout)
        self.time_scale = float(time_scale)
        self.margin = float(margin)
        self.description = f"shared through Redis at {_redacted(url)}"
        self._clock = clock or time.monotonic
        self.local = LocalBudget(
            time_scale=time_scale, margin=margin, seed=seed, live_connections=live_connections, live_lease=live_lease
        )
        self.slots = RedisSlots(self, live_connections, live_lease)
        self._seconds = {name: seconds * self.time_scale for name, seconds in WINDOW_SECONDS.items()}
        self._spans = {name: seconds + self.margin for name, seconds in self._seconds.items()}
        self._window_args: list[Any] = [len(self._spans)]
        for name, span in self._spans.items():
            self._window_args += [name, span]
        self._window_args += [self.margin, self.time_scale]
        self._lock = threading.Lock()
        self._sync: redis.Redis | None = None
        self._async: redis.asyncio.Redis | None = None
        self._async_loop: object = None
        self._down_until = 0.0
        self._backoff = _FIRST_BACKOFF
        self._warned = False
        self._down = False
        # This limiter in each key's fleet: a random id (never derived from the key), the fleet size it last
        # saw per key, and when its membership is next renewed.
        self.member = uuid.uuid4().hex
        self._fleet: dict[str, int] = {}
        self._next_beat: dict[str, float] = {}

    def __repr__(self) -> str:
        return f"RedisBudget({_redacted(self.url)!r}, prefix={self.prefix!r})"

    @property
    def location(self) -> str:
        """host:port/db of the Redis URL, without a password."""
        return _redacted(self.url)

    # -- connections ------------------------------------------------------------------------------------

    def _options(self) -> dict[str, Any]:
        return {
            "socket_timeout": self.socket_timeout,
            "socket_connect_timeout": self.socket_timeout,
            "retry_on_timeout": False,
            "decode_responses": True,
        }

    def _sync_client(self) -> redis.Redis:
        with self._lock:
            if self._sync is None:
                self._sync = self._redis_module.Redis.from_url(self.url, **self._options())
            return self._sync

    def _async_client(self) -> redis.asyncio.Redis:
        import asyncio

        import redis.asyncio

        loop = asyncio.get_running_loop()
        # An asyncio Redis client belongs to the loop it first ran on.
        if self._async is None or self._async_loop is not loop:
            self._async = redis.asyncio.Redis.from_url(self.url, **self._options())
            self._async_loop = loop
        return self._async

    def _keys(self, key: str) -> list[str]:
        base = f"{self.prefix}:{key}"
        return [f"{base}:state", f"{base}:flight", f"{base}:deadlines"]

    def _usable(self) -> bool:
        return self._clock() >= self._down_until

    @property
    def shared(self) -> bool:
        """False while Redis is unreachable and this limiter runs on its own `LocalBudget`."""
        return not self._down

    def fleet_size(self, key: str) -> int | None:
        """How many limiters (processes) this one last saw using `key` through Redis (None: not yet seen)."""
        return self._fleet.get(key)

    def _fleet_key(self, key: str) -> str:
        return f"{self.prefix}:{key}:fleet"

    def _beat_due(self, key: str) -> bool:
        return self._clock() >= self._next_beat.get(key, -math.inf)

    def _joined(self, key: str, size: Any) -> None:
        with self._lock:
            self._fleet[key] = max(int(size), 1)
            self._next_beat[key] = self._clock() + FLEET_HEARTBEAT

    def _join(self, client: redis.Redis, key: str) -> None:
        """Renews this limiter's membership of `key`'s fleet, when due (raises what Redis raises)."""
        if self._beat_due(key):
            self._joined(key, client.eval(_JOIN, 1, self._fleet_key(key), self.member, FLEET_LEASE))

    async def _ajoin(self, client: redis.asyncio.Redis, key: str) -> None:
        if self._beat_due(key):
            size = await _awaited(client.eval(_JOIN, 1, self._fleet_key(key), self.member, FLEET_LEASE))
            self._joined(key, size)

    def _failed(self, error: Exception) -> None:
        with self._lock:
            retry_in = self._backoff
            self._down_until = self._clock() + retry_in
            self._backoff = min(self._backoff * 2, _MAX_BACKOFF)
            outage, self._down = not self._down, True
            first = outage and not self._warned
            self._warned = self._warned or outage
            self._sync = None
            self._async = None
            fleet = dict(self._fleet) if outage else {}
            if outage:
                self._next_beat.clear()  # rejoin the fleet on the first call Redis answers again
        for key, size in fleet.items():  # each process of the fleet keeps to its share of the plan
            self.local.set_share(1.0 / size, key)
        if not outage:  # a retry during the same outage
            logger.debug("Redis at %s is still unreachable; next try in %g s", _redacted(self.url), retry_in)
            return
        # One warning per limiter, not one per call (or per outage); later outages are logged at INFO.
        log = logger.warning if first else logger.info
        log(
            "Redis at %s is unreachable (%s); using this process's own rate-limit budget until it answers again",
            _redacted(self.url),
            type(error).__name__,
        )

    def _recovered(self) -> None:
        if not self._down:
            return
        with self._lock:
            if not self._down:  # another thread saw the recovery first
                return
            self._down = False
            self._backoff = _FIRST_BACKOFF
            fleet = list(self._fleet)
        for key in fleet:
            self.local.set_share(1.0, key)
        logger.info("Redis at %s answers again; the rate-limit budget is shared again", _redacted(self.url))

    def _errors(self) -> tuple[type[Exception], ...]:
        return (self._redis_module.RedisError, OSError)

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

    def _take_args(self, key: str, ignore_closed: bool) -> list[Any]:
        return [*self._keys(key), *self._window_args, int(ignore_closed), HOLD_SECONDS, PROBE_POLL]

    def take(self, key: str, *, ignore_closed: bool = False) -> Ticket | Refusal:
        if self._usable():
            try:
                client = self._sync_client()
                self._join(client, key)
                answer = client.eval(_TAKE, 3, *self._take_args(key, ignore_closed))
            except self._errors() as error:
                self._failed(error)
            else:
                self._recovered()
                return self._outcome(answer)
        return self.local.take(key, ignore_closed=ignore_closed)

    async def atake(self, key: str, *, ignore_closed: bool = False) -> Ticket | Refusal:
        if self._usable():
            try:
                aclient = self._async_client()
                await self._ajoin(aclient, key)
                answer = await _awaited(aclient.eval(_TAKE, 3, *self._take_args(key, ignore_closed)))
            except self._errors() as error:
                self._failed(error)
            else:
                self._recovered()
                return self._outcome(answer)
        return self.local.take(key, ignore_closed=ignore_closed)

    def learn(self, key: str, observation: Observation, ticket: Ticket | None = None) -> None:
        if not observation and ticket is None:
            return
        self.local.learn(key, observation, ticket)
        if self._usable():
            try:
                self._sync_client().eval(_LEARN, 3, *self._keys(key), *self._learn_args(observation, ticket))
            except self._errors() as error:
                self._failed(error)
            else:
                self._recovered()

    async def alearn(self, key: str, observation: Observation, ticket: Ticket | None = None) -> None:
        if not observation and ticket is None:
            return
        self.local.learn(key, observation, ticket)
        if self._usable():
            try:
                args = self._learn_args(observation, ticket)
                await _awaited(self._async_client().eval(_LEARN, 3, *self._keys(key), *args))
            except self._errors() as error:
                self._failed(error)
            else:
                self._recovered()

    def windows(self, key: str) -> list[WindowBudget]:
        """The shared windows (the local ones while Redis is unreachable)."""
        if self._usable():
            try:
                answer = self._sync_client().eval(_WINDOWS, 3, *self._keys(key), *self._window_args)
            except self._errors() as error:
                self._failed(error)
            else:
                self._recovered()
                return window_views(self._spans, *self._states(answer))
        return self.local.windows(key)

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

    def _leaving(self) -> list[str]:
        """The fleets this limiter leaves on close (it is counted in none of them afterwards)."""
        with self._lock:
            keys = list(self._fleet) if not self._down else []
            self._next_beat.clear()
        return [self._fleet_key(key) for key in keys]

    def close(self) -> None:
        """Leave the fleets (so the others' shares grow), and close the sync connection pool."""
        fleets = self._leaving() if self._sync is not None else []
        with self._lock:
            client, self._sync = self._sync, None
        if client is not None:
            for fleet in fleets:
                with contextlib.suppress(*self._errors()):
                    client.zrem(fleet, self.member)
            client.close()

    async def aclose(self) -> None:
        """Close both connection pools, leaving the fleets (call it on the event loop the async clients ran on)."""
        fleets = self._leaving() if self._sync is None and self._async is not None else []
        self.close()
        client, self._async, self._async_loop = self._async, None, None
        if client is not None:
            for fleet in fleets:
                with contextlib.suppress(*self._errors()):
                    await _awaited(client.zrem(fleet, self.member))
            await client.aclose()
