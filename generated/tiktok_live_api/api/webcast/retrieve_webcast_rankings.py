from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.feed_region import FeedRegion
from ...models.rankings_response import RankingsResponse
from ...models.retrieve_webcast_rankings_rank_type import (
    RetrieveWebcastRankingsRankType,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    region: FeedRegion,
    session_id: str,
    tt_target_idc: str,
    rank_type: RetrieveWebcastRankingsRankType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_region: str = region
    params["region"] = json_region

    params["session_id"] = session_id

    params["tt_target_idc"] = tt_target_idc

    json_rank_type: str = rank_type
    params["rank_type"] = json_rank_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webcast/rankings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RankingsResponse | None:
    if response.status_code == 200:
        response_200 = RankingsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RankingsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    region: FeedRegion,
    session_id: str,
    tt_target_idc: str,
    rank_type: RetrieveWebcastRankingsRankType,
) -> Response[ErrorResponse | RankingsResponse]:
    """Read the live rankings of a region

     Premium Route - Retrieve TikTok LIVE rankings for a specific region.

    Args:
        region (FeedRegion):
        session_id (str):
        tt_target_idc (str):
        rank_type (RetrieveWebcastRankingsRankType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RankingsResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        session_id=session_id,
        tt_target_idc=tt_target_idc,
        rank_type=rank_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    region: FeedRegion,
    session_id: str,
    tt_target_idc: str,
    rank_type: RetrieveWebcastRankingsRankType,
) -> ErrorResponse | RankingsResponse | None:
    """Read the live rankings of a region

     Premium Route - Retrieve TikTok LIVE rankings for a specific region.

    Args:
        region (FeedRegion):
        session_id (str):
        tt_target_idc (str):
        rank_type (RetrieveWebcastRankingsRankType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RankingsResponse
    """

    return sync_detailed(
        client=client,
        region=region,
        session_id=session_id,
        tt_target_idc=tt_target_idc,
        rank_type=rank_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: FeedRegion,
    session_id: str,
    tt_target_idc: str,
    rank_type: RetrieveWebcastRankingsRankType,
) -> Response[ErrorResponse | RankingsResponse]:
    """Read the live rankings of a region

     Premium Route - Retrieve TikTok LIVE rankings for a specific region.

    Args:
        region (FeedRegion):
        session_id (str):
        tt_target_idc (str):
        rank_type (RetrieveWebcastRankingsRankType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RankingsResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        session_id=session_id,
        tt_target_idc=tt_target_idc,
        rank_type=rank_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    region: FeedRegion,
    session_id: str,
    tt_target_idc: str,
    rank_type: RetrieveWebcastRankingsRankType,
) -> ErrorResponse | RankingsResponse | None:
    """Read the live rankings of a region

     Premium Route - Retrieve TikTok LIVE rankings for a specific region.

    Args:
        region (FeedRegion):
        session_id (str):
        tt_target_idc (str):
        rank_type (RetrieveWebcastRankingsRankType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RankingsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            session_id=session_id,
            tt_target_idc=tt_target_idc,
            rank_type=rank_type,
        )
    ).parsed
