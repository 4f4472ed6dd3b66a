"""Fixes by meaning, whatever the shape: each fix applies the same whether its target is inline, behind a `$ref`,
hoisted into a component with a generated name, wrapped in an `allOf` of one, or nullable spelled either way."""

from __future__ import annotations

import copy
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from .._helpers import upstream_of

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import spec_chaos  # noqa: E402
from import_spec import apply_fix, canonical, import_spec, normalise_hoisted  # noqa: E402
from spec_yaml import dump  # noqa: E402

LAYOUTS = {
    "flat": (upstream_of("openapi.yaml"), ROOT / "spec" / "fixes.yaml"),
    "rest": (upstream_of("openapi-rest.yaml"), ROOT / "spec" / "fixes-rest.yaml"),
}
Transform = Callable[[dict[str, Any], str, random.Random], str]


def _imported(layout: str, transform: Transform | None = None) -> tuple[str, dict[str, str]]:
    upstream_path, fixes_path = LAYOUTS[layout]
    upstream = json.loads(upstream_path.read_text(encoding="utf-8"))
    if transform is not None:
        transform(upstream, layout, random.Random(0))
    result = import_spec(upstream, yaml.safe_load(fixes_path.read_text(encoding="utf-8")))
    return dump(result.spec), {fix.name: fix.status for fix in result.fixes if fix.status != "applied"}


@pytest.fixture(scope="module")
def reference() -> dict[str, str]:
    return {layout: _imported(layout)[0] for layout in LAYOUTS}


# -- whole documents: what tools do to a document changes nothing in what it imports to ----------------------


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize(
    "transform", [spec_chaos.hoist, spec_chaos.wrap_all_of], ids=["hoisted-by-openapi-generator", "allOf-of-one"]
)
def test_a_reshaped_document_imports_to_the_same_spec(
    layout: str, transform: Transform, reference: dict[str, str]
) -> None:
    imported, failed = _imported(layout, transform)
    assert failed == {}
    assert imported == reference[layout]


def test_the_flat_document_with_nullable_spelled_the_31_way_imports_to_the_same_spec(
    reference: dict[str, str],
) -> None:
    imported, failed = _imported("flat", spec_chaos.respell_nullable)
    # already 3.1 (the version, and the nullable room data spelled as our fix spells it): "already upstream"
    assert failed == {"openapi-3.1": "already upstream", "room-data-nullable-3.1": "already upstream"}
    assert imported == reference["flat"]


def test_the_rest_document_with_nullable_spelled_the_30_way_applies_every_fix() -> None:
    _, failed = _imported("rest", spec_chaos.respell_nullable)
    assert failed == {}


def test_the_hoisted_sign_url_answer_is_put_back_and_resolved_to_its_success_model() -> None:
    upstream = json.loads(LAYOUTS["flat"][0].read_text(encoding="utf-8"))
    spec_chaos.hoist(upstream, "flat", random.Random(0))
    answer = upstream["paths"]["/webcast/sign_url"]["post"]["responses"]["200"]["content"]["application/json"]
    assert answer["schema"] == {"$ref": "#/components/schemas/SignWebcastUrl_200_response"}
    assert "SignWebcastUrl_200_response" in normalise_hoisted(upstream)
    assert "anyOf" in answer["schema"]


# -- one rule, five shapes ----------------------------------------------------------------------------------

REF = {"$ref": "#/components/schemas/Upstream"}
OBJECT = {"type": "object", "properties": {"id": {"type": "integer"}}}


def _doc(answer: dict[str, Any], **schemas: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/thing": {
                "get": {
                    "operationId": "GetThing",
                    "responses": {
                        "200": {"description": "Ok", "content": {"application/json": {"schema": copy.deepcopy(answer)}}}
                    },
                }
            }
        },
        "components": {"schemas": {"Upstream": copy.deepcopy(OBJECT), **copy.deepcopy(schemas)}},
    }


SHAPES: dict[str, Callable[[], dict[str, Any]]] = {
    "inline": lambda: _doc(copy.deepcopy(OBJECT)),
    "ref": lambda: _doc(REF),
    "hoisted": lambda: _doc({"$ref": "#/components/schemas/GetThing_200_response"}, GetThing_200_response=OBJECT),
    "allOf-of-one": lambda: _doc({"allOf": [REF]}),
    "nullable-oneOf": lambda: _doc({"oneOf": [{"type": "null"}, REF]}),
    "nullable-3.0": lambda: _doc({"allOf": [REF], "nullable": True}),
}
NAME = {
    "name": "name-thing",
    "op": "name-schema",
    "operation": "GetThing",
    "at": ["responses", "200", "content", "application/json", "schema"],
    "to": "Thing",
}


def _answer(doc: dict[str, Any]) -> Any:
    return doc["paths"]["/thing"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]


@pytest.mark.parametrize("shape", list(SHAPES))
def test_name_schema_names_the_answer_in_every_shape(shape: str) -> None:
    doc = SHAPES[shape]()
    normalise_hoisted(doc)
    result = apply_fix(doc, NAME)
    assert result.status == "applied", result.problems
    assert doc["components"]["schemas"]["Thing"] == OBJECT
    assert "#/components/schemas/Thing" in json.dumps(_answer(doc))
    assert "Upstream" not in json.dumps(_answer(doc))


@pytest.mark.parametrize("shape", ["ref", "allOf-of-one", "nullable-oneOf", "nullable-3.0"])
def test_a_fix_below_a_wrapped_reference_finds_its_target(shape: str) -> None:
    doc = SHAPES[shape]()
    wrapped = {"properties": {"data": _answer(doc)}, "type": "object"}
    doc["components"]["schemas"]["Holder"] = wrapped
    fix = {"name": "n", "op": "name-schema", "schema": "Holder", "at": ["properties", "data", "allOf", 0], "to": "X"}
    assert apply_fix(doc, fix).status == "applied"
    assert "X" in doc["components"]["schemas"]


NULLABLE_STRING = [
    {"type": "string", "nullable": True},
    {"type": ["string", "null"]},
    {"type": ["null", "string"]},
    {"anyOf": [{"type": "string"}, {"type": "null"}]},
    {"oneOf": [{"type": "null"}, {"type": "string"}]},
    {"allOf": [{"type": "string"}], "nullable": True},
]


@pytest.mark.parametrize("spelling", NULLABLE_STRING, ids=json.dumps)
def test_where_matches_nullable_however_it_is_spelled(spelling: dict[str, Any]) -> None:
    doc = _doc(REF)
    doc["components"]["schemas"]["Upstream"]["properties"]["reset_at"] = spelling
    fix = {
        "name": "reset",
        "op": "set",
        "schema": "Upstream",
        "at": ["properties", "reset_at"],
        "where": {"type": "string", "nullable": True},
        "value": {"type": ["string", "null"], "description": "When."},
    }
    assert apply_fix(doc, fix).status == "applied"
    assert canonical(NULLABLE_STRING[0]) == canonical(spelling)


def test_where_does_not_match_a_different_meaning() -> None:
    assert canonical({"type": "string"}) != canonical({"type": "string", "nullable": True})
    assert canonical({"allOf": [REF, OBJECT]}) != canonical(REF)


ERROR = {"type": "object", "properties": {"code": {"type": "integer"}, "message": {"type": "string"}}}
SUCCESS = {"type": "object", "properties": {"code": {"type": "integer"}, "response": {"type": "string"}}}
EITHER_SHAPES: dict[str, Callable[[], dict[str, Any]]] = {
    "anyOf-of-refs": lambda: _doc(
        {"anyOf": [{"$ref": "#/components/schemas/Ok"}, {"$ref": "#/components/schemas/Err"}]}, Ok=SUCCESS, Err=ERROR
    ),
    "oneOf-error-first": lambda: _doc(
        {"oneOf": [{"$ref": "#/components/schemas/Err"}, {"$ref": "#/components/schemas/Ok"}]}, Ok=SUCCESS, Err=ERROR
    ),
    "inline-alternatives": lambda: _doc({"anyOf": [copy.deepcopy(SUCCESS), copy.deepcopy(ERROR)]}),
    "hoisted": lambda: _doc(
        {"$ref": "#/components/schemas/GetThing_200_response"},
        GetThing_200_response={"anyOf": [{"$ref": "#/components/schemas/Ok"}, {"$ref": "#/components/schemas/Err"}]},
        Ok=SUCCESS,
        Err=ERROR,
    ),
}


@pytest.mark.parametrize("shape", list(EITHER_SHAPES))
def test_an_error_or_success_answer_becomes_its_success_model_in_every_shape(shape: str) -> None:
    doc = EITHER_SHAPES[shape]()
    normalise_hoisted(doc)
    fix = {"name": "s", "op": "success-answers", "error_fields": ["code", "message"]}
    assert apply_fix(doc, fix).applied == 1
    answer = _answer(doc)
    assert answer in ({"$ref": "#/components/schemas/Ok"}, SUCCESS)


def test_an_answer_that_may_be_something_else_than_a_model_is_left_alone() -> None:
    doc = _doc({"anyOf": [{"$ref": "#/components/schemas/Upstream"}, {"type": "string"}]})
    fix = {"name": "s", "op": "success-answers", "error_fields": ["code", "message"]}
    assert apply_fix(doc, fix).applied == 0


def test_only_names_a_tool_generates_for_that_very_place_are_put_back() -> None:
    doc = _doc({"$ref": "#/components/schemas/Thing_200_response"}, Thing_200_response=OBJECT)
    assert normalise_hoisted(doc) == []  # named after another operation: upstream's own name
    shared = _doc({"$ref": "#/components/schemas/GetThing_200_response"}, GetThing_200_response=OBJECT)
    shared["components"]["schemas"]["Other"] = {"$ref": "#/components/schemas/GetThing_200_response"}
    assert normalise_hoisted(shared) == []  # referred to twice: a schema of its own


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_dereferenced_document_applies_every_fix_and_keeps_our_names(layout: str) -> None:
    """The reverse of hoisting: answers and bodies inline. `name-schema` names them again; the per-operation error
    schemas are known by their fields."""
    imported, failed = _imported(layout, spec_chaos.inline)
    assert failed == {}
    names = set(yaml.safe_load(imported)["components"]["schemas"])
    ours = {"RateLimitsResponse", "RoomIdResponse", "SignUrlResponse", "SendChatRequest", "ErrorResponse"}
    assert ours <= names
    if layout == "flat":
        assert {"ShapesCaptchaResponse", "ShapesSolution", "CreateAlertRequest"} <= names


def test_a_body_offered_as_json_and_as_a_form_of_the_same_schema_is_json_only() -> None:
    doc = _doc(REF)
    body = {"content": {"application/json": {"schema": REF}, "application/x-www-form-urlencoded": {"schema": REF}}}
    other = {"content": {"application/json": {"schema": REF}, "text/plain": {"schema": {"type": "string"}}}}
    doc["paths"]["/thing"]["post"] = {"operationId": "PostThing", "requestBody": body, "responses": {}}
    doc["paths"]["/thing"]["put"] = {"operationId": "PutThing", "requestBody": other, "responses": {}}
    assert apply_fix(doc, {"name": "j", "op": "json-bodies"}).applied == 1
    assert list(body["content"]) == ["application/json"]
    assert list(other["content"]) == ["application/json", "text/plain"]  # another schema: another body
