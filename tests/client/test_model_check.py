"""The compiled fast check of parsed models accepts exactly what the detailed walk accepts."""

from __future__ import annotations

import importlib
from typing import Any, Literal

import attrs
import pytest

from tiktok_live._model_check import ModelMismatch, _fits, _model_fits, check, check_model
from tiktok_live_api.models import RateLimitsResponse, RoomIdResponse, RoomInfoResponse
from tiktok_live_api.types import UNSET, Unset

ANNOTATIONS: list[Any] = [
    int,
    float,
    bool,
    str,
    type(None),
    Any,
    int | Unset,
    None | str,
    list[str],
    dict[str, Any],
    dict[str, int],
    Literal["a", "b"],
    list[int] | Unset,
]
VALUES: list[Any] = [0, 1, True, False, 1.5, "x", "a", None, UNSET, [], ["x"], [1], [1, "x"], {}, {"k": 1}, {"k": "v"}]


def _walk_accepts(value: Any, annotation: Any) -> bool:
    try:
        check(value, annotation, "body")
    except ModelMismatch:
        return False
    return True


@pytest.mark.parametrize("annotation", ANNOTATIONS, ids=repr)
def test_fast_predicate_agrees_with_the_walk(annotation: Any) -> None:
    for value in VALUES:
        assert _fits(annotation)(value) == _walk_accepts(value, annotation), value


def _room_info(**room: Any) -> dict[str, Any]:
    return {
        "code": 200,
        "ok": True,
        "routes_attempted": ["web"],
        "data": {"unique_id": "someone", "raw": {"a": 1}, "room_info": {"id": "7", **room}},
    }


def _limits(maximum: Any) -> dict[str, Any]:
    window = {"max": maximum, "remaining": 0, "reset_at": None}
    return {"code": 200, "load_shedding": {"at": 0.9, "chance": 0}, "minute": window}


@pytest.mark.parametrize(
    ("model", "body", "error"),
    [
        (RoomIdResponse, {"code": 200, "ok": True, "routes_attempted": ["web"], "is_live": True}, None),
        (RoomIdResponse, {"code": 200, "ok": True, "routes_attempted": ["web"], "is_live": "yes"}, "body.is_live"),
        (RoomIdResponse, {"code": True, "ok": True, "routes_attempted": []}, "body.code"),
        (RoomIdResponse, {"code": 200, "ok": True, "routes_attempted": ["web", 3]}, r"body.routes_attempted\[1\]"),
        (RoomInfoResponse, _room_info(current_viewers=12), None),
        (RoomInfoResponse, _room_info(current_viewers="12"), "body.data.room_info.current_viewers"),
        (
            RateLimitsResponse,
            _limits(1),
            None,
        ),
        (
            RateLimitsResponse,
            _limits(1.5),
            "body.minute.max",
        ),
    ],
)
def test_check_model(model: Any, body: dict[str, Any], error: str | None) -> None:
    parsed = model.from_dict(body)
    assert _model_fits(model)(parsed) == (error is None)
    if error is None:
        check_model(parsed)
    else:
        with pytest.raises(ModelMismatch, match=error):
            check_model(parsed)


@attrs.define
class _Node:
    """A model that contains itself (as generated trees do)."""

    name: str
    children: list[_Node] | Unset = UNSET
    parent: _Node | None = None


def test_a_model_that_contains_itself_is_checked_all_the_way_down() -> None:
    good = _Node("a", [_Node("b", [_Node("c")])], _Node("root"))
    assert _model_fits(_Node)(good)
    check_model(good)
    bad = _Node("a", [_Node("b", [_Node(3)])])  # type: ignore[arg-type]
    assert not _model_fits(_Node)(bad)
    with pytest.raises(ModelMismatch, match=r"body.children\[0\].children\[0\].name"):
        check_model(bad)


def test_a_model_whose_annotations_cannot_be_read_is_not_left_half_compiled() -> None:
    @attrs.define
    class Broken:
        value: NoSuchName  # type: ignore[name-defined]  # noqa: F821

    for _ in range(2):  # the second attempt fails the same way, not by calling itself forever
        with pytest.raises(NameError):
            _model_fits(Broken)


@pytest.mark.parametrize("package", ["tiktok_live_api", "tiktok_live_rest_api"])
def test_every_generated_model_compiles_a_check(package: str) -> None:
    models = importlib.import_module(f"{package}.models")
    classes = [getattr(models, name) for name in models.__all__]
    for cls in classes:
        if attrs.has(cls):
            assert callable(_model_fits(cls))
