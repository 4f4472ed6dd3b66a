from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webcast_room_rankings_rank import WebcastRoomRankingsRank


T = TypeVar("T", bound="WebcastRoomRankingsOutput")


@_attrs_define
class WebcastRoomRankingsOutput:
    total: int
    """ The audience count TikTok reports for the room; `ranks` lists only the viewers it ranks. """
    ranks: list[WebcastRoomRankingsRank]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        ranks = []
        for ranks_item_data in self.ranks:
            ranks_item = ranks_item_data.to_dict()
            ranks.append(ranks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "ranks": ranks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webcast_room_rankings_rank import WebcastRoomRankingsRank

        d = dict(src_dict)
        total = d.pop("total")

        ranks = []
        _ranks = d.pop("ranks")
        for ranks_item_data in _ranks:
            ranks_item = WebcastRoomRankingsRank.from_dict(ranks_item_data)

            ranks.append(ranks_item)

        webcast_room_rankings_output = cls(
            total=total,
            ranks=ranks,
        )

        webcast_room_rankings_output.additional_properties = d
        return webcast_room_rankings_output

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
