"""An offline fake of the Euler Stream TikTok LIVE API, for tests, demos and local development.

    from tiktok_live.testing import FakeEulerService

    service = FakeEulerService()
    with httpx.Client(transport=service.transport(), base_url="https://tiktok.eulerstream.com") as http:
        http.get("/webcast/room_id", params={"uniqueId": "someone"}, headers={"x-api-key": "any"})

    with service.serve() as base_url:   # a real HTTP server on 127.0.0.1
        ...

Needs the `testing` extra (`pip install 'tiktok-live[testing]'`) for protobuf.
"""

from ._data import DEFAULT_LIMITS, OPERATIONS, PLANS, Creator, Operation, Plan, RateLimits
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
from ._server import FakeServer, serve_forever
from ._service import FakeEulerService

__all__ = [
    "DEFAULT_LIMITS",
    "OPERATIONS",
    "PLANS",
    "REDACTED",
    "ApiKey",
    "ChatMessage",
    "Creator",
    "DropMode",
    "FakeEulerService",
    "FakeLiveServer",
    "FakeServer",
    "FetchRecord",
    "LiveConnectionRecord",
    "Operation",
    "Plan",
    "RateLimits",
    "RecordedRequest",
    "RetryStyle",
    "SignedUrlRecord",
    "fetch_result_class",
    "serve_forever",
    "stream_messages",
]
