"""Result types for the answers that are not plain JSON models."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, NamedTuple

import attrs

from ._exceptions import InvalidResponseError
from ._webcast_proto import WebcastFetchEnvelope, decode_fetch_result

if TYPE_CHECKING:
    from tiktok_live_api.models import RoomMediaResponse


def _byte_count(payload: bytes | None) -> str:
    return "None" if payload is None else f"<{len(payload)} bytes>"


class TikTokCookies(dict[str, str]):
    """TikTok's cookies from a fetch answer (`X-Set-TT-Cookie`), name -> value. They are credentials: the repr
    shows the names only; `str()` gives the `Cookie` header's value."""

    def __repr__(self) -> str:
        return f"TikTokCookies({', '.join(f'{name}=<redacted>' for name in self)})"

    def __str__(self) -> str:
        return "; ".join(f"{name}={value}" for name, value in self.items())


def parse_cookies(text: str | None) -> TikTokCookies:
    """`name=value; name2=value2` (the header's form) as a mapping; parts without `=` are skipped."""
    cookies = TikTokCookies()
    for part in (text or "").split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            cookies[name] = value
    return cookies


class PushConnection(NamedTuple):
    """Where and how to open TikTok's own push WebSocket for a room, from a fetch answer: the URL (the push
    server with the route parameters, cursor and internal_ext the answer gave) and the headers (the cookies).
    The headers hold credentials: the repr leaves their values out."""

    url: str
    headers: dict[str, str]

    def __repr__(self) -> str:
        return f"PushConnection(url={self.url!r}, headers=<{', '.join(self.headers)}>)"


@attrs.frozen(slots=False)  # slots=False leaves room for the cached `envelope`
class WebcastFetchResult:
    """What `/webcast/fetch` answers: TikTok's protobuf fetch result and the data sent in headers.

    `payload` is the `ProtoMessageFetchResult` as bytes, ready for a TikTok LIVE protobuf decoder;
    `envelope` is its connection data (cursor, push server, route params, ...) decoded for you.
    `set_tt_cookie` holds the TikTok cookies (`name=value; ...`) to send with the WebSocket connection;
    it is a credential and is left out of `repr()`.
    """

    payload: bytes = attrs.field(repr=_byte_count)
    set_tt_cookie: str | None = attrs.field(repr=False)
    room_id: str | None
    request_id: str | None
    agent_id: str | None

    @functools.cached_property
    def cookies(self) -> TikTokCookies:
        """`set_tt_cookie` parsed, name -> value (empty when the answer had none); its repr hides the values."""
        return parse_cookies(self.set_tt_cookie)

    def push_connection(self) -> PushConnection | None:
        """TikTok's push WebSocket for this room: `envelope.push_url()` and a `Cookie` header with `cookies`;
        None when the answer offered no push server."""
        url = self.envelope.push_url()
        if url is None:
            return None
        return PushConnection(url, {"Cookie": str(self.cookies)} if self.cookies else {})

    @functools.cached_property
    def envelope(self) -> WebcastFetchEnvelope:
        """The connection data of the payload, decoded on first use.

        Raises `InvalidResponseError` when the payload is not a webcast fetch result.
        """
        try:
            return decode_fetch_result(self.payload)
        except ValueError as error:
            raise InvalidResponseError(
                f"fetch_webcast_url: the payload is not a webcast fetch result ({error})."
            ) from None


@attrs.frozen
class RoomMedia:
    """A room cover or video answer: either the media bytes, or the service's JSON document."""

    content_type: str
    data: bytes | None = attrs.field(repr=_byte_count)
    document: RoomMediaResponse | None
