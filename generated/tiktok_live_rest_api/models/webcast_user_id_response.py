from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebcastUserIdResponse")


@_attrs_define
class WebcastUserIdResponse:
    """What `GET /webcast/anchors/{unique_id}/user_id` answers: resolve a handle to its numeric TikTok user id."""

    code: int
    message: str | Unset = UNSET
    numeric_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        numeric_user_id = self.numeric_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if numeric_user_id is not UNSET:
            field_dict["numeric_user_id"] = numeric_user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        numeric_user_id = d.pop("numeric_user_id", UNSET)

        webcast_user_id_response = cls(
            code=code,
            message=message,
            numeric_user_id=numeric_user_id,
        )

        webcast_user_id_response.additional_properties = d
        return webcast_user_id_response

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
