"""The REST layout's seed operations, read as the flat requests the fake's hand-written handlers answer.

`GET /webcast/anchors/{creator_id}/room_id?creator_id_type=unique_id` is `GET /webcast/room_id?uniqueId=...`,
`POST /webcast/rooms/{room_id}/chat` with an `x-cookie-header` is `POST /webcast/chat` with `sessionId` and
`ttTargetIdc` in the body, and so on, so one handler (and one state) serves both layouts.

Which REST argument fills which flat one is the catalog's (spec/overrides.yaml `rest_operations`, as the clients
read it): each argument of the REST operation, read from where the REST document puts it, fills the argument of
the same name of the flat operation serving the same method, where the flat document puts it; the TikTok session
of `x-cookie-header` (or `x-oauth-token`) fills the arguments the header is built from. tests/test_client_rest.py
pins the REST wire format apart from the catalog. Only behaviour is written here: a creator named by numeric id,
and a chat that needs a session and may name its room in the body.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._data import Creator
from ._problem import _Problem
from ._spec import Operation, catalog_operation, flat_twin

if TYPE_CHECKING:
    from .._operations import Operation as CatalogOperation

__all__ = ["flat_request", "tiktok_session"]

_OAUTH_SESSION = "oauth-session"  # what an OAuth token stands for: a session the service resolves itself


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


_UNDERIVED: dict[str, Callable[[httpx.Request], tuple[str | None, ...]]] = {"tiktok_cookie": tiktok_session}
"""For each way a REST argument is built from the client method's (`tiktok_live._operations._DERIVERS`), how the
fake reads those back from the request."""


def flat_request(
    operation: Operation,
    request: httpx.Request,
    path_params: dict[str, str],
    query: dict[str, str],
    creators: Mapping[str, Creator],
) -> tuple[httpx.Request, dict[str, str]]:
    """The flat request a REST seed operation stands for, and its query (`creators`: the service's, by unique
    id, to read numeric user ids and `targetUniqueId`)."""
    described = catalog_operation(operation.layout, operation.operation_id)
    flat = None if described is None else flat_twin(described)
    if described is None or flat is None:
        return request, query
    arguments = _arguments(described, request, path_params, query)
    behaviour = _BEHAVIOUR.get(described.name)
    if behaviour is not None:
        behaviour(arguments, creators)
    flat_query: dict[str, str] = {}
    body: dict[str, Any] = {}
    for param in flat.params:
        value = arguments.get(param.name)
        if value is None:
            continue
        if param.location == "body":
            body[param.wire] = value
        else:  # the flat seed operations take the rest in the query
            flat_query[param.wire] = str(value)
    if any(param.location == "body" for param in flat.params):
        request = _with_json(request, body)
    return request, flat_query


def _arguments(
    operation: CatalogOperation[Any], request: httpx.Request, path_params: dict[str, str], query: dict[str, str]
) -> dict[str, Any]:
    """The REST request's arguments, by the client method's names (None: not sent)."""
    body = _json_object(request) if any(param.location == "body" for param in operation.params) else {}
    arguments: dict[str, Any] = {}
    for param in operation.params:
        underived = _UNDERIVED.get(param.derive)
        if underived is not None:
            arguments.update(zip(param.sources, underived(request), strict=True))
        elif param.location == "path":
            arguments[param.name] = path_params.get(param.wire)
        elif param.location == "query":
            arguments[param.name] = query.get(param.wire)
        elif param.location == "header":
            arguments[param.name] = request.headers.get(param.wire)
        else:
            arguments[param.name] = body.get(param.wire)
    return arguments


def _json_object(request: httpx.Request) -> dict[str, Any]:
    try:
        body = json.loads(request.content) if request.content.strip() else {}
    except ValueError:
        raise _Problem(400, "The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise _Problem(400, "The request body must be a JSON object.")
    return body


def _creator_by_numeric_id(arguments: dict[str, Any], creators: Mapping[str, Creator]) -> None:
    """`creator_id_type=numeric_id`: the creator is named by numeric user id instead of handle."""
    if arguments.get("creator_id_type") == "numeric_id":
        arguments["unique_id"] = _by_numeric_id(creators, arguments.get("unique_id") or "").unique_id


def _by_numeric_id(creators: Mapping[str, Creator], numeric_id: str) -> Creator:
    for creator in creators.values():
        if creator.numeric_uid == numeric_id.strip():
            return creator
    raise _Problem(404, "There is no TikTok user with that numeric id.")


def _chat(arguments: dict[str, Any], creators: Mapping[str, Creator]) -> None:
    """A chat needs a session; room 0 means the room is named in the body instead."""
    if arguments.get("session_id") is None:
        raise _Problem(
            400,
            "Sending chat needs a logged-in TikTok session: send the x-cookie-header header "
            "(sessionid=...; tt-target-idc=...) or an x-oauth-token.",
        )
    arguments["tt_target_idc"] = arguments.get("tt_target_idc") or ""
    if str(arguments.get("room_id") or "").strip() == "0":
        target_room, target_user = arguments.get("target_room_id"), arguments.get("target_unique_id")
        if isinstance(target_room, str) and target_room.strip():
            arguments["room_id"] = target_room
        elif isinstance(target_user, str) and target_user.strip():
            creator = creators.get(target_user.strip().lstrip("@").lower())
            if creator is None:
                raise _Problem(404, "The TikTok user named in targetUniqueId does not exist or has no LIVE room.")
            arguments["room_id"] = creator.room_id


_BEHAVIOUR: dict[str, Callable[[dict[str, Any], Mapping[str, Creator]], None]] = {
    "room_id": _creator_by_numeric_id,
    "room_info": _creator_by_numeric_id,
    "send_chat": _chat,
}
"""What a REST seed operation does beyond its arguments' mapping, by client method."""


def _with_json(request: httpx.Request, body: dict[str, Any]) -> httpx.Request:
    headers = {
        name: value for name, value in request.headers.items() if name.lower() not in ("content-length", "content-type")
    }
    return httpx.Request(request.method, request.url, headers=headers, json=body)
