from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retrieve_aggregate_usage_response_usage import (
        RetrieveAggregateUsageResponseUsage,
    )


T = TypeVar("T", bound="RetrieveAggregateUsageResponse")


@_attrs_define
class RetrieveAggregateUsageResponse:
    """What `GET /accounts/{account_id}/usage/sign_usage/aggregate` answers: aggregate an account's sign usage over a
    period.

    """

    code: int
    message: str | Unset = UNSET
    usage: RetrieveAggregateUsageResponseUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.retrieve_aggregate_usage_response_usage import (
            RetrieveAggregateUsageResponseUsage,
        )

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: RetrieveAggregateUsageResponseUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = RetrieveAggregateUsageResponseUsage.from_dict(_usage)

        retrieve_aggregate_usage_response = cls(
            code=code,
            message=message,
            usage=usage,
        )

        retrieve_aggregate_usage_response.additional_properties = d
        return retrieve_aggregate_usage_response

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
