from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TikTokVideoDetailedAuthor")


@_attrs_define
class TikTokVideoDetailedAuthor:
    nickname: str
    unique_id: str
    sec_uid: str
    avatar_urls: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nickname = self.nickname

        unique_id = self.unique_id

        sec_uid = self.sec_uid

        avatar_urls = self.avatar_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nickname": nickname,
                "unique_id": unique_id,
                "sec_uid": sec_uid,
                "avatar_urls": avatar_urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nickname = d.pop("nickname")

        unique_id = d.pop("unique_id")

        sec_uid = d.pop("sec_uid")

        avatar_urls = cast(list[str], d.pop("avatar_urls"))

        tik_tok_video_detailed_author = cls(
            nickname=nickname,
            unique_id=unique_id,
            sec_uid=sec_uid,
            avatar_urls=avatar_urls,
        )

        tik_tok_video_detailed_author.additional_properties = d
        return tik_tok_video_detailed_author

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
