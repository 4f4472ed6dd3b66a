"""Result types for the answers that are not plain JSON models."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import attrs

from ._exceptions import InvalidResponseError
from ._webcast_proto import WebcastFetchEnvelope, decode_fetch_result

if TYPE_CHECKING:
    from tiktok_live_api.models import RoomMediaResponse


def _byte_count(payload: bytes | None) -> str:
    return "None" if payload is None else f"<{len(payload)} bytes>"


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
