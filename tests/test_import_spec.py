"""scripts/import_spec.py and spec/fixes.yaml: the upstream document plus our fixes gives openapi.yaml."""

from __future__ import annotations

import copy
import difflib
import json
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT.parent / "shared" / "reference" / "upstream-openapi-2025-10.json"
sys.path.insert(0, str(ROOT / "scripts"))

from import_spec import FixResult, apply_fix, import_spec, main, prune_components, report  # noqa: E402
from spec_yaml import dump  # noqa: E402

FIXES: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "fixes.yaml").read_text(encoding="utf-8"))


@pytest.fixture
def upstream() -> dict[str, Any]:
    if not UPSTREAM.is_file():
        pytest.skip(f"{UPSTREAM} is not available")
    loaded: dict[str, Any] = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    return loaded


def _results(upstream: dict[str, Any]) -> dict[str, FixResult]:
    return {result.name: result for result in import_spec(upstream, FIXES).fixes}


def test_reference_upstream_reproduces_openapi_yaml_byte_for_byte(upstream: dict[str, Any]) -> None:
    result = import_spec(upstream, FIXES)
    assert [fix.name for fix in result.fixes if fix.status != "applied"] == []
    assert result.notes == []
    imported = dump(result.spec).splitlines()
    committed = (ROOT / "openapi.yaml").read_text(encoding="utf-8").splitlines()
    difference = "\n".join(difflib.unified_diff(committed, imported, "openapi.yaml", "imported", lineterm=""))
    assert not difference, (
        "openapi.yaml differs from upstream + spec/fixes.yaml; express hand edits as fixes "
        f"(docs/maintainers.md):\n{difference}"
    )


def test_openapi_yaml_is_in_canonical_layout() -> None:
    text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert dump(yaml.safe_load(text)) == text, "run: .venv/bin/python scripts/spec_yaml.py openapi.yaml"


def test_fix_names_are_unique() -> None:
    names = [fix["name"] for fix in FIXES["fixes"]]
    assert len(names) == len(set(names))


def test_changed_upstream_description_is_reported_by_name(upstream: dict[str, Any]) -> None:
    upstream["paths"]["/webcast/room_cover"]["get"]["description"] = "Something new."
    result = _results(upstream)["description-room-cover"]
    assert result.status == "not applied"
    assert 'is "Something new.", expected' in result.problems[0]


def test_vanished_schema_is_reported_by_name(upstream: dict[str, Any]) -> None:
    del upstream["components"]["schemas"]["LoadShedInfo"]
    results = _results(upstream)
    assert results["name-load-shedding"].problems == ["schema LoadShedInfo is gone"]
    assert results["load-shedding-plain-numbers"].status == "not applied"


def test_fix_already_made_upstream_is_reported(upstream: dict[str, Any]) -> None:
    upstream["paths"]["/webcast/room_id"]["get"]["summary"] = "Resolve a creator's room id and live state"
    upstream["components"]["schemas"]["LoadShedInfo"]["properties"]["at"] = {"type": "number"}
    results = _results(upstream)
    assert results["summary-room-id"].status == "already upstream"
    shedding = results["load-shedding-plain-numbers"]
    assert (shedding.status, shedding.applied, shedding.already) == ("applied", 1, 1)


def test_retyped_upstream_field_is_reported(upstream: dict[str, Any]) -> None:
    upstream["components"]["schemas"]["WebcastRoomIdRouteResponse"]["properties"]["code"] = {"type": "string"}
    integers = _results(upstream)["integers"]
    assert integers.status == "partly applied"
    found, expected = '{"type": "string", "format": null}', '{"type": "number", "format": "double"}'
    assert integers.problems == [f"RoomIdResponse.code is {found}, expected {expected}"]
    assert "| integers | partly applied |" in report(import_spec(upstream, FIXES))


def test_new_upstream_webcast_operation_is_kept_and_other_paths_dropped(upstream: dict[str, Any]) -> None:
    upstream["paths"]["/webcast/room_gifts"] = {
        "get": {"operationId": "RetrieveRoomGifts", "tags": ["TikTok LIVE"], "responses": {"200": {}}}
    }
    result = import_spec(upstream, FIXES)
    assert list(result.spec["paths"])[-1] == "/webcast/room_gifts"
    assert result.notes == ["new upstream operation RetrieveRoomGifts kept"]
    assert all(path.startswith("/webcast/") for path in result.spec["paths"])
    assert result.spec["paths"]["/webcast/room_gifts"]["get"]["tags"] == ["webcast"]


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
