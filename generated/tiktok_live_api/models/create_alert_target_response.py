from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_target import AlertTarget


T = TypeVar("T", bound="CreateAlertTargetResponse")


@_attrs_define
class CreateAlertTargetResponse:
    """What `PUT /accounts/{account_id}/alerts/{alert_id}/targets/create` answers: add a delivery target (webhook) to an
    alert.

    """

    code: int
    message: str | Unset = UNSET
    target: AlertTarget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_target import AlertTarget

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        _target = d.pop("target", UNSET)
        target: AlertTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = AlertTarget.from_dict(_target)

        create_alert_target_response = cls(
            code=code,
            message=message,
            target=target,
        )

        create_alert_target_response.additional_properties = d
        return create_alert_target_response

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
