from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_target import AlertTarget


T = TypeVar("T", bound="ListAlertTargetsResponse")


@_attrs_define
class ListAlertTargetsResponse:
    """What `GET /accounts/{account_id}/alerts/{alert_id}/targets/list` answers: list an alert's targets."""

    code: int
    message: str | Unset = UNSET
    targets: list[AlertTarget] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item = targets_item_data.to_dict()
                targets.append(targets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if targets is not UNSET:
            field_dict["targets"] = targets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_target import AlertTarget

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        _targets = d.pop("targets", UNSET)
        targets: list[AlertTarget] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:
                targets_item = AlertTarget.from_dict(targets_item_data)

                targets.append(targets_item)

        list_alert_targets_response = cls(
            code=code,
            message=message,
            targets=targets,
        )

        list_alert_targets_response.additional_properties = d
        return list_alert_targets_response

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
