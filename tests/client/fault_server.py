"""A scripted HTTP/1.1 server on 127.0.0.1 for fault tests: each request received takes the next action."""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Respond:
    status: int = 200
    body: Any = None  # JSON-encoded unless bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Reset:
    """Read the request, then reset the connection (RST) without answering."""


@dataclass
class Stall:
    """Read the request, then answer nothing for `seconds`."""

    seconds: float


@dataclass
class CloseMidBody:
    """Promise a long body, send part of it, close."""

    status: int = 200


Action = Respond | Reset | Stall | CloseMidBody
REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 429: "Too Many Requests", 500: "Internal Server Error"}


class FaultServer:
    def __init__(self, *script: Action) -> None:
        self.script = list(script)
        self.requests: list[tuple[str, str]] = []
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)  # so the accept loop notices shutdown promptly
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._listener.getsockname()
        return f"http://{host}:{port}"

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def _accept_loop(self) -> None:
        while not self._closing.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(None)
            self.connections += 1
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _next_action(self) -> Action:
        return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            buffer = b""
            while True:
                request, buffer = _read_request(connection, buffer)
                if request is None:
                    return
                self.requests.append(request)
                if not self._act(connection, self._next_action()):
                    return

    def _act(self, connection: socket.socket, action: Action) -> bool:
        """Perform `action`; False when the connection is finished."""
        if isinstance(action, Reset):
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if isinstance(action, Stall):
            time.sleep(action.seconds)
            return False
        if isinstance(action, CloseMidBody):
            connection.sendall(_head(action.status, {"Content-Type": "application/json"}, 10_000) + b'{"code": 2')
            return False
        body = action.body if isinstance(action.body, bytes) else json.dumps(action.body).encode()
        headers = {"Content-Type": "application/json", **action.headers}
        connection.sendall(_head(action.status, headers, len(body)) + body)
        return True


def _head(status: int, headers: dict[str, str], length: int) -> bytes:
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}", f"Content-Length: {length}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _read_request(connection: socket.socket, buffer: bytes) -> tuple[tuple[str, str] | None, bytes]:
    while b"\r\n\r\n" not in buffer:
        try:
            chunk = connection.recv(65536)
        except OSError:
            return None, b""
        if not chunk:
            return None, b""
        buffer += chunk
    head, _, rest = buffer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = connection.recv(65536)
        if not chunk:
            return None, b""
        rest += chunk
    return (method, target), rest[length:]
