"""Contract test: schemathesis drives the fake service over real HTTP; every answer conforms to openapi.yaml.

Schemathesis generates valid and invalid requests for every operation of the spec and runs its default checks
on each answer (no server errors, documented status codes, content types, headers and schemas, invalid input
rejected, authentication not ignored). `make test` runs a few examples per operation; `make fuzz` sets
TIKTOK_LIVE_FUZZ=1 for many more.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from schemathesis.checks import negative_data_rejection, positive_data_acceptance

from tests._fake_requests import known_values, well_formed_parts
from tiktok_live.testing import OPERATIONS, FakeEulerService, RateLimits

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
FUZZ = os.environ.get("TIKTOK_LIVE_FUZZ") == "1"
KEY = "test-key"
AUTH = {"x-api-key": KEY}

schema = schemathesis.openapi.from_path(SPEC_PATH)
schema.config.generation.update(max_examples=300 if FUZZ else 8)


@pytest.fixture(scope="module")
def fake_service() -> FakeEulerService:
    # Strict, so schemathesis' check that authentication is not ignored holds; unlimited, so long fuzz runs
    # are not cut short by the plan's rate limits.
    service = FakeEulerService(strict=True)
    service.add_key(KEY, "Enterprise", limits=RateLimits.unlimited())
    return service


@pytest.fixture(scope="module")
def fake_base_url(fake_service: FakeEulerService) -> Iterator[str]:
    with fake_service.serve() as base_url:
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
    excluded = [positive_data_acceptance]
    if case.media_type == "multipart/form-data":
        # Schemathesis counts a file part whose bytes are not "binary" enough as a `format: binary`
        # violation; on the wire any bytes are a file, so there is nothing for the service to reject.
        excluded.append(negative_data_rejection)
    case.validate_response(response, excluded_checks=excluded, headers=AUTH)
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


SPEC_OPERATIONS = sorted((operation.path, operation.method) for operation in OPERATIONS.values())


@pytest.mark.parametrize(("path", "method"), SPEC_OPERATIONS, ids=[f"{m} {p}" for p, m in SPEC_OPERATIONS])
def test_every_operation_answers_a_well_formed_request_with_a_conforming_200(path: str, method: str) -> None:
    # A fresh service per operation: some of them delete what the next one would need (the caller's key).
    service = FakeEulerService(strict=True)
    service.add_key(KEY, "Enterprise", limits=RateLimits.unlimited())
    operation = next(op for op in OPERATIONS.values() if (op.path, op.method) == (path, method))
    with service.serve() as base_url, httpx.Client(base_url=base_url, headers=AUTH) as http:
        parts = well_formed_parts(operation, known_values(service, http, KEY))
        body: Any = parts.json
        media_type = "application/json" if parts.json is not None else None
        if parts.files is not None:
            body = {**(parts.data or {}), **{name: content for name, (_, content, _) in parts.files.items()}}
            media_type = "multipart/form-data"
        fields: dict[str, Any] = {"path_parameters": parts.path_params, "query": parts.params}
        if parts.headers:
            fields["headers"] = parts.headers
        if body is not None:
            fields.update(body=body, media_type=media_type)
        case = schema[path][method].Case(**fields)
        response = case.call_and_validate(base_url=base_url, headers=AUTH)
    assert response.status_code == 200, response.text
