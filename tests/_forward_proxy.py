"""A forward HTTP proxy on 127.0.0.1 for tests: it relays plain-HTTP requests in absolute form (what httpx sends
to an `http://` proxy for an `http://` URL) and tunnels CONNECT (WebSockets), and records both."""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class _Relay(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _relay(self) -> None:
        target = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {name: value for name, value in self.headers.items() if name.lower() != "proxy-connection"}
        upstream = http.client.HTTPConnection(target.hostname or "", target.port or 80, timeout=30)
        try:
            path = target.path + (f"?{target.query}" if target.query else "")
            upstream.request(self.command, path, body=body, headers=headers)
            answer = upstream.getresponse()
            content = answer.read()
        finally:
            upstream.close()
        self.server.relayed.append(self.path)  # type: ignore[attr-defined]
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _relay

    def do_CONNECT(self) -> None:  # a tunnel (what WebSocket clients and https ask a proxy for)
        import socket

        host, _, port = self.path.rpartition(":")
        upstream = socket.create_connection((host, int(port)), timeout=30)
        self.server.relayed.append(f"CONNECT {self.path}")  # type: ignore[attr-defined]
        self.server.proxy_headers.append(dict(self.headers))  # type: ignore[attr-defined]
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        client = self.connection
        upstream.settimeout(None)
        client.settimeout(None)
        forward = threading.Thread(target=_pipe, args=(client, upstream), daemon=True)
        forward.start()
        try:
            _pipe(upstream, client)
            forward.join(5)
        finally:
            upstream.close()
        self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def forward_proxy() -> Iterator[tuple[str, list[str]]]:
    """The proxy's URL, and the list of the URLs it relayed."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Relay)
    server.daemon_threads = True
    server.relayed = []  # type: ignore[attr-defined]
    server.proxy_headers = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.relayed  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


def _pipe(source: object, target: object) -> None:
    import socket

    assert isinstance(source, socket.socket)
    assert isinstance(target, socket.socket)
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with suppress(OSError):
                sock.shutdown(2)
