"""scripts/import_spec.py and spec/fixes.yaml: the upstream document plus our fixes gives openapi.yaml."""

from __future__ import annotations

import copy
import difflib
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .._helpers import UPSTREAM_DIR, upstream_of

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM = upstream_of("openapi.yaml")
PREVIOUS_UPSTREAM = UPSTREAM_DIR / "openapi-2025-10.json"
sys.path.insert(0, str(ROOT / "scripts"))

from import_spec import (  # noqa: E402
    FixResult,
    apply_fix,
    import_spec,
    main,
    prune_components,
    report,
    vendor,
    vendored_input,
)
from openapi_spec_validator import validate  # noqa: E402
from spec_yaml import dump  # noqa: E402

FIXES: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "fixes.yaml").read_text(encoding="utf-8"))
# Each layout: the reference upstream document, its fixes and the document they give.
LAYOUTS = {
    "flat": (UPSTREAM, ROOT / "spec" / "fixes.yaml", ROOT / "openapi.yaml"),
    "rest": (upstream_of("openapi-rest.yaml"), ROOT / "spec" / "fixes-rest.yaml", ROOT / "openapi-rest.yaml"),
}  # fmt: skip
each_layout = pytest.mark.parametrize("layout", list(LAYOUTS))


@pytest.fixture
def upstream() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    return loaded


def _results(upstream: dict[str, Any]) -> dict[str, FixResult]:
    return {result.name: result for result in import_spec(upstream, FIXES).fixes}


@each_layout
def test_reference_upstream_reproduces_the_document_byte_for_byte(layout: str) -> None:
    upstream_path, fixes_path, output = LAYOUTS[layout]
    fixes = yaml.safe_load(fixes_path.read_text(encoding="utf-8"))
    result = import_spec(json.loads(upstream_path.read_text(encoding="utf-8")), fixes)
    assert [fix.name for fix in result.fixes if fix.status != "applied"] == []
    assert result.notes == []
    imported = dump(result.spec).splitlines()
    committed = output.read_text(encoding="utf-8").splitlines()
    difference = "\n".join(difflib.unified_diff(committed, imported, output.name, "imported", lineterm=""))
    assert not difference, (
        f"{output.name} differs from upstream + {fixes_path.name}; express hand edits as fixes "
        f"(docs/maintainers.md):\n{difference}"
    )


@each_layout
def test_the_document_is_in_canonical_layout(layout: str) -> None:
    output = LAYOUTS[layout][2]
    text = output.read_text(encoding="utf-8")
    assert dump(yaml.safe_load(text)) == text, f"run: .venv/bin/python scripts/spec_yaml.py {output.name}"


@each_layout
def test_fix_names_are_unique_and_every_fix_says_what_it_does(layout: str) -> None:
    fixes = yaml.safe_load(LAYOUTS[layout][1].read_text(encoding="utf-8"))["fixes"]
    names = [fix["name"] for fix in fixes]
    assert len(names) == len(set(names))
    assert all("op" in fix for fix in fixes)


def test_changed_upstream_description_is_reported_by_name(upstream: dict[str, Any]) -> None:
    upstream["paths"]["/webcast/room_cover"]["get"]["description"] = "Something new."
    result = _results(upstream)["description-room-cover"]
    assert result.status == "not applied"
    assert 'is "Something new.", expected' in result.problems[0]


def test_vanished_schema_is_reported_by_name(upstream: dict[str, Any]) -> None:
    del upstream["components"]["schemas"]["LoadShedInfo"]
    results = _results(upstream)
    assert results["name-load-shedding"].problems == ["schema LoadShedInfo is gone"]
    assert results["describe-load-shedding"].status == "not applied"


def test_fix_already_made_upstream_is_reported(upstream: dict[str, Any]) -> None:
    upstream["paths"]["/webcast/room_id"]["get"]["summary"] = "Resolve a creator's room id and live state"
    assert _results(upstream)["summary-room-id"].status == "already upstream"


def _schema_named(upstream: dict[str, Any], prefix: str) -> dict[str, Any]:
    [name] = [name for name in upstream["components"]["schemas"] if name.startswith(prefix)]
    schema: dict[str, Any] = upstream["components"]["schemas"][name]
    return schema


def test_retyped_upstream_field_is_reported(upstream: dict[str, Any]) -> None:
    _schema_named(upstream, "Partial__avatar_url")["properties"]["followers"] = {"type": "string"}
    integers = _results(upstream)["integers"]
    assert integers.status == "partly applied"
    assert integers.problems == ['LiveUser.followers is {"type": "string"}, not a double']
    assert "| integers | partly applied |" in report(import_spec(upstream, FIXES))


def test_the_previous_upstream_imports_and_what_does_not_apply_is_reported_by_name() -> None:
    result = import_spec(json.loads(PREVIOUS_UPSTREAM.read_text(encoding="utf-8")), FIXES)
    validate(result.spec)
    failed = {fix.name: fix for fix in result.fixes if fix.status != "applied"}
    # Its scopes (Public/Basic/Pro/Enterprise) are in the table; the fixes of later operations are reported.
    assert "plans-from-scopes" not in failed
    assert failed["name-bulk-live-check-request"].problems == ["operation RetrieveBulkLiveCheck is gone"]
    assert "operation RetrieveBulkLiveCheck is not in the upstream document" in result.notes
    text = report(result)
    assert all(f"| {name} |" in text for name in failed)
    operations = {op["operationId"]: op for item in result.spec["paths"].values() for op in item.values()}
    assert operations["SignWebcastUrl"]["x-euler-plans"] == ["Basic", "Pro", "Enterprise"]
    assert operations["FetchWebcastURL"]["parameters"][8]["schema"] == {"$ref": "#/components/schemas/ProxyRegion"}


def test_upstream_churn_keeps_our_names_groups_and_plans(upstream: dict[str, Any]) -> None:
    """What a later upstream does: rename schemas and scopes, re-tag, add operations."""
    text = json.dumps(upstream)
    for old, new in [
        ("SoaxProxyRegion", "ResidentialProxyRegion"),
        ("WebcastRoomIdRouteResponse", "RoomIdRouteOutput"),
        ('"PRO"', '"TIER_PRO"'),
        ('"TikTok LIVE"', '"Webcast"'),
    ]:
        text = text.replace(old, new)
    upstream = json.loads(text)
    upstream["paths"]["/webcast/room_gifts"] = {
        "get": {
            "operationId": "RetrieveRoomGifts",
            "tags": ["Gifts"],
            "security": [{"api_key_header": ["WEBCAST_PREMIUM"], "api_key_query": ["WEBCAST_PREMIUM"]}],
            "parameters": [{"name": "room_id", "in": "query", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "Ok"}},
        }
    }
    upstream["paths"]["/somewhere/new"] = {"get": {"operationId": "New", "security": [], "responses": {}}}
    result = import_spec(upstream, FIXES)
    failed = {fix.name: fix.problems for fix in result.fixes if fix.status != "applied"}
    assert "operation RetrieveRoomGifts kept" in " ".join(result.notes)
    # The unknown scope is reported, not silently dropped; the path under no known prefix too.
    assert any("unknown scope 'TIER_PRO'" in problem for problem in failed["plans-from-scopes"])
    assert failed["groups-by-path"] == ["GET /somewhere/new is under no known prefix"]
    schemas = result.spec["components"]["schemas"]
    assert {"ProxyRegion", "RoomIdResponse"} <= set(schemas)
    assert not {"ResidentialProxyRegion", "RoomIdRouteOutput"} & set(schemas)
    gifts = result.spec["paths"]["/webcast/room_gifts"]["get"]
    assert gifts["tags"] == ["webcast"]
    assert gifts["x-euler-plans"] == ["Enterprise"]
    assert gifts["security"] == [{"api_key_header": []}, {"api_key_query": []}]
    assert gifts["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}
    assert gifts["summary"] == "Retrieve room gifts"
    room_id = result.spec["paths"]["/webcast/room_id"]["get"]
    assert room_id["tags"] == ["webcast"]


def test_cli_writes_output_and_strict_fails_on_unapplied_fixes(
    upstream: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, output = tmp_path / "upstream.json", tmp_path / "openapi.yaml"
    source.write_text(json.dumps(upstream), encoding="utf-8")
    assert main([str(source), "--output", str(output), "--strict"]) == 0
    assert output.read_text(encoding="utf-8") == (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    upstream["paths"]["/webcast/room_cover"]["get"]["description"] = "Changed."
    source.write_text(json.dumps(upstream), encoding="utf-8")
    assert main([str(source), "--output", str(output), "--strict"]) == 1
    out = capsys.readouterr().out
    assert "| description-room-cover | not applied |" in out
    assert out.endswith("No client-relevant changes.\n")


# --- the vendored inputs (spec/upstream/) ---------------------------------------------------------------------


def test_every_vendored_document_is_in_the_manifest_with_its_origin_and_checksum() -> None:
    manifest = yaml.safe_load((UPSTREAM_DIR / "manifest.yaml").read_text(encoding="utf-8"))
    entries = [*manifest["inputs"], *manifest["references"]]
    listed = {entry["file"] for entry in entries}
    assert listed == {path.name for path in UPSTREAM_DIR.iterdir()} - {"manifest.yaml", "README.md"}
    for entry in entries:
        assert all(entry.get(key) for key in ("source", "taken", "obtained")), entry["file"]
        raw = (UPSTREAM_DIR / entry["file"]).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == entry["sha256"], (
            f"spec/upstream/{entry['file']} is not what the manifest recorded: never edit an upstream document by "
            "hand (express the change as a fix); import a new one with make import-spec UPSTREAM=..."
        )
    assert {(entry["output"], entry["fixes"]) for entry in manifest["inputs"]} == {
        (output.name, str(fixes.relative_to(ROOT))) for _, fixes, output in LAYOUTS.values()
    }


def test_without_an_upstream_argument_the_vendored_input_is_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert vendored_input(ROOT / "openapi.yaml") == UPSTREAM
    assert vendored_input(ROOT / "openapi-rest.yaml") == LAYOUTS["rest"][0]
    with pytest.raises(SystemExit):  # an output the manifest does not know needs an upstream document
        main(["--output", str(tmp_path / "openapi.yaml")])
    assert "names no upstream input" in capsys.readouterr().err


def test_a_new_upstream_document_becomes_the_vendored_input(tmp_path: Path) -> None:
    manifest = tmp_path / "spec" / "upstream" / "manifest.yaml"
    manifest.parent.mkdir(parents=True)
    entry = {"file": "openapi.json", "output": "openapi.yaml", "fixes": "spec/fixes.yaml", "layout": "flat"}
    manifest.write_text(yaml.safe_dump({"inputs": [{**entry, "source": "old", "sha256": "0"}]}), encoding="utf-8")
    new = tmp_path / "new.yaml"
    new.write_text("openapi: 3.1.0\npaths: {}\n", encoding="utf-8")

    assert vendor(new, tmp_path / "elsewhere.yaml", None, manifest) is None  # not an output the manifest knows
    vendored = vendor(new, tmp_path / "openapi.yaml", "https://example.test/openapi.json", manifest)

    assert vendored == manifest.parent / "openapi.json"
    assert json.loads(vendored.read_text(encoding="utf-8")) == {"openapi": "3.1.0", "paths": {}}  # YAML as JSON
    [recorded] = yaml.safe_load(manifest.read_text(encoding="utf-8"))["inputs"]
    assert recorded["source"] == "https://example.test/openapi.json"
    assert recorded["sha256"] == hashlib.sha256(vendored.read_bytes()).hexdigest()
    assert recorded["taken"] in recorded["obtained"]
    assert {key: recorded[key] for key in entry} == entry
    assert vendor(vendored, tmp_path / "openapi.yaml", None, manifest) is None  # already the input


# --- the ops, on small documents ----------------------------------------------------------------------


def _doc() -> dict[str, Any]:
    return {
        "paths": {
            "/a": {"get": {"operationId": "A", "responses": {"200": {"description": "Ok"}}}},
        },
        "components": {
            "schemas": {
                "Old": {"type": "object", "properties": {"n": {"type": "number", "format": "double"}}},
                "Holder": {"properties": {"ref": {"$ref": "#/components/schemas/Old"}}},
            }
        },
    }


def test_set_with_where_and_absent() -> None:
    doc = _doc()
    fix = {"name": "s", "op": "set", "operation": "A", "at": ["summary"], "where": "absent", "value": "Hi"}
    assert apply_fix(doc, fix).status == "applied"
    assert doc["paths"]["/a"]["get"]["summary"] == "Hi"
    assert apply_fix(doc, fix).status == "already upstream"
    changed = {**fix, "value": "Other"}
    assert apply_fix(doc, changed).problems == ['paths//a/get/summary exists: "Hi"']


def test_wildcard_remove_reports_only_when_nothing_matches() -> None:
    doc = _doc()
    fix = {"name": "r", "op": "remove", "at": ["components", "schemas", "*", "type"], "where": "object"}
    assert apply_fix(doc, fix).applied == 1
    assert apply_fix(doc, fix).problems == ['nothing under components/schemas/*/type matches "object"']


def test_rename_schema_rewrites_refs_and_keeps_position() -> None:
    doc = _doc()
    assert apply_fix(doc, {"name": "n", "op": "rename-schema", "from": "Old", "to": "New"}).applied == 1
    assert list(doc["components"]["schemas"]) == ["New", "Holder"]
    assert doc["components"]["schemas"]["Holder"]["properties"]["ref"] == {"$ref": "#/components/schemas/New"}


def test_retype_merge_extract_reorder() -> None:
    doc = _doc()
    retype = {"name": "t", "op": "retype", "fields": ["Old.n", "Old.gone"]}
    retype |= {"from": {"type": "number", "format": "double"}, "to": {"type": "integer"}}
    result = apply_fix(doc, retype)
    assert (result.applied, result.problems) == (1, ["Old.gone is gone"])
    assert doc["components"]["schemas"]["Old"]["properties"]["n"] == {"type": "integer"}

    merge = {"name": "m", "op": "merge", "schema": "Old", "at": ["properties"]}
    merge["value"] = {"n": {"description": "A count."}, "missing": {"description": "x"}}
    result = apply_fix(doc, merge)
    assert (result.applied, result.problems) == (1, ["components/schemas/Old/properties/missing is gone"])

    extract = {"name": "e", "op": "extract", "schema": "Old", "at": ["properties", "n"]}
    extract["to"] = ["components", "schemas", "Count"]
    assert apply_fix(doc, extract).applied == 1
    assert doc["components"]["schemas"]["Old"]["properties"]["n"] == {"$ref": "#/components/schemas/Count"}

    # Once upstream names the inline object itself, the fix keeps our name for it.
    doc["components"]["schemas"]["Upstream"] = {"type": "string"}
    doc["components"]["schemas"]["Holder"]["properties"]["u"] = {"$ref": "#/components/schemas/Upstream"}
    named = {"name": "e", "op": "extract", "schema": "Holder", "at": ["properties", "u"]}
    named["to"] = ["components", "schemas", "Ours"]
    assert apply_fix(doc, named).applied == 1
    assert doc["components"]["schemas"]["Holder"]["properties"]["u"] == {"$ref": "#/components/schemas/Ours"}
    del doc["components"]["schemas"]["Ours"], doc["components"]["schemas"]["Holder"]["properties"]["u"]

    reorder = {"name": "o", "op": "reorder", "at": ["components", "schemas"], "keys": ["Count", "Nope"]}
    result = apply_fix(doc, reorder)
    assert list(doc["components"]["schemas"]) == ["Count", "Old", "Holder"]
    assert result.problems == ["Nope is gone"]


def test_security_and_error_responses() -> None:
    doc = _doc()
    doc["paths"]["/a"]["get"]["security"] = [{"key": ["Pro"]}]
    security = {"name": "s", "op": "replace-security", "operations": ["A", "Gone"]}
    security |= {"where": [{"key": ["Pro"]}], "value": [{"key": []}, {}]}
    result = apply_fix(doc, security)
    assert (result.applied, result.problems) == (1, ["operation Gone is gone"])
    errors = {"name": "e", "op": "add-error-responses", "operations": ["A"]}
    errors["responses"] = {"200": "Ok", 404: "NotFound"}
    result = apply_fix(doc, errors)
    assert doc["paths"]["/a"]["get"]["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}
    assert result.problems == ['A already documents 200: {"description": "Ok"}']


def test_unknown_op_is_reported() -> None:
    assert apply_fix(_doc(), {"name": "x", "op": "rewrite"}).problems == ["unknown op 'rewrite'"]


def test_prune_keeps_only_what_is_referenced() -> None:
    doc = copy.deepcopy(_doc())
    doc["components"]["schemas"]["Unused"] = {"type": "string"}
    doc["components"]["examples"] = {}
    doc["paths"]["/a"]["get"]["responses"]["200"]["content"] = {
        "application/json": {"schema": {"$ref": "#/components/schemas/Holder"}}
    }
    prune_components(doc)
    assert list(doc["components"]) == ["schemas"]
    assert list(doc["components"]["schemas"]) == ["Old", "Holder"]


# --- the generic ops, on small documents ---------------------------------------------------------------


def _operation_doc(**operations: dict[str, Any]) -> dict[str, Any]:
    return {
        "paths": {f"/{name.lower()}": {"get": {"operationId": name, **body}} for name, body in operations.items()},
        "components": {"schemas": {}},
    }


def _op(doc: dict[str, Any], name: str) -> dict[str, Any]:
    operation: dict[str, Any] = doc["paths"][f"/{name.lower()}"]["get"]
    return operation


def test_plans_from_scopes_maps_every_operation_and_reports_unknown_scopes() -> None:
    doc = _operation_doc(
        A={"security": [{"key": ["PRO"], "other": ["PRO"]}]},
        B={"security": []},
        C={"security": [{"key": ["GOLD", "PUBLIC"]}]},
    )
    fix = {"name": "p", "op": "plans-from-scopes", "plans": ["Public", "Pro", "Enterprise"], "open": ["Public"]}
    fix["scopes"] = {"PUBLIC": ["Public", "Pro", "Enterprise"], "PRO": ["Pro", "Enterprise"]}
    result = apply_fix(doc, fix)
    assert _op(doc, "A")["x-euler-plans"] == ["Pro", "Enterprise"]
    assert _op(doc, "B")["x-euler-plans"] == ["Public"]
    assert _op(doc, "C")["x-euler-plans"] == ["Public", "Pro", "Enterprise"]
    assert result.problems == ["C: unknown scope 'GOLD'"]


def test_split_security_makes_schemes_alternatives_and_adds_anonymous_only_where_listed() -> None:
    doc = _operation_doc(
        A={"security": [{"query": ["X"], "header": ["X"]}]},
        B={"security": [{"header": []}]},
        C={"security": []},
    )
    fix = {"name": "s", "op": "split-security", "schemes": ["header", "query"], "anonymous": ["A", "Gone"]}
    result = apply_fix(doc, fix)
    assert _op(doc, "A")["security"] == [{"header": []}, {"query": []}, {}]
    assert _op(doc, "B")["security"] == [{"header": []}]
    assert _op(doc, "C")["security"] == []
    assert (result.applied, result.already, result.problems) == (1, 1, ["operation Gone is gone"])


def test_tag_by_path_uses_the_longest_prefix_whatever_the_parameter_names() -> None:
    doc = {
        "paths": {
            "/a/{x}/alerts/list": {"get": {"operationId": "L", "tags": ["Upstream"]}},
            "/a/{accountId}/alerts/{y}/targets/list": {"get": {"operationId": "T"}},
            "/b": {"get": {"operationId": "B"}},
        }
    }
    rules = {"/a/{account_id}/alerts/{alert_id}/targets": "targets", "/a/{account_id}/alerts": "alerts"}
    result = apply_fix(doc, {"name": "t", "op": "tag-by-path", "rules": rules})
    assert doc["paths"]["/a/{x}/alerts/list"]["get"]["tags"] == ["alerts"]
    assert doc["paths"]["/a/{accountId}/alerts/{y}/targets/list"]["get"]["tags"] == ["targets"]
    assert result.problems == ["GET /b is under no known prefix"]


def test_error_responses_everywhere_and_404_where_something_is_looked_up() -> None:
    doc = _operation_doc(
        Plain={"responses": {"200": {"description": "Ok"}}},
        ByQuery={"parameters": [{"name": "unique_id", "in": "query"}], "responses": {}},
        ByBody={
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}},
            "responses": {"404": {"description": "theirs"}},
        },
    )
    doc["paths"]["/x/{id}"] = {"get": {"operationId": "ByPath", "responses": {}}}
    doc["components"]["schemas"]["Body"] = {"properties": {"roomId": {"type": "string"}}}
    fix = {"name": "e", "op": "error-responses", "responses": {"500": "Failed"}}
    fix |= {"lookup_responses": {"404": "NotFound"}, "lookup_fields": ["unique_id", "roomId"]}
    result = apply_fix(doc, fix)
    assert list(_op(doc, "Plain")["responses"]) == ["200", "500"]
    assert list(_op(doc, "ByQuery")["responses"]) == ["404", "500"]
    assert doc["paths"]["/x/{id}"]["get"]["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}
    assert result.problems == ['ByBody already documents 404: {"description": "theirs"}']


def test_name_schema_follows_the_reference_whatever_upstream_calls_it() -> None:
    country = {"name": "country", "in": "query", "schema": {"$ref": "#/components/schemas/Soax"}}
    doc = _operation_doc(A={"parameters": [country]})
    doc["components"]["schemas"]["Soax"] = {"enum": ["DE"]}
    fix = {"name": "n", "op": "name-schema", "operation": "A", "parameter": "country", "at": ["schema"], "to": "Region"}
    assert apply_fix(doc, fix).status == "applied"
    assert _op(doc, "A")["parameters"][0]["schema"] == {"$ref": "#/components/schemas/Region"}
    assert apply_fix(doc, fix).status == "applied"  # a guard: the name stays ours
    gone = {**fix, "parameter": "region"}
    assert apply_fix(doc, gone).problems == ["A has no parameter region"]


def test_readable_names_and_inlined_records() -> None:
    doc: dict[str, Any] = {"components": {"schemas": {
        "Partial_Rankings_Rank_": {"type": "object"},
        "SolveResponse_WhirlResult_": {"type": "object"},
        "Feed_Item": {"type": "object"},
        "Record_string.unknown_": {"type": "object", "additionalProperties": {}},
        "Holder": {"properties": {"m": {"$ref": "#/components/schemas/Record_string.unknown_"}}},
    }}}  # fmt: skip
    assert apply_fix(doc, {"name": "i", "op": "inline-schemas", "matching": "^Record_"}).applied == 1
    assert doc["components"]["schemas"]["Holder"]["properties"]["m"] == {"type": "object", "additionalProperties": {}}
    apply_fix(doc, {"name": "r", "op": "readable-schema-names"})
    assert list(doc["components"]["schemas"]) == ["RankingsRank", "WhirlResultSolveResponse", "FeedItem", "Holder"]


def test_integers_by_name_and_by_list_and_plain_numbers() -> None:
    double = {"type": "number", "format": "double"}
    doc = _operation_doc(A={"parameters": [
        {"name": "account_id", "in": "path", "schema": dict(double)},
        {"name": "value", "in": "query", "schema": dict(double)},
        {"name": "ratio", "in": "query", "schema": dict(double)},
    ]})  # fmt: skip
    doc["components"]["schemas"]["S"] = {"properties": {
        "code": dict(double), "viewers": dict(double), "angle": dict(double),
        "nested": {"type": "object", "properties": {"like_count": dict(double)}},
        "room_ids": {"type": "array", "items": dict(double)},
    }}  # fmt: skip
    fix = {"name": "i", "op": "integers", "names": ["^code$", "_id$", "_ids$", "_count$"]}
    fix |= {"fields": ["S.viewers", "S.gone"], "parameters": ["A.value"]}
    result = apply_fix(doc, fix)
    assert result.problems == ["S.gone is gone"]
    properties = doc["components"]["schemas"]["S"]["properties"]
    assert properties["code"] == properties["viewers"] == {"type": "integer"}
    assert properties["nested"]["properties"]["like_count"] == {"type": "integer"}
    assert properties["room_ids"]["items"] == {"type": "integer"}
    assert properties["angle"] == double
    assert [p["schema"]["type"] for p in _op(doc, "A")["parameters"]] == ["integer", "integer", "number"]
    apply_fix(doc, {"name": "n", "op": "plain-numbers"})
    assert properties["angle"] == {"type": "number"}


def test_open_objects_empty_alternatives_and_nullable() -> None:
    doc: dict[str, Any] = {"components": {"schemas": {"S": {
        "additionalProperties": False,
        "properties": {
            "a": {"anyOf": [{"$ref": "#/components/schemas/T"}, {}]},
            "b": {"type": "string", "nullable": True},
            "c": {"allOf": [{"$ref": "#/components/schemas/T"}], "nullable": True},
            "d": {"type": "string", "enum": ["x"], "nullable": True},
            "e": {"type": "string", "nullable": False},
        },
    }}}}  # fmt: skip
    for op in ("open-objects", "drop-empty-alternatives", "nullable-3.1"):
        assert apply_fix(doc, {"name": op, "op": op}).status == "applied"
    schema = doc["components"]["schemas"]["S"]
    assert "additionalProperties" not in schema
    assert schema["properties"] == {
        "a": {"$ref": "#/components/schemas/T"},
        "b": {"type": ["string", "null"]},
        "c": {"oneOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]},
        "d": {"type": ["string", "null"], "enum": ["x", None]},
        "e": {"type": "string"},
    }


def test_summaries_listed_or_spelled_out() -> None:
    doc = _operation_doc(GetHosts={}, RetrieveJWTConfig={}, Kept={"summary": "Theirs"})
    fix = {"name": "s", "op": "summaries", "value": {"GetHosts": "List the hosts", "Gone": "x"}}
    result = apply_fix(doc, fix)
    assert _op(doc, "GetHosts")["summary"] == "List the hosts"
    assert _op(doc, "RetrieveJWTConfig")["summary"] == "Retrieve JWT config"
    assert _op(doc, "Kept")["summary"] == "Theirs"
    assert result.problems == ["operation Gone is gone"]


def test_plans_by_operation_with_a_default() -> None:
    doc = _operation_doc(A={}, B={"x-euler-plans": ["Pro"]})
    fix = {"name": "p", "op": "plans", "plans": ["Public", "Pro", "Enterprise"], "default": ["Public", "Pro"]}
    fix["value"] = {"A": ["Enterprise", "Pro"], "Gone": ["Pro"]}
    result = apply_fix(doc, fix)
    assert _op(doc, "A")["x-euler-plans"] == ["Pro", "Enterprise"]
    assert _op(doc, "B")["x-euler-plans"] == ["Public", "Pro"]
    assert result.problems == ["operation Gone is gone"]
    fix["value"] = {"A": ["Gold"]}
    assert apply_fix(doc, fix).problems == ["A: unknown plans ['Gold']"]


def test_error_responses_replace_upstreams_per_operation_error_schemas_only() -> None:
    def json_answer(schema: str) -> dict[str, Any]:
        return {"description": "theirs", "content": {"application/json": {"schema": {"$ref": schema}}}}

    theirs, other = json_answer("#/components/schemas/AResponse429"), json_answer("#/components/schemas/Oops")
    doc = _operation_doc(A={"responses": {"429": theirs, "500": other}})
    fix = {"name": "e", "op": "error-responses", "responses": {"429": "TooMany", "500": "Failed"}}
    fix["replaces"] = "Response[45][0-9][0-9]$"
    result = apply_fix(doc, fix)
    assert _op(doc, "A")["responses"]["429"] == {"$ref": "#/components/responses/TooMany"}
    assert _op(doc, "A")["responses"]["500"] == other
    assert result.problems == [f"A already documents 500: {json.dumps(other)[:77]}..."]


def test_integers_unformatted_takes_bare_and_nullable_numbers() -> None:
    doc = _operation_doc(A={"parameters": [{"name": "room_id", "in": "path", "schema": {"type": "number"}}]})
    doc["components"]["schemas"]["S"] = {"properties": {
        "user_count": {"type": ["number", "null"]}, "score_count": {"type": "number", "format": "float"},
        "ratio": {"type": "number"},
    }}  # fmt: skip
    fix = {"name": "i", "op": "integers", "names": ["_id$", "_count$"]}
    assert apply_fix(copy.deepcopy(doc), fix).applied == 0, "without `unformatted` only doubles change"
    result = apply_fix(doc, fix | {"unformatted": True})
    properties = doc["components"]["schemas"]["S"]["properties"]
    assert properties["user_count"] == {"type": ["integer", "null"]}
    assert properties["score_count"] == {"type": "number", "format": "float"}, "a declared format is kept"
    assert properties["ratio"] == {"type": "number"}
    assert _op(doc, "A")["parameters"][0]["schema"] == {"type": "integer"}
    assert result.problems == []


def test_describe_schemas_names_the_operation_and_keeps_upstream_descriptions() -> None:
    spec: dict[str, Any] = {
        "paths": {
            "/a": {
                "get": {
                    "operationId": "GetA",
                    "summary": "Read an A",
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}
                    },
                },
                "post": {
                    "operationId": "PostA",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/B"}}}},
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}
                    },
                },
            }
        },
        "components": {"schemas": {"A": {"type": "object"}, "B": {"type": "object", "description": "Ours."}}},
    }
    result = apply_fix(spec, {"name": "d", "op": "describe-schemas"})
    assert spec["components"]["schemas"]["A"]["description"] == "What `GET /a` answers: read an A."
    assert spec["components"]["schemas"]["B"]["description"] == "Ours."
    assert (result.applied, result.status) == (1, "applied")
