"""Retry policy as pure functions: which failures to retry, and how long to wait before the next attempt."""

from __future__ import annotations

import email.utils
import math
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

# Failures that prove no byte of the request reached the server: safe to retry even for calls with side
# effects (POST /webcast/chat has no idempotency key).
UNSENT_REQUEST_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


# What the client reads from every answer: the rate-limit hints (`retry_after_seconds`, `reset_at`, `remaining`)
# and the content type. Each lookup in an `httpx.Headers` scans every header; one scan collects them all.
ANSWER_HEADERS = {
    name.encode(): name
    for name in (
        "content-type",
        "retry-after",
        "ratelimit-remaining",
        "x-ratelimit-remaining",
        "ratelimit-reset",
        "x-ratelimit-reset",
    )
}

Headers = Mapping[str, str]


def answer_headers(headers: httpx.Headers) -> dict[str, str]:
    """The `ANSWER_HEADERS` an answer has, by lower-case name, each as `headers.get(name)` reads it (repeated
    headers joined with ", ")."""
    found: dict[str, str] = {}
    for raw_name, raw_value in headers.raw:
        name = ANSWER_HEADERS.get(raw_name.lower())
        if name is None:
            continue
        try:  # what any of the encodings `headers.encoding` may choose makes of ASCII, without choosing one
            value = raw_value.decode("ascii")
        except UnicodeDecodeError:
            value = raw_value.decode(headers.encoding)
        found[name] = f"{found[name]}, {value}" if name in found else value
    return found


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def _seconds_from_http_date(value: str, now: float) -> float | None:
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        return None
    return max(0.0, moment.timestamp() - now)


def _unix_time(value: str | None) -> float | None:
    stamp = _number(value)
    if stamp is not None and stamp > 1e12:  # milliseconds
        stamp /= 1000.0
    return stamp


def retry_after_seconds(headers: Mapping[str, str], body: Any, *, now: float) -> float | None:
    """Seconds the server asked us to wait, from the first hint present.

    Accepted, in order: `Retry-After` (seconds or an HTTP date), `RateLimit-Reset` (seconds),
    `X-RateLimit-Reset` (unix time), then `retry_after` / `retryAfter` (seconds) in a JSON body.
    """
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        seconds = _number(retry_after)
        if seconds is None:
            seconds = _seconds_from_http_date(retry_after, now)
        if seconds is not None:
            return seconds
    seconds = _number(headers.get("ratelimit-reset"))
    if seconds is not None:
        return seconds
    reset_at = _unix_time(headers.get("x-ratelimit-reset"))
    if reset_at is not None:
        return max(0.0, reset_at - now)
    if isinstance(body, dict):
        for key in ("retry_after", "retryAfter"):
            value = body.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < math.inf:
                return float(value)
    return None


def reset_at(headers: Mapping[str, str], *, now: float) -> float | None:
    """Unix time at which the current rate-limit window resets, if the headers say."""
    absolute = _unix_time(headers.get("x-ratelimit-reset"))
    if absolute is not None:
        return absolute
    relative = _number(headers.get("ratelimit-reset"))
    return now + relative if relative is not None else None


def remaining(headers: Mapping[str, str]) -> int | None:
    """Requests left in the current window (`RateLimit-Remaining` or `X-RateLimit-Remaining`)."""
    for name in ("ratelimit-remaining", "x-ratelimit-remaining"):
        value = _number(headers.get(name))
        if value is not None:
            return int(value)
    return None


def backoff_delay(
    attempt: int, *, rand: Callable[[], float], cap: float = MAX_RETRY_DELAY, jitter: float = 0.25
) -> float:
    """Exponential backoff for retry number `attempt` (0 for the first retry): 0.5 s doubling to `cap` (8 s
    unless said), multiplied by a jitter factor in (1 - `jitter`, 1] (`rand()` in [0, 1) picks it). Requests
    retry with the defaults; live-events reconnects with their own cap and jitter 0.5, so many clients dropped
    at once do not come back in step."""
    return min(INITIAL_RETRY_DELAY * 2.0 ** min(attempt, 30), cap) * (1.0 - jitter * rand())


def should_retry_status(status_code: int) -> bool:
    return status_code in RETRYABLE_STATUSES
