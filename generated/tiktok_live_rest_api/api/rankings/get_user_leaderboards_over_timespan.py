import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_leaderboards_response import UserLeaderboardsResponse
from ...types import UNSET, Response


def _get_kwargs(
    numeric_id: str,
    *,
    from_: datetime.datetime,
    to: datetime.datetime,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webcast/rankings/catalog/anchors/{numeric_id}/rank_names".format(
            numeric_id=quote(str(numeric_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserLeaderboardsResponse | None:
    if response.status_code == 200:
        response_200 = UserLeaderboardsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | UserLeaderboardsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    numeric_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime,
    to: datetime.datetime,
) -> Response[ErrorResponse | UserLeaderboardsResponse]:
    """List the leaderboards a creator appeared on over a period

     Discovery: The leaderboards a creator appears on within a UTC date range,
    returned as a map of region to rank_types.

    Rate limited to 30 requests/min. Does NOT count towards normal API limits.

    Args:
        numeric_id (str):
        from_ (datetime.datetime):
        to (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserLeaderboardsResponse]
    """

    kwargs = _get_kwargs(
        numeric_id=numeric_id,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    numeric_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime,
    to: datetime.datetime,
) -> ErrorResponse | UserLeaderboardsResponse | None:
    """List the leaderboards a creator appeared on over a period

     Discovery: The leaderboards a creator appears on within a UTC date range,
    returned as a map of region to rank_types.

    Rate limited to 30 requests/min. Does NOT count towards normal API limits.

    Args:
        numeric_id (str):
        from_ (datetime.datetime):
        to (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserLeaderboardsResponse
    """

    return sync_detailed(
        numeric_id=numeric_id,
        client=client,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    numeric_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime,
    to: datetime.datetime,
) -> Response[ErrorResponse | UserLeaderboardsResponse]:
    """List the leaderboards a creator appeared on over a period

     Discovery: The leaderboards a creator appears on within a UTC date range,
    returned as a map of region to rank_types.

    Rate limited to 30 requests/min. Does NOT count towards normal API limits.

    Args:
        numeric_id (str):
        from_ (datetime.datetime):
        to (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserLeaderboardsResponse]
    """

    kwargs = _get_kwargs(
        numeric_id=numeric_id,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    numeric_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime,
    to: datetime.datetime,
) -> ErrorResponse | UserLeaderboardsResponse | None:
    """List the leaderboards a creator appeared on over a period

     Discovery: The leaderboards a creator appears on within a UTC date range,
    returned as a map of region to rank_types.

    Rate limited to 30 requests/min. Does NOT count towards normal API limits.

    Args:
        numeric_id (str):
        from_ (datetime.datetime):
        to (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserLeaderboardsResponse
    """

    return (
        await asyncio_detailed(
            numeric_id=numeric_id,
            client=client,
            from_=from_,
            to=to,
        )
    ).parsed
