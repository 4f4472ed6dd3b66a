from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.creator_id_type import CreatorIdType
from ...models.error_response import ErrorResponse
from ...models.room_info_response import RoomInfoResponse
from ...models.route_image_source import RouteImageSource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    creator_id: str,
    *,
    creator_id_type: CreatorIdType | Unset = UNSET,
    x_image_source: RouteImageSource | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_image_source, Unset):
        headers["x-image-source"] = str(x_image_source)

    params: dict[str, Any] = {}

    json_creator_id_type: str | Unset = UNSET
    if not isinstance(creator_id_type, Unset):
        json_creator_id_type = creator_id_type

    params["creator_id_type"] = json_creator_id_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webcast/anchors/{creator_id}/room_info".format(
            creator_id=quote(str(creator_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RoomInfoResponse | None:
    if response.status_code == 200:
        response_200 = RoomInfoResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RoomInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    creator_id: str,
    *,
    client: AuthenticatedClient,
    creator_id_type: CreatorIdType | Unset = UNSET,
    x_image_source: RouteImageSource | Unset = UNSET,
) -> Response[ErrorResponse | RoomInfoResponse]:
    """Read a live room's information

     Retrieve TikTok Live Room Information for a creator, by handle or numeric user ID.

    Args:
        creator_id (str):
        creator_id_type (CreatorIdType | Unset):
        x_image_source (RouteImageSource | Unset): Where a scraped image URL should be served
            from. Selected per-request via the `x-image-source` header. Defaults to {@link
            RouteImageSource.ORIGIN}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RoomInfoResponse]
    """

    kwargs = _get_kwargs(
        creator_id=creator_id,
        creator_id_type=creator_id_type,
        x_image_source=x_image_source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    creator_id: str,
    *,
    client: AuthenticatedClient,
    creator_id_type: CreatorIdType | Unset = UNSET,
    x_image_source: RouteImageSource | Unset = UNSET,
) -> ErrorResponse | RoomInfoResponse | None:
    """Read a live room's information

     Retrieve TikTok Live Room Information for a creator, by handle or numeric user ID.

    Args:
        creator_id (str):
        creator_id_type (CreatorIdType | Unset):
        x_image_source (RouteImageSource | Unset): Where a scraped image URL should be served
            from. Selected per-request via the `x-image-source` header. Defaults to {@link
            RouteImageSource.ORIGIN}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RoomInfoResponse
    """

    return sync_detailed(
        creator_id=creator_id,
        client=client,
        creator_id_type=creator_id_type,
        x_image_source=x_image_source,
    ).parsed


async def asyncio_detailed(
    creator_id: str,
    *,
    client: AuthenticatedClient,
    creator_id_type: CreatorIdType | Unset = UNSET,
    x_image_source: RouteImageSource | Unset = UNSET,
) -> Response[ErrorResponse | RoomInfoResponse]:
    """Read a live room's information

     Retrieve TikTok Live Room Information for a creator, by handle or numeric user ID.

    Args:
        creator_id (str):
        creator_id_type (CreatorIdType | Unset):
        x_image_source (RouteImageSource | Unset): Where a scraped image URL should be served
            from. Selected per-request via the `x-image-source` header. Defaults to {@link
            RouteImageSource.ORIGIN}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RoomInfoResponse]
    """

    kwargs = _get_kwargs(
        creator_id=creator_id,
        creator_id_type=creator_id_type,
        x_image_source=x_image_source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    creator_id: str,
    *,
    client: AuthenticatedClient,
    creator_id_type: CreatorIdType | Unset = UNSET,
    x_image_source: RouteImageSource | Unset = UNSET,
) -> ErrorResponse | RoomInfoResponse | None:
    """Read a live room's information

     Retrieve TikTok Live Room Information for a creator, by handle or numeric user ID.

    Args:
        creator_id (str):
        creator_id_type (CreatorIdType | Unset):
        x_image_source (RouteImageSource | Unset): Where a scraped image URL should be served
            from. Selected per-request via the `x-image-source` header. Defaults to {@link
            RouteImageSource.ORIGIN}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RoomInfoResponse
    """

    return (
        await asyncio_detailed(
            creator_id=creator_id,
            client=client,
            creator_id_type=creator_id_type,
            x_image_source=x_image_source,
        )
    ).parsed
