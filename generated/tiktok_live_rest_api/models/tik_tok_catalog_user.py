from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TikTokCatalogUser")


@_attrs_define
class TikTokCatalogUser:
    numeric_id: str
    """ The numeric TikTok user ID. """
    unique_id: None | str
    """ The handle (@ name) the user most recently held, when known. A handle can be given up and claimed by another
    user. """
    nickname: None | str
    """ The display name, when known. """
    sec_uid: None | str
    """ The user's sec_uid, when known. """
    follower_count: int | None
    """ The follower count as last recorded, when known. """
    following_count: int | None
    """ The following count as last recorded, when known. """
    has_avatar: bool
    """ Whether the catalog holds a copy of the user's avatar. """
    avatar_updated_at: None | str
    """ When that avatar copy was last refreshed (ISO 8601), null without one. """
    updated_at: str
    """ When a profile field last changed in the catalog (ISO 8601). """
    last_seen: str
    """ When the user was last seen by any of our pipelines (ISO 8601). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        numeric_id = self.numeric_id

        unique_id: None | str
        unique_id = self.unique_id

        nickname: None | str
        nickname = self.nickname

        sec_uid: None | str
        sec_uid = self.sec_uid

        follower_count: int | None
        follower_count = self.follower_count

        following_count: int | None
        following_count = self.following_count

        has_avatar = self.has_avatar

        avatar_updated_at: None | str
        avatar_updated_at = self.avatar_updated_at

        updated_at = self.updated_at

        last_seen = self.last_seen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numeric_id": numeric_id,
                "unique_id": unique_id,
                "nickname": nickname,
                "sec_uid": sec_uid,
                "follower_count": follower_count,
                "following_count": following_count,
                "has_avatar": has_avatar,
                "avatar_updated_at": avatar_updated_at,
                "updated_at": updated_at,
                "last_seen": last_seen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        numeric_id = d.pop("numeric_id")

        def _parse_unique_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unique_id = _parse_unique_id(d.pop("unique_id"))

        def _parse_nickname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        nickname = _parse_nickname(d.pop("nickname"))

        def _parse_sec_uid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sec_uid = _parse_sec_uid(d.pop("sec_uid"))

        def _parse_follower_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        follower_count = _parse_follower_count(d.pop("follower_count"))

        def _parse_following_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        following_count = _parse_following_count(d.pop("following_count"))

        has_avatar = d.pop("has_avatar")

        def _parse_avatar_updated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        avatar_updated_at = _parse_avatar_updated_at(d.pop("avatar_updated_at"))

        updated_at = d.pop("updated_at")

        last_seen = d.pop("last_seen")

        tik_tok_catalog_user = cls(
            numeric_id=numeric_id,
            unique_id=unique_id,
            nickname=nickname,
            sec_uid=sec_uid,
            follower_count=follower_count,
            following_count=following_count,
            has_avatar=has_avatar,
            avatar_updated_at=avatar_updated_at,
            updated_at=updated_at,
            last_seen=last_seen,
        )

        tik_tok_catalog_user.additional_properties = d
        return tik_tok_catalog_user

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
