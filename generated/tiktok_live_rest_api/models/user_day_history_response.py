from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.available_webcast_rank_name import (
    AvailableWebcastRankName,
    check_available_webcast_rank_name,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_day_history_point import UserDayHistoryPoint
    from ..models.user_day_history_response_user import UserDayHistoryResponseUser


T = TypeVar("T", bound="UserDayHistoryResponse")


@_attrs_define
class UserDayHistoryResponse:
    """What `GET /webcast/rankings/catalog/leaderboards/{region}/{rank_name}/anchors/{numeric_id}/history/{date}` answers:
    get user day history.

    """

    code: int
    message: str | Unset = UNSET
    user: UserDayHistoryResponseUser | Unset = UNSET
    region: str | Unset = UNSET
    rank_name: AvailableWebcastRankName | Unset = UNSET
    date: str | Unset = UNSET
    """ The requested UTC rank date. """
    history: list[UserDayHistoryPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        region = self.region

        rank_name: str | Unset = UNSET
        if not isinstance(self.rank_name, Unset):
            rank_name = self.rank_name

        date = self.date

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if user is not UNSET:
            field_dict["user"] = user
        if region is not UNSET:
            field_dict["region"] = region
        if rank_name is not UNSET:
            field_dict["rank_name"] = rank_name
        if date is not UNSET:
            field_dict["date"] = date
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_day_history_point import UserDayHistoryPoint
        from ..models.user_day_history_response_user import UserDayHistoryResponseUser

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        _user = d.pop("user", UNSET)
        user: UserDayHistoryResponseUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserDayHistoryResponseUser.from_dict(_user)

        region = d.pop("region", UNSET)

        _rank_name = d.pop("rank_name", UNSET)
        rank_name: AvailableWebcastRankName | Unset
        if isinstance(_rank_name, Unset):
            rank_name = UNSET
        else:
            rank_name = check_available_webcast_rank_name(_rank_name)

        date = d.pop("date", UNSET)

        _history = d.pop("history", UNSET)
        history: list[UserDayHistoryPoint] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = UserDayHistoryPoint.from_dict(history_item_data)

                history.append(history_item)

        user_day_history_response = cls(
            code=code,
            message=message,
            user=user,
            region=region,
            rank_name=rank_name,
            date=date,
            history=history,
        )

        user_day_history_response.additional_properties = d
        return user_day_history_response

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
