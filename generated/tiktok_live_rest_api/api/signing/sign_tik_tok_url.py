from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sign_url_request import SignUrlRequest
from ...models.sign_url_response import SignUrlResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SignUrlRequest,
    client_query: str | Unset = "ttlive-other",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["client"] = client_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tiktok/signing/encrypt/sign_url",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SignUrlResponse | None:
    if response.status_code == 200:
        response_200 = SignUrlResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SignUrlResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SignUrlRequest,
    client_query: str | Unset = "ttlive-other",
) -> Response[ErrorResponse | SignUrlResponse]:
    """Sign a TikTok URL

     Sign a non-LIVE TikTok URL. This is NOT available to customers in any public package, and access is
    approved on a case-by-case basis.

    Args:
        client_query (str | Unset):  Default: 'ttlive-other'.
        body (SignUrlRequest): The body `POST /tiktok/signing/encrypt/sign_url` takes: sign a
            TikTok URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SignUrlResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        client_query=client_query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SignUrlRequest,
    client_query: str | Unset = "ttlive-other",
) -> ErrorResponse | SignUrlResponse | None:
    """Sign a TikTok URL

     Sign a non-LIVE TikTok URL. This is NOT available to customers in any public package, and access is
    approved on a case-by-case basis.

    Args:
        client_query (str | Unset):  Default: 'ttlive-other'.
        body (SignUrlRequest): The body `POST /tiktok/signing/encrypt/sign_url` takes: sign a
            TikTok URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SignUrlResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        client_query=client_query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SignUrlRequest,
    client_query: str | Unset = "ttlive-other",
) -> Response[ErrorResponse | SignUrlResponse]:
    """Sign a TikTok URL

     Sign a non-LIVE TikTok URL. This is NOT available to customers in any public package, and access is
    approved on a case-by-case basis.

    Args:
        client_query (str | Unset):  Default: 'ttlive-other'.
        body (SignUrlRequest): The body `POST /tiktok/signing/encrypt/sign_url` takes: sign a
            TikTok URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SignUrlResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        client_query=client_query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SignUrlRequest,
    client_query: str | Unset = "ttlive-other",
) -> ErrorResponse | SignUrlResponse | None:
    """Sign a TikTok URL

     Sign a non-LIVE TikTok URL. This is NOT available to customers in any public package, and access is
    approved on a case-by-case basis.

    Args:
        client_query (str | Unset):  Default: 'ttlive-other'.
        body (SignUrlRequest): The body `POST /tiktok/signing/encrypt/sign_url` takes: sign a
            TikTok URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SignUrlResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            client_query=client_query,
        )
    ).parsed
