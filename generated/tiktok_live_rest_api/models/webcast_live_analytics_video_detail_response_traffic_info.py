from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webcast_live_analytics_video_detail_response_traffic_conversion import (
        WebcastLiveAnalyticsVideoDetailResponseTrafficConversion,
    )
    from ..models.webcast_live_analytics_video_detail_response_traffic_total import (
        WebcastLiveAnalyticsVideoDetailResponseTrafficTotal,
    )


T = TypeVar("T", bound="WebcastLiveAnalyticsVideoDetailResponseTrafficInfo")


@_attrs_define
class WebcastLiveAnalyticsVideoDetailResponseTrafficInfo:
    total: WebcastLiveAnalyticsVideoDetailResponseTrafficTotal
    traffic_conversion: WebcastLiveAnalyticsVideoDetailResponseTrafficConversion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total.to_dict()

        traffic_conversion = self.traffic_conversion.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "traffic_conversion": traffic_conversion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webcast_live_analytics_video_detail_response_traffic_conversion import (
            WebcastLiveAnalyticsVideoDetailResponseTrafficConversion,
        )
        from ..models.webcast_live_analytics_video_detail_response_traffic_total import (
            WebcastLiveAnalyticsVideoDetailResponseTrafficTotal,
        )

        d = dict(src_dict)
        total = WebcastLiveAnalyticsVideoDetailResponseTrafficTotal.from_dict(
            d.pop("total")
        )

        traffic_conversion = (
            WebcastLiveAnalyticsVideoDetailResponseTrafficConversion.from_dict(
                d.pop("traffic_conversion")
            )
        )

        webcast_live_analytics_video_detail_response_traffic_info = cls(
            total=total,
            traffic_conversion=traffic_conversion,
        )

        webcast_live_analytics_video_detail_response_traffic_info.additional_properties = d
        return webcast_live_analytics_video_detail_response_traffic_info

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
