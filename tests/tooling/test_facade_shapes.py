"""scripts/generate_facade.py reads an answer by its meaning, whatever its shape, and an override that no longer fits
the spec is noted (operation and rule) with the generic behaviour instead, never a traceback."""

from __future__ import annotations

import copy
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SIGN_URL = "/webcast/sign_url"
ANSWER = ["paths", SIGN_URL, "post", "responses", "200", "content", "application/json", "schema"]


def _generator() -> Any:
    if str(ROOT / "scripts") not in sys.path:  # generate_facade imports its siblings when it runs
        sys.path.insert(0, str(ROOT / "scripts"))
    return importlib.import_module("generate_facade")


@pytest.fixture(scope="module")
def flat() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return loaded


def _set(spec: dict[str, Any], path: list[str], value: Any) -> None:
    node = spec
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def _sign_url(tmp_path: Path, spec: dict[str, Any]) -> Any:
    """The flat layout's SignWebcastUrl operation as the generator reads `spec` (the flat layout alone)."""
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    generator = _generator()
    generator.NOTES.clear()
    _, operations = generator.read_methods(spec=path)
    [operation] = [op for op in operations if op.operation_id == "SignWebcastUrl"]
    return operation


def _either(spec: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [{"$ref": "#/components/schemas/SignUrlResponse"}, {"$ref": "#/components/schemas/ErrorResponse"}]}


def _inline(spec: dict[str, Any]) -> None:
    _set(spec, ANSWER, _either(spec))


def _hoisted(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["SignWebcastUrl_200_response"] = _either(spec)
    _set(spec, ANSWER, {"$ref": "#/components/schemas/SignWebcastUrl_200_response"})


def _one_of(spec: dict[str, Any]) -> None:
    _set(spec, ANSWER, {"oneOf": _either(spec)["anyOf"][::-1]})


SHAPES: dict[str, Callable[[dict[str, Any]], None]] = {
    "as-is": lambda spec: None,
    "inline-anyOf-with-error": _inline,
    "hoisted-anyOf-with-error": _hoisted,
    "oneOf-error-first": _one_of,
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_an_error_or_success_answer_is_read_as_its_success_model_in_any_shape(
    shape: str, flat: dict[str, Any], tmp_path: Path
) -> None:
    spec = copy.deepcopy(flat)
    SHAPES[shape](spec)
    operation = _sign_url(tmp_path, spec)
    assert (operation.answer, operation.unwrap) == ("unwrap", "response")
    assert operation.model.endswith(":SignUrlResponse")
    assert _generator().NOTES == []


def test_an_unwrap_override_that_no_longer_fits_is_noted_and_the_generic_answer_used(
    flat: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = copy.deepcopy(flat)
    del spec["components"]["schemas"]["SignUrlResponse"]["properties"]["response"]
    operation = _sign_url(tmp_path, spec)
    assert (operation.answer, operation.unwrap) == ("model", "")
    assert operation.model.endswith(":SignUrlResponse")
    [note] = _generator().NOTES
    assert "operations.SignWebcastUrl.answer" in note
    assert "'response'" in note
    assert "generic answer" in note
    assert note in capsys.readouterr().err


def test_an_unwrap_override_of_an_answer_that_is_no_model_is_noted(flat: dict[str, Any], tmp_path: Path) -> None:
    spec = copy.deepcopy(flat)
    _set(spec, ANSWER, {"type": "string"})
    operation = _sign_url(tmp_path, spec)
    assert operation.answer == "json"
    [note] = _generator().NOTES
    assert note.startswith("note: spec/overrides.yaml operations.SignWebcastUrl.answer: unwrap 'response' needs")


def test_positional_and_defaults_naming_a_gone_argument_are_noted(flat: dict[str, Any], tmp_path: Path) -> None:
    spec = copy.deepcopy(flat)
    properties = spec["components"]["schemas"]["SignUrlRequest"]["properties"]
    del properties["method"]
    operation = _sign_url(tmp_path, spec)
    assert "method" not in [a.name for a in operation.arguments]
    assert any("operations.SignWebcastUrl.defaults" in note and "'method'" in note for note in _generator().NOTES)
