"""A fast HTTP/1.1 keep-alive server for `scripts/bench.py`, run in its own process (stdlib only).

    python scripts/bench_server.py [--latency SECONDS]

It prints the port it listens on (127.0.0.1) as its first line of output, then serves until killed:

    GET /webcast/room_id   a fixed JSON body (a live creator)
    GET /webcast/anchors/NAME/room_id   the same with the REST route's `detail` (which the official SDK,
                           eulerapisdk, requires), for this SDK's REST layout and the official SDK
    GET /webcast/fetch     256 KiB of application/octet-stream, with the X-Room-Id family of headers
    GET /_stats            {"accepted": connections accepted, "control": those that only asked /_stats,
                            "requests": requests answered}
    GET /_reset            zeroes the counters

Control requests (/_stats, /_reset) close their connection after the answer.
Every answer waits `--latency` seconds first (answers on one connection keep their order). Requests are
parsed just enough for a benchmark: the request line, and Content-Length for bodies; pipelining works.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json

ROOM_ID_BODY = json.dumps(
    {"code": 200, "ok": True, "routes_attempted": ["web"], "is_live": True, "room_id": "7321000000000000001"}
).encode()
# The REST route's answer: eulerapisdk's model requires `detail` (its only documented reason).
ROOM_ID_REST_BODY = json.dumps(
    {
        "code": 200,
        "ok": True,
        "routes_attempted": ["web"],
        "detail": {"reason": "no_live_profile"},
        "is_live": True,
        "room_id": "7321000000000000001",
    }
).encode()
FETCH_BODY = bytes(range(256)) * 1024  # 256 KiB

STATS = {"accepted": 0, "control": 0, "requests": 0}


def _answer(status: str, content_type: str, body: bytes, extra: str = "") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {len(body)}\r\n"
        f"x-request-id: bench-1\r\n{extra}\r\n"
    )
    return head.encode() + body


ROOM_ID_ANSWER = _answer("200 OK", "application/json", ROOM_ID_BODY)
ROOM_ID_REST_ANSWER = _answer("200 OK", "application/json", ROOM_ID_REST_BODY)
FETCH_ANSWER = _answer(
    "200 OK",
    "application/octet-stream",
    FETCH_BODY,
    "x-room-id: 7321000000000000001\r\nx-agent-id: bench\r\nx-set-tt-cookie: ttwid=bench\r\n",
)
NOT_FOUND_ANSWER = _answer("404 Not Found", "application/json", b'{"code":404,"message":"no such path"}')


class _Connection(asyncio.Protocol):
    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.buffer = b""
        self.first = True
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        STATS["accepted"] += 1

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            lowered = head.lower()
            at = lowered.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = lowered.find(b"\r\n", at + 2)
                length = int(lowered[at + 17 : stop if stop >= 0 else None])
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            self._respond(head[: head.find(b"\r\n")] if b"\r\n" in head else head)

    def _respond(self, request_line: bytes) -> None:
        parts = request_line.split(b" ")
        path = parts[1].split(b"?")[0] if len(parts) > 1 else b""
        control = path in (b"/_stats", b"/_reset")
        if self.first and control:
            STATS["control"] += 1
        self.first = False
        if path == b"/_reset":
            STATS.update(accepted=1, control=1, requests=0)  # this connection itself
            answer = _answer("200 OK", "application/json", b"{}")
        elif path == b"/_stats":
            answer = _answer("200 OK", "application/json", json.dumps(STATS).encode())
        else:
            STATS["requests"] += 1
            if path == b"/webcast/room_id":
                answer = ROOM_ID_ANSWER
            elif path.startswith(b"/webcast/anchors/") and path.endswith(b"/room_id"):
                answer = ROOM_ID_REST_ANSWER
            elif path == b"/webcast/fetch":
                answer = FETCH_ANSWER
            else:
                answer = NOT_FOUND_ANSWER
        assert self.transport is not None
        if control:
            self.transport.write(answer)
            self.transport.close()  # control connections are one-shot
        elif self.latency > 0:
            asyncio.get_running_loop().call_later(self.latency, self._write, answer)
        else:
            self.transport.write(answer)

    def _write(self, answer: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(answer)


async def serve(latency: float) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Connection(latency), "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds to wait before each answer")
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.latency))


if __name__ == "__main__":
    main()
