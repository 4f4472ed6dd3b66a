"""The frame decoder and the sans-IO session: lenient reading, the gift streak rule, malformed frames."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiktok_live import (
    ChatEvent,
    FollowEvent,
    GenericEvent,
    GiftEvent,
    JoinEvent,
    LiveEvent,
    LiveFrameError,
    RawFrameEvent,
    ShareEvent,
    StreamEndedEvent,
    StreamPausedEvent,
    StreamResumedEvent,
    User,
    ViewerCountEvent,
)
from tiktok_live._live._events import MAKERS, decode_frame
from tiktok_live._live._session import Closed, Connect, LiveSession, Receive, Secrets, Sleep, live_options

EXAMPLES = 10_000 if os.environ.get("TIKTOK_LIVE_FUZZ") else 150


def _frame(*messages: dict[str, Any]) -> str:
    return json.dumps({"timestamp": 1, "messages": list(messages)})


def _gift(repeat: int, end: int | str | bool, gift_type: int = 1) -> dict[str, Any]:
    details = {"id": 5655, "giftName": "Rose", "diamondCount": 5, "giftType": gift_type}
    user = {"userId": 7, "uniqueId": "a", "nickname": "A"}
    data = {"user": user, "giftId": "5655", "repeatCount": repeat, "repeatEnd": end, "giftDetails": details}
    return {"type": "WebcastGiftMessage", "data": data}


def test_a_streak_is_one_event_when_it_ends_with_its_count_and_value() -> None:
    events = decode_frame(_frame(_gift(1, 0), _gift(2, 0), _gift(3, 1)))
    assert len(events) == 1
    gift = events[0]
    assert isinstance(gift, GiftEvent)
    assert (gift.repeat_count, gift.diamond_count, gift.diamonds, gift.streak_ended) == (3, 5, 15, True)
    assert gift.gift_id == 5655
    assert gift.gift_name == "Rose"
    assert gift.user.id == "7"


def test_streak_steps_arrive_on_request_and_plain_gifts_always() -> None:
    steps = decode_frame(_frame(_gift(1, 0), _gift(2, "false"), _gift(3, True)), gift_streaks="all")
    assert [(g.repeat_count, g.streak_ended) for g in steps if isinstance(g, GiftEvent)] == [
        (1, False),
        (2, False),
        (3, True),
    ]
    plain = decode_frame(_frame(_gift(1, 0, gift_type=2)))
    assert isinstance(plain[0], GiftEvent)
    assert plain[0].streak_ended
    assert not plain[0].streakable


def test_ids_enums_and_unknown_fields_in_every_accepted_form() -> None:
    user_as_str = {"userId": "7123456789012345678", "uniqueId": "x", "profilePicture": {"url": ["https://a/b.webp"]}}
    user_as_int = {**user_as_str, "userId": 7123456789012345678, "someNewField": {"x": 1}}
    events = decode_frame(
        _frame(
            {"type": "WebcastChatMessage", "data": {"user": user_as_str, "comment": "hi", "newField": [1]}},
            {"type": "WebcastChatMessage", "data": {"user": user_as_int, "comment": "hi"}},
            {"type": "WebcastMemberMessage", "data": {"user": user_as_int, "action": "JOINED", "memberCount": "12"}},
            {"type": "WebcastSocialMessage", "data": {"user": user_as_int, "action": "1"}},
            {"type": "WebcastSocialMessage", "data": {"user": user_as_int, "action": 3, "shareCount": 2}},
            {"type": "WebcastRoomUserSeqMessage", "data": {"viewerCount": "999", "totalUser": 1e3}},
            {"type": "WebcastControlMessage", "data": {"action": "CONTROL_ACTION_STREAM_PAUSED"}},
            {"type": "WebcastControlMessage", "data": {"action": 2}},
            {"type": "WebcastControlMessage", "data": {"action": "3"}},
            {"type": "WebcastSomethingNew", "data": {"x": 1}},
        )
    )
    kinds = [type(event) for event in events]
    assert kinds == [
        ChatEvent,
        ChatEvent,
        JoinEvent,
        FollowEvent,
        ShareEvent,
        ViewerCountEvent,
        StreamPausedEvent,
        StreamResumedEvent,
        StreamEndedEvent,
        GenericEvent,
    ]
    first, second = events[0], events[1]
    assert isinstance(first, ChatEvent)
    assert isinstance(second, ChatEvent)
    assert first.user == second.user == User("7123456789012345678", "x", "", "https://a/b.webp")
    assert isinstance(events[5], ViewerCountEvent)
    assert events[5].viewer_count == 999
    assert events[5].total_viewers == 1000
    assert events[-1].type == "WebcastSomethingNew"
    assert events[-1].data == {"x": 1}


def test_a_single_message_frame_and_raw_binary_frames() -> None:
    assert isinstance(decode_frame(json.dumps({"type": "WebcastChatMessage", "data": {}}))[0], ChatEvent)
    raw = decode_frame(b"\x08\x01", raw_messages=True)
    assert isinstance(raw[0], RawFrameEvent)
    assert raw[0].payload == b"\x08\x01"


@pytest.mark.parametrize(
    "frame",
    [b"\x00\x01binary", "not json", "[1, 2]", '"text"', "{}", '{"messages": 3}', "[" * 100_000 + "]" * 100_000],
    ids=["binary", "not-json", "array", "string", "no-messages", "messages-not-list", "deeply-nested"],
)
def test_frames_that_are_not_the_services_json_raise_a_typed_error(frame: str | bytes) -> None:
    with pytest.raises(LiveFrameError):
        decode_frame(frame)


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    return st.recursive(
        scalars,
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
        max_leaves=20,
    )


# Messages of known types with fields of any shape, unknown types, and non-messages.
_messages = st.one_of(
    st.builds(
        lambda kind, data: {"type": kind, "data": data},
        st.sampled_from(sorted(MAKERS)) | st.text(max_size=10),
        st.dictionaries(
            st.sampled_from(
                [
                    "user",
                    "comment",
                    "giftDetails",
                    "repeatCount",
                    "repeatEnd",
                    "action",
                    "likeCount",
                    "viewerCount",
                    "toUser",
                    "features",
                    "webSocketId",
                    "agentId",
                    "reason",
                    "firstSeen",
                    "memberCount",
                ]
            )
            | st.text(max_size=8),
            _json_values(),
            max_size=6,
        )
        | _json_values(),
    ),
    _json_values(),
)
_frames = st.one_of(
    st.builds(lambda messages: json.dumps({"timestamp": 1, "messages": messages}), st.lists(_messages, max_size=6)),
    st.builds(json.dumps, _messages),
    st.text(max_size=200),
    st.binary(max_size=200),
    st.builds(lambda depth: "[" * depth + "]" * depth, st.integers(0, 200_000)),
    st.builds(lambda depth: '{"a":' * depth + "1" + "}" * depth, st.integers(0, 50_000)),
    st.builds(
        lambda size: json.dumps({"messages": [{"type": "WebcastChatMessage", "data": {"comment": "x" * size}}]}),
        st.integers(0, 300_000),
    ),
)


@pytest.mark.fuzz
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frame=_frames)
def test_any_frame_gives_events_or_a_typed_error(frame: str | bytes) -> None:
    try:
        events = decode_frame(frame)
    except LiveFrameError:
        return
    assert all(isinstance(event, LiveEvent) for event in events)
    for event in events:
        repr(event)  # every field readable


def _drive(session: LiveSession, frames: list[str | bytes]) -> list[LiveEvent]:
    """Steps the session the way the drivers do, with a connection that hands over `frames` and then 4005."""
    flow = session.run()
    pending = list(frames)
    events: list[LiveEvent] = []
    reply: Any = None
    try:
        while True:
            step = flow.send(reply)
            if isinstance(step, list):
                events.extend(step)
                reply = None
            elif isinstance(step, Connect):
                reply = None
            elif isinstance(step, Receive):
                reply = pending.pop(0) if pending else Closed(4005, "ended")
            elif isinstance(step, Sleep):
                reply = None
    except StopIteration:
        return events


@pytest.mark.fuzz
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frames=st.lists(_frames, max_size=5), raise_on_invalid=st.booleans())
def test_the_session_turns_any_frames_into_events_or_a_typed_error(
    frames: list[str | bytes], raise_on_invalid: bool
) -> None:
    options = live_options("someone", "ws://127.0.0.1:1", invalid_frames="raise" if raise_on_invalid else "skip")
    session = LiveSession(options, Secrets("k" * 20, None))
    try:
        events = _drive(session, frames)
    except LiveFrameError:
        assert raise_on_invalid
        return
    assert all(isinstance(event, LiveEvent) for event in events)
    assert session.stats.total == len(events)


def test_reconnect_backoff_doubles_is_capped_and_jittered() -> None:
    from tiktok_live._retry import backoff_delay

    def delay(attempt: int, rand: float) -> float:  # reconnect `attempt` (1, 2, ...), as the session waits
        return backoff_delay(attempt - 1, rand=lambda: 1.0 - rand, cap=30.0, jitter=0.5)

    assert [delay(attempt, 0.999999) for attempt in (1, 2, 3)] == pytest.approx([0.5, 1.0, 2.0], rel=1e-5)
    assert delay(40, 0.999999) == pytest.approx(30.0, rel=1e-5)
    assert delay(40, 0.0) == 15.0  # the jitter factor is in [0.5, 1)


def test_the_sync_and_async_streams_offer_the_same_api() -> None:
    from tiktok_live import AsyncLiveEvents, LiveEvents

    def public(cls: type) -> set[str]:
        return {name for name in dir(cls) if not name.startswith("_")}

    assert public(LiveEvents) - {"close"} == public(AsyncLiveEvents) - {"aclose"}
