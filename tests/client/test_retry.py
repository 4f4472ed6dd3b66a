"""The retry policy's pure functions, with the clock and the jitter injected."""

from __future__ import annotations

import email.utils
import json

import httpx
import pytest

from tiktok_live import _retry

NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({"retry-after": "7"}, None, 7.0),
        ({"retry-after": "0.5"}, None, 0.5),
        ({"retry-after": email.utils.formatdate(NOW + 20, usegmt=True)}, None, 20.0),
        ({"retry-after": email.utils.formatdate(NOW - 20, usegmt=True)}, None, 0.0),
        ({"ratelimit-reset": "9"}, None, 9.0),
        ({"x-ratelimit-reset": str(int(NOW + 11))}, None, 11.0),
        ({"x-ratelimit-reset": str(int(NOW - 11))}, None, 0.0),
        ({"retry-after": "soon", "ratelimit-reset": "3"}, None, 3.0),
        ({"retry-after": "-1"}, {"retry_after": 4}, 4.0),
        ({"retry-after": "nan", "ratelimit-reset": "inf"}, None, None),
        ({}, {"retryAfter": 2.5}, 2.5),
        ({}, {"retry_after": True}, None),
        ({}, None, None),
    ],
)
def test_retry_after_seconds_reads_the_first_usable_hint(
    headers: dict[str, str], body: object, expected: float | None
) -> None:
    assert _retry.retry_after_seconds(httpx.Headers(headers), body, now=NOW) == expected


def test_retry_reset_at_and_remaining() -> None:
    assert _retry.reset_at(httpx.Headers({"x-ratelimit-reset": "1800000100"}), now=NOW) == 1_800_000_100.0
    assert _retry.reset_at(httpx.Headers({"ratelimit-reset": "5"}), now=NOW) == NOW + 5
    assert _retry.reset_at(httpx.Headers({}), now=NOW) is None
    assert _retry.remaining(httpx.Headers({"RateLimit-Remaining": "12"})) == 12
    assert _retry.remaining(httpx.Headers({"X-RateLimit-Remaining": "3"})) == 3
    assert _retry.remaining(httpx.Headers({"RateLimit-Remaining": "many"})) is None


@pytest.mark.parametrize(
    ("attempt", "no_jitter", "most_jitter"), [(0, 0.5, 0.375), (1, 1.0, 0.75), (4, 8.0, 6.0), (9, 8.0, 6.0)]
)
def test_retry_backoff_doubles_caps_and_jitters(attempt: int, no_jitter: float, most_jitter: float) -> None:
    assert _retry.backoff_delay(attempt, rand=lambda: 0.0) == no_jitter
    assert _retry.backoff_delay(attempt, rand=lambda: 1.0) == most_jitter


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retry_statuses(status: int) -> None:
    assert _retry.should_retry_status(status)


@pytest.mark.parametrize("status", [200, 400, 401, 402, 403, 404, 409, 501, 520])
def test_retry_not_for_other_statuses(status: int) -> None:
    assert not _retry.should_retry_status(status)


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ({"Retry-After": "7"}, (7.0, None)),
        ({"RateLimit-Reset": "9"}, (9.0, NOW + 9)),
        ({"X-RateLimit-Reset": str(int(NOW + 11))}, (11.0, NOW + 11)),
        ({"X-RateLimit-Reset": str(int((NOW + 11) * 1000))}, (11.0, NOW + 11)),  # milliseconds
    ],
)
def test_hints_are_read_from_the_answer_headers_the_client_keeps(
    wire: dict[str, str], expected: tuple[float, float | None]
) -> None:
    """The client keeps `answer_headers` (a plain dict by lower-case name) of every answer; the hints read
    from it are the ones read from the answer's own case-insensitive headers."""
    kept = _retry.answer_headers(httpx.Headers(wire))
    assert type(kept) is dict
    for headers in (kept, httpx.Headers(wire)):
        assert (_retry.retry_after_seconds(headers, None, now=NOW), _retry.reset_at(headers, now=NOW)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"retry_after": 0}, 0.0),  # "now" is a hint too: no backoff on top
        ({"retry_after": 0.5}, 0.5),
        ({"retryAfter": 3}, 3.0),
        ({"retry_after": -1}, None),
        ({"retry_after": "7"}, None),
        (json.loads('{"retry_after": Infinity}'), None),  # Python's JSON reader accepts it
        (json.loads('{"retry_after": NaN}'), None),
        ([{"retry_after": 4}], None),
    ],
)
def test_a_json_bodys_retry_after_is_a_finite_non_negative_number(body: object, expected: float | None) -> None:
    assert _retry.retry_after_seconds({}, body, now=NOW) == expected
