"""The fake's HTTP server: loopback port, keep-alive, drops, chunked bodies, clean stop, CLI entry."""

from __future__ import annotations

import io
import signal
import socket
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from tiktok_live.testing import FakeEulerService, FakeServer, serve_forever

from .._helpers import spawn

ROOT = Path(__file__).resolve().parents[2]


def port_is_closed(base_url: str) -> bool:
    url = httpx.URL(base_url)
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex((url.host, url.port or 80)) != 0


# A server that waited for its keep-alive connections would wait forever (the client keeps its pool open): the
# stop fails this test by its time limit, not by a clock read.
@pytest.mark.timeout(30)
def test_serve_listens_on_loopback_and_stops_with_keep_alive_connections_open() -> None:
    service = FakeEulerService()
    with service.serve() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        client = httpx.Client(base_url=base_url, headers={"x-api-key": "k"})
        # Two requests on one pooled connection; the client stays open while the server stops.
        assert client.get("/webcast/rate_limits").status_code == 200
        assert client.get("/webcast/room_id", params={"uniqueId": "someone"}).status_code == 200
    assert port_is_closed(base_url)
    client.close()


@pytest.mark.parametrize("mode", ["disconnect", "connect"])
def test_dropped_connection_closes_the_socket_without_an_answer(mode: str) -> None:
    service = FakeEulerService()
    service.drop_next("room_id", mode=mode)  # type: ignore[arg-type]
    with service.serve() as base_url, httpx.Client(base_url=base_url, headers={"x-api-key": "k"}) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/webcast/room_id", params={"uniqueId": "someone"})
        assert client.get("/webcast/room_id", params={"uniqueId": "someone"}).status_code == 200


def test_latency_delays_http_answers() -> None:
    service = FakeEulerService()
    service.set_latency(0.05, "rate_limits")
    with service.serve() as base_url, httpx.Client(base_url=base_url) as client:
        started = time.perf_counter()
        client.get("/webcast/rate_limits")
        assert time.perf_counter() - started >= 0.05


def test_chunked_request_bodies_are_read() -> None:
    service = FakeEulerService()
    body = b'{"url": "https://www.tiktok.com/@someone/live"}'

    def chunks() -> object:
        yield body[:10]
        yield body[10:]

    with service.serve() as base_url, httpx.Client(base_url=base_url, headers={"x-api-key": "k"}) as client:
        response = client.post("/webcast/sign_url", content=chunks())  # type: ignore[arg-type]
    assert response.status_code == 200
    assert service.requests[0].headers.get("transfer-encoding") is None


def test_concurrent_requests_are_served() -> None:
    service = FakeEulerService()
    # Each answer waits until all 8 requests are being answered at once: served one after another, the first
    # would wait in vain (the barrier breaks after 30 s, and that request gets a 500).
    together = threading.Barrier(8, timeout=30)
    handle = service.handle

    def handle_together(request: httpx.Request) -> httpx.Response:
        together.wait()
        return handle(request)

    service.handle = handle_together  # type: ignore[method-assign]
    statuses: list[int] = []
    with service.serve() as base_url:

        def one() -> None:
            with httpx.Client(base_url=base_url, timeout=None) as client:  # the barrier bounds the wait
                statuses.append(client.get("/webcast/rate_limits").status_code)

        threads = [threading.Thread(target=one, daemon=True) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert statuses == [200] * 8
    assert not together.broken


def test_serve_forever_prints_the_export_line_and_stops_on_keyboard_interrupt() -> None:
    out = io.StringIO()
    service = FakeEulerService()
    stopper = threading.Timer(0.3, lambda: signal.raise_signal(signal.SIGINT))
    stopper.start()
    try:
        serve_forever(0, service=service, out=out)
    finally:
        stopper.cancel()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Fake Euler Stream service listening on http://127.0.0.1:")
    base_url = lines[0].rsplit(" ", 1)[1]
    assert f"  export SIGN_API_URL={base_url}" in lines
    assert "@someone" in out.getvalue()
    assert lines[-1] == "Stopping the fake Euler Stream service."
    assert port_is_closed(base_url)


def test_python_m_entry_serves_until_ctrl_c() -> None:
    process = spawn([sys.executable, "-m", "tiktok_live.testing", "--port", "0"], cwd=ROOT)
    try:
        assert process.stdout is not None
        # Read the banner line by line (communicate() below would miss what readline() has buffered).
        banner = [process.stdout.readline() for _ in range(4)]
        base_url = banner[0].strip().rsplit(" ", 1)[1]
        with httpx.Client(base_url=base_url) as client:
            response = client.get("/webcast/room_id", params={"uniqueId": "someone"}, headers={"x-api-key": "k"})
        assert response.json()["is_live"] is True
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert f"  export SIGN_API_URL={base_url}\n" in banner
    assert "GET /webcast/room_id -> 200" in out
    assert "uniqueId" not in out  # the log line shows the path only, never the query (it may hold apiKey)


def test_fake_server_can_be_started_and_stopped_explicitly() -> None:
    server = FakeServer(FakeEulerService())
    base_url = server.start()
    assert httpx.get(f"{base_url}/webcast/rate_limits").status_code == 200
    server.stop()
    assert port_is_closed(base_url)


def test_unreadable_request_body_is_a_400_from_the_service() -> None:
    with FakeEulerService().serve() as base_url:
        url = httpx.URL(base_url)
        with socket.create_connection((url.host, url.port or 80), timeout=5) as raw:
            raw.sendall(b"POST /webcast/chat HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999999\r\n\r\n")
            received = b""
            while chunk := raw.recv(4096):  # the server closes the connection after this answer
                received += chunk
    answer = received.decode()
    assert answer.startswith("HTTP/1.1 400 ")
    assert "x-log-id: " in answer.lower()
    assert answer.endswith('{"code":400,"message":"The request body could not be read."}')


def _read_answer(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, body = data.split(b"\r\n\r\n", 1)
    length = next(
        int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")
    )
    while len(body) < length:
        body += sock.recv(65536)
    return head


def test_a_kept_alive_request_is_answered_without_a_delayed_ack_wait() -> None:
    # Headers and body once went out in two sends without TCP_NODELAY: every request after the first on a
    # connection then waited ~40 ms for the client's delayed ACK. Now one send; the median is far below 40 ms.
    service = FakeEulerService()
    request = b"GET /webcast/room_id?uniqueId=someone HTTP/1.1\r\nHost: x\r\nx-api-key: k\r\n\r\n"
    with service.serve() as base_url:
        url = httpx.URL(base_url)
        with socket.create_connection((url.host, url.port or 80)) as sock:
            times = []
            for _ in range(21):
                started = time.perf_counter()
                sock.sendall(request)
                assert _read_answer(sock).startswith(b"HTTP/1.1 200 OK\r\n")
                times.append(time.perf_counter() - started)
    assert sorted(times[1:])[len(times) // 2] < 0.02
