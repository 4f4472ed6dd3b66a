"""What the fake service records about the traffic it saw: requests (secrets redacted), chats, signatures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .._logs import REDACTED
from ._data import Plan

__all__ = [
    "REDACTED",
    "ApiKey",
    "ChatMessage",
    "DropMode",
    "FetchRecord",
    "RecordedRequest",
    "RetryStyle",
    "SignedUrlRecord",
    "redact_headers",
    "redact_json",
    "redact_query",
]

RetryStyle = Literal["all", "retry-after", "retry-after-date", "ratelimit-reset", "x-ratelimit-reset"]
"""Which rate-limit hint headers a scripted fault carries: all of them, or only the named form."""

DropMode = Literal["disconnect", "connect", "reset"]
"""How a scripted connection drop shows: the server closes the socket without answering (`disconnect`,
`httpx.RemoteProtocolError` in transport mode), the connection fails (`connect`, `httpx.ConnectError`) or the
server resets it (`reset`: a TCP RST over HTTP, `httpx.ReadError` in transport mode)."""

_SECRET_HEADERS = frozenset({"x-api-key", "x-jwt-key", "authorization", "cookie", "x-cookie-header", "x-oauth-token"})
# The *_param values of the API key operations may be a key itself.
_SECRET_QUERY = frozenset(
    {
        "apikey",
        "session_id",
        "sessionid",
        "retrieve_param",
        "update_param",
        "delete_param",
    }
)
_SECRET_BODY = frozenset({"sessionid", "session_id", "apikey"})  # tt_target_idc names a data centre: shown


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {name.lower(): (REDACTED if name.lower() in _SECRET_HEADERS else value) for name, value in headers.items()}


def redact_query(query: Mapping[str, str]) -> dict[str, str]:
    return {name: (REDACTED if name.lower() in _SECRET_QUERY else value) for name, value in query.items()}


def redact_json(body: Any) -> Any:
    if isinstance(body, dict):
        return {
            key: (REDACTED if isinstance(key, str) and key.lower() in _SECRET_BODY else redact_json(value))
            for key, value in body.items()
        }
    if isinstance(body, list):
        return [redact_json(item) for item in body]
    return body


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received. Keys and session ids read `<redacted>` (a tt_target_idc shows: no credential)."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    """The parsed JSON body, or `None` when there was none (or it was not JSON)."""
    headers: dict[str, str]
    """Lower-cased header names."""
    operation: str | None
    """`room_info`, `fetch`, ... or `None` for a path the API does not have."""
    status: int | None
    """The status answered, or `None` when the connection was dropped."""
    layout: str | None = None
    """`flat` or `rest`: the API layout whose operation served it (`None` for a path neither has)."""


@dataclass
class ApiKey:
    """A key the fake knows, with its plan, limits and whether it is blocked."""

    key: str
    plan: Plan
    minute: int | None
    hour: int | None
    day: int | None
    blocked: bool = False


@dataclass(frozen=True)
class ChatMessage:
    """A chat message accepted by `POST /webcast/chat` (the session cookies are not kept)."""

    room_id: str
    unique_id: str
    content: str
    msg_id: int


@dataclass(frozen=True)
class SignedUrlRecord:
    """A URL signed by `POST /webcast/sign_url`."""

    url: str
    signed_url: str
    method: str
    user_agent: str
    client: str | None


@dataclass(frozen=True)
class FetchRecord:
    """A webcast fetch result served by `GET /webcast/fetch`."""

    room_id: str
    request_cursor: str | None
    cursor: str
    methods: tuple[str, ...]
    body: bytes = field(repr=False)
