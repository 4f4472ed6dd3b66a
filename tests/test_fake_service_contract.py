"""Contract test: schemathesis drives the fake service over real HTTP; every answer conforms to openapi.yaml.

Schemathesis generates valid and invalid requests for every operation of openapi.yaml that the fake serves
(its route table, `tiktok_live.testing.OPERATIONS`; the others are not yet served) and runs its default
checks on each answer (no server errors, documented status codes, content types, headers and schemas, invalid input
rejected, authentication not ignored). `make test` runs a few examples per operation; `make fuzz` sets
TIKTOK_LIVE_FUZZ=1 for many more.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from schemathesis.checks import positive_data_acceptance

from tiktok_live.testing import OPERATIONS, FakeEulerService, RateLimits

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
FUZZ = os.environ.get("TIKTOK_LIVE_FUZZ") == "1"
KEY = "test-key"
AUTH = {"x-api-key": KEY}

SERVED = sorted(operation.operation_id for operation in OPERATIONS.values())
schema = schemathesis.openapi.from_path(SPEC_PATH).include(operation_id=SERVED)
schema.config.generation.update(max_examples=300 if FUZZ else 8)


@pytest.fixture(scope="module")
def fake_base_url() -> Iterator[str]:
    # Strict, so schemathesis' check that authentication is not ignored holds; unlimited, so long fuzz runs
    # are not cut short by the plan's rate limits.
    service = FakeEulerService(strict=True)
    service.add_key(KEY, "Enterprise", limits=RateLimits.unlimited())
    with service.serve() as base_url:
        yield base_url


# Rules the service enforces that a JSON schema cannot state. A schema-valid request may be answered 400
# only for one of these; any other 400 on valid data fails like schemathesis' own positive-data check.
CROSS_FIELD_RULES = (
    "Send the room_id query parameter (or unique_id on the Enterprise plan).",  # one of two optional params
    "The room_id parameter must be a numeric room id",
    "The uniqueId query parameter is required",  # present but empty
    "The content field is empty",
    "Chat messages are limited to",
    "The sessionId field is empty",
    "The roomId field must be a numeric room id",
    "The url field must be an absolute http(s) URL",
    "The url field is not a valid URL",
)


@pytest.mark.fuzz
@schema.parametrize()
def test_every_generated_request_gets_an_answer_that_conforms_to_openapi_yaml(
    case: schemathesis.Case, fake_base_url: str
) -> None:
    response = case.call(base_url=fake_base_url, headers=AUTH)
    case.validate_response(response, excluded_checks=[positive_data_acceptance], headers=AUTH)
    if case.meta is not None and case.meta.generation.mode.is_positive and response.status_code == 400:
        message = response.json()["message"]
        assert message.startswith(CROSS_FIELD_RULES), f"schema-valid request rejected: {message}"


# Generated data rarely names a creator the fake knows, so the successful answers are also checked on purpose.
SUCCESSFUL_CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("/webcast/fetch", "GET", {"query": {"room_id": "7321456789012345678", "client": "ttlive-other"}}),
    ("/webcast/fetch", "GET", {"query": {"unique_id": "someone", "client_enter": "false", "country": "DE"}}),
    ("/webcast/rate_limits", "GET", {}),
    ("/webcast/room_cover", "GET", {"query": {"uniqueId": "someone"}}),
    ("/webcast/room_cover", "GET", {"query": {"uniqueId": "offline_creator"}}),
    ("/webcast/room_id", "GET", {"query": {"uniqueId": "someone"}}),
    ("/webcast/room_id", "GET", {"query": {"uniqueId": "offline_creator"}}),
    ("/webcast/room_info", "GET", {"query": {"uniqueId": "someone"}}),
    ("/webcast/room_info", "GET", {"query": {"uniqueId": "offline_creator"}}),
    ("/webcast/room_video", "GET", {"query": {"uniqueId": "someone", "streamType": "flv_ld"}}),
    ("/webcast/room_video", "GET", {"query": {"uniqueId": "someone"}}),
    (
        "/webcast/chat",
        "POST",
        {
            "body": {
                "content": "hello",
                "sessionId": "s",
                "ttTargetIdc": "useast5",
                "roomId": "7321456789012345678",
            }
        },
    ),
    (
        "/webcast/sign_url",
        "POST",
        {
            "query": {"client": "ttlive-python"},
            "body": {"url": "https://webcast.tiktok.com/webcast/fetch/?a=1"},
        },
    ),
]


@pytest.mark.parametrize(("path", "method", "data"), SUCCESSFUL_CASES, ids=[f"{m} {p}" for p, m, _ in SUCCESSFUL_CASES])
def test_successful_answers_conform_to_openapi_yaml(
    fake_base_url: str, path: str, method: str, data: dict[str, Any]
) -> None:
    case = schema[path][method].Case(**data)
    response = case.call_and_validate(base_url=fake_base_url, headers=AUTH)
    assert response.status_code == 200
