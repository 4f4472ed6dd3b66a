from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CaptchaCreditsResponse")


@_attrs_define
class CaptchaCreditsResponse:
    """What `GET /tiktok/captchas/credits` answers: read the captcha credits left."""

    code: int
    plan_credits: int
    purchased_credits: int
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        plan_credits = self.plan_credits

        purchased_credits = self.purchased_credits

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "plan_credits": plan_credits,
                "purchased_credits": purchased_credits,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        plan_credits = d.pop("plan_credits")

        purchased_credits = d.pop("purchased_credits")

        message = d.pop("message", UNSET)

        captcha_credits_response = cls(
            code=code,
            plan_credits=plan_credits,
            purchased_credits=purchased_credits,
            message=message,
        )

        captcha_credits_response.additional_properties = d
        return captcha_credits_response

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
