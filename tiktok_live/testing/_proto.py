"""Protobuf encoding of TikTok's webcast fetch result, for the fake service.

The message classes are built at import time from a `FileDescriptorProto` written out below, so no `.proto`
file or `protoc` step is involved. Field numbers follow TikTok's schema as published by the open-source
TikTok LIVE clients (`WebcastResponse`/`ProtoMessageFetchResult`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

try:
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
    from google.protobuf.message import Message
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "tiktok_live.testing needs the protobuf package; install it with: pip install 'tiktok-live[testing]'"
    ) from error

__all__ = [
    "WebcastMessage",
    "chat_message_payload",
    "encode_fetch_result",
    "fetch_result_class",
    "room_message_payload",
]

_PACKAGE = "tiktok_live.testing.webcast"
_F = descriptor_pb2.FieldDescriptorProto


def _field(name: str, number: int, kind: int, *, repeated: bool = False, type_name: str = "") -> _F:
    field = _F(name=name, number=number, type=kind, json_name=_camel(name))  # type: ignore[arg-type]
    field.label = _F.LABEL_REPEATED if repeated else _F.LABEL_OPTIONAL
    if type_name:
        field.type_name = type_name
    return field


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _file_descriptor() -> descriptor_pb2.FileDescriptorProto:
    result = descriptor_pb2.DescriptorProto(name="ProtoMessageFetchResult")
    message = result.nested_type.add(name="BaseProtoMessage")
    message.field.extend(
        [
            _field("method", 1, _F.TYPE_STRING),
            _field("payload", 2, _F.TYPE_BYTES),
            _field("msg_id", 3, _F.TYPE_INT64),
            _field("msg_type", 4, _F.TYPE_INT32),
            _field("offset", 5, _F.TYPE_INT64),
            _field("is_history", 6, _F.TYPE_BOOL),
        ]
    )
    entry = result.nested_type.add(name="RouteParamsMapEntry")
    entry.options.map_entry = True
    entry.field.extend([_field("key", 1, _F.TYPE_STRING), _field("value", 2, _F.TYPE_STRING)])
    prefix = f".{_PACKAGE}.ProtoMessageFetchResult"
    result.field.extend(
        [
            _field("messages", 1, _F.TYPE_MESSAGE, repeated=True, type_name=f"{prefix}.BaseProtoMessage"),
            _field("cursor", 2, _F.TYPE_STRING),
            _field("fetch_interval", 3, _F.TYPE_INT64),
            _field("now", 4, _F.TYPE_INT64),
            _field("internal_ext", 5, _F.TYPE_STRING),
            _field("fetch_type", 6, _F.TYPE_INT32),
            _field(
                "route_params_map",
                7,
                _F.TYPE_MESSAGE,
                repeated=True,
                type_name=f"{prefix}.RouteParamsMapEntry",
            ),
            _field("heartbeat_duration", 8, _F.TYPE_INT64),
            _field("needs_ack", 9, _F.TYPE_BOOL),
            _field("push_server", 10, _F.TYPE_STRING),
            _field("is_first", 11, _F.TYPE_BOOL),
            _field("history_comment_cursor", 12, _F.TYPE_STRING),
            _field("history_no_more", 13, _F.TYPE_BOOL),
        ]
    )
    # The payloads the fake carries: just the text of a chat and of a room notice.
    chat = descriptor_pb2.DescriptorProto(name="WebcastChatMessage")
    chat.field.append(_field("content", 3, _F.TYPE_STRING))
    notice = descriptor_pb2.DescriptorProto(name="WebcastRoomMessage")
    notice.field.append(_field("content", 2, _F.TYPE_STRING))
    return descriptor_pb2.FileDescriptorProto(
        name="tiktok_live_testing_webcast.proto",
        package=_PACKAGE,
        syntax="proto3",
        message_type=[result, chat, notice],
    )


def _build() -> dict[str, type[Message]]:
    pool = descriptor_pool.DescriptorPool()
    pool.AddSerializedFile(_file_descriptor().SerializeToString())
    names = ("ProtoMessageFetchResult", "WebcastChatMessage", "WebcastRoomMessage")
    return {name: message_factory.GetMessageClass(pool.FindMessageTypeByName(f"{_PACKAGE}.{name}")) for name in names}


_CLASSES = _build()


def fetch_result_class() -> type[Message]:
    """The runtime-built `ProtoMessageFetchResult` class (parse with `.FromString(data)`)."""
    return _CLASSES["ProtoMessageFetchResult"]


@dataclass(frozen=True)
class WebcastMessage:
    """One message carried in a fetch result."""

    method: str
    payload: bytes
    msg_id: int
    offset: int = 0
    is_history: bool = False


def chat_message_payload(content: str) -> bytes:
    return _CLASSES["WebcastChatMessage"](content=content).SerializeToString()


def room_message_payload(content: str) -> bytes:
    return _CLASSES["WebcastRoomMessage"](content=content).SerializeToString()


def encode_fetch_result(
    *,
    cursor: str,
    internal_ext: str,
    fetch_interval: int,
    now: int,
    push_server: str,
    route_params: Mapping[str, str],
    heartbeat_duration: int,
    needs_ack: bool,
    is_first: bool,
    messages: Sequence[WebcastMessage] = (),
    fetch_type: int = 1,
) -> bytes:
    """Serialize a `ProtoMessageFetchResult` with the protobuf library."""
    result = fetch_result_class()(
        messages=[
            {
                "method": item.method,
                "payload": item.payload,
                "msg_id": item.msg_id,
                "msg_type": 1,
                "offset": item.offset,
                "is_history": item.is_history,
            }
            for item in messages
        ],
        cursor=cursor,
        fetch_interval=fetch_interval,
        now=now,
        internal_ext=internal_ext,
        fetch_type=fetch_type,
        route_params_map=dict(route_params),
        heartbeat_duration=heartbeat_duration,
        needs_ack=needs_ack,
        push_server=push_server,
        is_first=is_first,
    )
    return result.SerializeToString(deterministic=True)
