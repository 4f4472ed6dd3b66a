"""Read TikTok's webcast fetch result (`ProtoMessageFetchResult`) without a protobuf dependency.

`GET /webcast/fetch` answers with the protobuf bytes TikTok's own `im/fetch` endpoint returns. This module
reads just enough of the protobuf wire format to pull out what a client needs to open the WebSocket: the
cursor, `internal_ext`, the push server and its route parameters, the polling/heartbeat intervals and the
names of the messages carried along.

Field numbers (TikTok's schema, as published by the open-source TikTok LIVE clients)::

    ProtoMessageFetchResult {
      repeated BaseProtoMessage messages = 1;   // method = 1 (string), payload = 2 (bytes), ...
      string cursor = 2;          int64 fetch_interval = 3;     int64 now = 4;
      string internal_ext = 5;    int32 fetch_type = 6;         map<string, string> route_params_map = 7;
      int64 heartbeat_duration = 8;   bool needs_ack = 9;   string push_server = 10;   bool is_first = 11;
    }

Unknown fields are skipped, as protobuf requires; so is a known field arriving with an unexpected wire type.
Anything that is not a well-formed protobuf message raises `ValueError` saying what is wrong and where.
"""

from __future__ import annotations

import attrs

__all__ = ["WebcastFetchEnvelope", "decode_fetch_result"]

_VARINT = 0
_FIXED64 = 1
_LEN = 2
_START_GROUP = 3
_END_GROUP = 4
_FIXED32 = 5

_UINT64_MASK = (1 << 64) - 1
_INT64_SIGN = 1 << 63
_MAX_FIELD_NUMBER = (1 << 29) - 1
_MAX_GROUP_DEPTH = 64


@attrs.frozen
class WebcastFetchEnvelope:
    """What a webcast fetch result says about the connection, without the message payloads."""

    cursor: str
    internal_ext: str
    fetch_interval: int
    """Milliseconds to wait before polling again."""
    now: int
    """The server's clock, in milliseconds since the epoch."""
    push_server: str
    """The WebSocket (`wss://`) URL to connect to, when TikTok offers one."""
    route_params: dict[str, str]
    """Query parameters to add to the WebSocket URL (for example `wrss`)."""
    heartbeat_duration: int
    """Milliseconds between WebSocket heartbeats."""
    needs_ack: bool
    message_count: int
    methods: tuple[str, ...]
    """Each carried message's `method` (e.g. `WebcastChatMessage`), in order."""
    fetch_type: int = 0
    is_first: bool = False

    def push_url(self) -> str | None:
        """`push_server` with the query TikTok LIVE clients add to it: the route parameters, `cursor` and
        `internal_ext` of this answer (a parameter already in the URL is kept); None without a push server.
        Clients usually add their own device parameters too."""
        if not self.push_server:
            return None
        from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

        parts = urlsplit(self.push_server)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        for name, value in {**self.route_params, "cursor": self.cursor, "internal_ext": self.internal_ext}.items():
            query.setdefault(name, value)
        return urlunsplit(parts._replace(query=urlencode(query)))


def decode_fetch_result(payload: bytes) -> WebcastFetchEnvelope:
    """Decode the body of `GET /webcast/fetch`.

    Raises `ValueError` when `payload` is empty or is not a well-formed protobuf message.
    """
    if not isinstance(payload, bytes | bytearray | memoryview):
        raise TypeError(f"decode_fetch_result() needs bytes, not {type(payload).__name__}")
    data = bytes(payload)
    if not data:
        raise ValueError("The webcast fetch result is empty: expected a protobuf-encoded ProtoMessageFetchResult.")

    cursor = ""
    internal_ext = ""
    push_server = ""
    fetch_interval = 0
    now = 0
    fetch_type = 0
    heartbeat_duration = 0
    needs_ack = False
    is_first = False
    route_params: dict[str, str] = {}
    methods: list[str] = []

    for number, wire_type, value, start, end in _fields(data, 0, len(data), "ProtoMessageFetchResult"):
        if wire_type == _LEN:
            if number == 1:
                methods.append(_message_method(data, start, end))
            elif number == 2:
                cursor = _text(data, start, end, "cursor")
            elif number == 5:
                internal_ext = _text(data, start, end, "internal_ext")
            elif number == 7:
                key, item = _map_entry(data, start, end)
                route_params[key] = item
            elif number == 10:
                push_server = _text(data, start, end, "push_server")
        elif wire_type == _VARINT:
            if number == 3:
                fetch_interval = _int64(value)
            elif number == 4:
                now = _int64(value)
            elif number == 6:
                fetch_type = _int32(value)
            elif number == 8:
                heartbeat_duration = _int64(value)
            elif number == 9:
                needs_ack = value != 0
            elif number == 11:
                is_first = value != 0

    return WebcastFetchEnvelope(
        cursor=cursor,
        internal_ext=internal_ext,
        fetch_interval=fetch_interval,
        now=now,
        push_server=push_server,
        route_params=route_params,
        heartbeat_duration=heartbeat_duration,
        needs_ack=needs_ack,
        message_count=len(methods),
        methods=tuple(methods),
        fetch_type=fetch_type,
        is_first=is_first,
    )


def _message_method(data: bytes, start: int, end: int) -> str:
    """The `method` (field 1) of one BaseProtoMessage; its payload is skipped, not copied."""
    method = ""
    for number, wire_type, _value, s, e in _fields(data, start, end, "BaseProtoMessage"):
        if number == 1 and wire_type == _LEN:
            method = _text(data, s, e, "BaseProtoMessage.method")
    return method


def _map_entry(data: bytes, start: int, end: int) -> tuple[str, str]:
    key = ""
    item = ""
    for number, wire_type, _value, s, e in _fields(data, start, end, "route_params_map entry"):
        if wire_type != _LEN:
            continue
        if number == 1:
            key = _text(data, s, e, "route_params_map key")
        elif number == 2:
            item = _text(data, s, e, "route_params_map value")
    return key, item


def _fields(data: bytes, pos: int, end: int, where: str) -> list[tuple[int, int, int, int, int]]:
    """Split `data[pos:end]` into fields: (number, wire type, varint value, start, end).

    For length-delimited fields `start:end` bounds the bytes; for varints `value` is the unsigned value.
    """
    fields: list[tuple[int, int, int, int, int]] = []
    while pos < end:
        tag_at = pos
        tag, pos = _varint(data, pos, end, where)
        number = tag >> 3
        wire_type = tag & 7
        if number == 0 or number > _MAX_FIELD_NUMBER:
            raise ValueError(f"Invalid protobuf field number {number} in {where} at byte {tag_at}.")
        if wire_type == _VARINT:
            value, pos = _varint(data, pos, end, where)
            fields.append((number, wire_type, value, pos, pos))
        elif wire_type == _LEN:
            length, pos = _varint(data, pos, end, where)
            if length > end - pos:
                raise ValueError(
                    f"Truncated protobuf: field {number} of {where} at byte {tag_at} declares {length} bytes "
                    f"but only {end - pos} remain."
                )
            fields.append((number, wire_type, 0, pos, pos + length))
            pos += length
        elif wire_type == _FIXED64:
            pos = _skip(pos, 8, end, number, where)
        elif wire_type == _FIXED32:
            pos = _skip(pos, 4, end, number, where)
        elif wire_type == _START_GROUP:
            pos = _skip_group(data, pos, end, number, where, 1)
        else:
            raise ValueError(f"Invalid protobuf wire type {wire_type} for field {number} of {where} at byte {tag_at}.")
    return fields


def _varint(data: bytes, pos: int, end: int, where: str) -> tuple[int, int]:
    result = 0
    shift = 0
    start = pos
    while True:
        if pos >= end:
            raise ValueError(f"Truncated protobuf: a varint in {where} at byte {start} runs past the end.")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result & _UINT64_MASK, pos
        shift += 7
        if shift >= 70:
            raise ValueError(f"Invalid protobuf: a varint in {where} at byte {start} is longer than 10 bytes.")


def _skip(pos: int, size: int, end: int, number: int, where: str) -> int:
    if size > end - pos:
        raise ValueError(f"Truncated protobuf: fixed-width field {number} of {where} needs {size} bytes.")
    return pos + size


def _skip_group(data: bytes, pos: int, end: int, group: int, where: str, depth: int) -> int:
    """Skip a (deprecated) group up to and including its matching end-group tag."""
    if depth > _MAX_GROUP_DEPTH:
        raise ValueError(f"Invalid protobuf: groups in {where} are nested more than {_MAX_GROUP_DEPTH} deep.")
    while pos < end:
        tag, pos = _varint(data, pos, end, where)
        number = tag >> 3
        wire_type = tag & 7
        if number == 0 or number > _MAX_FIELD_NUMBER:
            raise ValueError(f"Invalid protobuf field number {number} inside a group of {where}.")
        if wire_type == _END_GROUP:
            if number != group:
                raise ValueError(f"Invalid protobuf: group {group} of {where} is closed by end-group {number}.")
            return pos
        if wire_type == _VARINT:
            _value, pos = _varint(data, pos, end, where)
        elif wire_type == _LEN:
            length, pos = _varint(data, pos, end, where)
            pos = _skip(pos, length, end, number, where)
        elif wire_type == _FIXED64:
            pos = _skip(pos, 8, end, number, where)
        elif wire_type == _FIXED32:
            pos = _skip(pos, 4, end, number, where)
        elif wire_type == _START_GROUP:
            pos = _skip_group(data, pos, end, number, where, depth + 1)
        else:
            raise ValueError(f"Invalid protobuf wire type {wire_type} inside a group of {where}.")
    raise ValueError(f"Truncated protobuf: group {group} of {where} is never closed.")


def _text(data: bytes, start: int, end: int, field: str) -> str:
    try:
        return data[start:end].decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"Invalid protobuf: {field} is not valid UTF-8 ({error.reason}).") from None


def _int64(value: int) -> int:
    return value - (1 << 64) if value & _INT64_SIGN else value


def _int32(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value & (1 << 31) else value
