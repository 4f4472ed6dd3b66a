"""`RedisBudget`: the budget of `_budget.py` shared by every process that points at one Redis.

Each take is one Lua script run (atomic in Redis: no two processes can both take the last request of a
window), timed by Redis's clock so machines with skewed clocks agree. Per key, filed under a hash of the API
key, Redis holds: the send times (a sorted set), the learned limits and the windows a 429 closed (hashes).

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
from typing import TYPE_CHECKING, Any, cast

from ._budget import (
    DEFAULT_MARGIN,
    WINDOW_SECONDS,
    LocalBudget,
    Observation,
    Refusal,
    SeedState,
    Ticket,
    WindowBudget,
    check_scale,
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
# How long a request in flight counts as "now" if its process dies before it is answered.
HOLD_SECONDS = 60.0
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

# KEYS: sent (zset: ticket -> when it was answered, or for one in flight when it was taken + HOLD, so that it
# counts as "now" until answered), limits (hash), closed (hash), sequence (string).
# ARGV: margin, 1 to pass windows a 429 closed (else 0), HOLD, then (window name, window seconds) pairs.
# Returns {1, ticket} or {0, window, seconds as text, limit (-1 for a window a 429 closed)}.
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local margin = tonumber(ARGV[1])
local longest = 0
local worst, worst_wait, worst_limit = false, -1, -1
for i = 4, #ARGV, 2 do
  local name, span = ARGV[i], tonumber(ARGV[i + 1]) + margin
  if span > longest then longest = span end
  local closed = 0
  if ARGV[2] == '0' then closed = tonumber(redis.call('HGET', KEYS[3], name) or '0') - now end
  if closed > 0 and closed > worst_wait then worst, worst_wait, worst_limit = name, closed, -1 end
  local limit = tonumber(redis.call('HGET', KEYS[2], name) or '-1')
  if limit >= 0 then
    local count = redis.call('ZCOUNT', KEYS[1], '(' .. string.format('%.6f', now - span), '+inf')
    if count >= limit then
      local wait = span
      if limit > 0 then
        local oldest = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. string.format('%.6f', now - span), '+inf',
          'WITHSCORES', 'LIMIT', count - limit, 1)
        wait = math.min(tonumber(oldest[2]), now) + span - now
      end
      if wait > worst_wait then worst, worst_wait, worst_limit = name, wait, limit end
    end
  end
end
if worst then return {0, worst, string.format('%.6f', worst_wait), worst_limit} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.6f', now - longest))
local ticket = redis.call('INCR', KEYS[4])
redis.call('ZADD', KEYS[1], string.format('%.6f', now + tonumber(ARGV[3])), ticket)
local ttl = math.ceil((longest + tonumber(ARGV[3])) * 1000)
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('PEXPIRE', KEYS[4], ttl)
return {1, tostring(ticket)}
"""

# KEYS as for _TAKE. ARGV: margin, the ticket answered ('' for none), then (name, seconds, limit, remaining,
# closed_for) per window, each of the last three -1 when the answer did not say.
_LEARN = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local margin = tonumber(ARGV[1])
if ARGV[2] ~= '' then redis.call('ZADD', KEYS[1], 'XX', string.format('%.6f', now), ARGV[2]) end
local keep = 0
for i = 3, #ARGV, 5 do
  local name, span = ARGV[i], tonumber(ARGV[i + 1]) + margin
  local limit, left, closed_for = tonumber(ARGV[i + 2]), tonumber(ARGV[i + 3]), tonumber(ARGV[i + 4])
  if span > keep then keep = span end
  if limit >= 0 then redis.call('HSET', KEYS[2], name, limit) end
  limit = tonumber(redis.call('HGET', KEYS[2], name) or '-1')
  if left >= 0 and limit >= 0 then
    local count = redis.call('ZCOUNT', KEYS[1], '(' .. string.format('%.6f', now - span), '+inf')
    local missing = limit - left - count
    while missing > 0 do
      local batch = {}
      for _ = 1, math.min(missing, 500) do
        table.insert(batch, string.format('%.6f', now))
        table.insert(batch, redis.call('INCR', KEYS[4]))
      end
      redis.call('ZADD', KEYS[1], unpack(batch))
      missing = missing - 500
    end
  end
  if closed_for >= 0 then
    local until_ = now + closed_for
    if until_ > tonumber(redis.call('HGET', KEYS[3], name) or '0') then
      redis.call('HSET', KEYS[3], name, string.format('%.6f', until_))
    end
  end
end
local ttl = math.ceil(keep * 1000)
for k = 1, 4 do
  if redis.call('EXISTS', KEYS[k]) == 1 then redis.call('PEXPIRE', KEYS[k], ttl) end
end
return 1
"""

# KEYS as for _TAKE. ARGV: (name, seconds) pairs. Returns, per window: limit (-1 unknown), used, refills in,
# closed for (seconds as text, -1 when none).
_WINDOWS = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local out = {}
for i = 1, #ARGV, 2 do
  local name, span = ARGV[i], tonumber(ARGV[i + 1])
  local start = '(' .. string.format('%.6f', now - span)
  local used = redis.call('ZCOUNT', KEYS[1], start, '+inf')
  local refills = -1
  if used > 0 then
    local oldest = redis.call('ZRANGEBYSCORE', KEYS[1], start, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
    refills = math.min(tonumber(oldest[2]), now) + span - now
  end
  local closed = tonumber(redis.call('HGET', KEYS[3], name) or '0') - now
  table.insert(out, tonumber(redis.call('HGET', KEYS[2], name) or '-1'))
  table.insert(out, used)
  table.insert(out, string.format('%.6f', refills))
  table.insert(out, string.format('%.6f', closed))
end
return out
"""


def check_redis_url(url: str, argument: str = "rate_limiter") -> None:
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
        self._window_args: list[Any] = []
        for name, seconds in self._seconds.items():
            self._window_args += [name, seconds]
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
        return [f"{base}:sent", f"{base}:limits", f"{base}:closed", f"{base}:seq"]

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
            size = await cast(Any, client.eval(_JOIN, 1, self._fleet_key(key), self.member, FLEET_LEASE))
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
            return Ticket(str(answer[1]))
        limit = int(answer[3])
        return Refusal(str(answer[1]), max(float(answer[2]), 0.0), None if limit < 0 else limit)

    def _learn_args(self, observation: Observation, ticket: Ticket | None) -> list[Any]:
        args: list[Any] = [self.margin, "" if ticket is None else ticket.id]
        for name, seconds in self._seconds.items():
            args += [
                name,
                seconds,
                observation.limits.get(name, -1),
                observation.remaining.get(name, -1),
                observation.closed_for.get(name, -1),
            ]
        return args

    def _take_args(self, key: str, ignore_closed: bool) -> list[Any]:
        return [*self._keys(key), self.margin, int(ignore_closed), HOLD_SECONDS, *self._window_args]

    def take(self, key: str, *, ignore_closed: bool = False) -> Ticket | Refusal:
        if self._usable():
            try:
                client = self._sync_client()
                self._join(client, key)
                answer = client.eval(_TAKE, 4, *self._take_args(key, ignore_closed))
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
                answer = await cast(Any, aclient.eval(_TAKE, 4, *self._take_args(key, ignore_closed)))
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
                self._sync_client().eval(_LEARN, 4, *self._keys(key), *self._learn_args(observation, ticket))
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
                await cast(Any, self._async_client().eval(_LEARN, 4, *self._keys(key), *args))
            except self._errors() as error:
                self._failed(error)
            else:
                self._recovered()

    def windows(self, key: str) -> list[WindowBudget]:
        """The shared windows (the local ones while Redis is unreachable)."""
        if self._usable():
            args: list[Any] = []
            for name, seconds in self._seconds.items():
                args += [name, seconds + self.margin]
            try:
                answer = self._sync_client().eval(_WINDOWS, 4, *self._keys(key), *args)
            except self._errors() as error:
                self._failed(error)
            else:
                self._recovered()
                views = []
                for index, name in enumerate(self._seconds):
                    raw_limit, used, refills, closed = answer[index * 4 : index * 4 + 4]
                    limit = None if int(raw_limit) < 0 else int(raw_limit)
                    refills_in = float(refills) if float(refills) >= 0 else None
                    remaining = None if limit is None else max(limit - int(used), 0)
                    if float(closed) > 0:
                        remaining, refills_in = 0, max(float(closed), refills_in or 0.0)
                    span = self._seconds[name] + self.margin
                    views.append(WindowBudget(name, span, limit, int(used), remaining, refills_in))
                return views
        return self.local.windows(key)

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
                    await cast(Any, client.zrem(fleet, self.member))
            await client.aclose()
