"""Typed Python SDK for the Euler Stream TikTok LIVE API.

from tiktok_live import TikTokLiveClient

with TikTokLiveClient() as client:          # key from EULER_API_KEY (or SIGN_API_KEY)
    room = client.room_id("@someone")
    print(room.room_id, room.is_live)
"""

from ._base import NOT_GIVEN, NotGiven, RateLimitState
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
    ForbiddenError,
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
from ._version import __version__
from ._webcast_proto import WebcastFetchEnvelope, decode_fetch_result

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
    "ForbiddenError",
    "InvalidResponseError",
    "NotFoundError",
    "NotGiven",
    "PremiumRequiredError",
    "RateLimitError",
    "RateLimitState",
    "RawResponse",
    "RoomMedia",
    "ServerError",
    "ServiceUnavailableError",
    "TikTokLiveClient",
    "TikTokLiveClientWithRawResponse",
    "TikTokLiveError",
    "WebcastFetchEnvelope",
    "WebcastFetchResult",
    "__version__",
    "decode_fetch_result",
]
