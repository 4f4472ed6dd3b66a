"""The WebSocket side of the fake Euler service: live events for `@someone`, close codes on demand.

    with FakeLiveServer(service) as live:        # ws://127.0.0.1:<port>, in a background thread
        client.live_events("@someone", ws_url=live.ws_url)

Each connection is checked like the real service (inferred where the reference says so): no key → 4401,
an unknown key on a strict service → 4401 (the close reason echoes the key, as a careless server might, so
tests prove clients scrub it), a blocked key → 4403, more than `connection_limit` sockets per key → 4429,
a bad unique id or feature flag → 4400, an unknown or offline creator → 4404. Then it sends `workerInfo`,
`roomInfo` and `tiktok.connect`, the creator's stream (chat, a gift streak, likes, joins, follows, shares,
viewer counts; bundled unless `features.bundleEvents=false`), `WebcastControlMessage` action 3 and close
code 4005. A connection that comes back after a drop resumes where the last one stopped (the position is
kept per creator, shared by all connections); once a stream ended, the next connection replays it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from .._closing import Started
from ._records import REDACTED

if TYPE_CHECKING:
    from websockets.asyncio.server import Server, ServerConnection

    from ._service import FakeEulerService

__all__ = ["FakeLiveServer", "stream_messages"]

_FLAGS_BOOL = {
    "bundleEvents",
    "rawMessages",
    "normalizeUniqueId",
    "syntheticPresence",
    "includeRawBytes",
    "useEnterpriseApi",
}
_FLAGS_RANGE = {"syntheticPresenceLeaveAfter": (60, 3600), "closeInactiveWebSocketAfter": (30, 3600)}
_VIEWERS = [
    ("7000000000000000001", "ana.draws", "Ana"),
    ("7000000000000000002", "bo_games", "Bo"),
    ("7000000000000000003", "chloe.live", "Chloé ✨"),
    ("7000000000000000004", "dmitri_99", "Dmitri"),
    ("7000000000000000005", "eve", "Eve"),
]
_CHATS = [
    "hi everyone!",
    "love this stream",
    "where are you from?",
    "🔥🔥🔥",
    "first time here",
    "what game is this?",
    "hello from Lisbon",
]
_log = logging.getLogger("tiktok_live.testing.live")


def _user(index: int) -> dict[str, Any]:
    user_id, unique_id, nickname = _VIEWERS[index % len(_VIEWERS)]
    return {
        # 64-bit ids arrive as strings from the real service; every other user here sends a number.
        "userId": user_id if index % 2 == 0 else int(user_id),
        "uniqueId": unique_id,
        "nickname": nickname,
        "profilePicture": {"url": [f"https://p16.tiktokcdn.example/{unique_id}.webp"]},
        "verified": False,
    }


def _message(kind: str, index: int, **data: Any) -> dict[str, Any]:
    common = {
        "method": kind,
        "msgId": str(7_400_000_000_000_000_000 + index),
        "createTime": str(1_764_000_000_000 + index),
    }
    return {"type": kind, "data": {"common": common, **data}}


def stream_messages(count: int) -> list[dict[str, Any]]:
    """`count` realistic messages (the last one ends the stream): a fixed cycle of chat, likes, joins,
    a three-step rose streak, a single gift, follows, shares and viewer counts."""
    messages: list[dict[str, Any]] = []
    index = 0
    while len(messages) < max(count - 1, 0):
        step = index % 12
        user = _user(index)
        if step in (0, 5, 9):
            messages.append(_message("WebcastChatMessage", index, user=user, comment=_CHATS[index % len(_CHATS)]))
        elif step == 1:
            messages.append(_message("WebcastLikeMessage", index, user=user, likeCount=5, totalLikeCount=5 * index))
        elif step == 2:
            # The member action as a name, the way some schema versions write enums.
            action: int | str = 1 if index % 24 else "JOINED"
            messages.append(_message("WebcastMemberMessage", index, user=user, action=action, memberCount=100 + index))
        elif step == 3:
            for repeat in (1, 2, 3):  # a streak: only the last step (repeatEnd 1) is the event
                details = {"id": 5655, "giftName": "Rose", "diamondCount": 1, "giftType": 1}
                messages.append(
                    _message(
                        "WebcastGiftMessage",
                        index,
                        user=user,
                        giftId=5655,
                        repeatCount=repeat,
                        repeatEnd=1 if repeat == 3 else 0,
                        giftDetails=details,
                    )
                )
        elif step == 4:
            messages.append(
                _message("WebcastRoomUserSeqMessage", index, viewerCount=120 + index, totalUser=400 + index)
            )
        elif step == 6:
            messages.append(_message("WebcastSocialMessage", index, user=user, action=1, followCount=1000 + index))
        elif step == 7:
            messages.append(_message("WebcastSocialMessage", index, user=user, action=3, shareType=1, shareCount=3))
        elif step == 8:
            details = {"id": 6064, "giftName": "GG", "diamondCount": 10, "giftType": 2}
            messages.append(
                _message(
                    "WebcastGiftMessage", index, user=user, giftId=6064, repeatCount=1, repeatEnd=0, giftDetails=details
                )
            )
        elif step in (10, 11):
            messages.append(_message("WebcastInRoomBannerMessage", index, data={"banner": index}))
        index += 1
    del messages[max(count - 1, 0) :]
    if count > 0:
        messages.append(_message("WebcastControlMessage", index, action=3))
    return messages


@dataclass
class _Fault:
    code: int | None  # None: drop the TCP connection without a close frame
    reason: str
    after: int  # frames of the stream sent first


@dataclass
class LiveConnectionRecord:
    """One WebSocket connection the fake saw: the query with credentials redacted, and the close code it
    sent (None while open, or after a drop). Recorded when the connection opens."""

    query: dict[str, str]
    close_code: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    """The handshake's headers, names lower-cased (cookies and authorization redacted)."""


class FakeLiveServer(Started):
    """The fake Euler WebSocket service on 127.0.0.1 (an ephemeral port by default), in a background thread.

    `rate`: messages per second (None: as fast as the socket takes them). `events`: messages per stream,
    the end included (None: an endless stream, for benchmarks). `bundle_size`: messages per bundled frame.
    """

    def __init__(
        self,
        service: FakeEulerService | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        rate: float | None = None,
        events: int | None = 60,
        bundle_size: int = 10,
        connection_limit: int = 5,
    ) -> None:
        if service is None:
            from ._service import FakeEulerService

            service = FakeEulerService()
        self.service = service
        self.host = host
        self.rate = rate
        self.events = events
        self.bundle_size = bundle_size
        self.connection_limit = connection_limit
        self._port = port
        self._lock = threading.Lock()
        self._faults: list[_Fault] = []
        self._raw_frames: list[list[str | bytes]] = []
        self._positions: Counter[str] = Counter()
        self._open: Counter[str] = Counter()
        self._records: list[LiveConnectionRecord] = []
        # An endless stream cycles through 1,200 messages that never end it.
        self._messages = stream_messages(events) if events is not None else stream_messages(1201)[:-1]
        self._frames: dict[tuple[int, int], str] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None

    # -- scripting ---------------------------------------------------------------------------------------

    def close_next(self, code: int, reason: str = "", *, after: int = 0) -> None:
        """The next connection sends `after` frames of the stream, then closes with `code` and `reason` (when the
        stream's last frame is the `after`th, instead of its 4005)."""
        with self._lock:
            self._faults.append(_Fault(code, reason, after))

    def send_next(self, *frames: str | bytes) -> None:
        """The next connection sends these frames (text, or binary for bytes) as they are, after the greeting
        and before the stream: for malformed-frame tests."""
        with self._lock:
            self._raw_frames.append(list(frames))

    def drop_next(self, *, after: int = 0) -> None:
        """The next connection sends `after` frames, then drops the TCP connection without a close frame (when the
        stream's last frame is the `after`th, instead of its 4005)."""
        with self._lock:
            self._faults.append(_Fault(None, "", after))

    @property
    def connections(self) -> list[LiveConnectionRecord]:
        with self._lock:
            return list(self._records)

    # -- lifetime ------------------------------------------------------------------------------------------

    @property
    def ws_url(self) -> str:
        return f"ws://{self.host}:{self._port}"

    def start(self) -> str:
        if self._thread is None:
            ready = threading.Event()
            errors: list[BaseException] = []
            self._thread = threading.Thread(target=self._run, args=(ready, errors), name="fake-euler-ws", daemon=True)
            self._thread.start()
            ready.wait()
            if errors:
                self._thread = None
                raise errors[0]
        return self.ws_url

    def _run(self, ready: threading.Event, errors: list[BaseException]) -> None:
        try:
            asyncio.run(self._main(ready))
        except BaseException as error:
            errors.append(error)
            ready.set()

    async def _main(self, ready: threading.Event) -> None:
        from websockets.asyncio.server import serve

        from .._live._session import install_log_filter

        server_logger = logging.getLogger("tiktok_live.testing.live.websockets")
        install_log_filter(server_logger)  # its request lines hold the apiKey
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server: Server
        async with serve(self._handle, self.host, self._port, logger=server_logger, compression=None) as server:
            self._port = int(next(iter(server.sockets)).getsockname()[1])
            ready.set()
            await self._stop.wait()

    def stop(self) -> None:
        if self._thread is not None and self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
            self._thread.join()
        self._thread = None

    # -- one connection ------------------------------------------------------------------------------------

    async def _handle(self, ws: ServerConnection) -> None:
        target = urlsplit(ws.request.path if ws.request else "")
        query = {name: values[-1] for name, values in parse_qs(target.query).items()}
        key = query.get("apiKey") or query.get("jwtKey") or ""
        record = self._record(query)
        if ws.request is not None:
            record.headers = {
                name.lower(): REDACTED if name.lower() in ("cookie", "authorization") else value
                for name, value in ws.request.headers.raw_items()
            }
        refusal = self._refusal(query, key)
        if refusal is not None:
            record.close_code = refusal[0]
            await ws.close(*refusal)
            return
        with self._lock:
            self._open[key] += 1
        try:
            await self._stream(ws, query, record)
        finally:
            with self._lock:
                self._open[key] -= 1

    def _refusal(self, query: dict[str, str], key: str) -> tuple[int, str] | None:
        if not key:
            return 4401, "Missing apiKey or jwtKey."
        if self.service.strict and key not in self.service.keys:
            return 4401, f"Invalid API key: {key}"
        known = self.service.keys.get(key)
        if known is not None and known.blocked:
            return 4403, "This key may not open WebSockets."
        with self._lock:
            if self._open[key] >= self.connection_limit:
                return 4429, f"Too many connections: {self.connection_limit} at most."
        unique_id = query.get("uniqueId", "").lstrip("@").lower()
        if not unique_id or len(unique_id) > 24:
            return 4400, "Invalid uniqueId."
        for name, value in query.items():
            flag = name.removeprefix("features.")
            if flag == name:
                continue
            if flag in _FLAGS_BOOL and value not in ("true", "false", "1", "0"):
                return 4400, f"Invalid value for features.{flag}."
            if flag in _FLAGS_RANGE:
                low, high = _FLAGS_RANGE[flag]
                if not value.isdigit() or not low <= int(value) <= high:
                    return 4400, f"features.{flag} must be between {low} and {high}."
            if flag == "schemaVersion" and value not in ("v1", "v2"):
                return 4400, "features.schemaVersion must be v1 or v2."
        creator = self.service.creators.get(unique_id)
        if creator is None or not creator.is_live:
            return 4404, f"@{unique_id} is not live."
        return None

    def _record(self, query: dict[str, str]) -> LiveConnectionRecord:
        redacted = {name: REDACTED if name in ("apiKey", "jwtKey") else value for name, value in query.items()}
        record = LiveConnectionRecord(redacted)
        with self._lock:
            self._records.append(record)
        return record

    def _frame(self, start: int, size: int) -> str:
        frame = self._frames.get((start, size))
        if frame is None:
            chunk = self._messages[start : start + size]
            frame = json.dumps({"timestamp": 1_764_000_000_000 + start, "messages": chunk}, separators=(",", ":"))
            if len(self._frames) < 4096:
                self._frames[(start, size)] = frame
        return frame

    async def _stream(self, ws: ServerConnection, query: dict[str, str], record: LiveConnectionRecord) -> None:
        """Sends the stream; notes its close code in `record` before closing, so a client that saw the close sees
        the record too."""
        unique_id = query["uniqueId"].lstrip("@").lower()
        creator = self.service.creator(unique_id)
        bundled = query.get("features.bundleEvents", "true") in ("true", "1")
        size = self.bundle_size if bundled else 1
        with self._lock:
            fault = self._faults.pop(0) if self._faults else None
            raw_frames = self._raw_frames.pop(0) if self._raw_frames else []
        greeting = [
            {"type": "workerInfo", "data": {"webSocketId": "fake-ws-1", "schemaVersion": "v2", "features": {}}},
            {"type": "roomInfo", "data": {"id": creator.room_id, "title": creator.title, "ownerUniqueId": unique_id}},
            {"type": "tiktok.connect", "data": {"agentId": self.service.agent_id}},
        ]
        total = len(self._messages)
        sent = 0
        try:
            if fault is None or fault.after > 0:
                for message in greeting if not bundled else [{"timestamp": 0, "messages": greeting}]:
                    await ws.send(json.dumps(message))
            for raw in raw_frames:
                await ws.send(raw)
            while True:
                if fault is not None and sent >= fault.after:
                    if fault.code is None:
                        ws.transport.abort()
                        return
                    record.close_code = fault.code
                    await ws.close(fault.code, fault.reason)
                    return
                with self._lock:
                    start = self._positions[unique_id] % total
                    count = min(size, total - start)
                    self._positions[unique_id] = start + count
                if self.rate:
                    try:  # wait, but notice a client (or a server shutdown) closing meanwhile
                        await asyncio.wait_for(ws.wait_closed(), count / self.rate)
                        return
                    except TimeoutError:
                        pass
                if bundled:
                    await ws.send(self._frame(start, count))
                else:
                    await ws.send(json.dumps(self._messages[start]))
                sent += 1
                if self.events is not None and start + count >= total:
                    with self._lock:
                        self._positions[unique_id] = 0
                    if fault is None or sent < fault.after:
                        record.close_code = 4005
                        await ws.close(4005, "The TikTok stream ended.")
                        return
                    # A fault due right after the last frame replaces the 4005 (a drop, or another close code).
        except Exception as error:  # the client went away: nothing to do
            _log.debug("live connection ended: %s", type(error).__name__)
