"""openapi.yaml and openapi-rest.yaml: every upstream operation, and every fix of the upstream document holds for
each of them. A property that holds for both layouts is one test, parametrized over both documents."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import snake_case
from openapi_spec_validator import validate

from .._helpers import upstream_of

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Layout:
    """One API layout: its document, the upstream document it is derived from, its generated package."""

    path: Path
    upstream: Path
    package: str
    # What the service does, which upstream does not say: these routes also serve anonymous callers.
    anonymous: Callable[[str], bool]

    @property
    def spec(self) -> dict[str, Any]:
        return _load(self.path)


_LOADED: dict[Path, dict[str, Any]] = {}


def _load(path: Path) -> dict[str, Any]:
    if path not in _LOADED:
        _LOADED[path] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return _LOADED[path]


LAYOUTS = {
    "flat": Layout(
        ROOT / "openapi.yaml",
        upstream_of("openapi.yaml"),
        "tiktok_live_api",
        anonymous=lambda path: path in {"/webcast/fetch", "/webcast/rate_limits"},
    ),
    "rest": Layout(
        ROOT / "openapi-rest.yaml",
        upstream_of("openapi-rest.yaml"),
        "tiktok_live_rest_api",
        # The connect routes (by room id and by unique id) and the rate limits.
        anonymous=lambda path: path.endswith("/connect") or path == "/accounts/me/rate_limits",
    ),
}
FLAT = LAYOUTS["flat"]
SPEC_PATH = FLAT.path
SPEC: dict[str, Any] = FLAT.spec

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
PLANS = ["Public", "Basic", "Pro", "Enterprise"]
ERROR_STATUSES = ["400", "401", "402", "403", "429", "500", "503"]
# Parameter and body field names that name a user or room that may not exist.
LOOKUP_FIELDS = {"uniqueId", "unique_id", "room_id", "roomId", "targetRoomId", "targetUniqueId"}
# TypeScript type expressions as names, spelled with underscores (upstream) or run together (the generator's
# class names in the reconstruction).
TYPESCRIPT_NAMES = re.compile(r"Partial_|Partial(?=[A-Z])|Record_string|Uint8Array|Pick_|Omit_")
CONNECT_HEADERS = {"X-Set-TT-Cookie", "X-Room-Id", "X-Request-Id", "X-Agent-Id"}


def _operations(spec: dict[str, Any] = SPEC) -> dict[str, dict[str, Any]]:
    found = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            found[operation["operationId"]] = {"method": method, "path": path, **operation}
    return found


def _resolve(node: dict[str, Any], spec: dict[str, Any] = SPEC) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
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


def _every_operation() -> list[Any]:
    """(layout, operationId) of every operation of both documents."""
    return [
        pytest.param(name, operation_id, id=f"{name}-{operation_id}")
        for name, layout in LAYOUTS.items()
        for operation_id in sorted(_operations(layout.spec))
    ]


each_layout = pytest.mark.parametrize("layout", list(LAYOUTS))
each_operation = pytest.mark.parametrize(("layout", "operation_id"), _every_operation())


@each_layout
def test_spec_validates(layout: str) -> None:
    validate(LAYOUTS[layout].spec)


@each_layout
def test_every_upstream_operation_is_kept_with_its_method_and_path(layout: str) -> None:
    upstream = json.loads(LAYOUTS[layout].upstream.read_text(encoding="utf-8"))
    expected = {
        operation["operationId"]: (method, path)
        for path, item in upstream["paths"].items()
        for method, operation in item.items()
    }
    found = {name: (op["method"], op["path"]) for name, op in _operations(LAYOUTS[layout].spec).items()}
    assert found == expected


def test_the_seed_operations_keep_their_paths_and_plans() -> None:
    operations = _operations()
    found = {name: (operations[name]["method"], operations[name]["path"], operations[name]["x-euler-plans"])
             for name in SEED if name in operations}  # fmt: skip
    assert found == SEED


@each_operation
def test_security_schemes_are_alternatives(layout: str, operation_id: str) -> None:
    spec = LAYOUTS[layout].spec
    operation = _operations(spec)[operation_id]
    requirements = operation["security"]
    assert all(len(requirement) <= 1 for requirement in requirements), "one scheme per requirement object"
    assert all(scopes == [] for requirement in requirements for scopes in requirement.values()), "no scopes"
    schemes = {name for requirement in requirements for name in requirement}
    assert schemes <= set(spec["components"]["securitySchemes"])
    if requirements:  # `security: []` upstream: open to everyone
        assert "api_key_header" in schemes
        assert next(iter(requirements[0])) == "api_key_header", "the preferred credential first"
        assert ({} in requirements) == LAYOUTS[layout].anonymous(operation["path"])


@each_operation
def test_every_operation_lists_its_plans_or_none_when_unknown(layout: str, operation_id: str) -> None:
    operation = _operations(LAYOUTS[layout].spec)[operation_id]
    if layout == "rest" and operation_id not in _operations(FLAT.spec):
        assert "x-euler-plans" not in operation, "the REST reconstruction lost its plans: unknown, not all four"
        return
    plans = operation["x-euler-plans"]
    assert plans, "no plan may call it"
    assert plans == [plan for plan in PLANS if plan in plans], "known plans, in order"


@pytest.mark.parametrize("operation_id", sorted(_operations(LAYOUTS["rest"].spec)))
def test_rest_plans_are_the_flat_ones_or_unknown(operation_id: str) -> None:
    # The reconstruction lost upstream's plan scopes: an operation both layouts have keeps its flat plans.
    flat = _operations(FLAT.spec).get(operation_id, {}).get("x-euler-plans")
    assert _operations(LAYOUTS["rest"].spec)[operation_id].get("x-euler-plans") == flat


@each_operation
def test_every_operation_is_in_one_of_our_groups(layout: str, operation_id: str) -> None:
    spec = LAYOUTS[layout].spec
    operation = _operations(spec)[operation_id]
    [tag] = operation["tags"]
    assert tag in {entry["name"] for entry in spec["tags"]}
    assert tag.isidentifier(), "the tag is the generated subpackage name"
    assert tag == tag.lower(), "the tag is the generated subpackage name"
    if layout == "flat":
        assert (tag == "webcast") == operation["path"].startswith("/webcast/")


@each_layout
def test_info_and_servers_describe_the_document(layout: str) -> None:
    spec = LAYOUTS[layout].spec
    assert spec["openapi"].startswith("3.1.")
    assert spec["info"]["version"][:4].isdigit(), "our calendar version, not upstream's"
    assert spec["info"]["license"]["identifier"] == "MIT"
    assert all(server["url"].startswith("https://") for server in spec["servers"])
    assert "https://api.eulerstream.com" in {server["url"] for server in spec["servers"]}


@pytest.mark.parametrize(
    "operation_id",
    sorted(
        name for name, operation in _operations(LAYOUTS["rest"].spec).items() if operation["path"].endswith("/connect")
    ),
)
def test_connect_routes_answer_protobuf_with_their_headers(operation_id: str) -> None:
    spec = LAYOUTS["rest"].spec
    ok = _operations(spec)[operation_id]["responses"]["200"]
    assert ok["content"] == {"application/x-protobuf": {"schema": {"type": "string", "format": "binary"}}}
    assert set(ok["headers"]) >= CONNECT_HEADERS
    for header in CONNECT_HEADERS:
        assert _resolve(ok["headers"][header], spec)["schema"] == {"type": "string"}
    assert _resolve(ok["headers"]["X-Set-TT-Cookie"], spec) == _resolve(
        FLAT.spec["components"]["headers"]["X-Set-TT-Cookie"]
    ), "the same header as the flat layout's"


@each_operation
def test_every_answer_declares_the_rate_limit_state(layout: str, operation_id: str) -> None:
    ok = _operations(LAYOUTS[layout].spec)[operation_id]["responses"]["200"]
    assert {"RateLimit-Remaining", "RateLimit-Reset"} <= set(ok.get("headers", {}))


def test_fetch_returns_binary_protobuf_with_its_headers() -> None:
    ok = _operations()["FetchWebcastURL"]["responses"]["200"]
    assert ok["content"] == {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    # What WebcastFetchResult reads (tiktok_live/_operations.py) and the rate-limit state; upstream may add more.
    assert set(ok["headers"]) >= {
        "X-Set-TT-Cookie", "X-Room-Id", "X-Request-Id", "X-Agent-Id", "RateLimit-Remaining", "RateLimit-Reset",
    }  # fmt: skip


def test_fetch_parameters_keep_the_seed_defaults() -> None:
    """Properties, not today's list: upstream adds parameters (a new optional one must not fail this)."""
    declared = [_resolve(p) for p in _operations()["FetchWebcastURL"]["parameters"]]
    parameters = {p["name"]: p for p in declared}
    assert len(parameters) == len(declared), "a parameter is declared twice"
    # The seed's defaults hold, and the room is named by room_id or unique_id, neither of them required.
    assert parameters["client"]["schema"]["default"] == "ttlive-other"
    assert parameters["client_enter"]["schema"]["default"] is True
    assert {"room_id", "unique_id"} <= set(parameters)
    assert not any(parameters[name].get("required") for name in ("room_id", "unique_id"))
    # Every parameter the seed's clients send is still there (the flat fetch's arguments).
    assert set(parameters) >= {"client", "room_id", "unique_id", "cursor", "session_id", "tt_target_idc"}
    assert all(p["in"] in ("query", "header") and "schema" in p for p in declared)


def _looks_something_up(operation: dict[str, Any], spec: dict[str, Any] = SPEC) -> bool:
    parameters = [_resolve(parameter, spec) for parameter in operation.get("parameters", [])]
    if any(p["in"] == "path" or p["name"] in LOOKUP_FIELDS for p in parameters):
        return True
    bodies = operation.get("requestBody", {}).get("content", {}).values()
    schemas = [_resolve(body["schema"], spec) for body in bodies]
    schemas += [_resolve(one, spec) for schema in list(schemas) for one in schema.get("anyOf", [])]
    return any(LOOKUP_FIELDS & set(schema.get("properties", {})) for schema in schemas)


@each_operation
def test_every_operation_documents_its_errors(layout: str, operation_id: str) -> None:
    spec = LAYOUTS[layout].spec
    operation = _operations(spec)[operation_id]
    responses = operation["responses"]
    looks_up = _looks_something_up(operation, spec)
    expected = ERROR_STATUSES + (["404"] if looks_up else [])
    for status in expected:
        content = _resolve(responses[status], spec)["content"]
        assert content["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}, status
    assert ("404" in responses) == looks_up
    for status, response in responses.items():
        if not status.startswith("2"):
            assert "$ref" in response, f"{status} is a shared error response"


@each_layout
def test_no_per_operation_error_schemas(layout: str) -> None:
    schemas = LAYOUTS[layout].spec["components"]["schemas"]
    assert [name for name in schemas if re.search(r"Response[45][0-9][0-9]$", name)] == []


@each_layout
def test_multipart_bodies_upload_binary_files(layout: str) -> None:
    spec = LAYOUTS[layout].spec
    bodies = [
        _resolve(media["schema"], spec)
        for operation in _operations(spec).values()
        for content_type, media in operation.get("requestBody", {}).get("content", {}).items()
        if content_type == "multipart/form-data"
    ]
    for body in bodies:
        files = [p for p in body["properties"].values() if p.get("format") == "binary"]
        assert files
        assert all(p["type"] == "string" for p in files)


@each_layout
def test_rate_limited_answers_declare_every_hint_header(layout: str) -> None:
    headers = LAYOUTS[layout].spec["components"]["responses"]["TooManyRequests"]["headers"]
    assert set(headers) == {"Retry-After", "RateLimit-Remaining", "RateLimit-Reset", "X-RateLimit-Reset"}


@each_layout
def test_error_response_schema(layout: str) -> None:
    schema = LAYOUTS[layout].spec["components"]["schemas"]["ErrorResponse"]
    assert schema["required"] == ["code"]
    assert schema["properties"]["code"]["type"] == "integer"
    assert {"message", "error", "limit_label"} <= set(schema["properties"])


@each_layout
def test_schema_names_are_readable(layout: str) -> None:
    for name in LAYOUTS[layout].spec["components"]["schemas"]:
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", name), name
        assert not TYPESCRIPT_NAMES.search(name), name


def test_no_typescript_type_names_anywhere() -> None:
    texts = {layout.path: layout.path.read_text(encoding="utf-8") for layout in LAYOUTS.values()}
    texts |= {path: path.read_text(encoding="utf-8") for path in (ROOT / "generated").rglob("*.py")}
    found = {str(path): TYPESCRIPT_NAMES.findall(text) for path, text in texts.items()}
    assert {path: names for path, names in found.items() if names} == {}


@each_layout
def test_no_closed_objects_no_doubles_no_empty_alternatives(layout: str) -> None:
    for path, node in _walk(LAYOUTS[layout].spec):
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


@each_layout
def test_ids_counts_pages_and_codes_are_never_plain_numbers(layout: str) -> None:
    seen = 0
    for _, node in _walk(LAYOUTS[layout].spec):
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


def _module(layout: str, operation_id: str) -> str:
    tag = _operations(LAYOUTS[layout].spec)[operation_id]["tags"][0]
    return f"{LAYOUTS[layout].package}.api.{tag}.{snake_case(operation_id)}"


@each_operation
def test_every_operation_has_its_generated_module(layout: str, operation_id: str) -> None:
    operation = _operations(LAYOUTS[layout].spec)[operation_id]
    module = importlib.import_module(_module(layout, operation_id))
    assert callable(module._get_kwargs)
    assert callable(module.sync_detailed)
    assert module.__name__.startswith(LAYOUTS[layout].package + ".")
    source = Path(str(module.__file__)).read_text(encoding="utf-8")
    assert f'"method": "{operation["method"]}"' in source
