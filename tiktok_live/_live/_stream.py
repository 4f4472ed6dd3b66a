"""The live-event streams: `LiveEvents` (blocking iterator) and `AsyncLiveEvents` (async iterator).

Both drive the same `LiveSession` (in `_session.py`) and differ only in how they connect, receive
and sleep, with `websockets`' sync and asyncio clients. `websockets` is imported here, so only code that
opens a stream pays for it.

Backpressure: events are handed over as they are read, one frame's events at a time; nothing is read ahead
of the consumer beyond `websockets`' own buffer of `max_queue` frames (each at most `max_frame_size`).
When that buffer is full the stream stops reading from the socket, so TCP pushes back on the service:
memory stays bounded however long the consumer stalls. If the stall outlasts the keep-alive (`ping_timeout`)
or the service gives up on the socket, the connection is closed and the stream reconnects when the consumer
comes back; events sent in between are lost.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import threading
import time
from collections import deque
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from .._budget._slots import ConnectionSlots, Lease, SlotRefusal
from .._closing import AsyncClosing, Closing
from .._drive import PAUSE, Handlers, adrive, drive
from ._events import LiveEvent
from ._session import (
    HANDSHAKE_STATUS,
    NORMAL,
    Closed,
    Connect,
    LiveEventOptions,
    LiveSession,
    LiveStats,
    Receive,
    ReleaseSlot,
    Reply,
    Sleep,
    Step,
    TakeSlot,
    websockets_logger,
)

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncConnection
    from websockets.sync.client import ClientConnection

__all__ = ["AsyncLiveEvents", "LiveEvents"]

E = TypeVar("E", bound=LiveEvent)
Flow = Generator[Step, Reply, None]


def _closed_of(error: BaseException, session: LiveSession) -> Closed:
    """What a `websockets` (or socket) error says about how the connection ended."""
    from websockets.exceptions import ConnectionClosed, InvalidStatus

    if isinstance(error, ConnectionClosed):
        frame = error.rcvd if error.rcvd is not None else error.sent
        if frame is None:
            return Closed(None, "the connection dropped without a close frame")
        return Closed(frame.code, session.scrub(frame.reason))
    if isinstance(error, InvalidStatus):
        status = error.response.status_code
        return Closed(HANDSHAKE_STATUS.get(status), f"the handshake was refused with HTTP {status}")
    if isinstance(error, TimeoutError):
        return Closed(None, "timed out")
    return Closed(None, type(error).__name__)


def _connect_options(session: LiveSession) -> dict[str, Any]:
    from .._base import USER_AGENT

    options = session.options
    return {
        "open_timeout": options.open_timeout,
        "ping_interval": options.ping_interval,
        "ping_timeout": options.ping_timeout,
        "max_size": options.max_frame_size,
        "max_queue": options.max_queue,
        "logger": websockets_logger,
        "user_agent_header": USER_AGENT,
        "proxy": options.proxy or None,  # True: the environment's (*_PROXY), as websockets reads it
        **({"additional_headers": options.headers} if options.headers else {}),
        **({"ssl": options.ssl} if options.ssl is not None else {}),
    }


def _discard_frames(ws: ClientConnection) -> None:
    from websockets.exceptions import WebSocketException

    try:
        while True:
            ws.recv()
    except (OSError, WebSocketException):
        return


async def _discard_frames_async(ws: AsyncConnection) -> None:
    from websockets.exceptions import WebSocketException

    try:
        while True:
            await ws.recv()
    except (OSError, WebSocketException):
        return


class _Stream:
    """What both streams share: the session, the stats, callbacks, the repr, the connection slot."""

    def __init__(self, session: LiveSession, slots: tuple[ConnectionSlots, str] | None = None) -> None:
        self._session = session
        self._slots = slots
        self._lease: Lease | None = None
        self._flow: Flow | None = None
        self._pending: deque[LiveEvent] = deque()
        self._handlers: list[tuple[type[LiveEvent], Callable[[Any], Any]]] = []
        self._finished = False

    @property
    def stats(self) -> LiveStats:
        """Events by type, connections, reconnects and skipped frames so far."""
        return self._session.stats

    @property
    def unique_id(self) -> str:
        return self._session.options.unique_id

    def on(self, event_type: type[E]) -> Callable[[Callable[[E], Any]], Callable[[E], Any]]:
        """Register a callback for events of `event_type` (and its subclasses; `LiveEvent` for all), for
        `run()`: `@events.on(ChatEvent)` above a function taking the event."""

        def register(handler: Callable[[E], Any]) -> Callable[[E], Any]:
            self._handlers.append((event_type, handler))
            return handler

        return register

    def _held(self, taken: object) -> SlotRefusal | None:
        """Keeps a slot just taken (a lease renewed until released); passes a refusal on to the session."""
        if isinstance(taken, SlotRefusal):
            return taken
        if taken is not None and self._slots is not None:
            from .._budget._slots import Slot

            assert isinstance(taken, Slot)
            self._lease = Lease(self._slots[0], self._slots[1], taken, holder=self)
        return None

    # The I/O of each kind of step: each stream's own (sync, or async).
    _receive: Callable[[float | None], Any]
    _connect: Callable[[str], Any]
    _sleep: Callable[[float], Any]
    _take_slot: Callable[[], Any]
    _release: Callable[..., Any]

    @functools.cached_property
    def _steps(self) -> Handlers:
        """What the driver does for each step of the session (`_drive.py`); the methods named here are sync on
        `LiveEvents`, async on `AsyncLiveEvents`. A list of events pauses the session: it is handed to the consumer."""
        return {
            list: PAUSE,
            Receive: lambda step: self._receive(step.timeout),
            Connect: lambda step: self._connect(step.url),
            Sleep: lambda step: self._sleep(step.seconds),
            TakeSlot: lambda step: self._take_slot(),
            ReleaseSlot: lambda step: self._release(refused=step.refused),
        }

    def _started(self) -> Flow:
        """The session's flow, started on first use. A local reference for the driver: close() from another thread
        (or task) may clear `_flow`; the closed flow then stops."""
        if self._flow is None:
            self._flow = self._session.run()
        return self._flow

    def _closing(self) -> bool:
        """close() was called meanwhile, from another thread or task: the driver stops before the next step."""
        return self._finished

    def _handlers_for(self, event: LiveEvent) -> list[Callable[[Any], Any]]:
        return [handler for kind, handler in self._handlers if isinstance(event, kind)]

    def __repr__(self) -> str:
        state = "finished" if self._finished else "open" if self._flow is not None else "not started"
        return (
            f"{type(self).__name__}(unique_id={self.unique_id!r}, ws_url={self._session.options.ws_url!r}, "
            f"{self._session.secrets!r}, state={state}, events={self.stats.total})"
        )


class LiveEvents(_Stream, Closing):
    """A creator's live events, as a blocking iterator: `with client.live_events("@someone") as events:
    for event in events: ...`. Iteration ends when the stream ends; see `TikTokLiveClient.live_events`."""

    def __init__(self, session: LiveSession, slots: tuple[ConnectionSlots, str] | None = None) -> None:
        super().__init__(session, slots)
        self._ws: ClientConnection | None = None

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> LiveEvent:
        if not self._pending:
            self._pending.extend(self._advance())
        return self._pending.popleft()

    def _advance(self) -> list[LiveEvent]:
        if self._finished:
            raise StopIteration
        try:
            events = drive(self._started(), self._steps, stop=self._closing)
        except BaseException:
            self.close()
            raise
        if events is None:  # the stream ended, or was closed
            self.close()
            raise StopIteration
        return events  # type: ignore[no-any-return]

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def _take_slot(self) -> SlotRefusal | None:
        self._release()
        return self._held(None if self._slots is None else self._slots[0].take(self._slots[1]))

    def _connect(self, url: str) -> Closed | None:
        from websockets.exceptions import WebSocketException
        from websockets.sync.client import connect

        self._disconnect()
        try:
            connection = connect(url, **_connect_options(self._session))
        except (OSError, TimeoutError, WebSocketException) as error:
            return _closed_of(error, self._session)
        # Entered as a context manager (websockets >= 17.1 warns otherwise); `_disconnect` closes it.
        self._ws = connection.__enter__()
        return None

    def _receive(self, timeout: float | None) -> str | bytes | Closed:
        from websockets.exceptions import WebSocketException

        ws = self._ws
        if ws is None:
            return Closed(NORMAL, "closed by the client")
        try:
            return ws.recv(timeout)
        except TimeoutError:
            return Closed(None, f"no frame within receive_timeout={timeout} s")
        except (OSError, WebSocketException) as error:
            return _closed_of(error, self._session)

    def _disconnect(self) -> None:
        ws, self._ws = self._ws, None
        if ws is not None:
            # A full frame queue stops websockets from reading, so the server's answer to our close frame would
            # wait behind unread frames until close_timeout: read and drop them meanwhile.
            threading.Thread(target=_discard_frames, args=(ws,), name="tiktok-live-close", daemon=True).start()
            ws.close()

    def _release(self, *, refused: bool = False) -> int | None:
        lease, self._lease = self._lease, None
        return None if lease is None else lease.release(refused=refused)

    def run(self) -> LiveStats:
        """Iterate to the end, calling the callbacks registered with `on()`; returns the stats."""
        with self:
            for event in self:
                for handler in self._handlers_for(event):
                    handler(event)
        return self.stats

    def close(self) -> None:
        """Close the connection; iteration ends. Safe to call more than once."""
        self._finished = True
        flow, self._flow = self._flow, None
        if flow is not None:
            with contextlib.suppress(ValueError):  # running in another thread: it stops at its next step
                flow.close()
        self._disconnect()
        self._release()


class AsyncLiveEvents(_Stream, AsyncClosing):
    """A creator's live events, as an async iterator: `async with client.live_events("@someone") as events:
    async for event in events: ...`; see `TikTokLiveClient.live_events`."""

    def __init__(self, session: LiveSession, slots: tuple[ConnectionSlots, str] | None = None) -> None:
        super().__init__(session, slots)
        self._ws: AsyncConnection | None = None

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> LiveEvent:
        if not self._pending:
            self._pending.extend(await self._advance())
        return self._pending.popleft()

    async def _advance(self) -> list[LiveEvent]:
        if self._finished:
            raise StopAsyncIteration
        try:
            events = await adrive(self._started(), self._steps, stop=self._closing)
        except BaseException:
            await self.aclose()
            raise
        if events is None:  # the stream ended, or was closed
            await self.aclose()
            raise StopAsyncIteration
        return events  # type: ignore[no-any-return]

    async def _sleep(self, seconds: float) -> None:
        import asyncio

        await asyncio.sleep(seconds)

    async def _take_slot(self) -> SlotRefusal | None:
        await self._release()
        return self._held(None if self._slots is None else await self._slots[0].atake(self._slots[1]))

    async def _connect(self, url: str) -> Closed | None:
        from websockets.asyncio.client import connect
        from websockets.exceptions import WebSocketException

        await self._disconnect()
        try:
            self._ws = await connect(url, **_connect_options(self._session))
        except (OSError, TimeoutError, WebSocketException) as error:
            return _closed_of(error, self._session)
        return None

    async def _receive(self, timeout: float | None) -> str | bytes | Closed:  # noqa: ASYNC109
        import asyncio

        from websockets.exceptions import WebSocketException

        ws = self._ws
        if ws is None:
            return Closed(NORMAL, "closed by the client")
        try:
            async with asyncio.timeout(timeout):
                return await ws.recv()
        except TimeoutError:
            return Closed(None, f"no frame within receive_timeout={timeout} s")
        except (OSError, WebSocketException) as error:
            return _closed_of(error, self._session)

    async def _disconnect(self) -> None:
        import asyncio

        ws, self._ws = self._ws, None
        if ws is not None:
            drain = asyncio.create_task(_discard_frames_async(ws))  # see LiveEvents._disconnect
            try:
                await ws.close()
            finally:
                drain.cancel()

    async def _release(self, *, refused: bool = False) -> int | None:
        lease, self._lease = self._lease, None
        return None if lease is None else await lease.arelease(refused=refused)

    async def run(self) -> LiveStats:
        """Iterate to the end, calling (and awaiting, when they are coroutines) the callbacks registered
        with `on()`; returns the stats."""
        async with self:
            async for event in self:
                for handler in self._handlers_for(event):
                    result = handler(event)
                    if inspect.isawaitable(result):
                        await result
        return self.stats

    async def aclose(self) -> None:
        """Close the connection; iteration ends. Safe to call more than once."""
        self._finished = True
        flow, self._flow = self._flow, None
        if flow is not None:
            with contextlib.suppress(ValueError):  # running in another thread: it stops at its next step
                flow.close()
        await self._disconnect()
        await self._release()


def _proxy_of(client: Any) -> str | bool:
    """The proxy the client's requests take: that of the `http_client` you passed (credentials included), else
    True (the environment's, as httpx and websockets both read it)."""
    if client._http_built_here:
        return True
    from .._base import client_proxy_url

    return client_proxy_url(client._http, client.base_url, credentials=True) or True


def _session_of(client: Any, unique_id: object, settings: LiveEventOptions) -> LiveSession:
    from ._session import Secrets, install_log_filter, live_options

    options = dict(settings)
    ws_url = options.pop("ws_url", None)
    if options.get("max_connection_wait") is None:
        options["max_connection_wait"] = client.max_retry_wait
    if "proxy" not in options:  # the client's own proxy settings apply to the WebSocket too
        options["proxy"] = _proxy_of(client)
    checked = live_options(unique_id, ws_url, **options)
    install_log_filter()
    auth = client._auth  # the client's key and JWT; they stay out of every repr, log line and error
    if not auth._api_key and not auth._jwt:
        raise ValueError(
            "live events need an API key or a JWT: pass api_key= (or jwt=) to the client, or set EULER_API_KEY"
        )
    return LiveSession(checked, Secrets(auth._api_key, auth._jwt))


def slots_of(client: Any) -> tuple[ConnectionSlots, str] | None:
    """The connection slots of a client's rate limiter and the key they are filed under (None: no budget,
    or a custom limiter that does not count connections)."""
    limiter = client.rate_limiter
    slots = getattr(limiter, "slots", None)
    if slots is None:
        if limiter is not None:
            from .._budget._messages import warn_once

            warn_once(
                f"the rate limiter {type(limiter).__name__} has no live-connection slots (a `slots` attribute, "
                "see LiveConnectionSlots): live_events connections are not held to the plan's connection limit"
            )
        return None
    return cast("ConnectionSlots", slots), str(client._budget.key)


def live_events(client: Any, unique_id: object, settings: LiveEventOptions) -> LiveEvents:
    return LiveEvents(_session_of(client, unique_id, settings), slots_of(client))


def async_live_events(client: Any, unique_id: object, settings: LiveEventOptions) -> AsyncLiveEvents:
    return AsyncLiveEvents(_session_of(client, unique_id, settings), slots_of(client))
