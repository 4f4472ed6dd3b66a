from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TikTokUserBasicExtraInfo")


@_attrs_define
class TikTokUserBasicExtraInfo:
    sec_uid: str | Unset = UNSET
    """ The account's secure user ID (sec_uid). """
    follower_count: int | Unset = UNSET
    """ Follower count as of the catalog's last sighting. """
    following_count: int | Unset = UNSET
    """ Following count as of the catalog's last sighting. """
    numeric_user_id: str | Unset = UNSET
    """ The account's permanent numeric user ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sec_uid = self.sec_uid

        follower_count = self.follower_count

        following_count = self.following_count

        numeric_user_id = self.numeric_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sec_uid is not UNSET:
            field_dict["sec_uid"] = sec_uid
        if follower_count is not UNSET:
            field_dict["follower_count"] = follower_count
        if following_count is not UNSET:
            field_dict["following_count"] = following_count
        if numeric_user_id is not UNSET:
            field_dict["numeric_user_id"] = numeric_user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sec_uid = d.pop("sec_uid", UNSET)

        follower_count = d.pop("follower_count", UNSET)

        following_count = d.pop("following_count", UNSET)

        numeric_user_id = d.pop("numeric_user_id", UNSET)

        tik_tok_user_basic_extra_info = cls(
            sec_uid=sec_uid,
            follower_count=follower_count,
            following_count=following_count,
            numeric_user_id=numeric_user_id,
        )

        tik_tok_user_basic_extra_info.additional_properties = d
        return tik_tok_user_basic_extra_info

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
