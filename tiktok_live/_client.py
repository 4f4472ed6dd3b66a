"""The clients: `TikTokLiveClient` (sync) and `AsyncTikTokLiveClient`. Both share `_BaseClient`; here
they only send requests, sleep between retries, and close."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterable
from types import FunctionType
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, Unpack

import httpx

from . import _pool
from ._base import NotGiven, TimeoutArg, _BaseClient
from ._budget._flow import Learn, Take
from ._closing import AsyncClosing, Closing
from ._constants import (
    DEFAULT_LIMITS,
    POOL_SHARDS,
)
from ._drive import Handlers, adrive, drive
from ._methods import (
    AsyncOperations,
    AsyncTikTokLiveClientWithRawResponse,
    SyncOperations,
    TikTokLiveClientWithRawResponse,
)
from ._response import RawResponse

if TYPE_CHECKING:
    from tiktok_live_api import AuthenticatedClient

    from ._calls import Call
    from ._lib._bulk import LiveStatus
    from ._lib._watch import AsyncCreatorWatch, CreatorWatch, WatchOptions
    from ._live._session import LiveEventOptions
    from ._live._stream import AsyncLiveEvents, LiveEvents
    from ._operations import Layout, Method

__all__ = [
    "AsyncTikTokLiveClient",
    "AsyncTikTokLiveClientWithRawResponse",
    "TikTokLiveClient",
    "TikTokLiveClientWithRawResponse",
]

T = TypeVar("T")

# What a step's I/O raises that the call's flow handles: a request that failed, a body that could not be read.
_THROWN = (httpx.HTTPError, httpx.StreamError)

# `_calls.build_call` and `_operations.operation_for`, loaded with the first call, not with the client.
_CALL_BUILDERS: list[tuple[Callable[..., Any], Callable[..., Any]]] = []


def _built_call(method: Method[T], layout: Layout, arguments: dict[str, object]) -> Call[T]:
    """The call of `method` in `layout`: `build_call(operation_for(...))`, checked before anything is sent."""
    if not _CALL_BUILDERS:
        from ._calls import build_call
        from ._operations import operation_for

        _CALL_BUILDERS.append((build_call, operation_for))
    build, choose = _CALL_BUILDERS[0]
    call: Call[T] = build(choose(method, layout, arguments), arguments)  # Any-typed builders: no cast() per call
    return call


class TikTokLiveClient(SyncOperations, _BaseClient[httpx.Client], Closing):
    """Synchronous client for the Euler Stream TikTok LIVE API. The constructor (shared with
    `AsyncTikTokLiveClient`) says where each setting comes from when it is left out; `http_client` takes an
    `httpx.Client`."""

    _http_client_type = httpx.Client

    def _sleep(self, seconds: float) -> None:  # tests replace it on the instance
        time.sleep(seconds)

    _transport: _pool.ShardedTransport | None

    def _make_http_client(self, timeout: TimeoutArg | NotGiven) -> httpx.Client:
        self._transport = _pool.sync_transport(DEFAULT_LIMITS, POOL_SHARDS)
        return httpx.Client(**self._http_options(timeout))

    def _request(self, call: Call[T]) -> RawResponse[T]:
        return drive(self._flow(call), self._steps, throws=_THROWN)  # type: ignore[no-any-return]

    # What the steps of a call that carry their own I/O do on this client (`_BaseClient._steps`).
    _step_io: ClassVar[Handlers] = {Take: Take.run, Learn: Learn.run, httpx.Response: httpx.Response.read}

    def _call(self, method: Method[T], arguments: dict[str, object]) -> T:
        return self._result(self._request(_built_call(method, self.layout, arguments)))

    # -- beyond single operations -----------------------------------------------------------------

    def check_live(
        self,
        unique_ids: Iterable[str | int],
        *,
        concurrency: int = 10,
        on_progress: Callable[[int, int], None] | None = None,
        session_id: str | None = None,
        tt_target_idc: str | None = None,
    ) -> list[LiveStatus]:
        """Whether each creator is live: one `LiveStatus` per input, in input order, never raising for one
        item (its `error` says what failed; a bad input is an `InvalidInputError`).

        A `str` is a unique id (`name`, `@name` or a profile URL), checked with `room_id`; an `int` is a
        numeric user id, checked with `webcast.retrieve_bulk_live_check`, 50 ids a request, which needs a TikTok
        session: `session_id` (and `tt_target_idc` when it needs one); without it numeric ids raise
        ValueError before any request. At most `concurrency` requests run at once, on threads sharing this
        client's pool. A 429 pauses the whole batch for the service's hint, then retries that request.
        `on_progress(done, total)` is called after each input."""
        from ._lib._bulk import Batch, check_live_sync

        return check_live_sync(self, Batch(self, unique_ids, concurrency, on_progress, session_id, tt_target_idc))

    def live_events(self, unique_id: str, **options: Unpack[LiveEventOptions]) -> LiveEvents:
        """A creator's live events from Euler's WebSocket service, as a blocking iterator of typed events
        (`with client.live_events("@someone") as events: for event in events: ...`); docs/live-events.md.

        Uses this client's key and JWT; `ws_url` defaults to EULER_WS_URL, else wss://ws.eulerstream.com.
        Every argument is checked here, before connecting. Iteration ends when the stream ends (close code
        4005); not live, bad options, bad auth, no permission and too many connections raise
        `CreatorNotLiveError`, `LiveOptionsError`, `LiveAuthenticationError`, `LivePermissionError`,
        `LiveConnectionLimitError`; other closes and drops reconnect (`max_reconnects` in a row, then
        `LiveConnectionError`). Each connection takes a slot of the rate limiter's connection budget
        (`live_connections=`), waiting up to `max_connection_wait` (default: `max_retry_wait`) for one. `proxy`
        (default: your `http_client`'s proxy, else *_PROXY; None for none), `headers` and `ssl` say how the
        WebSocket is reached."""
        from ._live._stream import live_events

        return live_events(self, unique_id, options)

    def watch_creators(self, creators: Iterable[str | int], **options: Unpack[WatchOptions]) -> CreatorWatch:
        """Transitions of many creators (`WentLive`, `WentOffline`, `CheckFailed`) with the fewest requests: an
        iterator, with `add()`, `remove()`, `run(on_event)` and `plan`; options and pacing in `_lib/_watch.py` and
        docs/monitoring.md (`session_id=` for the bulk live check, `budget_share=0.5`, `interval=`)."""
        from ._lib._watch import watch_sync

        return watch_sync(self, creators, **options)

    # -- access to the raw answers and to the generated layer --------------------------------------

    @functools.cached_property
    def with_raw_response(self) -> TikTokLiveClientWithRawResponse:
        """The same methods, returning a `RawResponse` (the `httpx.Response`, its headers, retries taken
        and `.parse()`)."""
        return TikTokLiveClientWithRawResponse(self._raw_twin())

    @functools.cached_property
    def generated(self) -> AuthenticatedClient:
        """The generated low-level client of this client's layout (`tiktok_live_api`; `tiktok_live_rest_api`'s
        with `layout="rest"`), sending through this client's httpx client (its pool, or the `http_client` you
        passed, with your proxies and hooks) with the key and base URL added as for every call. The generated
        layer alone: no retries, budget or typed errors."""
        from ._low_level import bound_generated_client

        return bound_generated_client(self, is_async=False)

    # -- lifetime ---------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool (not a pool you passed in as `http_client`), and the Redis connections of
        a rate limiter built from a URL."""
        if self._owns_http:
            self._http.close()
        close_budget = getattr(self.rate_limiter, "close", None) if self._owns_budget else None
        if close_budget is not None:
            close_budget()


def _named_as_users_see_them(client: type, operations: type) -> None:
    """Python's own errors for a bad call (a missing argument) name the method by its `__qualname__`: the
    client's (`TikTokLiveClient.send_chat()`), not the generated class it inherits it from."""
    for name, value in vars(operations).items():
        if isinstance(value, FunctionType) and not name.startswith("_"):
            value.__qualname__ = f"{client.__name__}.{name}"


_named_as_users_see_them(TikTokLiveClient, SyncOperations)


class AsyncTikTokLiveClient(AsyncOperations, _BaseClient[httpx.AsyncClient], AsyncClosing):
    """Asynchronous client for the Euler Stream TikTok LIVE API; see `TikTokLiveClient` for the arguments.
    `http_client` takes an `httpx.AsyncClient`."""

    _http_client_type = httpx.AsyncClient

    async def _sleep(self, seconds: float) -> None:  # tests replace it on the instance
        import asyncio  # here: sync users need not import it

        await asyncio.sleep(seconds)

    _transport: _pool.ShardedAsyncTransport | None

    def _make_http_client(self, timeout: TimeoutArg | NotGiven) -> httpx.AsyncClient:
        self._transport = _pool.async_transport(DEFAULT_LIMITS, POOL_SHARDS)
        return httpx.AsyncClient(**self._http_options(timeout))

    async def _request(self, call: Call[T]) -> RawResponse[T]:
        return await adrive(self._flow(call), self._steps, throws=_THROWN)  # type: ignore[no-any-return]

    _step_io: ClassVar[Handlers] = {Take: Take.arun, Learn: Learn.arun, httpx.Response: httpx.Response.aread}

    async def _call(self, method: Method[T], arguments: dict[str, object]) -> T:
        return self._result(await self._request(_built_call(method, self.layout, arguments)))

    async def check_live(
        self,
        unique_ids: Iterable[str | int],
        *,
        concurrency: int = 10,
        on_progress: Callable[[int, int], None] | None = None,
        session_id: str | None = None,
        tt_target_idc: str | None = None,
    ) -> list[LiveStatus]:
        """Whether each creator is live, at most `concurrency` requests at a time; `int` inputs are numeric
        user ids checked 50 a request with `session_id`; see `TikTokLiveClient.check_live`."""
        from ._lib._bulk import Batch, check_live_async

        batch = Batch(self, unique_ids, concurrency, on_progress, session_id, tt_target_idc)
        return await check_live_async(self, batch)

    def live_events(self, unique_id: str, **options: Unpack[LiveEventOptions]) -> AsyncLiveEvents:
        """A creator's live events as an async iterator (`async with client.live_events("@someone") as
        events: async for event in events: ...`); see `TikTokLiveClient.live_events`."""
        from ._live._stream import async_live_events

        return async_live_events(self, unique_id, options)

    def watch_creators(self, creators: Iterable[str | int], **options: Unpack[WatchOptions]) -> AsyncCreatorWatch:
        """Transitions of many creators as an async iterator (`async for event in watch:`); see
        `TikTokLiveClient.watch_creators`."""
        from ._lib._watch import watch_async

        return watch_async(self, creators, **options)

    @functools.cached_property
    def with_raw_response(self) -> AsyncTikTokLiveClientWithRawResponse:
        """The same methods, returning a `RawResponse`; see `TikTokLiveClient.with_raw_response`."""
        return AsyncTikTokLiveClientWithRawResponse(self._raw_twin())

    @functools.cached_property
    def generated(self) -> AuthenticatedClient:
        """The generated low-level client of this client's layout, for its `asyncio` functions; see
        `TikTokLiveClient.generated`."""
        from ._low_level import bound_generated_client

        return bound_generated_client(self, is_async=True)

    async def aclose(self) -> None:
        """Close the connection pool (not a pool you passed in as `http_client`), and the Redis connections of
        a rate limiter built from a URL."""
        if self._owns_http:
            await self._http.aclose()
        close_budget = getattr(self.rate_limiter, "aclose", None) if self._owns_budget else None
        if close_budget is not None:
            await close_budget()

    async def close(self) -> None:
        """The same as `aclose()`: `await client.close()` reads like the sync client's `client.close()`."""
        await self.aclose()


_named_as_users_see_them(AsyncTikTokLiveClient, AsyncOperations)
