"""The fake serves every operation of the REST layout (`openapi-rest.yaml`) beside the flat one, on one port.

Properties over every operation of the REST document: it has a route, plans and credentials gate it, faults
and rate limits apply to it, and a well-formed Enterprise request gets a 200 that conforms to the REST
document (checked with jsonschema against that document's components, not the flat one's).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema
import pytest

from tests import _fake_requests
from tests._fake_requests import well_formed
from tiktok_live.testing import PLANS, REST_OPERATIONS, FakeEulerService, Operation, RateLimits
from tiktok_live.testing._spec import load_rest_spec, route

BASE_URL = "https://fake-euler.invalid"
KEY = "rest-enterprise-key"
REST_IDS = sorted(REST_OPERATIONS)


@pytest.fixture
def service() -> FakeEulerService:
    return FakeEulerService()


@pytest.fixture
def http(service: FakeEulerService) -> Iterator[httpx.Client]:
    with httpx.Client(transport=service.transport(), base_url=BASE_URL, headers={"x-api-key": KEY}) as client:
        yield client


def _concrete_path(op: Operation) -> str:
    path = op.path
    for param in op.parameters:
        if param.location == "path":
            path = path.replace("{" + param.name + "}", "12345")
    return path


def _served_by(op: Operation, method: str, path: str) -> bool:
    found = route(method, path)
    return op in (found.operation, *found.twins)


@pytest.mark.parametrize("operation_id", REST_IDS)
def test_every_rest_operation_has_a_route_that_knows_its_layout(operation_id: str) -> None:
    op = REST_OPERATIONS[operation_id]
    assert op.layout == "rest"
    assert _served_by(op, op.method, _concrete_path(op))
    found = route(op.method, _concrete_path(op))
    assert set(found.path_params) == {p.name for p in op.parameters if p.location == "path"}


@pytest.mark.parametrize("operation_id", REST_IDS)
def test_a_well_formed_enterprise_rest_request_gets_a_200_that_conforms_to_the_rest_document(
    operation_id: str, service: FakeEulerService, http: httpx.Client
) -> None:
    op = REST_OPERATIONS[operation_id]
    response = http.request(**well_formed(op, _fake_requests.known_values(service, http, KEY)))
    assert response.status_code == 200, response.text
    schema = op.answer_types.get("application/json")
    if schema is not None and response.headers["content-type"] == "application/json":
        document = {**schema, "components": load_rest_spec()["components"]}
        jsonschema.Draft202012Validator(document).validate(response.json())
    elif op.answer_types:
        kinds = [kind.split("/")[0] for kind in op.answer_types]
        assert response.headers["content-type"].split("/")[0] in kinds or "application" in kinds
    recorded = service.requests[-1]
    assert recorded.operation == op.name
    # On a path both documents have, the request may be served by the flat twin (its answer conforms to both).
    assert recorded.layout == "rest" or route(op.method, recorded.path).twins


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("operation_id", REST_IDS)
def test_each_plan_gets_402_exactly_for_the_rest_operations_its_plan_lacks(
    operation_id: str, plan: str, service: FakeEulerService, http: httpx.Client
) -> None:
    op = REST_OPERATIONS[operation_id]
    key = f"{plan.lower()}-key"
    service.add_key(key, plan)  # type: ignore[arg-type]
    known: dict[str, Any] = _fake_requests.known_values(service, http, KEY) | {"account_id": service.account(key).id}
    for name in ("retrieve", "update", "delete"):
        known[f"{name}_param"] = key
    request = well_formed(op, known)
    request["headers"]["x-api-key"] = key
    response = http.request(**request)
    assert (response.status_code == 402) is (plan not in op.plans), response.text


@pytest.mark.parametrize("operation_id", REST_IDS)
def test_rest_operations_needing_a_key_answer_401_without_one(operation_id: str, service: FakeEulerService) -> None:
    op = REST_OPERATIONS[operation_id]
    with httpx.Client(transport=service.transport(), base_url=BASE_URL) as anonymous:
        response = anonymous.request(**well_formed(op, {"account_id": 1}))
    assert (response.status_code == 401) is (not op.anonymous)


@pytest.mark.parametrize("operation_id", REST_IDS)
def test_faults_hit_a_rest_operation_by_its_name_and_layout(
    operation_id: str, service: FakeEulerService, http: httpx.Client
) -> None:
    op = REST_OPERATIONS[operation_id]
    request = well_formed(op, {"account_id": service.account(KEY).id})
    service.fail_next(operation_id, 503, layout="rest")
    service.fail_next(op.name, 429, retry_after=1)
    # A fault for the other layout's twin is left for that layout.
    service.fail_next(op.name, 418, layout="flat")
    served_by_rest = route(op.method, _concrete_path(op)).operation == op
    first, second = http.request(**request), http.request(**request)
    if served_by_rest:
        assert (first.status_code, second.status_code) == (503, 429)
    else:  # a path both documents have, where this request suits the flat twin as well
        assert first.status_code in (503, 429, 418)
    service.clear_faults()
    service.drop_next(op.python_name)
    with pytest.raises(httpx.RemoteProtocolError):
        http.request(**request)


@pytest.mark.parametrize("operation_id", REST_IDS)
def test_rate_limits_apply_to_every_rest_operation_with_one_budget_across_layouts(
    operation_id: str, service: FakeEulerService
) -> None:
    op = REST_OPERATIONS[operation_id]
    service.add_key("two-a-minute", "Enterprise", limits=RateLimits(minute=2, hour=None, day=None))
    request = well_formed(op, {"account_id": service.account("two-a-minute").id})
    request["headers"]["x-api-key"] = "two-a-minute"
    with httpx.Client(transport=service.transport(), base_url=BASE_URL) as http:
        flat = http.get("/webcast/room_id", params={"uniqueId": "someone"}, headers={"x-api-key": "two-a-minute"})
        first, second = http.request(**request), http.request(**request)
    assert flat.status_code == 200
    assert first.status_code != 429
    # Reading the limits does not spend them (as the real service does).
    assert (second.status_code == 429) is (op.name != "rate_limits")
