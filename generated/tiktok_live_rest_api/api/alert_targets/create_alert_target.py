from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_alert_target_payload import CreateAlertTargetPayload
from ...models.create_alert_target_response import CreateAlertTargetResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    account_id: int,
    alert_id: int,
    *,
    body: CreateAlertTargetPayload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accounts/{account_id}/alerts/{alert_id}/targets/create".format(
            account_id=quote(str(account_id), safe=""),
            alert_id=quote(str(alert_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAlertTargetResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateAlertTargetResponse.from_dict(response.json())

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
) -> Response[CreateAlertTargetResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    alert_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateAlertTargetPayload,
) -> Response[CreateAlertTargetResponse | ErrorResponse]:
    """Add a delivery target (webhook) to an alert

     Create a target for an alert. This is the HTTP endpoint that will be called when an alert is
    triggered.

    Args:
        account_id (int):
        alert_id (int):
        body (CreateAlertTargetPayload): The body `PUT
            /accounts/{account_id}/alerts/{alert_id}/targets/create` takes: add a delivery target
            (webhook) to an alert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAlertTargetResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        alert_id=alert_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    alert_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateAlertTargetPayload,
) -> CreateAlertTargetResponse | ErrorResponse | None:
    """Add a delivery target (webhook) to an alert

     Create a target for an alert. This is the HTTP endpoint that will be called when an alert is
    triggered.

    Args:
        account_id (int):
        alert_id (int):
        body (CreateAlertTargetPayload): The body `PUT
            /accounts/{account_id}/alerts/{alert_id}/targets/create` takes: add a delivery target
            (webhook) to an alert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAlertTargetResponse | ErrorResponse
    """

    return sync_detailed(
        account_id=account_id,
        alert_id=alert_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    alert_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateAlertTargetPayload,
) -> Response[CreateAlertTargetResponse | ErrorResponse]:
    """Add a delivery target (webhook) to an alert

     Create a target for an alert. This is the HTTP endpoint that will be called when an alert is
    triggered.

    Args:
        account_id (int):
        alert_id (int):
        body (CreateAlertTargetPayload): The body `PUT
            /accounts/{account_id}/alerts/{alert_id}/targets/create` takes: add a delivery target
            (webhook) to an alert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAlertTargetResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        alert_id=alert_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    alert_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateAlertTargetPayload,
) -> CreateAlertTargetResponse | ErrorResponse | None:
    """Add a delivery target (webhook) to an alert

     Create a target for an alert. This is the HTTP endpoint that will be called when an alert is
    triggered.

    Args:
        account_id (int):
        alert_id (int):
        body (CreateAlertTargetPayload): The body `PUT
            /accounts/{account_id}/alerts/{alert_id}/targets/create` takes: add a delivery target
            (webhook) to an alert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAlertTargetResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            alert_id=alert_id,
            client=client,
            body=body,
        )
    ).parsed
