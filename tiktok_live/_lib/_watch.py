"""Knowing when creators go live: `watch_creators` on both clients, with the fewest requests the plan allows.

A watch keeps a set of creators (unique ids, profile URLs, or numeric user ids as `int`) and reports their
transitions, `WentLive`, `WentOffline` and `CheckFailed`, as an iterator (sync or async) or to a callback.

Requests, fewest first:
- With a TikTok session (`session_id`), creators are checked with the bulk live check
  (`RetrieveBulkLiveCheck`), `BATCH` numeric ids a request. A unique id is resolved to its numeric id once,
  with `room_info` (whose answer also says whether the creator is live, so the first check is free); where
  its answer lacks the id, the REST layout's `RetrieveWebcastUserId`. Resolved ids are cached on the client.
- Without a session, or once the service answers the bulk check 402 (a plan without it), each creator is
  checked with `room_id`, one request each; a numeric id then cannot be checked and fails once.

Pace: the watch spends at most `budget_share` (0.5 by default) of the key's limits, learned from
`rate_limits()` (free). Its sustained rate is that share of the tightest window (minute, hour, day, per second),
with bursts no window's share can exceed; the sweep interval is the requests a sweep needs at that rate (or
`interval`, when longer). `plan` says what that gives ("1,000 creators on this key: every 17 s"): a creator's
change is seen within one interval once the unique ids are resolved.

The logic is one generator (`_Core.steps`) that yields what to do next, a request to send or seconds to wait;
`CreatorWatch` drives it with the sync client, `AsyncCreatorWatch` with the async one. Time comes from the
client (`_now`, `_sleep`), so tests inject a clock and no test sleeps.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Generator, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict, Unpack

import attrs

from .. import _validation as check
from .._closing import AsyncClosing, Closing
from .._drive import PAUSE, adrive, drive
from .._exceptions import InvalidInputError, NotFoundError, PremiumRequiredError, RateLimitError, TikTokLiveError
from ._watch_events import CheckFailed, WatchEvent, WentLive, WentOffline
from ._watch_plan import (
    BATCH,
    BULK_CHECK,
    DEFAULT_SHARE,
    UNKNOWN_RATE,
    USER_ID_LOOKUP,
    WARM_UP_STRETCH,
    WINDOW_SECONDS,
    SweepPlan,
    burst,
    method_named,
    plan_sweeps,
)

if TYPE_CHECKING:
    from .._live._events import LiveEvent
    from .._operations import Method
    from ._watch_connect import Connections
    from ._watch_fleet import Fleet, FleetStep

__all__ = [
    "AsyncCreatorWatch",
    "CheckFailed",
    "CreatorWatch",
    "SweepPlan",
    "WatchEvent",
    "WatchOptions",
    "WatchStatus",
    "WentLive",
    "WentOffline",
    "plan_sweeps",
]

logger = logging.getLogger("tiktok_live")

# The longest single wait: add(), remove() and close() are noticed at least this often.
POLL = 1.0


def _seed_method(name: str) -> Method[Any]:
    """A method the watch only asks for when the spec has it (the seed operations; the bulk check and the REST
    user id lookup once seen to be there)."""
    method = method_named(name)
    assert method is not None, name
    return method


class WatchOptions(TypedDict, total=False):
    """The options of `watch_creators` (all keyword-only): `session_id` (a TikTok session, for the bulk live
    check) and `tt_target_idc`; `budget_share` (the part of the key's limits it may spend, 0.5 by default);
    `interval` (seconds between sweeps, when longer than the shortest the share allows); `limits` (the key's
    requests per window, `{"minute": 600, "hour": 20000, "day": 200000}`, instead of asking `rate_limits()`).
    With `connect=True` the creators live now are connected with `live_events` (`live_options`: its keyword
    arguments) and each event goes to `on_live_event(creator, event)`; at most `max_connections` at once (default:
    the rate limiter's live-connection limit), the highest `priority(creator)` first (default: the order given);
    see `_watch_connect.py`. With `coordinator=` (a `redis://` URL; True: the client's shared budget's, else
    `EULER_RATE_LIMIT_URL`) processes watch one set of creators together, each creator owned by one of them,
    taken over within `lease` seconds (10) when its owner dies, each transition once in a Redis stream; `fleet`
    names the fleet (several on one Redis); see `_watch_fleet.py` and docs/monitoring.md."""

    session_id: str | None
    tt_target_idc: str | None
    budget_share: float
    interval: float | None
    limits: Mapping[str, int] | None
    connect: bool
    on_live_event: Callable[[str, LiveEvent], object] | None
    priority: Callable[[str], float] | None
    max_connections: int | None
    live_options: Mapping[str, Any] | None
    coordinator: str | bool | None
    fleet: str
    lease: float


# -- requests ---------------------------------------------------------------------------------------------------


RequestKind = Literal["limits", "resolve", "pending", "user_id", "bulk", "single"]


@attrs.frozen
class _Request:
    method: Method[Any]
    arguments: Mapping[str, object]
    kind: RequestKind
    creators: tuple[_Creator, ...] = ()

    def send(self, client: Any) -> Any:
        return client._call(self.method, dict(self.arguments))


class _Emit:
    def __repr__(self) -> str:
        return "EMIT"


EMIT = _Emit()  # the flow's step when transitions are ready: the driver hands them out, then goes on
Step: TypeAlias = "_Request | FleetStep | float | _Emit"


@attrs.define(eq=False)
class _Creator:
    label: str  # how events name it: the unique id, or a numeric id's digits
    unique_id: str | None
    user_id: str | None
    live: bool | None = None
    room_id: str | None = None
    dead: bool = False  # cannot be checked: reported once, never checked again
    single: bool = False  # checked with room_id even where others use the bulk check
    retry_at: float = 0.0  # a failed resolution is tried again no sooner than this
    asked_user_id: bool = False
    # Room info of an offline creator carries no numeric id (the flat layout): checked each sweep with room info,
    # which answers the id once they are live, then with the bulk check.
    pending: bool = False


def _member(creator: _Creator) -> str:
    """The creator in a fleet's Redis set: the unique id, or `id:` and the numeric id."""
    return creator.unique_id if creator.unique_id is not None else f"id:{creator.user_id}"


def _from_member(member: str) -> _Creator:
    if member.startswith("id:"):
        return _Creator(member[3:], None, member[3:])
    return _Creator(member, member, None)


def _creator(given: object) -> _Creator | InvalidInputError:
    if isinstance(given, int) and not isinstance(given, bool):
        if given <= 0:
            return InvalidInputError(f"a numeric user id must be positive, got {given}")
        return _Creator(str(given), None, str(given))
    try:
        name = check.unique_id(given, "creator").lower()
    except (TypeError, ValueError) as error:
        return InvalidInputError(str(error))
    return _Creator(name, name, None)


def _label(given: object) -> str:
    if isinstance(given, int) and not isinstance(given, bool):
        return str(given)
    if isinstance(given, str):
        try:
            return check.unique_id(given, "creator").lower()
        except ValueError:
            return given
    return repr(given)


def _numeric_from_room_info(answer: Any) -> str | None:
    data = getattr(answer, "data", None)
    user = getattr(data, "user", None)
    uid = getattr(user, "numeric_uid", None)
    if isinstance(uid, str) and uid.isdigit():
        return uid
    raw = getattr(getattr(data, "raw", None), "additional_properties", None)
    if isinstance(raw, dict):
        owner = raw.get("owner")
        for value in (owner.get("id_str") if isinstance(owner, dict) else None, raw.get("owner_user_id")):
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                return str(value)
            if isinstance(value, str) and value.isdigit():
                return value
    return None


def _state_from_room_info(answer: Any) -> tuple[bool | None, str | None]:
    data = getattr(answer, "data", ...)
    if data is None:
        return False, None  # no room to describe: the service's answer for a creator who is not live
    room = getattr(data, "room_info", None)
    is_live = getattr(room, "is_live", None)
    if not isinstance(is_live, bool):
        status = getattr(room, "status", None)
        is_live = status == 2 if isinstance(status, int) and not isinstance(status, bool) else None
    room_id = getattr(room, "id", None)
    return is_live, room_id if isinstance(room_id, str) and room_id else None


class _Core:
    """The state of a watch and the generator of its steps; shared by the sync and async drivers."""

    def __init__(
        self,
        client: Any,  # either client (this module imports neither: they import it)
        creators: Iterable[str | int],
        *,
        session_id: str | None,
        tt_target_idc: str | None,
        budget_share: float,
        interval: float | None,
        limits: Mapping[str, int] | None,
        fleet: Fleet | None = None,
    ) -> None:
        from .._budget._shares import check_share

        if isinstance(creators, str | bytes):
            raise TypeError("creators must be a list of unique ids (str) or numeric user ids (int), not a single str")
        self.share = check_share(budget_share)
        if interval is not None and (
            not isinstance(interval, int | float) or isinstance(interval, bool) or not interval > 0
        ):
            raise ValueError(f"interval must be a positive number of seconds, or None for the shortest, got {interval}")
        self.interval = None if interval is None else float(interval)
        self.session_id = None if session_id is None else check.non_empty_str(session_id, "session_id")
        self.tt_target_idc = None if tt_target_idc is None else check.non_empty_str(tt_target_idc, "tt_target_idc")
        self.limits: dict[str, int] | None = None if limits is None else _checked_limits(limits)
        self.layout = client.layout
        self.now = client._now
        self.time_scale = float(getattr(client.rate_limiter, "time_scale", 1.0) or 1.0)
        cache = client.__dict__.setdefault("_watch_numeric_ids", {})
        self.numeric_ids: dict[str, str] = cache  # unique id -> numeric id, shared with the client's copies
        self.bulk = self.session_id is not None and method_named(BULK_CHECK) is not None
        # The REST layout's own lookup of a unique id's numeric id, when the spec has it.
        self.has_user_id_lookup = self.layout == "rest" and method_named(USER_ID_LOOKUP) is not None
        self.user_id_lookup = False  # resolve with it rather than room_info
        self.lock = threading.RLock()
        self.creators: dict[str, _Creator] = {}
        self.events: deque[WatchEvent] = deque()
        self.closed = False
        self.requests: deque[float] = deque()  # when each request of the last minute was sent
        self.requests_sent = 0
        self.sweeps = 0
        self.next_sweep_at = 0.0
        self.sweep_queue: deque[_Creator] = deque()
        self.tokens = 0.0
        self.tokens_at: float | None = None
        self.paused_until = 0.0
        self.started_at: float | None = None
        self.plan: SweepPlan | None = None
        # A fleet (coordinator=): the creators here are those this process owns; the set is in Redis.
        self.fleet = fleet
        self.portion = 1.0  # of the fleet's creators owned here: the part of the share this process spends
        self.next_turn = 0.0
        self.fleet_joins: list[str] = []
        self.fleet_leaves: list[str] = []
        self.fleet_ids: list[tuple[str, str]] = []
        self.unpublished: list[tuple[_Creator, WatchEvent]] = []
        self.fleet_warned = False
        self.fleet_retry_at = 0.0  # after a failed Redis step
        self.add(creators)

    # -- the set ---------------------------------------------------------------------------------

    def add(self, creators: Iterable[str | int]) -> None:
        if isinstance(creators, str | bytes | int):
            creators = [creators]  # type: ignore[list-item]
        with self.lock:
            for given in creators:
                creator = _creator(given)
                if isinstance(creator, InvalidInputError):
                    self.events.append(CheckFailed(_label(given), creator, self.now()))
                    continue
                if self.fleet is not None:
                    self.fleet_joins.append(_member(creator))  # owned here, or elsewhere, from the next turn
                    continue
                if creator.label in self.creators:
                    continue
                if creator.unique_id is not None and creator.unique_id in self.numeric_ids:
                    creator.user_id = self.numeric_ids[creator.unique_id]
                self.creators[creator.label] = creator
                self._check_checkable(creator)
            self._replan()

    def remove(self, creators: Iterable[str | int]) -> None:
        if isinstance(creators, str | bytes | int):
            creators = [creators]  # type: ignore[list-item]
        with self.lock:
            for given in creators:
                gone = self.creators.pop(_label(given), None)
                if self.fleet is not None:
                    member = _creator(given)
                    if not isinstance(member, InvalidInputError):
                        self.fleet_leaves.append(_member(member))
                    elif gone is not None:
                        self.fleet_leaves.append(_member(gone))
            self.sweep_queue = deque(creator for creator in self.sweep_queue if creator.label in self.creators)
            self._replan()

    def _check_checkable(self, creator: _Creator) -> None:
        if not self.bulk and creator.unique_id is None and not creator.dead:
            creator.dead = True
            self.events.append(
                CheckFailed(
                    creator.label,
                    InvalidInputError(
                        f"{creator.label}: a numeric user id is checked with the bulk live check only, which needs "
                        "session_id= (a TikTok session) and a plan with it; give the creator's unique id instead"
                    ),
                    self.now(),
                )
            )

    def _replan(self) -> None:
        if self.limits is None:
            return
        bulk = single = unresolved = 0
        for creator in self.creators.values():
            if creator.dead:
                continue
            if not self.bulk or creator.single or creator.pending:
                single += 1
            elif creator.user_id is None:
                unresolved += 1
            else:
                bulk += 1
        self.plan = plan_sweeps(
            bulk,
            single,
            self.limits,
            share=self.share * self.portion,
            unresolved=unresolved,
            interval=self.interval,
            time_scale=self.time_scale,
        )

    # -- the steps -------------------------------------------------------------------------------

    def steps(self) -> Generator[Step, Any, None]:
        """Yields a request to send (and receives its answer, or the `TikTokLiveError`), a fleet's Redis step
        (and receives its answer), seconds to wait (and receives None) or `EMIT` when transitions are ready to be
        handed out (and receives None), until the watch is closed."""
        if self.limits is None:
            answer = yield _Request(_seed_method("rate_limits"), {}, "limits")
            if isinstance(answer, TikTokLiveError):
                raise answer
            with self.lock:
                self.limits = _limits_of(answer)
                self._replan()
        self.started_at = self.now()
        while not self.closed:
            if self.events:
                yield EMIT
                continue
            now = self.now()
            if self.fleet is not None:
                with self.lock:
                    fleet_step = self._fleet_step(now)
                if fleet_step is not None:
                    answer = yield fleet_step
                    with self.lock:
                        self._fleet_answer(fleet_step, answer, now)
                    continue
            with self.lock:
                request = self._next_request(now)
                rate = self.plan.rate if self.plan is not None else UNKNOWN_RATE
            if request is None:
                wait = self.next_sweep_at - now
                if not self.sweep_queue and self._unresolved(now) is None:
                    wait = min(wait, self._earliest_retry(now))
                yield min(max(wait, 0.001), self._longest_wait(now))
                continue
            wait = max(self._token_wait(now, rate), self.paused_until - now)
            if wait > 0:
                yield min(wait, self._longest_wait(now))
                continue
            self.tokens -= 1
            self.requests_sent += 1
            self.requests.append(now)
            if request.kind == "bulk":
                with self.lock:
                    for _ in request.creators:
                        if self.sweep_queue:
                            self.sweep_queue.popleft()
            elif request.kind in ("single", "pending"):
                with self.lock:
                    if self.sweep_queue:
                        self.sweep_queue.popleft()
            outcome = yield request
            with self.lock:
                self._apply(request, outcome, self.now())

    def _token_wait(self, now: float, rate: float) -> float:
        """Seconds until the token bucket holds a request (refilled at `rate`, holding at most the burst)."""
        assert self.plan is not None or self.limits is not None
        share = self.plan.share if self.plan is not None else self.share
        cap = burst(self.limits or {}, share, rate, self.time_scale)
        if self.tokens_at is None:
            self.tokens, self.tokens_at = cap, now
        self.tokens = min(cap, self.tokens + (now - self.tokens_at) * rate)
        self.tokens_at = now
        # A wait never shorter than a millisecond: a clock at 1.7e9 s does not move by less.
        return 0.0 if self.tokens >= 1 - 1e-6 else max((1 - self.tokens) / rate, 0.001)

    def _next_request(self, now: float) -> _Request | None:
        """The sweep's next request when a sweep is under way (or due), else a resolution, else None."""
        if not self.sweep_queue and now >= self.next_sweep_at:
            self.sweep_queue = deque(c for c in self.creators.values() if not c.dead and self._swept(c))
            self.sweeps += 1
            interval = self.plan.interval if self.plan is not None else POLL
            if self.plan is not None and self.plan.unresolved:
                # Resolving unique ids: sweeps spend at most half the pace, resolutions at least the other half.
                interval *= WARM_UP_STRETCH
            self.next_sweep_at = now + interval
        while self.sweep_queue and (self.sweep_queue[0].label not in self.creators or self.sweep_queue[0].dead):
            self.sweep_queue.popleft()
        if self.sweep_queue:
            first = self.sweep_queue[0]
            if not self.bulk or first.single:
                return self._single(first)
            if first.pending:
                return self._room_info(first, "pending")
            chunk: list[_Creator] = []
            for creator in self.sweep_queue:
                if len(chunk) == BATCH:
                    break
                if creator.single or creator.user_id is None:
                    break
                chunk.append(creator)
            return self._bulk_request(tuple(chunk))
        pending = self._unresolved(now)
        return None if pending is None else self._resolve(pending)

    def _swept(self, creator: _Creator) -> bool:
        """Checked by the sweeps (the bulk check, or one request each), rather than waiting to be resolved."""
        return bool(creator.user_id) or not self.bulk or creator.single or creator.pending

    def _unresolved(self, now: float) -> _Creator | None:
        if not self.bulk:
            return None
        for creator in self.creators.values():
            if not (creator.dead or self._swept(creator)) and creator.retry_at <= now:
                return creator
        return None

    def _earliest_retry(self, now: float) -> float:
        waits = [c.retry_at - now for c in self.creators.values() if not (c.dead or self._swept(c))]
        return min(waits, default=POLL)

    def _single(self, creator: _Creator) -> _Request:
        return _Request(_seed_method("room_id"), {"unique_id": creator.unique_id}, "single", (creator,))

    def _resolve(self, creator: _Creator) -> _Request:
        if creator.asked_user_id or self.user_id_lookup:
            return self._user_id_request(creator)
        return self._room_info(creator, "resolve")

    def _room_info(self, creator: _Creator, kind: RequestKind) -> _Request:
        return _Request(_seed_method("room_info"), {"unique_id": creator.unique_id}, kind, (creator,))

    def _user_id_request(self, creator: _Creator) -> _Request:
        return _Request(_seed_method(USER_ID_LOOKUP), {"unique_id": creator.unique_id}, "user_id", (creator,))

    def _bulk_request(self, chunk: tuple[_Creator, ...]) -> _Request:
        arguments: dict[str, object] = {
            "user_numeric_ids": [creator.user_id for creator in chunk],
            "session_id": self.session_id,
        }
        if self.tt_target_idc is not None:
            arguments["tt_target_idc"] = self.tt_target_idc
        return _Request(_seed_method(BULK_CHECK), arguments, "bulk", chunk)

    # -- answers ---------------------------------------------------------------------------------

    def _apply(self, request: _Request, outcome: Any, at: float) -> None:
        watched = [c for c in request.creators if self.creators.get(c.label) is c]
        if isinstance(outcome, TikTokLiveError):
            self._failed(request, watched, outcome, at)
            return
        if request.kind == "bulk":
            from ._bulk import _bulk_answers

            answers = _bulk_answers(outcome)
            for creator in watched:
                is_live, room_id = answers.get(str(creator.user_id), (None, None))
                if is_live is not None:  # left out: unknown, asked again next sweep
                    self._observe(creator, is_live, room_id, at)
        elif request.kind == "single":
            is_live = getattr(outcome, "is_live", None)
            room_id = getattr(outcome, "room_id", None)
            if watched and isinstance(is_live, bool):
                self._observe(watched[0], is_live, room_id if isinstance(room_id, str) and room_id else None, at)
        elif request.kind in ("resolve", "pending", "user_id"):
            creator = request.creators[0]
            if request.kind != "user_id":
                numeric = _numeric_from_room_info(outcome)
                is_live, room_id = _state_from_room_info(outcome)
            else:
                value = getattr(outcome, "numeric_user_id", None)
                numeric = value if isinstance(value, str) and value.isdigit() else None
                is_live, room_id = None, None
            creator.pending = False
            if numeric is not None:
                creator.user_id = numeric
                if creator.unique_id is not None:
                    self.numeric_ids[creator.unique_id] = numeric
                    if self.fleet is not None:
                        self.fleet_ids.append((creator.unique_id, numeric))
            elif request.kind != "user_id" and self.has_user_id_lookup and not creator.asked_user_id:
                creator.asked_user_id = True  # the REST layout has a lookup of its own
            elif request.kind != "user_id" and is_live is False:
                creator.pending = True
            else:
                creator.single = True  # no numeric id to be had: checked one request at a time
            if creator in watched and is_live is not None:
                self._observe(creator, is_live, room_id, at)
            self._replan()

    def _failed(self, request: _Request, watched: list[_Creator], error: TikTokLiveError, at: float) -> None:
        if isinstance(error, RateLimitError):
            self.paused_until = max(self.paused_until, at + (error.retry_after or POLL))
        if isinstance(error, PremiumRequiredError) and request.kind != "single":
            if request.kind == "resolve" and self.has_user_id_lookup:
                self.user_id_lookup = True  # room_info is not in this plan: the REST layout's own lookup
                for creator in watched:
                    creator.retry_at = 0.0
                return
            what = "the bulk live check" if request.kind == "bulk" else "resolving unique ids to numeric ids"
            logger.warning(
                "watch_creators: %s is not in this key's plan (%s); checking each creator with room_id instead",
                what,
                error.message,
            )
            self._without_bulk(at)
            return
        permanent = isinstance(error, NotFoundError | InvalidInputError) and request.kind != "bulk"
        for creator in watched:
            self.events.append(CheckFailed(creator.label, error, at))
            if permanent:
                creator.dead = True
            elif request.kind in ("resolve", "user_id"):
                creator.retry_at = at + (self.plan.interval if self.plan is not None else POLL)
        if permanent:
            self._replan()

    def _without_bulk(self, at: float) -> None:
        """From now on each creator is checked with room_id (one request each)."""
        self.bulk = False
        self.sweep_queue.clear()
        self.next_sweep_at = at
        for creator in self.creators.values():
            self._check_checkable(creator)
        self._replan()

    def _observe(self, creator: _Creator, is_live: bool, room_id: str | None, at: float) -> None:
        if is_live:
            if creator.live and room_id is not None and creator.room_id is not None and room_id != creator.room_id:
                self._transition(creator, WentOffline(creator.label, at))  # a new stream since the last check
                creator.live = False
            if not creator.live:
                self._transition(creator, WentLive(creator.label, room_id, at))
            creator.room_id = room_id or creator.room_id
        elif creator.live:
            self._transition(creator, WentOffline(creator.label, at))
            creator.room_id = None
        creator.live = is_live

    def _transition(self, creator: _Creator, event: WentLive | WentOffline) -> None:
        if self.fleet is None:
            self.events.append(event)
        else:
            self.unpublished.append((creator, event))  # reported once the fleet's stream has it

    # -- a fleet (coordinator=) ------------------------------------------------------------------

    def _longest_wait(self, now: float) -> float:
        if self.fleet is None:
            return POLL
        return max(min(POLL, max(self.next_turn, self.fleet_retry_at) - now), 0.001)

    def _fleet_step(self, now: float) -> FleetStep | None:
        from ._watch_fleet import FleetStep, Published

        assert self.fleet is not None
        if now < self.fleet_retry_at:
            return None
        if self.unpublished:
            changes = tuple(
                Published(
                    _member(creator),
                    event.creator,
                    isinstance(event, WentLive),
                    event.room_id if isinstance(event, WentLive) else None,
                    event.at,
                )
                for creator, event in self.unpublished
            )
            return FleetStep("publish", self.fleet, transitions=changes)
        if now < self.next_turn and not self.fleet_joins and not self.fleet_leaves:
            return None
        return FleetStep(
            "turn",
            self.fleet,
            joins=tuple(self.fleet_joins),
            leaves=tuple(self.fleet_leaves),
            ids=tuple(self.fleet_ids),
        )

    def _fleet_answer(self, step: FleetStep, answer: Any, now: float) -> None:
        from ._watch_fleet import Unreachable

        assert self.fleet is not None
        if isinstance(answer, Unreachable):
            if not self.fleet_warned:
                self.fleet_warned = True
                logger.warning(
                    "watch_creators: the fleet's Redis (%s) failed (%s): checking the creators owned here and "
                    "trying again; their leases pass to other processes if it stays unreachable",
                    self.fleet.where,
                    type(answer.error).__name__,
                )
            self.fleet_retry_at = now + min(self.fleet.turn, POLL)  # then the same step again
            return
        if self.fleet_warned:
            self.fleet_warned = False
            logger.warning("watch_creators: the fleet's Redis (%s) answers again", self.fleet.where)
        if step.kind == "publish":
            published, self.unpublished = self.unpublished[: len(answer)], self.unpublished[len(answer) :]
            for (creator, event), verdict in zip(published, answer, strict=True):
                if verdict == "appended":
                    self.events.append(event)
                elif verdict == "refused" and self.creators.get(creator.label) is creator:
                    del self.creators[creator.label]  # someone else's now: they report it
            return
        del self.fleet_joins[: len(step.joins)]
        del self.fleet_leaves[: len(step.leaves)]
        del self.fleet_ids[: len(step.ids)]
        self.next_turn = now + self.fleet.turn
        owned = {item.member: item for item in answer}
        for label, creator in list(self.creators.items()):
            if _member(creator) not in owned:
                del self.creators[label]
        for member, item in owned.items():
            creator = _from_member(member)
            if creator.label in self.creators:
                continue
            creator.live, creator.room_id = item.live, item.room_id
            creator.user_id = creator.user_id or item.numeric_id or self.numeric_ids.get(member)
            self.creators[creator.label] = creator
            self._check_checkable(creator)
        self.sweep_queue = deque(creator for creator in self.sweep_queue if creator.label in self.creators)
        self.portion = len(owned) / self.fleet.total if self.fleet.total else 1.0
        self._replan()

    # -- for people --------------------------------------------------------------------------------

    def status(self) -> WatchStatus:
        now = self.now()
        with self.lock:
            while self.requests and self.requests[0] <= now - 60.0:
                self.requests.popleft()
            return WatchStatus(
                creators=len(self.creators),
                live=sum(1 for creator in self.creators.values() if creator.live),
                requests=self.requests_sent,
                requests_last_minute=len(self.requests),
                sweeps=self.sweeps,
                next_sweep_in=max(self.next_sweep_at - now, 0.0),
                plan=self.plan,
            )

    def live_now(self) -> dict[str, str | None]:
        with self.lock:
            return {c.label: c.room_id for c in self.creators.values() if c.live}


@attrs.frozen
class WatchStatus:
    """A watch at a glance: `creators` watched, `live` now, `requests` sent so far (`requests_last_minute` in
    the last 60 s), `sweeps` started, seconds until the next sweep, and the `plan`."""

    creators: int
    live: int
    requests: int
    requests_last_minute: int
    sweeps: int
    next_sweep_in: float
    plan: SweepPlan | None


def _checked_limits(limits: Mapping[str, int]) -> dict[str, int]:
    checked: dict[str, int] = {}
    for window, limit in limits.items():
        if window not in WINDOW_SECONDS:
            raise ValueError(f"limits: {window!r} is not a window; use minute, hour and day")
        if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
            raise ValueError(f"limits: the {window} limit must be a positive int, got {limit!r}")
        checked[window] = limit
    return checked


def _limits_of(answer: Any) -> dict[str, int]:
    """The key's limit per window from a `rate_limits()` answer; windows it leaves out (or gets wrong) are left out."""
    limits: dict[str, int] = {}
    for window in WINDOW_SECONDS:
        found = getattr(answer, window, None)
        limit = getattr(found, "max_", getattr(found, "max", None))  # the generated model's name for `max`
        if isinstance(limit, int) and not isinstance(limit, bool) and limit > 0:
            limits[window] = limit
    return limits


# -- the drivers -----------------------------------------------------------------------------------------------


class _Watch:
    """What the sync and async watches share: all but the I/O of their drivers (`_drive.drive` / `adrive` run the
    core's steps with a handler per kind of step; `EMIT` pauses them to hand transitions out)."""

    def __init__(self, client: Any, core: _Core, connections: Connections | None) -> None:
        self._client = client
        self._core = core
        self._connections = connections
        self._flow = core.steps()
        # Called with the seconds before each wait (the CLI's status line); it may close the watch.
        self.on_wait: Callable[[float], object] | None = None

    def _table(self, request: Any, sleep: Any, fleet: Any) -> dict[type, Any]:
        handlers: dict[type, Any] = {_Request: request, float: sleep, int: sleep, _Emit: PAUSE}
        if self._core.fleet is not None:
            from ._watch_fleet import FleetStep

            handlers[FleetStep] = fleet
        return handlers

    def _stopped(self) -> bool:
        return self._core.closed

    def _next_event(self) -> WatchEvent | None:
        with self._core.lock:
            return self._core.events.popleft() if self._core.events else None

    def _before_wait(self, seconds: float) -> bool:
        """Live connections brought up to date and the status line; False when that closed the watch."""
        if self._connections is not None:
            self._connections.reconcile()
        if self.on_wait is not None:
            self.on_wait(seconds)
        return not self._core.closed

    def _ran(self, paused: object) -> None:
        """After a drive: at EMIT, connections follow the transitions; otherwise the flow has ended."""
        if paused is EMIT:
            if self._connections is not None:
                self._connections.reconcile()
        else:
            self._core.closed = True

    def add(self, *creators: str | int) -> None:
        """Watch these creators too (unique ids, profile URLs, or numeric ids as `int`), from the next sweep."""
        self._core.add(creators)

    def remove(self, *creators: str | int) -> None:
        """Stop watching these creators (as given to `add`, or the `creator` of their events)."""
        self._core.remove(creators)

    @property
    def plan(self) -> SweepPlan | None:
        """The sweep plan (interval, requests, budget); None until the key's limits are known (first step)."""
        return self._core.plan

    def status(self) -> WatchStatus:
        return self._core.status()

    def live_now(self) -> dict[str, str | None]:
        """The creators live at their last check, with their room ids."""
        return self._core.live_now()

    @property
    def closed(self) -> bool:
        return self._core.closed

    def connections(self) -> dict[str, list[str]]:
        """With `connect=True`: the creators `connected` (or connecting) now, and those `waiting` for a slot."""
        if self._connections is None:
            return {"connected": [], "waiting": []}
        return {"connected": self._connections.connected(), "waiting": list(self._connections.waiting)}

    def close(self) -> None:
        """Stop: the iterator ends once the transitions already seen are taken (from any thread); live-events
        connections close."""
        self._core.closed = True
        if self._connections is not None:
            self._connections.close()
        self._leave_fleet()

    def _leave_fleet(self) -> None:
        """A fleet's other processes take this one's creators at their next turn (not after its leases end)."""
        if self._core.fleet is not None:
            self._core.fleet.close()


class CreatorWatch(_Watch, Closing):
    """`TikTokLiveClient.watch_creators`: iterate it for transitions (`for event in watch:`), or
    `watch.run(on_event)`; `add()`, `remove()` and `close()` work while it runs."""

    def __init__(self, client: Any, core: _Core, connections: Connections | None = None) -> None:
        super().__init__(client, core, connections)

        def request(step: _Request) -> Any:
            try:
                return step.send(client)
            except TikTokLiveError as error:
                return error

        def sleep(seconds: float) -> None:
            if self._before_wait(seconds):
                client._sleep(seconds)

        self._handlers = self._table(request, sleep, lambda step: step.run())

    def __iter__(self) -> CreatorWatch:
        return self

    def __next__(self) -> WatchEvent:
        while (event := self._next_event()) is None:
            if self._core.closed:
                raise StopIteration
            self._ran(drive(self._flow, self._handlers, stop=self._stopped))
        return event

    def run(self, on_event: Callable[[WatchEvent], object]) -> None:
        """Call `on_event(event)` for each transition until `close()` (from the callback or another thread)."""
        for event in self:
            on_event(event)


class AsyncCreatorWatch(_Watch, AsyncClosing):
    """`AsyncTikTokLiveClient.watch_creators`: `async for event in watch:`, or `await watch.run(on_event)`."""

    def __init__(self, client: Any, core: _Core, connections: Connections | None = None) -> None:
        super().__init__(client, core, connections)

        async def request(step: _Request) -> Any:
            try:
                return await step.send(client)
            except TikTokLiveError as error:
                return error

        async def sleep(seconds: float) -> None:
            if self._before_wait(seconds):
                await client._sleep(seconds)

        async def fleet(step: FleetStep) -> Any:
            return await asyncio.to_thread(step.run)

        self._handlers = self._table(request, sleep, fleet)

    def __aiter__(self) -> AsyncCreatorWatch:
        return self

    async def __anext__(self) -> WatchEvent:
        while (event := self._next_event()) is None:
            if self._core.closed:
                raise StopAsyncIteration
            self._ran(await adrive(self._flow, self._handlers, stop=self._stopped))
        return event

    async def run(self, on_event: Callable[[WatchEvent], object | Awaitable[object]]) -> None:
        """Call `on_event(event)` (a function or a coroutine function) for each transition until `close()`."""
        async for event in self:
            result = on_event(event)
            if inspect.isawaitable(result):
                await result

    async def aclose(self) -> None:
        """`close()`, and wait until the live-events connections (`connect=True`) are closed."""
        self._core.closed = True
        if self._connections is not None:
            await self._connections.aclose()
        await asyncio.to_thread(self._leave_fleet)


def watch_sync(client: Any, creators: Iterable[str | int], **options: Unpack[WatchOptions]) -> CreatorWatch:
    core, connect = _made(client, creators, options)
    return CreatorWatch(client, core, _connections(client, core, connect, is_async=False))


def watch_async(client: Any, creators: Iterable[str | int], **options: Unpack[WatchOptions]) -> AsyncCreatorWatch:
    core, connect = _made(client, creators, options)
    return AsyncCreatorWatch(client, core, _connections(client, core, connect, is_async=True))


_CONNECT_OPTIONS = ("on_live_event", "priority", "max_connections", "live_options")


def _made(client: Any, creators: Iterable[str | int], options: WatchOptions) -> tuple[_Core, dict[str, Any] | None]:
    given: dict[str, Any] = dict(options)
    unknown = set(given) - set(WatchOptions.__annotations__)
    if unknown:
        raise TypeError(f"watch_creators() got an unexpected keyword argument {sorted(unknown)[0]!r}")
    connect = given.pop("connect", False)
    if not isinstance(connect, bool):
        raise TypeError(f"connect must be True or False, not {type(connect).__name__}")
    connecting = {name: given.pop(name) for name in _CONNECT_OPTIONS if name in given}
    if connecting and not connect:
        raise ValueError(f"{sorted(connecting)[0]} is for connect=True")
    core = _Core(
        client,
        creators,
        session_id=given.get("session_id"),
        tt_target_idc=given.get("tt_target_idc"),
        budget_share=given.get("budget_share", DEFAULT_SHARE),
        interval=given.get("interval"),
        limits=given.get("limits"),
        fleet=_fleet(client, given),
    )
    return core, connecting if connect else None


def _fleet(client: Any, given: dict[str, Any]) -> Fleet | None:
    """The fleet of `coordinator=` (a Redis URL; True: the client's shared budget's, else `EULER_RATE_LIMIT_URL`)."""
    coordinator = given.get("coordinator")
    fleet_options = {"name" if key == "fleet" else key: given[key] for key in ("fleet", "lease") if key in given}
    if coordinator is None or coordinator is False:
        if fleet_options:
            raise ValueError(
                f"{min(key for key in ('fleet', 'lease') if key in given)} is for a fleet: give coordinator= too"
            )
        return None
    from ._watch_fleet import Fleet

    if coordinator is True:
        import os

        from .._budget._local import RATE_LIMITER_ENV_VAR

        coordinator = getattr(client.rate_limiter, "url", None) or os.environ.get(RATE_LIMITER_ENV_VAR)
        if not coordinator:
            raise ValueError(
                f"coordinator=True takes the Redis URL of the client's shared budget or {RATE_LIMITER_ENV_VAR}, "
                "and there is neither: give coordinator='redis://...'"
            )
    elif not isinstance(coordinator, str):
        raise TypeError(f"coordinator must be a Redis URL (str), True or None, not {type(coordinator).__name__}")
    return Fleet(coordinator, **fleet_options)


def _connections(client: Any, core: _Core, connect: dict[str, Any] | None, *, is_async: bool) -> Connections | None:
    if connect is None:
        return None
    from ._watch_connect import Connections

    return Connections(
        client,
        core,
        is_async=is_async,
        on_live_event=connect.get("on_live_event"),
        priority=connect.get("priority"),
        max_connections=connect.get("max_connections"),
        live_options=connect.get("live_options"),
    )
