"""The SDK's exceptions: every failure of a call is a `TikTokLiveError`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only for hints: the CLI's help and argument parsing load these without httpx
    import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BudgetExhaustedError",
    "ForbiddenError",
    "InvalidInputError",
    "InvalidResponseError",
    "LayoutError",
    "NotFoundError",
    "PremiumRequiredError",
    "RateLimitError",
    "ServerError",
    "ServiceUnavailableError",
    "TikTokLiveError",
]


class TikTokLiveError(Exception):
    """Base class of every error the SDK raises for a failed call."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(TikTokLiveError):
    """The service could not be reached, or the connection broke before a full answer arrived."""

    request: httpx.Request | None

    def __init__(
        self,
        message: str = "Could not connect to the Euler Stream API.",
        *,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The service did not answer within the configured timeout."""

    def __init__(
        self,
        message: str = "The Euler Stream API did not answer in time.",
        *,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, request=request)


class InvalidResponseError(TikTokLiveError):
    """A successful answer whose body does not match the API description."""

    response: httpx.Response | None

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.response = response

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class APIStatusError(TikTokLiveError):
    """The service answered with an error: an HTTP error status, or an error code in a 200 body."""

    status_code: int
    code: int | None
    request_id: str | None
    response: httpx.Response
    body: Any

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        code: int | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.code = code
        self.request_id = request_id

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, code={self.code}, "
            f"request_id={self.request_id!r}, message={self.message!r})"
        )


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the API key or JWT is missing, unknown or revoked."""


class PremiumRequiredError(APIStatusError):
    """402: the key's plan does not include this operation."""


class ForbiddenError(APIStatusError):
    """403: the key is blocked or may not perform this request."""


class NotFoundError(APIStatusError):
    """404: the user, room or room id does not exist."""


class RateLimitError(APIStatusError):
    """429: a rate limit was hit. `retry_after` says how many seconds to wait, when the service said."""

    retry_after: float | None
    limit_label: str | None
    reset_at: float | None
    remaining: int | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        code: int | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        limit_label: str | None = None,
        reset_at: float | None = None,
        remaining: int | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, code=code, request_id=request_id)
        self.retry_after = retry_after
        self.limit_label = limit_label
        self.reset_at = reset_at
        self.remaining = remaining


class ServerError(APIStatusError):
    """5xx: the service failed."""


class ServiceUnavailableError(ServerError):
    """503: the service is overloaded (for example, no agents available)."""


class InvalidInputError(TikTokLiveError, ValueError):
    """An input was rejected before any request was made. Single calls raise `ValueError` / `TypeError`;
    bulk calls such as `check_live` report a bad item as this error in its result instead."""


class BudgetExhaustedError(RateLimitError):
    """The key's rate-limit budget had no room for the call within `max_retry_wait`, so it was not sent.
    `window` (`minute`, `hour`, `day`) is the empty window and `retry_after` the seconds until it refills.
    No request reached the service: `response` is a stand-in 429 built by the client."""

    window: str

    def __init__(
        self, message: str, *, response: httpx.Response, window: str, retry_after: float, reset_at: float
    ) -> None:
        super().__init__(
            message,
            response=response,
            body=None,
            retry_after=retry_after,
            limit_label=f"budget_{window}",
            reset_at=reset_at,
            remaining=0,
        )
        self.window = window


class LayoutError(TikTokLiveError, ValueError):
    """The client's API layout (`layout=`, `EULER_API_LAYOUT`) has no operation for the method called; raised
    before anything is sent. The message names the layout that has it."""


class ModelMismatch(Exception):
    """A 2xx answer does not have the shape its model declares (parsers raise it; the client turns it into
    an `InvalidResponseError`). Internal: never reaches the caller. Here, not in `_response`, so that the
    catalog's parsers load without httpx."""
