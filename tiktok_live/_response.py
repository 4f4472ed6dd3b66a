"""Reading answers: JSON bodies, errors (HTTP statuses and error codes in 200 bodies), raw responses."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Generator, Iterable
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from . import _retry
from ._exceptions import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    PremiumRequiredError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
)
from ._logs import redact_secrets

T = TypeVar("T")
P = ParamSpec("P")

_EXCERPT_LENGTH = 200
_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PremiumRequiredError,
    403: ForbiddenError,
    404: NotFoundError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}
PRICING_URL = "https://www.eulerstream.com/pricing"


class RawResponse(Generic[T]):
    """An answer as received, with its parsed result: use it for headers such as the rate-limit state."""

    def __init__(self, http_response: httpx.Response, *, retries_taken: int, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parse = parse
        self._parsed: list[T] = []

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    def parse(self) -> T:
        """The typed result (parsed once, then cached)."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return (
            f"<RawResponse [{self.status_code}] {request.method} {request.url.path} retries_taken={self.retries_taken}>"
        )


def raw_method(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """A method of the twin behind `with_raw_response`, typed as what it returns there: its `_result` hands
    the RawResponse back instead of parsing it."""
    return cast(Callable[P, RawResponse[T]], method)


def async_raw_method(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    return cast(Callable[P, Awaitable[RawResponse[T]]], method)


def answer_of_hook_error(error: httpx.HTTPStatusError) -> Generator[httpx.Response, Any, httpx.Response]:
    """The answer a response hook of the user's client raised on (`raise_for_status()`): handled as any answer,
    so a 404 is a NotFoundError, not a connection failure. Yields it for the client's driver to read its body;
    the answer with its body when that could still be read, else with the status and headers alone."""
    response = error.response
    try:
        yield response
        response.content  # noqa: B018 - raises ResponseNotRead when the body is gone
    except httpx.StreamError:
        return httpx.Response(response.status_code, headers=response.headers, request=response.request)
    return response


def json_body(response: httpx.Response) -> Any:
    """The JSON document in the body, or None when the body is empty or not JSON."""
    content = response.content.lstrip()
    if content[:1] not in (b"{", b"["):
        return None
    try:
        # UTF-8 decoded here unless a NUL in the first bytes says UTF-16/32: json.loads would work that out in
        # Python on every answer.
        return json.loads(content if b"\x00" in content[:4] else content.decode("utf-8", "surrogatepass"))
    except (ValueError, RecursionError):
        return None


def _excerpt(text: str) -> str:
    text = re.sub(r"<[^>]*>", " ", text)  # an HTML error page from a proxy: keep its words
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT_LENGTH else text[: _EXCERPT_LENGTH - 1] + "…"


def _server_message(response: httpx.Response, body: Any) -> str:
    if isinstance(body, dict):
        for key in ("message", "error"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                return _excerpt(value)
    text = response.content.decode("utf-8", errors="replace")
    return _excerpt(text) if text.strip() else (response.reason_phrase or "no details given")


def error_code(response: httpx.Response, body: Any) -> int | None:
    """The status the answer stands for when it is an error: the HTTP status, or for a 200 answer the
    error `code` in its body (or 200 itself for `ok: false` without an error code)."""
    code = body.get("code") if isinstance(body, dict) else None
    code = code if isinstance(code, int) and not isinstance(code, bool) else None
    if response.status_code >= 400:
        return response.status_code
    if code is not None and 400 <= code <= 599:
        return code
    if isinstance(body, dict) and body.get("ok") is False:
        return response.status_code
    return None


def _request_path(response: httpx.Response) -> str:
    try:
        return response.request.url.path
    except RuntimeError:  # a response built without a request
        return "?"


def status_error(
    response: httpx.Response,
    body: Any,
    *,
    operation: str,
    plans: tuple[str, ...],
    key_configured: bool,
    key_hint: str = "pass api_key=... or set the EULER_API_KEY environment variable",
    secrets: Iterable[str],
    now: float,
) -> APIStatusError | None:
    """The exception an answer stands for, or None when it is a success."""
    status = error_code(response, body)
    if status is None:
        return None
    detail = redact_secrets(_server_message(response, body), secrets)
    body_code = body.get("code") if isinstance(body, dict) else None
    code = body_code if isinstance(body_code, int) and not isinstance(body_code, bool) else status
    request_id = response.headers.get("x-request-id") or response.headers.get("x-log-id")
    cls = _STATUS_CLASSES.get(status) or (ServerError if status >= 500 else APIStatusError)
    common: dict[str, Any] = {"response": response, "body": body, "code": code, "request_id": request_id}

    if cls is RateLimitError:
        retry_after = _retry.retry_after_seconds(response.headers, body, now=now)
        label = body.get("limit_label") if isinstance(body, dict) else None
        label = label if isinstance(label, str) else None
        when = f"Retry in {retry_after:.0f} s." if retry_after is not None else "Retry later."
        which = f" ({label})" if label else ""
        return RateLimitError(
            f"{operation}: rate limit{which} hit (429: {detail}). {when}",
            retry_after=retry_after,
            limit_label=label,
            reset_at=_retry.reset_at(response.headers, now=now),
            remaining=_retry.remaining(response.headers),
            **common,
        )
    message = _MESSAGES.get(cls, "{operation}: the Euler Stream API answered {status}: {detail}.")
    if status < 400:
        message = "{operation}: the Euler Stream API reported a failure (ok: false): {detail}."
    if cls is AuthenticationError and not key_configured:
        message = "{operation}: this operation needs an API key and none was sent (401: {detail}). To send one, {hint}."
    if cls is PremiumRequiredError and plans and not any(plan in detail for plan in plans):
        # The service's own words are more precise (a plan may allow an operation for some arguments only).
        message = _MESSAGES[PremiumRequiredError] + " Plans that include {operation}: {plans}."
    if cls is NotFoundError and (not isinstance(body, dict) or "route" in detail.lower()):
        # Not a creator the API does not know: the URL itself is wrong, most often a base URL with a path.
        message = (
            "{operation}: the server has no API route at {path} (404: {detail}). "
            "Check the base URL: it should be the service's root, such as https://tiktok.eulerstream.com."
        )
    text = message.format(
        operation=operation,
        status=status,
        detail=detail,
        plans=", ".join(plans),
        pricing=PRICING_URL,
        hint=key_hint,
        path=_request_path(response),
    )
    return cls(text, **common)


_MESSAGES: dict[type[APIStatusError], str] = {
    BadRequestError: "{operation}: the API rejected the request as malformed (400: {detail}).",
    AuthenticationError: "{operation}: authentication failed (401: {detail}). Check the key: {hint}.",
    PremiumRequiredError: "{operation}: not included in your plan (402: {detail}). See {pricing}.",
    ForbiddenError: "{operation}: the API refused the request; the key may be blocked (403: {detail}).",
    NotFoundError: "{operation}: not found (404: {detail}). Check the creator's unique id or the room id.",
    ServiceUnavailableError: (
        "{operation}: the Euler Stream API is overloaded ({status}: {detail}). Retry in a few seconds."
    ),
    ServerError: "{operation}: the Euler Stream API failed ({status}: {detail}). Retry later.",
}
