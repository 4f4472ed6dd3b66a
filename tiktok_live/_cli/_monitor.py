"""`tiktok-live monitor`: which of many creators go live and offline, as it happens (NDJSON with --json).

One line per transition on stdout; on a terminal, a status line on stderr (creators, live now, requests a
minute, next sweep); the plan (how often each creator is checked) on stderr when known and when it changes;
a summary on stderr when it stops: Ctrl-C (exit 130) or --duration. Creators come as arguments and from
--from-file (one a line, # starts a comment). TIKTOK_SESSION_ID (and TIKTOK_TT_TARGET_IDC) turn on the bulk
live check, as for check-live. --connect prints the live events of creators who are live (one line each, after
the creator's name); --coordinator shares the creators with other monitors through Redis (see
docs/monitoring.md). Importing this module loads neither httpx nor the client.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

if TYPE_CHECKING:
    from collections.abc import Callable

    from .._client import TikTokLiveClient
    from .._lib._watch import CreatorWatch, WatchEvent
    from .._live._events import LiveEvent

EXIT_INTERRUPTED = 130
SESSION_VARIABLE = "TIKTOK_SESSION_ID"
TARGET_IDC_VARIABLE = "TIKTOK_TT_TARGET_IDC"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("creators", nargs="*", metavar="NAME", help="unique ids (name, @name or a profile URL)")
    parser.add_argument("--from-file", help="a file with one name per line (# starts a comment)")
    parser.add_argument(
        "--budget-share",
        type=float,
        default=0.5,
        help="the part of the key's rate limits the monitor may spend (default 0.5)",
    )
    parser.add_argument(
        "--interval", type=float, help="seconds between two checks of a creator (default: the shortest the share lets)"
    )
    parser.add_argument("--duration", type=float, help="stop after this many seconds (default: until Ctrl-C)")
    parser.add_argument(
        "--connect",
        action="store_true",
        help="open the live events of creators who go live (within the key's connections) and print them",
    )
    parser.add_argument(
        "--coordinator",
        nargs="?",
        const=True,
        metavar="URL",
        help="share the creators with other monitors through this redis:// URL (alone: EULER_RATE_LIMIT_URL); "
        "each transition once, also in the Redis stream tiktok-live:watch:<fleet>:transitions",
    )
    parser.add_argument("--fleet", help="the fleet's name, for several fleets on one Redis (default: default)")
    parser.add_argument("--lease", type=float, help="seconds until a dead monitor's creators are taken over (10)")


def creators_of(args: argparse.Namespace) -> list[str]:
    names = list(args.creators)
    if args.from_file:
        lines = Path(args.from_file).read_text().splitlines()
        names += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not names:
        raise ValueError("monitor needs at least one name, or --from-file with one name per line")
    return names


def _when(at: float) -> str:
    return datetime.fromtimestamp(at, UTC).strftime("%H:%M:%S")


def line_of(event: WatchEvent) -> str:
    from .._lib._watch import WentLive, WentOffline

    if isinstance(event, WentLive):
        room = f" (room {event.room_id})" if event.room_id else ""
        return f"{_when(event.at)}  live     @{event.creator}{room}"
    if isinstance(event, WentOffline):
        return f"{_when(event.at)}  offline  @{event.creator}"
    return f"{_when(event.at)}  failed   @{event.creator}: {type(event.error).__name__}: {event.error.message}"


def json_of(event: WatchEvent) -> str:
    from .._lib._watch import CheckFailed, WentLive

    fields: dict[str, Any] = {"event": type(event).__name__, "creator": event.creator}
    if isinstance(event, WentLive):
        fields["room_id"] = event.room_id
    if isinstance(event, CheckFailed):
        fields["error"] = f"{type(event.error).__name__}: {event.error.message}"
    fields["at"] = datetime.fromtimestamp(event.at, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return json.dumps(fields, ensure_ascii=False)


class _Screen:
    """What goes to stderr: the plan when it changes, a status line on a terminal, the summary."""

    def __init__(self, watch: CreatorWatch, err: TextIO, *, status: bool) -> None:
        self.watch = watch
        self.err = err
        self.status = status
        self.plan = ""
        self.shown = False  # a status line is on screen

    def clear(self) -> None:
        if self.shown:
            self.err.write("\r\x1b[K")
            self.shown = False

    def update(self) -> None:
        plan = self.watch.plan
        if plan is not None and plan.describe() != self.plan:
            self.plan = plan.describe()
            self.clear()
            print(f"tiktok-live: {self.plan}", file=self.err, flush=True)
        if self.status:
            now = self.watch.status()
            creators = f"{now.creators:,} creator{'' if now.creators == 1 else 's'}"
            self.err.write(
                f"\r\x1b[K{creators}, {now.live:,} live now, {now.requests_last_minute} requests in the last "
                f"minute, next sweep in {now.next_sweep_in:.0f} s"
            )
            self.err.flush()
            self.shown = True


def run(client: TikTokLiveClient, args: argparse.Namespace) -> NoReturn:
    """The `monitor` command; it prints as it goes and leaves by SystemExit."""
    names = creators_of(args)
    # Credentials come from the environment, never the command line.
    session_id = os.environ.get(SESSION_VARIABLE) or None
    tt_target_idc = os.environ.get(TARGET_IDC_VARIABLE) or None
    options: dict[str, Any] = {}
    if args.coordinator is not None:
        options["coordinator"] = args.coordinator
        options.update({name: getattr(args, name) for name in ("fleet", "lease") if getattr(args, name) is not None})
    elif args.fleet is not None or args.lease is not None:
        raise ValueError("--fleet and --lease are for a fleet: give --coordinator too")
    if args.connect:
        options.update(connect=True, on_live_event=_live_event_printer(args, sys.stdout))
    watch = client.watch_creators(
        names,
        session_id=session_id,
        tt_target_idc=tt_target_idc,
        budget_share=args.budget_share,
        interval=args.interval,
        **options,
    )
    raise SystemExit(monitor(client, watch, args, out=sys.stdout, err=sys.stderr))


def _live_event_printer(args: argparse.Namespace, out: TextIO) -> Callable[[str, LiveEvent], None]:
    """With --connect: each live event on a line of its own, after the creator's name (NDJSON with --json)."""
    from . import _watch as _cli_watch

    def show(creator: str, event: LiveEvent) -> None:
        if args.json:
            fields = json.loads(_cli_watch.json_of(event))
            print(json.dumps({"creator": creator, **fields}, ensure_ascii=False), file=out, flush=True)
            return
        line = _cli_watch.line_of(event)
        if line is not None:
            print(f"@{creator}  {line}", file=out, flush=True)

    return show


def monitor(client: Any, watch: CreatorWatch, args: argparse.Namespace, *, out: TextIO, err: TextIO) -> int:
    """Runs `watch` until --duration or Ctrl-C, printing as it goes; returns the exit code."""
    started = client._now()
    stop_at = None if args.duration is None else started + args.duration
    screen = _Screen(watch, err, status=err.isatty() and not args.json and not args.quiet)
    counts = {"WentLive": 0, "WentOffline": 0, "CheckFailed": 0}

    def on_wait(seconds: float) -> None:
        if stop_at is not None and client._now() + seconds > stop_at:
            watch.close()
        screen.update()

    watch.on_wait = on_wait
    code = 0
    try:
        for event in watch:
            counts[type(event).__name__] += 1
            screen.clear()
            print(json_of(event) if args.json else line_of(event), file=out, flush=True)
            screen.update()
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    finally:
        watch.close()
    screen.clear()
    print(summary(watch, client._now() - started, counts, interrupted=code != 0), file=err, flush=True)
    return code


def summary(watch: CreatorWatch, seconds: float, counts: dict[str, int], *, interrupted: bool) -> str:
    status = watch.status()
    minutes = max(seconds / 60.0, 1e-9)
    live = sorted(watch.live_now())
    shown = ", ".join(f"@{name}" for name in live[:10]) + (f" and {len(live) - 10} more" if len(live) > 10 else "")
    return (
        f"monitor {'stopped' if interrupted else 'ended'} after {seconds:.0f} s: {status.creators:,} "
        f"creator{'' if status.creators == 1 else 's'}, "
        f"{counts['WentLive']} went live, {counts['WentOffline']} went offline, {counts['CheckFailed']} checks "
        f"failed; {status.requests:,} requests ({status.requests / minutes:.1f} a minute); live now: "
        f"{shown or 'nobody'}"
    )
