"""Typed Python SDK for the Euler Stream TikTok LIVE API.

from tiktok_live import TikTokLiveClient

with TikTokLiveClient() as client:          # key from EULER_API_KEY (or SIGN_API_KEY)
    room = client.room_id("@someone")
    print(room.room_id, room.is_live)
"""

import importlib as _importlib
import typing as _typing

from ._version import __version__

if _typing.TYPE_CHECKING:
    from tiktok_live_api.types import UNSET, Unset

    from ._base import NOT_GIVEN, NotGiven, RateLimitState
    from ._budget._local import BudgetLimiter, Hint, LocalBudget, Observation, Refusal, Ticket, WindowBudget
    from ._budget._redis import RedisBudget
    from ._budget._slots import ConnectionSlots, Slot, SlotRefusal
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
        DEFAULT_WS_URL,
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
        LayoutError,
        NotFoundError,
        PremiumRequiredError,
        RateLimitError,
        ServerError,
        ServiceUnavailableError,
        TikTokLiveError,
    )
    from ._lib._bulk import CheckLiveInterrupted, LiveStatus
    from ._lib._watch import (
        AsyncCreatorWatch,
        CheckFailed,
        CreatorWatch,
        SweepPlan,
        WatchEvent,
        WatchOptions,
        WatchStatus,
        WentLive,
        WentOffline,
    )
    from ._live._errors import (
        CreatorNotLiveError,
        LiveAuthenticationError,
        LiveConnectionError,
        LiveConnectionLimitError,
        LiveEventsError,
        LiveFrameError,
        LiveOptionsError,
        LivePermissionError,
    )
    from ._live._events import (
        ChatEvent,
        FollowEvent,
        GenericEvent,
        GiftEvent,
        JoinEvent,
        LikeEvent,
        LiveEvent,
        PresenceJoinEvent,
        PresenceLeaveEvent,
        RawFrameEvent,
        RoomInfoEvent,
        ShareEvent,
        StreamEndedEvent,
        StreamPausedEvent,
        StreamResumedEvent,
        TikTokConnectEvent,
        TikTokDisconnectEvent,
        User,
        ViewerCountEvent,
        WorkerInfoEvent,
    )
    from ._live._session import LiveEventOptions, LiveStats
    from ._live._stream import AsyncLiveEvents, LiveEvents
    from ._low_level import low_level_client
    from ._response import RawResponse
    from ._results import PushConnection, RoomMedia, TikTokCookies, WebcastFetchResult
    from ._webcast_proto import WebcastFetchEnvelope, decode_fetch_result

# Imported on first use (PEP 562): `import tiktok_live` stays cheap, and each name loads only the modules it
# needs.
_EXPORTS = {
    "NOT_GIVEN": "._base",
    "NotGiven": "._base",
    "RateLimitState": "._base",
    "CheckLiveInterrupted": "._lib._bulk",
    "BudgetLimiter": "._budget._local",
    "Hint": "._budget._local",
    "LocalBudget": "._budget._local",
    "Observation": "._budget._local",
    "Refusal": "._budget._local",
    "Ticket": "._budget._local",
    "WindowBudget": "._budget._local",
    "ConnectionSlots": "._budget._slots",
    "Slot": "._budget._slots",
    "SlotRefusal": "._budget._slots",
    "low_level_client": "._low_level",
    "PushConnection": "._results",
    "TikTokCookies": "._results",
    "RedisBudget": "._budget._redis",
    "LiveStatus": "._lib._bulk",
    "AsyncCreatorWatch": "._lib._watch",
    "CheckFailed": "._lib._watch",
    "CreatorWatch": "._lib._watch",
    "SweepPlan": "._lib._watch",
    "WatchEvent": "._lib._watch",
    "WatchOptions": "._lib._watch",
    "WatchStatus": "._lib._watch",
    "WentLive": "._lib._watch",
    "WentOffline": "._lib._watch",
    "AsyncTikTokLiveClient": "._client",
    "AsyncTikTokLiveClientWithRawResponse": "._client",
    "TikTokLiveClient": "._client",
    "TikTokLiveClientWithRawResponse": "._client",
    "DEFAULT_BASE_URL": "._constants",
    "DEFAULT_LIMITS": "._constants",
    "DEFAULT_MAX_RETRIES": "._constants",
    "DEFAULT_MAX_RETRY_WAIT": "._constants",
    "DEFAULT_TIMEOUT": "._constants",
    "DEFAULT_WS_URL": "._constants",
    "APIConnectionError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "BudgetExhaustedError": "._exceptions",
    "ForbiddenError": "._exceptions",
    "InvalidInputError": "._exceptions",
    "InvalidResponseError": "._exceptions",
    "LayoutError": "._exceptions",
    "NotFoundError": "._exceptions",
    "PremiumRequiredError": "._exceptions",
    "RateLimitError": "._exceptions",
    "ServerError": "._exceptions",
    "ServiceUnavailableError": "._exceptions",
    "TikTokLiveError": "._exceptions",
    "CreatorNotLiveError": "._live._errors",
    "LiveAuthenticationError": "._live._errors",
    "LiveConnectionError": "._live._errors",
    "LiveConnectionLimitError": "._live._errors",
    "LiveEventsError": "._live._errors",
    "LiveFrameError": "._live._errors",
    "LiveOptionsError": "._live._errors",
    "LivePermissionError": "._live._errors",
    "ChatEvent": "._live._events",
    "FollowEvent": "._live._events",
    "GenericEvent": "._live._events",
    "GiftEvent": "._live._events",
    "JoinEvent": "._live._events",
    "LikeEvent": "._live._events",
    "LiveEvent": "._live._events",
    "PresenceJoinEvent": "._live._events",
    "PresenceLeaveEvent": "._live._events",
    "RawFrameEvent": "._live._events",
    "RoomInfoEvent": "._live._events",
    "ShareEvent": "._live._events",
    "StreamEndedEvent": "._live._events",
    "StreamPausedEvent": "._live._events",
    "StreamResumedEvent": "._live._events",
    "TikTokConnectEvent": "._live._events",
    "TikTokDisconnectEvent": "._live._events",
    "User": "._live._events",
    "ViewerCountEvent": "._live._events",
    "WorkerInfoEvent": "._live._events",
    "LiveEventOptions": "._live._session",
    "LiveStats": "._live._session",
    "AsyncLiveEvents": "._live._stream",
    "LiveEvents": "._live._stream",
    "RawResponse": "._response",
    "RoomMedia": "._results",
    "WebcastFetchResult": "._results",
    "WebcastFetchEnvelope": "._webcast_proto",
    "decode_fetch_result": "._webcast_proto",
    # A field the answer left out (falsy); not None, which is a field sent as null.
    "UNSET": "tiktok_live_api.types",
    "Unset": "tiktok_live_api.types",
}

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_WAIT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_WS_URL",
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCreatorWatch",
    "AsyncLiveEvents",
    "AsyncTikTokLiveClient",
    "AsyncTikTokLiveClientWithRawResponse",
    "AuthenticationError",
    "BadRequestError",
    "BudgetExhaustedError",
    "BudgetLimiter",
    "ChatEvent",
    "CheckFailed",
    "CheckLiveInterrupted",
    "ConnectionSlots",
    "CreatorNotLiveError",
    "CreatorWatch",
    "FollowEvent",
    "ForbiddenError",
    "GenericEvent",
    "GiftEvent",
    "Hint",
    "InvalidInputError",
    "InvalidResponseError",
    "JoinEvent",
    "LayoutError",
    "LikeEvent",
    "LiveAuthenticationError",
    "LiveConnectionError",
    "LiveConnectionLimitError",
    "LiveEvent",
    "LiveEventOptions",
    "LiveEvents",
    "LiveEventsError",
    "LiveFrameError",
    "LiveOptionsError",
    "LivePermissionError",
    "LiveStats",
    "LiveStatus",
    "LocalBudget",
    "NotFoundError",
    "NotGiven",
    "Observation",
    "PremiumRequiredError",
    "PresenceJoinEvent",
    "PresenceLeaveEvent",
    "PushConnection",
    "RateLimitError",
    "RateLimitState",
    "RawFrameEvent",
    "RawResponse",
    "RedisBudget",
    "Refusal",
    "RoomInfoEvent",
    "RoomMedia",
    "ServerError",
    "ServiceUnavailableError",
    "ShareEvent",
    "Slot",
    "SlotRefusal",
    "StreamEndedEvent",
    "StreamPausedEvent",
    "StreamResumedEvent",
    "SweepPlan",
    "Ticket",
    "TikTokConnectEvent",
    "TikTokCookies",
    "TikTokDisconnectEvent",
    "TikTokLiveClient",
    "TikTokLiveClientWithRawResponse",
    "TikTokLiveError",
    "Unset",
    "User",
    "ViewerCountEvent",
    "WatchEvent",
    "WatchOptions",
    "WatchStatus",
    "WebcastFetchEnvelope",
    "WebcastFetchResult",
    "WentLive",
    "WentOffline",
    "WindowBudget",
    "WorkerInfoEvent",
    "__version__",
    "decode_fetch_result",
    "low_level_client",
]


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    # Public names and the module's own dunders; not the helpers imported above, nor loaded submodules.
    return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})
