"""`make demo`: the SDK's main flows against the offline fake Euler service. No network, no key needed.

Starts the fake service (HTTP and WebSocket) on 127.0.0.1, then walks through the library, the `tiktok-live`
command line, and live events.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

from tiktok_live import ChatEvent, GiftEvent, LayoutError, TikTokLiveClient
from tiktok_live.testing import FakeEulerService, FakeLiveServer
from tiktok_live_api.types import Unset

CLI = Path(sys.executable).parent / "tiktok-live"


def step(title: str) -> None:
    print(f"\n== {title}")


class RetryWaits(logging.Handler):
    """Collects the client's DEBUG retry lines, to show the wait it chose."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def library_tour(service: FakeEulerService, base_url: str) -> None:
    with TikTokLiveClient(api_key="demo-key", base_url=base_url) as client:
        step("Resolve @someone to a room id")
        room = client.room_id("https://www.tiktok.com/@someone/live")
        print(f"room id {room.room_id}; live: {room.is_live}")
        assert isinstance(room.room_id, str), "the fake always answers with a room id"

        step("Room info")
        info = client.room_info("@someone")
        if info.data is not None and not isinstance(info.data.room_info, Unset):
            print(f"title: {info.data.room_info.title}; viewers: {info.data.room_info.current_viewers}")

        step("Fetch the webcast connection data")
        webcast = client.fetch_webcast_url(room_id=room.room_id)
        envelope = webcast.envelope
        print(f"{len(webcast.payload)} bytes of protobuf; request id {webcast.request_id}; agent {webcast.agent_id}")
        cookie_names = [part.split("=")[0].strip() for part in (webcast.set_tt_cookie or "").split(";")]
        print(f"cookies to send: {', '.join(cookie_names)} (values kept out of logs and reprs)")
        print(f"cursor: {envelope.cursor}")
        print(f"push server: {envelope.push_server}")
        print(f"route params: {', '.join(envelope.route_params)}; messages: {', '.join(envelope.methods)}")

        step("Sign a TikTok URL")
        signed = client.sign_webcast_url("https://webcast.tiktok.com/webcast/room/info/?aid=1988")
        print(f"signed: {str(signed.signed_url)[:110]}...")

        step("Rate limits")
        limits = client.rate_limits()
        for name, window in (("minute", limits.minute), ("hour", limits.hour), ("day", limits.day)):
            if not isinstance(window, Unset):
                print(f"{name}: {window.remaining} of {window.max_} left")

        step("A 429 handled by the client's retry")
        service.fail_next("room_id", status=429, retry_after=1, style="retry-after")
        waits = RetryWaits()
        logger = logging.getLogger("tiktok_live")
        logger.addHandler(waits)
        logger.setLevel(logging.DEBUG)
        started = time.monotonic()
        raw = client.with_raw_response.room_id("someone")
        logger.removeHandler(waits)
        print("\n".join(waits.lines))
        print(
            f"answered after {raw.retries_taken} retry in {time.monotonic() - started:.1f} s; "
            f"live: {raw.parse().is_live}; the limit that was hit: {client.rate_limit.limit_label}"
        )


def layouts_tour(base_url: str) -> None:
    """The same methods over the REST layout's paths (the fake serves both layouts on one port)."""
    with TikTokLiveClient(api_key="demo-key", base_url=base_url, layout="rest") as client:
        step("The REST layout: GET /webcast/anchors/someone/room_id, then /webcast/rooms/{room_id}/connect")
        room = client.room_id("@someone")
        print(f"room id {room.room_id}; live: {room.is_live}")
        if room.room_id:
            webcast = client.fetch_webcast_url(room_id=room.room_id)
            print(f"{len(webcast.payload)} bytes of protobuf; cursor: {webcast.envelope.cursor}")
        try:
            client.room_video("someone")
        except LayoutError as error:
            print(f"LayoutError: {error}")


def cli_tour(base_url: str) -> None:
    env = {**os.environ, "EULER_API_KEY": "demo-key", "EULER_BASE_URL": base_url}
    for args in (["room-id", "@someone"], ["is-live", "offline_creator"], ["rate-limits", "--json"]):
        step(f"tiktok-live {' '.join(args)}")
        result = subprocess.run([str(CLI), *args], env=env, capture_output=True, text=True, timeout=60)
        print((result.stdout + result.stderr).strip())
        print(f"(exit code {result.returncode})")


def live_tour(service: FakeEulerService) -> None:
    with FakeLiveServer(service, events=60, rate=40.0) as live:
        step(f"Live events from the fake WebSocket at {live.ws_url}: the sync iterator")
        with TikTokLiveClient(api_key="demo-key") as client:
            live.drop_next(after=2)  # a mid-stream drop: the iterator reconnects and goes on
            with client.live_events("@someone", ws_url=live.ws_url, max_reconnect_delay=0.2) as events:
                chats, diamonds = 0, 0
                for event in events:
                    if isinstance(event, ChatEvent) and chats < 3:
                        print(f"{event.user.nickname}: {event.comment}")
                    chats += isinstance(event, ChatEvent)
                    diamonds += event.diamonds if isinstance(event, GiftEvent) else 0
            print(
                f"{events.stats.total} events, {chats} chats, {diamonds} diamonds in gifts; "
                f"{events.stats.reconnects} reconnect after the drop; ended with close code "
                f"{events.stats.last_close_code}"
            )

        env = {**os.environ, "EULER_API_KEY": "demo-key", "EULER_WS_URL": live.ws_url}
        for args in (["watch", "@someone"], ["watch", "@offline_creator"]):
            step(f"tiktok-live {' '.join(args)}")
            result = subprocess.run([str(CLI), *args], env=env, capture_output=True, text=True, timeout=60)
            lines = result.stdout.splitlines()
            shown = lines if len(lines) <= 14 else [*lines[:10], f"... ({len(lines) - 12} more lines)", *lines[-2:]]
            print("\n".join([*shown, *result.stderr.splitlines()]))
            print(f"(exit code {result.returncode})")


def main() -> None:
    service = FakeEulerService()
    with service.serve() as base_url:
        print(f"Fake Euler service listening on {base_url} (offline; any key works)")
        library_tour(service, base_url)
        layouts_tour(base_url)
        cli_tour(base_url)
        live_tour(service)
    print("\nDone: every call above went to the local fake service.")


if __name__ == "__main__":
    main()
