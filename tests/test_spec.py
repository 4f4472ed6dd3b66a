"""openapi.yaml: the eight operations, and every fix of the upstream document holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())

OPERATIONS = {
    "FetchWebcastURL": ("get", "/webcast/fetch"),
    "GetRateLimits": ("get", "/webcast/rate_limits"),
    "RetrieveRoomCover": ("get", "/webcast/room_cover"),
    "RetrieveRoomId": ("get", "/webcast/room_id"),
    "RetrieveRoomInfo": ("get", "/webcast/room_info"),
    "RetrieveRoomVideo": ("get", "/webcast/room_video"),
    "SendRoomChat": ("post", "/webcast/chat"),
    "SignWebcastUrl": ("post", "/webcast/sign_url"),
}
ANONYMOUS_ALLOWED = {"FetchWebcastURL", "GetRateLimits"}
# Operations naming a user, room or room id that may not exist answer 404.
NOT_FOUND_POSSIBLE = {
    "FetchWebcastURL",
    "RetrieveRoomCover",
    "RetrieveRoomId",
    "RetrieveRoomInfo",
    "RetrieveRoomVideo",
    "SendRoomChat",
}
ERROR_STATUSES = ["400", "401", "402", "403", "429", "500", "503"]


def _operations() -> dict[str, dict[str, Any]]:
    found = {}
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            found[operation["operationId"]] = {"method": method, "path": path, **operation}
    return found


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _walk(node: Any, path: str = "") -> Any:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{path}/{index}")


def test_spec_validates() -> None:
    validate(SPEC)


def test_exactly_the_eight_operations_with_upstream_methods_and_paths() -> None:
    operations = _operations()
    assert {name: (op["method"], op["path"]) for name, op in operations.items()} == OPERATIONS


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_security_schemes_are_alternatives(operation_id: str) -> None:
    requirements = _operations()[operation_id]["security"]
    assert all(len(requirement) <= 1 for requirement in requirements), "one scheme per requirement object"
    schemes = {name for requirement in requirements for name in requirement}
    assert {"api_key_header", "api_key_query"} <= schemes
    assert ({} in requirements) == (operation_id in ANONYMOUS_ALLOWED)


def test_fetch_returns_binary_protobuf_with_its_headers() -> None:
    ok = _operations()["FetchWebcastURL"]["responses"]["200"]
    assert ok["content"] == {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    assert set(ok["headers"]) == {
        "X-Set-TT-Cookie", "X-Room-Id", "X-Request-Id", "X-Agent-Id", "RateLimit-Remaining", "RateLimit-Reset",
    }  # fmt: skip


def test_fetch_parameters_keep_the_seed_defaults() -> None:
    parameters = {_resolve(p)["name"]: _resolve(p) for p in _operations()["FetchWebcastURL"]["parameters"]}
    assert parameters["client"]["schema"]["default"] == "ttlive-other"
    assert parameters["client_enter"]["schema"]["default"] is True
    assert set(parameters) == {
        "client", "room_id", "unique_id", "cursor", "session_id", "user_agent",
        "tt_target_idc", "client_enter", "country", "platform",
    }  # fmt: skip


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_documents_its_errors(operation_id: str) -> None:
    responses = _operations()[operation_id]["responses"]
    expected = ERROR_STATUSES + (["404"] if operation_id in NOT_FOUND_POSSIBLE else [])
    for status in expected:
        content = _resolve(responses[status])["content"]
        assert content["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}, status


def test_rate_limited_answers_declare_every_hint_header() -> None:
    headers = SPEC["components"]["responses"]["TooManyRequests"]["headers"]
    assert set(headers) == {"Retry-After", "RateLimit-Remaining", "RateLimit-Reset", "X-RateLimit-Reset"}


def test_error_response_schema() -> None:
    schema = SPEC["components"]["schemas"]["ErrorResponse"]
    assert schema["required"] == ["code"]
    assert schema["properties"]["code"]["type"] == "integer"
    assert {"message", "error", "limit_label"} <= set(schema["properties"])


def test_schema_names_are_readable() -> None:
    for name in SPEC["components"]["schemas"]:
        assert name.isidentifier(), name
        assert "__" not in name, name
        assert not name.startswith(("Partial", "Record", "Uint8Array")), name


def test_no_closed_objects_no_doubles_no_empty_alternatives() -> None:
    for path, node in _walk(SPEC):
        if not isinstance(node, dict):
            continue
        assert node.get("additionalProperties") is not False, path
        assert node.get("format") not in {"double", "float"}, path
        for alternatives in (node.get("anyOf"), node.get("oneOf")):
            assert not alternatives or all(alternatives), f"empty schema in alternatives at {path}"


@pytest.mark.parametrize("field", ["code", "max", "remaining", "current_viewers", "followers", "start_time"])
def test_counts_ids_and_codes_are_integers(field: str) -> None:
    seen = [
        node["properties"][field]["type"]
        for _, node in _walk(SPEC["components"]["schemas"])
        if isinstance(node, dict) and isinstance(node.get("properties"), dict) and field in node["properties"]
    ]
    assert seen
    assert set(seen) == {"integer"}
