"""openapi.yaml: every upstream operation, and every fix of the upstream document holds for each of them."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
UPSTREAM = ROOT.parent / "shared" / "reference" / "upstream-openapi-2025-11.json"

# The seed operations the hand-written layer (tiktok_live/) is built on: their paths and plans must not move.
SEED = {
    "FetchWebcastURL": ("get", "/webcast/fetch", ["Public", "Basic", "Pro", "Enterprise"]),
    "GetRateLimits": ("get", "/webcast/rate_limits", ["Public", "Basic", "Pro", "Enterprise"]),
    "RetrieveRoomCover": ("get", "/webcast/room_cover", ["Pro", "Enterprise"]),
    "RetrieveRoomId": ("get", "/webcast/room_id", ["Pro", "Enterprise"]),
    "RetrieveRoomInfo": ("get", "/webcast/room_info", ["Enterprise"]),
    "RetrieveRoomVideo": ("get", "/webcast/room_video", ["Pro", "Enterprise"]),
    "SendRoomChat": ("post", "/webcast/chat", ["Enterprise"]),
    "SignWebcastUrl": ("post", "/webcast/sign_url", ["Basic", "Pro", "Enterprise"]),
}
# What the service does, which the upstream document does not say: these also serve anonymous callers.
ANONYMOUS_ALLOWED = {"FetchWebcastURL", "GetRateLimits"}
PLANS = ["Public", "Basic", "Pro", "Enterprise"]
ERROR_STATUSES = ["400", "401", "402", "403", "429", "500", "503"]
# Parameter and body field names that name a user or room that may not exist.
LOOKUP_FIELDS = {"uniqueId", "unique_id", "room_id", "roomId"}
TYPESCRIPT_NAMES = re.compile(r"Partial_|Record_string|Uint8Array|Pick_|Omit_")


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


def _all() -> list[str]:
    return sorted(_operations())


def test_spec_validates() -> None:
    validate(SPEC)


def test_every_upstream_operation_is_kept_with_its_method_and_path() -> None:
    if not UPSTREAM.is_file():
        pytest.skip(f"{UPSTREAM} is not available")
    upstream = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    expected = {
        operation["operationId"]: (method, path)
        for path, item in upstream["paths"].items()
        for method, operation in item.items()
    }
    assert {name: (op["method"], op["path"]) for name, op in _operations().items()} == expected


def test_the_seed_operations_keep_their_paths_and_plans() -> None:
    operations = _operations()
    found = {name: (operations[name]["method"], operations[name]["path"], operations[name]["x-euler-plans"])
             for name in SEED if name in operations}  # fmt: skip
    assert found == SEED


@pytest.mark.parametrize("operation_id", _all())
def test_security_schemes_are_alternatives(operation_id: str) -> None:
    requirements = _operations()[operation_id]["security"]
    assert all(len(requirement) <= 1 for requirement in requirements), "one scheme per requirement object"
    assert all(scopes == [] for requirement in requirements for scopes in requirement.values()), "no scopes"
    schemes = {name for requirement in requirements for name in requirement}
    assert schemes <= set(SPEC["components"]["securitySchemes"])
    if requirements:  # `security: []` upstream: open to everyone
        assert "api_key_header" in schemes
        assert ({} in requirements) == (operation_id in ANONYMOUS_ALLOWED)


@pytest.mark.parametrize("operation_id", _all())
def test_every_operation_lists_its_plans(operation_id: str) -> None:
    plans = _operations()[operation_id]["x-euler-plans"]
    assert plans, "no plan may call it"
    assert plans == [plan for plan in PLANS if plan in plans], "known plans, in order"


@pytest.mark.parametrize("operation_id", _all())
def test_every_operation_is_in_one_of_our_groups(operation_id: str) -> None:
    operation = _operations()[operation_id]
    [tag] = operation["tags"]
    assert tag in {entry["name"] for entry in SPEC["tags"]}
    assert tag.isidentifier(), "the tag is the generated subpackage name"
    assert tag == tag.lower(), "the tag is the generated subpackage name"
    assert (tag == "webcast") == operation["path"].startswith("/webcast/")


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


def _looks_something_up(operation: dict[str, Any]) -> bool:
    parameters = [_resolve(parameter) for parameter in operation.get("parameters", [])]
    if any(p["in"] == "path" or p["name"] in LOOKUP_FIELDS for p in parameters):
        return True
    bodies = operation.get("requestBody", {}).get("content", {}).values()
    return any(LOOKUP_FIELDS & set(_resolve(body["schema"]).get("properties", {})) for body in bodies)


@pytest.mark.parametrize("operation_id", _all())
def test_every_operation_documents_its_errors(operation_id: str) -> None:
    operation = _operations()[operation_id]
    responses = operation["responses"]
    expected = ERROR_STATUSES + (["404"] if _looks_something_up(operation) else [])
    for status in expected:
        content = _resolve(responses[status])["content"]
        assert content["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}, status
    assert ("404" in responses) == _looks_something_up(operation)


def test_multipart_bodies_upload_binary_files() -> None:
    bodies = [
        _resolve(media["schema"])
        for operation in _operations().values()
        for content_type, media in operation.get("requestBody", {}).get("content", {}).items()
        if content_type == "multipart/form-data"
    ]
    for body in bodies:
        files = [p for p in body["properties"].values() if p.get("format") == "binary"]
        assert files
        assert all(p["type"] == "string" for p in files)


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
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", name), name
        assert not TYPESCRIPT_NAMES.search(name), name


def test_no_typescript_type_names_anywhere() -> None:
    texts = {SPEC_PATH: SPEC_PATH.read_text(encoding="utf-8")}
    texts |= {path: path.read_text(encoding="utf-8") for path in (ROOT / "generated").rglob("*.py")}
    found = {str(path): TYPESCRIPT_NAMES.findall(text) for path, text in texts.items()}
    assert {path: names for path, names in found.items() if names} == {}


def test_no_closed_objects_no_doubles_no_empty_alternatives() -> None:
    for path, node in _walk(SPEC):
        if not isinstance(node, dict):
            continue
        assert node.get("additionalProperties") is not False, path
        assert "nullable" not in node or isinstance(node.get("nullable"), dict), path
        if isinstance(node.get("format"), str):
            assert node["format"] not in {"double", "float"}, path
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


# Names that say a whole number: an id, a count, a page, a code.
INTEGER_NAMES = re.compile(r"^(id|code|page|pages|count)$|_id$|[a-z]Id$|_count$")


def test_ids_counts_pages_and_codes_are_never_plain_numbers() -> None:
    seen = 0
    for _, node in _walk(SPEC):
        if not isinstance(node, dict):
            continue
        named = dict(node.get("properties", {})) if isinstance(node.get("properties"), dict) else {}
        if isinstance(node.get("in"), str) and isinstance(node.get("schema"), dict):
            named[node["name"]] = node["schema"]
        for name, schema in named.items():
            if INTEGER_NAMES.search(name) and isinstance(schema, dict) and "type" in schema:
                seen += 1
                types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
                assert "number" not in types, name
    assert seen


@pytest.mark.parametrize("name", ["account_id", "alert_id", "target_id", "api_key_id", "page"])
def test_id_and_page_parameters_are_integers(name: str) -> None:
    found = [
        _resolve(parameter)["schema"]["type"]
        for operation in _operations().values()
        for parameter in operation.get("parameters", [])
        if _resolve(parameter)["name"] == name
    ]
    assert found
    assert set(found) == {"integer"}
