"""The connection pool of the clients we build: requests spread over several small httpx pools.

httpcore's pool (httpcore 1.0) walks every connection it holds, and probes each idle one's socket, on every
request and every response; part of that walk is quadratic in the number of connections. With 50
connections that costs more CPU per request than the rest of httpx together, so a single pool large enough for
50 concurrent calls is slow, and one of 20 keep-alive connections (httpx's default) closes and reopens
connections instead. Splitting the same total over `shards` pools of a few connections each keeps that walk
short. A request goes to the pool with the fewest requests in flight (the first such), so sequential calls all
use one pool and one connection.

Each pool is an httpcore pool, reached two ways: as an httpx transport (`handle_request`, what httpx's own
`HTTPTransport` does; `client.generated` goes this way), and by the clients' own calls (`ShardedTransport.send`),
which hand it an `Outgoing` request prepared without httpx's client machinery (auth flow, cookie jar, redirects,
event hooks, URL merging: the SDK knows their answers already) and get back an `httpx.Response` already read.

A pool passed in as `http_client` is used as it is. When the environment names a proxy (HTTP_PROXY,
HTTPS_PROXY, ALL_PROXY), our clients use httpx's own pool, which is what honours it.
"""

from __future__ import annotations

import datetime
import logging
import math
import ssl
import threading
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, MutableMapping
from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeVar, cast

import httpx

if TYPE_CHECKING:  # httpcore loads with the first pool, as httpx loads it
    import httpcore

__all__ = [
    "Outgoing",
    "RequestTemplate",
    "SentRequest",
    "ShardedAsyncTransport",
    "ShardedTransport",
    "async_transport",
    "sync_transport",
]

# httpx's client logs each request on this logger (at INFO); the clients' own calls do the same.
_httpx_logger = logging.getLogger("httpx")


def _environment_names_a_proxy() -> bool:
    from urllib.request import getproxies  # what httpx reads them with

    proxies = getproxies()
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))


def sync_transport(limits: httpx.Limits, shards: int) -> ShardedTransport | None:
    """The transport for a sync client we build, or None for httpx's own (when a proxy is configured)."""
    return None if _environment_names_a_proxy() else ShardedTransport(limits, shards)


def async_transport(limits: httpx.Limits, shards: int) -> ShardedAsyncTransport | None:
    return None if _environment_names_a_proxy() else ShardedAsyncTransport(limits, shards)


class _Load:
    """Requests in flight per pool; thread-safe (the sync client may be shared by threads)."""

    def __init__(self, shards: int) -> None:
        self.counts = [0] * shards
        self.lock = threading.Lock()

    def acquire(self) -> int:
        with self.lock:
            index = self.counts.index(min(self.counts))
            self.counts[index] += 1
            return index

    def release(self, index: int) -> None:
        with self.lock:
            self.counts[index] -= 1

    def releaser(self, index: int) -> Callable[[], None]:
        released = False

        def release() -> None:
            nonlocal released
            with self.lock:
                if not released:
                    released = True
                    self.counts[index] -= 1

        return release


def _ssl_context() -> ssl.SSLContext:
    """httpx's own default context (certifi's CA bundle, SSL_CERT_FILE / SSL_CERT_DIR honoured)."""
    create: Callable[[], ssl.SSLContext] | None = getattr(httpx, "create_ssl_context", None)  # httpx >= 0.28
    if create is None:  # httpx 0.27
        from httpx._config import create_ssl_context

        return create_ssl_context()
    return create()


def _shard_limits(limits: httpx.Limits, shards: int) -> httpx.Limits:
    def share(total: int | None) -> int | None:
        return None if total is None else max(1, math.ceil(total / shards))

    return httpx.Limits(
        max_connections=share(limits.max_connections),
        max_keepalive_connections=share(limits.max_keepalive_connections),
        keepalive_expiry=limits.keepalive_expiry,
    )


class _SyncStream(httpx.SyncByteStream):
    """A response body that frees its pool's slot when closed (the connection is busy until then)."""

    def __init__(self, stream: httpx.SyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release = release

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            self._release()


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            self._release()


def _answer(response: httpx.Response, stream: httpx.SyncByteStream | httpx.AsyncByteStream) -> httpx.Response:
    if response.is_closed or response.is_stream_consumed:  # already read (a mock transport's): close() would skip it
        return httpx.Response(
            response.status_code, headers=response.headers, stream=stream, extensions=response.extensions
        )
    # The transport's own, unread response with its body swapped: a new one would copy its headers for nothing.
    response.stream = stream
    return response


# -- httpcore's pools, as httpx's transport drives them -------------------------------------------------------

_ERRORS: list[tuple[type[Exception], type[httpx.HTTPError]]] = []


def _from_core(response: httpcore.Response, stream: httpx.SyncByteStream | httpx.AsyncByteStream) -> httpx.Response:
    """The httpx response of a streamed httpcore one (the user-facing transport: not the fast path)."""
    return httpx.Response(
        status_code=response.status, headers=response.headers, stream=stream, extensions=response.extensions
    )


def _raise_as_httpx(error: Exception) -> NoReturn:
    """Raises, while `error` is being handled, the httpx exception for it (see `_httpx_error`), else `error`."""
    mapped = _httpx_error(error)
    if mapped is None:
        raise  # the exception being handled, its traceback unchanged
    raise mapped from error


def _httpx_error(error: Exception) -> httpx.HTTPError | None:
    """The httpx exception httpx's own transport raises for an httpcore one (the most specific that matches,
    with the same message), or None for any other exception."""
    if not _ERRORS:
        import httpcore

        _ERRORS.extend(
            [
                (httpcore.TimeoutException, httpx.TimeoutException),
                (httpcore.ConnectTimeout, httpx.ConnectTimeout),
                (httpcore.ReadTimeout, httpx.ReadTimeout),
                (httpcore.WriteTimeout, httpx.WriteTimeout),
                (httpcore.PoolTimeout, httpx.PoolTimeout),
                (httpcore.NetworkError, httpx.NetworkError),
                (httpcore.ConnectError, httpx.ConnectError),
                (httpcore.ReadError, httpx.ReadError),
                (httpcore.WriteError, httpx.WriteError),
                (httpcore.ProxyError, httpx.ProxyError),
                (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
                (httpcore.ProtocolError, httpx.ProtocolError),
                (httpcore.LocalProtocolError, httpx.LocalProtocolError),
                (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
            ]
        )
    found: type[httpx.HTTPError] | None = None
    for source, target in _ERRORS:
        if isinstance(error, source) and (found is None or issubclass(target, found)):
            found = target
    return None if found is None else found(str(error))


class _CoreStream(httpx.SyncByteStream):
    """httpcore's response body as httpx's transport hands it on: its errors raised as httpx's."""

    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._stream
        except Exception as error:
            _raise_as_httpx(error)

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class _AsyncCoreStream(httpx.AsyncByteStream):
    def __init__(self, stream: AsyncIterable[bytes]) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except Exception as error:
            _raise_as_httpx(error)

    async def aclose(self) -> None:
        close = getattr(self._stream, "aclose", None)
        if close is not None:
            await close()


class SentRequest(httpx.Request):
    """The `httpx.Request` a call through the clients' own pool stands for (`response.request`, an error's
    `request`), built by httpx from what was sent only when something first reads it: building it costs more
    than the rest of a call's own work, and a successful call never reads it."""

    def __init__(self, build: Callable[[], httpx.Request]) -> None:  # no super().__init__(): that is the point
        self.__dict__["_build"] = build

    def __getattr__(self, name: str) -> Any:  # only for attributes not built yet
        build = self.__dict__.get("_build")
        if build is None:
            raise AttributeError(name)
        self.__dict__.update(build().__dict__)  # two threads may both build it: the same request
        self.__dict__.pop("_build", None)
        return getattr(self, name)

    def __getstate__(self) -> dict[str, Any]:
        self.method  # noqa: B018 - built before pickling
        return super().__getstate__()


def _core_request(request: httpx.Request) -> httpcore.Request:
    """`request` in httpcore's terms, as httpx's `HTTPTransport` hands it to its pool."""
    import httpcore

    url = request.url
    return httpcore.Request(
        method=request.method,
        url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
        headers=request.headers.raw,
        content=request.stream,
        extensions=request.extensions,
    )


class Outgoing:
    """A request of the clients' own calls: in httpcore's terms, and the `httpx.Request` it stands for (what
    `response.request` and an error's `request` are)."""

    __slots__ = ("core", "request")

    def __init__(self, core: httpcore.Request, request: httpx.Request) -> None:
        self.core = core
        self.request = request

    @classmethod
    def of(cls, request: httpx.Request) -> Outgoing:
        """A request httpx built (one with a body, say), sent as httpx's transport would send it."""
        return cls(_core_request(request), request)


_REQUEST_FIELDS = {"method", "url", "headers", "stream", "extensions"}
_URL_FIELDS = {"scheme", "host", "port", "target"}


class RequestTemplate:
    """What every body-less request of one client to its own pool shares, checked by httpcore once: the origin
    and the headers httpx would send (taken from a request httpx built, the auth applied). `outgoing()` then
    only sets what differs, the method, the target and the timeout, without checking the headers again."""

    def __init__(self, request: httpx.Request) -> None:
        import httpcore

        self._core = httpcore
        sample = _core_request(request)
        self.headers = sample.headers
        self._stream = sample.stream  # an empty body; it holds no state, so every request can share it
        self._url = sample.url
        # Requests are built by setting their fields when httpcore's classes hold just these (httpcore 1.x);
        # otherwise with their constructors, which check every header again.
        self._direct = vars(sample).keys() == _REQUEST_FIELDS and vars(sample.url).keys() == _URL_FIELDS
        if self._direct:
            self.headers = _h11_headers(self.headers)

    def outgoing(self, method: bytes, target: bytes, extensions: dict[str, Any], request: httpx.Request) -> Outgoing:
        core = self._core
        base = self._url
        if not self._direct:
            url = core.URL(scheme=base.scheme, host=base.host, port=base.port, target=target)
            return Outgoing(core.Request(method, url, headers=self.headers, extensions=extensions), request)
        url = object.__new__(core.URL)
        url.scheme, url.host, url.port, url.target = base.scheme, base.host, base.port, target
        sent = object.__new__(core.Request)
        sent.method, sent.url, sent.headers, sent.stream, sent.extensions = (
            method,
            url,
            self.headers,
            self._stream,
            extensions,
        )
        return Outgoing(sent, request)


def _h11_headers(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """`headers` as h11 holds a request's headers once it has checked them (`h11.Request(...).headers`), when h11
    keeps them as they are given that way: httpcore hands a request's headers to h11 as they come, and h11 checks
    and normalises every header of every request otherwise (a tenth of a plain call's time)."""
    import h11

    try:
        checked = h11.Request(method=b"GET", target=b"/", headers=headers).headers
        kept = h11.Request(method=b"GET", target=b"/", headers=checked).headers is checked
    except h11.LocalProtocolError:  # no Host header: sent as they are, for h11 to say what is wrong
        return headers
    return cast("list[tuple[bytes, bytes]]", checked) if kept else headers


def _read_answer(
    status: int,
    headers: list[tuple[bytes, bytes]],
    body: bytes,
    extensions: MutableMapping[str, Any],
    request: httpx.Request,
) -> httpx.Response:
    """An answer with no Content-Encoding as `httpx.Response(..., stream=ByteStream(body))` then `read()` leave it,
    its fields set directly: the constructor checks every header again, and the reading goes through httpx's
    decoder chain, for nothing."""
    fields = object.__new__(httpx.Headers)
    fields.__dict__.update(_list=[(name, name.lower(), value) for name, value in headers], _encoding=None)
    answer = object.__new__(httpx.Response)
    answer.__dict__.update(
        status_code=status,
        headers=fields,
        _request=request,
        next_request=None,
        extensions=extensions,
        history=[],
        is_closed=True,
        is_stream_consumed=True,
        default_encoding="utf-8",
        stream=httpx.ByteStream(body),
        _num_bytes_downloaded=len(body),
        _content=body,
    )
    return answer


def _built_answer(
    status: int,
    headers: list[tuple[bytes, bytes]],
    body: bytes,
    extensions: MutableMapping[str, Any],
    request: httpx.Request,
) -> httpx.Response:
    answer = httpx.Response(
        status, headers=headers, stream=httpx.ByteStream(body), extensions=extensions, request=request
    )
    answer.read()  # decodes the body by its Content-Encoding, as the client's read() does
    return answer


def _answer_state(answer: httpx.Response) -> dict[str, Any]:
    """What an answer holds, but what `read()` leaves behind that httpx works out whenever it is needed (the
    decoder, the headers' encoding)."""
    answer.headers.encoding  # noqa: B018 - worked out, as read() does
    fields = {**vars(answer), "headers": vars(answer.headers), "stream": type(answer.stream)}
    fields.pop("_decoder", None)
    return fields


def _reads_directly() -> bool:
    """Whether `_read_answer` leaves an answer as httpx's constructor and `read()` do (httpx 0.2x): the same
    `_answer_state`; else answers are built by httpx."""
    probe = httpx.Request("GET", "http://probe/")
    sample = (200, [(b"Content-Type", b"application/json")], b"{}", {"http_version": b"HTTP/1.1"}, probe)
    try:
        return _answer_state(_read_answer(*sample)) == _answer_state(_built_answer(*sample))
    except Exception:  # httpx has changed past what this knows
        return False


_READ: list[Callable[..., httpx.Response]] = []


def _encoded(headers: list[tuple[bytes, bytes]]) -> bool:
    """Whether an answer's headers (httpcore's) name a Content-Encoding. A loop, not any(): no generator."""
    for name, _ in headers:  # noqa: SIM110
        if len(name) == 16 and name.lower() == b"content-encoding":
            return True
    return False


def _received(outgoing: Outgoing, response: httpcore.Response, body: bytes, started: float) -> httpx.Response:
    """The answer as `httpx.Client.send` hands it back: read (and decoded), `elapsed` set, logged."""
    if not _READ:
        _READ.append(_read_answer if _reads_directly() else _built_answer)
    read = _built_answer if _encoded(response.headers) else _READ[0]
    answer = read(response.status, response.headers, body, response.extensions, outgoing.request)
    answer.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
    if _httpx_logger.isEnabledFor(logging.INFO):
        _httpx_logger.info(
            'HTTP Request: %s %s "%s %d %s"',
            answer.request.method,
            answer.request.url,
            answer.http_version,
            answer.status_code,
            answer.reason_phrase,
        )
    return answer


def _pool_limits(limits: httpx.Limits) -> tuple[int | None, int | None, bool]:
    """A shard's pool limits and whether it has a lane: the lane's connection is one of the shard's."""
    most, kept = limits.max_connections, limits.max_keepalive_connections
    lane = most is None or most > 1
    if lane and most is not None:
        most -= 1
        kept = None if kept is None else max(1, min(kept, most))
    return most, kept, lane


_Pool = TypeVar("_Pool", "httpcore.ConnectionPool", "httpcore.AsyncConnectionPool")
_Connection = TypeVar("_Connection", "httpcore.HTTPConnection", "httpcore.AsyncHTTPConnection")


class _Lanes(Generic[_Pool, _Connection]):
    """What a shard holds, sync or async: its httpcore pool, and a lane besides the pool: one connection of the
    shard's own, taken by `send` whenever no other request has it, so that sequential calls skip the pool's
    bookkeeping (a lock, queued requests, a walk over its connections on each request and each answer). The
    lane's connection is checked before each use as the pool checks its own (expired, dropped by the server, busy
    or closed: replaced by a new one); it counts against the shard's limits."""

    def __init__(
        self,
        ssl_context: ssl.SSLContext,
        limits: httpx.Limits,
        pool: Callable[..., _Pool],
        connection: Callable[..., _Connection],
    ) -> None:
        most, kept, lane = _pool_limits(limits)
        self._connection: Callable[..., _Connection] = connection
        self._ssl_context = ssl_context
        self._keepalive_expiry = limits.keepalive_expiry
        self._pool: _Pool = pool(
            ssl_context=ssl_context,
            max_connections=most,
            max_keepalive_connections=kept,
            keepalive_expiry=limits.keepalive_expiry,
        )
        self._lane: _Connection | None = None
        self._lane_origin: tuple[bytes, bytes, int | None] | None = None
        # Never waited on: a request (or task) that finds the lane taken goes to the pool.
        self._lane_free = threading.Lock() if lane else None

    def _new_connection(self, origin: httpcore.Origin) -> _Connection:
        return self._connection(origin, ssl_context=self._ssl_context, keepalive_expiry=self._keepalive_expiry)

    def _lane_choice(self, request: httpcore.Request) -> tuple[_Connection | None, _Connection | None]:
        """The lane's connection for `request` (the caller holds the lane; None: another origin), and the one it
        replaced (expired, dropped by the server, busy or closed), for the caller to close."""
        url = request.url
        origin = (url.scheme, url.host, url.port)
        stale = self._lane
        if stale is not None:
            if origin != self._lane_origin:
                return None, None
            if not stale.has_expired() and stale.is_available():
                return stale, None
        self._lane_origin = origin
        self._lane = self._new_connection(url.origin)
        return self._lane, stale


class _Shard(httpx.BaseTransport, _Lanes["httpcore.ConnectionPool", "httpcore.HTTPConnection"]):
    """One httpcore pool and its lane (`_Lanes`): an httpx transport (what httpx's `HTTPTransport` does) and the
    clients' `send`."""

    def __init__(self, ssl_context: ssl.SSLContext, limits: httpx.Limits) -> None:
        import httpcore

        super().__init__(ssl_context, limits, httpcore.ConnectionPool, httpcore.HTTPConnection)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        try:
            response = self._pool.handle_request(_core_request(request))
        except Exception as error:
            _raise_as_httpx(error)
        assert isinstance(response.stream, Iterable)
        return _from_core(response, _CoreStream(response.stream))

    def _lane_for(self, request: httpcore.Request) -> httpcore.HTTPConnection | None:
        connection, stale = self._lane_choice(request)
        if stale is not None:
            stale.close()
        return connection

    def send(self, outgoing: Outgoing) -> httpx.Response:
        free = self._lane_free
        started = time.perf_counter()
        if free is not None and free.acquire(blocking=False):
            try:
                connection = self._lane_for(outgoing.core)
                if connection is not None:
                    return self._send(connection, outgoing, started)
            finally:
                free.release()
        return self._send(self._pool, outgoing, started)

    @staticmethod
    def _send(
        to: httpcore.ConnectionPool | httpcore.HTTPConnection, outgoing: Outgoing, started: float
    ) -> httpx.Response:
        try:
            response = to.handle_request(outgoing.core)
            try:
                body = response.read()
            finally:
                response.close()
        except Exception as error:
            _raise_as_httpx(error)
        return _received(outgoing, response, body, started)

    def close(self) -> None:
        self._pool.close()
        if self._lane is not None:
            self._lane.close()


class _AsyncShard(httpx.AsyncBaseTransport, _Lanes["httpcore.AsyncConnectionPool", "httpcore.AsyncHTTPConnection"]):
    """The async counterpart of `_Shard`, lane included."""

    def __init__(self, ssl_context: ssl.SSLContext, limits: httpx.Limits) -> None:
        import httpcore

        super().__init__(ssl_context, limits, httpcore.AsyncConnectionPool, httpcore.AsyncHTTPConnection)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        try:
            response = await self._pool.handle_async_request(_core_request(request))
        except Exception as error:
            _raise_as_httpx(error)
        assert isinstance(response.stream, AsyncIterable)
        return _from_core(response, _AsyncCoreStream(response.stream))

    async def _lane_for(self, request: httpcore.Request) -> httpcore.AsyncHTTPConnection | None:
        connection, stale = self._lane_choice(request)
        if stale is not None:
            await stale.aclose()
        return connection

    async def send(self, outgoing: Outgoing) -> httpx.Response:
        free = self._lane_free
        started = time.perf_counter()
        if free is not None and free.acquire(blocking=False):
            try:
                connection = await self._lane_for(outgoing.core)
                if connection is not None:
                    return await self._send(connection, outgoing, started)
            finally:
                free.release()
        return await self._send(self._pool, outgoing, started)

    @staticmethod
    async def _send(
        to: httpcore.AsyncConnectionPool | httpcore.AsyncHTTPConnection, outgoing: Outgoing, started: float
    ) -> httpx.Response:
        try:
            response = await to.handle_async_request(outgoing.core)
            try:
                body = await response.aread()
            finally:
                await response.aclose()
        except Exception as error:
            _raise_as_httpx(error)
        return _received(outgoing, response, body, started)

    async def aclose(self) -> None:
        await self._pool.aclose()
        if self._lane is not None:
            await self._lane.aclose()


def _read_sync(response: httpx.Response, outgoing: Outgoing) -> httpx.Response:
    """The answer of a shard that is some other transport (a test's mock), read as the client would."""
    response.request = outgoing.request
    try:
        response.read()
    finally:
        response.close()
    return response


class ShardedTransport(httpx.BaseTransport):
    """`shards` httpcore pools sharing `limits` between them (each gets its share, rounded up)."""

    def __init__(self, limits: httpx.Limits, shards: int) -> None:
        verify = _ssl_context()  # one for all: each costs milliseconds to build
        self._transports: list[httpx.BaseTransport] = [
            _Shard(verify, _shard_limits(limits, shards)) for _ in range(shards)
        ]
        self._load = _Load(shards)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        index = self._load.acquire()
        release = self._load.releaser(index)
        try:
            response = self._transports[index].handle_request(request)
        except BaseException:
            release()
            raise
        assert isinstance(response.stream, httpx.SyncByteStream)
        return _answer(response, _SyncStream(response.stream, release))

    def send(self, outgoing: Outgoing) -> httpx.Response:
        """Send one of the clients' own requests on the least busy pool; the answer comes back read, its
        connection free again. Errors are httpx's, with `request` set, as `httpx.Client.send` raises them."""
        index = self._load.acquire()
        try:
            shard = self._transports[index]
            if isinstance(shard, _Shard):
                return shard.send(outgoing)
            return _read_sync(shard.handle_request(outgoing.request), outgoing)
        except httpx.RequestError as error:
            error.request = outgoing.request
            raise
        finally:
            self._load.release(index)

    def close(self) -> None:
        for transport in self._transports:
            transport.close()


class ShardedAsyncTransport(httpx.AsyncBaseTransport):
    """The async counterpart of `ShardedTransport`."""

    def __init__(self, limits: httpx.Limits, shards: int) -> None:
        verify = _ssl_context()
        self._transports: list[httpx.AsyncBaseTransport] = [
            _AsyncShard(verify, _shard_limits(limits, shards)) for _ in range(shards)
        ]
        self._load = _Load(shards)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = self._load.acquire()
        release = self._load.releaser(index)
        try:
            response = await self._transports[index].handle_async_request(request)
        except BaseException:
            release()
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        return _answer(response, _AsyncStream(response.stream, release))

    async def send(self, outgoing: Outgoing) -> httpx.Response:
        """The async counterpart of `ShardedTransport.send`."""
        index = self._load.acquire()
        try:
            shard = self._transports[index]
            if isinstance(shard, _AsyncShard):
                return await shard.send(outgoing)
            response = await shard.handle_async_request(outgoing.request)
            response.request = outgoing.request
            try:
                await response.aread()
            finally:
                await response.aclose()
            return response
        except httpx.RequestError as error:
            error.request = outgoing.request
            raise
        finally:
            self._load.release(index)

    async def aclose(self) -> None:
        for transport in self._transports:
            await transport.aclose()
