"""A fleet of watches sharing one creator set through Redis (`watch_creators(coordinator="redis://...")`).

Every process that watches with the same Redis and `fleet` name adds its creators to one set; each creator is
owned by exactly one process at a time through a lease (a Redis key that expires), shared out evenly among the
processes alive (each renews its membership and leases every quarter of `lease`, and takes unowned creators up
to its even share). A process that dies stops renewing: its leases expire within two thirds of `lease` and the
others take its creators over at their next turn, so within one `lease`. A creator's last known state (live in
which room, or not) and numeric id are kept in Redis, so whoever owns them next neither reports a transition
again nor resolves them again.

Transitions are appended to a Redis stream (`<prefix>:transitions`, fields `event` `went_live`/`went_offline`,
`creator`, `room_id`, `at`, `watcher`) by a script that checks, in one step, that the caller still owns the
creator and that the state changes: each transition is appended once, whoever saw it, and a process that lost
its lease while it was checking has its late answer refused. Other services read the stream with consumer
groups (`XREADGROUP`).

Keys, under `tiktok-live:watch:<fleet>`: `:creators` (set), `:owner:<creator>` (lease), `:members` (sorted set
of processes by lease end), `:state` and `:ids` (hashes), `:transitions` (stream, trimmed to about
`stream_maxlen` entries).
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs

from .._budget._redis import _import_redis, check_redis_url
from .._budget._redis_link import redacted

__all__ = ["DEFAULT_LEASE", "Fleet", "FleetStep", "Owned", "Published", "Unreachable", "Verdict"]

logger = logging.getLogger("tiktok_live")

DEFAULT_LEASE = 10.0
DEFAULT_STREAM_MAXLEN = 100_000
DEFAULT_FLEET = "default"
# Leases are renewed (and free creators taken) this often, as a part of `lease`; a lease lasts LEASE_TTL of it.
TURN = 0.25
LEASE_TTL = 2 / 3

# KEYS: creators, members, state, ids. ARGV: owner key prefix, me, lease ttl (ms), membership ttl (ms): a dead
# process is no longer counted when its leases end, so the others take all of its creators at their next turn.
# Returns, for each creator this process owns: creator, state ('' unknown, '0' offline, '1:<room>' live), id.
_REBALANCE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local owner_prefix, me, ttl = ARGV[1], ARGV[2], tonumber(ARGV[3])
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[4]), me)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local processes = math.max(redis.call('ZCARD', KEYS[2]), 1)
local all = redis.call('SMEMBERS', KEYS[1])
table.sort(all)
local quota = math.ceil(#all / processes)
local mine, free = {}, {}
for _, creator in ipairs(all) do
  local key = owner_prefix .. creator
  local owner = redis.call('GET', key)
  if owner == me then
    if #mine < quota then
      redis.call('PEXPIRE', key, ttl)
      mine[#mine + 1] = creator
    else
      redis.call('DEL', key)
    end
  elseif not owner then
    free[#free + 1] = creator
  end
end
for _, creator in ipairs(free) do
  if #mine >= quota then break end
  redis.call('SET', owner_prefix .. creator, me, 'PX', ttl)
  mine[#mine + 1] = creator
end
local out = {#all}
for _, creator in ipairs(mine) do
  out[#out + 1] = creator
  out[#out + 1] = redis.call('HGET', KEYS[3], creator) or ''
  out[#out + 1] = redis.call('HGET', KEYS[4], creator) or ''
end
return out
"""

# KEYS: state, stream. ARGV: owner key prefix, me, maxlen, then (member, creator, event, room_id, at) per
# transition (`member`: the set's member, `creator`: how events name them).
# Returns 1 for each transition appended, 0 for one refused (not the owner) and 2 for one already known.
_PUBLISH = """
local owner_prefix, me, maxlen = ARGV[1], ARGV[2], ARGV[3]
local out = {}
for i = 4, #ARGV, 5 do
  local member, creator, event, room, at = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3], ARGV[i + 4]
  if redis.call('GET', owner_prefix .. member) ~= me then
    out[#out + 1] = 0
  else
    local was_live = string.sub(redis.call('HGET', KEYS[1], member) or '', 1, 1) == '1'
    if (event == 'went_live') == was_live then
      out[#out + 1] = 2
    else
      local now = event == 'went_live' and ('1:' .. room) or '0'
      redis.call('HSET', KEYS[1], member, now)
      redis.call('XADD', KEYS[2], 'MAXLEN', '~', maxlen, '*',
        'event', event, 'creator', creator, 'room_id', room, 'at', at, 'watcher', me)
      out[#out + 1] = 1
    end
  end
end
return out
"""


@attrs.frozen
class Owned:
    """A creator this process owns (`member` of the set), as Redis knows them: `live` (None: not known),
    `room_id`, `numeric_id`."""

    member: str
    live: bool | None
    room_id: str | None
    numeric_id: str | None


@attrs.frozen
class Published:
    """A transition to append: `member` (of the set), `creator` (as events name them), `went_live`, `room_id`,
    `at`."""

    member: str
    creator: str
    went_live: bool
    room_id: str | None
    at: float


Verdict = Literal["refused", "appended", "known"]
_VERDICTS: tuple[Verdict, ...] = ("refused", "appended", "known")


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class Fleet:
    """The Redis side of a fleet watch; see the module's doc. Its methods are blocking Redis calls (the async
    watch runs them in a thread)."""

    def __init__(
        self,
        url: str,
        *,
        name: str = DEFAULT_FLEET,
        lease: float = DEFAULT_LEASE,
        stream_maxlen: int = DEFAULT_STREAM_MAXLEN,
        socket_timeout: float = 2.0,
    ) -> None:
        if not isinstance(url, str):
            raise TypeError(f"coordinator must be a Redis URL (str), not {type(url).__name__}")
        check_redis_url(url, "coordinator")
        if not isinstance(name, str) or not name or any(c.isspace() for c in name):
            raise ValueError(f"fleet must be a non-empty name without spaces, got {name!r}")
        if not isinstance(lease, int | float) or isinstance(lease, bool) or not lease >= 0.1:
            raise ValueError(f"lease must be at least 0.1 seconds, got {lease!r}")
        if not isinstance(stream_maxlen, int) or isinstance(stream_maxlen, bool) or stream_maxlen < 1:
            raise ValueError(f"stream_maxlen must be a positive int, got {stream_maxlen!r}")
        redis = _import_redis()
        self.where = redacted(url)
        self.name = name
        self.lease = float(lease)
        self.turn = self.lease * TURN
        self.stream_maxlen = stream_maxlen
        self.prefix = f"tiktok-live:watch:{name}"
        self.stream = f"{self.prefix}:transitions"
        self.watcher = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._owner_prefix = f"{self.prefix}:owner:"
        self._keys = {part: f"{self.prefix}:{part}" for part in ("creators", "members", "state", "ids")}
        self._redis = redis.Redis.from_url(url, socket_timeout=socket_timeout, socket_connect_timeout=socket_timeout)
        self._rebalance = self._redis.register_script(_REBALANCE)
        self._publish = self._redis.register_script(_PUBLISH)
        self.total = 0  # creators in the fleet's set at the last turn
        self.closed = False

    def __repr__(self) -> str:
        return f"Fleet({self.name!r} at {self.where}, lease={self.lease:g}s)"

    def join(self, creators: Iterable[str]) -> None:
        members = list(creators)
        if members:
            self._redis.sadd(self._keys["creators"], *members)

    def leave(self, creators: Iterable[str]) -> None:
        """Out of the fleet's set, for every process: each owner lets them go at its next turn."""
        members = list(creators)
        if members:
            self._redis.srem(self._keys["creators"], *members)

    def take_turn(self) -> list[Owned]:
        """Renew this process's membership and leases, let go of creators above its even share, take free ones up
        to it; the creators it owns now."""
        keys = [self._keys[part] for part in ("creators", "members", "state", "ids")]
        ttl = max(int(self.lease * LEASE_TTL * 1000), 1)
        answer = self._rebalance(keys=keys, args=[self._owner_prefix, self.watcher, ttl, ttl])
        self.total = int(answer[0])
        owned = []
        for at in range(1, len(answer), 3):
            state = _text(answer[at + 1])
            numeric = _text(answer[at + 2])
            live = None if not state else state.startswith("1")
            room = state[2:] if live and len(state) > 2 else None
            owned.append(Owned(_text(answer[at]), live, room, numeric or None))
        return owned

    def publish(self, transitions: Sequence[Published]) -> list[Verdict]:
        """Append each transition the caller still owns and Redis does not know yet: "appended" (report it),
        "known" (Redis had that state already: not a transition) or "refused" (the creator is someone else's)."""
        if not transitions:
            return []
        args: list[Any] = [self._owner_prefix, self.watcher, self.stream_maxlen]
        for change in transitions:
            event = "went_live" if change.went_live else "went_offline"
            args += [change.member, change.creator, event, change.room_id or "", repr(change.at)]
        answer = self._publish(keys=[self._keys["state"], self.stream], args=args)
        return [_VERDICTS[int(flag)] for flag in answer]

    def remember_id(self, member: str, numeric_id: str) -> None:
        self._redis.hset(self._keys["ids"], member, numeric_id)

    def close(self) -> None:
        """Let go of this process's leases and membership now, so the others take its creators at their next
        turn rather than after the leases expire (when Redis cannot be reached, they expire on their own)."""
        if self.closed:
            return
        self.closed = True
        redis = _import_redis()
        try:
            for key in self._redis.scan_iter(match=f"{self._owner_prefix}*", count=1_000):
                self._release(key)
            self._redis.zrem(self._keys["members"], self.watcher)
        except (redis.RedisError, OSError) as error:
            logger.warning(
                "watch_creators: could not let go of the fleet's leases (%s); they end on their own",
                type(error).__name__,
            )
        finally:
            self._redis.close()

    def _release(self, key: Any) -> None:
        # Only our own lease: compare and delete in one step.
        self._redis.eval(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0",
            1,
            key,
            self.watcher,
        )


@attrs.frozen
class Unreachable:
    """The answer of a `FleetStep` whose Redis calls failed."""

    error: Exception


@attrs.frozen
class FleetStep:
    """A watch's step that talks to the fleet's Redis: a `turn` (join and leave creators, remember numeric ids,
    renew and rebalance leases: answers the `Owned` list) or a `publish` (answers a `Verdict` per transition)."""

    kind: Literal["turn", "publish"]
    fleet: Fleet
    joins: tuple[str, ...] = ()
    leaves: tuple[str, ...] = ()
    ids: tuple[tuple[str, str], ...] = ()
    transitions: tuple[Published, ...] = ()

    def run(self) -> list[Owned] | list[Verdict] | Unreachable:
        redis = _import_redis()
        if self.fleet.closed:
            return Unreachable(RuntimeError("the watch was closed"))
        try:
            if self.kind == "publish":
                return self.fleet.publish(self.transitions)
            self.fleet.join(self.joins)
            self.fleet.leave(self.leaves)
            for member, numeric_id in self.ids:
                self.fleet.remember_id(member, numeric_id)
            return self.fleet.take_turn()
        except (redis.RedisError, OSError) as error:
            return Unreachable(error)
