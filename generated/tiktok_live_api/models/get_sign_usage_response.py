from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sign_log_public import SignLogPublic


T = TypeVar("T", bound="GetSignUsageResponse")


@_attrs_define
class GetSignUsageResponse:
    """What `GET /accounts/{account_id}/usage/sign_usage` answers: list an account's sign usage logs."""

    code: int
    message: str | Unset = UNSET
    usage: list[SignLogPublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = []
            for usage_item_data in self.usage:
                usage_item = usage_item_data.to_dict()
                usage.append(usage_item)

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
        from ..models.sign_log_public import SignLogPublic

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: list[SignLogPublic] | Unset = UNSET
        if _usage is not UNSET:
            usage = []
            for usage_item_data in _usage:
                usage_item = SignLogPublic.from_dict(usage_item_data)

                usage.append(usage_item)

        get_sign_usage_response = cls(
            code=code,
            message=message,
            usage=usage,
        )

        get_sign_usage_response.additional_properties = d
        return get_sign_usage_response

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
