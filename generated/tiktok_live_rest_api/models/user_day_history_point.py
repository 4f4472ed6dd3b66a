from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserDayHistoryPoint")


@_attrs_define
class UserDayHistoryPoint:
    ts: str
    """ UTC scrape time of the snapshot. """
    rank: int
    score: float
    """ The day's CUMULATIVE score at this snapshot (diamonds for DAILY_RANK). """
    score_description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ts = self.ts

        rank = self.rank

        score = self.score

        score_description = self.score_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ts": ts,
                "rank": rank,
                "score": score,
                "score_description": score_description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ts = d.pop("ts")

        rank = d.pop("rank")

        score = d.pop("score")

        score_description = d.pop("score_description")

        user_day_history_point = cls(
            ts=ts,
            rank=rank,
            score=score,
            score_description=score_description,
        )

        user_day_history_point.additional_properties = d
        return user_day_history_point

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
