"""Secrets (API key, JWT, session id, the X-Set-TT-Cookie value) never show: not in reprs, exception texts, log
records at any level (httpx's and httpcore's included) nor URLs. A tt_target_idc names a data centre: it shows."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from tiktok_live import APIConnectionError, APIStatusError, APITimeoutError, TikTokLiveClient, TikTokLiveError

from .fault_server import FaultServer, Respond, Stall

API_KEY = "SECRET-api-key-1111"
JWT = "SECRET-jwt-2222"
SESSION_ID = "SECRET-session-3333"
TT_TARGET_IDC = "useast5-datacentre"  # no credential: shown
COOKIE = "SECRET-cookie-5555"
SECRETS = (API_KEY, JWT, SESSION_ID, COOKIE)

FETCH_HEADERS = {
    "Content-Type": "application/octet-stream",
    "X-Set-TT-Cookie": f"ttwid={COOKIE}; tt-target-idc=useast5",
    "X-Room-Id": "7321",
}


@pytest.fixture
def captured(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every log record at DEBUG, httpx's and httpcore's included."""
    caplog.set_level(logging.DEBUG)
    return caplog


def assert_no_secret(*texts: Any) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in str(text), f"{secret} leaked into: {text!s:.300}"


def client_for(url: str, **options: Any) -> TikTokLiveClient:
    client = TikTokLiveClient(api_key=API_KEY, jwt=JWT, base_url=url, **options)
    client._sleep = lambda seconds: None
    return client


@pytest.mark.parametrize("layout", ["flat", "rest"])
def test_secret_values_stay_out_of_logs_reprs_and_urls_on_success(
    layout: str, captured: pytest.LogCaptureFixture
) -> None:
    # The REST layout sends the session as an `x-cookie-header` header: httpcore's header traces show it too.
    server_context = FaultServer(Respond(200, b"\x12\x02c1", FETCH_HEADERS))
    with server_context as server, client_for(server.url, layout=layout) as client:
        raw = client.with_raw_response.fetch_webcast_url(
            room_id="7321", session_id=SESSION_ID, tt_target_idc=TT_TARGET_IDC
        )
        result = raw.parse()
    assert result.set_tt_cookie is not None
    assert COOKIE in result.set_tt_cookie  # the value is there for the caller ...
    assert "HTTP Request: GET" in captured.text  # ... httpx did log the request ...
    assert "receive_response_headers" in captured.text  # ... and httpcore the headers ...
    assert_no_secret(repr(result), repr(raw), repr(client), captured.text)  # ... without a secret
    assert API_KEY not in str(raw.http_response.request.url)


def test_redact_sign_and_chat_bodies_never_reach_the_logs(captured: pytest.LogCaptureFixture) -> None:
    signed = {"code": 200, "response": {"signedUrl": "https://www.tiktok.com/?X-Bogus=1"}}
    with FaultServer(Respond(200, signed), Respond(200, {"code": 200})) as server, client_for(server.url) as client:
        client.sign_webcast_url("https://www.tiktok.com/", session_id=SESSION_ID, tt_target_idc=TT_TARGET_IDC)
        client.send_chat("7321", "hello", session_id=SESSION_ID, tt_target_idc=TT_TARGET_IDC)
    assert_no_secret(captured.text)


@pytest.mark.parametrize("status", [400, 401, 403, 429, 500, 503])
def test_secret_echoed_by_the_server_is_redacted_from_errors(status: int, captured: pytest.LogCaptureFixture) -> None:
    echo = {"code": status, "message": f"Bad key {API_KEY} / jwt {JWT} for session {SESSION_ID} {TT_TARGET_IDC}"}
    with FaultServer(Respond(status, echo)) as server, client_for(server.url, max_retries=1) as client:
        with pytest.raises(APIStatusError) as caught:
            client.fetch_webcast_url(room_id="7321", session_id=SESSION_ID, tt_target_idc=TT_TARGET_IDC)
    assert "<redacted>" in str(caught.value)
    assert_no_secret(str(caught.value), repr(caught.value), captured.text)
    assert TT_TARGET_IDC in str(caught.value)  # a data centre's name is no secret


@pytest.mark.parametrize("layout", ["flat", "rest"])
def test_the_data_centre_name_shows_in_logs_and_errors(layout: str, captured: pytest.LogCaptureFixture) -> None:
    echo = {"code": 400, "message": f"No agents in {TT_TARGET_IDC} for this session"}
    with FaultServer(Respond(400, echo)) as server, client_for(server.url, layout=layout) as client:
        with pytest.raises(APIStatusError) as caught:
            client.fetch_webcast_url(room_id="7321", session_id=SESSION_ID, tt_target_idc=TT_TARGET_IDC)
    assert f"No agents in {TT_TARGET_IDC} for this session" in str(caught.value)
    if layout == "flat":  # a query parameter: in httpx's request line (the REST layout sends it in a cookie)
        assert f"tt_target_idc={TT_TARGET_IDC}" in captured.text
    assert_no_secret(str(caught.value), captured.text)


def test_secret_not_in_connection_or_timeout_errors(captured: pytest.LogCaptureFixture) -> None:
    client = client_for("http://127.0.0.1:9", max_retries=1)
    with pytest.raises(APIConnectionError) as refused:
        client.fetch_webcast_url(room_id="1", session_id=SESSION_ID, tt_target_idc=TT_TARGET_IDC)
    with FaultServer(Stall(1.0)) as server, client_for(server.url, timeout=0.1, max_retries=0) as slow:
        with pytest.raises(APITimeoutError) as timed_out:
            slow.fetch_webcast_url(room_id="1", session_id=SESSION_ID, tt_target_idc=TT_TARGET_IDC)
    errors: list[TikTokLiveError] = [refused.value, timed_out.value]
    assert_no_secret(*[str(e) for e in errors], *[repr(e) for e in errors], captured.text)


def test_redact_query_auth_is_opt_in_and_still_kept_out_of_logs(captured: pytest.LogCaptureFixture) -> None:
    minute = {"max": 1, "remaining": 1, "reset_at": None}
    body = {"code": 200, "minute": minute, "load_shedding": {"at": 1, "chance": 0}}
    with FaultServer(Respond(200, body)) as server:
        with client_for(server.url, api_key_in_query=True) as client:
            raw = client.with_raw_response.rate_limits()
    assert API_KEY in str(raw.http_response.request.url)  # the user asked for it
    assert_no_secret(captured.text, repr(raw), repr(client))
