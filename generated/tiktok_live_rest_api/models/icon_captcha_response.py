from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.icons_result import IconsResult


T = TypeVar("T", bound="IconCaptchaResponse")


@_attrs_define
class IconCaptchaResponse:
    """What `POST /tiktok/captchas/icons` answers: solve an icons captcha."""

    code: int
    cached: bool
    response: IconsResult
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        cached = self.cached

        response = self.response.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "cached": cached,
                "response": response,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.icons_result import IconsResult

        d = dict(src_dict)
        code = d.pop("code")

        cached = d.pop("cached")

        response = IconsResult.from_dict(d.pop("response"))

        message = d.pop("message", UNSET)

        icon_captcha_response = cls(
            code=code,
            cached=cached,
            response=response,
            message=message,
        )

        icon_captcha_response.additional_properties = d
        return icon_captcha_response

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
