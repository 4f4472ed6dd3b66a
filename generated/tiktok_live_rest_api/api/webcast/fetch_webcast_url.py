from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.webcast_fetch_platform import (
    WebcastFetchPlatform,
)
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    room_id: str,
    *,
    client_query: str | Unset = "ttlive-other",
    cursor: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    client_enter: bool | Unset = True,
    platform: WebcastFetchPlatform | Unset = UNSET,
    x_oauth_token: str | Unset = UNSET,
    x_cookie_header: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_oauth_token, Unset):
        headers["x-oauth-token"] = x_oauth_token

    if not isinstance(x_cookie_header, Unset):
        headers["x-cookie-header"] = x_cookie_header

    params: dict[str, Any] = {}

    params["client"] = client_query

    params["cursor"] = cursor

    params["user_agent"] = user_agent

    params["client_enter"] = client_enter

    json_platform: str | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webcast/rooms/{room_id}/connect".format(
            room_id=quote(str(room_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
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
    room_id: str,
    *,
    client: AuthenticatedClient,
    client_query: str | Unset = "ttlive-other",
    cursor: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    client_enter: bool | Unset = True,
    platform: WebcastFetchPlatform | Unset = UNSET,
    x_oauth_token: str | Unset = UNSET,
    x_cookie_header: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Fetch the webcast connection data of a room

     Fetch the WebSocket URL & first payload for a TikTok LIVE Room given a Room ID.

    **Authentication (Optional):** Anonymous access is supported. For authenticated requests, provide
    exactly one of the following headers:
    - `x-oauth-token`: An OAuth access token. The sessionId and ttTargetIdc are resolved from the stored
    OAuth session. [Read More](https://www.eulerstream.com/docs/oauth)
    - `x-cookie-header`: A cookie header string containing `sessionid` and `tt-target-idc` cookies from
    TikTok.

    Args:
        room_id (str):
        client_query (str | Unset):  Default: 'ttlive-other'.
        cursor (str | Unset):
        user_agent (str | Unset):
        client_enter (bool | Unset):  Default: True.
        platform (WebcastFetchPlatform | Unset): Transport for a webcast fetch, and this API's own
            query contract. The scrape server's `webcastFetch` route is web-only and carries no
            platform, so mobile is served by the mobile signing API (see `fetchWebcastMobileUrl`)
            instead.
        x_oauth_token (str | Unset):
        x_cookie_header (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        client_query=client_query,
        cursor=cursor,
        user_agent=user_agent,
        client_enter=client_enter,
        platform=platform,
        x_oauth_token=x_oauth_token,
        x_cookie_header=x_cookie_header,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    room_id: str,
    *,
    client: AuthenticatedClient,
    client_query: str | Unset = "ttlive-other",
    cursor: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    client_enter: bool | Unset = True,
    platform: WebcastFetchPlatform | Unset = UNSET,
    x_oauth_token: str | Unset = UNSET,
    x_cookie_header: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Fetch the webcast connection data of a room

     Fetch the WebSocket URL & first payload for a TikTok LIVE Room given a Room ID.

    **Authentication (Optional):** Anonymous access is supported. For authenticated requests, provide
    exactly one of the following headers:
    - `x-oauth-token`: An OAuth access token. The sessionId and ttTargetIdc are resolved from the stored
    OAuth session. [Read More](https://www.eulerstream.com/docs/oauth)
    - `x-cookie-header`: A cookie header string containing `sessionid` and `tt-target-idc` cookies from
    TikTok.

    Args:
        room_id (str):
        client_query (str | Unset):  Default: 'ttlive-other'.
        cursor (str | Unset):
        user_agent (str | Unset):
        client_enter (bool | Unset):  Default: True.
        platform (WebcastFetchPlatform | Unset): Transport for a webcast fetch, and this API's own
            query contract. The scrape server's `webcastFetch` route is web-only and carries no
            platform, so mobile is served by the mobile signing API (see `fetchWebcastMobileUrl`)
            instead.
        x_oauth_token (str | Unset):
        x_cookie_header (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        room_id=room_id,
        client=client,
        client_query=client_query,
        cursor=cursor,
        user_agent=user_agent,
        client_enter=client_enter,
        platform=platform,
        x_oauth_token=x_oauth_token,
        x_cookie_header=x_cookie_header,
    ).parsed


async def asyncio_detailed(
    room_id: str,
    *,
    client: AuthenticatedClient,
    client_query: str | Unset = "ttlive-other",
    cursor: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    client_enter: bool | Unset = True,
    platform: WebcastFetchPlatform | Unset = UNSET,
    x_oauth_token: str | Unset = UNSET,
    x_cookie_header: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Fetch the webcast connection data of a room

     Fetch the WebSocket URL & first payload for a TikTok LIVE Room given a Room ID.

    **Authentication (Optional):** Anonymous access is supported. For authenticated requests, provide
    exactly one of the following headers:
    - `x-oauth-token`: An OAuth access token. The sessionId and ttTargetIdc are resolved from the stored
    OAuth session. [Read More](https://www.eulerstream.com/docs/oauth)
    - `x-cookie-header`: A cookie header string containing `sessionid` and `tt-target-idc` cookies from
    TikTok.

    Args:
        room_id (str):
        client_query (str | Unset):  Default: 'ttlive-other'.
        cursor (str | Unset):
        user_agent (str | Unset):
        client_enter (bool | Unset):  Default: True.
        platform (WebcastFetchPlatform | Unset): Transport for a webcast fetch, and this API's own
            query contract. The scrape server's `webcastFetch` route is web-only and carries no
            platform, so mobile is served by the mobile signing API (see `fetchWebcastMobileUrl`)
            instead.
        x_oauth_token (str | Unset):
        x_cookie_header (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        client_query=client_query,
        cursor=cursor,
        user_agent=user_agent,
        client_enter=client_enter,
        platform=platform,
        x_oauth_token=x_oauth_token,
        x_cookie_header=x_cookie_header,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    room_id: str,
    *,
    client: AuthenticatedClient,
    client_query: str | Unset = "ttlive-other",
    cursor: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    client_enter: bool | Unset = True,
    platform: WebcastFetchPlatform | Unset = UNSET,
    x_oauth_token: str | Unset = UNSET,
    x_cookie_header: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Fetch the webcast connection data of a room

     Fetch the WebSocket URL & first payload for a TikTok LIVE Room given a Room ID.

    **Authentication (Optional):** Anonymous access is supported. For authenticated requests, provide
    exactly one of the following headers:
    - `x-oauth-token`: An OAuth access token. The sessionId and ttTargetIdc are resolved from the stored
    OAuth session. [Read More](https://www.eulerstream.com/docs/oauth)
    - `x-cookie-header`: A cookie header string containing `sessionid` and `tt-target-idc` cookies from
    TikTok.

    Args:
        room_id (str):
        client_query (str | Unset):  Default: 'ttlive-other'.
        cursor (str | Unset):
        user_agent (str | Unset):
        client_enter (bool | Unset):  Default: True.
        platform (WebcastFetchPlatform | Unset): Transport for a webcast fetch, and this API's own
            query contract. The scrape server's `webcastFetch` route is web-only and carries no
            platform, so mobile is served by the mobile signing API (see `fetchWebcastMobileUrl`)
            instead.
        x_oauth_token (str | Unset):
        x_cookie_header (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            room_id=room_id,
            client=client,
            client_query=client_query,
            cursor=cursor,
            user_agent=user_agent,
            client_enter=client_enter,
            platform=platform,
            x_oauth_token=x_oauth_token,
            x_cookie_header=x_cookie_header,
        )
    ).parsed
