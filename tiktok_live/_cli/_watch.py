"""`tiktok-live watch @someone`: a creator's live events, one line each as they happen (NDJSON with --json).

Ends by itself when the stream ends (exit 0); a creator who is not live exits 1, like `is-live`; Ctrl-C
stops with a one-line summary on stderr (exit 130). The summary also ends a stream that ended by itself.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NoReturn

from ._exit_codes import EXIT_INTERRUPTED, exit_code_for

if TYPE_CHECKING:
    from .._client import TikTokLiveClient
    from .._live._events import LiveEvent
    from .._live._session import LiveStats

# Event groups for --events, by the class names of the events in them.
GROUPS: dict[str, tuple[str, ...]] = {
    "chat": ("ChatEvent",),
    "gift": ("GiftEvent",),
    "like": ("LikeEvent",),
    "join": ("JoinEvent",),
    "follow": ("FollowEvent",),
    "share": ("ShareEvent",),
    "viewers": ("ViewerCountEvent",),
    "stream": ("StreamPausedEvent", "StreamResumedEvent", "StreamEndedEvent"),
    "presence": ("PresenceJoinEvent", "PresenceLeaveEvent"),
    "service": ("WorkerInfoEvent", "RoomInfoEvent", "TikTokConnectEvent", "TikTokDisconnectEvent"),
    "raw": ("RawFrameEvent",),
    "other": ("GenericEvent",),
}
DEFAULT_GROUPS = ("chat", "gift", "like", "join", "follow", "share", "viewers", "stream", "presence")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("unique_id", help="name, @name or a tiktok.com/@name URL")
    parser.add_argument(
        "--events",
        help=f"comma-separated groups to show: {', '.join(GROUPS)} or all "
        f"(default: {','.join(DEFAULT_GROUPS)}; with --json: all)",
    )
    parser.add_argument("--ws-url", help="WebSocket URL (default: EULER_WS_URL, else wss://ws.eulerstream.com)")
    parser.add_argument("--max-reconnects", type=int, default=5, help="reconnects in a row before giving up")


def _groups(args: argparse.Namespace) -> frozenset[str]:
    if args.events is None:
        chosen: tuple[str, ...] = tuple(GROUPS) if args.json else DEFAULT_GROUPS
    else:
        chosen = tuple(part.strip().lower() for part in args.events.split(",") if part.strip())
        if "all" in chosen:
            chosen = tuple(GROUPS)
        unknown = [name for name in chosen if name not in GROUPS]
        if unknown or not chosen:
            raise ValueError(
                f"--events takes a comma-separated list of {', '.join(GROUPS)} or all; got {args.events!r}"
            )
    return frozenset(name for group in chosen for name in GROUPS[group])


def line_of(event: LiveEvent) -> str | None:
    """The human line for an event (None: nothing worth a line)."""
    from .._live import _events as ev

    if isinstance(event, ev.ChatEvent):
        return f"{_name(event.user)}: {event.comment}"
    if isinstance(event, ev.GiftEvent):
        progress = "" if event.streak_ended else " (streak going on)"
        return (
            f"* {_name(event.user)} sent {event.repeat_count} x {event.gift_name or f'gift {event.gift_id}'} "
            f"({event.diamonds} diamonds){progress}"
        )
    if isinstance(event, ev.LikeEvent):
        return f"* {_name(event.user)} liked x{event.count} (total {event.total})"
    if isinstance(event, ev.JoinEvent):
        return f"* {_name(event.user)} joined"
    if isinstance(event, ev.FollowEvent):
        return f"* {_name(event.user)} followed"
    if isinstance(event, ev.ShareEvent):
        return f"* {_name(event.user)} shared the stream"
    if isinstance(event, ev.ViewerCountEvent):
        return f"* viewers: {event.viewer_count}"
    if isinstance(event, ev.StreamPausedEvent):
        return "* the stream is paused"
    if isinstance(event, ev.StreamResumedEvent):
        return "* the stream resumed"
    if isinstance(event, ev.StreamEndedEvent):
        return "* the stream was suspended" if event.suspended else "* the stream ended"
    if isinstance(event, ev.PresenceJoinEvent | ev.PresenceLeaveEvent):
        verb = "arrived" if isinstance(event, ev.PresenceJoinEvent) else "left"
        return f"* {_name(event.user)} {verb}"
    if isinstance(event, ev.TikTokConnectEvent):
        return f"* connected (agent {event.agent_id})"
    if isinstance(event, ev.TikTokDisconnectEvent):
        return f"* TikTok disconnected ({event.reason})"
    if isinstance(event, ev.RawFrameEvent):
        return f"* raw frame, {len(event.payload)} bytes"
    return f"* {event.type}"


def json_of(event: LiveEvent) -> str:
    import attrs

    from .._live._events import GenericEvent, RawFrameEvent

    fields: dict[str, Any] = {"event": type(event).__name__}
    fields.update(attrs.asdict(event, filter=lambda field, value: field.name not in ("data", "payload")))
    if isinstance(event, GenericEvent):
        fields["data"] = event.data
    if isinstance(event, RawFrameEvent):
        fields["payload"] = event.payload.hex()
    return json.dumps(fields, ensure_ascii=False, default=str)


def _name(user: Any) -> str:
    return str(user.nickname or user.unique_id or user.id or "someone")


def summary(unique_id: str, stats: LiveStats, seconds: float, *, interrupted: bool) -> str:
    groups: Counter[str] = Counter()
    for name, count in stats.events.items():
        groups[next((group for group, names in GROUPS.items() if name in names), name)] += count
    by_type = ", ".join(f"{group} {count}" for group, count in groups.most_common())
    ending = "stopped" if interrupted else "ended"
    reconnects = f"; {stats.reconnects} reconnect{'s' if stats.reconnects != 1 else ''}" if stats.reconnects else ""
    return f"watch @{unique_id} {ending} after {seconds:.1f} s: {stats.total} events ({by_type or 'none'}){reconnects}"


def run(client: TikTokLiveClient, args: argparse.Namespace) -> NoReturn:
    """The `watch` command. It prints as it goes, so it leaves by SystemExit instead of returning a result
    for `cli.main` to print."""
    shown = _groups(args)
    ws_url = args.ws_url
    started = time.monotonic()
    code = 0
    interrupted = False
    with contextlib.ExitStack() as stack:
        if args.mock and ws_url is None:
            from ..testing import FakeLiveServer  # only --mock needs the testing extra

            ws_url = stack.enter_context(FakeLiveServer(rate=50.0)).ws_url
        events = client.live_events(args.unique_id, ws_url=ws_url, max_reconnects=args.max_reconnects)
        try:
            _watch(events, shown, args)
        except KeyboardInterrupt:
            interrupted, code = True, EXIT_INTERRUPTED
    print(summary(events.unique_id, events.stats, time.monotonic() - started, interrupted=interrupted), file=sys.stderr)
    raise SystemExit(code)


def _watch(events: Any, shown: frozenset[str], args: argparse.Namespace) -> None:
    from .._live._errors import LiveEventsError

    try:
        with events:
            for line in _lines(events, shown, as_json=args.json):
                print(line, flush=True)
    except LiveEventsError as error:
        if args.debug:
            raise
        print(f"tiktok-live: {error}", file=sys.stderr)
        raise SystemExit(exit_code_for(error)) from None


def _lines(events: Any, shown: frozenset[str], *, as_json: bool) -> Iterator[str]:
    for event in events:
        if type(event).__name__ not in shown:
            continue
        line = json_of(event) if as_json else line_of(event)
        if line is not None:
            yield line
