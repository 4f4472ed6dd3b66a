"""An offline fake of the Euler Stream TikTok LIVE API (every operation of `openapi.yaml` and `openapi-rest.yaml`,
both layouts on one port), for tests, demos and local development.

    from tiktok_live.testing import FakeEulerService

    service = FakeEulerService()
    with httpx.Client(transport=service.transport(), base_url="https://tiktok.eulerstream.com") as http:
        http.get("/webcast/room_id", params={"uniqueId": "someone"}, headers={"x-api-key": "any"})

    with service.serve() as base_url:   # a real HTTP server on 127.0.0.1
        ...

Needs the `testing` extra (`pip install 'tiktok-live[testing]'`) for protobuf. Names load on first use, so
importing this package (as the pytest plugin does) works without the extra; using the fake then raises an
ImportError that names the extra.
"""

from __future__ import annotations

import typing as _typing

from .. import _lazy

if _typing.TYPE_CHECKING:
    from ._accounts import Account
    from ._data import DEFAULT_LIMITS, PLANS, Creator, Plan, RateLimits
    from ._limits import WindowRecord
    from ._live_fake import FakeLiveServer, LiveConnectionRecord, stream_messages
    from ._proto import fetch_result_class
    from ._records import (
        REDACTED,
        ApiKey,
        ChatMessage,
        DropMode,
        FetchRecord,
        RecordedRequest,
        RetryStyle,
        SignedUrlRecord,
    )
    from ._schedule import LiveSchedule, Transition
    from ._serve_fake import serve_forever
    from ._server import FakeServer
    from ._service import FakeEulerService
    from ._spec import OPERATIONS, REST_OPERATIONS, Operation

_EXPORTS = {
    "Account": "._accounts",
    "DEFAULT_LIMITS": "._data",
    "OPERATIONS": "._spec",
    "REST_OPERATIONS": "._spec",
    "PLANS": "._data",
    "Creator": "._data",
    "Operation": "._spec",
    "Plan": "._data",
    "RateLimits": "._data",
    "FakeLiveServer": "._live_fake",
    "LiveConnectionRecord": "._live_fake",
    "LiveSchedule": "._schedule",
    "Transition": "._schedule",
    "stream_messages": "._live_fake",
    "fetch_result_class": "._proto",
    "REDACTED": "._records",
    "ApiKey": "._records",
    "ChatMessage": "._records",
    "DropMode": "._records",
    "FetchRecord": "._records",
    "RecordedRequest": "._records",
    "RetryStyle": "._records",
    "SignedUrlRecord": "._records",
    "FakeServer": "._server",
    "serve_forever": "._serve_fake",
    "FakeEulerService": "._service",
    "WindowRecord": "._limits",
}

__all__ = [
    "DEFAULT_LIMITS",
    "OPERATIONS",
    "PLANS",
    "REDACTED",
    "REST_OPERATIONS",
    "Account",
    "ApiKey",
    "ChatMessage",
    "Creator",
    "DropMode",
    "FakeEulerService",
    "FakeLiveServer",
    "FakeServer",
    "FetchRecord",
    "LiveConnectionRecord",
    "LiveSchedule",
    "Operation",
    "Plan",
    "RateLimits",
    "RecordedRequest",
    "RetryStyle",
    "SignedUrlRecord",
    "Transition",
    "WindowRecord",
    "fetch_result_class",
    "serve_forever",
    "stream_messages",
]


def __getattr__(name: str) -> object:
    return _lazy.load(globals(), _EXPORTS, name)


def __dir__() -> list[str]:
    return _lazy.names(globals(), __all__)
