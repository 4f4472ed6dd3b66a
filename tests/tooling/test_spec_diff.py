"""scripts/spec_diff.py: structural comparison and client-breaking classification."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .._helpers import upstream_of

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM = upstream_of("openapi.yaml")
sys.path.insert(0, str(ROOT / "scripts"))

from spec_diff import (  # noqa: E402
    BREAKING,
    NON_BREAKING,
    POTENTIALLY_BREAKING,
    Change,
    diff,
    main,
    to_json,
    to_markdown,
)


@pytest.fixture
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return loaded


def _changed(spec: dict[str, Any], edit: Any) -> list[Change]:
    new = copy.deepcopy(spec)
    edit(new)
    return diff(spec, new)


def _only(changes: list[Change]) -> Change:
    assert len(changes) == 1, changes
    return changes[0]


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _operation(spec: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method]
    return operation


def test_identical_documents_have_no_changes(spec: dict[str, Any]) -> None:
    assert diff(spec, copy.deepcopy(spec)) == []


def test_renaming_a_schema_is_not_a_change(spec: dict[str, Any]) -> None:
    text = json.dumps(spec).replace('#/components/schemas/LiveRoom"', '#/components/schemas/Room"')
    renamed = json.loads(text)
    _schemas(renamed)["Room"] = _schemas(renamed).pop("LiveRoom")
    assert diff(spec, renamed) == []


def test_removed_operation_is_breaking_and_added_is_not(spec: dict[str, Any]) -> None:
    removed = _only(_changed(spec, lambda s: s["paths"].pop("/webcast/room_id")))
    assert (removed.severity, removed.operation, removed.change) == (BREAKING, "RetrieveRoomId", "removed")
    added = _only(diff(_without(spec, "/webcast/room_id"), spec))
    assert (added.severity, added.change) == (NON_BREAKING, "added")


def _without(spec: dict[str, Any], path: str) -> dict[str, Any]:
    copied = copy.deepcopy(spec)
    del copied["paths"][path]
    return copied


def test_removed_response_field_is_breaking(spec: dict[str, Any]) -> None:
    change = _only(_changed(spec, lambda s: _schemas(s)["RoomIdResponse"]["properties"].pop("room_id")))
    assert change.severity == BREAKING
    assert "`room_id`" in change.where
    assert change.change == "removed"


def test_nested_fields_are_compared_through_refs(spec: dict[str, Any]) -> None:
    changes = _changed(spec, lambda s: _schemas(s)["LiveUser"]["properties"].pop("followers"))
    # Every operation whose answer holds a LiveUser sees the removal, at its own field path.
    change = _only([c for c in changes if c.operation == "RetrieveRoomInfo"])
    assert "`data.user.followers`" in change.where
    assert all(c.severity == BREAKING and c.where.endswith("user.followers`") for c in changes)


def test_added_response_field_is_not_breaking(spec: dict[str, Any]) -> None:
    def add(s: dict[str, Any]) -> None:
        _schemas(s)["RoomIdResponse"]["properties"]["region"] = {"type": "string"}

    change = _only(_changed(spec, add))
    assert change.severity == NON_BREAKING
    assert change.change.startswith("added, optional")


def test_new_required_request_field_is_breaking_optional_is_not(spec: dict[str, Any]) -> None:
    def add_required(s: dict[str, Any]) -> None:
        _schemas(s)["SendChatRequest"]["properties"]["nonce"] = {"type": "string"}
        _schemas(s)["SendChatRequest"]["required"].append("nonce")

    def add_optional(s: dict[str, Any]) -> None:
        _schemas(s)["SendChatRequest"]["properties"]["nonce"] = {"type": "string"}

    assert _only(_changed(spec, add_required)).severity == BREAKING
    assert _only(_changed(spec, add_optional)).severity == NON_BREAKING


def test_new_required_parameter_is_breaking_optional_is_not(spec: dict[str, Any]) -> None:
    def add(required: bool) -> Any:
        def edit(s: dict[str, Any]) -> None:
            parameter = {"name": "region", "in": "query", "required": required, "schema": {"type": "string"}}
            _operation(s, "/webcast/room_id")["parameters"].append(parameter)

        return edit

    assert _only(_changed(spec, add(True))).severity == BREAKING
    assert _only(_changed(spec, add(False))).severity == NON_BREAKING


def test_removed_parameter_is_breaking(spec: dict[str, Any]) -> None:
    change = _only(_changed(spec, lambda s: _operation(s, "/webcast/room_video")["parameters"].pop()))
    assert (change.severity, change.where) == (BREAKING, "parameter `query streamType`")


def test_type_change_is_breaking(spec: dict[str, Any]) -> None:
    def retype(s: dict[str, Any]) -> None:
        _schemas(s)["LiveRoom"]["properties"]["current_viewers"] = {"type": "number", "format": "double"}

    changes = _changed(spec, retype)
    assert changes
    assert all((c.severity, c.change) == (BREAKING, "type integer → number(double)") for c in changes)


def test_response_enum_value_added_is_potentially_breaking(spec: dict[str, Any]) -> None:
    def grow(s: dict[str, Any]) -> None:
        s["components"]["schemas"]["RoomMediaResponse"]["properties"]["kind"] = {
            "type": "string",
            "enum": ["cover"],
        }

    new = copy.deepcopy(spec)
    grow(new)
    newer = copy.deepcopy(new)
    _schemas(newer)["RoomMediaResponse"]["properties"]["kind"]["enum"].append("video")
    changes = diff(new, newer)
    assert {change.severity for change in changes} == {POTENTIALLY_BREAKING}
    assert all(change.change == "enum values added: video" for change in changes)
    removed = diff(newer, new)
    assert {change.severity for change in removed} == {BREAKING}


def test_request_enum_value_added_is_not_breaking_removed_is(spec: dict[str, Any]) -> None:
    def add(s: dict[str, Any]) -> None:
        _schemas(s)["StreamType"]["enum"].append("hls_hd")

    assert _only(_changed(spec, add)).severity == NON_BREAKING
    assert _only(_changed(spec, lambda s: _schemas(s)["StreamType"]["enum"].remove("flv_sd"))).severity == (BREAKING)


def test_response_field_becoming_optional_is_breaking(spec: dict[str, Any]) -> None:
    change = _only(_changed(spec, lambda s: _schemas(s)["RoomIdResponse"]["required"].remove("ok")))
    assert (change.severity, change.change) == (BREAKING, "now optional")


def test_response_becoming_nullable_is_breaking(spec: dict[str, Any]) -> None:
    def nullable(s: dict[str, Any]) -> None:
        _schemas(s)["RoomIdResponse"]["properties"]["room_id"] = {"type": ["string", "null"]}

    assert _only(_changed(spec, nullable)) == Change(
        BREAKING, "RetrieveRoomId", "response 200 application/json `room_id`", "now nullable"
    )


def test_security_and_plans(spec: dict[str, Any]) -> None:
    def tighten(s: dict[str, Any]) -> None:
        operation = _operation(s, "/webcast/rate_limits")
        operation["security"] = operation["security"][:-1]
        operation["x-euler-plans"] = ["Basic", "Pro", "Enterprise"]

    changes = _changed(spec, tighten)
    assert {(c.severity, c.change) for c in changes} == {
        (BREAKING, "no longer accepts anonymous"),
        (BREAKING, "plan Public removed"),
    }


def test_media_type_and_status_changes(spec: dict[str, Any]) -> None:
    def edit(s: dict[str, Any]) -> None:
        responses = _operation(s, "/webcast/room_cover")["responses"]
        del responses["200"]["content"]["image/*"]
        del responses["503"]

    changes = _changed(spec, edit)
    assert {(c.where, c.severity) for c in changes} == {
        ("response 200 image/*", BREAKING),
        ("response 503", BREAKING),
    }


def test_allof_and_nullable_3_0_compare_equal_to_oneof_null(spec: dict[str, Any]) -> None:
    old = copy.deepcopy(spec)
    _schemas(old)["RoomInfoResponse"]["properties"]["data"] = {
        "allOf": [{"$ref": "#/components/schemas/LiveRoomData"}],
        "nullable": True,
    }
    assert diff(old, spec) == []


def test_reports(spec: dict[str, Any]) -> None:
    changes = _changed(spec, lambda s: _schemas(s)["RoomIdResponse"]["properties"].pop("room_id"))
    markdown = to_markdown(changes, old_name="a", new_name="b")
    assert "**1** breaking" in markdown
    assert "| RetrieveRoomId |" in markdown
    assert json.loads(to_json(changes))["breaking"] is True


def test_cli_fail_on_breaking(tmp_path: Path, spec: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    new = copy.deepcopy(spec)
    del new["paths"]["/webcast/chat"]
    old_file, new_file = tmp_path / "old.yaml", tmp_path / "new.json"
    old_file.write_text(yaml.safe_dump(spec), encoding="utf-8")
    new_file.write_text(json.dumps(new), encoding="utf-8")
    assert main([str(old_file), str(new_file)]) == 0
    assert main([str(old_file), str(new_file), "--fail-on-breaking"]) == 1
    assert main([str(old_file), str(old_file), "--fail-on-breaking", "--format", "json"]) == 0
    assert '"breaking": false' in capsys.readouterr().out


def test_upstream_reference_report_is_readable(spec: dict[str, Any]) -> None:
    upstream = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    changes = diff(upstream, spec)
    by_where = {(c.operation, c.where): c for c in changes}
    # Our integer retyping shows up field by field; renamed schemas do not show up at all.
    assert by_where[("RetrieveRoomInfo", "response 200 application/json `data.user.followers`")].change == (
        "type number(double) → integer"
    )
    assert not any("LiveRoom" in c.where or "Partial" in c.where for c in changes)
    # The whole document is imported: no operation is dropped.
    assert not [c for c in changes if c.change == "removed" and c.where.startswith(("GET ", "PUT ", "POST "))]
