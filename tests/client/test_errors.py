"""Answers that are errors: each becomes the right typed exception with an actionable message."""

from __future__ import annotations

import email.utils
import logging

import httpx
import pytest

from tiktok_live import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    PremiumRequiredError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    TikTokLiveClient,
)

from .._helpers import SECRET_KEY, Recorder, make_client

NOW = 1_800_000_000.0


@pytest.fixture(params=["sync", "async", "sync-own", "async-own"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (402, PremiumRequiredError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, APIStatusError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServiceUnavailableError),
        (520, ServerError),
    ],
)
def test_each_status_maps_to_its_class(kind: str, status: int, error_class: type[APIStatusError]) -> None:
    recorder = Recorder(httpx.Response(status, json={"code": status, "message": "Something went wrong."}))
    with pytest.raises(error_class) as caught:
        make_client(kind, recorder, max_retries=0).room_id("someone")
    error = caught.value
    assert type(error) is error_class
    assert (error.status_code, error.code) == (status, status)
    assert "Something went wrong." in str(error)
    assert error.body == {"code": status, "message": "Something went wrong."}


@pytest.mark.parametrize(
    ("code", "error_class"),
    [(401, AuthenticationError), (403, ForbiddenError), (429, RateLimitError), (500, ServerError)],
)
def test_error_code_in_a_200_body_maps_to_the_same_class(
    kind: str, code: int, error_class: type[APIStatusError]
) -> None:
    recorder = Recorder(httpx.Response(200, json={"code": code, "message": "Denied."}))
    with pytest.raises(error_class) as caught:
        make_client(kind, recorder, max_retries=0).room_id("someone")
    assert (caught.value.status_code, caught.value.code) == (200, code)


def test_ok_false_in_a_200_body_is_an_error(kind: str) -> None:
    body = {"code": 200, "ok": False, "routes_attempted": ["web"], "message": "Could not resolve the user."}
    with pytest.raises(APIStatusError, match="Could not resolve the user"):
        make_client(kind, Recorder(httpx.Response(200, json=body))).room_id("someone")


def test_error_key_is_used_when_message_is_absent(kind: str) -> None:
    recorder = Recorder(httpx.Response(403, json={"code": 403, "error": "Key blocked for abuse."}))
    with pytest.raises(ForbiddenError, match="Key blocked for abuse"):
        make_client(kind, recorder).room_id("someone")


@pytest.mark.parametrize(
    "body",
    [
        b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>nginx</body></html>",
        b"upstream connect error",
        b"",
        b"{truncated",
    ],
)
def test_non_json_error_bodies_still_give_the_right_class(kind: str, body: bytes) -> None:
    recorder = Recorder(httpx.Response(502, content=body, headers={"content-type": "text/html"}))
    with pytest.raises(ServerError) as caught:
        make_client(kind, recorder, max_retries=0).room_id("someone")
    assert caught.value.status_code == 502
    assert "<html>" not in str(caught.value)
    if body.startswith(b"<html>"):
        assert "502 Bad Gateway" in str(caught.value)


def test_long_error_pages_are_cut_to_an_excerpt(kind: str) -> None:
    recorder = Recorder(httpx.Response(500, content=b"oops " * 1000))
    with pytest.raises(ServerError) as caught:
        make_client(kind, recorder, max_retries=0).room_id("someone")
    assert len(str(caught.value)) < 400


def test_messages_say_what_to_do() -> None:
    def error_for(status: int, body: dict[str, object], **options: object) -> str:
        recorder = Recorder(httpx.Response(status, json=body))
        with pytest.raises(APIStatusError) as caught:
            make_client("sync", recorder, max_retries=0, **options).room_info("someone")
        return str(caught.value)

    assert "EULER_API_KEY" in error_for(401, {"code": 401, "message": "Invalid API key."})
    assert "none was sent" in error_for(401, {"code": 401}, api_key=None)
    assert "Plans that include room_info: Enterprise." in error_for(402, {"code": 402, "message": "Premium required."})
    rate_limited = error_for(429, {"code": 429, "limit_label": "rate_limit_account_minute"})
    assert "rate_limit_account_minute" in rate_limited
    assert "Retry later" in rate_limited


@pytest.mark.parametrize(
    ("headers", "retry_after", "reset_at"),
    [
        ({"Retry-After": "7"}, 7.0, None),
        ({"Retry-After": email.utils.formatdate(NOW + 12, usegmt=True)}, 12.0, None),
        ({"RateLimit-Reset": "30", "RateLimit-Remaining": "0"}, 30.0, NOW + 30),
        ({"X-RateLimit-Reset": str(int(NOW + 45))}, 45.0, NOW + 45),
        ({"X-RateLimit-Reset": str(int((NOW + 45) * 1000))}, 45.0, NOW + 45),
        ({}, None, None),
    ],
)
def test_rate_limit_error_reads_every_hint_style(
    headers: dict[str, str], retry_after: float | None, reset_at: float | None
) -> None:
    body = {"code": 429, "message": "Too many requests.", "limit_label": "rate_limit_account_minute"}
    client = make_client("sync", Recorder(httpx.Response(429, json=body, headers=headers)), max_retries=0)
    client.client._now = lambda: NOW
    with pytest.raises(RateLimitError) as caught:
        client.room_id("someone")
    error = caught.value
    assert error.retry_after == retry_after
    assert error.reset_at == reset_at
    assert error.limit_label == "rate_limit_account_minute"
    if "RateLimit-Remaining" in headers:
        assert error.remaining == 0
    if retry_after is not None:
        assert f"Retry in {retry_after:.0f} s" in str(error)


def test_retry_after_falls_back_to_the_body() -> None:
    body = {"code": 429, "message": "Slow down.", "retry_after": 3}
    with pytest.raises(RateLimitError) as caught:
        make_client("sync", Recorder(httpx.Response(429, json=body)), max_retries=0).room_id("someone")
    assert caught.value.retry_after == 3.0


def test_request_id_is_kept(kind: str) -> None:
    recorder = Recorder(httpx.Response(500, json={"code": 500}, headers={"X-Request-Id": "req-42"}))
    with pytest.raises(ServerError) as caught:
        make_client(kind, recorder, max_retries=0).room_id("someone")
    assert caught.value.request_id == "req-42"
    assert "req-42" in repr(caught.value)


def test_key_never_appears_in_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"code": 401, "message": f"Invalid API key {SECRET_KEY}."}
    recorder = Recorder(httpx.Response(503, json={"code": 503}), httpx.Response(401, json=echo))
    client = make_client("sync", recorder, max_retries=1)
    with pytest.raises(AuthenticationError) as caught:
        client.room_id("someone")
    for text in (str(caught.value), repr(caught.value), repr(client.client), caplog.text):
        assert SECRET_KEY not in text
    assert "<redacted>" in str(caught.value)


def test_client_repr_hides_the_key() -> None:
    client = TikTokLiveClient(api_key=SECRET_KEY, jwt="jwt-secret")
    assert "api_key=<set>" in repr(client)
    assert SECRET_KEY not in repr(client) + repr(client._auth) + repr(client._http)
    assert "jwt-secret" not in repr(client) + repr(client._auth)
