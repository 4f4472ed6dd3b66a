"""Live-events connections per account, counted in the rate-limit budget like requests are.

Euler closes a WebSocket beyond the account's plan with 4429 (published: 25 / 100 / 1,500+ concurrent for
Community / Business / Enterprise). A stream takes a connection slot before it connects and releases it when
the connection closes, so clients sharing a budget (in-process, or through Redis) stay under the limit instead
of learning it from 4429s. Slots are leases, renewed every third of the lease while held (by one daemon thread
per process), so a slot of a process that died frees itself when its lease runs out.

The limit is a setting of the budget (`live_connections=`, the smallest plan's by default), lowered for a
while (`LEARNED_FOR`) when the service answers 4429 anyway: to the number of other slots open at that moment.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
import uuid
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from ._redis_link import RoundTrip, local_only, redacted
from ._shares import DEFAULT_LIVE_CONNECTIONS, DEFAULT_LIVE_LEASE, Shares, check_share, check_slot_settings, scaled

if TYPE_CHECKING:
    from ._redis_link import RedisLink

__all__ = ["DEFAULT_LIVE_CONNECTIONS", "DEFAULT_LIVE_LEASE", "LocalSlots", "RedisSlots", "Slot", "SlotRefusal"]

logger = logging.getLogger("tiktok_live.live")

LEARNED_FOR = 3_600.0  # a limit learned from a 4429 holds this long (a plan may be upgraded meanwhile)
SLOT_POLL = 0.5  # a full budget is asked again after this long (or when the soonest lease runs out)


class Slot(NamedTuple):
    """One live-events connection's place in the budget. `shared`: taken in Redis (else in this process)."""

    id: str
    shared: bool = False


class SlotRefusal(NamedTuple):
    """No slot: `open` connections hold the key's `limit`; ask again in `retry_in` seconds."""

    open: int
    limit: int
    retry_in: float
    description: str


class ConnectionSlots(Protocol):
    description: str
    lease: float

    def take(self, key: str) -> Slot | SlotRefusal: ...

    async def atake(self, key: str) -> Slot | SlotRefusal: ...

    def renew(self, key: str, slot: Slot) -> None: ...

    def release(self, key: str, slot: Slot, *, refused: bool = False) -> int | None:
        """Frees `slot`. With `refused` (the service answered 4429), also learns the limit as the number of
        other slots open, and returns it (None when none is open: the budget cannot explain the refusal)."""
        ...

    async def arelease(self, key: str, slot: Slot, *, refused: bool = False) -> int | None: ...

    def open(self, key: str) -> tuple[int, int]:
        """Slots held on `key`, and its limit now."""
        ...


class LocalSlots:
    """The slots of the clients in this process that share one `LocalBudget`. `shares`: the shares it starts with
    (see `set_share`), its own from then on."""

    def __init__(
        self,
        live_connections: int = DEFAULT_LIVE_CONNECTIONS,
        live_lease: float = DEFAULT_LIVE_LEASE,
        *,
        description: str = "in-process",
        clock: Callable[[], float] = time.monotonic,
        shares: Shares | None = None,
    ) -> None:
        check_slot_settings(live_connections, live_lease)
        self.limit = live_connections
        self.lease = float(live_lease)
        self.description = description
        self._clock = clock
        self._held: dict[str, dict[str, float]] = {}  # key -> slot id -> when its lease runs out
        self._learned: dict[str, tuple[int, float]] = {}  # key -> (limit, until when)
        self._shares = Shares() if shares is None else shares
        self._lock = threading.Lock()

    @property
    def share(self) -> float:
        """The share of every key without one of its own (see `set_share`)."""
        return self._shares.default

    def set_share(self, fraction: float, key: str | None = None) -> None:
        """Hold `key` (without one: every key without a share of its own) to `fraction` of its limit, rounded
        down but never below 1 connection (see `LocalBudget.set_share`)."""
        fraction = check_share(fraction)
        with self._lock:
            self._shares.set(fraction, key)

    def _live(self, key: str, now: float) -> dict[str, float]:
        held = self._held.setdefault(key, {})
        for slot_id in [slot_id for slot_id, until in held.items() if until <= now]:
            del held[slot_id]
        return held

    def _limit(self, key: str, now: float) -> int:
        limit = self.limit
        learned = self._learned.get(key)
        if learned is not None and learned[1] > now:
            limit = min(limit, learned[0])
        return scaled(limit, self._shares.of(key))

    def take(self, key: str) -> Slot | SlotRefusal:
        with self._lock:
            now = self._clock()
            held, limit = self._live(key, now), self._limit(key, now)
            if len(held) >= limit:
                soonest = min(held.values()) - now
                return SlotRefusal(len(held), limit, max(min(SLOT_POLL, soonest), 0.0), self.description)
            slot = Slot(uuid.uuid4().hex)
            held[slot.id] = now + self.lease
            return slot

    async def atake(self, key: str) -> Slot | SlotRefusal:
        return self.take(key)

    def renew(self, key: str, slot: Slot) -> None:
        with self._lock:
            self._held.setdefault(key, {})[slot.id] = self._clock() + self.lease

    def release(self, key: str, slot: Slot, *, refused: bool = False) -> int | None:
        with self._lock:
            now = self._clock()
            held = self._live(key, now)
            held.pop(slot.id, None)
            if refused and held:
                self._learned[key] = (len(held), now + LEARNED_FOR)
                return len(held)
            return None

    async def arelease(self, key: str, slot: Slot, *, refused: bool = False) -> int | None:
        return self.release(key, slot, refused=refused)

    def open(self, key: str) -> tuple[int, int]:
        with self._lock:
            now = self._clock()
            return len(self._live(key, now)), self._limit(key, now)


# KEYS: the slots (zset: slot id -> when its lease runs out, by Redis's clock), the learned limit (string).
# ARGV: the configured limit, the lease in seconds, the slot id. Returns {1, open, limit} or
# {0, open, limit, seconds until the soonest lease runs out}.
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.6f', now))
local limit = tonumber(ARGV[1])
local learned = tonumber(redis.call('GET', KEYS[2]) or '-1')
if learned > 0 and learned < limit then limit = learned end
local open = redis.call('ZCARD', KEYS[1])
if open >= limit then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, open, limit, string.format('%.6f', tonumber(first[2]) - now)}
end
local lease = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], string.format('%.6f', now + lease), ARGV[3])
local ttl = math.ceil(lease * 1000)
if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
return {1, open + 1, limit, '0'}
"""

# KEYS as for _TAKE. ARGV: the lease, the slot id.
_RENEW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local lease = tonumber(ARGV[1])
redis.call('ZADD', KEYS[1], string.format('%.6f', now + lease), ARGV[2])
local ttl = math.ceil(lease * 1000)
if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
return 1
"""

# KEYS as for _TAKE. ARGV: the slot id, 1 when the service refused it (4429), how long a learned limit holds (ms).
# Returns the learned limit, or -1.
_RELEASE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREM', KEYS[1], ARGV[1])
if ARGV[2] ~= '1' then return -1 end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.6f', now))
local open = redis.call('ZCARD', KEYS[1])
if open == 0 then return -1 end
redis.call('SET', KEYS[2], open, 'PX', ARGV[3])
return open
"""

# KEYS as for _TAKE. ARGV: the configured limit. Returns {open, limit}.
_OPEN = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local open = redis.call('ZCOUNT', KEYS[1], '(' .. string.format('%.6f', now), '+inf')
local limit = tonumber(ARGV[1])
local learned = tonumber(redis.call('GET', KEYS[2]) or '-1')
if learned > 0 and learned < limit then limit = learned end
return {open, limit}
"""


class RedisSlots:
    """The slots shared through a `RedisBudget`'s Redis (its `link`), under keys named by the hash of the API key.
    While Redis is unreachable, slots are taken from `local`, the budget's in-process fallback (as requests are)."""

    def __init__(self, link: RedisLink, local: LocalSlots, live_connections: int, live_lease: float) -> None:
        check_slot_settings(live_connections, live_lease)
        self._link = link
        self._local = local
        self.limit = live_connections
        self.lease = float(live_lease)
        self.description = f"shared through Redis at {redacted(link.url)}"

    def _keys(self, key: str) -> list[str]:
        base = f"{self._link.prefix}:{key}"
        return [f"{base}:live-slots", f"{base}:live-limit"]

    def take(self, key: str) -> Slot | SlotRefusal:
        return self._link.eval_or_fallback(self._taking(key))  # type: ignore[no-any-return]

    async def atake(self, key: str) -> Slot | SlotRefusal:
        return await self._link.aeval_or_fallback(self._taking(key))  # type: ignore[no-any-return]

    def _taking(self, key: str) -> RoundTrip:
        slot = Slot(uuid.uuid4().hex, shared=True)

        def outcome(answer: Any) -> Slot | SlotRefusal:
            if int(answer[0]) == 1:
                return slot
            retry_in = max(min(SLOT_POLL, float(answer[3])), 0.0)
            return SlotRefusal(int(answer[1]), int(answer[2]), retry_in, self.description)

        args = [self.limit, self.lease, slot.id]
        return RoundTrip(_TAKE, self._keys(key), args, then=outcome, fallback=lambda: self._local.take(key), join=key)

    def renew(self, key: str, slot: Slot) -> None:
        if not slot.shared:
            self._local.renew(key, slot)
        else:
            self._link.eval_or_fallback(RoundTrip(_RENEW, self._keys(key), [self.lease, slot.id]))

    def release(self, key: str, slot: Slot, *, refused: bool = False) -> int | None:
        return self._link.eval_or_fallback(self._releasing(key, slot, refused))  # type: ignore[no-any-return]

    async def arelease(self, key: str, slot: Slot, *, refused: bool = False) -> int | None:
        return await self._link.aeval_or_fallback(self._releasing(key, slot, refused))  # type: ignore[no-any-return]

    def _releasing(self, key: str, slot: Slot, refused: bool) -> RoundTrip:
        """A slot taken in Redis is released there (when Redis is away, it frees itself when its lease runs out);
        one taken on the fallback, on the fallback."""
        if not slot.shared:
            return local_only(lambda: self._local.release(key, slot, refused=refused))
        args = [slot.id, int(refused), int(LEARNED_FOR * 1000)]
        return RoundTrip(_RELEASE, self._keys(key), args, then=_learned_limit)

    def open(self, key: str) -> tuple[int, int]:
        local = functools.partial(self._local.open, key)
        trip = RoundTrip(_OPEN, self._keys(key), [self.limit], then=_open_and_limit, fallback=local)
        return self._link.eval_or_fallback(trip)  # type: ignore[no-any-return]


def _learned_limit(answer: Any) -> int | None:
    return None if int(answer) < 0 else int(answer)


def _open_and_limit(answer: Any) -> tuple[int, int]:
    return int(answer[0]), int(answer[1])


class _Renewer:
    """One daemon thread per process renews every held lease once a third of it has passed (not a thread per
    stream: an Enterprise plan holds 1,500 connections)."""

    def __init__(self) -> None:
        self._leases: set[Lease] = set()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def add(self, lease: Lease) -> None:
        with self._wake:
            self._leases.add(lease)
            if self._thread is None or not self._thread.is_alive():  # not alive: in a child after fork()
                self._thread = threading.Thread(target=self._run, name="tiktok-live-leases", daemon=True)
                self._thread.start()
            self._wake.notify()

    def discard(self, lease: Lease) -> None:
        with self._wake:
            self._leases.discard(lease)

    def _run(self) -> None:
        while True:
            with self._wake:
                if not self._leases:
                    self._thread = None
                    return
                now = time.monotonic()
                due = [lease for lease in self._leases if lease.due <= now]
                if not due:
                    self._wake.wait(min(lease.due for lease in self._leases) - now)
                    continue
            for lease in due:  # outside the lock: a renewal is a Redis round trip
                lease.renew()


class Lease:
    """A slot a stream holds: renewed every third of the lease until released (once), or until `holder` is
    garbage (a stream dropped unclosed: its lease then runs out instead of being renewed forever)."""

    def __init__(self, slots: ConnectionSlots, key: str, slot: Slot, holder: object = None) -> None:
        self.slots, self.key, self.slot = slots, key, slot
        self._holder = None if holder is None else weakref.ref(holder)
        self._lock = threading.Lock()
        self._released = False
        self.due = time.monotonic() + slots.lease / 3
        _RENEWER.add(self)

    def renew(self) -> None:
        with self._lock:  # not while a release runs: the renewal would put the released slot back
            if self._released or (self._holder is not None and self._holder() is None):
                _RENEWER.discard(self)
                return
            try:
                self.slots.renew(self.key, self.slot)
            except Exception as error:  # a lost renewal only lets the lease run out early
                logger.debug("could not renew a live-events connection slot: %s", type(error).__name__)
            self.due = time.monotonic() + self.slots.lease / 3

    def _release_once(self) -> bool:
        with self._lock:
            first, self._released = not self._released, True
        _RENEWER.discard(self)
        return first

    def release(self, *, refused: bool = False) -> int | None:
        return self.slots.release(self.key, self.slot, refused=refused) if self._release_once() else None

    async def arelease(self, *, refused: bool = False) -> int | None:
        if not self._release_once():
            return None
        return await self.slots.arelease(self.key, self.slot, refused=refused)


_RENEWER = _Renewer()
