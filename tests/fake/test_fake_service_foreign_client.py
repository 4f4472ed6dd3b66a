"""A community client, written from the seed API doc alone, works against the fake over real HTTP.

It does what TikTok LIVE libraries do: read SIGN_API_URL / SIGN_API_KEY, resolve the creator's room id,
fetch the webcast data (protobuf, decoded here with the protobuf library) and build and sign the WebSocket
URL from it. Nothing in this file uses tiktok_live's own client code.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from urllib.parse import urlencode

import httpx
import pytest

from tiktok_live.testing import REDACTED, FakeEulerService, fetch_result_class


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeEulerService]:
    service = FakeEulerService()
    with service.serve() as base_url:
        monkeypatch.setenv("SIGN_API_URL", base_url)
        monkeypatch.setenv("SIGN_API_KEY", "community-key")
        yield service


def community_http() -> httpx.Client:
    return httpx.Client(base_url=os.environ["SIGN_API_URL"], timeout=5.0)


def test_community_client_resolves_fetches_and_signs_over_http(served: FakeEulerService) -> None:
    key = os.environ["SIGN_API_KEY"]
    with community_http() as http:
        # 1. Room id, with the key in the apiKey query parameter (as older clients do).
        room = http.get("/webcast/room_id", params={"uniqueId": "someone", "apiKey": key})
        assert room.status_code == 200
        room_id = room.json()["room_id"]
        assert room.json()["is_live"] is True

        # 2. Webcast fetch, key in the header, the client name and cookies as community clients send them.
        fetch = http.get(
            "/webcast/fetch",
            params={
                "client": "ttlive-other",
                "room_id": room_id,
                "session_id": "community-session",
                "tt_target_idc": "useast5",
                "client_enter": "true",
            },
            headers={"x-api-key": key},
        )
        assert fetch.status_code == 200
        assert fetch.headers["content-type"] == "application/octet-stream"
        assert fetch.headers["x-room-id"] == room_id
        assert fetch.headers["x-request-id"]
        assert fetch.headers["x-agent-id"]
        assert fetch.headers["x-log-id"]
        cookie_names = [part.split("=", 1)[0] for part in fetch.headers["x-set-tt-cookie"].split("; ")]
        assert "ttwid" in cookie_names

        result = fetch_result_class().FromString(fetch.content)
        assert result.cursor.startswith("t-")
        assert result.push_server.startswith("wss://")
        assert result.fetch_interval > 0
        assert result.heartbeat_duration > 0
        assert result.internal_ext
        assert dict(result.route_params_map)["wrss"]

        # 3. Build the WebSocket URL from the fetch result and sign it.
        ws_query = {
            **dict(result.route_params_map),
            "room_id": room_id,
            "cursor": result.cursor,
            "internal_ext": result.internal_ext,
        }
        ws_url = f"{result.push_server}?{urlencode(ws_query)}"
        # Signing wants an http(s) URL; the WebSocket one is signed in its https form.
        to_sign = "https" + ws_url.removeprefix("wss")
        signed = http.post(
            "/webcast/sign_url",
            params={"client": "ttlive-other"},
            json={"url": to_sign, "userAgent": "Mozilla/5.0 (community)", "ttwid": "extra-field"},
            headers={"x-api-key": key},
        )
        assert signed.status_code == 200
        answer = signed.json()["response"]
        signed_params = httpx.URL(answer["signedUrl"]).params
        assert signed_params["cursor"] == result.cursor
        assert {"msToken", "X-Bogus", "_signature"} <= set(signed_params.keys())
        assert answer["userAgent"] == "Mozilla/5.0 (community)"

    seen = served.requests
    assert [r.operation for r in seen] == ["room_id", "fetch", "sign_url"]
    assert seen[0].query["apiKey"] == REDACTED
    assert seen[1].query["session_id"] == REDACTED
    assert seen[1].headers["x-api-key"] == REDACTED
    assert "community-session" not in repr(seen)
    assert "community-key" not in repr(seen)


def test_community_client_sees_real_rate_limit_answers_over_http(served: FakeEulerService) -> None:
    served.fail_next("room_id", status=429, retry_after=2)
    with community_http() as http:
        limited = http.get("/webcast/room_id", params={"uniqueId": "someone"}, headers={"x-api-key": "k"})
        ok = http.get("/webcast/room_id", params={"uniqueId": "someone"}, headers={"x-api-key": "k"})
    assert limited.status_code == 429
    assert limited.json()["limit_label"] == "rate_limit_account_minute"
    for name in ("Retry-After", "RateLimit-Remaining", "RateLimit-Reset", "X-RateLimit-Reset"):
        assert name in limited.headers
    assert ok.status_code == 200


def test_anonymous_community_client_can_fetch_but_not_resolve(served: FakeEulerService) -> None:
    with community_http() as http:
        unauthorized = http.get("/webcast/room_id", params={"uniqueId": "someone"})
        fetch = http.get("/webcast/fetch", params={"room_id": served.creator("someone").room_id})
    assert unauthorized.status_code == 401
    assert unauthorized.json()["message"].startswith("/webcast/room_id needs an API key")
    assert fetch.status_code == 200
