from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webcast_live_analytics_video_detail_response_cohost_summary import (
        WebcastLiveAnalyticsVideoDetailResponseCohostSummary,
    )
    from ..models.webcast_live_analytics_video_detail_response_multi_guest_summary import (
        WebcastLiveAnalyticsVideoDetailResponseMultiGuestSummary,
    )


T = TypeVar("T", bound="WebcastLiveAnalyticsVideoDetailResponseBehaviorSummary")


@_attrs_define
class WebcastLiveAnalyticsVideoDetailResponseBehaviorSummary:
    cohost_summary: WebcastLiveAnalyticsVideoDetailResponseCohostSummary
    multi_guest_summary: WebcastLiveAnalyticsVideoDetailResponseMultiGuestSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cohost_summary = self.cohost_summary.to_dict()

        multi_guest_summary = self.multi_guest_summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cohost_summary": cohost_summary,
                "multi_guest_summary": multi_guest_summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webcast_live_analytics_video_detail_response_cohost_summary import (
            WebcastLiveAnalyticsVideoDetailResponseCohostSummary,
        )
        from ..models.webcast_live_analytics_video_detail_response_multi_guest_summary import (
            WebcastLiveAnalyticsVideoDetailResponseMultiGuestSummary,
        )

        d = dict(src_dict)
        cohost_summary = WebcastLiveAnalyticsVideoDetailResponseCohostSummary.from_dict(
            d.pop("cohost_summary")
        )

        multi_guest_summary = (
            WebcastLiveAnalyticsVideoDetailResponseMultiGuestSummary.from_dict(
                d.pop("multi_guest_summary")
            )
        )

        webcast_live_analytics_video_detail_response_behavior_summary = cls(
            cohost_summary=cohost_summary,
            multi_guest_summary=multi_guest_summary,
        )

        webcast_live_analytics_video_detail_response_behavior_summary.additional_properties = d
        return webcast_live_analytics_video_detail_response_behavior_summary

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
