"""FakeEulerService in process: each operation, plans and keys, rate limits, scripted faults, recording."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tiktok_live._webcast_proto import decode_fetch_result
from tiktok_live.testing import (
    OPERATIONS,
    PLANS,
    REDACTED,
    FakeEulerService,
    RateLimits,
    WindowRecord,
    fetch_result_class,
)
from tiktok_live_api import AuthenticatedClient
from tiktok_live_api.api.webcast import (
    fetch_webcast_url,
    get_rate_limits,
    retrieve_room_cover,
    retrieve_room_id,
    retrieve_room_info,
    retrieve_room_video,
    send_room_chat,
    sign_webcast_url,
)
from tiktok_live_api.models import (
    ErrorResponse,
    RateLimitsResponse,
    RoomIdResponse,
    RoomInfoResponse,
    RoomMediaResponse,
    SendChatRequest,
    SendChatResponse,
    SignUrlRequest,
    SignUrlResponse,
)
from tiktok_live_api.types import File

BASE_URL = "https://tiktok.eulerstream.com"
SPEC: dict[str, Any] = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text())
LIVE_ROOM = "7321456789012345678"
OFFLINE_ROOM = "7321456789012340001"

# One minimal valid request per operation: (method, path, params, json).
CALLS: dict[str, tuple[str, str, dict[str, str], dict[str, Any] | None]] = {
    "fetch": ("GET", "/webcast/fetch", {"room_id": LIVE_ROOM}, None),
    "rate_limits": ("GET", "/webcast/rate_limits", {}, None),
    "room_cover": ("GET", "/webcast/room_cover", {"uniqueId": "someone"}, None),
    "room_id": ("GET", "/webcast/room_id", {"uniqueId": "someone"}, None),
    "room_info": ("GET", "/webcast/room_info", {"uniqueId": "someone"}, None),
    "room_video": ("GET", "/webcast/room_video", {"uniqueId": "someone"}, None),
    "chat": (
        "POST",
        "/webcast/chat",
        {},
        {"content": "hi", "sessionId": "sid", "ttTargetIdc": "useast5", "roomId": LIVE_ROOM},
    ),
    "sign_url": ("POST", "/webcast/sign_url", {}, {"url": "https://www.tiktok.com/@someone/live"}),
}


@pytest.fixture
def service() -> FakeEulerService:
    return FakeEulerService()


@pytest.fixture
def http(service: FakeEulerService) -> Iterator[httpx.Client]:
    with httpx.Client(transport=service.transport(), base_url=BASE_URL, headers={"x-api-key": "key"}) as client:
        yield client


def call(http: httpx.Client, operation: str, **headers: str) -> httpx.Response:
    method, path, params, body = CALLS[operation]
    return http.request(method, path, params=params, json=body, headers=headers)


def generated_client(service: FakeEulerService, key: str = "key") -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=BASE_URL,
        token=key,
        auth_header_name="x-api-key",
        prefix="",
        httpx_args={"transport": service.transport()},
    )


# ------------------------------------------------------------------------------------ the generated layer


def test_generated_layer_resolves_the_default_live_creator(service: FakeEulerService) -> None:
    room = retrieve_room_id.sync(client=generated_client(service), unique_id="someone")
    assert isinstance(room, RoomIdResponse)
    assert (room.code, room.ok, room.is_live, room.room_id) == (200, True, True, LIVE_ROOM)
    assert room.routes_attempted


def test_generated_layer_reads_room_info_with_pull_urls_and_profile(service: FakeEulerService) -> None:
    info = retrieve_room_info.sync(client=generated_client(service), unique_id="someone")
    assert isinstance(info, RoomInfoResponse)
    data = info.data
    assert data is not None
    room = data.room_info
    user = data.user
    assert room.is_live is True
    assert room.id == LIVE_ROOM
    assert room.title
    assert room.current_viewers > 0
    assert room.hls_pull_url.endswith(".m3u8")
    assert room.flv_pull_url.endswith(".flv")
    assert user.unique_id == "someone"
    assert user.followers > 0
    assert data.raw.additional_properties["id_str"] == LIVE_ROOM


def test_generated_layer_fetches_protobuf_webcast_data(service: FakeEulerService) -> None:
    result = fetch_webcast_url.sync(client=generated_client(service), room_id=LIVE_ROOM)
    assert isinstance(result, File)
    envelope = decode_fetch_result(result.payload.read())
    assert envelope.cursor
    assert envelope.internal_ext
    assert envelope.fetch_interval > 0
    assert envelope.push_server.startswith("wss://")
    assert "wrss" in envelope.route_params


def test_generated_layer_signs_a_url_and_sends_chat_and_reads_limits(service: FakeEulerService) -> None:
    client = generated_client(service)
    signed = sign_webcast_url.sync(
        client=client, body=SignUrlRequest(url="https://webcast.tiktok.com/webcast/fetch/?room_id=1")
    )
    assert isinstance(signed, SignUrlResponse)
    assert "X-Bogus=" in signed.response.signed_url
    chat = send_room_chat.sync(
        client=client,
        body=SendChatRequest(content="hello", session_id="sid", tt_target_idc="useast5", room_id=LIVE_ROOM),
    )
    assert isinstance(chat, SendChatResponse)
    assert chat.code == 200
    limits = get_rate_limits.sync(client=client)
    assert isinstance(limits, RateLimitsResponse)
    assert limits.minute.max_ == 600
    assert limits.minute.remaining == 598  # sign + chat; reading the limits is free


def test_live_cover_is_an_image_and_live_video_is_a_stream(http: httpx.Client) -> None:
    # (The generated layer parses every 200 as JSON, so the media bytes are read with plain httpx.)
    cover = http.get("/webcast/room_cover", params={"uniqueId": "someone"})
    assert cover.headers["content-type"] == "image/png"
    assert cover.content.startswith(b"\x89PNG\r\n\x1a\n")
    hls = http.get("/webcast/room_video", params={"uniqueId": "someone", "streamType": "hls_ld"})
    assert hls.headers["content-type"] == "application/octet-stream"
    assert hls.content.startswith(b"#EXTM3U")
    assert b"_ld/" in hls.content
    flv = http.get("/webcast/room_video", params={"uniqueId": "someone", "streamType": "flv_sd"})
    assert flv.content.startswith(b"FLV")


@pytest.mark.parametrize("operation", [retrieve_room_cover, retrieve_room_video])
def test_generated_layer_reads_the_json_status_of_an_offline_creator(service: FakeEulerService, operation: Any) -> None:
    answer = operation.sync(client=generated_client(service), unique_id="offline_creator")
    assert isinstance(answer, RoomMediaResponse)
    assert answer.code == 404
    assert "is not live right now" in answer.message


def test_generated_layer_parses_unknown_creator_as_an_error_response(service: FakeEulerService) -> None:
    answer = retrieve_room_id.sync(client=generated_client(service), unique_id="nobody_here")
    assert isinstance(answer, ErrorResponse)
    assert answer.code == 404
    assert answer.message == "The TikTok user @nobody_here does not exist or has no LIVE room."


@pytest.mark.anyio
async def test_async_transport_serves_the_same_service(service: FakeEulerService) -> None:
    service.set_latency(0.02, "room_id")
    transport = service.async_transport()
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL, headers={"x-api-key": "k"}) as client:
        started = time.perf_counter()
        response = await client.get("/webcast/room_id", params={"uniqueId": "@SomeOne"})
        assert time.perf_counter() - started >= 0.02
    assert response.json()["room_id"] == LIVE_ROOM


# ------------------------------------------------------------------------------------ creators


def test_offline_creator_has_a_room_id_but_is_not_live(http: httpx.Client) -> None:
    body = http.get("/webcast/room_id", params={"uniqueId": "offline_creator"}).json()
    assert body["is_live"] is False
    assert body["room_id"] == OFFLINE_ROOM
    assert body["ok"] is True
    fetch = http.get("/webcast/fetch", params={"room_id": OFFLINE_ROOM})
    assert fetch.status_code == 404
    assert fetch.json()["message"].endswith("has no webcast to fetch.")
    # As the README says: no room, `data` is null. The REST document has no null there: the creator alone,
    # `source: ALERTS` (the live check answered offline, no room fetched).
    info = http.get("/webcast/room_info", params={"uniqueId": "offline_creator"}).json()
    assert (info["ok"], info["data"]) == (True, None)
    assert "is live" not in info["message"]
    rest = http.get("/webcast/anchors/offline_creator/room_info").json()
    assert (rest["source"], rest["data"]["unique_id"]) == ("ALERTS", "offline_creator")
    assert "room_info" not in rest["data"]


def test_added_creators_are_served_and_can_go_live(service: FakeEulerService, http: httpx.Client) -> None:
    creator = service.add_creator("new_star", is_live=False, title="First stream")
    assert creator.room_id.isdigit()
    assert http.get("/webcast/room_id", params={"uniqueId": "new_star"}).json()["is_live"] is False
    service.set_live("new_star", True)
    assert http.get("/webcast/fetch", params={"room_id": creator.room_id}).status_code == 200
    info = http.get("/webcast/room_info", params={"uniqueId": "new_star"}).json()
    assert info["data"]["room_info"]["title"] == "First stream"


@pytest.mark.parametrize("operation", ["room_cover", "room_id", "room_info", "room_video"])
def test_unknown_creator_is_404_with_a_full_sentence(http: httpx.Client, operation: str) -> None:
    method, path, _, _ = CALLS[operation]
    response = http.request(method, path, params={"uniqueId": "ghost"})
    assert response.status_code == 404
    assert response.json() == {
        "code": 404,
        "message": "The TikTok user @ghost does not exist or has no LIVE room.",
    }


# ------------------------------------------------------------------------------------ keys and plans


def test_operation_table_matches_the_plans_and_security_of_openapi_yaml() -> None:
    for operation in OPERATIONS.values():
        spec = SPEC["paths"][operation.path][operation.method.lower()]
        assert spec["operationId"] == operation.operation_id
        assert sorted(spec["x-euler-plans"]) == sorted(operation.plans)
        schemes = {name for requirement in spec["security"] for name in requirement}
        open_to_anyone = spec["security"] == [] or {} in spec["security"]  # no requirement, or the empty one
        assert open_to_anyone is operation.anonymous
        assert ("jwt_key_header" in schemes) is operation.jwt


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("operation", sorted(CALLS))
def test_each_plan_gets_402_exactly_for_the_operations_it_lacks(
    service: FakeEulerService, http: httpx.Client, plan: str, operation: str
) -> None:
    service.add_key("planned", plan)
    response = call(http, operation, **{"x-api-key": "planned"})
    if plan in OPERATIONS[operation].plans:
        assert response.status_code == 200
    else:
        assert response.status_code == 402
        assert response.json()["message"].startswith(f"Your {plan} plan does not include {OPERATIONS[operation].path}")


def test_fetch_by_unique_id_needs_enterprise(service: FakeEulerService, http: httpx.Client) -> None:
    service.add_key("pro", "Pro")
    response = http.get("/webcast/fetch", params={"unique_id": "someone"}, headers={"x-api-key": "pro"})
    assert response.status_code == 402
    assert http.get("/webcast/fetch", params={"unique_id": "someone"}).status_code == 200


def test_any_non_empty_key_is_an_enterprise_key_by_default(service: FakeEulerService, http: httpx.Client) -> None:
    assert call(http, "room_info", **{"x-api-key": "whatever"}).status_code == 200
    assert service.keys["whatever"].plan == "Enterprise"


def test_strict_mode_rejects_unknown_keys_with_401() -> None:
    service = FakeEulerService(strict=True)
    service.add_key("known", "Pro")
    with httpx.Client(transport=service.transport(), base_url=BASE_URL) as http:
        response = call(http, "room_id", **{"x-api-key": "unknown"})
        assert response.status_code == 401
        assert response.json()["message"].endswith(".")
        assert call(http, "room_id", **{"x-api-key": "known"}).status_code == 200


@pytest.mark.parametrize("operation", sorted(CALLS))
def test_anonymous_calls_are_served_only_on_fetch_and_rate_limits(service: FakeEulerService, operation: str) -> None:
    with httpx.Client(transport=service.transport(), base_url=BASE_URL) as anonymous:
        response = call(anonymous, operation)
    expected = 200 if operation in ("fetch", "rate_limits") else 401
    assert response.status_code == expected


def test_key_is_read_from_header_query_or_jwt_where_the_operation_allows(service: FakeEulerService) -> None:
    service.strict = True
    service.add_key("good")
    with httpx.Client(transport=service.transport(), base_url=BASE_URL) as http:
        assert http.get("/webcast/room_id", params={"uniqueId": "someone", "apiKey": "good"}).status_code == 200
        assert (
            http.get("/webcast/room_id", params={"uniqueId": "someone"}, headers={"x-jwt-key": "good"}).status_code
            == 200
        )
        refused = http.get("/webcast/room_info", params={"uniqueId": "someone"}, headers={"x-jwt-key": "good"})
    assert refused.status_code == 401
    assert "does not accept a JWT" in refused.json()["message"]


def test_blocked_key_gets_403(service: FakeEulerService, http: httpx.Client) -> None:
    service.block_key("key")
    response = call(http, "room_id")
    assert response.status_code == 403
    assert response.json()["code"] == 403


# ------------------------------------------------------------------------------------ rate limits


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limit_window_answers_429_with_all_hints_then_resets() -> None:
    clock = Clock()
    service = FakeEulerService(clock=clock)
    service.add_key("small", "Pro", limits=RateLimits(minute=2, hour=None, day=None))
    with httpx.Client(transport=service.transport(), base_url=BASE_URL, headers={"x-api-key": "small"}) as http:
        assert [call(http, "room_id").status_code for _ in range(2)] == [200, 200]
        clock.now += 20
        limited = call(http, "room_id")
        assert limited.status_code == 429
        assert limited.json()["limit_label"] == "rate_limit_account_minute"
        assert limited.headers["Retry-After"] == "40"
        assert limited.headers["RateLimit-Reset"] == "40"
        assert limited.headers["RateLimit-Remaining"] == "0"
        assert limited.headers["X-RateLimit-Reset"] == str(int(clock.now) + 40)
        limits = http.get("/webcast/rate_limits").json()
        assert limits["minute"] == {"max": 2, "remaining": 0, "reset_at": "2027-01-15T08:01:00Z"}
        assert "hour" not in limits
        clock.now += 40
        assert call(http, "room_id").status_code == 200


def test_scaled_windows_report_resets_in_milliseconds_rounded_up() -> None:
    clock = Clock()
    clock.now = 1_800_000_000.0  # 2027-01-15T08:00:00Z
    service = FakeEulerService(clock=clock, time_scale=1 / 60)  # a minute lasts 1 s
    service.add_key("small", "Pro", limits=RateLimits(minute=2, hour=None, day=None))
    with httpx.Client(transport=service.transport(), base_url=BASE_URL, headers={"x-api-key": "small"}) as http:
        assert call(http, "room_id").headers["RateLimit-Reset"] == "1"  # the window started with this request
        clock.now += 0.2504
        answered = call(http, "room_id")
        assert answered.headers["RateLimit-Remaining"] == "0"
        assert answered.headers["RateLimit-Reset"] == "0.75"  # 0.7496 s, rounded up to the millisecond
        limited = call(http, "room_id")
        assert limited.status_code == 429
        assert limited.headers["Retry-After"] == "0.75"
        assert limited.headers["RateLimit-Reset"] == "0.75"
        assert limited.headers["X-RateLimit-Reset"] == "1800000001"
        assert "Try again in 0.75 seconds" in limited.json()["message"]
        limits = http.get("/webcast/rate_limits").json()
        assert limits["minute"] == {"max": 2, "remaining": 0, "reset_at": "2027-01-15T08:00:01.000Z"}
        clock.now = 1_800_000_010.1234  # a new window starts here and ends at ...011.1234
        assert call(http, "room_id").status_code == 200
        reset_at = http.get("/webcast/rate_limits").json()["minute"]["reset_at"]
        assert reset_at == "2027-01-15T08:00:11.124Z"  # never earlier than the truth
        clock.now += 0.3333
        assert call(http, "room_id").headers["RateLimit-Reset"] == "0.667"  # 0.6667 s


def test_real_time_windows_report_resets_in_whole_seconds_rounded_up() -> None:
    clock = Clock()
    clock.now = 1_800_000_000.4
    service = FakeEulerService(clock=clock)
    service.add_key("small", "Pro", limits=RateLimits(minute=1, hour=None, day=None))
    with httpx.Client(transport=service.transport(), base_url=BASE_URL, headers={"x-api-key": "small"}) as http:
        assert call(http, "room_id").headers["RateLimit-Reset"] == "60"
        clock.now += 20.5
        limited = call(http, "room_id")
        assert limited.headers["Retry-After"] == "40"  # 39.5 s
        assert limited.headers["RateLimit-Reset"] == "40"
        assert limited.headers["X-RateLimit-Reset"] == "1800000061"  # 1800000060.4
        reset_at = http.get("/webcast/rate_limits").json()["minute"]["reset_at"]
        assert reset_at == "2027-01-15T08:01:01Z"


def test_rate_limit_windows_are_counted_as_the_service_saw_them() -> None:
    clock = Clock()
    service = FakeEulerService(clock=clock)
    service.add_key("small", "Pro", limits=RateLimits(minute=2, hour=None, day=None))
    start = clock.now
    assert service.rate_limit_windows("small") == []
    with httpx.Client(transport=service.transport(), base_url=BASE_URL, headers={"x-api-key": "small"}) as http:
        assert [call(http, "room_id").status_code for _ in range(3)] == [200, 200, 429]
        clock.now += 30
        assert service.rate_limit_windows("small") == [WindowRecord("minute", start, start + 60, 2, 2, 1, False)]
        clock.now += 45  # the first window ended; the next starts with the next request
        assert call(http, "room_id").status_code == 200
        http.get("/webcast/rate_limits")  # free: not counted
    assert service.rate_limit_windows("small") == [
        WindowRecord("minute", start, start + 60, 2, 2, 1, True),
        WindowRecord("minute", start + 75, start + 135, 2, 1, 0, False),
    ]
    assert service.rate_limit_windows("small", "hour") == []  # no hour limit


def test_rate_limits_report_unstarted_windows_as_null(http: httpx.Client) -> None:
    body = http.get("/webcast/rate_limits").json()
    assert body["minute"] == {"max": 600, "remaining": 600, "reset_at": None}
    assert body["load_shedding"] == {"at": 0.9, "chance": 0.0}


def test_anonymous_callers_share_the_public_limits(service: FakeEulerService) -> None:
    with httpx.Client(transport=service.transport(), base_url=BASE_URL) as anonymous:
        statuses = [call(anonymous, "fetch").status_code for _ in range(11)]
        limited = call(anonymous, "fetch")
    assert statuses == [200] * 10 + [429]
    assert limited.json()["limit_label"] == "rate_limit_ip_minute"


# ------------------------------------------------------------------------------------ scripted faults


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("retry-after", {"retry-after"}),
        ("retry-after-date", {"retry-after"}),
        ("ratelimit-reset", {"ratelimit-reset"}),
        ("x-ratelimit-reset", {"x-ratelimit-reset"}),
        ("all", {"retry-after", "ratelimit-remaining", "ratelimit-reset", "x-ratelimit-reset"}),
    ],
)
def test_scripted_429_carries_the_requested_hint_form(
    http: httpx.Client, service: FakeEulerService, style: str, expected: set[str]
) -> None:
    service.clock = lambda: 1_764_000_000.25  # a time between two whole seconds
    service.fail_next("room_info", status=429, retry_after=3, style=style)
    response = call(http, "room_info")
    hints = {name for name in response.headers if "retry" in name or "ratelimit" in name}
    assert response.status_code == 429
    assert hints == expected
    assert response.json()["limit_label"] == "rate_limit_account_minute"
    if style == "retry-after-date":
        # An HTTP date has whole seconds: the fake's clock plus the 3 s, the fraction dropped.
        assert email.utils.parsedate_to_datetime(response.headers["retry-after"]).timestamp() == 1_764_000_003
    elif style == "x-ratelimit-reset":
        assert response.headers["x-ratelimit-reset"] == "1764000004"  # rounded up to the next whole second
    else:
        assert response.headers.get("retry-after", "3") == "3"
    assert call(http, "room_info").status_code == 200


def test_faults_target_one_operation_and_count_down(http: httpx.Client, service: FakeEulerService) -> None:
    service.fail_next("RetrieveRoomInfo", status=503, times=3)
    assert call(http, "room_id").status_code == 200
    storm = [call(http, "room_info") for _ in range(4)]
    assert [r.status_code for r in storm] == [503, 503, 503, 200]
    assert storm[0].json() == {
        "code": 503,
        "message": "No agents are available to serve the request right now. Please try again shortly.",
    }


def test_fault_without_operation_hits_whatever_comes_next(http: httpx.Client, service: FakeEulerService) -> None:
    service.fail_next(status=500, use_error_field=True, message="Internal failure while signing.")
    response = call(http, "sign_url")
    assert response.status_code == 500
    assert response.json() == {"code": 500, "error": "Internal failure while signing."}


def test_error_body_at_200_looks_like_the_real_service(http: httpx.Client, service: FakeEulerService) -> None:
    service.error_body_next("room_id", code=403, message="This account cannot see that room.")
    response = call(http, "room_id")
    assert response.status_code == 200
    assert response.json() == {
        "code": 403,
        "message": "This account cannot see that room.",
        "ok": False,
        "routes_attempted": [],
    }


@pytest.mark.parametrize(
    ("mode", "error"), [("disconnect", httpx.RemoteProtocolError), ("connect", httpx.ConnectError)]
)
def test_dropped_connection_raises_in_transport_mode(
    http: httpx.Client, service: FakeEulerService, mode: str, error: type[Exception]
) -> None:
    service.drop_next("fetch", mode=mode)
    with pytest.raises(error):
        call(http, "fetch")
    assert call(http, "fetch").status_code == 200
    assert [r.status for r in service.requests_for("fetch")] == [None, 200]


def test_latency_applies_to_every_answer(http: httpx.Client, service: FakeEulerService) -> None:
    service.latency = 0.03
    started = time.perf_counter()
    call(http, "rate_limits")
    assert time.perf_counter() - started >= 0.03


def test_fail_next_refuses_non_error_statuses(service: FakeEulerService) -> None:
    with pytest.raises(ValueError, match="400-599"):
        service.fail_next("room_id", status=200)
    with pytest.raises(ValueError, match="Unknown operation"):
        service.fail_next("nope")


# ------------------------------------------------------------------------------------ each response


@pytest.mark.parametrize("operation", sorted(CALLS))
def test_every_answer_carries_log_and_agent_ids(http: httpx.Client, operation: str) -> None:
    ok = call(http, operation)
    error = http.request(CALLS[operation][0], CALLS[operation][1], content=b"{")
    for response in (ok, error):
        assert response.headers["X-Log-Id"]
        assert response.headers["X-Agent-Id"] == "fake-agent-fra-01"


def test_fetch_answers_protobuf_with_cookie_and_room_headers(http: httpx.Client) -> None:
    response = http.get("/webcast/fetch", params={"room_id": LIVE_ROOM, "client": "anything-goes"})
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["X-Room-Id"] == LIVE_ROOM
    assert response.headers["X-Request-Id"]
    cookies = dict(part.split("=", 1) for part in response.headers["X-Set-TT-Cookie"].split("; "))
    assert {"ttwid", "tt-target-idc", "msToken"} <= cookies.keys()
    message = fetch_result_class().FromString(response.content)
    assert message.cursor
    assert message.internal_ext
    assert message.is_first
    assert message.push_server.startswith("wss://")
    assert [m.method for m in message.messages] == ["WebcastRoomMessage"]


def test_sent_chat_arrives_in_the_next_fetch_from_the_cursor(http: httpx.Client, service: FakeEulerService) -> None:
    first = decode_fetch_result(http.get("/webcast/fetch", params={"room_id": LIVE_ROOM}).content)
    assert call(http, "chat").status_code == 200
    follow = http.get("/webcast/fetch", params={"room_id": LIVE_ROOM, "cursor": first.cursor})
    after = decode_fetch_result(follow.content)
    assert after.methods == ("WebcastChatMessage",)
    assert not after.is_first
    assert after.cursor != first.cursor
    assert [(m.room_id, m.content) for m in service.chat_messages] == [(LIVE_ROOM, "hi")]
    assert len(service.fetch_results) == 2


def test_fetch_is_tolerant_of_what_community_clients_send(http: httpx.Client) -> None:
    params = {
        "room_id": LIVE_ROOM,
        "client": "ttlive-node",
        "tt_target_idc": "useast5",
        "client_enter": "false",
        "country": "us",
        "platform": "WEB",
        "cursor": "not-one-of-ours",
    }
    assert http.get("/webcast/fetch", params=params).status_code == 200


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({}, "Send the room_id query parameter"),
        ({"room_id": "abc"}, "must be a numeric room id"),
        ({"room_id": LIVE_ROOM, "client_enter": "maybe"}, "must be true or false"),
        ({"room_id": LIVE_ROOM, "country": "XX"}, "must be one of DE, ES, FR, GB, PL, US"),
    ],
)
def test_invalid_fetch_input_is_400(http: httpx.Client, params: dict[str, str], fragment: str) -> None:
    response = http.get("/webcast/fetch", params=params)
    assert response.status_code == 400
    assert fragment in response.json()["message"]


def test_sign_url_adds_signature_params_and_keeps_the_query(http: httpx.Client, service: FakeEulerService) -> None:
    body = {
        "url": "https://webcast.tiktok.com/webcast/fetch/?room_id=1&msToken=old",
        "userAgent": "Mozilla/5.0 Chrome/120.0.1.2 Safari/537.36",
        "method": "get",
        "includeBrowserParams": True,
        "includeVerifyFp": "true",
        "ttwid": "extra fields are fine",
    }
    answer = http.post("/webcast/sign_url", params={"client": "ttlive-other"}, json=body).json()["response"]
    query = httpx.URL(answer["signedUrl"]).params
    assert query["room_id"] == "1"
    assert query["msToken"] != "old"
    assert {"X-Bogus", "_signature", "verifyFp", "browser_platform"} <= set(query.keys())
    assert answer["browserVersion"] == "120.0.1.2"
    assert answer["userAgent"] == body["userAgent"]
    assert answer["tokens"]
    assert answer["requestHeaders"]
    assert answer["cookies"][0]["name"] == "ttwid"
    assert service.signed_urls[0].client == "ttlive-other"


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"url": "ftp://example.com/x"},
        {"url": "not a url"},
        {"url": 7},
        {"url": "https://x", "method": "FETCH"},
    ],
)
def test_sign_url_rejects_bad_input_with_400(http: httpx.Client, body: dict[str, Any]) -> None:
    response = http.post("/webcast/sign_url", json=body)
    assert response.status_code == 400
    assert response.json()["message"].endswith(".")


@pytest.mark.parametrize(
    "body",
    [
        {"content": "hi", "sessionId": "s", "ttTargetIdc": "x"},
        {"content": "", "sessionId": "s", "ttTargetIdc": "x", "roomId": LIVE_ROOM},
        {"content": "x" * 151, "sessionId": "s", "ttTargetIdc": "x", "roomId": LIVE_ROOM},
        ["not", "an", "object"],
    ],
)
def test_chat_rejects_bad_input_with_400(http: httpx.Client, body: Any) -> None:
    assert http.post("/webcast/chat", json=body).status_code == 400


def test_unknown_route_and_wrong_method_are_answered_in_json(http: httpx.Client) -> None:
    missing = http.get("/webcast/nothing")
    assert missing.status_code == 404
    assert missing.json()["code"] == 404
    wrong = http.put("/webcast/chat")
    assert wrong.status_code == 405
    assert wrong.headers["Allow"] == "POST"


# ------------------------------------------------------------------------------------ recording


def test_recorded_requests_redact_keys_and_sessions_not_data_centres(
    http: httpx.Client, service: FakeEulerService
) -> None:
    http.get(
        "/webcast/fetch",
        params={"room_id": LIVE_ROOM, "apiKey": "secret", "session_id": "sid", "tt_target_idc": "useast5"},
        headers={"x-jwt-key": "jwt"},
    )
    call(http, "chat")
    fetch, chat = service.requests
    assert fetch.query == {
        "room_id": LIVE_ROOM,
        "apiKey": REDACTED,
        "session_id": REDACTED,
        "tt_target_idc": "useast5",  # a data centre's name: no credential
    }
    assert fetch.headers["x-api-key"] == REDACTED
    assert fetch.headers["x-jwt-key"] == REDACTED
    assert (fetch.operation, fetch.status) == ("fetch", 200)
    assert chat.json == {"content": "hi", "sessionId": REDACTED, "ttTargetIdc": "useast5", "roomId": LIVE_ROOM}
    assert "secret" not in repr(service.requests)
    assert "sid" not in repr(service.requests)
