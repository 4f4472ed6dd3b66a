"""Checking many creators at once: `check_live` on both clients, and a summary for people.

Inputs are of two kinds: a `str` is a unique id, resolved with `room_id`, one request each; an `int` is a
numeric user id, checked with the bulk live check (`RetrieveBulkLiveCheck`, `webcast.retrieve_bulk_live_check`),
as many ids per request as the spec's `maxItems` of its id list allows (`batch_size`). A username may be all
digits, so a str is never taken for a numeric id.

What numeric ids go through follows the document of the client's layout (`_numeric_plan`), and says so once at
INFO when it is not the bulk check in batches:

- the bulk live check, when the layout has one this module can use (a list of numeric ids, and a session);
  without a `maxItems` the spec guarantees no more than one id per request, so one id goes in each;
- else one request per creator, with the cheapest per-creator check by numeric id the layout has (`room_id`'s
  operation when it can name a creator by numeric id: `creator_id_type=numeric_id`); no session is needed;
- else none: each numeric id's `LiveStatus` carries a `LayoutError` saying so, and unique ids are still checked.
 One batch returns one
`LiveStatus` per input, in input order. Each request is a job: a unique id, or a chunk of distinct numeric ids.
At most `concurrency` jobs run at once. A failure only fails its own job's items (a chunk's error is every
item's error in that chunk); a numeric id missing from a bulk answer is "unknown" (`is_live` None, no error).

A 429 pauses the whole batch: when any job is rate limited, every job waits until the service's hint has
elapsed (or a backoff, without a hint) before sending again, and the rate-limited job is retried, up to the
client's `max_retries` times. A hint longer than the client's `max_retry_wait` is not waited for: that job's
items, and those of every job not sent yet, get the `RateLimitError`.

The logic is one generator per job (`Batch.check`) that yields what to do next, a request to send or seconds
to wait; the sync driver (`_drive.drive`) runs it on threads, the async one on tasks. Requests go through the client (a
twin that leaves 429s to the batch), so its retries of other errors and its rate-limit budget apply.

Ctrl-C stops a sync batch at once: the worker threads are daemon threads that take no new job once the batch
is stopped, and `check_live` raises `CheckLiveInterrupted` (a `KeyboardInterrupt`) carrying the results that
were complete.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Generator, Iterable
from typing import TYPE_CHECKING, Any, cast

import attrs

from .. import _retry
from .. import _validation as check
from .._drive import Handlers, adrive, drive
from .._exceptions import InvalidInputError, LayoutError, RateLimitError, TikTokLiveError
from .._operations import LAYOUT_NAMES, LAYOUTS, Layout, Method, Operation, Param, operation_for

if TYPE_CHECKING:
    import httpx

    from tiktok_live_api.models import BulkLiveCheckResponse, RoomIdResponse

    from .._base import _BaseClient

__all__ = ["BULK_LIMIT", "CheckLiveInterrupted", "LiveStatus", "batch_size", "format_summary"]

logger = logging.getLogger("tiktok_live")

# The operations, by operationId: whatever the client's methods for them are called.
BULK_OPERATION_ID = "RetrieveBulkLiveCheck"
ROOM_ID_OPERATION_ID = "RetrieveRoomId"


@attrs.frozen
class _NumericPlan:
    """How numeric user ids are checked in one layout: `method` sends `ids_argument` (`batch` ids per request,
    as a list when `bulk`), or, without a method, `problem` says why they cannot be."""

    method: Method[Any] | None
    ids_argument: str = ""
    batch: int = 1
    bulk: bool = False
    problem: str = ""
    note: str = ""  # said once at INFO per check_live call: how the plan differs from bulk checks in batches


def _method(operation_id: str, layout: Layout) -> tuple[Method[Any], Operation[Any]] | None:
    """The catalog's method for `operation_id` and its operation in `layout`, or None when there is none."""
    from .. import _catalog  # generated from the spec: an operation it lacks is simply not there

    try:
        method = _catalog.by_name(operation_id)
        return method, operation_for(method, layout, {})
    except (KeyError, LayoutError):
        return None


def _accepts_session(operation: Operation[Any]) -> bool:
    return any(
        param.name == "session_id" or "session_id" in param.sources
        for param in operation.params
        if param.constant is None
    )


def _bulk_plan(layout: Layout) -> _NumericPlan | None:
    found = _method(BULK_OPERATION_ID, layout)
    if found is None:
        return None
    method, operation = found
    lists = [param for param in operation.given_params if param.check == "list" and param.items == "numeric_id"]
    if len(lists) != 1 or not _accepts_session(operation):
        return None  # not a shape this module knows how to fill
    [ids] = lists
    note = (
        ""
        if ids.max_items
        else f"{BULK_OPERATION_ID} in {LAYOUT_NAMES[layout]} states no maxItems for {ids.wire}: one id per request"
    )
    return _NumericPlan(method, ids.name, ids.max_items or 1, bulk=True, note=note)


def _per_creator_plan(layout: Layout) -> _NumericPlan | None:
    """`room_id`'s operation naming its creator by numeric id, when the layout's operation can."""
    found = _method(ROOM_ID_OPERATION_ID, layout)
    if found is None:
        return None
    method, operation = found
    kinds = [param for param in operation.params if param.check == "choice" and "numeric_id" in param.choices]
    creators = [param for param in operation.given_params if param.location == "path" and param.check == "unique_id"]
    if len(kinds) != 1 or len(creators) != 1:
        return None
    [kind], [creator] = kinds, creators

    def variant(param: Param) -> Param:
        if param is kind:
            return param._replace(constant="numeric_id")
        if param is creator:
            return param._replace(check="numeric_id", type_hint="int | str")
        return param

    by_numeric_id = operation._replace(params=tuple(variant(param) for param in operation.params))
    single = method._replace(flat=by_numeric_id if layout == "flat" else None, rest=(by_numeric_id,))
    note = (
        f"{LAYOUT_NAMES[layout]} has no bulk live check ({BULK_OPERATION_ID}) this client can use: one "
        f"{ROOM_ID_OPERATION_ID} request per numeric user id"
    )
    return _NumericPlan(single, creator.name, note=note)


@functools.cache
def _numeric_plan(layout: Layout) -> _NumericPlan:
    """How numeric user ids are checked in `layout` (module docstring)."""
    plan = _bulk_plan(layout) or _per_creator_plan(layout)
    if plan is not None:
        return plan
    others = [other for other in LAYOUTS if other != layout and _numeric_plan_exists(other)]
    hint = f" or pass layout={others[0]!r}" if others else ""
    problem = (
        f"{LAYOUT_NAMES[layout]} has no operation that checks a creator by numeric user id (no bulk live check "
        f"{BULK_OPERATION_ID}, no {ROOM_ID_OPERATION_ID} by numeric id): give the unique id (str){hint}"
    )
    return _NumericPlan(None, problem=problem, note=f"numeric user ids cannot be checked: {problem}")


def _numeric_plan_exists(layout: Layout) -> bool:
    return _bulk_plan(layout) is not None or _per_creator_plan(layout) is not None


def batch_size(layout: Layout = "flat") -> int:
    """Numeric user ids per request of `check_live` in `layout`: the spec's `maxItems` of the bulk live check's
    id list; 1 when it states none, or when numeric ids are checked one creator per request."""
    return _numeric_plan(layout).batch


BULK_LIMIT = batch_size()  # the flat layout's; `batch_size(layout)` for either

Progress = Callable[[int, int], None]


@attrs.frozen
class LiveStatus:
    """Whether one creator is live. `unique_id` is the input as given (a numeric user id's digits, for an
    `int` input, which `user_id` then holds). `error` is set, and `is_live` and `room_id` are None, when the
    check failed; an input that is neither a unique id nor a positive int fails with `InvalidInputError`.
    `is_live` is None without an error when the answer did not say."""

    unique_id: str
    is_live: bool | None
    room_id: str | None
    error: TikTokLiveError | None = None
    user_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class CheckLiveInterrupted(KeyboardInterrupt):
    """Ctrl-C during the sync `check_live`. `results` holds the checks that were complete, in input order;
    `total` is how many names were given."""

    def __init__(self, results: list[LiveStatus], total: int) -> None:
        super().__init__(f"check_live interrupted after {len(results)} of {total} checks")
        self.results = results
        self.total = total


class _Request:
    """One request of a batch; `send(client)` returns the answer, or an awaitable of it on an async client."""

    def send(self, client: Any) -> Any:
        raise NotImplementedError


@attrs.frozen
class _RoomId(_Request):
    name: str

    def send(self, client: Any) -> Any:
        return client.room_id(self.name)


@attrs.frozen
class _BulkCheck(_Request):
    plan: _NumericPlan = attrs.field(repr=False)
    user_ids: tuple[str, ...]
    session_id: str = attrs.field(repr=False)
    tt_target_idc: str | None = attrs.field(repr=False)

    def send(self, client: Any) -> Any:
        assert self.plan.method is not None
        arguments = {self.plan.ids_argument: list(self.user_ids), "session_id": self.session_id}
        return client._call(self.plan.method, {**arguments, "tt_target_idc": self.tt_target_idc})


@attrs.frozen
class _NumericRoomId(_Request):
    """One creator by numeric user id, when the layout has no usable bulk check (`_per_creator_plan`)."""

    plan: _NumericPlan = attrs.field(repr=False)
    user_id: str

    def send(self, client: Any) -> Any:
        assert self.plan.method is not None
        return client._call(self.plan.method, {self.plan.ids_argument: self.user_id})


# What a job wants next: a request to send, or seconds to wait.
JobStep = _Request | float


@attrs.frozen
class _Job:
    request: _Request
    indices: tuple[int, ...]  # the inputs it answers, in input order


def _numeric_id(value: object) -> int | None:
    """`value` when it is a numeric user id (an int, not a bool)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class Batch:
    """One `check_live` call: its inputs checked, its jobs planned, and what they found so far."""

    def __init__(
        self,
        client: _BaseClient[Any],
        ids: Iterable[str | int],
        concurrency: int,
        on_progress: Progress | None,
        session_id: str | None,
        tt_target_idc: str | None,
    ) -> None:
        if isinstance(ids, str | bytes):
            raise TypeError("ids must be a list of unique ids (str) or numeric user ids (int), not a single str")
        if not isinstance(concurrency, int) or isinstance(concurrency, bool):
            raise TypeError(f"concurrency must be an int, not {type(concurrency).__name__}")
        if concurrency < 1:
            raise ValueError(f"concurrency must be 1 or more, got {concurrency}")
        if on_progress is not None and not callable(on_progress):
            raise TypeError("on_progress must be a callable taking (done, total)")
        self.inputs: list[object] = list(ids)
        self.total = len(self.inputs)
        self.on_progress = on_progress
        self.results: list[LiveStatus | None] = [None] * self.total
        self.done = 0
        self.lock = threading.Lock()
        self.jobs = self._plan(client.layout, session_id, tt_target_idc)
        self.workers = min(concurrency, len(self.jobs))
        self.max_retries = client.max_retries
        self.max_wait = client.max_retry_wait
        self.now = client._now
        self.random = client._random
        self.paused_until = 0.0
        self.rate_limit_exhausted: RateLimitError | None = None
        self.stopped = False
        self.next_job = 0

    def _plan(self, layout: Layout, session_id: str | None, tt_target_idc: str | None) -> list[_Job]:
        """The jobs, in the order of their first input; bad inputs are finished here, without a request."""
        session = None if session_id is None else check.non_empty_str(session_id, "session_id")
        idc = None if tt_target_idc is None else check.non_empty_str(tt_target_idc, "tt_target_idc")
        jobs: list[_Job] = []
        invalid: list[tuple[int, TikTokLiveError]] = []
        numeric: dict[str, list[int]] = {}  # each distinct id is sent once
        for index, given in enumerate(self.inputs):
            user_id = _numeric_id(given)
            if user_id is not None:
                if user_id > 0:
                    numeric.setdefault(str(user_id), []).append(index)
                else:
                    invalid.append((index, InvalidInputError(f"a numeric user id must be positive, got {user_id}")))
                continue
            try:
                jobs.append(_Job(_RoomId(check.unique_id(given)), (index,)))
            except (TypeError, ValueError) as error:
                invalid.append((index, InvalidInputError(str(error))))
        plan = _numeric_plan(layout)
        if numeric and plan.note:
            logger.info("check_live: %s", plan.note)
        if numeric and plan.method is None:
            unavailable = LayoutError(plan.problem)
            invalid.extend((index, unavailable) for indices in numeric.values() for index in indices)
        elif numeric and not plan.bulk:
            for digits, places in numeric.items():
                jobs.append(_Job(_NumericRoomId(plan, digits), tuple(places)))
        elif numeric:
            if session is None:
                raise ValueError(
                    "session_id is required to check numeric user ids (int inputs): pass session_id= (a TikTok "
                    "sessionid cookie), or give unique ids as str"
                )
            distinct = list(numeric)
            for start in range(0, len(distinct), plan.batch):
                chunk = tuple(distinct[start : start + plan.batch])
                indices = tuple(sorted(index for user_id in chunk for index in numeric[user_id]))
                jobs.append(_Job(_BulkCheck(plan, chunk, session, idc), indices))
        jobs.sort(key=lambda job: job.indices[0])
        for index, problem in invalid:
            self._set(index, LiveStatus(self._label(index), None, None, problem, _numeric_id(self.inputs[index])))
        return jobs

    def take(self) -> _Job | None:
        """The next job, or None when there is none (or the batch was stopped)."""
        with self.lock:
            if self.stopped or self.next_job >= len(self.jobs):
                return None
            self.next_job += 1
            return self.jobs[self.next_job - 1]

    def check(self, job: _Job) -> Generator[JobStep, Any, None]:
        """Run one job: yields a request to send (and receives its answer, or has the `TikTokLiveError` thrown
        in), or seconds to wait (and receives None)."""
        rate_limited = 0
        while True:
            if self.rate_limit_exhausted is not None:
                self._finish(job, self.rate_limit_exhausted)
                return
            wait = self.paused_until - self.now()
            if wait > 0:
                yield wait
                continue  # the pause may have been extended meanwhile
            if self.stopped:
                return
            try:
                outcome = yield job.request
            except TikTokLiveError as error:
                outcome = error
            if isinstance(outcome, RateLimitError) and rate_limited < self.max_retries:
                delay = outcome.retry_after
                if delay is None:
                    delay = _retry.backoff_delay(rate_limited, rand=self.random)
                if delay <= self.max_wait:
                    rate_limited += 1
                    with self.lock:
                        self.paused_until = max(self.paused_until, self.now() + delay)
                    continue
                self.rate_limit_exhausted = outcome
            self._finish(job, outcome)
            return

    def _label(self, index: int) -> str:
        given = self.inputs[index]
        return given if isinstance(given, str) else str(given) if _numeric_id(given) is not None else repr(given)

    def _finish(self, job: _Job, outcome: RoomIdResponse | BulkLiveCheckResponse | TikTokLiveError) -> None:
        if isinstance(outcome, TikTokLiveError):
            for index in job.indices:
                self._set(index, LiveStatus(self._label(index), None, None, outcome, _numeric_id(self.inputs[index])))
        elif isinstance(job.request, _BulkCheck):
            answers = _bulk_answers(outcome)
            for index in job.indices:
                user_id = _numeric_id(self.inputs[index])
                is_live, room_id = answers.get(str(user_id), (None, None))
                self._set(index, LiveStatus(self._label(index), is_live, room_id, None, user_id))
        else:
            room = cast("RoomIdResponse", outcome)
            is_live = room.is_live if isinstance(room.is_live, bool) else None
            room_id = room.room_id if isinstance(room.room_id, str) else None
            for index in job.indices:  # one unique id, or every place one numeric id was given
                self._set(
                    index, LiveStatus(self._label(index), is_live, room_id, None, _numeric_id(self.inputs[index]))
                )

    def _set(self, index: int, status: LiveStatus) -> None:
        with self.lock:
            self.results[index] = status
            self.done += 1
            if self.on_progress is not None:
                self.on_progress(self.done, self.total)

    def finished(self) -> list[LiveStatus]:
        with self.lock:
            return [result for result in self.results if result is not None]

    def statuses(self) -> list[LiveStatus]:
        assert all(result is not None for result in self.results)
        return [result for result in self.results if result is not None]


def _bulk_answers(answer: Any) -> dict[str, tuple[bool | None, str | None]]:
    """`{user id: (is_live, room_id)}` from a bulk answer; what it leaves out stays unknown."""
    data = getattr(getattr(answer, "response", None), "data", None)
    entries = getattr(data, "additional_properties", None)
    if not isinstance(entries, dict):
        return {}
    answers: dict[str, tuple[bool | None, str | None]] = {}
    for user_id, entry in entries.items():
        is_live = getattr(entry, "is_live", None)
        room_id = getattr(entry, "room_id", None)
        answers[user_id] = (
            is_live if isinstance(is_live, bool) else None,
            room_id if isinstance(room_id, str) and room_id else None,
        )
    return answers


def _job_steps(client: Any) -> Handlers:
    """What the driver does for a job's steps (`Batch.check`), the same on both clients: a request is sent
    through a twin of the client that leaves 429s to the batch; a wait is the client's sleep. On the async client
    both answer awaitables, which `adrive` awaits."""
    twin = client.with_options()
    twin._retry_rate_limits = False
    sleep = client._sleep
    return {_Request: lambda request: request.send(twin), float: sleep, int: sleep}


def check_live_sync(client: _BaseClient[httpx.Client], batch: Batch) -> list[LiveStatus]:
    steps = _job_steps(client)

    def worker() -> None:
        while (job := batch.take()) is not None:
            drive(batch.check(job), steps, throws=(TikTokLiveError,))

    failures: list[BaseException] = []

    def guarded_worker() -> None:
        try:
            worker()
        except BaseException as error:
            failures.append(error)
            batch.stopped = True

    try:
        if batch.workers <= 1:
            worker()
        else:
            # httpx.Client is thread-safe: the threads share the client's connection pool. They are daemon
            # threads so that Ctrl-C need not wait for the requests in flight (nor the interpreter, on exit).
            threads = [
                threading.Thread(target=guarded_worker, name=f"tiktok-live-check-{number}", daemon=True)
                for number in range(batch.workers)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    except KeyboardInterrupt:
        batch.stopped = True  # the threads finish their current job and take no other
        raise CheckLiveInterrupted(batch.finished(), batch.total) from None
    except BaseException:
        batch.stopped = True
        raise
    if failures:
        raise failures[0]
    return batch.statuses()


async def check_live_async(client: _BaseClient[httpx.AsyncClient], batch: Batch) -> list[LiveStatus]:
    import asyncio

    steps = _job_steps(client)

    async def worker() -> None:
        while (job := batch.take()) is not None:
            await adrive(batch.check(job), steps, throws=(TikTokLiveError,))

    async with asyncio.TaskGroup() as group:  # one worker failing cancels the others
        for _ in range(batch.workers):
            group.create_task(worker())
    return batch.statuses()


def format_summary(results: Iterable[LiveStatus]) -> str:
    """A human-readable summary of `check_live` results: a count line, then one line per creator."""
    results = list(results)
    live = sum(1 for result in results if result.is_live)
    offline = sum(1 for result in results if result.is_live is False)
    failed = sum(1 for result in results if result.error is not None)
    unknown = len(results) - live - offline - failed  # answered, without saying whether live
    counts = f"{live} live, {offline} offline, {failed} failed" + (f", {unknown} unknown" if unknown else "")
    lines = [f"{len(results)} checked: {counts}"]
    width = max((len(result.unique_id) for result in results), default=0)
    for result in results:
        if result.error is not None:
            state, detail = "failed", f"{type(result.error).__name__}: {result.error.message}"
        elif result.is_live:
            state, detail = "live", f"room {result.room_id}" if result.room_id else ""
        else:
            state, detail = ("offline" if result.is_live is False else "unknown"), ""
        lines.append(f"  {result.unique_id:<{width}}  {state:<7}  {detail}".rstrip())
    return "\n".join(lines)
