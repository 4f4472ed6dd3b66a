from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_shapes_captcha_body import CompleteShapesCaptchaBody
from ...models.error_response import ErrorResponse
from ...models.shapes_captcha_response import ShapesCaptchaResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CompleteShapesCaptchaBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tiktok/captchas/shapes",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ShapesCaptchaResponse | None:
    if response.status_code == 200:
        response_200 = ShapesCaptchaResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ShapesCaptchaResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CompleteShapesCaptchaBody,
) -> Response[ErrorResponse | ShapesCaptchaResponse]:
    """Solve a shapes captcha

     The shapes captcha requires just one image.

    ## Example Image
    <img src="https://www.eulerstream.com/_static/captchas/threed.png" alt="Shapes Captcha Example"
    width="480" />

    ## Usage

    The solution to the shapes captcha are two points that need to be clicked. To use it in the GUI,
    convert the proportions to pixel values based on the image size.

    The `points` are returned as `x` and `y` proportions (0-1) of the width and height of the source
    image.
    The captcha image selector is `.captcha-verify-image`

    Args:
        body (CompleteShapesCaptchaBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ShapesCaptchaResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CompleteShapesCaptchaBody,
) -> ErrorResponse | ShapesCaptchaResponse | None:
    """Solve a shapes captcha

     The shapes captcha requires just one image.

    ## Example Image
    <img src="https://www.eulerstream.com/_static/captchas/threed.png" alt="Shapes Captcha Example"
    width="480" />

    ## Usage

    The solution to the shapes captcha are two points that need to be clicked. To use it in the GUI,
    convert the proportions to pixel values based on the image size.

    The `points` are returned as `x` and `y` proportions (0-1) of the width and height of the source
    image.
    The captcha image selector is `.captcha-verify-image`

    Args:
        body (CompleteShapesCaptchaBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ShapesCaptchaResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CompleteShapesCaptchaBody,
) -> Response[ErrorResponse | ShapesCaptchaResponse]:
    """Solve a shapes captcha

     The shapes captcha requires just one image.

    ## Example Image
    <img src="https://www.eulerstream.com/_static/captchas/threed.png" alt="Shapes Captcha Example"
    width="480" />

    ## Usage

    The solution to the shapes captcha are two points that need to be clicked. To use it in the GUI,
    convert the proportions to pixel values based on the image size.

    The `points` are returned as `x` and `y` proportions (0-1) of the width and height of the source
    image.
    The captcha image selector is `.captcha-verify-image`

    Args:
        body (CompleteShapesCaptchaBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ShapesCaptchaResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CompleteShapesCaptchaBody,
) -> ErrorResponse | ShapesCaptchaResponse | None:
    """Solve a shapes captcha

     The shapes captcha requires just one image.

    ## Example Image
    <img src="https://www.eulerstream.com/_static/captchas/threed.png" alt="Shapes Captcha Example"
    width="480" />

    ## Usage

    The solution to the shapes captcha are two points that need to be clicked. To use it in the GUI,
    convert the proportions to pixel values based on the image size.

    The `points` are returned as `x` and `y` proportions (0-1) of the width and height of the source
    image.
    The captcha image selector is `.captcha-verify-image`

    Args:
        body (CompleteShapesCaptchaBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ShapesCaptchaResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
