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
    from ._budget import BudgetLimiter, Hint, LocalBudget, Observation, Refusal, Ticket, WindowBudget
    from ._budget_redis import RedisBudget
    from ._bulk import CheckLiveInterrupted, LiveStatus
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
    from ._live_errors import (
        CreatorNotLiveError,
        LiveAuthenticationError,
        LiveConnectionError,
        LiveConnectionLimitError,
        LiveEventsError,
        LiveFrameError,
        LiveOptionsError,
        LivePermissionError,
    )
    from ._live_events import (
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
    from ._live_session import LiveEventOptions, LiveStats
    from ._live_slots import ConnectionSlots, Slot, SlotRefusal
    from ._live_stream import AsyncLiveEvents, LiveEvents
    from ._low_level import low_level_client
    from ._response import RawResponse
    from ._results import PushConnection, RoomMedia, TikTokCookies, WebcastFetchResult
    from ._watch import (
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
    from ._webcast_proto import WebcastFetchEnvelope, decode_fetch_result

# Imported on first use (PEP 562): `import tiktok_live` stays cheap, and each name loads only the modules it
# needs.
_EXPORTS = {
    "NOT_GIVEN": "._base",
    "NotGiven": "._base",
    "RateLimitState": "._base",
    "CheckLiveInterrupted": "._bulk",
    "BudgetLimiter": "._budget",
    "Hint": "._budget",
    "LocalBudget": "._budget",
    "Observation": "._budget",
    "Refusal": "._budget",
    "Ticket": "._budget",
    "WindowBudget": "._budget",
    "ConnectionSlots": "._live_slots",
    "Slot": "._live_slots",
    "SlotRefusal": "._live_slots",
    "low_level_client": "._low_level",
    "PushConnection": "._results",
    "TikTokCookies": "._results",
    "RedisBudget": "._budget_redis",
    "LiveStatus": "._bulk",
    "AsyncCreatorWatch": "._watch",
    "CheckFailed": "._watch",
    "CreatorWatch": "._watch",
    "SweepPlan": "._watch",
    "WatchEvent": "._watch",
    "WatchOptions": "._watch",
    "WatchStatus": "._watch",
    "WentLive": "._watch",
    "WentOffline": "._watch",
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
    "CreatorNotLiveError": "._live_errors",
    "LiveAuthenticationError": "._live_errors",
    "LiveConnectionError": "._live_errors",
    "LiveConnectionLimitError": "._live_errors",
    "LiveEventsError": "._live_errors",
    "LiveFrameError": "._live_errors",
    "LiveOptionsError": "._live_errors",
    "LivePermissionError": "._live_errors",
    "ChatEvent": "._live_events",
    "FollowEvent": "._live_events",
    "GenericEvent": "._live_events",
    "GiftEvent": "._live_events",
    "JoinEvent": "._live_events",
    "LikeEvent": "._live_events",
    "LiveEvent": "._live_events",
    "PresenceJoinEvent": "._live_events",
    "PresenceLeaveEvent": "._live_events",
    "RawFrameEvent": "._live_events",
    "RoomInfoEvent": "._live_events",
    "ShareEvent": "._live_events",
    "StreamEndedEvent": "._live_events",
    "StreamPausedEvent": "._live_events",
    "StreamResumedEvent": "._live_events",
    "TikTokConnectEvent": "._live_events",
    "TikTokDisconnectEvent": "._live_events",
    "User": "._live_events",
    "ViewerCountEvent": "._live_events",
    "WorkerInfoEvent": "._live_events",
    "LiveEventOptions": "._live_session",
    "LiveStats": "._live_session",
    "AsyncLiveEvents": "._live_stream",
    "LiveEvents": "._live_stream",
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
