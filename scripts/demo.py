"""An offline tour of the SDK: the generated layer answering through an in-process transport.

Nothing here touches the network: every request is answered by a small handler in this process.
"""

from __future__ import annotations

import json

import httpx

from tiktok_live_api import AuthenticatedClient
from tiktok_live_api.api.webcast import get_rate_limits, retrieve_room_id

ANSWERS = {
    "/webcast/room_id": {
        "code": 200,
        "ok": True,
        "routes_attempted": ["web"],
        "is_live": True,
        "room_id": "7321",
    },
    "/webcast/rate_limits": {
        "code": 200,
        "minute": {"max": 60, "remaining": 59, "reset_at": None},
        "load_shedding": {"at": 0.9, "chance": 0.0},
    },
}


def answer(request: httpx.Request) -> httpx.Response:
    query = request.url.query.decode()
    print(f"  -> {request.method} {request.url.path}{'?' + query if query else ''}")
    return httpx.Response(200, json=ANSWERS[request.url.path])


def main() -> None:
    client = AuthenticatedClient(
        base_url="https://tiktok.eulerstream.com",
        token="demo-key",
        auth_header_name="x-api-key",
        prefix="",
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    print("Resolve @someone to a room id (generated layer, in-process transport):")
    room = retrieve_room_id.sync(client=client, unique_id="someone")
    print(f"  room id {room.room_id}, live: {room.is_live}")
    print("Read the rate limits:")
    limits = get_rate_limits.sync(client=client)
    print(f"  {json.dumps(limits.to_dict()['minute'])}")


if __name__ == "__main__":
    main()
