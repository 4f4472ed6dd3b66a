"""The seed's eight methods against the fake in both API layouts, with the same assertions.

One FakeEulerService serves the flat paths (`/webcast/room_id?uniqueId=`) and the REST paths
(`/webcast/anchors/{creator_id}/room_id`) on one port from one state: switching `layout=` changes no user code
and no outcome. The last test runs a REST-layout client against `tiktok-live serve-fake`, a real process.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest

import tiktok_live
from tiktok_live import AsyncTikTokLiveClient, TikTokLiveClient
from tiktok_live.testing import REDACTED, FakeEulerService

from .._helpers import spawn

Layout = Literal["flat", "rest"]
LAYOUTS: tuple[Layout, ...] = ("flat", "rest")
BASE_URL = "https://fake-euler.invalid"
KEY = "layouts-test-key"
SESSION = "layouts-session-secret"
IDC = "useast5"


def _client(service: FakeEulerService, layout: Layout) -> TikTokLiveClient:
    http = httpx.Client(transport=service.transport())
    return TikTokLiveClient(api_key=KEY, base_url=BASE_URL, http_client=http, layout=layout, max_retries=0)


def _async_client(service: FakeEulerService, layout: Layout) -> AsyncTikTokLiveClient:
    http = httpx.AsyncClient(transport=service.async_transport())
    return AsyncTikTokLiveClient(api_key=KEY, base_url=BASE_URL, http_client=http, layout=layout, max_retries=0)


# -- the same assertions, whichever layout answered ------------------------------------------------------------


def _check_room_id(service: FakeEulerService, answer: Any) -> None:
    assert answer.room_id == service.creator("someone").room_id
    assert answer.is_live is True


def _check_room_info(service: FakeEulerService, answer: Any) -> None:
    creator = service.creator("someone")
    assert answer.data.room_info.id == creator.room_id
    assert answer.data.user.unique_id == "someone"


def _check_fetch(service: FakeEulerService, answer: Any) -> None:
    assert answer.room_id == service.creator("someone").room_id
    assert answer.set_tt_cookie
    assert "ttwid=" in answer.set_tt_cookie
    assert answer.request_id
    assert answer.agent_id == service.agent_id
    assert answer.envelope.cursor == service.fetch_results[-1].cursor


def _check_rate_limits(answer: Any) -> None:
    assert answer.minute.max_ > answer.minute.remaining >= 0


def _check_cover(service: FakeEulerService, answer: Any) -> None:
    assert answer.content_type.startswith("image/")
    assert answer.data == service.creator("someone").cover_image


def _check_chat(service: FakeEulerService, layout: Layout, answer: Any) -> None:
    chats = service.chat_messages
    assert [(chat.room_id, chat.content) for chat in chats] == [(service.creator("someone").room_id, "hi")]
    assert str(answer.data["data"]["msg_id"]) == str(chats[0].msg_id)
    sent = service.requests_for("send_chat")[-1]
    assert sent.layout == layout
    assert SESSION not in repr(sent)
    assert REDACTED in repr(sent)


def _check_signed(service: FakeEulerService, answer: Any) -> None:
    assert answer.signed_url.startswith("https://www.tiktok.com/@someone/live?")
    assert "X-Bogus=" in answer.signed_url
    assert service.signed_urls[-1].signed_url == answer.signed_url


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_seed_methods_give_the_same_answers_in_either_layout(layout: Layout) -> None:
    service = FakeEulerService()
    room_id = service.creator("someone").room_id
    with _client(service, layout) as client:
        _check_room_id(service, client.room_id("someone"))
        _check_room_info(service, client.room_info("someone"))
        _check_fetch(service, client.fetch_webcast_url(room_id))
        _check_fetch(service, client.fetch_webcast_url(unique_id="someone"))
        _check_rate_limits(client.rate_limits())
        _check_cover(service, client.room_cover("someone"))
        _check_chat(service, layout, client.send_chat(room_id, "hi", session_id=SESSION, tt_target_idc=IDC))
        _check_signed(service, client.sign_webcast_url("https://www.tiktok.com/@someone/live"))
        _check_room_video(service, layout, client)
    assert {request.layout for request in service.requests} == {layout}


def _check_room_video(service: FakeEulerService, layout: Layout, client: TikTokLiveClient) -> None:
    before = len(service.requests)
    if layout == "rest":
        with pytest.raises(tiktok_live.LayoutError, match="flat"):
            client.room_video("someone")
        assert len(service.requests) == before  # refused before any request
    else:
        assert client.room_video("someone").data


@pytest.mark.anyio
@pytest.mark.parametrize("layout", LAYOUTS)
async def test_the_async_seed_methods_give_the_same_answers_in_either_layout(layout: Layout) -> None:
    service = FakeEulerService()
    room_id = service.creator("someone").room_id
    async with _async_client(service, layout) as client:
        _check_room_id(service, await client.room_id("someone"))
        _check_room_info(service, await client.room_info("someone"))
        _check_fetch(service, await client.fetch_webcast_url(room_id))
        _check_fetch(service, await client.fetch_webcast_url(unique_id="someone"))
        _check_rate_limits(await client.rate_limits())
        _check_cover(service, await client.room_cover("someone"))
        _check_chat(service, layout, await client.send_chat(room_id, "hi", session_id=SESSION, tt_target_idc=IDC))
        _check_signed(service, await client.sign_webcast_url("https://www.tiktok.com/@someone/live"))
        before = len(service.requests)
        if layout == "rest":
            with pytest.raises(tiktok_live.LayoutError, match="flat"):
                await client.room_video("someone")
            assert len(service.requests) == before
        else:
            assert (await client.room_video("someone")).data
    assert {request.layout for request in service.requests} == {layout}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_errors_are_the_same_in_either_layout(layout: Layout) -> None:
    service = FakeEulerService()
    with _client(service, layout) as client:
        with pytest.raises(tiktok_live.NotFoundError):
            client.room_id("nobody_the_fake_knows")
        service.set_live("someone", False)
        assert client.room_id("someone").is_live is False
        with pytest.raises(tiktok_live.NotFoundError):
            client.fetch_webcast_url(unique_id="someone")


# -- one state behind both layouts ------------------------------------------------------------------------------


def test_both_layouts_share_one_state() -> None:
    service = FakeEulerService()
    room_id = service.creator("someone").room_id
    with _client(service, "flat") as flat, _client(service, "rest") as rest:
        service.set_live("someone", False)
        assert flat.room_id("someone").is_live is False
        assert rest.room_id("someone").is_live is False
        service.set_live("someone", True)
        assert rest.room_info("someone").data.room_info.is_live is True
        flat.send_chat(room_id, "from flat", session_id=SESSION, tt_target_idc=IDC)
        rest.send_chat(room_id, "from rest", session_id=SESSION, tt_target_idc=IDC)
        assert [chat.content for chat in service.chat_messages] == ["from flat", "from rest"]
        # One rate-limit budget per key across both layouts.
        assert flat.rate_limits().minute.remaining == rest.rate_limits().minute.remaining
        minute = rest.rate_limits().minute.remaining
        flat.room_id("someone")
        assert rest.rate_limits().minute.remaining == minute - 1


def test_a_fault_hits_one_layout_when_told_and_both_otherwise() -> None:
    service = FakeEulerService()
    with _client(service, "flat") as flat, _client(service, "rest") as rest:
        service.fail_next("room_id", 503, layout="rest")
        assert flat.room_id("someone").is_live is True
        with pytest.raises(tiktok_live.APIStatusError) as raised:
            rest.room_id("someone")
        assert raised.value.status_code == 503
        service.fail_next("RetrieveRoomId", 500, times=2)
        for client in (flat, rest):
            with pytest.raises(tiktok_live.APIStatusError):
                client.room_id("someone")
        with pytest.raises(ValueError, match="layout"):
            service.fail_next("room_id", layout="both")  # type: ignore[arg-type]
        # Latency for one layout's twin leaves the other one alone.
        service.set_latency(0.2, "room_id", layout="rest")
        assert service._delay(httpx.Request("GET", BASE_URL + "/webcast/anchors/someone/room_id")) == 0.2
        assert service._delay(httpx.Request("GET", BASE_URL + "/webcast/room_id")) == 0.0


def test_the_rest_session_header_is_a_secret() -> None:
    service = FakeEulerService()
    room = service.creator("someone").room_id
    cookie = f"sessionid={SESSION}; tt-target-idc={IDC}"
    with httpx.Client(transport=service.transport(), base_url=BASE_URL, headers={"x-api-key": KEY}) as http:
        ok = http.post(f"/webcast/rooms/{room}/chat", json={"content": "hi"}, headers={"x-cookie-header": cookie})
        assert ok.status_code == 200
        bad = http.post(
            f"/webcast/rooms/{room}/chat", json={"content": "hi"}, headers={"x-cookie-header": f"nosession={SESSION}"}
        )
        assert bad.status_code == 400
        assert SESSION not in bad.text
        oauth = http.post(f"/webcast/rooms/{room}/chat", json={"content": "hi"}, headers={"x-oauth-token": SESSION})
        assert oauth.status_code == 200
    for request in service.requests:
        assert SESSION not in repr(request)
        assert request.headers.get("x-cookie-header", REDACTED) == REDACTED
        assert request.headers.get("x-oauth-token", REDACTED) == REDACTED


# -- a real process --------------------------------------------------------------------------------------------


@pytest.fixture
def serve_fake() -> Iterator[str]:
    # --port 0: the system picks free ports (the live-events side takes another); the banner names the URL.
    process = spawn(
        [str(Path(sys.executable).with_name("tiktok-live")), "serve-fake", "--port", "0"], stderr=subprocess.DEVNULL
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert "listening on http://127.0.0.1:" in first, first
        yield first.rsplit(" ", 1)[1].strip()
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_a_rest_client_talks_to_serve_fake(serve_fake: str) -> None:
    with TikTokLiveClient(api_key=KEY, base_url=serve_fake, layout="rest") as client:
        room = client.room_id("someone")
        assert room.is_live is True
        assert room.room_id
        fetched = client.fetch_webcast_url(room.room_id)
        assert fetched.envelope.cursor
        assert fetched.set_tt_cookie
        assert "ttwid=" in fetched.set_tt_cookie
        assert fetched.room_id == room.room_id
        info = client.room_info("someone")
        assert info.data.room_info.id == room.room_id


def test_rest_creator_ids_may_be_numeric_ids() -> None:
    service = FakeEulerService()
    creator = service.creator("someone")
    with httpx.Client(transport=service.transport(), base_url=BASE_URL, headers={"x-api-key": KEY}) as http:
        by_number = http.get(
            f"/webcast/anchors/{creator.numeric_uid}/room_id", params={"creator_id_type": "numeric_id"}
        )
        info = http.get(f"/webcast/anchors/{creator.numeric_uid}/room_info", params={"creator_id_type": "numeric_id"})
        unknown = http.get("/webcast/anchors/1/room_info", params={"creator_id_type": "numeric_id"})
    assert by_number.status_code == 200
    assert by_number.json()["room_id"] == creator.room_id
    assert (info.status_code, info.json()["data"]["user"]["unique_id"]) == (200, "someone")
    assert unknown.status_code == 404
