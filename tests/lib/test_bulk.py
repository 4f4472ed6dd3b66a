"""`check_live` on both clients: order, per-item errors, bounded concurrency, a shared 429 pause, progress."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest

import tiktok_live
from tiktok_live import InvalidInputError, LiveStatus, NotFoundError, RateLimitError, ServerError
from tiktok_live._lib._bulk import format_summary

from .._helpers import BASE_URL, SECRET_KEY, make_client

# Through a user's httpx client, and through the client's own pool (its direct path).
KINDS = ["sync", "async", "sync-own", "async-own"]


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _room(name: str, *, live: bool = True) -> httpx.Response:
    body = {"code": 200, "ok": True, "routes_attempted": ["web"], "is_live": live, "room_id": f"room-{name}"}
    return httpx.Response(200, json=body)


def _name(request: httpx.Request) -> str:
    return request.url.params["uniqueId"]


def test_one_result_per_input_in_order_with_per_item_errors(kind: str) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        name = _name(request)
        seen.append(name)
        if name == "ghost":
            return httpx.Response(404, json={"code": 404, "message": "user not found"})
        if name == "broken":
            return httpx.Response(500, json={"code": 500, "message": "boom"})
        return _room(name, live=name != "bob")

    ids = ["alice", "@bob", "ghost", "not a name!", "broken", "https://www.tiktok.com/@carol/live"]
    results = make_client(kind, handler).check_live(ids, concurrency=3)

    assert [result.unique_id for result in results] == ids
    alice, bob, ghost, bad, broken, carol = results
    assert alice == LiveStatus("alice", True, "room-alice", None)
    assert (bob.is_live, bob.room_id, bob.ok) == (False, "room-bob", True)
    assert isinstance(ghost.error, NotFoundError)
    assert (ghost.is_live, ghost.room_id, ghost.ok) == (None, None, False)
    assert isinstance(bad.error, InvalidInputError)
    assert "not a TikTok username" in bad.error.message
    assert isinstance(broken.error, ServerError)
    assert carol.is_live is True
    assert "not a name!" not in seen  # a bad input sends nothing
    assert seen.count("broken") == 3  # the client's own retries still apply to 5xx (max_retries=2)


def test_input_neither_str_nor_int_is_an_error_result(kind: str) -> None:
    results = make_client(kind, lambda request: _room(_name(request))).check_live(["alice", None, 4.2, True, -7])  # type: ignore[list-item]
    assert [result.unique_id for result in results] == ["alice", "None", "4.2", "True", "-7"]
    assert results[0].ok
    assert all(isinstance(result.error, InvalidInputError) for result in results[1:])


def test_arguments_are_checked(kind: str) -> None:
    client = make_client(kind, lambda request: _room(_name(request)))
    assert client.check_live([]) == []
    with pytest.raises(TypeError, match="not a single str"):
        client.check_live("alice")
    with pytest.raises(ValueError, match="concurrency must be 1 or more"):
        client.check_live(["alice"], concurrency=0)
    with pytest.raises(TypeError, match="concurrency must be an int"):
        client.check_live(["alice"], concurrency=2.5)


def test_progress_callback(kind: str) -> None:
    calls: list[tuple[int, int]] = []
    ids = [f"user{index}" for index in range(7)]
    make_client(kind, lambda request: _room(_name(request))).check_live(
        ids, concurrency=3, on_progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(done, 7) for done in range(1, 8)]


def test_sync_concurrency_is_bounded() -> None:
    lock = threading.Lock()
    in_flight = peak = 0
    # Requests are answered four at a time: each waits for three others (fewer workers break the barrier).
    wave = threading.Barrier(4, timeout=30)

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        wave.wait()
        with lock:
            in_flight -= 1
        return _room(_name(request))

    results = make_client("sync", handler).check_live([f"user{index}" for index in range(24)], concurrency=4)
    assert all(result.ok for result in results)
    assert peak == 4


def test_async_concurrency_is_bounded() -> None:
    in_flight = peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.001)
        in_flight -= 1
        return _room(_name(request))

    client = tiktok_live.AsyncTikTokLiveClient(
        api_key=SECRET_KEY, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    results = asyncio.run(client.check_live([f"user{index}" for index in range(24)], concurrency=4))
    assert all(result.ok for result in results)
    assert peak == 4


class FakeClock:
    """Time that moves only when someone sleeps; concurrent sleepers share the wait."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def advance_to(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now = max(self.now, seconds)

    def use_in(self, client: Any) -> None:
        """`client` reads this clock and sleeps on it; an async client's sleep lets the other workers run first."""
        client._now = lambda: self.now
        is_async = isinstance(client, tiktok_live.AsyncTikTokLiveClient)
        if is_async:

            async def sleep(seconds: float) -> None:
                target = self.now + seconds
                await asyncio.sleep(0)
                self.advance_to(target)

            client._sleep = sleep
        else:
            client._sleep = lambda seconds: self.advance_to(self.now + seconds)


def test_a_429_pauses_the_whole_batch_then_retries_that_id() -> None:
    clock = FakeClock()
    sent: list[tuple[str, float]] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        sent.append((_name(request), clock.now))
        first = len(sent) == 1
        await asyncio.sleep(0)  # let the other workers send theirs
        if first:
            return httpx.Response(429, headers={"Retry-After": "5"}, json={"code": 429, "message": "slow down"})
        return _room(_name(request))

    client: Any = tiktok_live.AsyncTikTokLiveClient(
        api_key=SECRET_KEY, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    clock.use_in(client)
    ids = ["a", "b", "c", "d", "e", "f"]
    results = asyncio.run(client.check_live(ids, concurrency=3))

    assert all(result.ok for result in results)
    assert sent[:3] == [("a", 0.0), ("b", 0.0), ("c", 0.0)]  # in flight before the 429 came back
    assert all(at == 5.0 for _, at in sent[3:])  # every later request waited for the hint
    assert sorted(name for name, _ in sent[3:]) == ["a", "d", "e", "f"]  # "a" was retried
    assert clock.now == 5.0  # the workers waited together, not one after the other
    assert all(0 < seconds <= 5.0 for seconds in clock.sleeps)


def test_sync_429_pause_and_retry() -> None:
    clock = FakeClock()
    lock = threading.Lock()
    sent: list[tuple[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            sent.append((_name(request), clock.now))
            first = len(sent) == 1
        if first:
            return httpx.Response(429, headers={"Retry-After": "5"}, json={"code": 429, "message": "slow down"})
        return _room(_name(request))

    driver = make_client("sync", handler)
    clock.use_in(driver.client)
    results = driver.check_live(["a", "b", "c", "d"], concurrency=2)

    assert all(result.ok for result in results)
    assert [name for name, _ in sent].count("a") == 2
    assert ("a", 5.0) in sent
    assert clock.now == 5.0


def test_a_hint_longer_than_max_retry_wait_fails_the_rest_without_requests(kind: str) -> None:
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(_name(request))
        return httpx.Response(429, headers={"Retry-After": "3600"}, json={"code": 429, "message": "hourly limit"})

    results = make_client(kind, handler).check_live(["a", "b", "c"], concurrency=1)
    assert sent == ["a"]
    assert all(isinstance(result.error, RateLimitError) for result in results)
    assert results[0].error is results[2].error


def test_rate_limit_retries_are_bounded_by_max_retries(kind: str) -> None:
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(_name(request))
        return httpx.Response(429, headers={"Retry-After": "1"}, json={"code": 429, "message": "slow down"})

    results = make_client(kind, handler, max_retries=1).check_live(["a"])
    assert sent == ["a", "a"]
    assert isinstance(results[0].error, RateLimitError)


def test_single_calls_still_retry_429_themselves(kind: str) -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "1"}, json={"code": 429}), _room("a")])
    client = make_client(kind, lambda request: next(answers))
    client.check_live([])  # a batch does not change the client it was run on
    assert client.room_id("a").room_id == "room-a"


def test_format_summary() -> None:
    error = NotFoundError(
        "room_id: not found (404: user not found).",
        response=httpx.Response(404, request=httpx.Request("GET", BASE_URL)),
        body=None,
    )
    text = format_summary(
        [
            LiveStatus("alice", True, "7321", None),
            LiveStatus("bob_the_builder", False, "7322", None),
            LiveStatus("ghost", None, None, error),
        ]
    )
    assert text.splitlines() == [
        "3 checked: 1 live, 1 offline, 1 failed",
        "  alice            live     room 7321",
        "  bob_the_builder  offline",
        "  ghost            failed   NotFoundError: room_id: not found (404: user not found).",
    ]
    assert format_summary([]) == "0 checked: 0 live, 0 offline, 0 failed"
