from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webcast_feed_response_hashtag_image import (
        WebcastFeedResponseHashtagImage,
    )


T = TypeVar("T", bound="WebcastFeedResponseHashtag")


@_attrs_define
class WebcastFeedResponseHashtag:
    id: int
    title: str
    image: WebcastFeedResponseHashtagImage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "image": image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webcast_feed_response_hashtag_image import (
            WebcastFeedResponseHashtagImage,
        )

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        image = WebcastFeedResponseHashtagImage.from_dict(d.pop("image"))

        webcast_feed_response_hashtag = cls(
            id=id,
            title=title,
            image=image,
        )

        webcast_feed_response_hashtag.additional_properties = d
        return webcast_feed_response_hashtag

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
