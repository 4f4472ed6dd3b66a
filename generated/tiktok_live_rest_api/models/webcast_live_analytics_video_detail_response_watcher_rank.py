from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webcast_live_analytics_video_detail_response_watcher_rank_user import (
        WebcastLiveAnalyticsVideoDetailResponseWatcherRankUser,
    )


T = TypeVar("T", bound="WebcastLiveAnalyticsVideoDetailResponseWatcherRank")


@_attrs_define
class WebcastLiveAnalyticsVideoDetailResponseWatcherRank:
    user: WebcastLiveAnalyticsVideoDetailResponseWatcherRankUser
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webcast_live_analytics_video_detail_response_watcher_rank_user import (
            WebcastLiveAnalyticsVideoDetailResponseWatcherRankUser,
        )

        d = dict(src_dict)
        user = WebcastLiveAnalyticsVideoDetailResponseWatcherRankUser.from_dict(
            d.pop("user")
        )

        value = d.pop("value")

        webcast_live_analytics_video_detail_response_watcher_rank = cls(
            user=user,
            value=value,
        )

        webcast_live_analytics_video_detail_response_watcher_rank.additional_properties = d
        return webcast_live_analytics_video_detail_response_watcher_rank

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
