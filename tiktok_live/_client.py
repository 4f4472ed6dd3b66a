"""The clients: `TikTokLiveClient` (sync) and `AsyncTikTokLiveClient`. Both share `_BaseClient`; here
they only send requests, sleep between retries, and close."""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable, Iterable
from types import TracebackType
from typing import TYPE_CHECKING, ParamSpec, Self, TypeVar, cast

import httpx

from . import _operations as ops
from . import _pool
from ._base import NotGiven, TimeoutArg, _BaseClient
from ._budget import BudgetStep
from ._constants import (
    DEFAULT_CLIENT_NAME,
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    POOL_SHARDS,
)
from ._operations import Call
from ._response import RawResponse
from ._results import RoomMedia, WebcastFetchResult

if TYPE_CHECKING:
    from tiktok_live_api import AuthenticatedClient
    from tiktok_live_api.models import (
        RateLimitsResponse,
        RoomIdResponse,
        RoomInfoResponse,
        SendChatResponse,
        SignedUrl,
    )

    from ._bulk import LiveStatus

__all__ = ["AsyncTikTokLiveClient", "TikTokLiveClient"]

P = ParamSpec("P")
T = TypeVar("T")


def _generated_client(base_url: str) -> AuthenticatedClient:
    from tiktok_live_api import AuthenticatedClient

    # The key is not given to it: requests go through our httpx client, whose auth adds it.
    return AuthenticatedClient(base_url=base_url, token="", auth_header_name="x-api-key", prefix="")


class TikTokLiveClient(_BaseClient[httpx.Client]):
    """Synchronous client for the Euler Stream TikTok LIVE API. The constructor (shared with
    `AsyncTikTokLiveClient`) says where each setting comes from when it is left out; `http_client` takes an
    `httpx.Client`."""

    _http_client_type = httpx.Client

    def _sleep(self, seconds: float) -> None:  # tests replace it on the instance
        time.sleep(seconds)

    def _make_http_client(self, timeout: TimeoutArg | NotGiven) -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url,
            auth=self._auth,
            headers=self._headers,
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
            limits=DEFAULT_LIMITS,
            transport=_pool.sync_transport(DEFAULT_LIMITS, POOL_SHARDS),
        )

    def _request(self, call: Call[T]) -> RawResponse[T]:
        flow = self._flow(call)
        step = next(flow)
        try:
            while True:
                if isinstance(step, httpx.Request):
                    try:
                        response = self._http.send(step, auth=self._send_auth)
                    except httpx.HTTPError as error:
                        step = flow.throw(error)
                    else:
                        step = flow.send(response)
                elif isinstance(step, BudgetStep):
                    step = flow.send(step.run())
                else:
                    self._sleep(step)
                    step = flow.send(None)
        except StopIteration as done:
            return cast(RawResponse[T], done.value)

    # -- the operations ---------------------------------------------------------------------------

    def fetch_webcast_url(
        self,
        room_id: str | int | None = None,
        unique_id: str | None = None,
        *,
        cursor: str | None = None,
        session_id: str | None = None,
        user_agent: str | None = None,
        tt_target_idc: str | None = None,
        client_enter: bool = True,
        country: str | None = None,
        platform: str | None = None,
        client: str = DEFAULT_CLIENT_NAME,
    ) -> WebcastFetchResult:
        """Fetch the WebSocket URL and first payload of a live room (`GET /webcast/fetch`).

        Pass exactly one of `room_id` and `unique_id` (a unique id needs an Enterprise plan). The result
        holds TikTok's protobuf payload and the cookie, room id, request id and agent id from the headers.
        `country` is one of DE, ES, FR, GB, PL, US; `platform` is "web" or "mobile".
        """
        call = ops.fetch_webcast_url(
            room_id,
            unique_id,
            cursor=cursor,
            session_id=session_id,
            user_agent=user_agent,
            tt_target_idc=tt_target_idc,
            client_enter=client_enter,
            country=country,
            platform=platform,
            client=client,
        )
        return self._result(self._request(call))

    def sign_webcast_url(
        self,
        url: str,
        *,
        method: str = "GET",
        user_agent: str | None = None,
        session_id: str | None = None,
        tt_target_idc: str | None = None,
        payload: str | None = None,
        type: str | None = None,
        include_browser_params: bool | None = None,
        include_verify_fp: bool | None = None,
        client: str = DEFAULT_CLIENT_NAME,
    ) -> SignedUrl:
        """Sign a TikTok URL (`POST /webcast/sign_url`): the signed URL, and the user agent, tokens,
        headers and cookies to send with it. `type` is "fetch" or "xhr"."""
        call = ops.sign_webcast_url(
            url,
            method=method,
            user_agent=user_agent,
            session_id=session_id,
            tt_target_idc=tt_target_idc,
            payload=payload,
            type=type,
            include_browser_params=include_browser_params,
            include_verify_fp=include_verify_fp,
            client=client,
        )
        return self._result(self._request(call))

    def rate_limits(self) -> RateLimitsResponse:
        """The rate limits of the configured key, or the anonymous limits without one."""
        return self._result(self._request(ops.rate_limits()))

    def room_id(self, unique_id: str) -> RoomIdResponse:
        """A creator's room id and whether they are live. `unique_id` may be "name", "@name" or a
        profile URL such as https://www.tiktok.com/@name/live."""
        return self._result(self._request(ops.room_id(unique_id)))

    def room_info(self, unique_id: str) -> RoomInfoResponse:
        """A creator's live room: title, viewers, stream URLs, profile, and TikTok's raw room document."""
        return self._result(self._request(ops.room_info(unique_id)))

    def room_cover(self, unique_id: str) -> RoomMedia:
        """The cover of a creator's live room: the image bytes, or the service's JSON document."""
        return self._result(self._request(ops.room_cover(unique_id)))

    def room_video(self, unique_id: str, stream_type: str | None = None) -> RoomMedia:
        """The video of a creator's live room. `stream_type`: hls_ld, hls_sd (the default), flv_ld, flv_sd."""
        return self._result(self._request(ops.room_video(unique_id, stream_type)))

    def send_chat(self, room_id: str | int, content: str, *, session_id: str, tt_target_idc: str) -> SendChatResponse:
        """Send a chat message to a live room as the TikTok account of `session_id` / `tt_target_idc`.
        It is never sent twice: it is retried only when the connection failed before anything was sent."""
        call = ops.send_chat(room_id, content, session_id=session_id, tt_target_idc=tt_target_idc)
        return self._result(self._request(call))

    def check_live(
        self,
        unique_ids: Iterable[str],
        *,
        concurrency: int = 10,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> list[LiveStatus]:
        """Whether each creator is live: one `LiveStatus` per input, in input order, never raising for one
        item (its `error` says what failed; a bad input is an `InvalidInputError`). At most `concurrency`
        `room_id` calls run at once, on threads sharing this client's pool. A 429 pauses the whole batch
        for the service's hint, then retries that id. `on_progress(done, total)` is called after each item."""
        from ._bulk import check_live_sync

        return check_live_sync(self, unique_ids, concurrency=concurrency, on_progress=on_progress)

    # -- access to the raw answers and to the generated layer --------------------------------------

    @functools.cached_property
    def with_raw_response(self) -> TikTokLiveClientWithRawResponse:
        """The same methods, returning a `RawResponse` (the `httpx.Response`, its headers, retries taken
        and `.parse()`)."""
        return TikTokLiveClientWithRawResponse(self._raw_twin())

    @functools.cached_property
    def generated(self) -> AuthenticatedClient:
        """The generated low-level client (`tiktok_live_api`), sharing this client's connection pool."""
        return _generated_client(self.base_url).set_httpx_client(self._http)

    # -- lifetime ---------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool (not a pool you passed in as `http_client`), and the Redis connections of
        a rate limiter built from a URL."""
        if self._owns_http:
            self._http.close()
        close_budget = getattr(self._budget, "close", None) if self._owns_budget else None
        if close_budget is not None:
            close_budget()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncTikTokLiveClient(_BaseClient[httpx.AsyncClient]):
    """Asynchronous client for the Euler Stream TikTok LIVE API; see `TikTokLiveClient` for the arguments.
    `http_client` takes an `httpx.AsyncClient`."""

    _http_client_type = httpx.AsyncClient

    async def _sleep(self, seconds: float) -> None:  # tests replace it on the instance
        import asyncio  # here: sync users need not import it

        await asyncio.sleep(seconds)

    def _make_http_client(self, timeout: TimeoutArg | NotGiven) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self.base_url,
            auth=self._auth,
            headers=self._headers,
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
            limits=DEFAULT_LIMITS,
            transport=_pool.async_transport(DEFAULT_LIMITS, POOL_SHARDS),
        )

    async def _request(self, call: Call[T]) -> RawResponse[T]:
        flow = self._flow(call)
        step = next(flow)
        try:
            while True:
                if isinstance(step, httpx.Request):
                    try:
                        response = await self._http.send(step, auth=self._send_auth)
                    except httpx.HTTPError as error:
                        step = flow.throw(error)
                    else:
                        step = flow.send(response)
                elif isinstance(step, BudgetStep):
                    step = flow.send(await step.arun())
                else:
                    await self._sleep(step)
                    step = flow.send(None)
        except StopIteration as done:
            return cast(RawResponse[T], done.value)

    # -- the operations (documented on TikTokLiveClient) ------------------------------------------

    async def fetch_webcast_url(
        self,
        room_id: str | int | None = None,
        unique_id: str | None = None,
        *,
        cursor: str | None = None,
        session_id: str | None = None,
        user_agent: str | None = None,
        tt_target_idc: str | None = None,
        client_enter: bool = True,
        country: str | None = None,
        platform: str | None = None,
        client: str = DEFAULT_CLIENT_NAME,
    ) -> WebcastFetchResult:
        """Fetch the WebSocket URL and first payload of a live room; see `TikTokLiveClient.fetch_webcast_url`."""
        call = ops.fetch_webcast_url(
            room_id,
            unique_id,
            cursor=cursor,
            session_id=session_id,
            user_agent=user_agent,
            tt_target_idc=tt_target_idc,
            client_enter=client_enter,
            country=country,
            platform=platform,
            client=client,
        )
        return self._result(await self._request(call))

    async def sign_webcast_url(
        self,
        url: str,
        *,
        method: str = "GET",
        user_agent: str | None = None,
        session_id: str | None = None,
        tt_target_idc: str | None = None,
        payload: str | None = None,
        type: str | None = None,
        include_browser_params: bool | None = None,
        include_verify_fp: bool | None = None,
        client: str = DEFAULT_CLIENT_NAME,
    ) -> SignedUrl:
        """Sign a TikTok URL; see `TikTokLiveClient.sign_webcast_url`."""
        call = ops.sign_webcast_url(
            url,
            method=method,
            user_agent=user_agent,
            session_id=session_id,
            tt_target_idc=tt_target_idc,
            payload=payload,
            type=type,
            include_browser_params=include_browser_params,
            include_verify_fp=include_verify_fp,
            client=client,
        )
        return self._result(await self._request(call))

    async def rate_limits(self) -> RateLimitsResponse:
        """The rate limits of the configured key, or the anonymous limits without one."""
        return self._result(await self._request(ops.rate_limits()))

    async def room_id(self, unique_id: str) -> RoomIdResponse:
        """A creator's room id and whether they are live; see `TikTokLiveClient.room_id`."""
        return self._result(await self._request(ops.room_id(unique_id)))

    async def room_info(self, unique_id: str) -> RoomInfoResponse:
        """A creator's live room information; see `TikTokLiveClient.room_info`."""
        return self._result(await self._request(ops.room_info(unique_id)))

    async def room_cover(self, unique_id: str) -> RoomMedia:
        """The cover of a creator's live room; see `TikTokLiveClient.room_cover`."""
        return self._result(await self._request(ops.room_cover(unique_id)))

    async def room_video(self, unique_id: str, stream_type: str | None = None) -> RoomMedia:
        """The video of a creator's live room; see `TikTokLiveClient.room_video`."""
        return self._result(await self._request(ops.room_video(unique_id, stream_type)))

    async def send_chat(
        self, room_id: str | int, content: str, *, session_id: str, tt_target_idc: str
    ) -> SendChatResponse:
        """Send a chat message to a live room, never twice; see `TikTokLiveClient.send_chat`."""
        call = ops.send_chat(room_id, content, session_id=session_id, tt_target_idc=tt_target_idc)
        return self._result(await self._request(call))

    async def check_live(
        self,
        unique_ids: Iterable[str],
        *,
        concurrency: int = 10,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> list[LiveStatus]:
        """Whether each creator is live, at most `concurrency` at a time; see `TikTokLiveClient.check_live`."""
        from ._bulk import check_live_async

        return await check_live_async(self, unique_ids, concurrency=concurrency, on_progress=on_progress)

    @functools.cached_property
    def with_raw_response(self) -> AsyncTikTokLiveClientWithRawResponse:
        """The same methods, returning a `RawResponse`; see `TikTokLiveClient.with_raw_response`."""
        return AsyncTikTokLiveClientWithRawResponse(self._raw_twin())

    @functools.cached_property
    def generated(self) -> AuthenticatedClient:
        """The generated low-level client (`tiktok_live_api`), sharing this client's connection pool."""
        return _generated_client(self.base_url).set_async_httpx_client(self._http)

    async def aclose(self) -> None:
        """Close the connection pool (not a pool you passed in as `http_client`), and the Redis connections of
        a rate limiter built from a URL."""
        if self._owns_http:
            await self._http.aclose()
        close_budget = getattr(self._budget, "aclose", None) if self._owns_budget else None
        if close_budget is not None:
            await close_budget()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _raw(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    # The method belongs to a twin client whose `_result` returns the RawResponse itself.
    return cast(Callable[P, RawResponse[T]], method)


def _async_raw(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    return cast(Callable[P, Awaitable[RawResponse[T]]], method)


class TikTokLiveClientWithRawResponse:
    """`client.with_raw_response`: each method returns a `RawResponse` instead of the parsed result."""

    def __init__(self, twin: TikTokLiveClient) -> None:
        self.fetch_webcast_url = _raw(twin.fetch_webcast_url)
        self.sign_webcast_url = _raw(twin.sign_webcast_url)
        self.rate_limits = _raw(twin.rate_limits)
        self.room_id = _raw(twin.room_id)
        self.room_info = _raw(twin.room_info)
        self.room_cover = _raw(twin.room_cover)
        self.room_video = _raw(twin.room_video)
        self.send_chat = _raw(twin.send_chat)


class AsyncTikTokLiveClientWithRawResponse:
    """`client.with_raw_response` of the async client."""

    def __init__(self, twin: AsyncTikTokLiveClient) -> None:
        self.fetch_webcast_url = _async_raw(twin.fetch_webcast_url)
        self.sign_webcast_url = _async_raw(twin.sign_webcast_url)
        self.rate_limits = _async_raw(twin.rate_limits)
        self.room_id = _async_raw(twin.room_id)
        self.room_info = _async_raw(twin.room_info)
        self.room_cover = _async_raw(twin.room_cover)
        self.room_video = _async_raw(twin.room_video)
        self.send_chat = _async_raw(twin.send_chat)
