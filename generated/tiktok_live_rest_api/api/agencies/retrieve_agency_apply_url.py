from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agency_apply_url_response import AgencyApplyUrlResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agency_id: int,
    *,
    redirect: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["redirect"] = redirect

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webcast/agencies/catalog/{agency_id}/apply_url".format(
            agency_id=quote(str(agency_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgencyApplyUrlResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AgencyApplyUrlResponse.from_dict(response.json())

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
) -> Response[AgencyApplyUrlResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agency_id: int,
    *,
    client: AuthenticatedClient,
    redirect: bool | Unset = False,
) -> Response[AgencyApplyUrlResponse | ErrorResponse]:
    """Read an agency's application URL

     Retrieve the application (recruitment) URL for a TikTok LIVE agency. This is the URL an agency's QR
    code points prospective creators at.

    Requests to catalogue endpoints do NOT count towards normal API limits.

    Args:
        agency_id (int):
        redirect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyApplyUrlResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        redirect=redirect,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agency_id: int,
    *,
    client: AuthenticatedClient,
    redirect: bool | Unset = False,
) -> AgencyApplyUrlResponse | ErrorResponse | None:
    """Read an agency's application URL

     Retrieve the application (recruitment) URL for a TikTok LIVE agency. This is the URL an agency's QR
    code points prospective creators at.

    Requests to catalogue endpoints do NOT count towards normal API limits.

    Args:
        agency_id (int):
        redirect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyApplyUrlResponse | ErrorResponse
    """

    return sync_detailed(
        agency_id=agency_id,
        client=client,
        redirect=redirect,
    ).parsed


async def asyncio_detailed(
    agency_id: int,
    *,
    client: AuthenticatedClient,
    redirect: bool | Unset = False,
) -> Response[AgencyApplyUrlResponse | ErrorResponse]:
    """Read an agency's application URL

     Retrieve the application (recruitment) URL for a TikTok LIVE agency. This is the URL an agency's QR
    code points prospective creators at.

    Requests to catalogue endpoints do NOT count towards normal API limits.

    Args:
        agency_id (int):
        redirect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyApplyUrlResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        redirect=redirect,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agency_id: int,
    *,
    client: AuthenticatedClient,
    redirect: bool | Unset = False,
) -> AgencyApplyUrlResponse | ErrorResponse | None:
    """Read an agency's application URL

     Retrieve the application (recruitment) URL for a TikTok LIVE agency. This is the URL an agency's QR
    code points prospective creators at.

    Requests to catalogue endpoints do NOT count towards normal API limits.

    Args:
        agency_id (int):
        redirect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyApplyUrlResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            agency_id=agency_id,
            client=client,
            redirect=redirect,
        )
    ).parsed
