"""The ergonomic clients: wire format, defaults, input normalisation, results, configuration."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest

import tiktok_live
from tiktok_live import (
    APIConnectionError,
    AsyncTikTokLiveClient,
    InvalidResponseError,
    RawResponse,
    RoomMedia,
    TikTokLiveClient,
    WebcastFetchResult,
)
from tiktok_live_api.models import RateLimitsResponse, RoomIdResponse, RoomInfoResponse, SendChatResponse, SignedUrl

from .._helpers import BASE_URL, ROOM_ID_BODY, SECRET_KEY, Recorder, make_client, use_handler

# Through a user's httpx client, and through the client's own pool (its direct path).
KINDS = ["sync", "async", "sync-own", "async-own"]


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _query(request: httpx.Request) -> dict[str, str]:
    return dict(request.url.params)


# -- wire format ----------------------------------------------------------------------------------


def test_room_id_wire_format_and_result(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY))
    result = make_client(kind, recorder).room_id("@someone")
    request = recorder.request
    assert (request.method, str(request.url)) == ("GET", f"{BASE_URL}/webcast/room_id?uniqueId=someone")
    assert request.headers["x-api-key"] == SECRET_KEY
    assert request.headers["user-agent"].startswith(f"tiktok-live/{tiktok_live.__version__}")
    assert "apiKey" not in str(request.url)
    assert isinstance(result, RoomIdResponse)
    assert (result.room_id, result.is_live) == ("7321", True)


def test_fetch_sends_seed_defaults_and_returns_header_data(kind: str) -> None:
    headers = {
        "content-type": "application/octet-stream",
        "x-set-tt-cookie": "ttwid=abc; tt-target-idc=useast5",
        "x-room-id": "7321",
        "x-request-id": "req-1",
        "x-agent-id": "agent-9",
    }
    recorder = Recorder(httpx.Response(200, content=b"\x12\x02c1", headers=headers))
    result = make_client(kind, recorder).fetch_webcast_url(room_id=7321)
    assert _query(recorder.request) == {"client": "ttlive-other", "client_enter": "true", "room_id": "7321"}
    assert isinstance(result, WebcastFetchResult)
    assert result.payload == b"\x12\x02c1"
    assert (result.room_id, result.request_id, result.agent_id) == ("7321", "req-1", "agent-9")
    assert result.set_tt_cookie == "ttwid=abc; tt-target-idc=useast5"
    assert "ttwid" not in repr(result)


def test_fetch_sends_every_override(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, content=b"x", headers={"content-type": "application/octet-stream"}))
    make_client(kind, recorder).fetch_webcast_url(
        unique_id="https://www.tiktok.com/@someone/live",
        cursor="c1",
        session_id="sid",
        user_agent="UA",
        tt_target_idc="useast5",
        client_enter=False,
        country="de",
        platform="Mobile",
        client="my-lib",
    )
    assert _query(recorder.request) == {
        "client": "my-lib",
        "unique_id": "someone",
        "cursor": "c1",
        "session_id": "sid",
        "user_agent": "UA",
        "tt_target_idc": "useast5",
        "client_enter": "false",
        "country": "DE",
        "platform": "mobile",
    }


def test_sign_webcast_url_wire_format_and_result(kind: str) -> None:
    body = {"code": 200, "response": {"signedUrl": "https://www.tiktok.com/?X-Bogus=1", "tokens": {"msToken": "m"}}}
    recorder = Recorder(httpx.Response(200, json=body))
    signed = make_client(kind, recorder).sign_webcast_url(
        "https://www.tiktok.com/api/live", method="post", type="XHR", include_verify_fp=True
    )
    assert (recorder.request.method, recorder.request.url.path) == ("POST", "/webcast/sign_url")
    assert _query(recorder.request) == {"client": "ttlive-other"}
    assert recorder.json() == {
        "url": "https://www.tiktok.com/api/live",
        "method": "POST",
        "type": "xhr",
        "includeVerifyFp": True,
    }
    assert isinstance(signed, SignedUrl)
    assert signed.signed_url == "https://www.tiktok.com/?X-Bogus=1"
    assert signed.tokens is not None
    assert signed.tokens["msToken"] == "m"


def test_sign_defaults_to_get(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, json={"code": 200, "response": {}}))
    make_client(kind, recorder).sign_webcast_url("https://www.tiktok.com/")
    assert recorder.json() == {"url": "https://www.tiktok.com/", "method": "GET"}


def test_send_chat_wire_format(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, json={"code": 200, "data": {"id": 5}}))
    result = make_client(kind, recorder).send_chat(7321, "hello", session_id="sid", tt_target_idc="idc")
    assert (recorder.request.method, recorder.request.url.path) == ("POST", "/webcast/chat")
    assert recorder.json() == {"content": "hello", "sessionId": "sid", "ttTargetIdc": "idc", "roomId": "7321"}
    assert isinstance(result, SendChatResponse)


def test_rate_limits_room_info_room_video(kind: str) -> None:
    minute = {"max": 10, "remaining": 9, "reset_at": None}
    limits = {"code": 200, "minute": minute, "load_shedding": {"at": 1, "chance": 0}}
    info = {"code": 200, "ok": True, "routes_attempted": [], "data": None}
    recorder = Recorder(
        httpx.Response(200, json=limits), httpx.Response(200, json=info), httpx.Response(200, json={"code": 200})
    )
    client = make_client(kind, recorder)
    assert isinstance(client.rate_limits(), RateLimitsResponse)
    assert isinstance(client.room_info("someone"), RoomInfoResponse)
    video = client.room_video("someone", stream_type="FLV_SD")
    paths = [(r.url.path, _query(r)) for r in recorder.requests]
    assert paths == [
        ("/webcast/rate_limits", {}),
        ("/webcast/room_info", {"uniqueId": "someone"}),
        ("/webcast/room_video", {"uniqueId": "someone", "streamType": "flv_sd"}),
    ]
    assert isinstance(video, RoomMedia)
    assert video.document is not None


def test_room_cover_returns_image_bytes_or_json_document(kind: str) -> None:
    recorder = Recorder(
        httpx.Response(200, content=b"\xff\xd8jpeg", headers={"content-type": "image/jpeg"}),
        httpx.Response(200, json={"code": 200, "message": "ok", "url": "https://p16.example/cover.jpg"}),
    )
    client = make_client(kind, recorder)
    image = client.room_cover("someone")
    assert (image.content_type, image.data, image.document) == ("image/jpeg", b"\xff\xd8jpeg", None)
    document = client.room_cover("someone").document
    assert document is not None
    assert document.additional_properties == {"url": "https://p16.example/cover.jpg"}


# -- unique ids and other input ------------------------------------------------------------------


@pytest.mark.parametrize(
    "given",
    [
        "someone",
        "@someone",
        "  @someone \n",
        "https://www.tiktok.com/@someone/live",
        "https://www.tiktok.com/@someone",
        "www.tiktok.com/@someone/live?lang=en",
        "https://m.tiktok.com/@someone/live",
    ],
)
def test_unique_id_forms_are_normalised(given: str) -> None:
    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY))
    make_client("sync", recorder).room_id(given)
    assert _query(recorder.request) == {"uniqueId": "someone"}


@pytest.mark.parametrize(
    ("call", "error", "argument"),
    [
        (lambda c: c.room_id(""), ValueError, "unique_id"),
        (lambda c: c.room_id("   "), ValueError, "unique_id"),
        (lambda c: c.room_id("@"), ValueError, "unique_id"),
        (lambda c: c.room_id("some one"), ValueError, "unique_id"),
        (lambda c: c.room_id("https://example.com/@x"), ValueError, "unique_id"),
        (lambda c: c.room_id(None), TypeError, "unique_id"),
        (lambda c: c.room_id(42), TypeError, "unique_id"),
        (lambda c: c.fetch_webcast_url(), ValueError, "room_id"),
        (lambda c: c.fetch_webcast_url(room_id="1", unique_id="x"), ValueError, "room_id"),
        (lambda c: c.fetch_webcast_url(room_id="abc"), ValueError, "room_id"),
        (lambda c: c.fetch_webcast_url(room_id=True), TypeError, "room_id"),
        (lambda c: c.fetch_webcast_url(room_id=1, country="XX"), ValueError, "country"),
        (lambda c: c.fetch_webcast_url(room_id=1, platform="tv"), ValueError, "platform"),
        (lambda c: c.fetch_webcast_url(room_id=1, client_enter="yes"), TypeError, "client_enter"),
        (lambda c: c.fetch_webcast_url(room_id=1, client=""), ValueError, "client"),
        (lambda c: c.sign_webcast_url("ftp://x"), ValueError, "url"),
        (lambda c: c.sign_webcast_url("not a url"), ValueError, "url"),
        (lambda c: c.sign_webcast_url("https://x", method="FETCH"), ValueError, "method"),
        (lambda c: c.sign_webcast_url("https://x", type="ws"), ValueError, "type"),
        (lambda c: c.room_video("x", stream_type="4k"), ValueError, "stream_type"),
        (lambda c: c.send_chat("1", "", session_id="s", tt_target_idc="i"), ValueError, "content"),
        (lambda c: c.send_chat("1", "hi", session_id="", tt_target_idc="i"), ValueError, "session_id"),
    ],
)
def test_bad_arguments_fail_before_any_request(kind: str, call: Any, error: type[Exception], argument: str) -> None:
    recorder = Recorder()
    with pytest.raises(error, match=argument):
        call(make_client(kind, recorder))
    assert recorder.requests == []


# -- configuration --------------------------------------------------------------------------------


def test_key_and_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGN_API_KEY", "from-sign-env")
    monkeypatch.setenv("SIGN_API_URL", "http://sign.test/")
    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY))
    client = make_client("sync", recorder, api_key=None, base_url=None)
    client.room_id("x")
    assert recorder.request.headers["x-api-key"] == "from-sign-env"
    assert str(recorder.request.url).startswith("http://sign.test/webcast/room_id")

    monkeypatch.setenv("EULER_API_KEY", "from-euler-env")
    monkeypatch.setenv("EULER_BASE_URL", "http://euler.test")
    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY))
    make_client("sync", recorder, api_key=None, base_url=None).room_id("x")
    assert recorder.request.headers["x-api-key"] == "from-euler-env"
    assert recorder.request.url.host == "euler.test"


def test_default_base_url() -> None:
    assert TikTokLiveClient().base_url == "https://tiktok.eulerstream.com"


@pytest.mark.parametrize("variable", ["EULER_API_KEY", "SIGN_API_KEY"])
def test_empty_key_in_environment_is_an_error_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, "  ")
    with pytest.raises(ValueError, match=variable):
        TikTokLiveClient()


@pytest.mark.parametrize("client_class", [TikTokLiveClient, AsyncTikTokLiveClient])
def test_empty_key_argument_is_an_error(client_class: type[Any]) -> None:
    with pytest.raises(ValueError, match="EULER_API_KEY"):
        client_class(api_key=" ")


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"base_url": "ftp://x"}, ValueError),
        ({"base_url": 5}, TypeError),
        ({"max_retries": -1}, ValueError),
        ({"max_retries": "2"}, TypeError),
        ({"timeout": "30"}, TypeError),
        ({"http_client": httpx.AsyncClient()}, TypeError),
        ({"api_key": 123}, TypeError),
    ],
)
def test_bad_configuration_fails_at_construction(options: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        TikTokLiveClient(**options)


def test_jwt_goes_in_its_header_and_query_auth_is_opt_in() -> None:
    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY))
    make_client("sync", recorder, jwt="jwt-token", api_key_in_query=True).room_id("x")
    assert recorder.request.headers["x-jwt-key"] == "jwt-token"
    assert "x-api-key" not in recorder.request.headers
    assert _query(recorder.request)["apiKey"] == SECRET_KEY


def test_client_built_pool_carries_auth_and_user_agent() -> None:
    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY))
    with TikTokLiveClient(api_key=SECRET_KEY, base_url=BASE_URL, default_headers={"X-Team": "a"}) as client:
        use_handler(client, recorder)
        client.room_id("x")
    headers = recorder.request.headers
    assert (headers["x-api-key"], headers["x-team"]) == (SECRET_KEY, "a")
    assert headers["user-agent"].startswith("tiktok-live/")
    assert client._http.is_closed


def test_user_http_client_is_not_closed() -> None:
    http_client = httpx.Client(transport=httpx.MockTransport(Recorder()))
    with TikTokLiveClient(http_client=http_client):
        pass
    assert not http_client.is_closed


def test_with_options_shares_the_pool_and_overrides_settings() -> None:
    client = TikTokLiveClient(api_key="k", max_retries=2)
    quiet = client.with_options(max_retries=0, timeout=5.0)
    assert (client.max_retries, quiet.max_retries) == (2, 0)
    assert quiet._http is client._http
    quiet.close()
    assert not client._http.is_closed
    client.close()


# -- raw responses and the generated layer --------------------------------------------------------


def test_with_raw_response_gives_headers_and_parsed_result(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY, headers={"RateLimit-Remaining": "41"}))
    raw = make_client(kind, recorder).with_raw_response.room_id("someone")
    assert isinstance(raw, RawResponse)
    assert raw.headers["ratelimit-remaining"] == "41"
    assert (raw.status_code, raw.retries_taken) == (200, 0)
    assert raw.parse().room_id == "7321"


def test_rate_limit_state_is_readable_from_the_client(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY, headers={"RateLimit-Remaining": "7"}))
    client = make_client(kind, recorder)
    client.room_id("someone")
    assert client.rate_limit.remaining == 7


def test_generated_layer_is_reachable_and_shares_the_pool() -> None:
    from tiktok_live_api.api.webcast import retrieve_room_id

    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY))
    client = TikTokLiveClient(api_key=SECRET_KEY, base_url=BASE_URL)
    use_handler(client, recorder)
    parsed = retrieve_room_id.sync(client=client.generated, unique_id="someone")
    assert isinstance(parsed, RoomIdResponse)
    assert recorder.request.headers["x-api-key"] == SECRET_KEY


def test_sync_and_async_clients_offer_the_same_methods() -> None:
    def public(cls: type) -> set[str]:
        return {name for name in dir(cls) if not name.startswith("_")}

    assert public(TikTokLiveClient) == public(AsyncTikTokLiveClient) - {"aclose"}


# -- invalid 2xx bodies ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        {"code": 200, "ok": True},  # routes_attempted missing
        {"code": "200", "ok": True, "routes_attempted": []},
        {"code": 200, "ok": True, "routes_attempted": "web"},
        {"code": 200, "ok": True, "routes_attempted": [], "is_live": "yes"},
        [1, 2],
        "text",
    ],
)
def test_bodies_that_do_not_match_the_spec_raise_invalid_response(kind: str, body: Any) -> None:
    recorder = Recorder(httpx.Response(200, content=json.dumps(body).encode()))
    with pytest.raises(InvalidResponseError, match="room_id: the answer does not match"):
        make_client(kind, recorder).room_id("someone")


def test_unknown_fields_in_answers_are_kept(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, json={**ROOM_ID_BODY, "region": "eu"}))
    assert make_client(kind, recorder).room_id("x").additional_properties == {"region": "eu"}


# -- the "done when" check: no key in a connection error ------------------------------------------


def test_unreachable_service_raises_connection_error_without_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = TikTokLiveClient(api_key=SECRET_KEY, base_url="http://127.0.0.1:9", max_retries=1)
    client._sleep = lambda seconds: None
    with pytest.raises(APIConnectionError) as caught:
        client.room_id("@x")
    assert not isinstance(caught.value, httpx.HTTPError)
    for text in (str(caught.value), repr(caught.value), repr(client), caplog.text):
        assert SECRET_KEY not in text
    assert "Retrying room_id (retry 1 of 1)" in caplog.text


# -- the public surface as help() and inspect show it (issue 18) ----------------------------------


@pytest.mark.parametrize("client_class", [TikTokLiveClient, AsyncTikTokLiveClient])
def test_signature_shows_the_real_keyword_parameters(client_class: type[Any]) -> None:
    import inspect

    parameters = inspect.signature(client_class).parameters
    assert list(parameters)[:2] == ["api_key", "jwt"]
    assert {"max_retries", "max_retry_wait", "rate_limiter", "layout"} <= set(parameters)
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())
    assert inspect.signature(client_class).return_annotation is inspect.Signature.empty
    # The clear message for positional arguments stays.
    with pytest.raises(TypeError, match=r"takes keyword arguments only: .*\(api_key=\.\.\.\)"):
        client_class("a-key")


def test_layout_error_is_a_tiktok_live_error_and_a_value_error() -> None:
    assert issubclass(tiktok_live.LayoutError, tiktok_live.TikTokLiveError)
    assert issubclass(tiktok_live.LayoutError, ValueError)
    assert tiktok_live.LayoutError("no such operation").message == "no such operation"


@pytest.mark.parametrize("layout", ["flat", "rest"])
def test_repr_names_the_layout(layout: Any) -> None:
    with TikTokLiveClient(api_key=SECRET_KEY, layout=layout) as client:
        assert f"layout={layout!r}" in repr(client)
        assert SECRET_KEY not in repr(client)


def test_unset_is_exported() -> None:
    from tiktok_live_api.types import UNSET, Unset

    assert tiktok_live.UNSET is UNSET
    assert tiktok_live.Unset is Unset
    assert isinstance(tiktok_live.UNSET, tiktok_live.Unset)
    assert not tiktok_live.UNSET
    assert {"UNSET", "Unset"} <= set(tiktok_live.__all__)
