from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webcast_room_rankings_user import WebcastRoomRankingsUser


T = TypeVar("T", bound="WebcastRoomRankingsRank")


@_attrs_define
class WebcastRoomRankingsRank:
    rank: int
    score: float
    """ Coins the viewer has given this LIVE. """
    user: WebcastRoomRankingsUser
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        score = self.score

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rank": rank,
                "score": score,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webcast_room_rankings_user import WebcastRoomRankingsUser

        d = dict(src_dict)
        rank = d.pop("rank")

        score = d.pop("score")

        user = WebcastRoomRankingsUser.from_dict(d.pop("user"))

        webcast_room_rankings_rank = cls(
            rank=rank,
            score=score,
            user=user,
        )

        webcast_room_rankings_rank.additional_properties = d
        return webcast_room_rankings_rank

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
