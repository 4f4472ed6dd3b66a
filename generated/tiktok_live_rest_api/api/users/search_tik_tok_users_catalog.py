from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.search_tik_tok_users_catalog_response import (
    SearchTikTokUsersCatalogResponse,
)
from ...models.user_catalog_search_match import (
    UserCatalogSearchMatch,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str,
    match: UserCatalogSearchMatch | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    json_match: str | Unset = UNSET
    if not isinstance(match, Unset):
        json_match = match

    params["match"] = json_match

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tiktok/users/catalog/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SearchTikTokUsersCatalogResponse | None:
    if response.status_code == 200:
        response_200 = SearchTikTokUsersCatalogResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SearchTikTokUsersCatalogResponse]:
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
    match: UserCatalogSearchMatch | Unset = UNSET,
) -> Response[ErrorResponse | SearchTikTokUsersCatalogResponse]:
    """Search the TikTok users catalog

     Search the TikTok users catalog: every user our pipelines have recorded, matched on ONE field chosen
    by `match`: the handle (`unique_id`, the default) or the display name (`nickname`). A search never
    matches the other field.

    The match is a case-insensitive substring match served by the catalog's trigram index, so the query
    must be at least 3 characters. Results are ranked exact match first, then prefix match, then
    substring match; ties go to the higher follower count, then to the more recently updated record. At
    most 10 users are returned.

    This is a special route, it does NOT fetch data live, and therefore does not count to your
    hourly/daily rate limits.

    Args:
        query (str):
        match (UserCatalogSearchMatch | Unset): The one field a users-catalog search is matched
            against: `unique_id` (the handle, the default) or `nickname` (the display name). A search
            never matches the other field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchTikTokUsersCatalogResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        match=match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: str,
    match: UserCatalogSearchMatch | Unset = UNSET,
) -> ErrorResponse | SearchTikTokUsersCatalogResponse | None:
    """Search the TikTok users catalog

     Search the TikTok users catalog: every user our pipelines have recorded, matched on ONE field chosen
    by `match`: the handle (`unique_id`, the default) or the display name (`nickname`). A search never
    matches the other field.

    The match is a case-insensitive substring match served by the catalog's trigram index, so the query
    must be at least 3 characters. Results are ranked exact match first, then prefix match, then
    substring match; ties go to the higher follower count, then to the more recently updated record. At
    most 10 users are returned.

    This is a special route, it does NOT fetch data live, and therefore does not count to your
    hourly/daily rate limits.

    Args:
        query (str):
        match (UserCatalogSearchMatch | Unset): The one field a users-catalog search is matched
            against: `unique_id` (the handle, the default) or `nickname` (the display name). A search
            never matches the other field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchTikTokUsersCatalogResponse
    """

    return sync_detailed(
        client=client,
        query=query,
        match=match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    match: UserCatalogSearchMatch | Unset = UNSET,
) -> Response[ErrorResponse | SearchTikTokUsersCatalogResponse]:
    """Search the TikTok users catalog

     Search the TikTok users catalog: every user our pipelines have recorded, matched on ONE field chosen
    by `match`: the handle (`unique_id`, the default) or the display name (`nickname`). A search never
    matches the other field.

    The match is a case-insensitive substring match served by the catalog's trigram index, so the query
    must be at least 3 characters. Results are ranked exact match first, then prefix match, then
    substring match; ties go to the higher follower count, then to the more recently updated record. At
    most 10 users are returned.

    This is a special route, it does NOT fetch data live, and therefore does not count to your
    hourly/daily rate limits.

    Args:
        query (str):
        match (UserCatalogSearchMatch | Unset): The one field a users-catalog search is matched
            against: `unique_id` (the handle, the default) or `nickname` (the display name). A search
            never matches the other field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchTikTokUsersCatalogResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        match=match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str,
    match: UserCatalogSearchMatch | Unset = UNSET,
) -> ErrorResponse | SearchTikTokUsersCatalogResponse | None:
    """Search the TikTok users catalog

     Search the TikTok users catalog: every user our pipelines have recorded, matched on ONE field chosen
    by `match`: the handle (`unique_id`, the default) or the display name (`nickname`). A search never
    matches the other field.

    The match is a case-insensitive substring match served by the catalog's trigram index, so the query
    must be at least 3 characters. Results are ranked exact match first, then prefix match, then
    substring match; ties go to the higher follower count, then to the more recently updated record. At
    most 10 users are returned.

    This is a special route, it does NOT fetch data live, and therefore does not count to your
    hourly/daily rate limits.

    Args:
        query (str):
        match (UserCatalogSearchMatch | Unset): The one field a users-catalog search is matched
            against: `unique_id` (the handle, the default) or `nickname` (the display name). A search
            never matches the other field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchTikTokUsersCatalogResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            match=match,
        )
    ).parsed
