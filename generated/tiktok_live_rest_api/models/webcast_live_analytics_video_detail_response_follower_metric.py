from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebcastLiveAnalyticsVideoDetailResponseFollowerMetric")


@_attrs_define
class WebcastLiveAnalyticsVideoDetailResponseFollowerMetric:
    follower: float
    non_follower: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        follower = self.follower

        non_follower = self.non_follower

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "follower": follower,
                "non_follower": non_follower,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        follower = d.pop("follower")

        non_follower = d.pop("non_follower")

        webcast_live_analytics_video_detail_response_follower_metric = cls(
            follower=follower,
            non_follower=non_follower,
        )

        webcast_live_analytics_video_detail_response_follower_metric.additional_properties = d
        return webcast_live_analytics_video_detail_response_follower_metric

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
