"""An offline fake of the Euler Stream TikTok LIVE API (every operation of `openapi.yaml`), for tests, demos and
local development.

    from tiktok_live.testing import FakeEulerService

    service = FakeEulerService()
    with httpx.Client(transport=service.transport(), base_url="https://tiktok.eulerstream.com") as http:
        http.get("/webcast/room_id", params={"uniqueId": "someone"}, headers={"x-api-key": "any"})

    with service.serve() as base_url:   # a real HTTP server on 127.0.0.1
        ...

Needs the `testing` extra (`pip install 'tiktok-live[testing]'`) for protobuf.
"""

from ._accounts import Account
from ._data import DEFAULT_LIMITS, PLANS, Creator, Plan, RateLimits
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
from ._spec import OPERATIONS, Operation

__all__ = [
    "DEFAULT_LIMITS",
    "OPERATIONS",
    "PLANS",
    "REDACTED",
    "Account",
    "ApiKey",
    "ChatMessage",
    "Creator",
    "DropMode",
    "FakeEulerService",
    "FakeServer",
    "FetchRecord",
    "Operation",
    "Plan",
    "RateLimits",
    "RecordedRequest",
    "RetryStyle",
    "SignedUrlRecord",
    "fetch_result_class",
    "serve_forever",
]
