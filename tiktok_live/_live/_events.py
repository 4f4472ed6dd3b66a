"""Typed live events, and the decoder that turns the Euler WebSocket's frames into them (no I/O here).

The service's JSON is read leniently: 64-bit ids may be strings or numbers, enums names or numbers, unknown
fields are ignored, and a message whose fields have unexpected shapes still becomes an event (missing
values read as "" / 0 / None). A message of a type we do not model becomes a `GenericEvent` with its
`type` and raw `data`, so nothing is dropped. Only a frame that is not the service's JSON at all raises
`LiveFrameError`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from ._errors import LiveFrameError

__all__ = [
    "ChatEvent",
    "FollowEvent",
    "GenericEvent",
    "GiftEvent",
    "JoinEvent",
    "LikeEvent",
    "LiveEvent",
    "PresenceJoinEvent",
    "PresenceLeaveEvent",
    "RawFrameEvent",
    "RoomInfoEvent",
    "ShareEvent",
    "StreamEndedEvent",
    "StreamPausedEvent",
    "StreamResumedEvent",
    "TikTokConnectEvent",
    "TikTokDisconnectEvent",
    "User",
    "ViewerCountEvent",
    "WorkerInfoEvent",
]

GiftStreaks = Literal["end", "all"]


@attrs.frozen
class User:
    """A TikTok user as every event shows it. Ids are strings (the service sends 64-bit ids as either)."""

    id: str = ""
    unique_id: str = ""
    nickname: str = ""
    avatar_url: str | None = None


NO_USER = User()


@attrs.frozen(kw_only=True)
class LiveEvent:
    """Base of every live event: `type` is the service's message type (e.g. `WebcastChatMessage`), `data`
    the message as the service sent it (fields the typed event does not carry are there)."""

    type: str
    data: Any = attrs.field(repr=False, eq=False, hash=False)


@attrs.frozen(kw_only=True)
class GenericEvent(LiveEvent):
    """A message of a type without its own class: read `type` and `data`."""


@attrs.frozen(kw_only=True)
class ChatEvent(LiveEvent):
    user: User
    comment: str
    language: str = ""


@attrs.frozen(kw_only=True)
class GiftEvent(LiveEvent):
    """A gift. For streakable gifts (TikTok's `giftType` 1) the service sends one message per combo step;
    by default only the last one (`repeatEnd` set) becomes an event, so one `GiftEvent` is one finished
    streak: `repeat_count` gifts of `diamond_count` diamonds each, `diamonds` in total. With
    `gift_streaks="all"` the steps arrive too, with `streak_ended=False` and the count so far."""

    user: User
    gift_id: int
    gift_name: str
    repeat_count: int
    diamond_count: int
    streakable: bool
    streak_ended: bool
    to_user: User | None = None

    @property
    def diamonds(self) -> int:
        """The streak's value: `repeat_count` * `diamond_count`."""
        return self.repeat_count * self.diamond_count


@attrs.frozen(kw_only=True)
class LikeEvent(LiveEvent):
    user: User
    count: int
    total: int


@attrs.frozen(kw_only=True)
class JoinEvent(LiveEvent):
    user: User
    member_count: int


@attrs.frozen(kw_only=True)
class FollowEvent(LiveEvent):
    user: User
    follow_count: int


@attrs.frozen(kw_only=True)
class ShareEvent(LiveEvent):
    user: User
    share_count: int


@attrs.frozen(kw_only=True)
class ViewerCountEvent(LiveEvent):
    viewer_count: int
    total_viewers: int


@attrs.frozen(kw_only=True)
class StreamPausedEvent(LiveEvent):
    pass


@attrs.frozen(kw_only=True)
class StreamResumedEvent(LiveEvent):
    pass


@attrs.frozen(kw_only=True)
class StreamEndedEvent(LiveEvent):
    """The creator ended the stream (or TikTok suspended it: `suspended`). The service then closes with 4005,
    which ends the iteration."""

    suspended: bool = False


@attrs.frozen(kw_only=True)
class WorkerInfoEvent(LiveEvent):
    web_socket_id: str
    schema_version: str
    features: Mapping[str, Any] = attrs.field(eq=False, hash=False)


@attrs.frozen(kw_only=True)
class RoomInfoEvent(LiveEvent):
    room: Mapping[str, Any] = attrs.field(eq=False, hash=False)


@attrs.frozen(kw_only=True)
class TikTokConnectEvent(LiveEvent):
    agent_id: str


@attrs.frozen(kw_only=True)
class TikTokDisconnectEvent(LiveEvent):
    reason: str


@attrs.frozen(kw_only=True)
class PresenceJoinEvent(LiveEvent):
    """The service's synthetic presence (`synthetic_presence=True`): a viewer was first seen."""

    user: User
    first_seen: int
    last_seen: int


@attrs.frozen(kw_only=True)
class PresenceLeaveEvent(LiveEvent):
    """The service's synthetic presence: a viewer was not seen for `presence_leave_after` seconds."""

    user: User
    first_seen: int
    last_seen: int


@attrs.frozen(kw_only=True)
class RawFrameEvent(LiveEvent):
    """With `raw_messages=True`: one binary frame, TikTok's `WebcastPushFrame` protobuf as it came."""

    payload: bytes = attrs.field(repr=False)


# -- lenient field readers ----------------------------------------------------------------------------


def _str(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return ""


def _int(value: object) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) else 0
    if isinstance(value, str) and 0 < len(value) <= 32:
        try:
            return int(value)
        except ValueError:
            return 0
    return 0


def _map(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _flag(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true")
    return _int(value) != 0


def _enum(value: object, names: Mapping[str, int]) -> int:
    """An enum sent as a number, a numeric string or a name; a name matches by the keywords in `names`
    (checked in order), since the exact spelling of enum names is not documented."""
    if isinstance(value, str) and not value.strip().lstrip("-").isdigit():
        upper = value.upper()
        for keyword, number in names.items():
            if keyword in upper:
                return number
        return 0
    return _int(value)


def _avatar(picture: object) -> str | None:
    picture = _map(picture)
    for key in ("url", "urlList", "urls"):
        urls = picture.get(key)
        if isinstance(urls, str) and urls:
            return urls
        if isinstance(urls, list):
            for url in urls:
                if isinstance(url, str) and url:
                    return url
    return None


def user_of(value: object) -> User:
    data = _map(value)
    if not data:
        return NO_USER
    return User(
        id=_str(data.get("userId", data.get("id"))),
        unique_id=_str(data.get("uniqueId")),
        nickname=_str(data.get("nickname")),
        avatar_url=_avatar(data.get("profilePicture", data.get("avatarThumb"))),
    )


# -- one message to one event ---------------------------------------------------------------------------

_CONTROL = {"UNPAUSE": 2, "RESUME": 2, "PAUSE": 1, "END": 3, "SUSPEND": 4}
_MEMBER = {"JOIN": 1, "SUBSCRIBE": 3}
_SOCIAL = {"FOLLOW": 1, "SHARE": 3}

Maker = Callable[[str, Mapping[str, Any], GiftStreaks], LiveEvent | None]


def _chat(kind: str, data: Mapping[str, Any], streaks: GiftStreaks) -> LiveEvent:
    return ChatEvent(
        type=kind,
        data=data,
        user=user_of(data.get("user")),
        comment=_str(data.get("comment")),
        language=_str(data.get("contentLanguage")),
    )


def _gift(kind: str, data: Mapping[str, Any], streaks: GiftStreaks) -> LiveEvent | None:
    details = _map(data.get("giftDetails", data.get("gift")))
    streakable = _int(details.get("giftType")) == 1
    ended = _flag(data.get("repeatEnd")) or not streakable
    if not ended and streaks == "end":
        return None  # a step of a streak still going on: the event comes when it ends
    to_user = data.get("toUser")
    return GiftEvent(
        type=kind,
        data=data,
        user=user_of(data.get("user")),
        gift_id=_int(data.get("giftId", details.get("id"))),
        gift_name=_str(details.get("giftName", details.get("name"))),
        repeat_count=max(_int(data.get("repeatCount")), 1),
        diamond_count=_int(details.get("diamondCount")),
        streakable=streakable,
        streak_ended=ended,
        to_user=user_of(to_user) if isinstance(to_user, dict) and to_user else None,
    )


def _like(kind: str, data: Mapping[str, Any], streaks: GiftStreaks) -> LiveEvent:
    return LikeEvent(
        type=kind,
        data=data,
        user=user_of(data.get("user")),
        count=_int(data.get("likeCount")),
        total=_int(data.get("totalLikeCount", data.get("total"))),
    )


def _member(kind: str, data: Mapping[str, Any], streaks: GiftStreaks) -> LiveEvent:
    action = data.get("action")
    if action is not None and _enum(action, _MEMBER) != 1:
        return GenericEvent(type=kind, data=data)
    return JoinEvent(type=kind, data=data, user=user_of(data.get("user")), member_count=_int(data.get("memberCount")))


def _social(kind: str, data: Mapping[str, Any], streaks: GiftStreaks) -> LiveEvent:
    # Inferred: action 1 is a follow; 2 and 3 (and a share type or count) are shares.
    action = _enum(data.get("action"), _SOCIAL)
    user = user_of(data.get("user"))
    if action == 1:
        return FollowEvent(type=kind, data=data, user=user, follow_count=_int(data.get("followCount")))
    if action in (2, 3) or "shareType" in data or "shareCount" in data:
        return ShareEvent(type=kind, data=data, user=user, share_count=_int(data.get("shareCount")))
    return GenericEvent(type=kind, data=data)


def _viewers(kind: str, data: Mapping[str, Any], streaks: GiftStreaks) -> LiveEvent:
    return ViewerCountEvent(
        type=kind,
        data=data,
        viewer_count=_int(data.get("viewerCount", data.get("total"))),
        total_viewers=_int(data.get("totalUser")),
    )


def _control(kind: str, data: Mapping[str, Any], streaks: GiftStreaks) -> LiveEvent:
    action = _enum(data.get("action"), _CONTROL)
    if action == 1:
        return StreamPausedEvent(type=kind, data=data)
    if action == 2:
        return StreamResumedEvent(type=kind, data=data)
    if action in (3, 4):
        return StreamEndedEvent(type=kind, data=data, suspended=action == 4)
    return GenericEvent(type=kind, data=data)


def _worker_info(kind: str, data: Mapping[str, Any], streaks: GiftStreaks) -> LiveEvent:
    return WorkerInfoEvent(
        type=kind,
        data=data,
        web_socket_id=_str(data.get("webSocketId")),
        schema_version=_str(data.get("schemaVersion")),
        features=_map(data.get("features")),
    )


def _room_info(kind: str, data: Mapping[str, Any], streaks: GiftStreaks) -> LiveEvent:
    return RoomInfoEvent(type=kind, data=data, room=data)


def _connect(kind: str, data: Mapping[str, Any], streaks: GiftStreaks) -> LiveEvent:
    return TikTokConnectEvent(type=kind, data=data, agent_id=_str(data.get("agentId")))


def _disconnect(kind: str, data: Mapping[str, Any], streaks: GiftStreaks) -> LiveEvent:
    return TikTokDisconnectEvent(type=kind, data=data, reason=_str(data.get("reason")))


def _presence(cls: type[PresenceJoinEvent] | type[PresenceLeaveEvent]) -> Maker:
    def make(kind: str, data: Mapping[str, Any], streaks: GiftStreaks) -> LiveEvent:
        return cls(
            type=kind,
            data=data,
            user=user_of(data.get("user")),
            first_seen=_int(data.get("firstSeen")),
            last_seen=_int(data.get("lastSeen")),
        )

    return make


MAKERS: dict[str, Maker] = {
    "WebcastChatMessage": _chat,
    "WebcastGiftMessage": _gift,
    "WebcastLikeMessage": _like,
    "WebcastMemberMessage": _member,
    "WebcastSocialMessage": _social,
    "WebcastRoomUserSeqMessage": _viewers,
    "WebcastControlMessage": _control,
    "workerInfo": _worker_info,
    "roomInfo": _room_info,
    "tiktok.connect": _connect,
    "tiktok.disconnect": _disconnect,
    "SyntheticJoinMessage": _presence(PresenceJoinEvent),
    "SyntheticLeaveMessage": _presence(PresenceLeaveEvent),
}


def event_of(message: object, streaks: GiftStreaks = "end") -> LiveEvent | None:
    """The event of one `{"type": ..., "data": {...}}` message; None for a gift streak step that is
    held back. Never raises: shapes we cannot read give a `GenericEvent`."""
    if not isinstance(message, dict):
        return GenericEvent(type="", data=message)
    kind = message.get("type")
    data = message.get("data")
    if not isinstance(kind, str):
        return GenericEvent(type=_str(kind), data=message)
    maker = MAKERS.get(kind)
    if maker is None or not isinstance(data, dict):
        return GenericEvent(type=kind, data=data)
    try:
        return maker(kind, data, streaks)
    except (TypeError, ValueError, AttributeError, KeyError, OverflowError, RecursionError):
        # A shape no reader above foresaw: the message still reaches the caller.
        return GenericEvent(type=kind, data=data)


def decode_frame(
    frame: str | bytes, *, raw_messages: bool = False, gift_streaks: GiftStreaks = "end"
) -> list[LiveEvent]:
    """The events of one WebSocket frame: a bundle `{"timestamp", "messages": [...]}` or a single message.

    With `raw_messages` binary frames are TikTok's protobuf, handed over as `RawFrameEvent`s. Raises
    `LiveFrameError` for a frame that is not the service's JSON."""
    if isinstance(frame, bytes | bytearray | memoryview):
        if raw_messages:
            return [RawFrameEvent(type="WebcastPushFrame", data=None, payload=bytes(frame))]
        raise LiveFrameError(f"a binary frame of {len(frame)} bytes arrived where JSON text was expected")
    try:
        document = json.loads(frame)
    except RecursionError:
        raise LiveFrameError(f"a frame of {len(frame)} characters is nested too deeply to read") from None
    except ValueError as error:
        raise LiveFrameError(f"a frame of {len(frame)} characters is not JSON ({type(error).__name__})") from None
    if not isinstance(document, dict):
        raise LiveFrameError(f"a frame holds a JSON {type(document).__name__}, not an object")
    messages = document.get("messages")
    if messages is None:
        if "type" not in document:
            raise LiveFrameError("a frame holds neither `messages` nor `type`")
        messages = (document,)
    elif not isinstance(messages, list):
        raise LiveFrameError(f"a frame's `messages` is a JSON {type(messages).__name__}, not a list")
    events: list[LiveEvent] = []
    append = events.append
    for message in messages:
        event = event_of(message, gift_streaks)
        if event is not None:
            append(event)
    return events
