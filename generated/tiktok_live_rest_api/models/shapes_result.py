from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.point import Point


T = TypeVar("T", bound="ShapesResult")


@_attrs_define
class ShapesResult:
    time_ms: int
    point_1: Point
    point_2: Point
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_ms = self.time_ms

        point_1 = self.point_1.to_dict()

        point_2 = self.point_2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time_ms": time_ms,
                "point_1": point_1,
                "point_2": point_2,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.point import Point

        d = dict(src_dict)
        time_ms = d.pop("time_ms")

        point_1 = Point.from_dict(d.pop("point_1"))

        point_2 = Point.from_dict(d.pop("point_2"))

        shapes_result = cls(
            time_ms=time_ms,
            point_1=point_1,
            point_2=point_2,
        )

        shapes_result.additional_properties = d
        return shapes_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
