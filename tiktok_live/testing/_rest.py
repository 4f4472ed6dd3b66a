"""The REST layout's seed operations, read as the flat requests the fake's hand-written handlers answer.

`GET /webcast/anchors/{creator_id}/room_id?creator_id_type=unique_id` is `GET /webcast/room_id?uniqueId=...`,
`POST /webcast/rooms/{room_id}/chat` with an `x-cookie-header` is `POST /webcast/chat` with `sessionId` and
`ttTargetIdc` in the body, and so on, so one handler (and one state) serves both layouts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

from ._data import Creator
from ._problem import _Problem
from ._spec import Operation

__all__ = ["SESSION_HEADERS", "flat_request", "tiktok_session"]

SESSION_HEADERS = ("x-cookie-header", "x-oauth-token")
"""The REST layout's TikTok credentials: a Cookie header (`sessionid=...; tt-target-idc=...`) or an OAuth token."""

_OAUTH_SESSION = "oauth-session"  # what an OAuth token stands for: a session the service resolves itself
_PASSED_ON = ("client", "cursor", "user_agent", "client_enter", "platform")


def tiktok_session(request: httpx.Request) -> tuple[str | None, str | None]:
    """(session id, tt-target-idc) from `x-cookie-header`, or from `x-oauth-token` (a session the service holds).
    The values are secrets: no message built here quotes them."""
    cookie = request.headers.get("x-cookie-header", "")
    if cookie.strip():
        values: dict[str, str] = {}
        for part in cookie.split(";"):
            name, _, value = part.partition("=")
            values[name.strip().lower()] = value.strip()
        session = values.get("sessionid") or None
        if session is None:
            raise _Problem(
                400, "The x-cookie-header header has no sessionid cookie; send sessionid=...; tt-target-idc=..."
            )
        return session, values.get("tt-target-idc")
    if request.headers.get("x-oauth-token", "").strip():
        return _OAUTH_SESSION, None
    return None, None


def flat_request(
    operation: Operation,
    request: httpx.Request,
    path_params: dict[str, str],
    query: dict[str, str],
    creators: Mapping[str, Creator],
) -> tuple[httpx.Request, dict[str, str]]:
    """The flat request a REST seed operation stands for, and its query (`creators`: the service's, by unique
    id, to read numeric user ids and `targetUniqueId`)."""
    operation_id = operation.operation_id
    if operation_id in ("RetrieveRoomId", "RetrieveRoomInfo"):
        creator_id = path_params.get("creator_id", "")
        if query.get("creator_id_type") == "numeric_id":
            creator_id = _by_numeric_id(creators, creator_id).unique_id
        return request, {"uniqueId": creator_id}
    if operation_id == "RetrieveRoomCover":
        return request, {"uniqueId": path_params.get("unique_id", "")}
    if operation_id in ("FetchWebcastURL", "FetchWebcastUrlByUniqueId"):
        tiktok_session(request)  # a malformed cookie is a 400 here too
        passed = {name: query[name] for name in _PASSED_ON if name in query}
        if "room_id" in path_params:
            return request, {**passed, "room_id": path_params["room_id"]}
        return request, {**passed, "unique_id": path_params.get("unique_id", "")}
    if operation_id == "SendRoomChat":
        return _with_json(request, _chat_body(request, path_params, creators)), query
    return request, query


def _by_numeric_id(creators: Mapping[str, Creator], numeric_id: str) -> Creator:
    for creator in creators.values():
        if creator.numeric_uid == numeric_id.strip():
            return creator
    raise _Problem(404, "There is no TikTok user with that numeric id.")


def _chat_body(request: httpx.Request, path_params: dict[str, str], creators: Mapping[str, Creator]) -> dict[str, Any]:
    try:
        body = json.loads(request.content) if request.content.strip() else None
    except ValueError:
        raise _Problem(400, "The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise _Problem(400, "The request body must be a JSON object with the content field.")
    session, target_idc = tiktok_session(request)
    if session is None:
        raise _Problem(
            400,
            "Sending chat needs a logged-in TikTok session: send the x-cookie-header header "
            "(sessionid=...; tt-target-idc=...) or an x-oauth-token.",
        )
    room_id = path_params.get("room_id", "")
    if room_id.strip() == "0":  # the room is named in the body instead
        target_room, target_user = body.get("targetRoomId"), body.get("targetUniqueId")
        if isinstance(target_room, str) and target_room.strip():
            room_id = target_room
        elif isinstance(target_user, str) and target_user.strip():
            creator = creators.get(target_user.strip().lstrip("@").lower())
            if creator is None:
                raise _Problem(404, "The TikTok user named in targetUniqueId does not exist or has no LIVE room.")
            room_id = creator.room_id
    flat: dict[str, Any] = {
        "content": body.get("content"),
        "sessionId": session,
        "ttTargetIdc": target_idc or "",
        "roomId": room_id,
    }
    return flat


def _with_json(request: httpx.Request, body: dict[str, Any]) -> httpx.Request:
    headers = {
        name: value for name, value in request.headers.items() if name.lower() not in ("content-length", "content-type")
    }
    return httpx.Request(request.method, request.url, headers=headers, json=body)
