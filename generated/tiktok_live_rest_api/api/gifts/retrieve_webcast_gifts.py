from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.pooled_proxy_region import PooledProxyRegion
from ...models.retrieve_webcast_gifts_webcast_language import (
    RetrieveWebcastGiftsWebcastLanguage,
)
from ...models.webcast_gifts_response import WebcastGiftsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    region: PooledProxyRegion | Unset = UNSET,
    webcast_language: RetrieveWebcastGiftsWebcastLanguage | Unset = "en",
    redirect: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_region: str | Unset = UNSET
    if not isinstance(region, Unset):
        json_region = region

    params["region"] = json_region

    json_webcast_language: str | Unset = UNSET
    if not isinstance(webcast_language, Unset):
        json_webcast_language = webcast_language

    params["webcast_language"] = json_webcast_language

    params["redirect"] = redirect

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webcast/gifts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WebcastGiftsResponse | None:
    if response.status_code == 200:
        response_200 = WebcastGiftsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WebcastGiftsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    region: PooledProxyRegion | Unset = UNSET,
    webcast_language: RetrieveWebcastGiftsWebcastLanguage | Unset = "en",
    redirect: bool | Unset = False,
) -> Response[ErrorResponse | WebcastGiftsResponse]:
    """List the gifts of a region

     Retrieve Webcast gifts for a given region

    Args:
        region (PooledProxyRegion | Unset):
        webcast_language (RetrieveWebcastGiftsWebcastLanguage | Unset):  Default: 'en'.
        redirect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebcastGiftsResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        webcast_language=webcast_language,
        redirect=redirect,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    region: PooledProxyRegion | Unset = UNSET,
    webcast_language: RetrieveWebcastGiftsWebcastLanguage | Unset = "en",
    redirect: bool | Unset = False,
) -> ErrorResponse | WebcastGiftsResponse | None:
    """List the gifts of a region

     Retrieve Webcast gifts for a given region

    Args:
        region (PooledProxyRegion | Unset):
        webcast_language (RetrieveWebcastGiftsWebcastLanguage | Unset):  Default: 'en'.
        redirect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebcastGiftsResponse
    """

    return sync_detailed(
        client=client,
        region=region,
        webcast_language=webcast_language,
        redirect=redirect,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: PooledProxyRegion | Unset = UNSET,
    webcast_language: RetrieveWebcastGiftsWebcastLanguage | Unset = "en",
    redirect: bool | Unset = False,
) -> Response[ErrorResponse | WebcastGiftsResponse]:
    """List the gifts of a region

     Retrieve Webcast gifts for a given region

    Args:
        region (PooledProxyRegion | Unset):
        webcast_language (RetrieveWebcastGiftsWebcastLanguage | Unset):  Default: 'en'.
        redirect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebcastGiftsResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        webcast_language=webcast_language,
        redirect=redirect,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    region: PooledProxyRegion | Unset = UNSET,
    webcast_language: RetrieveWebcastGiftsWebcastLanguage | Unset = "en",
    redirect: bool | Unset = False,
) -> ErrorResponse | WebcastGiftsResponse | None:
    """List the gifts of a region

     Retrieve Webcast gifts for a given region

    Args:
        region (PooledProxyRegion | Unset):
        webcast_language (RetrieveWebcastGiftsWebcastLanguage | Unset):  Default: 'en'.
        redirect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebcastGiftsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            webcast_language=webcast_language,
            redirect=redirect,
        )
    ).parsed
