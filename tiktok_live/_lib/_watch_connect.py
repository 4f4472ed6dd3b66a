"""`watch_creators(..., connect=True)`: live events of the creators who are live, within the connection slots.

After each step of a watch, `reconcile()` ranks the creators live now (and whose stream has not ended by itself)
by `priority` (higher first; ties, and no priority, by the order they were given) and keeps the first
`max_connections` of them connected with `client.live_events`: it opens the missing ones and closes any that
fell out of that top (a creator gone offline, or outranked by one who went live). The others wait, in rank
order, for a connection to close. `max_connections` defaults to the connection limit of the client's rate
limiter (`live_connections=`); `live_events` still takes a slot of it for each connection, so other streams
of the key count too.

Each connection runs on a daemon thread (sync client) or a task (async client) that hands each event to
`on_live_event(creator, event)`. A stream that ends by itself (the creator ended it) is not opened again until
the creator has gone offline and live again; a stream that fails is a `CheckFailed` of the watch.
"""

from __future__ import annotations

import inspect
import threading
from collections import deque
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ._watch_events import CheckFailed, WatchEvent

if TYPE_CHECKING:
    import asyncio

    from .._live._events import LiveEvent

CLOSE_WAIT = 5.0


class Watched(Protocol):
    """What the connections read of a watch's state (`_watch._Core`): its creators (each with `live` and
    `unique_id`), its lock, whether it is closed, and where its transitions go."""

    @property
    def creators(self) -> Mapping[str, Any]: ...
    @property
    def lock(self) -> Any: ...
    @property
    def closed(self) -> bool: ...
    @property
    def events(self) -> deque[WatchEvent]: ...
    @property
    def now(self) -> Callable[[], float]: ...


LiveEventHandler = Callable[[str, "LiveEvent"], object]
Priority = Callable[[str], float]


def default_max_connections(client: Any) -> int:
    from .._budget._slots import DEFAULT_LIVE_CONNECTIONS
    from .._live._stream import slots_of

    found = slots_of(client)
    if found is None:
        return DEFAULT_LIVE_CONNECTIONS
    slots, key = found
    try:
        return max(int(slots.open(key)[1]), 1)
    except Exception:  # a limiter's own failure: the smallest plan's limit
        return DEFAULT_LIVE_CONNECTIONS


class _Handle:
    def __init__(self, label: str) -> None:
        self.label = label
        self.stream: Any = None
        self.stopped = False
        self.thread: threading.Thread | None = None
        self.task: asyncio.Task[None] | None = None


class Connections:
    """The live-events connections of one watch; the sync or async flavour opens them (`is_async`)."""

    def __init__(
        self,
        client: Any,
        core: Watched,
        *,
        is_async: bool,
        on_live_event: LiveEventHandler | None,
        priority: Priority | None,
        max_connections: int | None,
        live_options: Mapping[str, Any] | None,
    ) -> None:
        if on_live_event is not None and not callable(on_live_event):
            raise TypeError("on_live_event must be a callable taking (creator, event)")
        if priority is not None and not callable(priority):
            raise TypeError("priority must be a callable taking a creator and returning a number (higher first)")
        if max_connections is not None and (
            not isinstance(max_connections, int) or isinstance(max_connections, bool) or max_connections < 1
        ):
            raise ValueError(f"max_connections must be a positive int, got {max_connections!r}")
        self.client = client
        self.core = core
        self.is_async = is_async
        self.on_live_event = on_live_event
        self.priority = priority
        self.max_connections = max_connections or default_max_connections(client)
        self.live_options = dict(live_options or {})
        self.lock = threading.Lock()
        self.handles: dict[str, _Handle] = {}
        self.ended: set[str] = set()  # streams that ended by themselves, until the creator goes offline
        self.waiting: list[str] = []

    def _ranked(self) -> list[str]:
        with self.core.lock:
            live = [c for c in self.core.creators.values() if c.live and c.unique_id is not None]
        with self.lock:
            offline = self.ended - {c.label for c in live}
            self.ended -= offline
            candidates = [c.label for c in live if c.label not in self.ended]
        order = {label: index for index, label in enumerate(self.core.creators)}
        priority = self.priority
        return sorted(candidates, key=lambda label: (-(priority(label) if priority else 0.0), order.get(label, 0)))

    def reconcile(self) -> None:
        if self.core.closed:
            self.close()
            return
        ranked = self._ranked()
        chosen = ranked[: self.max_connections]
        with self.lock:
            self.waiting = ranked[self.max_connections :]
            leaving = [handle for label, handle in self.handles.items() if label not in chosen]
            for handle in leaving:
                del self.handles[handle.label]
            opening = [label for label in chosen if label not in self.handles]
            for label in opening:
                self.handles[label] = _Handle(label)
            handles = [self.handles[label] for label in opening]
        for handle in leaving:
            self._stop(handle)
        for handle in handles:
            self._open(handle)

    def connected(self) -> list[str]:
        with self.lock:
            return list(self.handles)

    def close(self) -> None:
        """Close every connection; on the sync client, wait (up to `CLOSE_WAIT` s each) for their threads."""
        with self.lock:
            handles, self.handles, self.waiting = list(self.handles.values()), {}, []
        for handle in handles:
            self._stop(handle)
        for handle in handles:
            thread = handle.thread
            if thread is not None and thread is not threading.current_thread():
                thread.join(CLOSE_WAIT)

    async def aclose(self) -> None:
        """`close()`, then wait for the connections' tasks to finish closing their WebSockets."""
        import asyncio

        with self.lock:
            tasks = [handle.task for handle in self.handles.values() if handle.task is not None]
        self.close()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    # -- one connection ------------------------------------------------------------------------------

    def _open(self, handle: _Handle) -> None:
        if self.is_async:
            import asyncio

            handle.task = asyncio.get_running_loop().create_task(self._run_async(handle))
        else:
            handle.thread = threading.Thread(
                target=self._run_sync, args=(handle,), name=f"tiktok-live-watch-{handle.label}", daemon=True
            )
            handle.thread.start()

    def _stop(self, handle: _Handle) -> None:
        handle.stopped = True
        if handle.task is not None:
            handle.task.cancel()
        elif handle.stream is not None:
            handle.stream.close()  # safe from another thread: the stream ends at its next step

    def _run_sync(self, handle: _Handle) -> None:
        from .._exceptions import TikTokLiveError

        try:
            with self.client.live_events(handle.label, **self.live_options) as events:
                handle.stream = events
                if handle.stopped:
                    return
                for event in events:
                    if handle.stopped:
                        return
                    if self.on_live_event is not None:
                        self.on_live_event(handle.label, event)
        except TikTokLiveError as error:
            self._failed(handle, error)
        finally:
            self._done(handle)

    async def _run_async(self, handle: _Handle) -> None:
        from .._exceptions import TikTokLiveError

        try:
            async with self.client.live_events(handle.label, **self.live_options) as events:
                handle.stream = events
                async for event in events:
                    if self.on_live_event is not None:
                        result = self.on_live_event(handle.label, event)
                        if inspect.isawaitable(result):
                            await result
        except TikTokLiveError as error:
            self._failed(handle, error)
        finally:
            self._done(handle)

    def _failed(self, handle: _Handle, error: Exception) -> None:
        if handle.stopped:
            return
        with self.core.lock:
            self.core.events.append(CheckFailed(handle.label, error, self.core.now()))  # type: ignore[arg-type]

    def _done(self, handle: _Handle) -> None:
        with self.lock:
            if self.handles.get(handle.label) is handle:
                del self.handles[handle.label]
            if not handle.stopped:
                self.ended.add(handle.label)  # ended by itself (or failed): not again until offline and live
