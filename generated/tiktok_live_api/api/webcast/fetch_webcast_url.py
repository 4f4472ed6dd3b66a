from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.proxy_region import ProxyRegion
from ...models.webcast_fetch_platform import (
    WebcastFetchPlatform,
)
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    client_query: str | Unset = "ttlive-other",
    room_id: str | Unset = UNSET,
    unique_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    tt_target_idc: str | Unset = UNSET,
    client_enter: bool | Unset = True,
    country: ProxyRegion | Unset = UNSET,
    platform: WebcastFetchPlatform | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client"] = client_query

    params["room_id"] = room_id

    params["unique_id"] = unique_id

    params["cursor"] = cursor

    params["session_id"] = session_id

    params["user_agent"] = user_agent

    params["tt_target_idc"] = tt_target_idc

    params["client_enter"] = client_enter

    json_country: str | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = country

    params["country"] = json_country

    json_platform: str | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webcast/fetch",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    client_query: str | Unset = "ttlive-other",
    room_id: str | Unset = UNSET,
    unique_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    tt_target_idc: str | Unset = UNSET,
    client_enter: bool | Unset = True,
    country: ProxyRegion | Unset = UNSET,
    platform: WebcastFetchPlatform | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Fetch the webcast connection data of a room

     Fetch the WebSocket URL & first payload for a TikTok LIVE Room given a Room ID. The body is TikTok's
    protobuf-encoded fetch result (`ProtoMessageFetchResult`); the cookie, room id and request metadata
    arrive in response headers.

    Args:
        client_query (str | Unset):  Default: 'ttlive-other'.
        room_id (str | Unset):
        unique_id (str | Unset):
        cursor (str | Unset):
        session_id (str | Unset):
        user_agent (str | Unset):
        tt_target_idc (str | Unset):
        client_enter (bool | Unset):  Default: True.
        country (ProxyRegion | Unset):
        platform (WebcastFetchPlatform | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        client_query=client_query,
        room_id=room_id,
        unique_id=unique_id,
        cursor=cursor,
        session_id=session_id,
        user_agent=user_agent,
        tt_target_idc=tt_target_idc,
        client_enter=client_enter,
        country=country,
        platform=platform,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    client_query: str | Unset = "ttlive-other",
    room_id: str | Unset = UNSET,
    unique_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    tt_target_idc: str | Unset = UNSET,
    client_enter: bool | Unset = True,
    country: ProxyRegion | Unset = UNSET,
    platform: WebcastFetchPlatform | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Fetch the webcast connection data of a room

     Fetch the WebSocket URL & first payload for a TikTok LIVE Room given a Room ID. The body is TikTok's
    protobuf-encoded fetch result (`ProtoMessageFetchResult`); the cookie, room id and request metadata
    arrive in response headers.

    Args:
        client_query (str | Unset):  Default: 'ttlive-other'.
        room_id (str | Unset):
        unique_id (str | Unset):
        cursor (str | Unset):
        session_id (str | Unset):
        user_agent (str | Unset):
        tt_target_idc (str | Unset):
        client_enter (bool | Unset):  Default: True.
        country (ProxyRegion | Unset):
        platform (WebcastFetchPlatform | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        client=client,
        client_query=client_query,
        room_id=room_id,
        unique_id=unique_id,
        cursor=cursor,
        session_id=session_id,
        user_agent=user_agent,
        tt_target_idc=tt_target_idc,
        client_enter=client_enter,
        country=country,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    client_query: str | Unset = "ttlive-other",
    room_id: str | Unset = UNSET,
    unique_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    tt_target_idc: str | Unset = UNSET,
    client_enter: bool | Unset = True,
    country: ProxyRegion | Unset = UNSET,
    platform: WebcastFetchPlatform | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Fetch the webcast connection data of a room

     Fetch the WebSocket URL & first payload for a TikTok LIVE Room given a Room ID. The body is TikTok's
    protobuf-encoded fetch result (`ProtoMessageFetchResult`); the cookie, room id and request metadata
    arrive in response headers.

    Args:
        client_query (str | Unset):  Default: 'ttlive-other'.
        room_id (str | Unset):
        unique_id (str | Unset):
        cursor (str | Unset):
        session_id (str | Unset):
        user_agent (str | Unset):
        tt_target_idc (str | Unset):
        client_enter (bool | Unset):  Default: True.
        country (ProxyRegion | Unset):
        platform (WebcastFetchPlatform | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        client_query=client_query,
        room_id=room_id,
        unique_id=unique_id,
        cursor=cursor,
        session_id=session_id,
        user_agent=user_agent,
        tt_target_idc=tt_target_idc,
        client_enter=client_enter,
        country=country,
        platform=platform,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    client_query: str | Unset = "ttlive-other",
    room_id: str | Unset = UNSET,
    unique_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    tt_target_idc: str | Unset = UNSET,
    client_enter: bool | Unset = True,
    country: ProxyRegion | Unset = UNSET,
    platform: WebcastFetchPlatform | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Fetch the webcast connection data of a room

     Fetch the WebSocket URL & first payload for a TikTok LIVE Room given a Room ID. The body is TikTok's
    protobuf-encoded fetch result (`ProtoMessageFetchResult`); the cookie, room id and request metadata
    arrive in response headers.

    Args:
        client_query (str | Unset):  Default: 'ttlive-other'.
        room_id (str | Unset):
        unique_id (str | Unset):
        cursor (str | Unset):
        session_id (str | Unset):
        user_agent (str | Unset):
        tt_target_idc (str | Unset):
        client_enter (bool | Unset):  Default: True.
        country (ProxyRegion | Unset):
        platform (WebcastFetchPlatform | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            client=client,
            client_query=client_query,
            room_id=room_id,
            unique_id=unique_id,
            cursor=cursor,
            session_id=session_id,
            user_agent=user_agent,
            tt_target_idc=tt_target_idc,
            client_enter=client_enter,
            country=country,
            platform=platform,
        )
    ).parsed
