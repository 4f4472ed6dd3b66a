"""Checking many creators at once: `check_live` on both clients, and a summary for people.

One batch resolves every unique id with `room_id`, at most `concurrency` at a time, and returns one
`LiveStatus` per input, in input order. A failure only fails its own item. A 429 pauses the whole batch: when
any check is rate limited, every check waits until the service's hint has elapsed (or a backoff, without a
hint) before sending again, and the rate-limited id is retried, up to the client's `max_retries` times. A hint
longer than the client's `max_retry_wait` is not waited for: that id, and every id not sent yet, gets the
`RateLimitError`.

The logic is one generator per id (`_Batch.check`) that yields what to do next, an id to resolve or seconds
to wait; the sync driver runs it on threads, the async driver on tasks.

Ctrl-C stops a sync batch at once: the worker threads are daemon threads that take no new id once the batch
is stopped, and `check_live` raises `CheckLiveInterrupted` (a `KeyboardInterrupt`) carrying the results that
were complete.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterable
from typing import TYPE_CHECKING, Any

import attrs

from . import _retry
from . import _validation as check
from ._exceptions import InvalidInputError, RateLimitError, TikTokLiveError

if TYPE_CHECKING:
    from tiktok_live_api.models import RoomIdResponse

    from ._client import AsyncTikTokLiveClient, TikTokLiveClient

__all__ = ["CheckLiveInterrupted", "LiveStatus", "format_summary"]

Progress = Callable[[int, int], None]
# What one id's check wants next: a unique id to resolve, or seconds to wait.
Step = str | float


@attrs.frozen
class LiveStatus:
    """Whether one creator is live. `error` is set, and `is_live` and `room_id` are None, when the check
    failed; an input that is not a unique id fails with `InvalidInputError`."""

    unique_id: str
    is_live: bool | None
    room_id: str | None
    error: TikTokLiveError | None = None

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


class _Batch:
    def __init__(
        self,
        client: TikTokLiveClient | AsyncTikTokLiveClient,
        unique_ids: Iterable[str],
        concurrency: int,
        on_progress: Progress | None,
    ) -> None:
        if isinstance(unique_ids, str | bytes):
            raise TypeError("unique_ids must be a list of unique ids, not a single str")
        if not isinstance(concurrency, int) or isinstance(concurrency, bool):
            raise TypeError(f"concurrency must be an int, not {type(concurrency).__name__}")
        if concurrency < 1:
            raise ValueError(f"concurrency must be 1 or more, got {concurrency}")
        if on_progress is not None and not callable(on_progress):
            raise TypeError("on_progress must be a callable taking (done, total)")
        self.unique_ids = list(unique_ids)
        self.total = len(self.unique_ids)
        self.workers = min(concurrency, self.total)
        self.on_progress = on_progress
        self.results: list[LiveStatus | None] = [None] * self.total
        self.done = 0
        self.max_retries = client.max_retries
        self.max_wait = client.max_retry_wait
        self.now = client._now
        self.random = client._random
        self.paused_until = 0.0
        self.rate_limit_exhausted: RateLimitError | None = None
        self.stopped = False
        self.next_index = 0
        self.lock = threading.Lock()

    def take(self) -> int | None:
        """The index of the next id to check, or None when there is none (or the batch was stopped)."""
        with self.lock:
            if self.stopped or self.next_index >= self.total:
                return None
            self.next_index += 1
            return self.next_index - 1

    def check(self, index: int) -> Generator[Step, Any, None]:
        """Check one id: yields an id to resolve (and receives the `RoomIdResponse` or the error), or seconds
        to wait (and receives None)."""
        given = self.unique_ids[index]
        try:
            name = check.unique_id(given)
        except (TypeError, ValueError) as error:
            self._finish(index, InvalidInputError(str(error)))
            return
        rate_limited = 0
        while True:
            if self.rate_limit_exhausted is not None:
                self._finish(index, self.rate_limit_exhausted)
                return
            wait = self.paused_until - self.now()
            if wait > 0:
                yield wait
                continue  # the pause may have been extended meanwhile
            if self.stopped:
                return
            outcome = yield name
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
            self._finish(index, outcome)
            return

    def _finish(self, index: int, outcome: RoomIdResponse | TikTokLiveError) -> None:
        given = self.unique_ids[index]
        label = given if isinstance(given, str) else repr(given)
        if isinstance(outcome, TikTokLiveError):
            status = LiveStatus(label, None, None, outcome)
        else:
            is_live = outcome.is_live if isinstance(outcome.is_live, bool) else None
            room_id = outcome.room_id if isinstance(outcome.room_id, str) else None
            status = LiveStatus(label, is_live, room_id)
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


def _twin(client: Any) -> Any:
    twin = client.with_options()
    twin._retry_rate_limits = False
    return twin


def check_live_sync(
    client: TikTokLiveClient, unique_ids: Iterable[str], *, concurrency: int, on_progress: Progress | None
) -> list[LiveStatus]:
    batch = _Batch(client, unique_ids, concurrency, on_progress)
    twin = _twin(client)

    def worker() -> None:
        while (index := batch.take()) is not None:
            flow = batch.check(index)
            try:
                step = next(flow)
                while True:
                    if isinstance(step, str):
                        try:
                            outcome: Any = twin.room_id(step)
                        except TikTokLiveError as error:
                            outcome = error
                        step = flow.send(outcome)
                    else:
                        client._sleep(step)
                        step = next(flow)
            except StopIteration:
                pass

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
        batch.stopped = True  # the threads finish their current id and take no other
        raise CheckLiveInterrupted(batch.finished(), batch.total) from None
    except BaseException:
        batch.stopped = True
        raise
    if failures:
        raise failures[0]
    return batch.statuses()


async def check_live_async(
    client: AsyncTikTokLiveClient, unique_ids: Iterable[str], *, concurrency: int, on_progress: Progress | None
) -> list[LiveStatus]:
    import asyncio

    batch = _Batch(client, unique_ids, concurrency, on_progress)
    twin = _twin(client)

    async def worker() -> None:
        while (index := batch.take()) is not None:
            flow = batch.check(index)
            try:
                step = next(flow)
                while True:
                    if isinstance(step, str):
                        try:
                            outcome: Any = await twin.room_id(step)
                        except TikTokLiveError as error:
                            outcome = error
                        step = flow.send(outcome)
                    else:
                        await client._sleep(step)
                        step = next(flow)
            except StopIteration:
                pass

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
