"""Contains all the data models used in inputs/outputs

Each model is imported on first use (PEP 562), so importing one model, or an endpoint module, does not import
them all. Type checkers see the usual imports.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_response import ErrorResponse
    from .live_room import LiveRoom
    from .live_room_data import LiveRoomData
    from .live_room_data_raw import LiveRoomDataRaw
    from .live_user import LiveUser
    from .load_shedding import LoadShedding
    from .proxy_region import ProxyRegion
    from .rate_limit_window import RateLimitWindow
    from .rate_limits_response import RateLimitsResponse
    from .room_id_response import RoomIdResponse
    from .room_info_response import RoomInfoResponse
    from .room_media_response import RoomMediaResponse
    from .send_chat_request import SendChatRequest
    from .send_chat_response import SendChatResponse
    from .send_chat_response_data import SendChatResponseData
    from .sign_url_method import SignUrlMethod
    from .sign_url_request import SignUrlRequest
    from .sign_url_response import SignUrlResponse
    from .sign_url_type import SignUrlType
    from .signed_url import SignedUrl
    from .stream_type import StreamType
    from .string_map import StringMap
    from .webcast_fetch_platform import WebcastFetchPlatform

_MODULES = {
    "ErrorResponse": ".error_response",
    "LiveRoom": ".live_room",
    "LiveRoomData": ".live_room_data",
    "LiveRoomDataRaw": ".live_room_data_raw",
    "LiveUser": ".live_user",
    "LoadShedding": ".load_shedding",
    "ProxyRegion": ".proxy_region",
    "RateLimitWindow": ".rate_limit_window",
    "RateLimitsResponse": ".rate_limits_response",
    "RoomIdResponse": ".room_id_response",
    "RoomInfoResponse": ".room_info_response",
    "RoomMediaResponse": ".room_media_response",
    "SendChatRequest": ".send_chat_request",
    "SendChatResponse": ".send_chat_response",
    "SendChatResponseData": ".send_chat_response_data",
    "SignUrlMethod": ".sign_url_method",
    "SignUrlRequest": ".sign_url_request",
    "SignUrlResponse": ".sign_url_response",
    "SignUrlType": ".sign_url_type",
    "SignedUrl": ".signed_url",
    "StreamType": ".stream_type",
    "StringMap": ".string_map",
    "WebcastFetchPlatform": ".webcast_fetch_platform",
}

__all__ = (
    "ErrorResponse",
    "LiveRoom",
    "LiveRoomData",
    "LiveRoomDataRaw",
    "LiveUser",
    "LoadShedding",
    "ProxyRegion",
    "RateLimitWindow",
    "RateLimitsResponse",
    "RoomIdResponse",
    "RoomInfoResponse",
    "RoomMediaResponse",
    "SendChatRequest",
    "SendChatResponse",
    "SendChatResponseData",
    "SignUrlMethod",
    "SignUrlRequest",
    "SignUrlResponse",
    "SignUrlType",
    "SignedUrl",
    "StreamType",
    "StringMap",
    "WebcastFetchPlatform",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
