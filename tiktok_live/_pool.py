"""The connection pool of the clients we build: requests spread over several small httpx pools.

httpcore's pool (httpcore 1.0) walks every connection it holds, and probes each idle one's socket, on every
request and every response; part of that walk is quadratic in the number of connections. With 50
connections that costs more CPU per request than the rest of httpx together, so a single pool large enough for
50 concurrent calls is slow, and one of 20 keep-alive connections (httpx's default) closes and reopens
connections instead. Splitting the same total over `shards` pools of a few connections each keeps that walk
short. A request goes to the pool with the fewest requests in flight (the first such), so sequential calls all
use one pool and one connection.

A pool passed in as `http_client` is used as it is. When the environment names a proxy (HTTP_PROXY,
HTTPS_PROXY, ALL_PROXY), our clients use httpx's own pool, which is what honours it.
"""

from __future__ import annotations

import math
import ssl
import threading
from collections.abc import AsyncIterator, Callable, Iterator

import httpx

__all__ = ["ShardedAsyncTransport", "ShardedTransport", "async_transport", "sync_transport"]


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

    def releaser(self, index: int) -> Callable[[], None]:
        released = False

        def release() -> None:
            nonlocal released
            with self.lock:
                if not released:
                    released = True
                    self.counts[index] -= 1

        return release


def _ssl_context() -> ssl.SSLContext | bool:
    """httpx's own default context (certifi's CA bundle, SSL_CERT_FILE / SSL_CERT_DIR honoured)."""
    create: Callable[[], ssl.SSLContext] | None = getattr(httpx, "create_ssl_context", None)  # httpx >= 0.28
    return create() if create is not None else True


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


class ShardedTransport(httpx.BaseTransport):
    """`shards` httpx transports sharing `limits` between them (each gets its share, rounded up)."""

    def __init__(self, limits: httpx.Limits, shards: int) -> None:
        verify = _ssl_context()  # one for all: each costs milliseconds to build
        self._transports = [
            httpx.HTTPTransport(verify=verify, limits=_shard_limits(limits, shards)) for _ in range(shards)
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

    def close(self) -> None:
        for transport in self._transports:
            transport.close()


class ShardedAsyncTransport(httpx.AsyncBaseTransport):
    """The async counterpart of `ShardedTransport`."""

    def __init__(self, limits: httpx.Limits, shards: int) -> None:
        verify = _ssl_context()
        self._transports = [
            httpx.AsyncHTTPTransport(verify=verify, limits=_shard_limits(limits, shards)) for _ in range(shards)
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

    async def aclose(self) -> None:
        for transport in self._transports:
            await transport.aclose()
