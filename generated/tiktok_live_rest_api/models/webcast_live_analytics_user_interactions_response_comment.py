from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebcastLiveAnalyticsUserInteractionsResponseComment")


@_attrs_define
class WebcastLiveAnalyticsUserInteractionsResponseComment:
    content: str
    emotes: list[Any]
    event_time: float
    msg_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        emotes = self.emotes

        event_time = self.event_time

        msg_id = self.msg_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "emotes": emotes,
                "event_time": event_time,
                "msg_id": msg_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content = d.pop("content")

        emotes = cast(list[Any], d.pop("emotes"))

        event_time = d.pop("event_time")

        msg_id = d.pop("msg_id")

        webcast_live_analytics_user_interactions_response_comment = cls(
            content=content,
            emotes=emotes,
            event_time=event_time,
            msg_id=msg_id,
        )

        webcast_live_analytics_user_interactions_response_comment.additional_properties = d
        return webcast_live_analytics_user_interactions_response_comment

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
