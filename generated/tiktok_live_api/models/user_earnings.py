from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.earnings_period import EarningsPeriod, check_earnings_period
from ..models.user_earnings_earnings_estimate_currency_type_1 import (
    UserEarningsEarningsEstimateCurrencyType1,
    check_user_earnings_earnings_estimate_currency_type_1,
)
from ..models.user_earnings_earnings_estimate_currency_type_2_type_1 import (
    UserEarningsEarningsEstimateCurrencyType2Type1,
    check_user_earnings_earnings_estimate_currency_type_2_type_1,
)
from ..models.user_earnings_earnings_estimate_currency_type_3_type_1 import (
    UserEarningsEarningsEstimateCurrencyType3Type1,
    check_user_earnings_earnings_estimate_currency_type_3_type_1,
)

if TYPE_CHECKING:
    from ..models.live_room_data import LiveRoomData


T = TypeVar("T", bound="UserEarnings")


@_attrs_define
class UserEarnings:
    user: LiveRoomData
    earnings_estimate_currency: (
        None
        | UserEarningsEarningsEstimateCurrencyType1
        | UserEarningsEarningsEstimateCurrencyType2Type1
        | UserEarningsEarningsEstimateCurrencyType3Type1
    )
    earnings_estimate: float | None
    diamonds: int | None
    period: EarningsPeriod
    resets_at: datetime.datetime | None
    resets_in: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        earnings_estimate_currency: None | str
        if (
            isinstance(self.earnings_estimate_currency, str)
            or isinstance(self.earnings_estimate_currency, str)
            or isinstance(self.earnings_estimate_currency, str)
        ):
            earnings_estimate_currency = self.earnings_estimate_currency
        else:
            earnings_estimate_currency = self.earnings_estimate_currency

        earnings_estimate: float | None
        earnings_estimate = self.earnings_estimate

        diamonds: int | None
        diamonds = self.diamonds

        period: str = self.period

        resets_at: None | str
        if isinstance(self.resets_at, datetime.datetime):
            resets_at = self.resets_at.isoformat()
        else:
            resets_at = self.resets_at

        resets_in: float | None
        resets_in = self.resets_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "earnings_estimate_currency": earnings_estimate_currency,
                "earnings_estimate": earnings_estimate,
                "diamonds": diamonds,
                "period": period,
                "resets_at": resets_at,
                "resets_in": resets_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.live_room_data import LiveRoomData

        d = dict(src_dict)
        user = LiveRoomData.from_dict(d.pop("user"))

        def _parse_earnings_estimate_currency(
            data: object,
        ) -> (
            None
            | UserEarningsEarningsEstimateCurrencyType1
            | UserEarningsEarningsEstimateCurrencyType2Type1
            | UserEarningsEarningsEstimateCurrencyType3Type1
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                earnings_estimate_currency_type_1 = (
                    check_user_earnings_earnings_estimate_currency_type_1(data)
                )

                return earnings_estimate_currency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                earnings_estimate_currency_type_2_type_1 = (
                    check_user_earnings_earnings_estimate_currency_type_2_type_1(data)
                )

                return earnings_estimate_currency_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                earnings_estimate_currency_type_3_type_1 = (
                    check_user_earnings_earnings_estimate_currency_type_3_type_1(data)
                )

                return earnings_estimate_currency_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | UserEarningsEarningsEstimateCurrencyType1
                | UserEarningsEarningsEstimateCurrencyType2Type1
                | UserEarningsEarningsEstimateCurrencyType3Type1,
                data,
            )

        earnings_estimate_currency = _parse_earnings_estimate_currency(
            d.pop("earnings_estimate_currency")
        )

        def _parse_earnings_estimate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        earnings_estimate = _parse_earnings_estimate(d.pop("earnings_estimate"))

        def _parse_diamonds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        diamonds = _parse_diamonds(d.pop("diamonds"))

        period = check_earnings_period(d.pop("period"))

        def _parse_resets_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resets_at_type_0 = datetime.datetime.fromisoformat(data)

                return resets_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resets_at = _parse_resets_at(d.pop("resets_at"))

        def _parse_resets_in(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        resets_in = _parse_resets_in(d.pop("resets_in"))

        user_earnings = cls(
            user=user,
            earnings_estimate_currency=earnings_estimate_currency,
            earnings_estimate=earnings_estimate,
            diamonds=diamonds,
            period=period,
            resets_at=resets_at,
            resets_in=resets_in,
        )

        user_earnings.additional_properties = d
        return user_earnings

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
