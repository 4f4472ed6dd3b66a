"""The downstream library: `Watcher` checks creators and lists alerts through every layer of tiktok-live."""

from __future__ import annotations

from typing import Any

import httpx

from tiktok_live import AsyncTikTokLiveClient, RawResponse
from tiktok_live_api.api.webcast import retrieve_room_id

USER_AGENT = "creator-watcher/1.0"


class Watcher:
    def __init__(self, http: httpx.AsyncClient, *, api_key: str, base_url: str) -> None:
        self.client = AsyncTikTokLiveClient(api_key=api_key, base_url=base_url, http_client=http, max_retries=0)

    async def room_id(self, name: str) -> Any:
        return (await self.client.room_id(name)).room_id

    async def raw_room_id(self, name: str) -> RawResponse[Any]:
        return await self.client.with_raw_response.room_id(name)

    async def generated_room_id(self, name: str) -> Any:
        answer = await retrieve_room_id.asyncio(client=self.client.generated, unique_id=name)
        return answer.room_id if answer is not None else None

    async def alert_ids(self, account_id: int) -> list[int]:
        return [alert.id async for alert in self.client.alerts.list(account_id)]

    async def account_id(self) -> int:
        return int((await self.client.accounts.me()).account.id)
