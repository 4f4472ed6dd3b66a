"""Contract test: schemathesis drives the fake service over real HTTP; every answer conforms to the document of
the layout it was asked in: `openapi.yaml` (flat paths) and `openapi-rest.yaml` (REST paths), served on one port.

Schemathesis generates valid and invalid requests for every operation of each document and runs its default
checks on each answer (no server errors, documented status codes, content types, headers and schemas, invalid
input rejected, authentication not ignored). `make test` runs a few examples per operation; `make fuzz` sets
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
from schemathesis.checks import (
    ignored_auth,
    negative_data_rejection,
    positive_data_acceptance,
    response_schema_conformance,
)

from tests._fake_requests import known_values, well_formed_parts
from tiktok_live.testing import OPERATIONS, REST_OPERATIONS, FakeEulerService, RateLimits

ROOT = Path(__file__).resolve().parents[2]
FUZZ = os.environ.get("TIKTOK_LIVE_FUZZ") == "1"
KEY = "test-key"
AUTH = {"x-api-key": KEY}

schema = schemathesis.openapi.from_path(ROOT / "openapi.yaml")
rest_schema = schemathesis.openapi.from_path(ROOT / "openapi-rest.yaml")
SCHEMAS = {"flat": schema, "rest": rest_schema}
schema.config.generation.update(max_examples=300 if FUZZ else 8)
rest_schema.config.generation.update(max_examples=300 if FUZZ else 3)
if not FUZZ:
    # The REST document has 2.5 times the operations: fewer examples, and one unexpected method per path
    # instead of every one, keep `make test` near its time budget (`make fuzz` runs everything).
    rest_schema.config.phases.coverage.unexpected_methods = {"trace"}


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
    # The REST layout takes the TikTok session as one of two optional headers.
    "Sending chat needs a logged-in TikTok session",
    "The x-cookie-header header has no sessionid cookie",
    # The REST document sets no minItems on the bulk live check's ids; the service wants at least one.
    "The user_numeric_ids field is required",
)


def _check_generated(case: schemathesis.Case, base_url: str, service: FakeEulerService, layout: str) -> None:
    response = case.call(base_url=base_url, headers=AUTH)
    excluded = [positive_data_acceptance]
    if case.media_type == "multipart/form-data":
        # Schemathesis counts a file part whose bytes are not "binary" enough as a `format: binary`
        # violation; on the wire any bytes are a file, so there is nothing for the service to reject.
        excluded.append(negative_data_rejection)
    if layout == "rest" and not FUZZ:
        # Its probes double the requests; test_fake_rest_operations.py checks every REST operation's 401s.
        excluded.append(ignored_auth)
    recorded = service.requests
    served_by = recorded[-1].layout if recorded else layout
    service.clear_requests()  # only the last one matters; the log would grow by thousands of requests
    if served_by not in (None, layout):
        # Both documents have this method and path, and only the other one accepts the request (this one calls it
        # invalid: a region only the REST layout lists, say): one server behind both layouts serves it as the
        # other layout's, whose answer this document need not describe.
        excluded += [negative_data_rejection, response_schema_conformance]
    case.validate_response(response, excluded_checks=excluded, headers=AUTH)
    if case.meta is not None and case.meta.generation.mode.is_positive and response.status_code == 400:
        message = response.json()["message"]
        assert message.startswith(CROSS_FIELD_RULES), f"schema-valid request rejected: {message}"


@pytest.mark.fuzz
@schema.parametrize()
def test_every_generated_request_gets_an_answer_that_conforms_to_openapi_yaml(
    case: schemathesis.Case, fake_base_url: str, fake_service: FakeEulerService
) -> None:
    _check_generated(case, fake_base_url, fake_service, "flat")


@pytest.mark.fuzz
@rest_schema.parametrize()
def test_every_generated_request_gets_an_answer_that_conforms_to_openapi_rest_yaml(
    case: schemathesis.Case, fake_base_url: str, fake_service: FakeEulerService
) -> None:
    _check_generated(case, fake_base_url, fake_service, "rest")


# Generated data rarely names a creator the fake knows, so the successful answers are also checked on purpose.
FLAT_SUCCESSFUL_CASES: list[tuple[str, str, dict[str, Any]]] = [
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

LIVE_ROOM = "7321456789012345678"
SESSION = {"x-cookie-header": "sessionid=fake-session; tt-target-idc=useast5"}
REST_SUCCESSFUL_CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("/webcast/rooms/{room_id}/connect", "GET", {"path_parameters": {"room_id": LIVE_ROOM}}),
    (
        "/webcast/anchors/{unique_id}/connect",
        "GET",
        {"path_parameters": {"unique_id": "someone"}, "query": {"client_enter": "false"}, "headers": SESSION},
    ),
    ("/accounts/me/rate_limits", "GET", {}),
    ("/webcast/anchors/{unique_id}/room_cover", "GET", {"path_parameters": {"unique_id": "someone"}}),
    ("/webcast/anchors/{unique_id}/room_cover", "GET", {"path_parameters": {"unique_id": "offline_creator"}}),
    (
        "/webcast/anchors/{creator_id}/room_id",
        "GET",
        {"path_parameters": {"creator_id": "someone"}, "query": {"creator_id_type": "unique_id"}},
    ),
    ("/webcast/anchors/{creator_id}/room_id", "GET", {"path_parameters": {"creator_id": "offline_creator"}}),
    ("/webcast/anchors/{creator_id}/room_info", "GET", {"path_parameters": {"creator_id": "someone"}}),
    ("/webcast/anchors/{creator_id}/room_info", "GET", {"path_parameters": {"creator_id": "offline_creator"}}),
    (
        "/webcast/rooms/{room_id}/chat",
        "POST",
        {"path_parameters": {"room_id": LIVE_ROOM}, "headers": SESSION, "body": {"content": "hello"}},
    ),
    (
        "/webcast/rooms/{room_id}/chat",
        "POST",
        {
            "path_parameters": {"room_id": "0"},
            "headers": SESSION,
            "body": {"content": "hi", "targetUniqueId": "someone"},
        },
    ),
    (
        "/tiktok/signing/encrypt/sign_url",
        "POST",
        {"query": {"client": "ttlive-python"}, "body": {"url": "https://webcast.tiktok.com/webcast/fetch/?a=1"}},
    ),
]
SUCCESSFUL_CASES = [
    *(("flat", path, method, data) for path, method, data in FLAT_SUCCESSFUL_CASES),
    *(("rest", path, method, data) for path, method, data in REST_SUCCESSFUL_CASES),
]


@pytest.mark.parametrize(
    ("layout", "path", "method", "data"), SUCCESSFUL_CASES, ids=[f"{lo} {m} {p}" for lo, p, m, _ in SUCCESSFUL_CASES]
)
def test_successful_answers_conform_to_their_layouts_document(
    fake_base_url: str, layout: str, path: str, method: str, data: dict[str, Any]
) -> None:
    case = SCHEMAS[layout][path][method].Case(**data)
    response = case.call_and_validate(base_url=fake_base_url, headers=AUTH)
    assert response.status_code == 200


SPEC_OPERATIONS = sorted(
    (operation.layout, operation.path, operation.method)
    for operation in [*OPERATIONS.values(), *REST_OPERATIONS.values()]
)


@pytest.mark.parametrize(
    ("layout", "path", "method"), SPEC_OPERATIONS, ids=[f"{lo} {m} {p}" for lo, p, m in SPEC_OPERATIONS]
)
def test_every_operation_answers_a_well_formed_request_with_a_conforming_200(
    layout: str, path: str, method: str
) -> None:
    # A fresh service per operation: some of them delete what the next one would need (the caller's key).
    service = FakeEulerService(strict=True)
    service.add_key(KEY, "Enterprise", limits=RateLimits.unlimited())
    operations = OPERATIONS if layout == "flat" else REST_OPERATIONS
    operation = next(op for op in operations.values() if (op.path, op.method) == (path, method))
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
        case = SCHEMAS[layout][path][method].Case(**fields)
        response = case.call_and_validate(base_url=base_url, headers=AUTH)
    assert response.status_code == 200, response.text
