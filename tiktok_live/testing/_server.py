"""Serve a FakeEulerService over real HTTP: a stdlib ThreadingHTTPServer adapted to the service's callable."""

from __future__ import annotations

import contextlib
import socket
import struct
import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Protocol

import httpx

from .._closing import Started

if TYPE_CHECKING:
    from ._data import Plan

__all__ = ["FakeServer", "creator_option", "key_option"]


class FakeEulerService(Protocol):
    """What the server needs of the service it serves (a `FakeEulerService`, `_service.py`)."""

    def handle(self, request: httpx.Request) -> httpx.Response: ...
    def error_response(self, status: int, message: str) -> httpx.Response: ...


_MAX_BODY = 8 << 20
_HOP_BY_HOP = frozenset({"content-length", "transfer-encoding", "connection", "keep-alive"})


def key_option(text: str) -> tuple[str, Plan]:
    """`serve-fake --key KEY[:PLAN]`: the key and its plan (Enterprise when none is named; any case)."""
    from ._data import PLANS

    key, colon, plan = text.rpartition(":")
    if not colon:
        key, plan = text, "Enterprise"
    found = next((known for known in PLANS if known.lower() == plan.strip().lower()), None)
    if found is None:
        raise ValueError(f"--key {text!r}: name a plan after the last ':' ({', '.join(PLANS)}), or none at all")
    if not key:
        raise ValueError("--key: the key is empty")
    return key, found


def creator_option(text: str) -> tuple[str, bool]:
    """`serve-fake --creator NAME[:offline|:live]`: the creator's unique id and whether they are live."""
    name, colon, state = text.partition(":")
    if colon and state.strip().lower() not in ("live", "offline"):
        raise ValueError(f"--creator {text!r}: NAME, NAME:live or NAME:offline")
    name = name.strip().lstrip("@")
    if not name:
        raise ValueError("--creator: the name is empty")
    return name, state.strip().lower() != "offline"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], service: FakeEulerService, log: Callable[[str], None] | None) -> None:
        self.service = service
        self.log = log
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: socket.socket | tuple[bytes, socket.socket], client_address: object) -> None:
        if isinstance(request, socket.socket):
            with self._connections_lock:
                self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: socket.socket | tuple[bytes, socket.socket]) -> None:
        if isinstance(request, socket.socket):
            with self._connections_lock:
                self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Unblock handler threads waiting on idle keep-alive connections."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that hangs up mid-answer is not the fake's problem; anything else is worth a line.
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError | TimeoutError) and self.log is not None:
            self.log(f"error while answering {client_address}: {error!r}")


def _host(server: ThreadingHTTPServer) -> str:
    host = server.server_address[0]
    return host.decode() if isinstance(host, bytes) else str(host)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def __getattr__(self, name: str) -> Callable[[], None]:
        # Every method (`do_GET`, `do_QUERY`, ...) goes to the service, which answers 405 where it should.
        if name.startswith("do_"):
            return self._answer
        raise AttributeError(name)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            total = 0
            while True:
                size_line = self.rfile.readline(1024).split(b";", 1)[0].strip()
                size = int(size_line, 16)
                if size == 0:
                    while self.rfile.readline(1024).strip():
                        pass  # trailers
                    return b"".join(chunks)
                total += size
                if total > _MAX_BODY:
                    raise ValueError("body too large")
                chunks.append(self.rfile.read(size))
                self.rfile.readline(1024)
        length = int(self.headers.get("Content-Length") or 0)
        if length < 0 or length > _MAX_BODY:
            raise ValueError("bad Content-Length")
        return self.rfile.read(length) if length else b""

    def _answer(self) -> None:
        try:
            body = self._read_body()
        except ValueError:
            self.close_connection = True
            self._write(self.server.service.error_response(400, "The request body could not be read."))
            return
        host, port = _host(self.server), self.server.server_address[1]
        headers = [(name, value) for name, value in self.headers.items() if name.lower() not in _HOP_BY_HOP]
        try:
            request = httpx.Request(self.command, f"http://{host}:{port}{self.path}", headers=headers, content=body)
        except (httpx.InvalidURL, ValueError):
            self._write(self.server.service.error_response(400, "The request target is not a valid URL."))
            return
        try:
            response = self.server.service.handle(request)
        except httpx.TransportError as error:
            # A scripted drop: close the socket without answering; a reset (ReadError) with a TCP RST.
            self.close_connection = True
            if isinstance(error, httpx.ReadError):
                with contextlib.suppress(OSError):
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()  # closed for good once `finish()` closes rfile: RST, no FIN
            if self.server.log is not None:
                self.server.log(f"{self.command} {request.url.path} -> connection dropped")
            return
        if self.server.log is not None:
            self.server.log(f"{self.command} {request.url.path} -> {response.status_code}")
        self._write(response)

    def _write(self, response: httpx.Response) -> None:
        """Status line, headers and body in one send: with TCP_NODELAY (see `setup`) a kept-alive request is
        answered in one segment, rather than a header segment and a body segment that Nagle's algorithm holds
        back until the client's delayed ACK (~40 ms a request)."""
        content = b"" if self.command == "HEAD" else response.content
        status = response.status_code
        phrase = self.responses.get(status, ("",))[0]
        lines = [
            f"{self.protocol_version} {status} {phrase}",
            f"Server: {self.version_string()}",
            f"Date: {self.date_time_string()}",
        ]
        lines.extend(
            f"{name}: {value}" for name, value in response.headers.multi_items() if name.lower() not in _HOP_BY_HOP
        )
        lines.append(f"Content-Length: {len(response.content)}")
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "strict")
        self.wfile.write(head + content)

    def log_message(self, format: str, *args: object) -> None:
        pass  # the request line can hold an apiKey; _answer logs method, path and status instead


class FakeServer(Started):
    """A FakeEulerService listening on a real socket, served from a background thread."""

    def __init__(
        self,
        service: FakeEulerService,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self._server = _Server((host, port), service, log)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        host = _host(self._server)
        return f"http://{f'[{host}]' if ':' in host else host}:{self.port}"

    def start(self) -> str:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="fake-euler",
                daemon=True,
            )
            self._thread.start()
        return self.base_url

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.close_connections()
        self._server.server_close()

    def run(self) -> None:
        """Serve in the calling thread until `KeyboardInterrupt` (or `stop()` from another thread)."""
        self._server.serve_forever(poll_interval=0.2)
