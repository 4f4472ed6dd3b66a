from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_target_format import AlertTargetFormat, check_alert_target_format
from ..models.alert_target_status import AlertTargetStatus, check_alert_target_status

if TYPE_CHECKING:
    from ..models.alert_target_config_metadata import AlertTargetConfigMetadata


T = TypeVar("T", bound="AlertTargetConfig")


@_attrs_define
class AlertTargetConfig:
    url: str
    metadata: AlertTargetConfigMetadata
    alert_id: int
    alert_creator_id: int
    last_status: AlertTargetStatus
    format_: AlertTargetFormat
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        metadata = self.metadata.to_dict()

        alert_id = self.alert_id

        alert_creator_id = self.alert_creator_id

        last_status: int = self.last_status

        format_: int = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "metadata": metadata,
                "alert_id": alert_id,
                "alert_creator_id": alert_creator_id,
                "last_status": last_status,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_target_config_metadata import AlertTargetConfigMetadata

        d = dict(src_dict)
        url = d.pop("url")

        metadata = AlertTargetConfigMetadata.from_dict(d.pop("metadata"))

        alert_id = d.pop("alert_id")

        alert_creator_id = d.pop("alert_creator_id")

        last_status = check_alert_target_status(d.pop("last_status"))

        format_ = check_alert_target_format(d.pop("format"))

        alert_target_config = cls(
            url=url,
            metadata=metadata,
            alert_id=alert_id,
            alert_creator_id=alert_creator_id,
            last_status=last_status,
            format_=format_,
        )

        alert_target_config.additional_properties = d
        return alert_target_config

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
