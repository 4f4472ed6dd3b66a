"""Typed Python SDK for the Euler Stream TikTok LIVE API.

from tiktok_live import TikTokLiveClient

with TikTokLiveClient() as client:          # key from EULER_API_KEY (or SIGN_API_KEY)
    room = client.room_id("@someone")
    print(room.room_id, room.is_live)
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__
from ._webcast_proto import WebcastFetchEnvelope, decode_fetch_result

if TYPE_CHECKING:
    from ._base import NOT_GIVEN, NotGiven, RateLimitState
    from ._budget import BudgetLimiter, LocalBudget, WindowBudget
    from ._budget_redis import RedisBudget
    from ._bulk import LiveStatus
    from ._client import (
        AsyncTikTokLiveClient,
        AsyncTikTokLiveClientWithRawResponse,
        TikTokLiveClient,
        TikTokLiveClientWithRawResponse,
    )
    from ._constants import (
        DEFAULT_BASE_URL,
        DEFAULT_LIMITS,
        DEFAULT_MAX_RETRIES,
        DEFAULT_MAX_RETRY_WAIT,
        DEFAULT_TIMEOUT,
    )
    from ._exceptions import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        BudgetExhaustedError,
        ForbiddenError,
        InvalidInputError,
        InvalidResponseError,
        NotFoundError,
        PremiumRequiredError,
        RateLimitError,
        ServerError,
        ServiceUnavailableError,
        TikTokLiveError,
    )
    from ._response import RawResponse
    from ._results import RoomMedia, WebcastFetchResult

# Imported on first use (PEP 562): `import tiktok_live` stays cheap, and each name loads only the modules it
# needs.
_EXPORTS = {
    "NOT_GIVEN": "._base",
    "NotGiven": "._base",
    "RateLimitState": "._base",
    "BudgetLimiter": "._budget",
    "LocalBudget": "._budget",
    "WindowBudget": "._budget",
    "RedisBudget": "._budget_redis",
    "LiveStatus": "._bulk",
    "AsyncTikTokLiveClient": "._client",
    "AsyncTikTokLiveClientWithRawResponse": "._client",
    "TikTokLiveClient": "._client",
    "TikTokLiveClientWithRawResponse": "._client",
    "DEFAULT_BASE_URL": "._constants",
    "DEFAULT_LIMITS": "._constants",
    "DEFAULT_MAX_RETRIES": "._constants",
    "DEFAULT_MAX_RETRY_WAIT": "._constants",
    "DEFAULT_TIMEOUT": "._constants",
    "APIConnectionError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "BudgetExhaustedError": "._exceptions",
    "ForbiddenError": "._exceptions",
    "InvalidInputError": "._exceptions",
    "InvalidResponseError": "._exceptions",
    "NotFoundError": "._exceptions",
    "PremiumRequiredError": "._exceptions",
    "RateLimitError": "._exceptions",
    "ServerError": "._exceptions",
    "ServiceUnavailableError": "._exceptions",
    "TikTokLiveError": "._exceptions",
    "RawResponse": "._response",
    "RoomMedia": "._results",
    "WebcastFetchResult": "._results",
}

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_WAIT",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncTikTokLiveClient",
    "AsyncTikTokLiveClientWithRawResponse",
    "AuthenticationError",
    "BadRequestError",
    "BudgetExhaustedError",
    "BudgetLimiter",
    "ForbiddenError",
    "InvalidInputError",
    "InvalidResponseError",
    "LiveStatus",
    "LocalBudget",
    "NotFoundError",
    "NotGiven",
    "PremiumRequiredError",
    "RateLimitError",
    "RateLimitState",
    "RawResponse",
    "RedisBudget",
    "RoomMedia",
    "ServerError",
    "ServiceUnavailableError",
    "TikTokLiveClient",
    "TikTokLiveClientWithRawResponse",
    "TikTokLiveError",
    "WebcastFetchEnvelope",
    "WebcastFetchResult",
    "WindowBudget",
    "__version__",
    "decode_fetch_result",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
