from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ranking_league_name import RankingLeagueName, check_ranking_league_name
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.leaderboard_row_live_status import LeaderboardRowLiveStatus
    from ..models.leaderboard_row_user import LeaderboardRowUser


T = TypeVar("T", bound="LeaderboardRow")


@_attrs_define
class LeaderboardRow:
    rank: int
    score: float
    score_description: str
    is_live: LeaderboardRowLiveStatus
    user: LeaderboardRowUser
    league: RankingLeagueName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        score = self.score

        score_description = self.score_description

        is_live = self.is_live.to_dict()

        user = self.user.to_dict()

        league: str | Unset = UNSET
        if not isinstance(self.league, Unset):
            league = self.league

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rank": rank,
                "score": score,
                "score_description": score_description,
                "is_live": is_live,
                "user": user,
            }
        )
        if league is not UNSET:
            field_dict["league"] = league

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.leaderboard_row_live_status import LeaderboardRowLiveStatus
        from ..models.leaderboard_row_user import LeaderboardRowUser

        d = dict(src_dict)
        rank = d.pop("rank")

        score = d.pop("score")

        score_description = d.pop("score_description")

        is_live = LeaderboardRowLiveStatus.from_dict(d.pop("is_live"))

        user = LeaderboardRowUser.from_dict(d.pop("user"))

        _league = d.pop("league", UNSET)
        league: RankingLeagueName | Unset
        if isinstance(_league, Unset):
            league = UNSET
        else:
            league = check_ranking_league_name(_league)

        leaderboard_row = cls(
            rank=rank,
            score=score,
            score_description=score_description,
            is_live=is_live,
            user=user,
            league=league,
        )

        leaderboard_row.additional_properties = d
        return leaderboard_row

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
