from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gift_gallery_progress_item import GiftGalleryProgressItem


T = TypeVar("T", bound="WebcastGiftGalleryDataCurrentUserProgress")


@_attrs_define
class WebcastGiftGalleryDataCurrentUserProgress:
    additional_properties: dict[str, GiftGalleryProgressItem] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gift_gallery_progress_item import GiftGalleryProgressItem

        d = dict(src_dict)
        webcast_gift_gallery_data_current_user_progress = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = GiftGalleryProgressItem.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        webcast_gift_gallery_data_current_user_progress.additional_properties = (
            additional_properties
        )
        return webcast_gift_gallery_data_current_user_progress

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> GiftGalleryProgressItem:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: GiftGalleryProgressItem) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
