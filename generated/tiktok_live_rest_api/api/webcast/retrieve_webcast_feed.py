from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.pooled_proxy_region import PooledProxyRegion
from ...models.route_image_source import RouteImageSource
from ...models.webcast_feed_route_response import WebcastFeedRouteResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    region: PooledProxyRegion,
    x_image_source: RouteImageSource | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_image_source, Unset):
        headers["x-image-source"] = str(x_image_source)

    params: dict[str, Any] = {}

    json_region: str = region
    params["region"] = json_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webcast/feed",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WebcastFeedRouteResponse | None:
    if response.status_code == 200:
        response_200 = WebcastFeedRouteResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WebcastFeedRouteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    region: PooledProxyRegion,
    x_image_source: RouteImageSource | Unset = UNSET,
) -> Response[ErrorResponse | WebcastFeedRouteResponse]:
    """Sample the live feed of a region

     Fetch the TikTok LIVE webcast feed for a specific region. Gets a random sampling of creators for a
    region.

    Args:
        region (PooledProxyRegion):
        x_image_source (RouteImageSource | Unset): Where a scraped image URL should be served
            from. Selected per-request via the `x-image-source` header. Defaults to {@link
            RouteImageSource.ORIGIN}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebcastFeedRouteResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        x_image_source=x_image_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    region: PooledProxyRegion,
    x_image_source: RouteImageSource | Unset = UNSET,
) -> ErrorResponse | WebcastFeedRouteResponse | None:
    """Sample the live feed of a region

     Fetch the TikTok LIVE webcast feed for a specific region. Gets a random sampling of creators for a
    region.

    Args:
        region (PooledProxyRegion):
        x_image_source (RouteImageSource | Unset): Where a scraped image URL should be served
            from. Selected per-request via the `x-image-source` header. Defaults to {@link
            RouteImageSource.ORIGIN}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebcastFeedRouteResponse
    """

    return sync_detailed(
        client=client,
        region=region,
        x_image_source=x_image_source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: PooledProxyRegion,
    x_image_source: RouteImageSource | Unset = UNSET,
) -> Response[ErrorResponse | WebcastFeedRouteResponse]:
    """Sample the live feed of a region

     Fetch the TikTok LIVE webcast feed for a specific region. Gets a random sampling of creators for a
    region.

    Args:
        region (PooledProxyRegion):
        x_image_source (RouteImageSource | Unset): Where a scraped image URL should be served
            from. Selected per-request via the `x-image-source` header. Defaults to {@link
            RouteImageSource.ORIGIN}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebcastFeedRouteResponse]
    """

    kwargs = _get_kwargs(
        region=region,
        x_image_source=x_image_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    region: PooledProxyRegion,
    x_image_source: RouteImageSource | Unset = UNSET,
) -> ErrorResponse | WebcastFeedRouteResponse | None:
    """Sample the live feed of a region

     Fetch the TikTok LIVE webcast feed for a specific region. Gets a random sampling of creators for a
    region.

    Args:
        region (PooledProxyRegion):
        x_image_source (RouteImageSource | Unset): Where a scraped image URL should be served
            from. Selected per-request via the `x-image-source` header. Defaults to {@link
            RouteImageSource.ORIGIN}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebcastFeedRouteResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            x_image_source=x_image_source,
        )
    ).parsed
