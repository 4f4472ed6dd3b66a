from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tik_tok_video_detailed_video_data_headers import (
        TikTokVideoDetailedVideoDataHeaders,
    )


T = TypeVar("T", bound="TikTokVideoDetailedVideoData")


@_attrs_define
class TikTokVideoDetailedVideoData:
    video_urls: list[str]
    """ Play URLs for the video. They expire. """
    headers: TikTokVideoDetailedVideoDataHeaders
    """ Request headers you must send when fetching any of the video URLs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_urls = self.video_urls

        headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_urls": video_urls,
                "headers": headers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tik_tok_video_detailed_video_data_headers import (
            TikTokVideoDetailedVideoDataHeaders,
        )

        d = dict(src_dict)
        video_urls = cast(list[str], d.pop("video_urls"))

        headers = TikTokVideoDetailedVideoDataHeaders.from_dict(d.pop("headers"))

        tik_tok_video_detailed_video_data = cls(
            video_urls=video_urls,
            headers=headers,
        )

        tik_tok_video_detailed_video_data.additional_properties = d
        return tik_tok_video_detailed_video_data

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
