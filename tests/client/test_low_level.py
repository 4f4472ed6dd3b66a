"""The generated layer alone: `low_level_client()` sends the key as the service expects, in either layout, and
`client.generated` works with a user's bare httpx client (no base URL) in both clients."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import tiktok_live_api
import tiktok_live_rest_api
from tiktok_live import AsyncTikTokLiveClient, TikTokLiveClient, low_level_client
from tiktok_live.testing import FakeEulerService
from tiktok_live_api.api.webcast import retrieve_room_id

KEY = "low-level-key-0123456789"


@pytest.mark.parametrize(("layout", "package"), [("flat", tiktok_live_api), ("rest", tiktok_live_rest_api)])
def test_low_level_client_sends_the_key_as_x_api_key(layout: str, package: object) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"code": 200})

    client = low_level_client(KEY, layout=layout, httpx_args={"transport": httpx.MockTransport(answer)})
    assert isinstance(client, package.AuthenticatedClient)  # type: ignore[attr-defined]
    with client:
        client.get_httpx_client().get("/anything")
    assert sent[0].headers["x-api-key"] == KEY
    assert "authorization" not in sent[0].headers
    assert sent[0].url.host == ("tiktok.eulerstream.com" if layout == "flat" else "api.eulerstream.com")


def test_generated_works_on_a_bare_user_client_sync_and_async() -> None:
    service = FakeEulerService()
    service.add_creator("someone")
    with service.serve() as base_url:
        with httpx.Client() as http, TikTokLiveClient(api_key=KEY, base_url=base_url, http_client=http) as client:
            answer = retrieve_room_id.sync(client=client.generated, unique_id="someone")
            assert answer is not None
            assert answer.room_id == client.room_id("someone").room_id

        async def main() -> None:
            async with httpx.AsyncClient() as http:
                client = AsyncTikTokLiveClient(api_key=KEY, base_url=base_url, http_client=http)
                answer = await retrieve_room_id.asyncio(client=client.generated, unique_id="someone")
                assert answer is not None
                assert answer.room_id

        asyncio.run(main())
    assert all(request.headers.get("x-api-key") == "<redacted>" for request in service.requests)  # the key was sent
