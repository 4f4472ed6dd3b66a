"""Shared test helpers: a recording handler and a way to drive the sync and async clients alike."""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import signal
import subprocess
from collections.abc import AsyncIterable, Callable, Iterable
from pathlib import Path
from typing import Any

import httpcore
import httpx
import yaml

import tiktok_live

BASE_URL = "https://euler.test"
SECRET_KEY = "sk-SENTINEL-0123456789"

Handler = Callable[[httpx.Request], httpx.Response]

# The upstream documents openapi.yaml and openapi-rest.yaml are derived from, vendored with where and when each
# was taken (spec/upstream/manifest.yaml), and older ones that tests read.
UPSTREAM_DIR = Path(__file__).resolve().parent.parent / "spec" / "upstream"


def upstream_of(output: str) -> Path:
    """The vendored upstream document that `output` (openapi.yaml, openapi-rest.yaml) is derived from."""
    manifest = yaml.safe_load((UPSTREAM_DIR / "manifest.yaml").read_text(encoding="utf-8"))
    [entry] = [entry for entry in manifest["inputs"] if entry["output"] == output]
    return UPSTREAM_DIR / str(entry["file"])


class Recorder:
    """A MockTransport handler: records each request and answers from a list (the last one repeats)."""

    def __init__(self, *responses: httpx.Response | Callable[[httpx.Request], httpx.Response]) -> None:
        self.responses = list(responses) or [httpx.Response(200, json={"code": 200})]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.responses[min(len(self.requests), len(self.responses)) - 1]
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    @property
    def request(self) -> httpx.Request:
        assert len(self.requests) == 1, f"expected one request, saw {len(self.requests)}"
        return self.requests[0]

    def json(self) -> Any:
        return json.loads(self.request.content)


class Driver:
    """Calls a sync or an async client the same way, so one test body covers both."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.client, name)
        if inspect.iscoroutinefunction(attribute):
            return lambda *args, **kwargs: asyncio.run(attribute(*args, **kwargs))
        if name == "with_raw_response":
            return Driver(attribute)
        return attribute


class HandlerPool:
    """Stands in for the httpcore pools and lane connections of a client's own transport (`tiktok_live/_pool.py`):
    each request, in httpcore's terms, goes to a MockTransport handler as an `httpx.Request`, and its answer comes
    back as httpcore's. So the clients' own path, the one without `http_client=`, runs whole against a handler."""

    def __init__(self, handler: Handler) -> None:
        self.transport = httpx.MockTransport(handler)

    @staticmethod
    def _request(request: httpcore.Request, body: bytes) -> httpx.Request:
        return httpx.Request(
            request.method.decode(), bytes(request.url).decode(), headers=request.headers, content=body
        )

    @staticmethod
    def _response(response: httpx.Response, body: bytes) -> httpcore.Response:
        extensions = {"http_version": b"HTTP/1.1", "reason_phrase": response.reason_phrase.encode()}
        return httpcore.Response(
            response.status_code, headers=response.headers.raw, content=body, extensions=extensions
        )

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        assert isinstance(request.stream, Iterable)
        sent = self._request(request, b"".join(request.stream))
        response = self.transport.handle_request(sent)
        return self._response(response, b"".join(response.stream))  # type: ignore[arg-type]

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        assert isinstance(request.stream, AsyncIterable)
        sent = self._request(request, b"".join([part async for part in request.stream]))
        response = await self.transport.handle_async_request(sent)
        return self._response(response, b"".join([part async for part in response.stream]))  # type: ignore[union-attr]

    # As a lane's connection: always ready.
    def has_expired(self) -> bool:
        return False

    def is_available(self) -> bool:
        return True

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


def use_handler(client: Any, handler: Handler) -> None:
    """Answer the requests of `client`'s own pool (no `http_client=`) from `handler`, as a MockTransport
    would: the calls still take the pool's own path (the shards' pools and lanes)."""
    pool = HandlerPool(handler)
    for shard in client._transport._transports:
        shard._pool = pool
        shard._new_connection = lambda origin: pool


def make_client(kind: str, handler: Handler, **options: Any) -> Driver:
    """A client of `kind` whose requests go to `handler`, without real sleeps. "sync" and "async" send through
    a user's httpx client (`http_client=` with a MockTransport); "sync-own" and "async-own" through the
    client's own pool (`use_handler`), which takes the SDK's direct path to its pool."""
    options.setdefault("api_key", SECRET_KEY)
    options.setdefault("base_url", BASE_URL)
    if kind.endswith("-own"):
        client: Any = (tiktok_live.TikTokLiveClient if kind == "sync-own" else tiktok_live.AsyncTikTokLiveClient)(
            **options
        )
        assert client._transport is not None, "a proxy in the environment: the client uses httpx's own pool"
        use_handler(client, handler)
        _no_waiting(client, kind)
        return Driver(client)
    if kind == "sync":
        client: Any = tiktok_live.TikTokLiveClient(
            http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options
        )
    else:
        client = tiktok_live.AsyncTikTokLiveClient(
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), **options
        )
    _no_waiting(client, kind)
    return Driver(client)


def _no_waiting(client: Any, kind: str) -> None:
    if kind.startswith("sync"):
        client._sleep = lambda seconds: None
    else:

        async def no_sleep(seconds: float) -> None:
            return None

        client._sleep = no_sleep
    client._random = lambda: 0.0


def spawn(
    args: list[str], *, env: dict[str, str] | None = None, ctrl_c: bool = False, **options: Any
) -> subprocess.Popen[str]:
    """A command whose output a test reads line by line as it prints it: text, unbuffered, stdout and stderr
    piped unless `options` say otherwise, in `env` (else this process's environment). `ctrl_c`: SIGINT does
    what it does by default even when this process ignores it (a shell's background job, mutmut's workers)."""
    options = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **options}
    if ctrl_c:
        options["preexec_fn"] = _default_sigint
    environment = {**(os.environ if env is None else env), "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(args, text=True, env=environment, **options)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Clock:
    """An injected clock that only moves when told, or when a client "sleeps" on it (the sleeps are kept)."""

    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


ROOM_ID_BODY = {"code": 200, "ok": True, "routes_attempted": ["web"], "is_live": True, "room_id": "7321"}


def method_of(owner: Any, name: str) -> Any:
    """A client method by its catalog name: `room_id` on the client, `alerts.targets.list` on a resource. Given a
    client class, the function of the class that defines it (as `getattr(TikTokLiveClient, "room_id")`)."""
    *resources, last = name.split(".")
    if isinstance(owner, type):
        if not resources:
            return getattr(owner, last)
        target: Any = owner(api_key="k" * 32)
        for part in resources:
            target = getattr(target, part)
        return getattr(type(target), last)
    target = owner
    for part in resources:
        target = getattr(target, part)
    return getattr(target, last)


def closed_port() -> int:
    """A loopback port nothing listens on (bound once, then released): connecting to it is refused."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
