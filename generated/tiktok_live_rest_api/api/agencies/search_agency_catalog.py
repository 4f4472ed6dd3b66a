from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agency_catalog_search_response import AgencyCatalogSearchResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webcast/agencies/catalog/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgencyCatalogSearchResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AgencyCatalogSearchResponse.from_dict(response.json())

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
) -> Response[AgencyCatalogSearchResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    page: int | Unset = 1,
) -> Response[AgencyCatalogSearchResponse | ErrorResponse]:
    """Search agency catalog

     Search the TikTok LIVE agency catalog by agency name.

    Requests to catalogue endpoints do NOT count towards normal API limits.

    Args:
        query (str):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyCatalogSearchResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: str,
    page: int | Unset = 1,
) -> AgencyCatalogSearchResponse | ErrorResponse | None:
    """Search agency catalog

     Search the TikTok LIVE agency catalog by agency name.

    Requests to catalogue endpoints do NOT count towards normal API limits.

    Args:
        query (str):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyCatalogSearchResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        query=query,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    page: int | Unset = 1,
) -> Response[AgencyCatalogSearchResponse | ErrorResponse]:
    """Search agency catalog

     Search the TikTok LIVE agency catalog by agency name.

    Requests to catalogue endpoints do NOT count towards normal API limits.

    Args:
        query (str):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyCatalogSearchResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str,
    page: int | Unset = 1,
) -> AgencyCatalogSearchResponse | ErrorResponse | None:
    """Search agency catalog

     Search the TikTok LIVE agency catalog by agency name.

    Requests to catalogue endpoints do NOT count towards normal API limits.

    Args:
        query (str):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyCatalogSearchResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            page=page,
        )
    ).parsed
