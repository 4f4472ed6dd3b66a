from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_room_data import LiveRoomData


T = TypeVar("T", bound="RoomInfoResponse")


@_attrs_define
class RoomInfoResponse:
    """What `GET /webcast/room_info` answers: read a live room's information."""

    code: int
    ok: bool
    routes_attempted: list[str]
    data: LiveRoomData | None
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.live_room_data import LiveRoomData

        code = self.code

        ok = self.ok

        routes_attempted = self.routes_attempted

        data: dict[str, Any] | None
        if isinstance(self.data, LiveRoomData):
            data = self.data.to_dict()
        else:
            data = self.data

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "ok": ok,
                "routes_attempted": routes_attempted,
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.live_room_data import LiveRoomData

        d = dict(src_dict)
        code = d.pop("code")

        ok = d.pop("ok")

        routes_attempted = cast(list[str], d.pop("routes_attempted"))

        def _parse_data(data: object) -> LiveRoomData | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = LiveRoomData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveRoomData | None, data)

        data = _parse_data(d.pop("data"))

        message = d.pop("message", UNSET)

        room_info_response = cls(
            code=code,
            ok=ok,
            routes_attempted=routes_attempted,
            data=data,
            message=message,
        )

        room_info_response.additional_properties = d
        return room_info_response

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
