from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebcastRoomMutedUsersResponseEnigmaInfo")


@_attrs_define
class WebcastRoomMutedUsersResponseEnigmaInfo:
    is_enigma_mask_on: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enigma_mask_on = self.is_enigma_mask_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_enigma_mask_on": is_enigma_mask_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_enigma_mask_on = d.pop("is_enigma_mask_on")

        webcast_room_muted_users_response_enigma_info = cls(
            is_enigma_mask_on=is_enigma_mask_on,
        )

        webcast_room_muted_users_response_enigma_info.additional_properties = d
        return webcast_room_muted_users_response_enigma_info

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
