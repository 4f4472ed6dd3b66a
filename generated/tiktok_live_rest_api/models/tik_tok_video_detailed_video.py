from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tik_tok_video_detailed_music import TikTokVideoDetailedMusic
    from ..models.tik_tok_video_detailed_statistics import TikTokVideoDetailedStatistics
    from ..models.tik_tok_video_detailed_video_data import TikTokVideoDetailedVideoData


T = TypeVar("T", bound="TikTokVideoDetailedVideo")


@_attrs_define
class TikTokVideoDetailedVideo:
    id: str
    thumbnail: str
    description: str
    hashtags: list[str]
    music: TikTokVideoDetailedMusic
    cover_urls: list[str]
    origin_cover_urls: list[str]
    video_data: TikTokVideoDetailedVideoData
    duration: float
    """ The video's length in seconds. """
    width: float
    height: float
    bitrate: float
    format_: str
    ratio: float
    """ The default rendition's vertical resolution, e.g. 540. """
    region: str
    location_created: str
    statistics: TikTokVideoDetailedStatistics
    allow_download: bool
    is_ad: bool
    is_story: bool
    aweme_type: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        thumbnail = self.thumbnail

        description = self.description

        hashtags = self.hashtags

        music = self.music.to_dict()

        cover_urls = self.cover_urls

        origin_cover_urls = self.origin_cover_urls

        video_data = self.video_data.to_dict()

        duration = self.duration

        width = self.width

        height = self.height

        bitrate = self.bitrate

        format_ = self.format_

        ratio = self.ratio

        region = self.region

        location_created = self.location_created

        statistics = self.statistics.to_dict()

        allow_download = self.allow_download

        is_ad = self.is_ad

        is_story = self.is_story

        aweme_type = self.aweme_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "thumbnail": thumbnail,
                "description": description,
                "hashtags": hashtags,
                "music": music,
                "cover_urls": cover_urls,
                "origin_cover_urls": origin_cover_urls,
                "video_data": video_data,
                "duration": duration,
                "width": width,
                "height": height,
                "bitrate": bitrate,
                "format": format_,
                "ratio": ratio,
                "region": region,
                "location_created": location_created,
                "statistics": statistics,
                "allow_download": allow_download,
                "is_ad": is_ad,
                "is_story": is_story,
                "aweme_type": aweme_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tik_tok_video_detailed_music import TikTokVideoDetailedMusic
        from ..models.tik_tok_video_detailed_statistics import (
            TikTokVideoDetailedStatistics,
        )
        from ..models.tik_tok_video_detailed_video_data import (
            TikTokVideoDetailedVideoData,
        )

        d = dict(src_dict)
        id = d.pop("id")

        thumbnail = d.pop("thumbnail")

        description = d.pop("description")

        hashtags = cast(list[str], d.pop("hashtags"))

        music = TikTokVideoDetailedMusic.from_dict(d.pop("music"))

        cover_urls = cast(list[str], d.pop("cover_urls"))

        origin_cover_urls = cast(list[str], d.pop("origin_cover_urls"))

        video_data = TikTokVideoDetailedVideoData.from_dict(d.pop("video_data"))

        duration = d.pop("duration")

        width = d.pop("width")

        height = d.pop("height")

        bitrate = d.pop("bitrate")

        format_ = d.pop("format")

        ratio = d.pop("ratio")

        region = d.pop("region")

        location_created = d.pop("location_created")

        statistics = TikTokVideoDetailedStatistics.from_dict(d.pop("statistics"))

        allow_download = d.pop("allow_download")

        is_ad = d.pop("is_ad")

        is_story = d.pop("is_story")

        aweme_type = d.pop("aweme_type")

        tik_tok_video_detailed_video = cls(
            id=id,
            thumbnail=thumbnail,
            description=description,
            hashtags=hashtags,
            music=music,
            cover_urls=cover_urls,
            origin_cover_urls=origin_cover_urls,
            video_data=video_data,
            duration=duration,
            width=width,
            height=height,
            bitrate=bitrate,
            format_=format_,
            ratio=ratio,
            region=region,
            location_created=location_created,
            statistics=statistics,
            allow_download=allow_download,
            is_ad=is_ad,
            is_story=is_story,
            aweme_type=aweme_type,
        )

        tik_tok_video_detailed_video.additional_properties = d
        return tik_tok_video_detailed_video

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
