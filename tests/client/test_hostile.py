"""Hostile answers: whatever the server sends, a call returns its typed result or raises a TikTokLiveError.

Never a KeyError, TypeError, AttributeError or ValueError from parsing. `make test` runs a quick profile;
`make fuzz` (TIKTOK_LIVE_FUZZ=1) runs at least 10,000 examples per test.
"""

from __future__ import annotations

import contextlib
import copy
import gzip
import json
import os
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiktok_live import RoomMedia, TikTokLiveClient, TikTokLiveError, WebcastFetchResult
from tiktok_live_api.models import RateLimitsResponse, RoomIdResponse, RoomInfoResponse, SendChatResponse, SignedUrl

settings.register_profile(
    "quick", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile(
    "fuzz", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
PROFILE = "fuzz" if os.environ.get("TIKTOK_LIVE_FUZZ") else "quick"

VALID_BODIES: dict[str, Any] = {
    "room_id": {"code": 200, "ok": True, "routes_attempted": ["web"], "is_live": True, "room_id": "7321"},
    "room_info": {
        "code": 200,
        "ok": True,
        "routes_attempted": ["web"],
        "data": {
            "unique_id": "someone",
            "raw": {"a": 1},
            "room_info": {"id": "1", "is_live": True, "current_viewers": 3, "start_time": 1700000000},
            "user": {"unique_id": "someone", "followers": 5, "is_verified": False},
        },
    },
    "rate_limits": {
        "code": 200,
        "minute": {"max": 10, "remaining": 9, "reset_at": None},
        "day": {"max": 100, "remaining": 99, "reset_at": "2026-11-27T00:00:00Z"},
        "load_shedding": {"at": 0.9, "chance": 0.1},
    },
    "sign_webcast_url": {
        "code": 200,
        "response": {"signedUrl": "https://x/?X-Bogus=1", "tokens": {"a": "b"}, "cookies": [{"c": "d"}]},
    },
    "send_chat": {"code": 200, "data": {"id": 1}},
    "room_cover": {"code": 200, "message": "ok"},
    "room_video": {"code": 200},
    "fetch_webcast_url": None,  # binary
}

CALLS: dict[str, tuple[Callable[[TikTokLiveClient], Any], type | tuple[type, ...]]] = {
    "room_id": (lambda c: c.room_id("someone"), RoomIdResponse),
    "room_info": (lambda c: c.room_info("someone"), RoomInfoResponse),
    "rate_limits": (lambda c: c.rate_limits(), RateLimitsResponse),
    "sign_webcast_url": (lambda c: c.sign_webcast_url("https://www.tiktok.com/"), SignedUrl),
    "send_chat": (lambda c: c.send_chat("1", "hi", session_id="s", tt_target_idc="i"), SendChatResponse),
    "room_cover": (lambda c: c.room_cover("someone"), RoomMedia),
    "room_video": (lambda c: c.room_video("someone"), RoomMedia),
    "fetch_webcast_url": (lambda c: c.fetch_webcast_url(room_id="1"), WebcastFetchResult),
}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@st.composite
def mutated_bodies(draw: st.DrawFn, operation: str) -> bytes:
    """A valid body with one field replaced by any JSON value (wrong type, null, huge number) or removed."""
    body = copy.deepcopy(VALID_BODIES[operation])
    if body is None:
        return json.dumps(draw(json_values)).encode()
    path = draw(st.sampled_from(_paths(body)))
    parent = body
    for step in path[:-1]:
        parent = parent[step]
    if draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = draw(json_values)
    return json.dumps(body, allow_nan=True).encode()


raw_bodies = st.sampled_from(
    [
        b"",
        b"{",
        b'{"code": 200, "ok": tru',
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        b"\x00\xff\xfe garbage",
        b"[" * 50_000 + b"]" * 50_000,  # deeper than the JSON parser's recursion limit
        b'{"code": 200, "message": "' + b"x" * 2_000_000 + b'"}',  # a huge body
        b"null",
        b"12345678901234567890123456789012345678901234567890",
    ]
) | st.binary(max_size=200)

content_types = st.sampled_from(
    ["application/json", "text/html", "application/octet-stream", "image/jpeg", "", "application/json; charset=utf-16"]
)
statuses = st.sampled_from([200, 200, 200, 201, 204, 301, 400, 401, 402, 403, 404, 408, 418, 429, 500, 503, 520, 599])
hint_headers = st.dictionaries(
    st.sampled_from(["Retry-After", "RateLimit-Reset", "X-RateLimit-Reset", "RateLimit-Remaining"]),
    st.sampled_from(["1", "-5", "nan", "inf", "1e400", "Wed, 21 Oct 2015 07:28:00 GMT", "soon", "", "99999999999999"]),
    max_size=3,
)


def _run(operation: str, status: int, body: bytes, content_type: str, headers: dict[str, str]) -> Any:
    """The call's typed result (checked), or the exception it raised."""

    def answer(request: httpx.Request) -> httpx.Response:
        all_headers = {"content-type": content_type, **headers} if content_type else headers
        return httpx.Response(status, content=body, headers=all_headers)

    client = TikTokLiveClient(
        api_key="k", max_retries=1, http_client=httpx.Client(transport=httpx.MockTransport(answer))
    )
    client._sleep = lambda seconds: None
    call, expected = CALLS[operation]
    result = call(client)
    assert isinstance(result, expected)
    return result


OPERATIONS = sorted(CALLS)


@pytest.mark.fuzz
@pytest.mark.parametrize("operation", OPERATIONS)
@settings(settings.get_profile(PROFILE))
@given(data=st.data())
def test_hostile_bodies_give_a_result_or_an_sdk_error(operation: str, data: st.DataObject) -> None:
    body = data.draw(mutated_bodies(operation) | raw_bodies | json_values.map(lambda v: json.dumps(v).encode()))
    # A TikTokLiveError is the other acceptable outcome; any other exception fails the test.
    with contextlib.suppress(TikTokLiveError):
        _run(operation, data.draw(statuses), body, data.draw(content_types), data.draw(hint_headers))


@pytest.mark.parametrize("operation", OPERATIONS)
def test_hostile_gzip_garbage_is_an_sdk_error(operation: str) -> None:
    with pytest.raises(TikTokLiveError):
        _run(operation, 200, b"definitely not gzip", "application/json", {"content-encoding": "gzip"})


@pytest.mark.parametrize("operation", OPERATIONS)
def test_hostile_valid_gzip_is_decoded(operation: str) -> None:
    valid = VALID_BODIES[operation]
    body = b"\x12\x00" if valid is None else json.dumps(valid).encode()
    content_type = "application/octet-stream" if valid is None else "application/json"
    _run(operation, 200, gzip.compress(body), content_type, {"content-encoding": "gzip"})


# -- user side: bad arguments fail before any request ---------------------------------------------

VALID_ARGUMENTS: dict[str, dict[str, Any]] = {
    "fetch_webcast_url": {
        "room_id": "7321",
        "cursor": "c",
        "session_id": "s",
        "user_agent": "ua",
        "tt_target_idc": "i",
        "client_enter": True,
        "country": "DE",
        "platform": "web",
        "client": "x",
    },
    "sign_webcast_url": {
        "url": "https://www.tiktok.com/",
        "method": "GET",
        "user_agent": "ua",
        "session_id": "s",
        "tt_target_idc": "i",
        "payload": "p",
        "type": "xhr",
        "include_browser_params": True,
        "include_verify_fp": False,
        "client": "x",
    },
    "room_id": {"unique_id": "someone"},
    "room_info": {"unique_id": "someone"},
    "room_cover": {"unique_id": "someone"},
    "room_video": {"unique_id": "someone", "stream_type": "hls_sd"},
    "send_chat": {"room_id": "7321", "content": "hi", "session_id": "s", "tt_target_idc": "i"},
}
WRONG_TYPES = [object(), 3.5, b"bytes", ["list"]]
ARGUMENT_CASES = [
    (method, argument, wrong)
    for method, arguments in VALID_ARGUMENTS.items()
    for argument in arguments
    for wrong in WRONG_TYPES
]


@pytest.mark.parametrize(("method", "argument", "wrong"), ARGUMENT_CASES)
def test_hostile_arguments_of_the_wrong_type_are_rejected_before_any_request(
    method: str, argument: str, wrong: object
) -> None:
    seen: list[httpx.Request] = []
    client = TikTokLiveClient(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(seen.append)))
    with pytest.raises((TypeError, ValueError), match=argument):
        getattr(client, method)(**{**VALID_ARGUMENTS[method], argument: wrong})
    assert seen == []


@pytest.mark.parametrize(
    ("method", "argument", "bad"),
    [
        ("room_id", "unique_id", ""),
        ("room_id", "unique_id", "@"),
        ("room_id", "unique_id", "a" * 25),
        ("room_id", "unique_id", "http://example.com/@x"),
        ("send_chat", "room_id", "-1"),
        ("send_chat", "room_id", ""),
        ("sign_webcast_url", "url", "javascript:alert(1)"),
        ("sign_webcast_url", "url", "https://"),
        ("fetch_webcast_url", "country", "ZZ"),
        ("room_video", "stream_type", "hls_hd"),
        ("sign_webcast_url", "method", "CONNECT"),
    ],
)
def test_hostile_argument_values_are_rejected_before_any_request(method: str, argument: str, bad: str) -> None:
    seen: list[httpx.Request] = []
    client = TikTokLiveClient(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(seen.append)))
    with pytest.raises(ValueError, match=argument):
        getattr(client, method)(**{**VALID_ARGUMENTS[method], argument: bad})
    assert seen == []
