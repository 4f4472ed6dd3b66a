from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LeaderboardRowLiveStatus")


@_attrs_define
class LeaderboardRowLiveStatus:
    status: bool
    """ True when the board snapshot this row came from listed a LIVE room for the creator. """
    confirmed_at: str
    """ UTC time of that board snapshot, in the same format as the response's `ts`. The status is only as fresh as
    this time; discard one that is too old for your use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        confirmed_at = self.confirmed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "confirmed_at": confirmed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        confirmed_at = d.pop("confirmed_at")

        leaderboard_row_live_status = cls(
            status=status,
            confirmed_at=confirmed_at,
        )

        leaderboard_row_live_status.additional_properties = d
        return leaderboard_row_live_status

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
