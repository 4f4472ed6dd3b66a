"""`check_live` with numeric user ids: RetrieveBulkLiveCheck in chunks, mixed with unique ids, on both clients."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import tiktok_live
from tiktok_live import (
    BudgetExhaustedError,
    CheckLiveInterrupted,
    InvalidInputError,
    LiveStatus,
    PremiumRequiredError,
    RateLimitError,
    _catalog,
)
from tiktok_live._lib import _bulk as _bulk
from tiktok_live._lib._bulk import batch_size
from tiktok_live.testing import FakeEulerService

from .._helpers import BASE_URL, SECRET_KEY, make_client
from ..budget.test_budget import Clock, _budget, _client
from .test_bulk import FakeClock

# Through a user's httpx client, and through the client's own pool (its direct path).
KINDS = ["sync", "async", "sync-own", "async-own"]
SESSION = "session-SENTINEL-7f3a"
BULK = "RetrieveBulkLiveCheck"
ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = {"flat": ROOT / "openapi.yaml", "rest": ROOT / "openapi-rest.yaml"}
# Numeric ids per request of the clients below (the flat layout, the default): the document's maxItems.
N = batch_size("flat")


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _on_fake(kind: str, service: FakeEulerService, **options: Any) -> Any:
    return make_client(kind, service, **options)


def _populated(count: int) -> tuple[FakeEulerService, list[int]]:
    """A fake with `count` more creators (every third one offline); their numeric ids, in order."""
    service = FakeEulerService()
    ids = []
    for number in range(count):
        creator = service.add_creator(
            f"bulk_{number}", str(7_400_000_000_000_000_000 + number), is_live=number % 3 != 0
        )
        ids.append(int(creator.numeric_uid))
    return service, ids


def _bulk_bodies(service: FakeEulerService) -> list[list[str]]:
    return [request.json["user_numeric_ids"] for request in service.requests_for(BULK)]


def _bulk_answer(request: httpx.Request, skip: frozenset[str] = frozenset()) -> httpx.Response:
    """Every id live in room `room-<id>`, except those in `skip`, which the answer leaves out."""
    ids = json.loads(request.content)["user_numeric_ids"]
    data = {user_id: {"is_live": True, "room_id": f"room-{user_id}"} for user_id in ids if user_id not in skip}
    return httpx.Response(200, json={"code": 200, "message": "ok", "response": {"data": data}})


def _room() -> httpx.Response:
    return httpx.Response(200, json={"code": 200, "ok": True, "routes_attempted": [], "is_live": True, "room_id": "r"})


def _body_shapes(spec: dict[str, Any], schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The object schemas a body schema may be: through `$ref`s and anyOf/oneOf/allOf alternatives."""
    if "$ref" in schema:
        return _body_shapes(spec, spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]])
    alternatives = [*schema.get("anyOf", []), *schema.get("oneOf", []), *schema.get("allOf", [])]
    if alternatives:
        return [shape for alternative in alternatives for shape in _body_shapes(spec, alternative)]
    return [schema]


@pytest.mark.parametrize("layout", list(DOCUMENTS))
def test_the_chunk_size_is_the_spec_limit(layout: str) -> None:
    spec = yaml.safe_load(DOCUMENTS[layout].read_text(encoding="utf-8"))
    operation = next(
        (
            entry
            for methods in spec["paths"].values()
            for entry in methods.values()
            if isinstance(entry, dict) and entry.get("operationId") == BULK
        ),
        None,
    )
    if operation is None:
        pytest.skip(f"{DOCUMENTS[layout].name} has no {BULK}: check_live checks numeric ids one by one")
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    ids = [shape["properties"]["user_numeric_ids"] for shape in _body_shapes(spec, body)]
    limits = {entry.get("maxItems") for entry in ids}
    assert len(limits) == 1, f"the body's shapes disagree on maxItems: {limits}"
    assert batch_size(layout) == (limits.pop() or 1)  # without maxItems, one id per request


def test_a_thousand_numeric_ids_take_one_request_per_batch(kind: str) -> None:
    service, ids = _populated(1000)
    results = _on_fake(kind, service).check_live(ids, session_id=SESSION, concurrency=4)

    assert len(service.requests) == -(-1000 // N)  # 20 at 50 a request
    bodies = _bulk_bodies(service)
    assert len(bodies) == len(service.requests)
    assert all(1 <= len(body) <= N for body in bodies)
    assert sorted(int(user_id) for body in bodies for user_id in body) == sorted(ids)
    assert [result.user_id for result in results] == ids
    for number, result in enumerate(results):
        creator = service.creator(f"bulk_{number}")
        assert result.ok
        assert result.unique_id == creator.numeric_uid
        assert result.is_live is creator.is_live
        assert result.room_id == (creator.room_id if creator.is_live else None)


def test_mixed_inputs_keep_input_order(kind: str) -> None:
    service = FakeEulerService()
    live, offline = service.creator("someone"), service.creator("offline_creator")
    inputs: list[str | int] = [
        "@someone",
        int(offline.numeric_uid),
        "offline_creator",
        int(live.numeric_uid),
        "1234567",  # a str is a unique id, even all digits
        42,  # a numeric id the fake does not know: not live
        "not a name!",
        0,
    ]
    results = _on_fake(kind, service).check_live(inputs, session_id=SESSION)

    assert [result.unique_id for result in results] == [str(given) for given in inputs]
    assert [result.user_id for result in results] == [
        None,
        int(offline.numeric_uid),
        None,
        int(live.numeric_uid),
        None,
        42,
        None,
        0,
    ]
    someone, offline_by_id, offline_by_name, live_by_id, digits, unknown, bad_name, zero = results
    assert (someone.is_live, someone.room_id) == (True, live.room_id)
    assert (live_by_id.is_live, live_by_id.room_id) == (True, live.room_id)
    assert offline_by_id.is_live is False
    assert offline_by_name.is_live is False
    assert isinstance(digits.error, tiktok_live.NotFoundError)  # resolved as a username, which the fake lacks
    assert (unknown.is_live, unknown.ok) == (False, True)
    assert isinstance(bad_name.error, InvalidInputError)
    assert isinstance(zero.error, InvalidInputError)
    assert len(service.requests_for(BULK)) == 1
    assert sorted(_bulk_bodies(service)[0]) == sorted([offline.numeric_uid, live.numeric_uid, "42"])
    # Concurrent requests arrive in any order; the results above are in input order all the same.
    assert sorted(request.query["uniqueId"] for request in service.requests_for("room_id")) == [
        "1234567",
        "offline_creator",
        "someone",
    ]


def test_an_id_missing_from_the_answer_is_unknown_not_an_error(kind: str) -> None:
    results = make_client(kind, lambda request: _bulk_answer(request, frozenset({"2"}))).check_live(
        [1, 2, 3], session_id=SESSION
    )
    assert [(result.is_live, result.room_id, result.ok) for result in results] == [
        (True, "room-1", True),
        (None, None, True),
        (True, "room-3", True),
    ]


def test_an_answer_without_data_leaves_every_id_unknown(kind: str) -> None:
    client = make_client(kind, lambda request: httpx.Response(200, json={"code": 200, "message": "ok"}))
    results = client.check_live([1, 2], session_id=SESSION)
    assert [(result.is_live, result.ok) for result in results] == [(None, True), (None, True)]


def test_a_duplicate_id_is_sent_once_and_answers_each_input(kind: str) -> None:
    seen: list[list[str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content)["user_numeric_ids"])
        return _bulk_answer(request)

    results = make_client(kind, handler).check_live([7, 8, 7], session_id=SESSION)
    assert seen == [["7", "8"]]
    assert [result.room_id for result in results] == ["room-7", "room-8", "room-7"]


def test_a_chunk_that_fails_fails_only_its_own_items(kind: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/room_id"):
            return _room()
        if str(N + 1) in json.loads(request.content)["user_numeric_ids"]:
            return httpx.Response(402, json={"code": 402, "message": "premium only"})
        return _bulk_answer(request)

    ids: list[str | int] = ["alice", *range(1, 2 * N + 21)]  # chunks 1-N, N+1-2N (fails), 2N+1-2N+20
    results = make_client(kind, handler).check_live(ids, session_id=SESSION)

    assert results[0].ok
    assert results[0].is_live
    failed = [result.user_id for result in results if not result.ok]
    assert failed == list(range(N + 1, 2 * N + 1))
    assert all(isinstance(result.error, PremiumRequiredError) for result in results if not result.ok)
    assert all(result.is_live for result in results if result.ok)
    error = results[N + 1].error
    assert error is not None
    assert SESSION not in str(error)
    assert SESSION not in repr(results)


def test_no_session_raises_before_any_request(kind: str) -> None:
    sent: list[httpx.Request] = []
    progress: list[tuple[int, int]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return _bulk_answer(request)

    client = make_client(kind, handler)
    with pytest.raises(ValueError, match="session_id"):
        client.check_live(["alice", 1, "bob"], on_progress=lambda done, total: progress.append((done, total)))
    with pytest.raises(ValueError, match="session_id must not be empty"):
        client.check_live([1], session_id="  ")
    with pytest.raises(TypeError, match="session_id must be a str"):
        client.check_live([1], session_id=12345)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="tt_target_idc must not be empty") as caught:
        client.check_live([1], session_id=SESSION, tt_target_idc="")
    assert SESSION not in str(caught.value)
    assert sent == []
    assert progress == []
    assert [result.ok for result in client.check_live([])] == []


def test_the_session_and_data_center_go_in_the_body_only(kind: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _bulk_answer(request)

    make_client(kind, handler).check_live([1], session_id=SESSION, tt_target_idc="useast5")
    (request,) = seen
    body = json.loads(request.content)
    assert (body["session_id"], body["tt_target_idc"]) == (SESSION, "useast5")
    assert SESSION not in str(request.url)
    assert SESSION not in str(request.headers)


def test_progress_counts_inputs_not_requests(kind: str) -> None:
    calls: list[tuple[int, int]] = []
    ids: list[str | int] = [*range(1, 121), "alice"]
    service = FakeEulerService()
    service.add_creator("alice")
    _on_fake(kind, service).check_live(
        ids, session_id=SESSION, on_progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(done, 121) for done in range(1, 122)]
    assert len(service.requests) == 4  # three chunks and one room_id


def test_sync_and_async_give_the_same_results() -> None:
    service, ids = _populated(130)
    inputs: list[str | int] = ["someone", *ids, "offline_creator", 99, "bad name!"]
    sync = make_client("sync", service).check_live(inputs, session_id=SESSION, concurrency=3)
    asynchronous = make_client("async", service).check_live(inputs, session_id=SESSION, concurrency=3)

    def plain(results: list[LiveStatus]) -> list[tuple[Any, ...]]:
        return [(r.unique_id, r.user_id, r.is_live, r.room_id, type(r.error).__name__) for r in results]

    assert plain(sync) == plain(asynchronous)
    assert len(service.requests_for(BULK)) == 2 * 3


def test_async_bulk_concurrency_is_bounded() -> None:
    in_flight = peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.001)
        in_flight -= 1
        return _bulk_answer(request)

    client = tiktok_live.AsyncTikTokLiveClient(
        api_key=SECRET_KEY, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    results = asyncio.run(client.check_live(range(1, 501), session_id=SESSION, concurrency=3))
    assert all(result.is_live for result in results)
    assert peak == 3


def test_a_429_on_a_chunk_pauses_the_batch_then_retries_that_chunk() -> None:
    clock = FakeClock()
    sent: list[tuple[str, float]] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/room_id"):
            sent.append((request.url.params["uniqueId"], clock.now))
            first = False
        else:
            sent.append((json.loads(request.content)["user_numeric_ids"][0], clock.now))
            first = len(sent) == 1
        await asyncio.sleep(0)  # let the other workers send theirs
        if first:
            return httpx.Response(429, headers={"Retry-After": "5"}, json={"code": 429, "message": "slow down"})
        if request.url.path.endswith("/room_id"):
            return _room()
        return _bulk_answer(request)

    client: Any = tiktok_live.AsyncTikTokLiveClient(
        api_key=SECRET_KEY, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    clock.use_in(client)
    # Chunks start at 1, N+1, 2N+1, 3N+1.
    inputs: list[str | int] = [*range(1, 2 * N + 1), "a", *range(2 * N + 1, 4 * N + 1), "b"]
    results = asyncio.run(client.check_live(inputs, session_id=SESSION, concurrency=2))

    assert all(result.ok and result.is_live for result in results)
    assert sent[:2] == [("1", 0.0), (str(N + 1), 0.0)]  # in flight before the 429 came back
    assert all(at == 5.0 for _, at in sent[2:])  # every later request waited for the hint
    again = ["1", "a", str(2 * N + 1), str(3 * N + 1), "b"]  # the first chunk again
    assert sorted(first for first, _ in sent[2:]) == sorted(again)
    assert clock.now == 5.0


def test_sync_429_on_a_chunk_pauses_and_retries() -> None:
    clock = FakeClock()
    answers = iter([httpx.Response(429, headers={"Retry-After": "5"}, json={"code": 429, "message": "slow"})])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers, None) or _bulk_answer(request)

    driver = make_client("sync", handler)
    clock.use_in(driver.client)
    results = driver.check_live(range(1, N + N // 2 + 1), session_id=SESSION, concurrency=1)
    assert all(result.is_live for result in results)
    assert clock.now == 5.0


def test_a_hint_beyond_max_retry_wait_fails_the_chunk_and_the_rest(kind: str) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(429, headers={"Retry-After": "3600"}, json={"code": 429, "message": "hourly limit"})

    results = make_client(kind, handler).check_live([*range(1, 2 * N + 1), "alice"], session_id=SESSION, concurrency=1)
    assert len(sent) == 1
    assert all(isinstance(result.error, RateLimitError) for result in results)


def test_the_rate_limit_budget_counts_each_chunk_as_one_call() -> None:
    clock, service = Clock(), FakeEulerService()
    with _client(service, _budget(clock, minute=2), clock, max_retry_wait=5) as client:
        results = client.check_live(range(1, 3 * N + 1), session_id=SESSION, concurrency=1)
    assert len(service.requests_for(BULK)) == 2
    assert all(result.ok for result in results[: 2 * N])
    assert all(isinstance(result.error, BudgetExhaustedError) for result in results[2 * N :])


def test_ctrl_c_keeps_the_finished_chunks() -> None:
    requests = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal requests
        requests += 1
        if requests == 2:
            raise KeyboardInterrupt
        return _bulk_answer(request)

    client = make_client("sync", handler)
    with pytest.raises(CheckLiveInterrupted) as caught:
        client.check_live([*range(1, 2 * N + 21)], session_id=SESSION, concurrency=1)
    assert caught.value.total == 2 * N + 20
    assert [result.user_id for result in caught.value.results] == list(range(1, N + 1))


# -- without the bulk operation (or with one check_live cannot use): one request per creator, said once at INFO --


@pytest.fixture
def without_bulk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A catalog without RetrieveBulkLiveCheck, as one generated from a spec that lacks it would be."""
    lookup = _catalog.by_name

    def by_name(name: str) -> Any:
        if name == BULK:
            raise KeyError(name)
        return lookup(name)

    monkeypatch.setattr(_catalog, "by_name", by_name)
    _bulk._numeric_plan.cache_clear()
    yield
    _bulk._numeric_plan.cache_clear()


def _info(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "tiktok_live" and r.levelname == "INFO"]


@pytest.mark.usefixtures("without_bulk")
def test_without_the_bulk_operation_each_numeric_id_is_checked_on_its_own(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    service = FakeEulerService()
    live, offline = service.creator("someone"), service.creator("offline_creator")
    inputs: list[str | int] = [int(live.numeric_uid), "someone", int(offline.numeric_uid), int(live.numeric_uid)]
    with caplog.at_level("INFO", logger="tiktok_live"):
        results = _on_fake(kind, service, layout="rest").check_live([*inputs, "offline_creator"])  # no session

    assert [(result.user_id, result.is_live, result.room_id) for result in results[:4]] == [
        (int(live.numeric_uid), True, live.room_id),
        (None, True, live.room_id),
        (int(offline.numeric_uid), False, results[4].room_id),  # what its unique id gives
        (int(live.numeric_uid), True, live.room_id),
    ]
    assert service.requests_for(BULK) == []
    by_id = [request for request in service.requests if request.query.get("creator_id_type") == "numeric_id"]
    assert sorted(request.path.split("/")[3] for request in by_id) == sorted([live.numeric_uid, offline.numeric_uid])
    [line] = _info(caplog)
    assert "no bulk live check (RetrieveBulkLiveCheck)" in line
    assert "one RetrieveRoomId request per numeric user id" in line


@pytest.mark.usefixtures("without_bulk")
def test_without_any_check_by_numeric_id_each_numeric_id_gets_a_layout_error(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    service = FakeEulerService()
    live = service.creator("someone")
    with caplog.at_level("INFO", logger="tiktok_live"):
        results = _on_fake(kind, service).check_live([int(live.numeric_uid), "someone", 42], session_id=SESSION)

    by_id, by_name, unknown = results
    assert (by_name.ok, by_name.is_live) == (True, True)
    for result in (by_id, unknown):
        assert isinstance(result.error, tiktok_live.LayoutError)
        assert "no operation that checks a creator by numeric user id" in result.error.message
        assert "layout='rest'" in result.error.message  # the layout that has one
    assert [request.operation for request in service.requests] == ["room_id"]
    assert len(_info(caplog)) == 1


def test_a_bulk_operation_without_max_items_takes_one_id_per_request(
    kind: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    method = _catalog.by_name(BULK)
    assert method.flat is not None
    params = tuple(param._replace(max_items=None) for param in method.flat.params)
    unbounded = method._replace(flat=method.flat._replace(params=params))
    lookup = _catalog.by_name
    monkeypatch.setattr(_catalog, "by_name", lambda name: unbounded if name == BULK else lookup(name))
    _bulk._numeric_plan.cache_clear()
    try:
        service, ids = _populated(3)
        with caplog.at_level("INFO", logger="tiktok_live"):
            results = _on_fake(kind, service).check_live(ids, session_id=SESSION)
    finally:
        _bulk._numeric_plan.cache_clear()

    assert all(result.ok for result in results)
    assert sorted(_bulk_bodies(service)) == sorted([str(user_id)] for user_id in ids)
    [line] = _info(caplog)
    assert "states no maxItems" in line


def test_with_the_bulk_operation_nothing_is_said(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    service, ids = _populated(3)
    with caplog.at_level("INFO", logger="tiktok_live"):
        _on_fake(kind, service).check_live(ids, session_id=SESSION)
    assert _info(caplog) == []


def test_a_bulk_operation_without_a_session_is_one_it_cannot_use(monkeypatch: pytest.MonkeyPatch) -> None:
    method = _catalog.by_name(BULK)
    sessionless = method._replace(
        rest=tuple(
            operation._replace(params=tuple(p for p in operation.params if not p.derive)) for operation in method.rest
        )
    )
    lookup = _catalog.by_name
    monkeypatch.setattr(_catalog, "by_name", lambda name: sessionless if name == BULK else lookup(name))
    _bulk._numeric_plan.cache_clear()
    try:
        plan = _bulk._numeric_plan("rest")
    finally:
        _bulk._numeric_plan.cache_clear()
    assert not plan.bulk
    assert plan.method is not None
    assert [operation.operation_id for operation in plan.method.rest] == ["RetrieveRoomId"]
