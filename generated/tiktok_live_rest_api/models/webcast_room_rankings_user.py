from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebcastRoomRankingsUser")


@_attrs_define
class WebcastRoomRankingsUser:
    numeric_id: str
    unique_id: str
    nickname: str
    sec_uid: str
    avatar_thumb: list[str]
    follower_count: int
    following_count: int
    is_moderator: bool
    """ Whether the viewer moderates this room. """
    is_private: bool
    """ Whether the viewer's account is private. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        numeric_id = self.numeric_id

        unique_id = self.unique_id

        nickname = self.nickname

        sec_uid = self.sec_uid

        avatar_thumb = self.avatar_thumb

        follower_count = self.follower_count

        following_count = self.following_count

        is_moderator = self.is_moderator

        is_private = self.is_private

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numeric_id": numeric_id,
                "unique_id": unique_id,
                "nickname": nickname,
                "sec_uid": sec_uid,
                "avatar_thumb": avatar_thumb,
                "follower_count": follower_count,
                "following_count": following_count,
                "is_moderator": is_moderator,
                "is_private": is_private,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        numeric_id = d.pop("numeric_id")

        unique_id = d.pop("unique_id")

        nickname = d.pop("nickname")

        sec_uid = d.pop("sec_uid")

        avatar_thumb = cast(list[str], d.pop("avatar_thumb"))

        follower_count = d.pop("follower_count")

        following_count = d.pop("following_count")

        is_moderator = d.pop("is_moderator")

        is_private = d.pop("is_private")

        webcast_room_rankings_user = cls(
            numeric_id=numeric_id,
            unique_id=unique_id,
            nickname=nickname,
            sec_uid=sec_uid,
            avatar_thumb=avatar_thumb,
            follower_count=follower_count,
            following_count=following_count,
            is_moderator=is_moderator,
            is_private=is_private,
        )

        webcast_room_rankings_user.additional_properties = d
        return webcast_room_rankings_user

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
