"""The eight operations as data: validated arguments → the generated layer's request, and a parser.

Sync and async clients share everything here; they differ only in how a request is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, Self, TypeVar

import attrs
import httpx

from tiktok_live_api.types import UNSET, Unset

from . import _validation as check
from ._model_check import ModelMismatch, check_model
from ._results import RoomMedia, WebcastFetchResult

if TYPE_CHECKING:
    from tiktok_live_api.models import (
        RateLimitsResponse,
        RoomIdResponse,
        RoomInfoResponse,
        SendChatResponse,
        SignedUrl,
    )

# Each operation imports its generated module and models when first called: importing the SDK, or using one
# operation, does not pay for the others.

T = TypeVar("T")
M = TypeVar("M", bound="_Model")
S = TypeVar("S")

# Which failures a call may be re-sent after. "always": reading or signing has no side effect.
# "unsent-only": only when the request provably never reached the server.
RetryMode = Literal["always", "unsent-only"]

# (answer, its JSON body or None) -> result; raises ModelMismatch when the answer does not fit.
Parser = Callable[[httpx.Response, Any], T]

ALL_PLANS = ("Basic", "Pro", "Enterprise")
PRO_PLANS = ("Pro", "Enterprise")
ENTERPRISE_PLANS = ("Enterprise",)


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Any) -> Self: ...


@attrs.frozen
class Call(Generic[T]):
    operation: str
    request: dict[str, Any]
    parse: Parser[T]
    plans: tuple[str, ...]
    retry: RetryMode = "always"
    json_answer: bool = True
    # Credentials among the arguments (session ids): kept out of error messages.
    secrets: tuple[str, ...] = ()
    # False for calls the plan's quota does not count (GetRateLimits): they pass the rate-limit budget freely.
    counts_against_quota: bool = True
    # True when the answer is the key's limits per window (GetRateLimits): it seeds the budget.
    reports_rate_limits: bool = False


def _given(value: Any, validate: Callable[..., S], *args: Any) -> S | Unset:
    """UNSET for an argument left out (None), else the argument checked by `validate(value, *args)`."""
    return UNSET if value is None else validate(value, *args)


def _secrets(*values: object) -> tuple[str, ...]:
    return tuple(value for value in values if isinstance(value, str) and value)


def _model(body: Any, model: type[M]) -> M:
    if not isinstance(body, dict):
        raise ModelMismatch("body: expected a JSON object")
    try:
        parsed = model.from_dict(body)
    except KeyError as missing:
        raise ModelMismatch(f"body: missing field {missing}") from None
    except (TypeError, ValueError, AttributeError) as error:
        raise ModelMismatch(f"body: {error}") from None
    check_model(parsed)
    return parsed


def _model_parser(model: type[M]) -> Parser[M]:
    return lambda _response, body: _model(body, model)


def _parse_signed_url(_response: httpx.Response, body: Any) -> SignedUrl:
    from tiktok_live_api.models.sign_url_response import SignUrlResponse

    signed = _model(body, SignUrlResponse).response
    if isinstance(signed, Unset):
        raise ModelMismatch("body: missing field 'response'")
    return signed


def _parse_fetch(response: httpx.Response, body: Any) -> WebcastFetchResult:
    if body is not None:
        raise ModelMismatch("body: expected protobuf bytes, got a JSON document")
    headers = response.headers
    return WebcastFetchResult(
        payload=response.content,
        set_tt_cookie=headers.get("x-set-tt-cookie"),
        room_id=headers.get("x-room-id"),
        request_id=headers.get("x-request-id"),
        agent_id=headers.get("x-agent-id"),
    )


def _parse_media(response: httpx.Response, body: Any) -> RoomMedia:
    from tiktok_live_api.models.room_media_response import RoomMediaResponse

    content_type = response.headers.get("content-type", "")
    if body is not None:
        return RoomMedia(content_type=content_type, data=None, document=_model(body, RoomMediaResponse))
    if not response.content:
        raise ModelMismatch("body: empty")
    return RoomMedia(content_type=content_type, data=response.content, document=None)


def _client_name(client: object) -> str:
    return check.non_empty_str(client, "client")


def fetch_webcast_url(
    room_id: str | int | None,
    unique_id: str | None,
    *,
    cursor: str | None,
    session_id: str | None,
    user_agent: str | None,
    tt_target_idc: str | None,
    client_enter: bool,
    country: str | None,
    platform: str | None,
    client: str,
) -> Call[WebcastFetchResult]:
    from tiktok_live_api.api.webcast import fetch_webcast_url as fetch_api
    from tiktok_live_api.models.proxy_region import PROXY_REGION_VALUES
    from tiktok_live_api.models.webcast_fetch_platform import WEBCAST_FETCH_PLATFORM_VALUES

    if (room_id is None) == (unique_id is None):
        raise ValueError("pass exactly one of room_id and unique_id")
    request = fetch_api._get_kwargs(
        client_query=_client_name(client),
        room_id=_given(room_id, check.room_id),
        unique_id=_given(unique_id, check.unique_id),
        cursor=_given(cursor, check.non_empty_str, "cursor"),
        session_id=_given(session_id, check.non_empty_str, "session_id"),
        user_agent=_given(user_agent, check.non_empty_str, "user_agent"),
        tt_target_idc=_given(tt_target_idc, check.non_empty_str, "tt_target_idc"),
        client_enter=check.require_bool(client_enter, "client_enter"),
        country=_given(country, check.choice, "country", PROXY_REGION_VALUES, "upper"),
        platform=_given(platform, check.choice, "platform", WEBCAST_FETCH_PLATFORM_VALUES, "lower"),
    )
    return Call(
        "fetch_webcast_url",
        request,
        _parse_fetch,
        ("Public", *ALL_PLANS),
        json_answer=False,
        secrets=_secrets(session_id, tt_target_idc),
    )


def rate_limits() -> Call[RateLimitsResponse]:
    from tiktok_live_api.api.webcast import get_rate_limits as rate_limits_api
    from tiktok_live_api.models.rate_limits_response import RateLimitsResponse

    return Call(
        "rate_limits",
        rate_limits_api._get_kwargs(),
        _model_parser(RateLimitsResponse),
        ("Public", *ALL_PLANS),
        counts_against_quota=False,
        reports_rate_limits=True,
    )


def room_id(unique_id: str) -> Call[RoomIdResponse]:
    from tiktok_live_api.api.webcast import retrieve_room_id as room_id_api
    from tiktok_live_api.models.room_id_response import RoomIdResponse

    request = room_id_api._get_kwargs(unique_id=check.unique_id(unique_id))
    return Call("room_id", request, _model_parser(RoomIdResponse), PRO_PLANS)


def room_info(unique_id: str) -> Call[RoomInfoResponse]:
    from tiktok_live_api.api.webcast import retrieve_room_info as room_info_api
    from tiktok_live_api.models.room_info_response import RoomInfoResponse

    request = room_info_api._get_kwargs(unique_id=check.unique_id(unique_id))
    return Call("room_info", request, _model_parser(RoomInfoResponse), ENTERPRISE_PLANS)


def room_cover(unique_id: str) -> Call[RoomMedia]:
    from tiktok_live_api.api.webcast import retrieve_room_cover as room_cover_api

    request = room_cover_api._get_kwargs(unique_id=check.unique_id(unique_id))
    return Call("room_cover", request, _parse_media, PRO_PLANS, json_answer=False)


def room_video(unique_id: str, stream_type: str | None) -> Call[RoomMedia]:
    from tiktok_live_api.api.webcast import retrieve_room_video as room_video_api
    from tiktok_live_api.models.stream_type import STREAM_TYPE_VALUES

    request = room_video_api._get_kwargs(
        unique_id=check.unique_id(unique_id),
        stream_type=_given(stream_type, check.choice, "stream_type", STREAM_TYPE_VALUES, "lower"),
    )
    return Call("room_video", request, _parse_media, PRO_PLANS, json_answer=False)


def send_chat(room_id: str | int, content: str, *, session_id: str, tt_target_idc: str) -> Call[SendChatResponse]:
    from tiktok_live_api.api.webcast import send_room_chat as send_chat_api
    from tiktok_live_api.models.send_chat_request import SendChatRequest
    from tiktok_live_api.models.send_chat_response import SendChatResponse

    body = SendChatRequest(
        content=check.non_empty_str(content, "content"),
        session_id=check.non_empty_str(session_id, "session_id"),
        tt_target_idc=check.non_empty_str(tt_target_idc, "tt_target_idc"),
        room_id=check.room_id(room_id),
    )
    return Call(
        "send_chat",
        send_chat_api._get_kwargs(body=body),
        _model_parser(SendChatResponse),
        ENTERPRISE_PLANS,
        retry="unsent-only",
        secrets=_secrets(session_id, tt_target_idc),
    )


def sign_webcast_url(
    url: str,
    *,
    method: str,
    user_agent: str | None,
    session_id: str | None,
    tt_target_idc: str | None,
    payload: str | None,
    type: str | None,
    include_browser_params: bool | None,
    include_verify_fp: bool | None,
    client: str,
) -> Call[SignedUrl]:
    from tiktok_live_api.api.webcast import sign_webcast_url as sign_api
    from tiktok_live_api.models.sign_url_method import SIGN_URL_METHOD_VALUES
    from tiktok_live_api.models.sign_url_request import SignUrlRequest
    from tiktok_live_api.models.sign_url_type import SIGN_URL_TYPE_VALUES

    body = SignUrlRequest(
        url=check.http_url(url, "url"),
        method=check.choice(method, "method", SIGN_URL_METHOD_VALUES, "upper"),
        user_agent=_given(user_agent, check.non_empty_str, "user_agent"),
        session_id=_given(session_id, check.non_empty_str, "session_id"),
        tt_target_idc=_given(tt_target_idc, check.non_empty_str, "tt_target_idc"),
        payload=_given(payload, check.require_str, "payload"),
        type_=_given(type, check.choice, "type", SIGN_URL_TYPE_VALUES, "lower"),
        include_browser_params=_given(include_browser_params, check.require_bool, "include_browser_params"),
        include_verify_fp=_given(include_verify_fp, check.require_bool, "include_verify_fp"),
    )
    request = sign_api._get_kwargs(body=body, client_query=_client_name(client))
    return Call("sign_webcast_url", request, _parse_signed_url, ALL_PLANS, secrets=_secrets(session_id, tt_target_idc))
