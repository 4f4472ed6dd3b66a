"""The fake serves every operation of the spec: routes, plans, faults, input checks and conforming answers.

The properties hold for any operation, so they run over every operation of the spec the fake ships
(`tiktok_live/testing/openapi.json`, a copy of `openapi.yaml`).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

from tests import _fake_requests
from tests._fake_requests import well_formed
from tiktok_live import _catalog
from tiktok_live.testing import OPERATIONS, PLANS, FakeEulerService, Operation, RateLimits, _service, _spec
from tiktok_live.testing._spec import route

BASE_URL = "https://tiktok.eulerstream.com"
KEY = "enterprise-key"
WHOLE_API = copy.deepcopy(_spec.load_spec())
OPERATION_IDS = sorted(
    op["operationId"] for item in WHOLE_API["paths"].values() for op in item.values() if isinstance(op, dict)
)


# Roles, found by what an operation is (the catalog's description of it, its shape), not by today's operationId:
# a test of a role skips, saying so, when no operation of the spec has it.
FLAT_OPERATIONS = [method.flat for method in _catalog.methods() if method.flat is not None]
# The operations whose answer is the key's limits per window (reading them does not spend them).
RATE_LIMIT_READERS = {op.operation_id for op in FLAT_OPERATIONS if op.reports_rate_limits}


def _role(description: str, operation_ids: Iterable[str]) -> str:
    """The first operation of the spec that is `description`; skips the test when none is."""
    found = sorted(set(operation_ids) & set(OPERATION_IDS))
    if not found:
        pytest.skip(f"no operation of the spec is {description}")
    return found[0]


def _clear_caches() -> None:
    for cached in (_spec.spec_operations, _spec._lookup, _spec._table):
        cached.cache_clear()


@pytest.fixture(autouse=True)
def whole_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for module in (_spec, _service, _fake_requests):
        monkeypatch.setattr(module, "load_spec", lambda: WHOLE_API)
    _clear_caches()
    yield
    _clear_caches()


def operation(operation_id: str) -> Operation:
    return OPERATIONS[_spec.operation_name(operation_id)]


@pytest.fixture
def service() -> FakeEulerService:
    return FakeEulerService()


@pytest.fixture
def http(service: FakeEulerService) -> Iterator[httpx.Client]:
    with httpx.Client(transport=service.transport(), base_url=BASE_URL, headers={"x-api-key": KEY}) as client:
        yield client


def known_values(service: FakeEulerService, http: httpx.Client) -> dict[str, Any]:
    return _fake_requests.known_values(service, http, KEY)


def conforms(value: Any, schema: dict[str, Any]) -> None:
    document = {**schema, "components": WHOLE_API["components"]}
    jsonschema.Draft202012Validator(document).validate(value)


# ------------------------------------------------------------------------------------ routes


def _concrete_path(op: Operation) -> str:
    path = op.path
    for name in op.parameters:
        if name.location == "path":
            path = path.replace("{" + name.name + "}", "12345")
    return path


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_every_operation_has_a_route_found_by_method_and_path(operation_id: str) -> None:
    op = operation(operation_id)
    found = route(op.method, _concrete_path(op))
    assert found.operation is not None
    assert found.operation.operation_id == operation_id
    assert set(found.path_params) == {p.name for p in op.parameters if p.location == "path"}


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_a_method_the_path_lacks_is_405_with_allow(operation_id: str, http: httpx.Client) -> None:
    op = operation(operation_id)
    path = _concrete_path(op)
    taken = {other.method for other in OPERATIONS.values() if other.pattern.fullmatch(path)}
    unused = next(method for method in ("TRACE", "PATCH", "PUT", "DELETE", "POST", "GET") if method not in taken)
    response = http.request(unused, path)
    assert response.status_code == 405
    assert op.method in response.headers["allow"].split(", ")
    assert http.request(op.method, path + "/nothing-here").status_code == 404


def test_operations_lists_every_operation_of_the_spec() -> None:
    assert sorted(op.operation_id for op in OPERATIONS.values()) == OPERATION_IDS


# ------------------------------------------------------------------------------------ answers


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_a_well_formed_enterprise_request_gets_a_200_that_conforms_to_the_spec(
    operation_id: str, service: FakeEulerService, http: httpx.Client
) -> None:
    op = operation(operation_id)
    response = http.request(**well_formed(op, known_values(service, http)))
    assert response.status_code == 200, response.text
    kind = response.headers["content-type"].split(";")[0]
    assert kind in op.answer_types or any(t.endswith("/*") for t in op.answer_types)
    if kind == "application/json":
        conforms(response.json(), dict(op.answer_types[kind]))
    assert service.requests[-1].operation == op.name


def _needs_input(operation: dict[str, Any]) -> bool:
    parameters = [_spec.resolve(p, WHOLE_API) for p in operation.get("parameters", [])]
    required_query = any(p.get("in") == "query" and p.get("required") for p in parameters)
    return required_query or bool(_spec.resolve(operation.get("requestBody", {}), WHOLE_API).get("required"))


NEEDING_INPUT = sorted(
    op["operationId"] for item in WHOLE_API["paths"].values() for op in item.values() if _needs_input(op)
)


@pytest.mark.parametrize("operation_id", NEEDING_INPUT)
def test_a_request_without_a_required_parameter_or_body_is_400(operation_id: str, http: httpx.Client) -> None:
    op = operation(operation_id)
    required = [p for p in op.parameters if p.required and p.location == "query"]
    request = well_formed(op, {"account_id": 1})
    if required:
        del request["params"][required[0].name]
    else:
        for field in ("content", "files", "data"):
            request.pop(field, None)
    response = http.request(**request)
    assert response.status_code == 400
    assert set(response.json()) >= {"code", "message"}
    assert response.json()["code"] == 400


MULTIPART_IDS = sorted(
    op["operationId"]
    for item in WHOLE_API["paths"].values()
    for op in item.values()
    if "multipart/form-data" in op.get("requestBody", {}).get("content", {})
)


@pytest.mark.parametrize("operation_id", MULTIPART_IDS)
def test_multipart_bodies_are_accepted_and_need_their_required_files(
    operation_id: str, service: FakeEulerService, http: httpx.Client
) -> None:
    op = operation(operation_id)
    request = well_formed(op, known_values(service, http))
    assert http.request(**request).status_code == 200
    required = op.body_types["multipart/form-data"].get("required") or []
    request["files"] = {("unrelated" if name == required[0] else name): part for name, part in request["files"].items()}
    missing = http.request(**request)
    assert missing.status_code == 400
    assert required[0] in missing.json()["message"]


# ------------------------------------------------------------------------------------ plans, auth, faults


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_each_plan_gets_402_exactly_for_the_operations_its_plan_lacks(
    operation_id: str, plan: str, service: FakeEulerService, http: httpx.Client
) -> None:
    op = operation(operation_id)
    key = f"{plan.lower()}-key"
    service.add_key(key, plan)  # type: ignore[arg-type]
    known = known_values(service, http) | {"account_id": service.account(key).id}
    for name in ("retrieve", "update", "delete"):
        known[f"{name}_param"] = key
    request = well_formed(op, known)
    request["headers"]["x-api-key"] = key
    response = http.request(**request)
    listed = WHOLE_API["paths"][op.path][op.method.lower()]["x-euler-plans"]
    assert (response.status_code == 402) is (plan not in listed), response.text


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_operations_needing_a_key_answer_401_without_one(operation_id: str, service: FakeEulerService) -> None:
    op = operation(operation_id)
    with httpx.Client(transport=service.transport(), base_url=BASE_URL) as anonymous:
        response = anonymous.request(**well_formed(op, {"account_id": 1}))
    assert (response.status_code == 401) is (not op.anonymous)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_faults_are_scripted_by_operation_id_or_python_name(
    operation_id: str, service: FakeEulerService, http: httpx.Client
) -> None:
    op = operation(operation_id)
    request = well_formed(op, {"account_id": service.account(KEY).id})
    service.fail_next(operation_id, 503)
    service.fail_next(op.python_name, 429, retry_after=1)
    assert http.request(**request).status_code == 503
    assert http.request(**request).status_code == 429
    service.drop_next(op.operation_id.lower())
    with pytest.raises(httpx.RemoteProtocolError):
        http.request(**request)
    assert [r.operation for r in service.requests_for(operation_id)] == [op.name] * 3


@pytest.mark.parametrize(
    ("method", "operation_id"),
    [(each.name, each.operation_id) for each in FLAT_OPERATIONS if each.operation_id in OPERATION_IDS],
)
def test_faults_are_scripted_by_the_client_method_name(
    method: str, operation_id: str, service: FakeEulerService, http: httpx.Client
) -> None:
    op = operation(operation_id)
    service.fail_next(method, 503)  # `room_id`, `send_chat`, `alerts.targets.create`
    assert http.request(**well_formed(op, {"account_id": service.account(KEY).id})).status_code == 503
    assert [r.operation for r in service.requests_for(method)] == [op.name]


def test_unknown_operation_names_are_refused_with_the_known_ones(service: FakeEulerService) -> None:
    with pytest.raises(ValueError, match="Unknown operation 'NoSuchThing'"):
        service.fail_next("NoSuchThing")


# ------------------------------------------------------------------------------------ stateful operations


def _need(*operation_ids: str) -> None:
    """Skip, naming them, when the spec lacks operations a round trip through the fake's state needs (the fake
    keeps state for these operationIds; a renamed one is served like any new operation, from its schema)."""
    missing = [op_id for op_id in operation_ids if op_id not in OPERATION_IDS]
    if missing:
        pytest.skip(f"the spec has no {', '.join(missing)} (renamed or gone upstream): this round trip needs each")


def test_a_role_no_operation_has_skips_saying_so() -> None:
    with pytest.raises(pytest.skip.Exception, match="no operation of the spec is a time machine"):
        _role("a time machine", [])
    with pytest.raises(pytest.skip.Exception, match="the spec has no GoneUpstream"):
        _need("RetrieveAccountSelf", "GoneUpstream")


def call(http: httpx.Client, operation_id: str, known: dict[str, Any], **body: Any) -> httpx.Response:
    request = well_formed(operation(operation_id), known)
    if body:
        payload = json.loads(request["content"]) if "content" in request else {}
        request["content"] = json.dumps({**payload, **body}).encode()
    return http.request(**request)


def test_api_keys_round_trip_and_a_deleted_key_is_refused(service: FakeEulerService, http: httpx.Client) -> None:
    _need("CreateKey", "ListKeys", "GetKey", "UpdateKey", "DeleteKey", "RetrieveAccountSelf")
    account_id = service.account(KEY).id
    assert call(http, "RetrieveAccountSelf", {}).json()["account"]["id"] == account_id
    known: dict[str, Any] = {"account_id": account_id}
    created = call(http, "CreateKey", known, name="ci").json()["key"]
    assert created["account_id"] == account_id
    listed = call(http, "ListKeys", known).json()["keys"]
    assert {key["id"] for key in listed} >= {created["id"]}
    by_id = {"retrieve_by": "id", "retrieve_param": str(created["id"])}
    assert call(http, "GetKey", known | by_id).json()["key"]["name"] == "ci"
    renamed = call(http, "UpdateKey", known | {"update_by": "id", "update_param": created["id"]}, name="nightly")
    assert renamed.json()["config"]["name"] == "nightly"
    # The new key works and belongs to the same account.
    assert service.account(created["value"]).id == account_id
    assert http.get(_spec_path("RetrieveAccountSelf"), headers={"x-api-key": created["value"]}).status_code == 200
    deleted = call(http, "DeleteKey", known | {"delete_by": "value", "delete_param": created["value"]})
    assert deleted.status_code == 200
    assert created["id"] not in {key["id"] for key in call(http, "ListKeys", known).json()["keys"]}
    assert call(http, "GetKey", known | by_id).status_code == 404
    assert http.get(_spec_path("RetrieveAccountSelf"), headers={"x-api-key": created["value"]}).status_code == 401


def _spec_path(operation_id: str) -> str:
    return operation(operation_id).path


def test_another_accounts_resources_are_404(service: FakeEulerService, http: httpx.Client) -> None:
    _need("ListKeys", "ListAlerts")
    other = service.account("someone-else").id
    for operation_id in ("ListKeys", "ListAlerts"):
        response = call(http, operation_id, {"account_id": other})
        assert response.status_code == 404
        assert str(other) in response.json()["message"]


def test_alerts_and_targets_round_trip(service: FakeEulerService, http: httpx.Client) -> None:
    _need("CreateAlert", "ListAlerts", "RetrieveAlert", "DeleteAlert")
    _need("CreateAlertTarget", "ListAlertTargets", "TestAlertTarget", "DeleteAlertTarget")
    known: dict[str, Any] = {"account_id": service.account(KEY).id}
    alert = call(http, "CreateAlert", known, unique_id="someone").json()["alert"]
    assert alert["alert_creator_username"] == "someone"
    assert [a["id"] for a in call(http, "ListAlerts", known).json()["alerts"]] == [alert["id"]]
    known["alert_id"] = alert["id"]
    retrieved = call(http, "RetrieveAlert", known).json()
    assert retrieved["creator"]["room_id"] == service.creator("someone").room_id
    target = call(http, "CreateAlertTarget", known, url="https://hooks.example/live").json()["target"]
    assert target["alert_id"] == alert["id"]
    assert [t["url"] for t in call(http, "ListAlertTargets", known).json()["targets"]] == ["https://hooks.example/live"]
    known["target_id"] = target["id"]
    assert call(http, "TestAlertTarget", known).status_code == 200
    assert call(http, "DeleteAlertTarget", known).status_code == 200
    assert call(http, "ListAlertTargets", known).json()["targets"] == []
    assert call(http, "TestAlertTarget", known).status_code == 404
    assert call(http, "DeleteAlert", known).status_code == 200
    assert call(http, "ListAlerts", known).json()["alerts"] == []
    assert call(http, "RetrieveAlert", known).status_code == 404
    assert call(http, "ListAlertTargets", known).status_code == 404


def test_alerts_on_unknown_creators_are_404(service: FakeEulerService, http: httpx.Client) -> None:
    _need("CreateAlert")
    response = call(http, "CreateAlert", {"account_id": service.account(KEY).id}, unique_id="ghost")
    assert response.status_code == 404


def test_a_created_jwt_acts_for_its_account_until_it_expires(http: httpx.Client) -> None:
    _need("CreateJWT", "RetrieveAccountSelf")
    now = [1_764_126_000.0]
    fake = FakeEulerService(strict=True, clock=lambda: now[0])
    fake.add_key(KEY, "Pro")
    with httpx.Client(transport=fake.transport(), base_url=BASE_URL, headers={"x-api-key": KEY}) as client:
        answer = call(client, "CreateJWT", {"account_id": fake.account(KEY).id}, expireAfter=60).json()
        assert answer["config"]["accountId"] == fake.account(KEY).id
        token = answer["token"]
        jwt_call = {"x-jwt-key": token}
        room = client.get("/webcast/room_id", params={"uniqueId": "someone"}, headers={"x-api-key": ""} | jwt_call)
        assert room.status_code == 200
        now[0] += 61
        room = client.get("/webcast/room_id", params={"uniqueId": "someone"}, headers={"x-api-key": ""} | jwt_call)
        assert room.status_code == 401


def test_the_rest_layouts_jwt_configuration_sets_the_lifetime_and_limits(http: httpx.Client) -> None:
    # The newer body (metadata.expireAfter, api.limits, websockets.config) once got the default 3600 s.
    _need("CreateJWT")
    now = [1_764_126_000.0]
    fake = FakeEulerService(strict=True, clock=lambda: now[0])
    fake.add_key(KEY, "Pro")
    body = {
        "metadata": {"version": "v2", "expireAfter": 90, "name": "widget"},
        "api": {"enabled": True, "limits": {"day": 50, "hour": 20, "minute": 5}},
        "websockets": {"enabled": True, "config": {"allowedCreators": ["someone"], "maxWebSockets": 2}},
    }
    with httpx.Client(transport=fake.transport(), base_url=BASE_URL, headers={"x-api-key": KEY}) as client:
        answer = client.post(f"/accounts/{fake.account(KEY).id}/jwt/create", json=body).json()
        config = answer["config"]
        assert (answer["message"], config["ttl"], config["expiresAt"]) == (
            "The JWT expires in 90 seconds.",
            90,
            now[0] + 90,
        )
        assert (config["name"], config["limits"]) == ("widget", {"day": 50, "hour": 20, "minute": 5})
        assert config["webSocketData"]["allowedCreators"] == ["someone"]
        assert config["webSocketData"]["maxWebSockets"] == 2
        jwt_call = {"x-api-key": "", "x-jwt-key": answer["token"]}
        assert client.get("/webcast/room_id", params={"uniqueId": "someone"}, headers=jwt_call).status_code == 200
        now[0] += 91
        assert client.get("/webcast/room_id", params={"uniqueId": "someone"}, headers=jwt_call).status_code == 401


def test_bulk_live_check_answers_from_the_creators_and_limits_the_batch(
    service: FakeEulerService, http: httpx.Client
) -> None:
    # The bulk live check: the operation whose body is a list of numeric user ids.
    lists = {
        op.operation_id: param.wire
        for op in FLAT_OPERATIONS
        for param in op.params
        if param.location == "body" and param.check == "list" and param.items == "numeric_id"
    }
    bulk = _role("a bulk live check (a body listing numeric user ids)", list(lists))
    field = lists[bulk]
    live = service.creator("someone")
    offline = service.creator("offline_creator")
    ids = [live.numeric_uid, offline.numeric_uid, "42"]
    answer = call(http, bulk, {}, **{field: ids}).json()
    data = answer["response"]["data"]
    assert data[live.numeric_uid] == {"is_live": True, "room_id": live.room_id}
    assert data[offline.numeric_uid]["is_live"] is False
    assert data["42"]["is_live"] is False
    schema = operation(bulk).body_types["application/json"]
    limit = schema["properties"][field].get("maxItems", _service._BULK_LIMIT)  # the fake's, without the spec's
    assert call(http, bulk, {}, **{field: ["1"] * limit}).status_code == 200
    too_many = call(http, bulk, {}, **{field: ["1"] * (limit + 1)})
    assert too_many.status_code == 400
    assert f"at most {limit}" in too_many.json()["message"]


def test_the_packaged_spec_is_openapi_yaml() -> None:
    # `make generate` writes it; this catches an openapi.yaml edit without a regenerate.
    import yaml

    root = Path(__file__).resolve().parents[2]
    expected = json.dumps(
        yaml.safe_load((root / "openapi.yaml").read_text()), ensure_ascii=False, separators=(",", ":")
    )
    assert (root / "tiktok_live" / "testing" / "openapi.json").read_text(encoding="utf-8") == expected + "\n"


def test_account_of_an_unknown_key_needs_add_key_in_strict_mode() -> None:
    strict = FakeEulerService(strict=True)
    with pytest.raises(KeyError, match="add_key"):
        strict.account("unknown")
    strict.add_key("known")
    assert strict.account("known").id == strict.account("known").id


def test_a_revoked_key_is_refused_until_it_is_added_again(service: FakeEulerService, http: httpx.Client) -> None:
    service.revoke_key(KEY)
    assert http.get("/webcast/room_id", params={"uniqueId": "someone"}).status_code == 401
    service.add_key(KEY)
    assert http.get("/webcast/room_id", params={"uniqueId": "someone"}).status_code == 200


# ------------------------------------------------------------------------------------ upstream churn


def _serve_spec(monkeypatch: pytest.MonkeyPatch, spec: dict[str, Any]) -> None:
    for module in (_spec, _service, _fake_requests):
        monkeypatch.setattr(module, "load_spec", lambda: spec)
    _clear_caches()


def test_a_new_operation_in_the_spec_is_served_with_no_other_edit(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = copy.deepcopy(WHOLE_API)
    spec["components"]["schemas"]["GiftWallResponse"] = {
        "type": "object",
        "required": ["code", "gifts"],
        "additionalProperties": False,
        "properties": {
            "code": {"type": "integer"},
            "message": {"type": "string"},
            "gifts": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "required": ["id", "name", "diamonds", "seen_at", "kind"],
                    "properties": {
                        "id": {"type": "integer", "minimum": 1},
                        "name": {"type": "string", "maxLength": 8},
                        "diamonds": {"type": "integer", "minimum": 1, "maximum": 5},
                        "seen_at": {"type": "string", "format": "date-time"},
                        "kind": {"enum": ["rose", "lion"]},
                        "next": {"anyOf": [{"$ref": "#/components/schemas/GiftWallResponse"}, {"type": "null"}]},
                    },
                },
            },
        },
    }
    spec["paths"]["/webcast/gift_wall/{room_id}"] = {
        "get": {
            "operationId": "RetrieveGiftWall",
            "x-euler-plans": ["Pro", "Enterprise"],
            "security": [{"api_key_header": []}],
            "parameters": [{"name": "room_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "responses": {
                "200": {
                    "description": "The gift wall.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GiftWallResponse"}}},
                }
            },
        }
    }
    _serve_spec(monkeypatch, spec)
    fake = FakeEulerService()
    fake.add_key("basic", "Basic")
    with httpx.Client(transport=fake.transport(), base_url=BASE_URL, headers={"x-api-key": KEY}) as http:
        answer = http.get("/webcast/gift_wall/7321456789012345678")
        assert answer.status_code == 200
        document = {"$ref": "#/components/schemas/GiftWallResponse", "components": spec["components"]}
        jsonschema.Draft202012Validator(document).validate(answer.json())
        assert http.get("/webcast/gift_wall/not-a-number").status_code == 400
        assert http.get("/webcast/gift_wall/1", headers={"x-api-key": "basic"}).status_code == 402
        fake.fail_next("retrieve_gift_wall", 503)
        assert http.get("/webcast/gift_wall/1").status_code == 503
    assert fake.requests[-1].operation == "RetrieveGiftWall"


def test_a_moved_seed_path_keeps_its_handler_and_new_fields_and_a_renamed_crud_operation_still_conforms(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = copy.deepcopy(WHOLE_API)
    spec["paths"]["/v2/room_id"] = spec["paths"].pop(operation("RetrieveRoomId").path)
    answer = spec["paths"]["/v2/room_id"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    room_id_schema = _spec.resolve(answer, spec)
    room_id_schema["required"] = [*room_id_schema.get("required", []), "region"]
    room_id_schema["properties"]["region"] = {"type": "string", "enum": ["US", "EU"]}
    # An operation with a path parameter that the fake answers from its state (listing API keys, today).
    stateful = FakeEulerService()._accounts.handlers()
    listing = operation(
        _role(
            "a GET with a path parameter answered from the fake's state",
            [
                op_id
                for op_id in stateful
                if op_id in OPERATION_IDS
                and operation(op_id).method == "GET"
                and any(p.location == "path" for p in operation(op_id).parameters)
            ],
        )
    )
    renamed = spec["paths"][listing.path][listing.method.lower()]
    renamed["operationId"] = "RenamedUpstream"
    _serve_spec(monkeypatch, spec)
    fake = FakeEulerService()
    with httpx.Client(transport=fake.transport(), base_url=BASE_URL, headers={"x-api-key": KEY}) as http:
        moved = http.get("/v2/room_id", params={"uniqueId": "someone"})
        assert moved.json()["room_id"] == fake.creator("someone").room_id
        assert moved.json()["region"] in ("US", "EU")  # a field upstream added since is filled in
        assert moved.headers["content-length"] == str(len(moved.content))
        answer = http.request(**well_formed(operation("RenamedUpstream"), {"account_id": fake.account(KEY).id}))
    assert answer.status_code == 200
    conforms(answer.json(), dict(operation("RenamedUpstream").answer_types["application/json"]))


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_rate_limits_and_latency_apply_to_every_operation(operation_id: str, service: FakeEulerService) -> None:
    op = operation(operation_id)
    service.add_key("one-a-minute", "Enterprise", limits=RateLimits(minute=1, hour=None, day=None))
    service.set_latency(0.0, operation_id)
    request = well_formed(op, {"account_id": service.account("one-a-minute").id})
    request["headers"]["x-api-key"] = "one-a-minute"
    with httpx.Client(transport=service.transport(), base_url=BASE_URL) as http:
        first, second = http.request(**request), http.request(**request)
    assert first.status_code != 429
    # Reading the limits does not spend them (as the real service does).
    assert (second.status_code == 429) is (operation_id not in RATE_LIMIT_READERS)


def test_reading_the_rate_limits_does_not_spend_them(service: FakeEulerService) -> None:
    reader = operation(_role("one whose answer reports the key's rate limits", list(RATE_LIMIT_READERS)))
    service.add_key("one-a-minute", "Enterprise", limits=RateLimits(minute=1, hour=None, day=None))
    request = well_formed(reader, {"account_id": service.account("one-a-minute").id})
    request["headers"]["x-api-key"] = "one-a-minute"
    with httpx.Client(transport=service.transport(), base_url=BASE_URL) as http:
        assert [http.request(**request).status_code for _ in range(3)] == [200, 200, 200]
