"""A limiter's link to Redis: its connections, the fleet it belongs to, and what it does while Redis is away.

Redis trouble is never the caller's outage: when Redis cannot be reached or answers slower than `socket_timeout`,
`eval_or_fallback` answers with the caller's fallback (the limiter's own in-process budget) instead, and Redis is
tried again after a backoff (doubling from 1 s to 30 s), on a later call. The first outage of a link is logged as a
warning, later ones at INFO, each recovery ("shared again") once at INFO.

The fleet: every limiter joins each key's fleet in Redis (a random member id, leased for `FLEET_LEASE` seconds and
renewed, on the calls that say `join=key`, at most every `FLEET_HEARTBEAT` seconds) and remembers how many members
it last saw. While Redis is unreachable the link tells its owner (`set_share`) to let through only 1/that of each
limit, so a whole fleet on the fallback stays within the plan; back to 1 once Redis answers again.

One round trip is one flow (`_round_trip`), driven by `_drive.drive` or `adrive`: the sync and async methods differ
only in the Redis client they call. This module imports nothing of the package but the drivers.
"""

from __future__ import annotations

import logging
import math
import threading
import uuid
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, NamedTuple

from .._drive import Handlers, adrive, drive

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["FLEET_HEARTBEAT", "FLEET_LEASE", "RedisLink", "RoundTrip", "local_only", "redacted"]

logger = logging.getLogger("tiktok_live")

_FIRST_BACKOFF, _MAX_BACKOFF = 1.0, 30.0
# A limiter renews its membership of a key's fleet at most this often; a member that has not renewed for
# FLEET_LEASE seconds (by Redis's clock) has left.
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


def redacted(url: str) -> str:
    """host:port/db of a Redis URL, without a password."""
    rest = url.split("://", 1)[-1]
    return rest.rsplit("@", 1)[-1].split("?", 1)[0]


def _ignored(answer: Any) -> None:
    return None


def _nothing() -> None:
    return None


class RoundTrip(NamedTuple):
    """One question to Redis: `script` run with `keys` and `args`; what to make of its answer (`then`), or what to
    answer instead when Redis does not (`fallback`); and the key whose fleet to renew this limiter's membership of
    first, when due (`join`). It is also the step a round trip's flow yields for each script it runs."""

    script: str
    keys: list[str]
    args: list[Any]
    then: Callable[[Any], Any] = _ignored
    fallback: Callable[[], Any] = _nothing
    join: str | None = None

    @property
    def eval_args(self) -> list[Any]:
        """The arguments of `eval` for this round trip's script."""
        return [self.script, len(self.keys), *self.keys, *self.args]


def local_only(fallback: Callable[[], Any]) -> RoundTrip:
    """A round trip that asks Redis nothing and answers `fallback()` (what the limiter holds itself)."""
    return RoundTrip("", [], [], fallback=fallback)


_UNANSWERED = object()  # a round trip's result when Redis did not answer (or was not asked)


class RedisLink:
    """The Redis connections of one limiter (`url`, each round trip bounded by `socket_timeout` seconds), the
    fleets it is in (keys under `prefix`), and its fallback state. `set_share(fraction, key)` holds the owner's
    fallback to its share of the plan; `clock` (monotonic seconds) times the backoff and the heartbeat."""

    def __init__(
        self,
        url: str,
        *,
        prefix: str,
        socket_timeout: float,
        clock: Callable[[], float],
        set_share: Callable[[float, str], None],
        redis_module: Any,
    ) -> None:
        self.url = url
        self.prefix = prefix
        self.socket_timeout = socket_timeout
        self._clock = clock
        self._set_share = set_share
        self._redis_module = redis_module
        self.errors: tuple[type[Exception], ...] = (redis_module.RedisError, OSError)
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
        # The I/O of a round trip's steps (`_round_trip`), for `drive` and `adrive`.
        self._sync_steps: Handlers = {RoundTrip: lambda trip: self.sync_client().eval(*trip.eval_args)}
        self._async_steps: Handlers = {RoundTrip: lambda trip: self.async_client().eval(*trip.eval_args)}

    # -- connections ------------------------------------------------------------------------------------

    def _options(self) -> dict[str, Any]:
        return {
            "socket_timeout": self.socket_timeout,
            "socket_connect_timeout": self.socket_timeout,
            "retry_on_timeout": False,
            "decode_responses": True,
        }

    def sync_client(self) -> redis.Redis:
        with self._lock:
            if self._sync is None:
                self._sync = self._redis_module.Redis.from_url(self.url, **self._options())
            return self._sync

    def async_client(self) -> redis.asyncio.Redis:
        import asyncio

        import redis.asyncio

        loop = asyncio.get_running_loop()
        # An asyncio Redis client belongs to the loop it first ran on.
        if self._async is None or self._async_loop is not loop:
            self._async = redis.asyncio.Redis.from_url(self.url, **self._options())
            self._async_loop = loop
        return self._async

    @property
    def shared(self) -> bool:
        """False while Redis is unreachable (the owner then runs on its fallback)."""
        return not self._down

    # -- round trips --------------------------------------------------------------------------------------

    def eval_or_fallback(self, trip: RoundTrip) -> Any:
        """`trip.then(answer)` of its script run in Redis, or `trip.fallback()` when Redis is not answering (or
        the trip has no script: `local_only`)."""
        answer = drive(self._round_trip(trip), self._sync_steps, throws=self.errors)
        return trip.fallback() if answer is _UNANSWERED else trip.then(answer)

    async def aeval_or_fallback(self, trip: RoundTrip) -> Any:
        """`eval_or_fallback` on the event loop's Redis client."""
        answer = await adrive(self._round_trip(trip), self._async_steps, throws=self.errors)
        return trip.fallback() if answer is _UNANSWERED else trip.then(answer)

    def _round_trip(self, trip: RoundTrip) -> Generator[RoundTrip, Any, Any]:
        if not trip.script or self._clock() < self._down_until:  # failed lately: not asked before the backoff ends
            return _UNANSWERED
        try:
            join = trip.join
            if join is not None and self._clock() >= self._next_beat.get(join, -math.inf):
                size = yield RoundTrip(_JOIN, [self._fleet_key(join)], [self.member, FLEET_LEASE])
                with self._lock:
                    self._fleet[join] = max(int(size), 1)
                    self._next_beat[join] = self._clock() + FLEET_HEARTBEAT
            answer = yield trip
        except self.errors as error:
            self._failed(error)
            return _UNANSWERED
        self._recovered()
        return answer

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
            self._set_share(1.0 / size, key)
        if not outage:  # a retry during the same outage
            logger.debug("Redis at %s is still unreachable; next try in %g s", redacted(self.url), retry_in)
            return
        # One warning per limiter, not one per call (or per outage); later outages are logged at INFO.
        log = logger.warning if first else logger.info
        log(
            "Redis at %s is unreachable (%s); using this process's own rate-limit budget until it answers again",
            redacted(self.url),
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
            self._set_share(1.0, key)
        logger.info("Redis at %s answers again; the rate-limit budget is shared again", redacted(self.url))

    # -- the fleet ----------------------------------------------------------------------------------------

    def fleet_size(self, key: str) -> int | None:
        return self._fleet.get(key)

    def _fleet_key(self, key: str) -> str:
        return f"{self.prefix}:{key}:fleet"

    def _leaving(self) -> list[str]:
        """The fleets this limiter leaves on close (it is counted in none of them afterwards)."""
        with self._lock:
            keys = list(self._fleet) if not self._down else []
            self._next_beat.clear()
        return [self._fleet_key(key) for key in keys]

    def close(self) -> None:
        """Leave the fleets (so the others' shares grow), and close the sync connection pool."""
        import contextlib

        fleets = self._leaving() if self._sync is not None else []
        with self._lock:
            client, self._sync = self._sync, None
        if client is not None:
            for fleet in fleets:
                with contextlib.suppress(*self.errors):
                    client.zrem(fleet, self.member)
            client.close()

    async def aclose(self) -> None:
        """Close both connection pools, leaving the fleets (call it on the event loop the async clients ran on)."""
        import contextlib

        fleets = self._leaving() if self._sync is None and self._async is not None else []
        self.close()
        client, self._async, self._async_loop = self._async, None, None
        if client is not None:
            for fleet in fleets:
                with contextlib.suppress(*self.errors):
                    await client.zrem(fleet, self.member)
            await client.aclose()
