"""tiktok_live._webcast_proto: the dependency-free reader agrees with the protobuf library, and fails cleanly.

Payloads are encoded by the protobuf library (message classes built at runtime by tiktok_live.testing).
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiktok_live._webcast_proto import WebcastFetchEnvelope, decode_fetch_result
from tiktok_live.testing import fetch_result_class

FUZZ = os.environ.get("TIKTOK_LIVE_FUZZ") == "1"
EXAMPLES = settings(max_examples=5_000 if FUZZ else 150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
INT64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)
INT32 = st.integers(min_value=-(2**31), max_value=2**31 - 1)


def encode(**fields: Any) -> bytes:
    return fetch_result_class()(**fields).SerializeToString()


FULL = {
    "messages": [
        {"method": "WebcastChatMessage", "payload": b"\x1a\x02hi", "msg_id": 7, "msg_type": 1, "offset": 3},
        {"method": "WebcastMemberMessage", "payload": b"", "is_history": True},
    ],
    "cursor": "t-1764126000000_r-1_d-1_u-1_h-1",
    "fetch_interval": 1000,
    "now": 1_764_126_000_000,
    "internal_ext": "internal_src:dim|wss_push_room_id:7321|seq:1",
    "fetch_type": 1,
    "route_params_map": {"wrss": "abc-_123", "im_path": "/webcast/im/fetch/"},
    "heartbeat_duration": 10_000,
    "needs_ack": True,
    "push_server": "wss://webcast-ws.tiktok.com/webcast/im/ws_proxy/ws_reuse_supplement/",
    "is_first": True,
    "history_comment_cursor": "ignored",
}


def test_every_field_is_read_from_a_library_encoded_result() -> None:
    assert decode_fetch_result(encode(**FULL)) == WebcastFetchEnvelope(
        cursor=FULL["cursor"],
        internal_ext=FULL["internal_ext"],
        fetch_interval=1000,
        now=1_764_126_000_000,
        push_server=FULL["push_server"],
        route_params={"wrss": "abc-_123", "im_path": "/webcast/im/fetch/"},
        heartbeat_duration=10_000,
        needs_ack=True,
        message_count=2,
        methods=("WebcastChatMessage", "WebcastMemberMessage"),
        fetch_type=1,
        is_first=True,
    )


def test_envelope_is_frozen() -> None:
    envelope = decode_fetch_result(encode(cursor="c"))
    with pytest.raises(AttributeError):
        envelope.cursor = "d"  # type: ignore[misc]


@EXAMPLES
@given(
    cursor=st.text(),
    internal_ext=st.text(),
    push_server=st.text(),
    fetch_interval=INT64,
    now=INT64,
    heartbeat_duration=INT64,
    fetch_type=INT32,
    needs_ack=st.booleans(),
    is_first=st.booleans(),
    route_params=st.dictionaries(st.text(), st.text(), max_size=4),
    methods=st.lists(st.text(), max_size=5),
    payload=st.binary(max_size=64),
)
def test_decoding_agrees_with_the_protobuf_library(
    cursor: str,
    internal_ext: str,
    push_server: str,
    fetch_interval: int,
    now: int,
    heartbeat_duration: int,
    fetch_type: int,
    needs_ack: bool,
    is_first: bool,
    route_params: dict[str, str],
    methods: list[str],
    payload: bytes,
) -> None:
    data = encode(
        messages=[{"method": method, "payload": payload, "msg_id": -1} for method in methods],
        cursor=cursor,
        internal_ext=internal_ext,
        push_server=push_server,
        fetch_interval=fetch_interval,
        now=now,
        heartbeat_duration=heartbeat_duration,
        fetch_type=fetch_type,
        needs_ack=needs_ack,
        is_first=is_first,
        route_params_map=route_params,
    )
    if not data:
        with pytest.raises(ValueError, match="empty"):
            decode_fetch_result(data)
        return
    envelope = decode_fetch_result(data)
    expected = fetch_result_class().FromString(data)
    assert envelope.cursor == expected.cursor == cursor
    assert envelope.internal_ext == internal_ext
    assert envelope.push_server == push_server
    assert (envelope.fetch_interval, envelope.now, envelope.heartbeat_duration) == (
        fetch_interval,
        now,
        heartbeat_duration,
    )
    assert (envelope.fetch_type, envelope.needs_ack, envelope.is_first) == (fetch_type, needs_ack, is_first)
    assert envelope.route_params == route_params
    assert envelope.methods == tuple(methods)
    assert envelope.message_count == len(methods)


def varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


UNKNOWN_FIELDS = (
    varint(50 << 3 | 0)
    + varint(2**64 - 1)  # varint, ten bytes
    + varint(51 << 3 | 1)
    + b"\x00" * 8  # fixed64
    + varint(52 << 3 | 5)
    + b"\x00" * 4  # fixed32
    + varint(53 << 3 | 2)
    + varint(3)
    + b"abc"  # length-delimited
    + varint(54 << 3 | 3)
    + varint(1 << 3 | 0)
    + b"\x01"
    + varint(54 << 3 | 4)  # group with a field inside
    + varint(2 << 3 | 0)
    + b"\x05"  # cursor arriving as a varint: skipped, as protobuf does
)


def test_unknown_fields_and_mismatched_wire_types_are_skipped() -> None:
    data = encode(**FULL)
    assert decode_fetch_result(UNKNOWN_FIELDS + data) == decode_fetch_result(data)
    # The library agrees that these are unknown fields, not an error.
    assert fetch_result_class().FromString(UNKNOWN_FIELDS + data).cursor == FULL["cursor"]


def test_later_occurrences_of_a_scalar_win_as_in_protobuf() -> None:
    data = encode(cursor="first") + encode(cursor="second", fetch_interval=5)
    assert decode_fetch_result(data).cursor == "second"
    assert decode_fetch_result(data).fetch_interval == 5


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\x12\x05abc", "declares 5 bytes but only 3 remain"),
        (b"\x18\xff\xff", "runs past the end"),
        (b"\x18" + b"\xff" * 10 + b"\x01", "longer than 10 bytes"),
        (b"\x00\x01", "Invalid protobuf field number 0"),
        (b"\x1f", "Invalid protobuf wire type 7"),
        (b"\x19\x00\x00", "needs 8 bytes"),
        (b"\x12\x02\xff\xfe", "cursor is not valid UTF-8"),
        (b"\x0a\x02\x0a\x05", "BaseProtoMessage"),
        (b"\x3a\x03\x0a\x01\xc3", "route_params_map key is not valid UTF-8"),
        (varint(54 << 3 | 3) + b"\x08\x01", "never closed"),
        (varint(54 << 3 | 3) + varint(55 << 3 | 4), "is closed by end-group 55"),
        (varint(54 << 3 | 4), "Invalid protobuf wire type 4"),
    ],
)
def test_malformed_payloads_raise_value_error_saying_what_is_wrong(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        decode_fetch_result(data)


def test_deeply_nested_groups_are_refused_not_recursed_forever() -> None:
    data = varint(54 << 3 | 3) * 10_000
    with pytest.raises(ValueError, match="nested more than 64 deep"):
        decode_fetch_result(data)


def test_non_bytes_input_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="needs bytes"):
        decode_fetch_result("cursor")  # type: ignore[arg-type]


def test_every_truncation_of_a_real_payload_decodes_or_raises_value_error() -> None:
    data = encode(**FULL)
    for end in range(len(data)):
        with contextlib.suppress(ValueError):
            decode_fetch_result(data[:end])


@pytest.mark.fuzz
@settings(max_examples=20_000 if FUZZ else 300, deadline=None)
@given(st.binary(max_size=256))
def test_arbitrary_bytes_decode_or_raise_value_error_only(data: bytes) -> None:
    try:
        envelope = decode_fetch_result(data)
    except ValueError:
        return
    assert envelope.message_count == len(envelope.methods)


@pytest.mark.fuzz
@settings(max_examples=5_000 if FUZZ else 100, deadline=None)
@given(st.binary(max_size=64), st.integers(min_value=0, max_value=600))
def test_corrupting_a_real_payload_decodes_or_raises_value_error_only(noise: bytes, at: int) -> None:
    data = bytearray(encode(**FULL))
    at %= len(data)
    data[at : at + len(noise)] = noise
    with contextlib.suppress(ValueError):
        decode_fetch_result(bytes(data))


def _lines_run_to_decode(messages: int, payload: int) -> int:
    """How many lines of Python decoding a result of `messages` messages of `payload` bytes each runs: a
    measure of its work that no machine's speed changes."""
    data = encode(
        **{
            **FULL,
            # One id for all: growing ids would grow each message's bytes with the count.
            "messages": [{"method": "WebcastChatMessage", "payload": b"x" * payload, "msg_id": 7}] * messages,
        }
    )
    lines = 0

    def count(frame: Any, event: str, arg: Any) -> Any:
        nonlocal lines
        lines += event == "line"
        return count

    sys.settrace(count)
    try:
        envelope = decode_fetch_result(data)
    finally:
        sys.settrace(None)
    assert envelope.message_count == messages
    return lines


def test_decoding_a_large_result_is_fast() -> None:
    # Linear in the messages (a result four times as long is at most four times the work) ...
    assert _lines_run_to_decode(2_000, 1_000) <= 4 * _lines_run_to_decode(500, 1_000)
    # ... and a payload is skipped over, never walked byte by byte: 10,000 times the bytes, barely more work.
    assert _lines_run_to_decode(100, 100_000) < 1.5 * _lines_run_to_decode(100, 10)
