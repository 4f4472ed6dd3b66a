from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.o_auth_user_info_response import OAuthUserInfoResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    x_oauth_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_oauth_token, Unset):
        headers["x-oauth-token"] = x_oauth_token

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tiktok/oauth/userinfo",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OAuthUserInfoResponse | None:
    if response.status_code == 200:
        response_200 = OAuthUserInfoResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | OAuthUserInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_oauth_token: str | Unset = UNSET,
) -> Response[ErrorResponse | OAuthUserInfoResponse]:
    """Get user info

     Get information about the currently authenticated TikTok user.
    Requires a valid OAuth token with an active TikTok session.

    **Authentication:** Provide the following header:
    - `x-oauth-token`: An OAuth access token. [Read More](https://www.eulerstream.com/docs/oauth)

    Args:
        x_oauth_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthUserInfoResponse]
    """

    kwargs = _get_kwargs(
        x_oauth_token=x_oauth_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    x_oauth_token: str | Unset = UNSET,
) -> ErrorResponse | OAuthUserInfoResponse | None:
    """Get user info

     Get information about the currently authenticated TikTok user.
    Requires a valid OAuth token with an active TikTok session.

    **Authentication:** Provide the following header:
    - `x-oauth-token`: An OAuth access token. [Read More](https://www.eulerstream.com/docs/oauth)

    Args:
        x_oauth_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthUserInfoResponse
    """

    return sync_detailed(
        client=client,
        x_oauth_token=x_oauth_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_oauth_token: str | Unset = UNSET,
) -> Response[ErrorResponse | OAuthUserInfoResponse]:
    """Get user info

     Get information about the currently authenticated TikTok user.
    Requires a valid OAuth token with an active TikTok session.

    **Authentication:** Provide the following header:
    - `x-oauth-token`: An OAuth access token. [Read More](https://www.eulerstream.com/docs/oauth)

    Args:
        x_oauth_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OAuthUserInfoResponse]
    """

    kwargs = _get_kwargs(
        x_oauth_token=x_oauth_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_oauth_token: str | Unset = UNSET,
) -> ErrorResponse | OAuthUserInfoResponse | None:
    """Get user info

     Get information about the currently authenticated TikTok user.
    Requires a valid OAuth token with an active TikTok session.

    **Authentication:** Provide the following header:
    - `x-oauth-token`: An OAuth access token. [Read More](https://www.eulerstream.com/docs/oauth)

    Args:
        x_oauth_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OAuthUserInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            x_oauth_token=x_oauth_token,
        )
    ).parsed
