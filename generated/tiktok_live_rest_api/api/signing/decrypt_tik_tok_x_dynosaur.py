from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decrypt_x_dynosaur_body import DecryptXDynosaurBody
from ...models.decrypt_x_dynosaur_response import DecryptXDynosaurResponse
from ...models.error_response import ErrorResponse
from ...models.x_dynosaur_script_version import (
    XDynosaurScriptVersion,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DecryptXDynosaurBody,
    version: XDynosaurScriptVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_version: str | Unset = UNSET
    if not isinstance(version, Unset):
        json_version = version

    params["version"] = json_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tiktok/signing/decrypt/x-dynosaur",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DecryptXDynosaurResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DecryptXDynosaurResponse.from_dict(response.json())

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
) -> Response[DecryptXDynosaurResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DecryptXDynosaurBody,
    version: XDynosaurScriptVersion | Unset = UNSET,
) -> Response[DecryptXDynosaurResponse | ErrorResponse]:
    """Decode a TikTok x-dynosaur signature

     Decode a TikTok `x-dynosaur` signature payload into its records. Unlike the other signing payloads
    its leading byte is a bit-field rather than a constant marker, so the sign type and mode are
    returned alongside the records.

    Args:
        version (XDynosaurScriptVersion | Unset):
        body (DecryptXDynosaurBody): The body `POST /tiktok/signing/decrypt/x-dynosaur` takes:
            decode a TikTok x-dynosaur signature.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecryptXDynosaurResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DecryptXDynosaurBody,
    version: XDynosaurScriptVersion | Unset = UNSET,
) -> DecryptXDynosaurResponse | ErrorResponse | None:
    """Decode a TikTok x-dynosaur signature

     Decode a TikTok `x-dynosaur` signature payload into its records. Unlike the other signing payloads
    its leading byte is a bit-field rather than a constant marker, so the sign type and mode are
    returned alongside the records.

    Args:
        version (XDynosaurScriptVersion | Unset):
        body (DecryptXDynosaurBody): The body `POST /tiktok/signing/decrypt/x-dynosaur` takes:
            decode a TikTok x-dynosaur signature.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecryptXDynosaurResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DecryptXDynosaurBody,
    version: XDynosaurScriptVersion | Unset = UNSET,
) -> Response[DecryptXDynosaurResponse | ErrorResponse]:
    """Decode a TikTok x-dynosaur signature

     Decode a TikTok `x-dynosaur` signature payload into its records. Unlike the other signing payloads
    its leading byte is a bit-field rather than a constant marker, so the sign type and mode are
    returned alongside the records.

    Args:
        version (XDynosaurScriptVersion | Unset):
        body (DecryptXDynosaurBody): The body `POST /tiktok/signing/decrypt/x-dynosaur` takes:
            decode a TikTok x-dynosaur signature.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecryptXDynosaurResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DecryptXDynosaurBody,
    version: XDynosaurScriptVersion | Unset = UNSET,
) -> DecryptXDynosaurResponse | ErrorResponse | None:
    """Decode a TikTok x-dynosaur signature

     Decode a TikTok `x-dynosaur` signature payload into its records. Unlike the other signing payloads
    its leading byte is a bit-field rather than a constant marker, so the sign type and mode are
    returned alongside the records.

    Args:
        version (XDynosaurScriptVersion | Unset):
        body (DecryptXDynosaurBody): The body `POST /tiktok/signing/decrypt/x-dynosaur` takes:
            decode a TikTok x-dynosaur signature.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecryptXDynosaurResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version=version,
        )
    ).parsed
