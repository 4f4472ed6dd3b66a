from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.webcast_gift_response import WebcastGiftResponse
from ...types import Response


def _get_kwargs(
    gift_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webcast/gifts/catalog/{gift_id}".format(
            gift_id=quote(str(gift_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WebcastGiftResponse | None:
    if response.status_code == 200:
        response_200 = WebcastGiftResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WebcastGiftResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    gift_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | WebcastGiftResponse]:
    """Read a gift from the gift catalog

     Retrieve a single TikTok LIVE gift by its numeric gift ID.

    This is a special route, it does NOT fetch data live, and therefore does not count to your
    hourly/daily rate limits.

    Args:
        gift_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebcastGiftResponse]
    """

    kwargs = _get_kwargs(
        gift_id=gift_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    gift_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | WebcastGiftResponse | None:
    """Read a gift from the gift catalog

     Retrieve a single TikTok LIVE gift by its numeric gift ID.

    This is a special route, it does NOT fetch data live, and therefore does not count to your
    hourly/daily rate limits.

    Args:
        gift_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebcastGiftResponse
    """

    return sync_detailed(
        gift_id=gift_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    gift_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | WebcastGiftResponse]:
    """Read a gift from the gift catalog

     Retrieve a single TikTok LIVE gift by its numeric gift ID.

    This is a special route, it does NOT fetch data live, and therefore does not count to your
    hourly/daily rate limits.

    Args:
        gift_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebcastGiftResponse]
    """

    kwargs = _get_kwargs(
        gift_id=gift_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    gift_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | WebcastGiftResponse | None:
    """Read a gift from the gift catalog

     Retrieve a single TikTok LIVE gift by its numeric gift ID.

    This is a special route, it does NOT fetch data live, and therefore does not count to your
    hourly/daily rate limits.

    Args:
        gift_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebcastGiftResponse
    """

    return (
        await asyncio_detailed(
            gift_id=gift_id,
            client=client,
        )
    ).parsed
