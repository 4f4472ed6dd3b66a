from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserHistoryPoint")


@_attrs_define
class UserHistoryPoint:
    date: str
    ts: str
    rank: int
    score: float
    score_description: str
    class_type: float
    rank_title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        ts = self.ts

        rank = self.rank

        score = self.score

        score_description = self.score_description

        class_type = self.class_type

        rank_title = self.rank_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "ts": ts,
                "rank": rank,
                "score": score,
                "score_description": score_description,
                "class_type": class_type,
                "rank_title": rank_title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = d.pop("date")

        ts = d.pop("ts")

        rank = d.pop("rank")

        score = d.pop("score")

        score_description = d.pop("score_description")

        class_type = d.pop("class_type")

        rank_title = d.pop("rank_title")

        user_history_point = cls(
            date=date,
            ts=ts,
            rank=rank,
            score=score,
            score_description=score_description,
            class_type=class_type,
            rank_title=rank_title,
        )

        user_history_point.additional_properties = d
        return user_history_point

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
