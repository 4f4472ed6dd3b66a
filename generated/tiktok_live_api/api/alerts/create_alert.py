from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_alert_request import CreateAlertRequest
from ...models.create_alert_response import CreateAlertResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    account_id: int,
    *,
    body: CreateAlertRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accounts/{account_id}/alerts/create".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAlertResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateAlertResponse.from_dict(response.json())

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
) -> Response[CreateAlertResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateAlertRequest,
) -> Response[CreateAlertResponse | ErrorResponse]:
    """Create a go-live alert for a creator

     Create a creator alert. These Alerts are used to notify users of a new livestream.

    Args:
        account_id (int):
        body (CreateAlertRequest): The body `PUT /accounts/{account_id}/alerts/create` takes:
            create a go-live alert for a creator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAlertResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateAlertRequest,
) -> CreateAlertResponse | ErrorResponse | None:
    """Create a go-live alert for a creator

     Create a creator alert. These Alerts are used to notify users of a new livestream.

    Args:
        account_id (int):
        body (CreateAlertRequest): The body `PUT /accounts/{account_id}/alerts/create` takes:
            create a go-live alert for a creator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAlertResponse | ErrorResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateAlertRequest,
) -> Response[CreateAlertResponse | ErrorResponse]:
    """Create a go-live alert for a creator

     Create a creator alert. These Alerts are used to notify users of a new livestream.

    Args:
        account_id (int):
        body (CreateAlertRequest): The body `PUT /accounts/{account_id}/alerts/create` takes:
            create a go-live alert for a creator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAlertResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateAlertRequest,
) -> CreateAlertResponse | ErrorResponse | None:
    """Create a go-live alert for a creator

     Create a creator alert. These Alerts are used to notify users of a new livestream.

    Args:
        account_id (int):
        body (CreateAlertRequest): The body `PUT /accounts/{account_id}/alerts/create` takes:
            create a go-live alert for a creator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAlertResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
