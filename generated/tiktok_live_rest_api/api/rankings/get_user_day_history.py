import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.available_webcast_rank_name import (
    AvailableWebcastRankName,
)
from ...models.error_response import ErrorResponse
from ...models.user_day_history_response import UserDayHistoryResponse
from ...types import Response


def _get_kwargs(
    region: str,
    rank_name: AvailableWebcastRankName,
    numeric_id: str,
    date: datetime.datetime,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webcast/rankings/catalog/leaderboards/{region}/{rank_name}/anchors/{numeric_id}/history/{date}".format(
            region=quote(str(region), safe=""),
            rank_name=quote(str(rank_name), safe=""),
            numeric_id=quote(str(numeric_id), safe=""),
            date=quote(str(date), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserDayHistoryResponse | None:
    if response.status_code == 200:
        response_200 = UserDayHistoryResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | UserDayHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    region: str,
    rank_name: AvailableWebcastRankName,
    numeric_id: str,
    date: datetime.datetime,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | UserDayHistoryResponse]:
    """Get user day history

     Retrieve every intraday datapoint recorded for a creator on a given board
    for a single UTC date, oldest first. Consecutive points carry the day's
    cumulative score as it grew — the deltas between them are the creator's
    per-interval earnings (e.g. for an earnings-per-hour view).

    Requests to catalogue endpoints do NOT count towards normal API limits.

    Args:
        region (str):
        rank_name (AvailableWebcastRankName):
        numeric_id (str):
        date (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserDayHistoryResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        rank_name=rank_name,
        numeric_id=numeric_id,
        date=date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    region: str,
    rank_name: AvailableWebcastRankName,
    numeric_id: str,
    date: datetime.datetime,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | UserDayHistoryResponse | None:
    """Get user day history

     Retrieve every intraday datapoint recorded for a creator on a given board
    for a single UTC date, oldest first. Consecutive points carry the day's
    cumulative score as it grew — the deltas between them are the creator's
    per-interval earnings (e.g. for an earnings-per-hour view).

    Requests to catalogue endpoints do NOT count towards normal API limits.

    Args:
        region (str):
        rank_name (AvailableWebcastRankName):
        numeric_id (str):
        date (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserDayHistoryResponse
    """

    return sync_detailed(
        region=region,
        rank_name=rank_name,
        numeric_id=numeric_id,
        date=date,
        client=client,
    ).parsed


async def asyncio_detailed(
    region: str,
    rank_name: AvailableWebcastRankName,
    numeric_id: str,
    date: datetime.datetime,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | UserDayHistoryResponse]:
    """Get user day history

     Retrieve every intraday datapoint recorded for a creator on a given board
    for a single UTC date, oldest first. Consecutive points carry the day's
    cumulative score as it grew — the deltas between them are the creator's
    per-interval earnings (e.g. for an earnings-per-hour view).

    Requests to catalogue endpoints do NOT count towards normal API limits.

    Args:
        region (str):
        rank_name (AvailableWebcastRankName):
        numeric_id (str):
        date (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserDayHistoryResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        rank_name=rank_name,
        numeric_id=numeric_id,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    region: str,
    rank_name: AvailableWebcastRankName,
    numeric_id: str,
    date: datetime.datetime,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | UserDayHistoryResponse | None:
    """Get user day history

     Retrieve every intraday datapoint recorded for a creator on a given board
    for a single UTC date, oldest first. Consecutive points carry the day's
    cumulative score as it grew — the deltas between them are the creator's
    per-interval earnings (e.g. for an earnings-per-hour view).

    Requests to catalogue endpoints do NOT count towards normal API limits.

    Args:
        region (str):
        rank_name (AvailableWebcastRankName):
        numeric_id (str):
        date (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserDayHistoryResponse
    """

    return (
        await asyncio_detailed(
            region=region,
            rank_name=rank_name,
            numeric_id=numeric_id,
            date=date,
            client=client,
        )
    ).parsed
