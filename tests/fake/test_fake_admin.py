"""The fake's control surface for clients in any language: `serve-fake --key KEY:PLAN --creator NAME:offline` and
the JSON admin API under `/__fake__`, driven here over a raw socket as a Node or Go test suite would."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tiktok_live.testing import OPERATIONS, REDACTED, REST_OPERATIONS, FakeEulerService, RateLimits
from tiktok_live.testing._server import creator_option, key_option

from .._helpers import spawn

EXECUTABLE = Path(sys.executable).parent / "tiktok-live"
BASIC_KEY = "sk-basic-not-for-room-info"
FULL_KEY = "sk-enterprise-admin-test"
PUBLIC_KEY = "sk-public-added-over-http"


def raw_http(
    port: int, method: str, path: str, body: Any = None, key: str | None = None
) -> tuple[int, dict[str, str], Any]:
    """One request over a plain socket (no HTTP library): status, lower-cased headers, parsed JSON body."""
    content = b"" if body is None else json.dumps(body).encode()
    head = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close", f"Content-Length: {len(content)}"]
    if key is not None:
        head.append(f"x-api-key: {key}")
    if content:
        head.append("Content-Type: application/json")
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + content)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    header_block, payload = data.split(b"\r\n\r\n", 1)
    lines = header_block.decode("latin-1").split("\r\n")
    headers = dict((name.strip().lower(), value.strip()) for name, value in (line.split(":", 1) for line in lines[1:]))
    return int(lines[0].split()[1]), headers, json.loads(payload) if payload else None


@pytest.fixture
def serve_fake() -> Iterator[int]:
    """`tiktok-live serve-fake` in its own process, scripted from the command line: a Basic key, an Enterprise
    key, strict (unknown keys refused) and a creator who is offline."""
    process = spawn(
        [
            str(EXECUTABLE),
            "serve-fake",
            "--port",
            "0",
            "--strict",
            "--key",
            f"{BASIC_KEY}:basic",
            "--key",
            FULL_KEY,
            "--creator",
            "quiet_one:offline",
            "--creator",
            "loud_one",
        ]
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(9)]
        url = next(word for line in lines for word in line.split() if word.startswith("http://127.0.0.1:"))
        assert any("/__fake__" in line for line in lines), lines
        yield int(url.rsplit(":", 1)[1])
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=10)


def test_a_raw_http_client_scripts_402_429_and_offline_through_serve_fake(serve_fake: int) -> None:
    port = serve_fake
    # --key KEY:PLAN: a Basic key lacks room_info (Enterprise) -> 402.
    status, _, body = raw_http(port, "GET", "/webcast/room_info?uniqueId=someone", key=BASIC_KEY)
    assert (status, body["code"]) == (402, 402)
    # A key added over the admin API, on a plan that lacks room_id -> 402; the answer does not echo the key.
    status, _, body = raw_http(port, "POST", "/__fake__/keys", {"key": PUBLIC_KEY, "plan": "Public"})
    assert (status, body["plan"]) == (201, "Public")
    assert PUBLIC_KEY not in json.dumps(body)
    assert raw_http(port, "GET", "/webcast/room_id?uniqueId=someone", key=PUBLIC_KEY)[0] == 402
    # A queued 429 with its hints, once: the next call is answered.
    fault = {"kind": "status", "status": 429, "operation": "room_id", "retry_after": 2}
    assert raw_http(port, "POST", "/__fake__/faults", fault)[0] == 201
    status, headers, body = raw_http(port, "GET", "/webcast/room_id?uniqueId=someone", key=FULL_KEY)
    assert (status, headers["retry-after"], body["limit_label"]) == (429, "2", "rate_limit_account_minute")
    assert raw_http(port, "GET", "/webcast/room_id?uniqueId=someone", key=FULL_KEY)[0] == 200
    # --creator NAME:offline, and a live creator taken offline over the admin API: room_info's data is null.
    status, _, body = raw_http(port, "GET", "/webcast/room_info?uniqueId=quiet_one", key=FULL_KEY)
    assert (status, body["data"]) == (200, None)
    assert raw_http(port, "GET", "/webcast/room_id?uniqueId=loud_one", key=FULL_KEY)[2]["is_live"] is True
    status, _, body = raw_http(port, "PATCH", "/__fake__/creators/loud_one", {"is_live": False})
    assert (status, body["is_live"]) == (200, False)
    assert raw_http(port, "GET", "/webcast/room_id?uniqueId=loud_one", key=FULL_KEY)[2]["is_live"] is False
    assert raw_http(port, "GET", "/webcast/room_info?uniqueId=loud_one", key=FULL_KEY)[2]["data"] is None
    # The recorded requests: every API call above, no admin call, no key.
    status, _, body = raw_http(port, "GET", "/__fake__/requests")
    recorded = body["requests"]
    assert status == 200
    assert [item["status"] for item in recorded] == [402, 402, 429, 200, 200, 200, 200, 200]
    assert all(item["headers"]["x-api-key"] == REDACTED for item in recorded)
    overview = json.dumps(raw_http(port, "GET", "/__fake__")[2])
    assert all(key not in overview for key in (BASIC_KEY, FULL_KEY, PUBLIC_KEY))


def test_a_reset_is_a_tcp_reset_and_a_stall_holds_the_answer() -> None:
    service = FakeEulerService()
    with service.serve() as base_url:
        port = httpx.URL(base_url).port or 80
        assert raw_http(port, "POST", "/__fake__/faults", {"kind": "reset", "operation": "room_id"})[0] == 201
        with pytest.raises(ConnectionResetError):
            raw_http(port, "GET", "/webcast/room_id?uniqueId=someone", key="k")
        assert raw_http(port, "POST", "/__fake__/faults", {"kind": "stall", "seconds": 0.3})[0] == 201
        started = time.perf_counter()
        assert raw_http(port, "GET", "/webcast/room_id?uniqueId=someone", key="k")[0] == 200
        assert time.perf_counter() - started >= 0.3
    assert [item.status for item in service.requests] == [None, 200]


@pytest.fixture
def admin() -> Iterator[tuple[FakeEulerService, httpx.Client]]:
    service = FakeEulerService(strict=True)
    with httpx.Client(transport=service.transport(), base_url="http://fake") as client:
        yield service, client


def test_the_admin_api_maps_onto_the_service(admin: tuple[FakeEulerService, httpx.Client]) -> None:
    service, client = admin
    added = client.post("/__fake__/keys", json={"key": "k1", "plan": "pro", "limits": {"minute": 2}})
    assert (added.status_code, added.json()["limits"]) == (201, {"minute": 2, "hour": 5000, "day": 50000})
    assert service.keys["k1"].plan == "Pro"
    assert client.post("/__fake__/keys/block", json={"key": "k1"}).status_code == 200
    assert service.keys["k1"].blocked is True
    assert client.post("/__fake__/keys/revoke", json={"key": "k1"}).status_code == 200
    assert "k1" not in service.keys
    created = client.post("/__fake__/creators", json={"unique_id": "@New_Star", "is_live": False, "title": "Soon"})
    assert (created.status_code, created.json()["unique_id"], created.json()["title"]) == (201, "new_star", "Soon")
    assert service.creator("new_star").is_live is False
    assert client.patch("/__fake__/creators/new_star", json={"is_live": True, "current_viewers": 9}).status_code == 200
    assert (service.creator("new_star").is_live, service.creator("new_star").current_viewers) == (True, 9)
    assert "new_star" in {item["unique_id"] for item in client.get("/__fake__/creators").json()["creators"]}
    assert client.post("/__fake__/latency", json={"seconds": 0.25, "operation": "room_info"}).status_code == 200
    assert service._delay(httpx.Request("GET", "http://fake/webcast/room_info")) == 0.25
    assert client.post("/__fake__/faults", json={"kind": "error-body", "status": 403}).status_code == 201
    assert client.post("/__fake__/reset").json() == {"ok": True}
    assert service._delay(httpx.Request("GET", "http://fake/webcast/room_info")) == 0.0
    assert service.requests == []  # admin calls are not recorded


def test_resetting_the_rate_limits_starts_every_window_afresh(admin: tuple[FakeEulerService, httpx.Client]) -> None:
    service, client = admin
    service.add_key("one-a-minute", limits=RateLimits(minute=1, hour=None, day=None))

    def room_id() -> int:
        answer = client.get("/webcast/room_id", params={"uniqueId": "someone"}, headers={"x-api-key": "one-a-minute"})
        return answer.status_code

    assert [room_id(), room_id()] == [200, 429]
    service.reset_rate_limits()
    assert [room_id(), room_id()] == [200, 429]
    assert client.delete("/__fake__/rate-limits").status_code == 200
    assert [room_id(), room_id()] == [200, 429]
    assert client.post("/__fake__/reset").status_code == 200
    assert room_id() == 200


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("GET", "/__fake__/nothing", None, 404),
        ("PUT", "/__fake__/faults", {}, 405),
        ("PATCH", "/__fake__/creators/ghost", {"is_live": False}, 404),
        ("PATCH", "/__fake__/creators/someone", {"is_live": "no"}, 400),
        ("PATCH", "/__fake__/creators/someone", {"room_id": "1"}, 400),
        ("POST", "/__fake__/creators", {"unique_id": "x", "colour": "red"}, 400),
        ("POST", "/__fake__/keys", {"key": "k", "plan": "Gold"}, 400),
        ("POST", "/__fake__/keys", {"plan": "Basic"}, 400),
        ("POST", "/__fake__/keys", {"key": "k", "limits": {"week": 3}}, 400),
        ("POST", "/__fake__/faults", {"kind": "meteor"}, 400),
        ("POST", "/__fake__/faults", {"status": 200}, 400),
        ("POST", "/__fake__/faults", {"status": 429, "style": "loud"}, 400),
        ("POST", "/__fake__/faults", {"status": 500, "times": 0}, 400),
        ("POST", "/__fake__/faults", {"status": 500, "layout": "round"}, 400),
        ("POST", "/__fake__/latency", {"seconds": -1}, 400),
        ("POST", "/__fake__/latency", {}, 400),
    ],
)
def test_the_admin_api_refuses_what_it_cannot_do(
    admin: tuple[FakeEulerService, httpx.Client], method: str, path: str, body: Any, status: int
) -> None:
    _, client = admin
    response = client.request(method, path, json=body)
    assert response.status_code == status
    assert isinstance(response.json()["error"], str)
    assert client.post("/__fake__/keys", content=b"{not json").status_code == 400


def test_transport_faults_queued_over_the_admin_api(admin: tuple[FakeEulerService, httpx.Client]) -> None:
    service, client = admin
    service.add_key("k")
    client.post("/__fake__/faults", json={"kind": "reset", "operation": "room_id"})
    with pytest.raises(httpx.ReadError):
        client.get("/webcast/room_id", params={"uniqueId": "someone"}, headers={"x-api-key": "k"})
    client.post("/__fake__/faults", json={"kind": "status", "status": 503, "times": 2})
    client.delete("/__fake__/faults")
    assert client.get("/webcast/room_id", params={"uniqueId": "someone"}, headers={"x-api-key": "k"}).status_code == 200
    recorded = client.get("/__fake__/requests", params={"operation": "room_id"}).json()["requests"]
    assert [item["status"] for item in recorded] == [None, 200]
    assert client.delete("/__fake__/requests").status_code == 200
    assert service.requests == []


def test_no_api_path_is_under_the_admin_prefix() -> None:
    # The SDK only calls the paths of the two documents: none of them can reach the admin API by accident.
    paths = [operation.path for operation in (*OPERATIONS.values(), *REST_OPERATIONS.values())]
    assert paths
    assert not [path for path in paths if path.lower().startswith("/__fake__")]


def test_serve_fake_options_are_parsed() -> None:
    assert key_option("abc") == ("abc", "Enterprise")
    assert key_option("abc:basic") == ("abc", "Basic")
    assert key_option("a:b:Pro") == ("a:b", "Pro")
    assert creator_option("@Someone:offline") == ("Someone", False)
    assert creator_option("new_star") == ("new_star", True)
    for bad in ("abc:Gold", ":Pro"):
        with pytest.raises(ValueError, match="--key"):
            key_option(bad)
    for bad in ("x:asleep", ":offline"):
        with pytest.raises(ValueError, match="--creator"):
            creator_option(bad)


def test_serve_fake_refuses_a_bad_option_before_listening() -> None:
    done = subprocess.run(
        [str(EXECUTABLE), "serve-fake", "--port", "0", "--key", "k:Gold"], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 2
    assert "name a plan" in done.stderr
