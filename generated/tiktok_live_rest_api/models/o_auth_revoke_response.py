from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_error_response import TokenErrorResponse


T = TypeVar("T", bound="OAuthRevokeResponse")


@_attrs_define
class OAuthRevokeResponse:
    """What `POST /tiktok/oauth/revoke` answers: revoke token."""

    code: int
    message: str | Unset = UNSET
    error: TokenErrorResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.token_error_response import TokenErrorResponse

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        _error = d.pop("error", UNSET)
        error: TokenErrorResponse | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = TokenErrorResponse.from_dict(_error)

        o_auth_revoke_response = cls(
            code=code,
            message=message,
            error=error,
        )

        o_auth_revoke_response.additional_properties = d
        return o_auth_revoke_response

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
