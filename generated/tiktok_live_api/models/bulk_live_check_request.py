from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkLiveCheckRequest")


@_attrs_define
class BulkLiveCheckRequest:
    """The body `POST /webcast/bulk_live_check` takes: check which of up to 50 users are live."""

    user_numeric_ids: list[str]
    session_id: str
    tt_target_idc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_numeric_ids = self.user_numeric_ids

        session_id = self.session_id

        tt_target_idc = self.tt_target_idc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_numeric_ids": user_numeric_ids,
                "session_id": session_id,
            }
        )
        if tt_target_idc is not UNSET:
            field_dict["tt_target_idc"] = tt_target_idc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_numeric_ids = cast(list[str], d.pop("user_numeric_ids"))

        session_id = d.pop("session_id")

        tt_target_idc = d.pop("tt_target_idc", UNSET)

        bulk_live_check_request = cls(
            user_numeric_ids=user_numeric_ids,
            session_id=session_id,
            tt_target_idc=tt_target_idc,
        )

        bulk_live_check_request.additional_properties = d
        return bulk_live_check_request

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
