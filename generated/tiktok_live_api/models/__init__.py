"""Contains all the data models used in inputs/outputs"""

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
