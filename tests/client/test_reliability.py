"""Retries and faults against a real loopback server: exact attempts, the waits chosen, the outcome.

Test names say what they prove (retry, fault, timeout) so a group runs alone with `pytest -k`.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
from typing import Any

import httpx
import pytest

from tiktok_live import (
    APIConnectionError,
    APITimeoutError,
    AsyncTikTokLiveClient,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    TikTokLiveClient,
)

from .._helpers import ROOM_ID_BODY, SECRET_KEY, Recorder
from .fault_server import CloseMidBody, FaultServer, Reset, Respond, Stall

NOW = 1_800_000_000.0
CHAT = {"code": 200, "data": {}}
SIGNED = {"code": 200, "response": {"signedUrl": "https://www.tiktok.com/?X-Bogus=1"}}


class Waits(list[float]):
    def sleep(self, seconds: float) -> None:
        self.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.append(seconds)


def sync_client(url: str, waits: Waits, **options: Any) -> TikTokLiveClient:
    client = TikTokLiveClient(api_key=SECRET_KEY, base_url=url, **options)
    client._sleep = waits.sleep
    client._random = lambda: 0.0  # no jitter: backoff is exactly 0.5 s, 1 s, 2 s, ...
    client._now = lambda: NOW
    return client


def async_client(url: str, waits: Waits, **options: Any) -> AsyncTikTokLiveClient:
    client = AsyncTikTokLiveClient(api_key=SECRET_KEY, base_url=url, **options)
    client._sleep = waits.async_sleep
    client._random = lambda: 0.0
    client._now = lambda: NOW
    return client


def test_retry_503_twice_then_success_with_exponential_backoff() -> None:
    waits = Waits()
    with FaultServer(Respond(503, {"code": 503}), Respond(503, {"code": 503}), Respond(200, ROOM_ID_BODY)) as server:
        with sync_client(server.url, waits) as client:
            raw = client.with_raw_response.room_id("someone")
    assert len(server.requests) == 3
    assert waits == [0.5, 1.0]
    assert raw.retries_taken == 2
    assert raw.parse().room_id == "7321"
    assert server.connections == 1  # retries reuse the kept-alive connection


def test_retry_gives_up_after_max_retries() -> None:
    waits = Waits()
    with FaultServer(Respond(503, {"code": 503, "message": "No agents available."})) as server:
        with sync_client(server.url, waits, max_retries=3) as client, pytest.raises(ServiceUnavailableError):
            client.room_id("someone")
    assert len(server.requests) == 4
    assert waits == [0.5, 1.0, 2.0]


def test_retry_backoff_is_capped_and_jittered() -> None:
    waits = Waits()
    with FaultServer(Respond(500, {"code": 500})) as server:
        client = sync_client(server.url, waits, max_retries=6)
        client._random = lambda: 1.0  # the largest jitter: each wait is 75 % of the base
        with client, pytest.raises(ServerError):
            client.room_id("someone")
    assert waits == [0.375, 0.75, 1.5, 3.0, 6.0, 6.0]


@pytest.mark.parametrize(
    ("headers", "expected_wait"),
    [
        ({"Retry-After": "2"}, 2.0),
        ({"Retry-After": email.utils.formatdate(NOW + 3, usegmt=True)}, 3.0),
        ({"RateLimit-Reset": "4", "RateLimit-Remaining": "0"}, 4.0),
        ({"X-RateLimit-Reset": str(int(NOW) + 5)}, 5.0),
    ],
    ids=["retry-after-seconds", "retry-after-date", "ratelimit-reset", "x-ratelimit-reset"],
)
def test_retry_429_honours_each_hint_style(headers: dict[str, str], expected_wait: float) -> None:
    waits = Waits()
    body = {"code": 429, "message": "Rate limited.", "limit_label": "rate_limit_account_minute"}
    with FaultServer(Respond(429, body, headers), Respond(200, ROOM_ID_BODY)) as server:
        with sync_client(server.url, waits) as client:
            assert client.room_id("someone").room_id == "7321"
    assert len(server.requests) == 2
    assert waits == [expected_wait]
    # The successful retry contradicts the 429: no limit is hit any more.
    assert client.rate_limit.limit_label is None


def test_retry_hint_beyond_max_retry_wait_raises_at_once() -> None:
    waits = Waits()
    body = {"code": 429, "message": "Daily limit reached.", "limit_label": "rate_limit_account_day"}
    with FaultServer(Respond(429, body, {"Retry-After": "3600"})) as server:
        with sync_client(server.url, waits, max_retry_wait=60) as client, pytest.raises(RateLimitError) as caught:
            client.room_id("someone")
    assert len(server.requests) == 1
    assert waits == []
    assert (caught.value.retry_after, caught.value.limit_label) == (3600.0, "rate_limit_account_day")


def test_retry_disabled_per_client_with_options() -> None:
    waits = Waits()
    with FaultServer(Respond(503, {"code": 503})) as server:
        with sync_client(server.url, waits) as client, pytest.raises(ServiceUnavailableError):
            client.with_options(max_retries=0).room_id("someone")
    assert len(server.requests) == 1


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404])
def test_retry_never_for_client_errors(status: int) -> None:
    waits = Waits()
    with FaultServer(Respond(status, {"code": status})) as server:
        with sync_client(server.url, waits) as client, pytest.raises(Exception):  # noqa: B017,PT011
            client.room_id("someone")
    assert len(server.requests) == 1
    assert waits == []


def test_retry_error_code_in_200_body() -> None:
    waits = Waits()
    with FaultServer(Respond(200, {"code": 503, "message": "No agents."}), Respond(200, ROOM_ID_BODY)) as server:
        with sync_client(server.url, waits) as client:
            client.room_id("someone")
    assert len(server.requests) == 2


def test_fault_connection_reset_is_retried() -> None:
    waits = Waits()
    with FaultServer(Reset(), Respond(200, ROOM_ID_BODY)) as server, sync_client(server.url, waits) as client:
        assert client.room_id("someone").is_live is True
    assert len(server.requests) == 2
    assert waits == [0.5]


def test_fault_close_mid_body_is_retried_then_raises() -> None:
    waits = Waits()
    with FaultServer(CloseMidBody()) as server:
        with sync_client(server.url, waits, max_retries=1) as client, pytest.raises(APIConnectionError) as caught:
            client.room_id("someone")
    assert len(server.requests) == 2
    assert "RemoteProtocolError" in str(caught.value)


def test_timeout_stall_past_the_timeout_is_retried_then_raises() -> None:
    waits = Waits()
    with FaultServer(Stall(2.0)) as server, sync_client(server.url, waits, timeout=0.2, max_retries=1) as client:
        with pytest.raises(APITimeoutError, match="did not answer in time"):
            client.room_id("someone")
    assert len(server.requests) == 2
    assert waits == [0.5]


def test_timeout_default_is_finite() -> None:
    client = TikTokLiveClient(api_key="k")
    timeout = client._http.timeout
    assert None not in (timeout.connect, timeout.read, timeout.write, timeout.pool)


@pytest.mark.parametrize(
    "fault", [Stall(2.0), Reset(), Respond(503, {"code": 503}), Respond(500, {"code": 500}), CloseMidBody()]
)
def test_retry_send_chat_is_never_sent_twice_once_sent(fault: Any) -> None:
    waits = Waits()
    with FaultServer(fault, Respond(200, CHAT)) as server:
        with sync_client(server.url, waits, timeout=0.2) as client, pytest.raises(Exception) as caught:  # noqa: PT011
            client.send_chat("7321", "hello", session_id="sid", tt_target_idc="idc")
    assert isinstance(caught.value, APIConnectionError | ServerError)
    assert server.requests == [("POST", "/webcast/chat")]
    assert waits == []


def test_retry_send_chat_when_the_connection_never_opened() -> None:
    attempts: list[httpx.Request] = []

    def refuse_first(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if len(attempts) == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, json=CHAT)

    client = TikTokLiveClient(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(refuse_first)))
    client._sleep = Waits().sleep
    client.send_chat("7321", "hello", session_id="sid", tt_target_idc="idc")
    assert len(attempts) == 2


def test_retry_sign_webcast_url_is_retried_like_a_read() -> None:
    waits = Waits()
    with FaultServer(Respond(502, b"<html>bad gateway</html>"), Respond(200, SIGNED)) as server:
        with sync_client(server.url, waits) as client:
            assert client.sign_webcast_url("https://www.tiktok.com/").signed_url is not None
    assert server.requests == [("POST", "/webcast/sign_url?client=ttlive-other")] * 2


def test_retry_is_logged_at_debug_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    waits = Waits()
    with FaultServer(Respond(503, {"code": 503}), Respond(200, ROOM_ID_BODY)) as server:
        with sync_client(server.url, waits) as client:
            client.room_id("someone")
    retries = [r for r in caplog.records if r.name == "tiktok_live"]
    assert [r.levelno for r in retries] == [logging.DEBUG]
    assert retries[0].getMessage() == "Retrying room_id (retry 1 of 2) after status 503; waiting 0.50 s"
    assert SECRET_KEY not in caplog.text


def test_retry_async_503_then_success() -> None:
    waits = Waits()

    async def run(url: str) -> str | None:
        async with async_client(url, waits) as client:
            room = await client.room_id("someone")
            return room.room_id if isinstance(room.room_id, str) else None

    with FaultServer(Respond(503, {"code": 503}), Respond(200, ROOM_ID_BODY)) as server:
        assert asyncio.run(run(server.url)) == "7321"
    assert len(server.requests) == 2
    assert waits == [0.5]


def test_timeout_async_stall() -> None:
    waits = Waits()

    async def run(url: str) -> None:
        async with async_client(url, waits, timeout=0.2, max_retries=1) as client:
            await client.room_id("someone")

    with FaultServer(Stall(2.0)) as server, pytest.raises(APITimeoutError):
        asyncio.run(run(server.url))
    assert len(server.requests) == 2


def test_retry_mock_transport_counts_match_for_async_send_chat() -> None:
    recorder = Recorder(httpx.Response(503, json={"code": 503}))

    async def run() -> None:
        transport = httpx.MockTransport(recorder)
        client = AsyncTikTokLiveClient(api_key="k", http_client=httpx.AsyncClient(transport=transport))
        await client.send_chat("1", "hi", session_id="s", tt_target_idc="i")

    with pytest.raises(ServiceUnavailableError):
        asyncio.run(run())
    assert len(recorder.requests) == 1
