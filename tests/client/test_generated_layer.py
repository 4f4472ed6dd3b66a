"""The generated package, tiktok_live_api, on its own: each operation's wire format and parsing."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

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

BASE_URL = "https://euler.test"

ROOM_ID_BODY = {"code": 200, "ok": True, "routes_attempted": ["web"], "is_live": True, "room_id": "7321"}
ROOM_INFO_BODY = {
    "code": 200,
    "ok": True,
    "routes_attempted": ["web"],
    "data": {
        "unique_id": "someone",
        "raw": {"status": 2, "nested": {"a": [1, 2]}},
        "room_info": {"id": "7321", "is_live": True, "current_viewers": 12, "title": "hi"},
        "user": {"unique_id": "someone", "followers": 1000, "is_verified": False},
    },
}
RATE_LIMITS_BODY = {
    "code": 200,
    "minute": {"max": 60, "remaining": 59, "reset_at": None},
    "hour": {"max": 1000, "remaining": 990, "reset_at": "2026-11-26T04:00:00Z"},
    "load_shedding": {"at": 0.9, "chance": 0.0},
}
SIGN_BODY = {
    "code": 200,
    "response": {
        "signedUrl": "https://webcast.tiktok.com/webcast/fetch/?X-Bogus=abc",
        "userAgent": "Mozilla/5.0",
        "tokens": {"msToken": "t"},
        "requestHeaders": {"Referer": "https://www.tiktok.com/"},
        "cookies": [{"ttwid": "x"}],
    },
}


class Recorder:
    """A MockTransport handler that records requests and answers from a fixed response."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        # A fresh Response each time: an httpx.Response that was read once cannot be sent again.
        return httpx.Response(self.response.status_code, headers=self.response.headers, content=self.response.content)

    @property
    def request(self) -> httpx.Request:
        assert len(self.requests) == 1
        return self.requests[0]


def _client(recorder: Recorder) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=BASE_URL,
        token="test-key",
        auth_header_name="x-api-key",
        prefix="",
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )


@dataclass
class Case:
    module: Any
    kwargs: dict[str, Any]
    response: httpx.Response
    method: str
    path: str
    query: dict[str, str]
    check_parsed: Callable[[Any], None]
    json_body: Any = None


def _check_fetch(parsed: Any) -> None:
    assert isinstance(parsed, File)
    assert parsed.payload.read() == b"\x0a\x02c2"


def _check_rate_limits(parsed: Any) -> None:
    assert isinstance(parsed, RateLimitsResponse)
    assert (parsed.minute.remaining, parsed.minute.reset_at) == (59, None)
    assert parsed.hour.reset_at == "2026-11-26T04:00:00Z"
    assert parsed.load_shedding.at == 0.9


def _check_media(parsed: Any) -> None:
    assert isinstance(parsed, RoomMediaResponse)
    assert parsed.code == 200


def _check_room_id(parsed: Any) -> None:
    assert isinstance(parsed, RoomIdResponse)
    assert (parsed.room_id, parsed.is_live) == ("7321", True)


def _check_room_info(parsed: Any) -> None:
    assert isinstance(parsed, RoomInfoResponse)
    assert parsed.data.room_info.current_viewers == 12
    assert parsed.data.user.followers == 1000
    assert parsed.data.raw.additional_properties["nested"] == {"a": [1, 2]}


def _check_chat(parsed: Any) -> None:
    assert isinstance(parsed, SendChatResponse)
    assert parsed.data.additional_properties == {"msg_id": 1}


def _check_sign(parsed: Any) -> None:
    assert isinstance(parsed, SignUrlResponse)
    assert parsed.response.signed_url.endswith("X-Bogus=abc")
    assert parsed.response.tokens.additional_properties == {"msToken": "t"}
    assert parsed.response.cookies[0].additional_properties == {"ttwid": "x"}


CASES: dict[str, Case] = {
    "fetch_webcast_url": Case(
        fetch_webcast_url,
        {"room_id": "7321", "cursor": "c1", "country": "DE", "platform": "web"},
        httpx.Response(200, content=b"\x0a\x02c2", headers={"Content-Type": "application/octet-stream"}),
        "GET",
        "/webcast/fetch",
        {
            "client": "ttlive-other",
            "client_enter": "true",
            "room_id": "7321",
            "cursor": "c1",
            "country": "DE",
            "platform": "web",
        },
        _check_fetch,
    ),
    "get_rate_limits": Case(
        get_rate_limits,
        {},
        httpx.Response(200, json=RATE_LIMITS_BODY),
        "GET",
        "/webcast/rate_limits",
        {},
        _check_rate_limits,
    ),
    "retrieve_room_cover": Case(
        retrieve_room_cover,
        {"unique_id": "someone"},
        httpx.Response(200, json={"code": 200, "message": "ok"}),
        "GET",
        "/webcast/room_cover",
        {"uniqueId": "someone"},
        _check_media,
    ),
    "retrieve_room_id": Case(
        retrieve_room_id,
        {"unique_id": "someone"},
        httpx.Response(200, json=ROOM_ID_BODY),
        "GET",
        "/webcast/room_id",
        {"uniqueId": "someone"},
        _check_room_id,
    ),
    "retrieve_room_info": Case(
        retrieve_room_info,
        {"unique_id": "someone"},
        httpx.Response(200, json=ROOM_INFO_BODY),
        "GET",
        "/webcast/room_info",
        {"uniqueId": "someone"},
        _check_room_info,
    ),
    "retrieve_room_video": Case(
        retrieve_room_video,
        {"unique_id": "someone", "stream_type": "flv_sd"},
        httpx.Response(200, json={"code": 200}),
        "GET",
        "/webcast/room_video",
        {"uniqueId": "someone", "streamType": "flv_sd"},
        _check_media,
    ),
    "send_room_chat": Case(
        send_room_chat,
        {"body": SendChatRequest(content="hello", session_id="sid", tt_target_idc="idc", room_id="7321")},
        httpx.Response(200, json={"code": 200, "data": {"msg_id": 1}}),
        "POST",
        "/webcast/chat",
        {},
        _check_chat,
        json_body={"content": "hello", "sessionId": "sid", "ttTargetIdc": "idc", "roomId": "7321"},
    ),
    "sign_webcast_url": Case(
        sign_webcast_url,
        {"body": SignUrlRequest(url="https://www.tiktok.com/", method="POST", include_verify_fp=True)},
        httpx.Response(200, json=SIGN_BODY),
        "POST",
        "/webcast/sign_url",
        {"client": "ttlive-other"},
        _check_sign,
        json_body={"url": "https://www.tiktok.com/", "method": "POST", "includeVerifyFp": True},
    ),
}


def _check_request(case: Case, request: httpx.Request) -> None:
    assert (request.method, request.url.path) == (case.method, case.path)
    assert dict(request.url.params) == case.query
    assert request.headers["x-api-key"] == "test-key"
    if case.json_body is not None:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == case.json_body


@pytest.mark.parametrize("name", sorted(CASES))
def test_sync_operation_wire_format_and_parsing(name: str) -> None:
    case = CASES[name]
    recorder = Recorder(case.response)
    result = case.module.sync_detailed(client=_client(recorder), **case.kwargs)
    assert result.status_code == 200
    _check_request(case, recorder.request)
    case.check_parsed(result.parsed)


@pytest.mark.anyio
@pytest.mark.parametrize("name", sorted(CASES))
async def test_async_operation_wire_format_and_parsing(name: str) -> None:
    case = CASES[name]
    recorder = Recorder(case.response)
    result = await case.module.asyncio_detailed(client=_client(recorder), **case.kwargs)
    assert result.status_code == 200
    _check_request(case, recorder.request)
    case.check_parsed(result.parsed)


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 429, 500, 503])
def test_documented_errors_parse_as_error_response(status: int) -> None:
    body = {"code": status, "message": "nope", "limit_label": "rate_limit_account_minute"}
    recorder = Recorder(httpx.Response(status, json=body))
    parsed = retrieve_room_id.sync(client=_client(recorder), unique_id="someone")
    assert isinstance(parsed, ErrorResponse)
    assert (parsed.code, parsed.message, parsed.limit_label) == (status, "nope", "rate_limit_account_minute")


def test_unknown_fields_are_kept_not_rejected() -> None:
    recorder = Recorder(httpx.Response(200, json={**ROOM_ID_BODY, "brand_new_field": [1]}))
    parsed = retrieve_room_id.sync(client=_client(recorder), unique_id="someone")
    assert isinstance(parsed, RoomIdResponse)
    assert parsed.additional_properties == {"brand_new_field": [1]}
