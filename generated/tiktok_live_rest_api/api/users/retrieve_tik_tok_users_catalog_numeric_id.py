from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.retrieve_tik_tok_users_catalog_numeric_id_response import (
    RetrieveTikTokUsersCatalogNumericIdResponse,
)
from ...types import Response


def _get_kwargs(
    numeric_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tiktok/users/catalog/numeric_ids/{numeric_id}".format(
            numeric_id=quote(str(numeric_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RetrieveTikTokUsersCatalogNumericIdResponse | None:
    if response.status_code == 200:
        response_200 = RetrieveTikTokUsersCatalogNumericIdResponse.from_dict(
            response.json()
        )

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
) -> Response[ErrorResponse | RetrieveTikTokUsersCatalogNumericIdResponse]:
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
) -> Response[ErrorResponse | RetrieveTikTokUsersCatalogNumericIdResponse]:
    """Look a numeric user id up in the TikTok users catalog

     Look a numeric TikTok user ID up in the TikTok users catalog, from any record our pipelines have
    stored, however old.

    An ID the catalog has never seen answers 404; use the live user routes to resolve it from TikTok.

    This is a special route, it does NOT fetch data live, and therefore does not count to your
    hourly/daily rate limits.

    Args:
        numeric_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RetrieveTikTokUsersCatalogNumericIdResponse]
    """

    kwargs = _get_kwargs(
        numeric_id=numeric_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    numeric_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RetrieveTikTokUsersCatalogNumericIdResponse | None:
    """Look a numeric user id up in the TikTok users catalog

     Look a numeric TikTok user ID up in the TikTok users catalog, from any record our pipelines have
    stored, however old.

    An ID the catalog has never seen answers 404; use the live user routes to resolve it from TikTok.

    This is a special route, it does NOT fetch data live, and therefore does not count to your
    hourly/daily rate limits.

    Args:
        numeric_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RetrieveTikTokUsersCatalogNumericIdResponse
    """

    return sync_detailed(
        numeric_id=numeric_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    numeric_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RetrieveTikTokUsersCatalogNumericIdResponse]:
    """Look a numeric user id up in the TikTok users catalog

     Look a numeric TikTok user ID up in the TikTok users catalog, from any record our pipelines have
    stored, however old.

    An ID the catalog has never seen answers 404; use the live user routes to resolve it from TikTok.

    This is a special route, it does NOT fetch data live, and therefore does not count to your
    hourly/daily rate limits.

    Args:
        numeric_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RetrieveTikTokUsersCatalogNumericIdResponse]
    """

    kwargs = _get_kwargs(
        numeric_id=numeric_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    numeric_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RetrieveTikTokUsersCatalogNumericIdResponse | None:
    """Look a numeric user id up in the TikTok users catalog

     Look a numeric TikTok user ID up in the TikTok users catalog, from any record our pipelines have
    stored, however old.

    An ID the catalog has never seen answers 404; use the live user routes to resolve it from TikTok.

    This is a special route, it does NOT fetch data live, and therefore does not count to your
    hourly/daily rate limits.

    Args:
        numeric_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RetrieveTikTokUsersCatalogNumericIdResponse
    """

    return (
        await asyncio_detailed(
            numeric_id=numeric_id,
            client=client,
        )
    ).parsed
