from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.earnings_period import EarningsPeriod
from ...models.error_response import ErrorResponse
from ...models.user_earnings_response import UserEarningsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    unique_id: str,
    session_id: str,
    tt_target_idc: str,
    period: EarningsPeriod | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["unique_id"] = unique_id

    params["session_id"] = session_id

    params["tt_target_idc"] = tt_target_idc

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period

    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webcast/user_earnings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserEarningsResponse | None:
    if response.status_code == 200:
        response_200 = UserEarningsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | UserEarningsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    unique_id: str,
    session_id: str,
    tt_target_idc: str,
    period: EarningsPeriod | Unset = UNSET,
) -> Response[ErrorResponse | UserEarningsResponse]:
    """Read a creator's live earnings

     Premium Route - Retrieve TikTok LIVE earnings for a specific user.

    Args:
        unique_id (str):
        session_id (str):
        tt_target_idc (str):
        period (EarningsPeriod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserEarningsResponse]
    """

    kwargs = _get_kwargs(
        unique_id=unique_id,
        session_id=session_id,
        tt_target_idc=tt_target_idc,
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    unique_id: str,
    session_id: str,
    tt_target_idc: str,
    period: EarningsPeriod | Unset = UNSET,
) -> ErrorResponse | UserEarningsResponse | None:
    """Read a creator's live earnings

     Premium Route - Retrieve TikTok LIVE earnings for a specific user.

    Args:
        unique_id (str):
        session_id (str):
        tt_target_idc (str):
        period (EarningsPeriod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserEarningsResponse
    """

    return sync_detailed(
        client=client,
        unique_id=unique_id,
        session_id=session_id,
        tt_target_idc=tt_target_idc,
        period=period,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    unique_id: str,
    session_id: str,
    tt_target_idc: str,
    period: EarningsPeriod | Unset = UNSET,
) -> Response[ErrorResponse | UserEarningsResponse]:
    """Read a creator's live earnings

     Premium Route - Retrieve TikTok LIVE earnings for a specific user.

    Args:
        unique_id (str):
        session_id (str):
        tt_target_idc (str):
        period (EarningsPeriod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserEarningsResponse]
    """

    kwargs = _get_kwargs(
        unique_id=unique_id,
        session_id=session_id,
        tt_target_idc=tt_target_idc,
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    unique_id: str,
    session_id: str,
    tt_target_idc: str,
    period: EarningsPeriod | Unset = UNSET,
) -> ErrorResponse | UserEarningsResponse | None:
    """Read a creator's live earnings

     Premium Route - Retrieve TikTok LIVE earnings for a specific user.

    Args:
        unique_id (str):
        session_id (str):
        tt_target_idc (str):
        period (EarningsPeriod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserEarningsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            unique_id=unique_id,
            session_id=session_id,
            tt_target_idc=tt_target_idc,
            period=period,
        )
    ).parsed
