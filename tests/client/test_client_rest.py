"""The REST layout's wire format of the seed's eight methods, pinned against a MockTransport.

Written from openapi-rest.yaml by hand (paths, parameter names, headers, bodies), never computed from the catalog:
the clients and the fake service both read the catalog (tiktok_live/_catalog.py, from the documents and
spec/overrides.yaml `rest_operations`), so a wrong mapping there would pass every test that drives one with the
other. tests/client/test_client.py does the same for the flat layout.
"""

from __future__ import annotations

import json

import httpx
import pytest

from tiktok_live import LayoutError, RoomMedia, WebcastFetchResult
from tiktok_live_api.models import RateLimitsResponse, RoomIdResponse, RoomInfoResponse, SendChatResponse

from .._helpers import BASE_URL, ROOM_ID_BODY, SECRET_KEY, Driver, Recorder, make_client

KINDS = ["sync", "async", "sync-own", "async-own"]
SESSION = "sid-SENTINEL-0123456789"
ROOM_INFO_BODY = {"code": 200, "ok": True, "routes_attempted": [], "data": None}
LIMITS_BODY = {
    "code": 200,
    "minute": {"max": 10, "remaining": 9, "reset_at": None},
    "load_shedding": {"at": 1, "chance": 0},
}
FETCH_HEADERS = {"content-type": "application/x-protobuf", "x-room-id": "7321"}


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def rest_client(kind: str, recorder: Recorder) -> Driver:
    return make_client(kind, recorder, layout="rest")


def sent(request: httpx.Request) -> tuple[str, str, dict[str, str]]:
    """(method, path, query) of a request."""
    return request.method, request.url.path, dict(request.url.params)


def session_headers(request: httpx.Request) -> dict[str, str]:
    return {name: request.headers[name] for name in ("x-cookie-header", "x-oauth-token") if name in request.headers}


def test_room_id_names_the_creator_in_the_path(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY))
    result = rest_client(kind, recorder).room_id("https://www.tiktok.com/@someone/live")
    request = recorder.request
    assert str(request.url) == f"{BASE_URL}/webcast/anchors/someone/room_id?creator_id_type=unique_id"
    assert request.headers["x-api-key"] == SECRET_KEY
    assert "apiKey" not in str(request.url)
    assert (request.content, session_headers(request)) == (b"", {})
    assert isinstance(result, RoomIdResponse)
    assert result.room_id == "7321"


def test_room_info_names_the_creator_in_the_path(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, json=ROOM_INFO_BODY))
    result = rest_client(kind, recorder).room_info("@someone")
    assert sent(recorder.request) == ("GET", "/webcast/anchors/someone/room_info", {"creator_id_type": "unique_id"})
    assert isinstance(result, RoomInfoResponse)


def test_fetch_by_room_id_connects_to_the_room(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, content=b"\x12\x02c1", headers=FETCH_HEADERS))
    result = rest_client(kind, recorder).fetch_webcast_url(room_id=7321)
    request = recorder.request
    assert sent(request) == ("GET", "/webcast/rooms/7321/connect", {"client": "ttlive-other", "client_enter": "true"})
    assert session_headers(request) == {}
    assert isinstance(result, WebcastFetchResult)
    assert (result.payload, result.room_id) == (b"\x12\x02c1", "7321")


def test_fetch_by_unique_id_sends_the_session_as_one_cookie_header(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, content=b"x", headers=FETCH_HEADERS))
    rest_client(kind, recorder).fetch_webcast_url(
        unique_id="@someone",
        cursor="c1",
        session_id=SESSION,
        tt_target_idc="useast5",
        user_agent="UA",
        client_enter=False,
        platform="Mobile",
        client="my-lib",
    )
    request = recorder.request
    query = {"client": "my-lib", "cursor": "c1", "user_agent": "UA", "client_enter": "false", "platform": "mobile"}
    assert sent(request) == ("GET", "/webcast/anchors/someone/connect", query)
    assert session_headers(request) == {"x-cookie-header": f"sessionid={SESSION}; tt-target-idc=useast5"}
    assert SESSION not in str(request.url)


def test_fetch_with_an_oauth_token_sends_it_as_a_header(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, content=b"x", headers=FETCH_HEADERS))
    rest_client(kind, recorder).fetch_webcast_url(7321, x_oauth_token="oauth-SENTINEL")
    assert recorder.request.url.path == "/webcast/rooms/7321/connect"
    assert session_headers(recorder.request) == {"x-oauth-token": "oauth-SENTINEL"}


def test_fetch_refuses_what_the_rest_route_cannot_send() -> None:
    recorder = Recorder()
    with pytest.raises(ValueError, match="country"):
        rest_client("sync", recorder).fetch_webcast_url(room_id=7321, country="de")
    assert recorder.requests == []


def test_rate_limits_reads_the_account(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, json=LIMITS_BODY))
    result = rest_client(kind, recorder).rate_limits()
    assert sent(recorder.request) == ("GET", "/accounts/me/rate_limits", {})
    assert recorder.request.content == b""
    assert isinstance(result, RateLimitsResponse)


def test_room_cover_asks_for_the_image_not_a_redirect(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, content=b"\x89PNG", headers={"content-type": "image/png"}))
    cover = rest_client(kind, recorder).room_cover("someone")
    assert sent(recorder.request) == ("GET", "/webcast/anchors/someone/room_cover", {"redirect": "false"})
    assert isinstance(cover, RoomMedia)
    assert (cover.content_type, cover.data) == ("image/png", b"\x89PNG")


def test_send_chat_names_the_room_in_the_path_and_the_session_in_a_header(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, json={"code": 200, "data": {"id": 5}}))
    result = rest_client(kind, recorder).send_chat(7321, "hello", session_id=SESSION, tt_target_idc="idc")
    request = recorder.request
    assert sent(request) == ("POST", "/webcast/rooms/7321/chat", {})
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {"content": "hello"}
    assert session_headers(request) == {"x-cookie-header": f"sessionid={SESSION}; tt-target-idc=idc"}
    assert isinstance(result, SendChatResponse)


def test_send_chat_sends_a_target_in_the_body(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, json={"code": 200}))
    rest_client(kind, recorder).send_chat(7321, "hi", SESSION, "idc", target_unique_id="someone", target_room_id="9")
    request = recorder.request
    assert sent(request) == ("POST", "/webcast/rooms/7321/chat", {})
    assert json.loads(request.content) == {"content": "hi", "targetUniqueId": "someone", "targetRoomId": "9"}
    assert session_headers(request) == {"x-cookie-header": f"sessionid={SESSION}; tt-target-idc=idc"}


def test_sign_webcast_url_posts_to_the_signing_route(kind: str) -> None:
    body = {"code": 200, "response": {"signedUrl": "https://www.tiktok.com/?X-Bogus=1"}}
    recorder = Recorder(httpx.Response(200, json=body))
    signed = rest_client(kind, recorder).sign_webcast_url(
        "https://www.tiktok.com/api/live", method="post", type="XHR", include_verify_fp=True, user_agent="UA"
    )
    request = recorder.request
    assert sent(request) == ("POST", "/tiktok/signing/encrypt/sign_url", {"client": "ttlive-other"})
    assert json.loads(request.content) == {
        "url": "https://www.tiktok.com/api/live",
        "userAgent": "UA",
        "method": "POST",
        "type": "xhr",
        "includeVerifyFp": True,
    }
    assert signed.signed_url == "https://www.tiktok.com/?X-Bogus=1"


def test_sign_defaults_to_get(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, json={"code": 200, "response": {}}))
    rest_client(kind, recorder).sign_webcast_url("https://www.tiktok.com/")
    assert json.loads(recorder.request.content) == {"url": "https://www.tiktok.com/", "method": "GET"}


def test_room_video_is_refused_before_anything_is_sent() -> None:
    recorder = Recorder()
    with pytest.raises(LayoutError, match="flat"):
        rest_client("sync", recorder).room_video("someone")
    assert recorder.requests == []
